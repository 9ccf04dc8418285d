// The command-line front: `paperboy [--db FILE] COMMAND ...` without a window, over one table of commands.
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTextStream;

namespace Paperboy::App {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine) // translations are looked up in the "CommandLine" context

public:
    // Every command, in the order the usage lists them. The only list of commands there is.
    static const QList<Command> &commands();
    // The command named name ("export", "sources add"), or null.
    static const Command *command(const QString &name);

    // True when argv names a command (the first word that is not an option or an option's value).
    static bool isCommand(int argc, char **argv);
    // True for commands that lay out text (PDF export): they need a QGuiApplication, which
    // main makes on the offscreen platform so no display is needed.
    static bool needsGuiApplication(int argc, char **argv);

    // Runs the command in arguments (the program name first) and returns the process exit code:
    // 0 done, 1 failed, 2 a usage error (an unknown command, option or argument). -h or --help
    // before the command or among its words prints its help and returns 0. Needs a QCoreApplication.
    static int run(const QStringList &arguments);
    // The same, printing to out and err instead of standard output and standard error.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // One row per command: its name and arguments, and its description.
    static QString commandList();
    // What `paperboy` prints for no command or an unknown one: the usage and commandList().
    static QString usage();
    // The help of a group: `paperboy sources --help`.
    static QString groupHelp(const QString &group);
};

} // namespace Paperboy::App
