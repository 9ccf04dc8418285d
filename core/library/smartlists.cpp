// SmartLists: the `smart_lists` table (schema 12).
#include "library/smartlists.h"

#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"
#include "search/searchquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

Status SmartLists::add(const QString &name, const QString &query, qint64 *id)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString n = name.simplified();
    if (n.isEmpty())
        return Status::failure(tr("a smart list needs a name"));
    if (SearchQuery::parse(query).isEmpty() && !SearchQuery::parse(query).section)
        return Status::failure(tr("a smart list needs words or filters"));
    if (find(n))
        return Status::failure(tr("there is already a smart list called “%1”").arg(n));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO smart_lists(name, query, position, created_at) "
                             "VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM smart_lists), ?) RETURNING id"));
    if (!Sql::exec(q, {n, query.trimmed(), Sql::now()}) || !q.next())
        return writeFailure(q.lastError().text());
    if (id)
        *id = q.value(0).toLongLong();
    q.finish();
    Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

Status SmartLists::rename(qint64 id, const QString &name)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString n = name.simplified();
    if (n.isEmpty())
        return Status::failure(tr("a smart list needs a name"));
    if (const auto other = find(n); other && other->id != id)
        return Status::failure(tr("there is already a smart list called “%1”").arg(n));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE smart_lists SET name = ? WHERE id = ?"));
    if (!Sql::exec(q, {n, id}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

Status SmartLists::setQuery(qint64 id, const QString &query)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE smart_lists SET query = ? WHERE id = ?"));
    if (!Sql::exec(q, {query.trimmed(), id}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

Status SmartLists::remove(qint64 id)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM smart_lists WHERE id = ?"));
    if (!Sql::exec(q, {id}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

Status SmartLists::move(qint64 id, int by)
{
    if (Status w = checkWritable(); !w)
        return w;
    QList<qint64> order;
    for (const SmartList &l : lists())
        order << l.id;
    const int from = int(order.indexOf(id));
    if (from < 0)
        return Status::failure(tr("no such smart list"));
    const int to = std::clamp(from + by, 0, int(order.size()) - 1);
    if (to == from)
        return Status::success();
    order.move(from, to);
    QStringList ids;
    for (qint64 i : std::as_const(order))
        ids << QString::number(i);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE smart_lists SET position = (SELECT j.key FROM json_each(?) j WHERE j.value = smart_lists.id)"));
    if (!Sql::exec(q, {QLatin1Char('[') + ids.join(u',') + QLatin1Char(']')}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

Status SmartLists::restore(const QList<SmartList> &lists)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO smart_lists(name, query, position, created_at) "
                             "VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM smart_lists), ?) ON CONFLICT(name) DO NOTHING"));
    bool any = false;
    for (const SmartList &l : lists) {
        if (l.name.simplified().isEmpty())
            continue;
        if (!Sql::exec(q, {l.name.simplified(), l.query.trimmed(), Sql::now()}))
            return writeFailure(q.lastError().text());
        any = any || q.numRowsAffected() > 0;
    }
    if (any)
        Q_EMIT m_lib.smartListsChanged();
    return Status::success();
}

QList<SmartList> SmartLists::lists() const
{
    QList<SmartList> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, query FROM smart_lists ORDER BY position, id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<SmartList> SmartLists::find(const QString &name) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name, query FROM smart_lists WHERE name = ?"));
    if (Sql::exec(q, {name.simplified()}) && q.next())
        return SmartList{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return std::nullopt;
}

int SmartLists::count(const SmartList &list) const
{
    return m_lib.searchIndex().count(SearchQuery::parse(list.query));
}

QString SmartLists::freeName(const QString &base) const
{
    const QString b = base.simplified().isEmpty() ? tr("Smart list") : base.simplified();
    if (!find(b))
        return b;
    for (int n = 2;; ++n)
        if (const QString candidate = QStringLiteral("%1 %2").arg(b).arg(n); !find(candidate))
            return candidate;
}

} // namespace Paperboy::Core
