// The command-line front of the sync between machines: `sync init`, `sync`, `sync status`.
#pragma once

#include <QCoreApplication>

namespace Paperboy::App {

class Invocation;

// The handlers of the sync commands in CommandLine's table (docs/SYNC.md).
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    // sync init DIR [--remote URL] [--name NAME] [--user NAME --token-from-stdin]
    static int init(Invocation &inv);
    // sync [--dry-run] [--name NAME] [--json]: 0 synced or up to date, 3 committed here but not
    // sent (offline, refused), 1 failed, 2 bad usage.
    static int sync(Invocation &inv);
    // sync status [--json]
    static int status(Invocation &inv);
};

} // namespace Paperboy::App
