// The command-line front: `paperboy [--db FILE] import|search|list|export ...` without a window.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Paperboy::App {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine) // translations are looked up in the "CommandLine" context

public:
    // True when argv names a command (the first word that is not an option or an option's value).
    static bool isCommand(int argc, char **argv);
    // True for commands that lay out text (PDF export): they need a QGuiApplication, which
    // main makes on the offscreen platform so no display is needed.
    static bool needsGuiApplication(int argc, char **argv);
    // Runs it; returns the process exit code. Needs a QCoreApplication.
    static int run(const QStringList &arguments);
};

} // namespace Paperboy::App
