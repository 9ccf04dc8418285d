// Invocation: a command's words read by its own options, its dates, and its messages.
#include "invocation.h"

#include "common/terminaltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

namespace Paperboy::App {

using Core::TerminalText::escaped;

Invocation::Invocation(const Command &command, const QString &db, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_db(db)
    , m_out(out)
    , m_err(err)
{
}

Invocation::Parsed Invocation::parse(const QStringList &words)
{
    const qsizetype end = words.indexOf(QStringLiteral("--"));
    for (qsizetype i = 0; i < (end < 0 ? words.size() : end); ++i)
        if (words[i] == QLatin1StringView("-h") || words[i] == QLatin1StringView("--help"))
            return Parsed::Help;
    if (m_command.arguments == Command::Arguments::Words) {
        m_arguments = words;
        if (end >= 0)
            m_arguments.remove(end);
        return Parsed::Run;
    }

    for (const CommandOption &option : m_command.options) {
        QCommandLineOption o(QString::fromLatin1(option.name));
        if (option.takesValue())
            o.setValueName(QString::fromLatin1(option.valueName));
        if (option.defaultValue)
            o.setDefaultValue(QString::fromUtf8(option.defaultValue));
        m_parser.addOption(o);
    }
    if (!m_parser.parse(QStringList{m_command.nameText()} + words)) {
        badUsage(m_parser.errorText());
        return Parsed::Error;
    }
    m_parsed = true;
    m_arguments = m_parser.positionalArguments();

    for (const CommandOption &option : m_command.options) {
        if (!option.isDate() || !m_parser.isSet(QString::fromLatin1(option.name)))
            continue;
        const QString text = m_parser.value(QString::fromLatin1(option.name));
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid()) {
            badUsage(QCoreApplication::translate("CommandLine", "not a date: '%1' (use YYYY-MM-DD)").arg(text));
            return Parsed::Error;
        }
        m_dates[QString::fromLatin1(option.name)] = day;
    }
    if (m_dates.contains(QStringLiteral("day")) && (m_dates.contains(QStringLiteral("from")) || m_dates.contains(QStringLiteral("to")))) {
        badUsage(QCoreApplication::translate("CommandLine", "give either --day or --from/--to"));
        return Parsed::Error;
    }
    return Parsed::Run;
}

bool Invocation::hasOption(const char *option) const
{
    for (const CommandOption &o : m_command.options)
        if (qstrcmp(o.name, option) == 0)
            return true;
    Q_ASSERT_X(false, "Invocation", "the command has no such option");
    return false;
}

bool Invocation::isSet(const char *option) const
{
    return m_parsed && hasOption(option) && m_parser.isSet(QString::fromLatin1(option));
}

QString Invocation::value(const char *option) const
{
    return m_parsed && hasOption(option) ? m_parser.value(QString::fromLatin1(option)) : QString();
}

QStringList Invocation::values(const char *option) const
{
    return m_parsed && hasOption(option) ? m_parser.values(QString::fromLatin1(option)) : QStringList();
}

QDate Invocation::date(const char *option) const
{
    const auto it = m_dates.find(QString::fromLatin1(option));
    return it == m_dates.end() ? QDate() : it->second;
}

Invocation::Days Invocation::days() const
{
    if (const QDate day = date("day"); day.isValid())
        return {day, day};
    return {date("from"), date("to")};
}

int Invocation::badUsage(const QString &message)
{
    m_err << "paperboy: " << escaped(message) << ' ' << QCoreApplication::translate("CommandLine", "(see paperboy %1 --help)").arg(m_command.nameText())
          << '\n';
    m_err.flush();
    return 2;
}

int Invocation::fail(const QString &message)
{
    m_err << "paperboy: " << escaped(message) << '\n';
    m_err.flush();
    return 1;
}

std::function<void(int, int)> Invocation::terminalProgress(const QString &label)
{
    // Only the process's own stderr can be a terminal; a stream over a string (CommandLine::run in a
    // test) or a redirected stderr gets no progress.
    const auto *file = qobject_cast<QFile *>(m_err.device());
    if (!file || file->handle() != STDERR_FILENO || !isatty(STDERR_FILENO))
        return [](int, int) {};
    return [this, label, shown = -1](int done, int total) mutable {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (percent == shown)
            return;
        shown = percent;
        // \r and "erase to the end of the line" rewrite the line in place; at 100% it is cleared.
        m_err << '\r' << "\x1b[K";
        if (done < total)
            m_err << "paperboy: " << label << ": " << percent << '%';
        m_err.flush();
    };
}

void Invocation::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace Paperboy::App
