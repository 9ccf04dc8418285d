// The command-line front of network sources: `sources add|list|remove` and `fetch`.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::App {

// Kept beside CommandLine (which dispatches to it) so the network commands stay in one place.
// Both run inside the QCoreApplication main makes: keychain and network jobs need its event loop.
class NetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)

public:
    // sources add NAME URL [--kind digest|hf] [--token-from-stdin] [--user NAME]
    // sources list [--json]
    // sources remove NAME
    static int runSources(Core::Library &library, const QStringList &args);
    // fetch [--source NAME]... [--from DATE] [--to DATE] [--json]
    // Exit 0 when every requested day was fetched or unchanged, 1 otherwise, 2 for bad usage.
    static int runFetch(Core::Library &library, const QStringList &args);
};

} // namespace Paperboy::App
