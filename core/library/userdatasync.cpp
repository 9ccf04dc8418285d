// UserDataSync: what notes exports read of the reader's data, and import-notes' merge.
#include "library/userdatasync.h"

#include "library/annotations.h"
#include "library/database.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/sql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

QStringList UserDataSync::annotatedPapers() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes WHERE markdown <> '' "
                          "UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList UserDataSync::annotatedPapersBetween(const QDate &from, const QDate &to) const
{
    QString sql = QStringLiteral("SELECT e.arxiv_id FROM entries e WHERE e.arxiv_id IN (SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes "
                                 "WHERE markdown <> '' UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars)");
    QVariantList binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND e.day >= ?");
        binds << Sql::dayKey(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND e.day <= ?");
        binds << Sql::dayKey(to);
    }
    sql += QStringLiteral(" ORDER BY e.day DESC, e.day_position");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    QStringList out;
    QSet<QString> seen;
    if (Sql::exec(q, binds))
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    return out;
}

QStringList UserDataSync::papersWithoutEntries() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM (SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes "
                          "UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars UNION SELECT arxiv_id FROM read_state) u "
                          "WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.arxiv_id = u.arxiv_id) ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

PaperUserData UserDataSync::userData(const QString &arxivId) const
{
    PaperUserData d;
    d.arxivId = arxivId;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT title FROM papers WHERE arxiv_id = ?), (SELECT link FROM papers WHERE arxiv_id = ?), "
                             "(SELECT markdown FROM notes WHERE arxiv_id = ?), (SELECT updated_at FROM notes WHERE arxiv_id = ?), "
                             "(SELECT starred_at FROM stars WHERE arxiv_id = ?), (SELECT read_at FROM read_state WHERE arxiv_id = ?), "
                             "(SELECT added_at FROM later WHERE arxiv_id = ?), "
                             "(SELECT count(*) FROM later l, later m WHERE m.arxiv_id = ? AND l.position < m.position)"));
    if (Sql::exec(q, QVariantList(8, arxivId)) && q.next()) {
        d.title = q.value(0).toString();
        d.link = q.value(1).toString();
        d.note = q.value(2).toString();
        d.noteUpdatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (!q.value(4).isNull())
            d.starredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        if (!q.value(5).isNull())
            d.readAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        if (!q.value(6).isNull()) {
            d.laterAt = Sql::utcFrom(q.value(6));
            d.laterPosition = q.value(7).toInt();
        }
    }
    d.tags = m_lib.annotations().tagsOf(arxivId);
    d.highlights = m_lib.annotations().highlights(arxivId);
    return d;
}

Status UserDataSync::mergeUserData(const QList<PaperUserData> &papers, const QList<TagInfo> &tags, UserDataMerge *report,
                                   const std::function<Status(UserDataMerge &)> &beforeCommit)
{
    UserDataMerge r;
    r.papers = int(papers.size());
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    QString failure;
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        if (!failure.isEmpty())
            return false;
        q.prepare(sql);
        if (!Sql::exec(q, binds)) {
            failure = q.lastError().text();
            return false;
        }
        return true;
    };
    const auto stamp = [](const QDateTime &t) { return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs); };
    const QString addTag = QStringLiteral("INSERT INTO tags(name, color) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
    const QString defaultColor = QStringLiteral("#7f8c8d");
    for (const TagInfo &t : tags) {
        if (t.name.trimmed().isEmpty())
            continue;
        if (run(addTag, {t.name.trimmed(), t.color.isEmpty() ? defaultColor : t.color}) && q.numRowsAffected() > 0)
            ++r.tagsCreated;
    }
    QSet<QString> changed, starred, read; // changed: tags, notes or highlights
    QList<const PaperUserData *> queued; // in Later in the input: put at the end of Later, in their order
    for (const PaperUserData &p : papers) {
        const QString &id = p.arxivId;
        if (p.laterAt.isValid())
            queued << &p;
        if (run(QStringLiteral("SELECT 1 FROM entries WHERE arxiv_id = ? LIMIT 1"), {id}) && !q.next()) {
            r.notInLibrary << id;
            // The title and link (cache data) let exports name the paper until its digest is imported.
            if (!p.title.isEmpty())
                run(QStringLiteral("INSERT INTO papers(arxiv_id, title, link) VALUES (?, ?, ?) ON CONFLICT(arxiv_id) DO NOTHING"), {id, p.title, p.link});
        }
        for (const QString &tag : p.tags) {
            if (tag.trimmed().isEmpty())
                continue;
            if (run(addTag, {tag.trimmed(), defaultColor}) && q.numRowsAffected() > 0)
                ++r.tagsCreated;
            if (run(QStringLiteral("INSERT INTO paper_tags(arxiv_id, tag_id) SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING"),
                    {id, tag.trimmed()})
                && q.numRowsAffected() > 0) {
                ++r.tagsApplied;
                changed << id;
            }
        }
        if (p.starredAt.isValid()
            && run(QStringLiteral("INSERT INTO stars(arxiv_id, starred_at) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING"), {id, stamp(p.starredAt)})
            && q.numRowsAffected() > 0) {
            ++r.starsAdded;
            starred << id;
        }
        if (p.readAt.isValid()
            && run(QStringLiteral("INSERT INTO read_state(arxiv_id, read_at) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING"), {id, stamp(p.readAt)})
            && q.numRowsAffected() > 0) {
            ++r.readAdded;
            read << id;
        }
        if (!p.note.trimmed().isEmpty() && run(QStringLiteral("SELECT markdown, updated_at FROM notes WHERE arxiv_id = ?"), {id})) {
            bool write = false;
            if (!q.next()) {
                write = true;
                ++r.notesAdded;
            } else if (q.value(0).toString() != p.note) {
                const QDateTime mine = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
                write = p.noteUpdatedAt.isValid() && (!mine.isValid() || p.noteUpdatedAt > mine);
                ++(write ? r.notesReplaced : r.notesKept);
                if (write) {
                    PaperUserData old;
                    old.arxivId = id;
                    old.note = q.value(0).toString();
                    old.noteUpdatedAt = mine;
                    r.replacedNotes << old;
                }
            }
            q.finish();
            if (write) {
                // The search index sees notes: take the entries out with the old text, put them back with the new.
                if (!m_lib.searchIndex().unindexEntries(QStringLiteral("arxiv_id = ?"), {id}) && failure.isEmpty())
                    failure = tr("cannot update the search index");
                run(QStringLiteral("INSERT INTO notes(arxiv_id, markdown, updated_at) VALUES (?, ?, ?) ON CONFLICT(arxiv_id) "
                                   "DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at"),
                    {id, p.note, stamp(p.noteUpdatedAt)});
                if (failure.isEmpty() && !m_lib.searchIndex().indexEntries(QStringLiteral("arxiv_id = ?"), {id}))
                    failure = tr("cannot update the search index");
                changed << id;
            }
        }
        for (const Highlight &h : p.highlights) {
            if (h.exact.isEmpty())
                continue;
            if (!run(QStringLiteral("SELECT 1 FROM highlights WHERE arxiv_id = ? AND section_kind = ? AND exact = ? AND prefix = ? AND suffix = ?"),
                     {id, h.sectionKind, h.exact, h.prefix, h.suffix}))
                break;
            const bool known = q.next();
            q.finish();
            if (known)
                continue;
            if (run(QStringLiteral("INSERT INTO highlights(arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, h.sectionKind, h.exact, h.prefix, h.suffix, h.position, h.color.isEmpty() ? QStringLiteral("#ffe066") : h.color, h.comment,
                     stamp(h.createdAt)})) {
                ++r.highlightsAdded;
                changed << id;
            }
        }
        if (!failure.isEmpty())
            break;
    }
    QStringList laterAdded;
    std::stable_sort(queued.begin(), queued.end(), [](const PaperUserData *a, const PaperUserData *b) { return a->laterPosition < b->laterPosition; });
    for (const PaperUserData *p : std::as_const(queued)) {
        if (!failure.isEmpty())
            break;
        if (run(QStringLiteral("INSERT INTO later(arxiv_id, position, added_at) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM later), ?) "
                               "ON CONFLICT(arxiv_id) DO NOTHING"),
                {p->arxivId, stamp(p->laterAt)})
            && q.numRowsAffected() > 0) {
            ++r.laterAdded;
            laterAdded << p->arxivId;
        }
    }
    // Starred papers are not muted (MuteRules).
    if (failure.isEmpty() && !starred.isEmpty() && !m_lib.muteRules().applyToPapers(QStringList(starred.cbegin(), starred.cend())))
        failure = tr("cannot apply the mute rules");
    if (failure.isEmpty() && beforeCommit) {
        if (const Status s = beforeCommit(r); !s) {
            db.rollback();
            return s;
        }
    }
    if (!failure.isEmpty() || !db.commit()) {
        if (failure.isEmpty())
            failure = db.lastError().text();
        db.rollback();
        return Status::failure(tr("cannot merge the notes: %1").arg(failure));
    }
    if (report)
        *report = r;
    if (r.tagsCreated > 0)
        Q_EMIT m_lib.tagsChanged();
    const auto sorted = [](const QSet<QString> &ids) {
        QStringList list(ids.cbegin(), ids.cend());
        list.sort();
        return list;
    };
    if (!starred.isEmpty())
        Q_EMIT m_lib.papersChanged(sorted(starred), Change::Starred);
    if (!read.isEmpty())
        Q_EMIT m_lib.papersChanged(sorted(read), Change::Read);
    if (!changed.isEmpty())
        Q_EMIT m_lib.papersChanged(sorted(changed), Change::Tags | Change::Note | Change::Highlights);
    if (!laterAdded.isEmpty()) {
        Q_EMIT m_lib.papersChanged(laterAdded, Change::Later);
        Q_EMIT m_lib.queueChanged();
    }
    return Status::success();
}

} // namespace Paperboy::Core
