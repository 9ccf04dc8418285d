// Command: the help of one command, made from its entry in the table.
#include "command.h"

#include <QCoreApplication>

#include <algorithm>

namespace Paperboy::App {

namespace {

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("CommandLine", text) : QString();
}

QString described(const CommandOption &option)
{
    if (!option.choices)
        return translated(option.description);
    QStringList values = option.choices();
    const QString last = values.isEmpty() ? QString() : values.takeLast();
    return translated(option.description).arg(values.join(QStringLiteral(", ")), last);
}

} // namespace

bool CommandOption::isDate() const
{
    return valueName && qstrcmp(valueName, "DATE") == 0;
}

QString CommandOption::syntax() const
{
    QString text = QStringLiteral("--") + QLatin1StringView(name);
    if (takesValue())
        text += u' ' + QLatin1StringView(valueName);
    return text;
}

QString Command::group() const
{
    return nameText().section(u' ', 0, 0);
}

QString Command::usageLine() const
{
    QString line = QStringLiteral("paperboy [--db FILE] ") + nameText();
    if (synopsis && *synopsis)
        line += u' ' + QString::fromUtf8(synopsis);
    return line;
}

QString Command::help() const
{
    QString text = QCoreApplication::translate("CommandLine", "Usage: %1").arg(usageLine()) + QStringLiteral("\n\n") + translated(description)
        + QStringLiteral("\n\n") + QCoreApplication::translate("CommandLine", "Options:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CommandOption &option : options)
        rows.append({option.syntax(), described(option)});
    rows.append({QStringLiteral("-h, --help"), QCoreApplication::translate("CommandLine", "Show this help.")});
    text += twoColumns(rows);
    if (details)
        text += u'\n' + translated(details) + u'\n';
    return text;
}

QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype widest = 34;
    qsizetype width = 0;
    for (const auto &row : rows)
        if (row.first.size() <= widest)
            width = std::max(width, row.first.size());
    QString text;
    for (const auto &[left, right] : rows) {
        if (left.size() > width)
            text += QStringLiteral("  ") + left + u'\n' + QString(width + 4, u' ') + right + u'\n';
        else
            text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") + right + u'\n';
    }
    return text;
}

} // namespace Paperboy::App
