// One entry of the command table: a command's name, arguments, one-line description, options and handler.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Paperboy::App {

class Invocation;

// --name, or --name VALUE. A value named DATE is a day written YYYY-MM-DD: Invocation::parse checks
// every such option of every command the same way before the handler runs.
struct CommandOption {
    const char *name = nullptr; // "format" for --format
    const char *valueName = nullptr; // "FORMAT"; none for a switch
    const char *description = nullptr; // QT_TRANSLATE_NOOP("CommandLine", ...)
    const char *defaultValue = nullptr; // what value() gives when the option is not set
    // The values it takes, when another table has them (the export formats): description then says
    // how to list them, "%1 or %2." with all but the last value as %1 ("md, html or csv.").
    QStringList (*choices)() = nullptr;

    bool takesValue() const { return valueName != nullptr; }
    bool isDate() const;
    // "--format FORMAT", "--json".
    QString syntax() const;
};

// The table (CommandLine::commands) is the only list of commands: the general usage, each
// command's --help and the dispatch are all made from it. A name of two words ("sources add") is
// one command of a group ("sources"): `paperboy sources --help` lists the group.
struct Command {
    // How the words after the command are read: by the option parser (options anywhere, "--" ends
    // them, an unknown option is an error), or as they are (only -h or --help before a "--" is taken,
    // and that "--" is dropped). Both show the help for -h or --help before any "--".
    enum class Arguments { Options, Words };

    const char *name = nullptr;
    const char *synopsis = nullptr; // its arguments: "ID [--off]"; syntax, not translated
    const char *description = nullptr; // one line, QT_TRANSLATE_NOOP("CommandLine", ...)
    QList<CommandOption> options = {};
    int (*run)(Invocation &) = nullptr;
    Arguments arguments = Arguments::Options;
    bool opensLibrary = true; // false: the handler works on the file itself (recover)
    bool needsGui = false; // lays out text (PDF export): main makes a QGuiApplication
    const char *details = nullptr; // a paragraph below the options, QT_TRANSLATE_NOOP("CommandLine", ...)

    QString nameText() const { return QString::fromLatin1(name); }
    // "sources" for "sources add", the name itself for a command of one word.
    QString group() const;
    // "paperboy [--db FILE] star ID [--off]"
    QString usageLine() const;
    // What `paperboy NAME --help` prints: the usage line, the description, the options, the details.
    QString help() const;
};

// Rows of two columns: the left one as wide as its widest entry (up to a limit; a longer entry has
// its right column on the next line), each row indented by two spaces.
QString twoColumns(const QList<std::pair<QString, QString>> &rows);

} // namespace Paperboy::App
