// PaperMemory: entries.seen from the shown summaries of the days before.
#include "library/papermemory.h"

#include "library/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Paperboy::Core {

bool PaperMemory::remember(QSqlDatabase &db, const QString &ids, const QVariantList &binds)
{
    // Each entry against the shown entry of the latest earlier day that lists the paper (through
    // entries_by_paper); only the entries whose flag changes are written.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("WITH ids(id) AS (%1), "
                             "fresh AS (SELECT e.id, coalesce((SELECT CASE WHEN p.summary = e.summary THEN 1 ELSE 2 END FROM entries p "
                             "    WHERE p.arxiv_id = e.arxiv_id AND p.shown AND p.day < e.day ORDER BY p.day DESC LIMIT 1), 0) AS seen "
                             "  FROM entries e WHERE e.arxiv_id IN ids) "
                             "UPDATE entries SET seen = fresh.seen FROM fresh WHERE entries.id = fresh.id AND entries.seen <> fresh.seen")
                  .arg(ids));
    return Sql::exec(q, binds);
}

bool PaperMemory::rememberDay(QSqlDatabase &db, const QString &dayKey)
{
    return rememberPapersOf(db, QStringLiteral("day = ?"), {dayKey});
}

bool PaperMemory::rememberPapers(QSqlDatabase &db, const QStringList &arxivIds)
{
    return arxivIds.isEmpty() || remember(db, QStringLiteral("SELECT value FROM json_each(?)"), {Sql::jsonArray(arxivIds)});
}

bool PaperMemory::rememberPapersOf(QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    return remember(db, QStringLiteral("SELECT DISTINCT arxiv_id FROM entries WHERE %1").arg(where), binds);
}

QStringList PaperMemory::papersOf(QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT arxiv_id FROM entries WHERE %1").arg(where));
    if (Sql::exec(q, binds))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace Paperboy::Core
