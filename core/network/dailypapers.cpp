// DailyPapers: strict about the shape, lenient about optional fields.
#include "dailypapers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Paperboy::Core {

QUrl DailyPapers::url(const QString &base, const QDate &day)
{
    QString b = base.trimmed();
    while (b.endsWith(u'/'))
        b.chop(1);
    QUrl u(b + QStringLiteral("/api/daily_papers"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("date"), day.toString(Qt::ISODate));
    u.setQuery(query);
    return u;
}

std::optional<QList<PaperMeta>> DailyPapers::parse(const QByteArray &json, QString *error)
{
    static const QRegularExpression arxivId(QStringLiteral("^[A-Za-z0-9.\\-/]{4,40}$"));
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isArray())
        return fail(tr("not a JSON array of papers"));
    QList<PaperMeta> papers;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QJsonObject paper = entry.value(QLatin1StringView("paper")).toObject();
        const QString id = paper.value(QLatin1StringView("id")).toString().trimmed();
        if (id.isEmpty() || !arxivId.match(id).hasMatch())
            return fail(tr("entry %1 has no paper id").arg(i + 1));
        PaperMeta m;
        m.arxivId = id;
        m.title = paper.value(QLatin1StringView("title")).toString(entry.value(QLatin1StringView("title")).toString()).simplified();
        m.abstract = paper.value(QLatin1StringView("summary")).toString().trimmed();
        for (const QJsonValue &a : paper.value(QLatin1StringView("authors")).toArray()) {
            const QString name = a.toObject().value(QLatin1StringView("name")).toString().trimmed();
            if (!name.isEmpty())
                m.authors.append(name);
        }
        m.aiSummary = paper.value(QLatin1StringView("ai_summary")).toString().trimmed();
        for (const QJsonValue &k : paper.value(QLatin1StringView("ai_keywords")).toArray())
            if (const QString keyword = k.toString().trimmed(); !keyword.isEmpty())
                m.aiKeywords.append(keyword);
        m.upvotes = paper.value(QLatin1StringView("upvotes")).toInt();
        m.comments = entry.value(QLatin1StringView("numComments")).toInt();
        // Only a web link is kept: the reader shows it as one.
        const QString github = paper.value(QLatin1StringView("githubRepo")).toString().trimmed();
        if (github.startsWith(QLatin1StringView("https://")) || github.startsWith(QLatin1StringView("http://")))
            m.github = github;
        m.publishedAt = QDateTime::fromString(paper.value(QLatin1StringView("publishedAt")).toString(), Qt::ISODateWithMs).toUTC();
        papers.append(m);
    }
    return papers;
}

} // namespace Paperboy::Core
