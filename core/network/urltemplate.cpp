// UrlTemplate: finds the placeholders of a digest source's URL, checks them and fills them in.
#include "urltemplate.h"

#include <QRegularExpression>

namespace Paperboy::Core {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z][A-Za-z0-9_]*)\\}"));
    return pattern;
}

// The placeholder's text for day; empty for a name that is not one.
QString valueOf(QStringView name, const QDate &day)
{
    if (name == u"date")
        return day.toString(Qt::ISODate);
    if (name == u"yyyy")
        return QStringLiteral("%1").arg(day.year(), 4, 10, QLatin1Char('0'));
    if (name == u"mm")
        return QStringLiteral("%1").arg(day.month(), 2, 10, QLatin1Char('0'));
    if (name == u"dd")
        return QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'));
    return {};
}

bool isKnown(QStringView name)
{
    return name == u"date" || name == u"yyyy" || name == u"mm" || name == u"dd";
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Literal text between placeholders, with each "%" that starts no escape written "%25": otherwise
// the digits put after it ("100%{dd}" -> "100%09") would make an escape the template did not have.
QString literal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool escape = text[i] == u'%' && i + 2 < text.size() && isHex(text[i + 1]) && isHex(text[i + 2]);
        out += text[i];
        if (text[i] == u'%' && !escape)
            out += QLatin1StringView("25");
    }
    return out;
}

// Where "scheme://host:port" ends: the first "/", "?" or "#" after "://".
qsizetype authorityEnd(const QString &url)
{
    const qsizetype start = url.indexOf(QLatin1StringView("://"));
    if (start < 0)
        return 0;
    for (qsizetype i = start + 3; i < url.size(); ++i)
        if (url[i] == u'/' || url[i] == u'?' || url[i] == u'#')
            return i;
    return url.size();
}

} // namespace

bool UrlTemplate::isTemplate(const QString &url)
{
    auto it = placeholderPattern().globalMatchView(url);
    while (it.hasNext())
        if (isKnown(it.next().capturedView(1)))
            return true;
    return false;
}

Status UrlTemplate::check(const QString &url)
{
    const qsizetype pathStart = authorityEnd(url);
    const qsizetype fragment = url.indexOf(u'#', pathStart);
    bool date = false;
    bool year = false;
    bool month = false;
    bool day = false;
    auto it = placeholderPattern().globalMatchView(url);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView name = m.capturedView(1);
        // Not named: before the path it may be part of a user name or password.
        if (m.capturedStart() < pathStart || (fragment >= 0 && m.capturedStart() > fragment))
            return Status::failure(tr("placeholders can only be in the URL's path or query"));
        if (!isKnown(name))
            return Status::failure(tr("unknown placeholder %1 in the URL: a digest feed can use {date}, {yyyy}, {mm} and {dd} "
                                      "(write %2 and %3 for a brace that is part of the address)")
                                       .arg(m.captured(0), QStringLiteral("%7B"), QStringLiteral("%7D")));
        date = date || name == u"date";
        year = year || name == u"yyyy";
        month = month || name == u"mm";
        day = day || name == u"dd";
    }
    if ((year || month || day) && !date && !(year && month && day))
        return Status::failure(tr("the URL does not name one day: use {date}, or {yyyy}, {mm} and {dd} together"));
    return Status::success();
}

QUrl UrlTemplate::expand(const QString &url, const QDate &day)
{
    QString out;
    qsizetype done = 0;
    auto it = placeholderPattern().globalMatchView(url);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = valueOf(m.capturedView(1), day);
        if (value.isEmpty())
            continue; // unknown: left as it is, with the literal text around it
        out += literal(QStringView(url).sliced(done, m.capturedStart() - done));
        out += value;
        done = m.capturedEnd();
    }
    out += literal(QStringView(url).sliced(done));
    return QUrl(out, QUrl::TolerantMode);
}

} // namespace Paperboy::Core
