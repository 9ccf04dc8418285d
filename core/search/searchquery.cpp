// SearchQuery: a small hand-written lexer; FTS5 itself parses what it produces.
#include "searchquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Paperboy::Core {

namespace {

QString quoted(const QString &s)
{
    QString inner = s;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

bool isCjkChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Splits into words and "quoted phrases"; a phrase keeps its quotes so callers can tell. Control
// characters separate words like spaces: a NUL would end FTS5's reading of the expression inside a
// quoted word ("unterminated string").
QStringList lex(const QString &text)
{
    QStringList out;
    QString cur;
    bool inQuote = false;
    for (const QChar c : text) {
        if (c == u'"') {
            if (inQuote) {
                out << u'"' + cur + u'"';
                cur.clear();
            } else if (!cur.isEmpty()) {
                cur += c;
                continue;
            }
            inQuote = !inQuote;
        } else if (c.category() == QChar::Other_Control && inQuote) {
            cur += u' ';
        } else if (!inQuote && (c.isSpace() || c.category() == QChar::Other_Control)) {
            if (!cur.isEmpty())
                out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty())
        out << (inQuote ? u'"' + cur + u'"' : cur);
    return out;
}

} // namespace

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    static const QRegularExpression idPattern(QStringLiteral(R"(^(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    bool pendingOr = false;
    for (QString token : lex(text)) {
        if (token == QLatin1StringView("OR")) {
            pendingOr = !q.terms.isEmpty();
            continue;
        }
        const bool phrase = token.size() >= 2 && token.startsWith(u'"') && token.endsWith(u'"');
        if (!phrase) {
            const qsizetype colon = token.indexOf(u':');
            if (colon > 0) {
                const QString key = token.left(colon).toLower();
                const QString value = token.mid(colon + 1);
                if (key == QLatin1StringView("tag")) {
                    q.tags << value;
                    continue;
                }
                if (key == QLatin1StringView("section")) {
                    SectionKind kind;
                    if (sectionKindFromName(value.toLower(), &kind))
                        q.section = kind;
                    else
                        q.errors << QCoreApplication::translate("SearchQuery", "unknown section kind '%1'").arg(value);
                    continue;
                }
                if (key == QLatin1StringView("is")) {
                    const QString v = value.toLower();
                    if (v == QLatin1StringView("starred"))
                        q.starredOnly = true;
                    else if (v == QLatin1StringView("unread"))
                        q.unreadOnly = true;
                    else if (v == QLatin1StringView("read"))
                        q.readOnly = true;
                    else
                        q.errors << QCoreApplication::translate("SearchQuery", "unknown filter 'is:%1'").arg(value);
                    continue;
                }
                if (key == QLatin1StringView("from") || key == QLatin1StringView("to")) {
                    const QDate d = QDate::fromString(value, Qt::ISODate);
                    if (!d.isValid())
                        q.errors << QCoreApplication::translate("SearchQuery", "not a date: '%1' (use YYYY-MM-DD)").arg(value);
                    else
                        (key == QLatin1StringView("from") ? q.from : q.to) = d;
                    continue;
                }
            }
            if (const auto m = idPattern.match(token); m.hasMatch()) {
                q.ids << m.captured(1);
                continue;
            }
        }
        bool negative = false;
        if (!phrase && token.size() > 1 && token.startsWith(u'-')) {
            negative = true;
            token = token.mid(1);
        }
        QString fts;
        if (phrase) {
            const QString inner = token.mid(1, token.size() - 2).trimmed();
            if (inner.isEmpty())
                continue;
            fts = quoted(inner);
        } else {
            bool prefix = token.endsWith(u'*');
            while (token.endsWith(u'*'))
                token.chop(1);
            if (token.isEmpty())
                continue;
            if (token.size() == 1 && isCjkChar(token.at(0)))
                prefix = true;
            fts = quoted(token) + (prefix ? QStringLiteral("*") : QString());
        }
        if (negative) {
            q.excluded << fts;
        } else {
            q.orBefore << pendingOr;
            q.terms << fts;
        }
        pendingOr = false;
    }
    return q;
}

QString SearchQuery::quote(const QString &word)
{
    return quoted(word);
}

QString SearchQuery::matchExpression() const
{
    if (terms.isEmpty())
        return {};
    QString expr;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (i > 0)
            expr += orBefore.at(i) ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
        expr += terms.at(i);
    }
    expr = u'(' + expr + u')';
    for (const QString &e : excluded)
        expr += QStringLiteral(" NOT ") + e;
    if (section)
        expr = QStringLiteral("{%1} : (%2)").arg(sectionKindName(*section), expr);
    return expr;
}

bool SearchQuery::isEmpty() const
{
    return terms.isEmpty() && ids.isEmpty() && tags.isEmpty() && !starredOnly && !unreadOnly && !readOnly
        && !from.isValid() && !to.isValid();
}

} // namespace Paperboy::Core
