// History: the `events` table (schema 12).
#include "library/history.h"

#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

namespace {

constexpr std::pair<EventKind, const char *> kNames[] = {
    {EventKind::Read, "read"}, {EventKind::Keep, "keep"}, {EventKind::Later, "later"}, {EventKind::Skip, "skip"}, {EventKind::Open, "open"},
};

QList<ReadingEvent> readEvents(QSqlQuery &q)
{
    QList<ReadingEvent> out;
    while (q.next()) {
        const auto kind = History::kindFromName(q.value(3).toString());
        if (!kind)
            continue; // a kind of a newer version: not ours to read
        out.append({q.value(0).toLongLong(), Sql::utcFrom(q.value(1)), q.value(2).toString(), *kind,
                    QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    }
    return out;
}

} // namespace

QString History::kindName(EventKind kind)
{
    for (const auto &[k, name] : kNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<EventKind> History::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames)
        if (name == QLatin1StringView(n))
            return k;
    return std::nullopt;
}

Status History::record(const QStringList &arxivIds, EventKind kind, const QDate &day, QList<qint64> *rows)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (rows)
        rows->clear();
    if (arxivIds.isEmpty())
        return Status::success();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO events(at, arxiv_id, kind, day) SELECT ?, value, ?, ? FROM json_each(?) ORDER BY key RETURNING id"));
    if (!Sql::exec(q, {Sql::now(), kindName(kind), day.isValid() ? Sql::dayKey(day) : QString(), Sql::jsonArray(arxivIds)}))
        return writeFailure(q.lastError().text());
    while (q.next())
        if (rows)
            rows->append(q.value(0).toLongLong());
    q.finish();
    Q_EMIT m_lib.historyChanged();
    return Status::success();
}

Status History::remove(const QList<qint64> &rows)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (rows.isEmpty())
        return Status::success();
    QStringList ids;
    for (qint64 id : rows)
        ids << QString::number(id);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM events WHERE id IN (SELECT value FROM json_each(?))"));
    if (!Sql::exec(q, {QLatin1Char('[') + ids.join(u',') + QLatin1Char(']')}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.historyChanged();
    return Status::success();
}

Status History::restore(const QList<ReadingEvent> &events)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (events.isEmpty())
        return Status::success();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO events(at, arxiv_id, kind, day) SELECT ?, ?, ?, ? "
                             "WHERE NOT EXISTS (SELECT 1 FROM events WHERE at = ? AND arxiv_id = ? AND kind = ?)"));
    if (Status b = beginWrite(); !b)
        return b;
    for (const ReadingEvent &e : events) {
        const QString at = e.at.toUTC().toString(Qt::ISODateWithMs);
        const QString kind = kindName(e.kind);
        if (!Sql::exec(q, {at, e.arxivId, kind, e.day.isValid() ? Sql::dayKey(e.day) : QString(), at, e.arxivId, kind})) {
            const QString error = q.lastError().text();
            m_db.sql().rollback();
            return writeFailure(error);
        }
    }
    if (!m_db.sql().commit()) {
        const QString error = m_db.sql().lastError().text();
        m_db.sql().rollback();
        return writeFailure(error);
    }
    Q_EMIT m_lib.historyChanged();
    return Status::success();
}

QList<ReadingEvent> History::recent(int limit, const QList<EventKind> &kinds) const
{
    QStringList names;
    for (EventKind k : kinds)
        names << kindName(k);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, arxiv_id, kind, day FROM events WHERE ? OR kind IN (SELECT value FROM json_each(?)) "
                             "ORDER BY at DESC, id DESC LIMIT ?"));
    Sql::exec(q, {names.isEmpty(), Sql::jsonArray(names), limit});
    return readEvents(q);
}

QList<ReadingEvent> History::all() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, at, arxiv_id, kind, day FROM events ORDER BY at, id"));
    return readEvents(q);
}

int History::count() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace Paperboy::Core
