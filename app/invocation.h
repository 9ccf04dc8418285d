// One run of a command: the words after it read by the command's own options, the library, and
// where the command prints.
#pragma once

#include "command.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <functional>
#include <map>

class QJsonArray;
class QTextStream;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::App {

class Invocation
{
public:
    Invocation(const Command &command, const QString &db, QTextStream &out, QTextStream &err);
    Q_DISABLE_COPY_MOVE(Invocation)

    enum class Parsed { Run, Help, Error };
    // Reads the words after the command name. Help: -h or --help came before any "--". Error: the
    // reason is printed (badUsage) and the exit code is 2. The DATE options are read here for every
    // command alike: each must be YYYY-MM-DD, and --day goes with neither --from nor --to.
    Parsed parse(const QStringList &words);

    const Command &command() const { return m_command; }
    // The library file (--db, PAPERBOY_DB or the default).
    QString db() const { return m_db; }
    // The opened library; null for a command that does not open it (Command::opensLibrary).
    Core::Library *library() const { return m_library; }
    void setLibrary(Core::Library *library) { m_library = library; }

    // The arguments that are not options, in order.
    QStringList arguments() const { return m_arguments; }
    bool isSet(const char *option) const;
    QString value(const char *option) const;
    QStringList values(const char *option) const;
    // A DATE option's day; invalid when the option was not given.
    QDate date(const char *option) const;
    // --day, or --from and --to: the first and last day, each invalid when open.
    struct Days {
        QDate from;
        QDate to;
    };
    Days days() const;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // A progress report for long work: "LABEL: 37%" rewritten in place on stderr while it is a
    // terminal, then cleared; a callback that prints nothing otherwise (a pipe, a file, a test).
    std::function<void(int done, int total)> terminalProgress(const QString &label);
    // A usage error: one line, "paperboy: MESSAGE (see paperboy NAME --help)"; returns 2.
    int badUsage(const QString &message);
    // A failure: "paperboy: MESSAGE" with control characters written out; returns 1.
    int fail(const QString &message);
    void printJson(const QJsonArray &array);

private:
    bool hasOption(const char *option) const;

    const Command &m_command;
    QString m_db;
    QTextStream &m_out;
    QTextStream &m_err;
    Core::Library *m_library = nullptr;
    QCommandLineParser m_parser;
    bool m_parsed = false;
    QStringList m_arguments;
    std::map<QString, QDate> m_dates;
};

} // namespace Paperboy::App
