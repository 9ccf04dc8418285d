// NetworkStore: the tables a network refresh keeps (sources, http_cache, paper_listings, paper_meta).
#include "library/networkstore.h"

#include "library/annotations.h"
#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

namespace {

const QString kSourceColumns = QStringLiteral("name, kind, url, enabled, last_refresh, auth, username");

Source sourceFrom(const QSqlQuery &q)
{
    Source s;
    s.name = q.value(0).toString();
    Source::kindFromName(q.value(1).toString(), &s.kind);
    s.url = q.value(2).toString();
    s.enabled = q.value(3).toBool();
    s.lastRefresh = Sql::utcFrom(q.value(4));
    s.auth = Source::authFromName(q.value(5).toString());
    s.username = q.value(6).toString();
    return s;
}

const QString kMetaColumns = QStringLiteral("m.arxiv_id, m.title, m.authors, m.abstract, m.ai_summary, m.ai_keywords, m.upvotes, m.comments, m.github, "
                                            "m.published_at, m.fetched_at, EXISTS (SELECT 1 FROM entries e WHERE e.arxiv_id = m.arxiv_id)");

PaperMeta metaFrom(const QSqlQuery &q)
{
    PaperMeta m;
    m.arxivId = q.value(0).toString();
    m.title = q.value(1).toString();
    m.authors = Sql::listFromJson(q.value(2).toString());
    m.abstract = q.value(3).toString();
    m.aiSummary = q.value(4).toString();
    m.aiKeywords = Sql::listFromJson(q.value(5).toString());
    m.upvotes = q.value(6).toInt();
    m.comments = q.value(7).toInt();
    m.github = q.value(8).toString();
    m.publishedAt = Sql::utcFrom(q.value(9));
    m.fetchedAt = Sql::utcFrom(q.value(10));
    m.hasDigest = q.value(11).toBool();
    return m;
}

} // namespace

QString Source::kindName(Kind kind)
{
    return kind == Kind::HuggingFace ? QStringLiteral("hf") : QStringLiteral("digest");
}

bool Source::kindFromName(const QString &name, Kind *kind)
{
    if (name == QLatin1StringView("digest"))
        *kind = Kind::Digest;
    else if (name == QLatin1StringView("hf"))
        *kind = Kind::HuggingFace;
    else
        return false;
    return true;
}

QString Source::authName(Auth auth)
{
    switch (auth) {
    case Auth::Bearer: return QStringLiteral("bearer");
    case Auth::Basic: return QStringLiteral("basic");
    case Auth::None: break;
    }
    return QStringLiteral("none");
}

Source::Auth Source::authFromName(const QString &name)
{
    if (name == QLatin1StringView("bearer"))
        return Auth::Bearer;
    if (name == QLatin1StringView("basic"))
        return Auth::Basic;
    return Auth::None;
}

QList<Source> NetworkStore::sources() const
{
    QList<Source> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM sources ORDER BY name").arg(kSourceColumns)))
        return out;
    while (q.next())
        out.append(sourceFrom(q));
    return out;
}

std::optional<Source> NetworkStore::source(const QString &name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE name = ?").arg(kSourceColumns));
    if (!Sql::exec(q, {name}) || !q.next())
        return std::nullopt;
    return sourceFrom(q);
}

Status NetworkStore::addSource(const Source &source)
{
    if (source.name.trimmed().isEmpty())
        return Status::failure(tr("a source needs a name"));
    if (this->source(source.name))
        return Status::failure(tr("there is a source named %1 already").arg(source.name));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sources(%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kSourceColumns));
    if (!Sql::exec(q,
                   {source.name, Source::kindName(source.kind), source.url, source.enabled ? 1 : 0,
                    source.lastRefresh.isValid() ? QVariant(source.lastRefresh.toUTC().toString(Qt::ISODateWithMs)) : QVariant(), Source::authName(source.auth),
                    source.username}))
        return Status::failure(tr("cannot add the source %1: %2").arg(source.name, q.lastError().text()));
    Q_EMIT m_lib.sourcesChanged();
    return Status::success();
}

Status NetworkStore::removeSource(const QString &name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM sources WHERE name = ?"));
    if (!Sql::exec(q, {name}))
        return Status::failure(tr("cannot remove the source %1: %2").arg(name, q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("there is no source named %1").arg(name));
    Q_EMIT m_lib.sourcesChanged();
    return Status::success();
}

Status NetworkStore::setSourceEnabled(const QString &name, bool enabled)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE sources SET enabled = ? WHERE name = ?"));
    if (!Sql::exec(q, {enabled ? 1 : 0, name}) || q.numRowsAffected() == 0)
        return Status::failure(tr("there is no source named %1").arg(name));
    Q_EMIT m_lib.sourcesChanged();
    return Status::success();
}

Status NetworkStore::setSourceRefreshed(const QString &name, const QDateTime &when)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE sources SET last_refresh = ? WHERE name = ?"));
    if (!Sql::exec(q, {when.toUTC().toString(Qt::ISODateWithMs), name}) || q.numRowsAffected() == 0)
        return Status::failure(tr("there is no source named %1").arg(name));
    return Status::success();
}

std::optional<HttpValidators> NetworkStore::httpValidators(const QString &url) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT etag, last_modified, fetched_at FROM http_cache WHERE url = ?"));
    if (!Sql::exec(q, {url}) || !q.next())
        return std::nullopt;
    return HttpValidators{q.value(0).toString().toLatin1(), q.value(1).toString().toLatin1(), Sql::utcFrom(q.value(2))};
}

Status NetworkStore::storeHttpValidators(const QString &url, const QByteArray &etag, const QByteArray &lastModified)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO http_cache(url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                             "fetched_at = excluded.fetched_at"));
    if (!Sql::exec(q, {url, QString::fromLatin1(etag), QString::fromLatin1(lastModified), Sql::now()}))
        return Status::failure(tr("cannot remember the validators of %1: %2").arg(url, q.lastError().text()));
    return Status::success();
}

Status NetworkStore::storePaperMeta(const QDate &day, const QList<PaperMeta> &papers)
{
    auto &db = m_db.sql();
    if (!db.transaction())
        return Status::failure(tr("cannot start a transaction: %1").arg(db.lastError().text()));
    const auto failWith = [&](const QSqlQuery &q) {
        const QString message = q.lastError().text();
        db.rollback();
        return Status::failure(tr("cannot store the paper metadata of %1: %2").arg(Sql::dayKey(day), message));
    };
    QSqlQuery clear(db), upsert(db), list(db);
    clear.prepare(QStringLiteral("DELETE FROM paper_listings WHERE day = ?"));
    if (!Sql::exec(clear, {Sql::dayKey(day)}))
        return failWith(clear);
    upsert.prepare(QStringLiteral("INSERT INTO paper_meta(arxiv_id, title, authors, abstract, ai_summary, ai_keywords, upvotes, comments, github, "
                                  "published_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(arxiv_id) DO UPDATE SET title = excluded.title, authors = excluded.authors, abstract = excluded.abstract, "
                                  "ai_summary = excluded.ai_summary, ai_keywords = excluded.ai_keywords, upvotes = excluded.upvotes, "
                                  "comments = excluded.comments, github = excluded.github, published_at = excluded.published_at, "
                                  "fetched_at = excluded.fetched_at"));
    list.prepare(QStringLiteral("INSERT OR IGNORE INTO paper_listings(day, arxiv_id, position) VALUES (?, ?, ?)"));
    const QString fetched = Sql::now();
    int position = 0;
    for (const PaperMeta &m : papers) {
        if (!Sql::exec(upsert,
                       {m.arxivId, m.title, Sql::jsonArray(m.authors), m.abstract, m.aiSummary, Sql::jsonArray(m.aiKeywords), m.upvotes, m.comments, m.github,
                        m.publishedAt.isValid() ? m.publishedAt.toUTC().toString(Qt::ISODate) : QString(), fetched}))
            return failWith(upsert);
        if (!Sql::exec(list, {Sql::dayKey(day), m.arxivId, position++}))
            return failWith(list);
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return Status::failure(tr("cannot commit: %1").arg(message));
    }
    Q_EMIT m_lib.paperMetaChanged();
    return Status::success();
}

std::optional<PaperMeta> NetworkStore::paperMeta(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM paper_meta m WHERE m.arxiv_id = ?").arg(kMetaColumns));
    if (!Sql::exec(q, {arxivId}) || !q.next())
        return std::nullopt;
    return metaFrom(q);
}

QList<PaperMeta> NetworkStore::paperMetaOfDay(const QDate &day) const
{
    QList<PaperMeta> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM paper_listings l JOIN paper_meta m ON m.arxiv_id = l.arxiv_id "
                             "WHERE l.day = ? ORDER BY l.position")
                  .arg(kMetaColumns));
    if (!Sql::exec(q, {Sql::dayKey(day)}))
        return out;
    while (q.next())
        out.append(metaFrom(q));
    return out;
}

bool NetworkStore::hasPaperListing(const QDate &day) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM paper_listings WHERE day = ? LIMIT 1"));
    return Sql::exec(q, {Sql::dayKey(day)}) && q.next();
}

QList<QDate> NetworkStore::listedDays() const
{
    QList<QDate> out;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT day FROM paper_listings ORDER BY day DESC")))
        return out;
    while (q.next())
        out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}

QList<PaperMeta> NetworkStore::papersWithoutDigest(const QDate &day) const
{
    QList<PaperMeta> out;
    for (const PaperMeta &m : paperMetaOfDay(day))
        if (!m.hasDigest)
            out.append(m);
    return out;
}

std::optional<PaperDetail> NetworkStore::metaOnlyPaper(const QString &arxivId, const QDate &day) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT position FROM paper_listings WHERE day = ? AND arxiv_id = ?"));
    if (!Sql::exec(q, {Sql::dayKey(day), arxivId}) || !q.next())
        return std::nullopt;
    const int position = q.value(0).toInt();
    const auto meta = paperMeta(arxivId);
    if (!meta)
        return std::nullopt;
    PaperDetail detail;
    detail.listing.arxivId = arxivId;
    detail.listing.day = day;
    detail.listing.position = position;
    detail.listing.title = meta->title;
    detail.listing.starred = m_lib.annotations().isStarred(arxivId);
    detail.listing.read = m_lib.annotations().isRead(arxivId);
    detail.listing.tags = m_lib.annotations().tagsOf(arxivId);
    detail.link = QStringLiteral("https://huggingface.co/papers/") + arxivId;
    detail.meta = meta;
    detail.noDigest = true;
    return detail;
}

} // namespace Paperboy::Core
