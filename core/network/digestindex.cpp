// DigestIndex: words and links of an index page, filtered to dated digest files.
#include "digestindex.h"

#include <QRegularExpression>

namespace Paperboy::Core {

QMap<QDate, QUrl> DigestIndex::parse(const QByteArray &body, const QUrl &indexUrl)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"'<>()\\[\\]`]+"));
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[^/]*\\.md$"), QRegularExpression::CaseInsensitiveOption);
    const bool secureIndex = indexUrl.scheme() == QLatin1StringView("https");
    QMap<QDate, QUrl> found;
    const QStringList words = QString::fromUtf8(body).split(separators, Qt::SkipEmptyParts);
    for (QString word : words) {
        // "href=2025-05-24.md," and friends: keep the link, drop what surrounds it.
        if (const qsizetype eq = word.indexOf(u'='); eq >= 0 && !word.contains(QLatin1StringView("://")))
            word = word.mid(eq + 1);
        while (!word.isEmpty() && QStringView(u",;.:!").contains(word.back()) && !word.endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive))
            word.chop(1);
        const QUrl link(word, QUrl::TolerantMode);
        if (!link.isValid())
            continue;
        const QUrl url = indexUrl.resolved(link);
        const QString scheme = url.scheme();
        if (scheme != QLatin1StringView("https") && (scheme != QLatin1StringView("http") || secureIndex))
            continue;
        const QString name = url.fileName();
        const auto m = fileName.match(name);
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!day.isValid())
            continue;
        const auto it = found.constFind(day);
        if (it == found.cend() || name.size() < it->fileName().size())
            found.insert(day, url);
    }
    return found;
}

} // namespace Paperboy::Core
