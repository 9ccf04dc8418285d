// ReadingQueue: the `later` table (schema 12).
#include "library/readingqueue.h"

#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

Status ReadingQueue::add(const QStringList &arxivIds, QStringList *added)
{
    QList<QueuedPaper> papers;
    const QDateTime now = Sql::utcFrom(Sql::now());
    for (const QString &id : arxivIds)
        papers.append({id, now});
    const QStringList before = this->papers();
    const Status s = restore(papers);
    if (added) {
        const QSet<QString> had(before.cbegin(), before.cend());
        added->clear();
        for (const QString &id : this->papers())
            if (!had.contains(id))
                *added << id;
    }
    return s;
}

Status ReadingQueue::restore(const QList<QueuedPaper> &papers)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (papers.isEmpty())
        return Status::success();
    QStringList ids, times;
    for (const QueuedPaper &p : papers) {
        ids << p.arxivId;
        times << (p.addedAt.isValid() ? p.addedAt.toUTC().toString(Qt::ISODateWithMs) : Sql::now());
    }
    // One statement: the papers after the last place, in the order given (json_each's key), each once.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO later(arxiv_id, position, added_at) "
                             "SELECT i.value, (SELECT coalesce(max(position), -1) FROM later) + 1 + i.key, t.value "
                             "FROM json_each(?) i JOIN json_each(?) t ON t.key = i.key WHERE i.value <> '' "
                             "AND i.key = (SELECT min(k.key) FROM json_each(?) k WHERE k.value = i.value) "
                             "ON CONFLICT(arxiv_id) DO NOTHING RETURNING arxiv_id"));
    const QString json = Sql::jsonArray(ids);
    if (!Sql::exec(q, {json, Sql::jsonArray(times), json}))
        return writeFailure(q.lastError().text());
    QSet<QString> returned;
    while (q.next())
        returned.insert(q.value(0).toString());
    q.finish();
    QStringList added;
    for (const QString &id : std::as_const(ids))
        if (returned.remove(id))
            added << id;
    if (!added.isEmpty()) {
        Q_EMIT m_lib.papersChanged(added, Change::Later);
        Q_EMIT m_lib.queueChanged();
    }
    return Status::success();
}

Status ReadingQueue::remove(const QStringList &arxivIds, QStringList *removedOut)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM later WHERE arxiv_id IN (SELECT value FROM json_each(?)) RETURNING arxiv_id"));
    if (!Sql::exec(q, {Sql::jsonArray(arxivIds)}))
        return writeFailure(q.lastError().text());
    QSet<QString> returned;
    while (q.next())
        returned.insert(q.value(0).toString());
    q.finish();
    QStringList removed;
    for (const QString &id : arxivIds)
        if (returned.remove(id))
            removed << id;
    if (removedOut)
        *removedOut = removed;
    if (!removed.isEmpty()) {
        Q_EMIT m_lib.papersChanged(removed, Change::Later);
        Q_EMIT m_lib.queueChanged();
    }
    return Status::success();
}

Status ReadingQueue::move(const QString &arxivId, int by)
{
    const int from = indexOf(arxivId);
    if (from < 0)
        return Status::failure(tr("%1 is not in Later").arg(arxivId));
    return moveTo(arxivId, from + by);
}

Status ReadingQueue::moveTo(const QString &arxivId, int index)
{
    QStringList order = papers();
    const int from = int(order.indexOf(arxivId));
    if (from < 0)
        return Status::failure(tr("%1 is not in Later").arg(arxivId));
    const int to = std::clamp(index, 0, int(order.size()) - 1);
    if (to == from)
        return Status::success();
    order.move(from, to);
    return writeOrder(order);
}

Status ReadingQueue::writeOrder(const QStringList &order)
{
    if (Status w = checkWritable(); !w)
        return w;
    // The queue is what a reader keeps by hand (tens, hundreds of papers): numbered again in one statement.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE later SET position = (SELECT j.key FROM json_each(?) j WHERE j.value = later.arxiv_id)"));
    if (!Sql::exec(q, {Sql::jsonArray(order)}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.queueChanged();
    return Status::success();
}

QStringList ReadingQueue::papers() const
{
    QStringList out;
    for (const QueuedPaper &p : entries())
        out << p.arxivId;
    return out;
}

QList<QueuedPaper> ReadingQueue::entries() const
{
    QList<QueuedPaper> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT arxiv_id, added_at FROM later ORDER BY position, added_at")))
        while (q.next())
            out.append({q.value(0).toString(), Sql::utcFrom(q.value(1))});
    return out;
}

int ReadingQueue::count() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM later")) && q.next() ? q.value(0).toInt() : 0;
}

bool ReadingQueue::contains(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM later WHERE arxiv_id = ?"));
    return Sql::exec(q, {arxivId}) && q.next();
}

int ReadingQueue::indexOf(const QString &arxivId) const
{
    return int(papers().indexOf(arxivId));
}

} // namespace Paperboy::Core
