// The command-line front of network sources: `sources add|list|remove` and `fetch`.
#pragma once

#include <QCoreApplication>

namespace Paperboy::App {

class Invocation;

// The handlers of the network commands in CommandLine's table, kept together in one place.
// They run inside the QCoreApplication main makes: keychain and network jobs need its event loop.
class NetworkCommands
{
    Q_DECLARE_TR_FUNCTIONS(NetworkCommands)

public:
    // sources add NAME URL [--kind digest|hf] [--token-from-stdin] [--user NAME]
    static int addSource(Invocation &inv);
    // sources list [--json]
    static int listSources(Invocation &inv);
    // sources remove NAME
    static int removeSource(Invocation &inv);
    // fetch [--source NAME]... [--from DATE] [--to DATE] [--json]
    // Exit 0 when every requested day was fetched or unchanged, 1 otherwise, 2 for bad usage.
    static int fetch(Invocation &inv);
};

} // namespace Paperboy::App
