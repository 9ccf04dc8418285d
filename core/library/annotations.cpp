// Annotations: the tables of the reader's own data (stars, read_state, tags, paper_tags,
// highlights, notes, compare_marks, comparisons).
#include "library/annotations.h"

#include "library/database.h"
#include "library/library.h"
#include "library/sql.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

namespace {

// The papers a RETURNING clause named (arxiv_id), in the order the caller gave them.
QStringList returnedIds(QSqlQuery &q, const QStringList &asked)
{
    QSet<QString> returned;
    while (q.next())
        returned.insert(q.value(0).toString());
    q.finish();
    QStringList out;
    for (const QString &id : asked)
        if (returned.remove(id))
            out << id;
    return out;
}

} // namespace

Status Annotations::setFlag(const QString &table, const QString &column, const QStringList &arxivIds, bool on, QStringList *changed)
{
    if (Status w = checkWritable(); !w)
        return w;
    // One statement whatever the number of papers: atomic without a transaction, and RETURNING
    // names the papers whose state really changed.
    QSqlQuery q(m_db.sql());
    if (on) {
        q.prepare(QStringLiteral("INSERT INTO %1(arxiv_id, %2) SELECT value, ? FROM json_each(?) WHERE true "
                                 "ON CONFLICT(arxiv_id) DO NOTHING RETURNING arxiv_id")
                      .arg(table, column));
        Sql::exec(q, {Sql::now(), Sql::jsonArray(arxivIds)});
    } else {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE arxiv_id IN (SELECT value FROM json_each(?)) RETURNING arxiv_id").arg(table));
        Sql::exec(q, {Sql::jsonArray(arxivIds)});
    }
    if (q.lastError().isValid())
        return writeFailure(q.lastError().text());
    const QStringList ids = returnedIds(q, arxivIds);
    if (changed)
        *changed = ids;
    return Status::success();
}

Status Annotations::setStarred(const QStringList &arxivIds, bool starred)
{
    QStringList changed;
    const Status s = setFlag(QStringLiteral("stars"), QStringLiteral("starred_at"), arxivIds, starred, &changed);
    // A starred paper is never muted; an unstarred one is again when a rule matches (before the
    // signal, so that the views read the flags as they are now).
    if (!changed.isEmpty() && !m_lib.muteRules().applyToPapers(changed))
        Q_EMIT m_lib.writeFailed(tr("The star was saved, but the mute rules could not be applied to the paper."));
    if (!changed.isEmpty())
        Q_EMIT m_lib.papersChanged(changed, starred ? Change::Starred : Change::Unstarred);
    return s;
}

Status Annotations::setRead(const QStringList &arxivIds, bool read, QStringList *changedOut)
{
    QStringList changed;
    const Status s = setFlag(QStringLiteral("read_state"), QStringLiteral("read_at"), arxivIds, read, &changed);
    if (read && !changed.isEmpty())
        m_lib.history().record(changed, EventKind::Read); // "Recently read" and the statistics
    if (!changed.isEmpty())
        Q_EMIT m_lib.papersChanged(changed, read ? Change::Read : Change::Unread);
    if (changedOut)
        *changedOut = changed;
    return s;
}

bool Annotations::isStarred(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM stars WHERE arxiv_id = ?"));
    return Sql::exec(q, {arxivId}) && q.next();
}

Status Annotations::tagPapers(const QStringList &arxivIds, const QString &tag, QStringList *changed)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("a tag needs a name"));
    // The tag usually exists: one statement tags every paper. Only when it tagged none is the tag
    // created (and the papers tagged again).
    QSqlQuery q(m_db.sql());
    const QString apply = QStringLiteral("INSERT INTO paper_tags(arxiv_id, tag_id) SELECT j.value, t.id FROM json_each(?) j, tags t "
                                         "WHERE t.name = ? ON CONFLICT DO NOTHING RETURNING arxiv_id");
    q.prepare(apply);
    if (!Sql::exec(q, {Sql::jsonArray(arxivIds), name}))
        return writeFailure(q.lastError().text());
    QStringList ids = returnedIds(q, arxivIds);
    bool created = false;
    if (ids.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        if (!Sql::exec(q, {name}))
            return writeFailure(q.lastError().text());
        created = q.numRowsAffected() > 0;
        if (created) {
            q.prepare(apply);
            if (!Sql::exec(q, {Sql::jsonArray(arxivIds), name}))
                return writeFailure(q.lastError().text());
            ids = returnedIds(q, arxivIds);
        }
    }
    if (changed)
        *changed = ids;
    if (created)
        Q_EMIT m_lib.tagsChanged();
    if (!ids.isEmpty())
        Q_EMIT m_lib.papersChanged(ids, Change::Tags);
    return Status::success();
}

Status Annotations::untagPapers(const QStringList &arxivIds, const QString &tag, QStringList *changed)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM paper_tags WHERE tag_id IN (SELECT id FROM tags WHERE name = ?) "
                             "AND arxiv_id IN (SELECT value FROM json_each(?)) RETURNING arxiv_id"));
    if (!Sql::exec(q, {tag.trimmed(), Sql::jsonArray(arxivIds)}))
        return writeFailure(q.lastError().text());
    const QStringList ids = returnedIds(q, arxivIds);
    if (changed)
        *changed = ids;
    if (!ids.isEmpty())
        Q_EMIT m_lib.papersChanged(ids, Change::Tags);
    return Status::success();
}

QStringList Annotations::tagsOf(const QString &arxivId) const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.arxiv_id = ? ORDER BY t.name"));
    Sql::exec(q, {arxivId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Annotations::allTags() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<TagInfo> Annotations::tags() const
{
    QList<TagInfo> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT t.id, t.name, t.color, (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id) "
                          "FROM tags t ORDER BY t.name COLLATE NOCASE"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Status Annotations::renameTag(const QString &from, const QString &to)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("a tag needs a name"));
    if (name.compare(from, Qt::CaseInsensitive) != 0 && allTags().contains(name, Qt::CaseInsensitive))
        return Status::failure(tr("a tag “%1” exists already; merge the two instead").arg(name));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE name = ?"));
    if (!Sql::exec(q, {name, from}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(from));
    Q_EMIT m_lib.tagsChanged();
    return Status::success();
}

Status Annotations::setTagColor(const QString &tag, const QString &color)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE name = ?"));
    if (!Sql::exec(q, {color, tag}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(tag));
    Q_EMIT m_lib.tagsChanged();
    return Status::success();
}

Status Annotations::mergeTags(const QString &from, const QString &into)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (from.compare(into, Qt::CaseInsensitive) == 0)
        return Status::success();
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    bool ok = Sql::exec(q, {into.trimmed()});
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO paper_tags(arxiv_id, tag_id) "
                             "SELECT pt.arxiv_id, (SELECT id FROM tags WHERE name = ?) FROM paper_tags pt "
                             "JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?"));
    ok = ok && Sql::exec(q, {into.trimmed(), from});
    q.prepare(QStringLiteral("DELETE FROM tags WHERE name = ?"));
    ok = ok && Sql::exec(q, {from});
    if (!ok || !db.commit()) {
        db.rollback();
        return Status::failure(tr("cannot merge the tags: %1").arg(q.lastError().text()));
    }
    Q_EMIT m_lib.tagsChanged();
    return Status::success();
}

Status Annotations::deleteTag(const QString &tag)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE name = ?")); // paper_tags rows go with it (foreign key)
    if (!Sql::exec(q, {tag}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(tag));
    Q_EMIT m_lib.tagsChanged();
    return Status::success();
}

int Annotations::starredCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM stars WHERE arxiv_id IN (SELECT arxiv_id FROM entries)")) && q.next() ? q.value(0).toInt() : 0;
}

int Annotations::unreadPaperCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(DISTINCT arxiv_id) FROM entries e WHERE NOT EXISTS "
                                 "(SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)"))
            && q.next()
        ? q.value(0).toInt()
        : 0;
}

Status Annotations::addHighlight(Highlight &h)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (!h.createdAt.isValid())
        h.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO highlights(id, arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at, "
                             "publisher_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!Sql::exec(q,
                   {h.id > 0 ? QVariant(h.id) : QVariant(), h.arxivId, h.sectionKind, h.exact, h.prefix, h.suffix, h.position, h.color, h.comment,
                    h.createdAt.toString(Qt::ISODateWithMs), h.publisherId > 0 ? QVariant(h.publisherId) : QVariant(QMetaType::fromType<qint64>())}))
        return writeFailure(q.lastError().text());
    h.id = q.lastInsertId().toLongLong();
    Q_EMIT m_lib.papersChanged({h.arxivId}, Change::Highlights);
    return Status::success();
}

Status Annotations::updateHighlight(qint64 id, const QString &color, const QString &comment)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE highlights SET color = ?, comment = ? WHERE id = ? RETURNING arxiv_id"));
    if (!Sql::exec(q, {color, comment, id}) || !q.next())
        return Status::failure(tr("no such highlight"));
    const QString paper = q.value(0).toString();
    q.finish();
    Q_EMIT m_lib.papersChanged({paper}, Change::Highlights);
    return Status::success();
}

Status Annotations::removeHighlight(qint64 id)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM highlights WHERE id = ? RETURNING arxiv_id"));
    if (!Sql::exec(q, {id}) || !q.next())
        return Status::failure(tr("no such highlight"));
    const QString paper = q.value(0).toString();
    q.finish();
    Q_EMIT m_lib.papersChanged({paper}, Change::Highlights);
    return Status::success();
}

QList<Highlight> Annotations::highlights(const QString &arxivId) const
{
    QList<Highlight> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, section_kind, exact, prefix, suffix, position, color, comment, created_at, publisher_id "
                             "FROM highlights WHERE arxiv_id = ? ORDER BY position, id"));
    Sql::exec(q, {arxivId});
    while (q.next()) {
        Highlight h;
        h.id = q.value(0).toLongLong();
        h.arxivId = arxivId;
        h.sectionKind = q.value(1).toString();
        h.exact = q.value(2).toString();
        h.prefix = q.value(3).toString();
        h.suffix = q.value(4).toString();
        h.position = q.value(5).toInt();
        h.color = q.value(6).toString();
        h.comment = q.value(7).toString();
        h.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        h.publisherId = q.value(9).toLongLong();
        out.append(h);
    }
    return out;
}

Status Annotations::setMarked(const QStringList &arxivIds, bool marked)
{
    QStringList changed;
    const Status s = setFlag(QStringLiteral("compare_marks"), QStringLiteral("marked_at"), arxivIds, marked, &changed);
    if (!changed.isEmpty()) {
        Q_EMIT m_lib.marksChanged();
        Q_EMIT m_lib.papersChanged(changed, Change::Marked);
    }
    return s;
}

bool Annotations::isMarked(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM compare_marks WHERE arxiv_id = ?"));
    return Sql::exec(q, {arxivId}) && q.next();
}

QStringList Annotations::markedPapers() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM compare_marks ORDER BY marked_at, rowid"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status Annotations::clearMarks()
{
    if (Status w = checkWritable(); !w)
        return w;
    const QStringList marked = markedPapers(); // in the order they were marked
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM compare_marks RETURNING arxiv_id")))
        return writeFailure(q.lastError().text());
    const QStringList ids = returnedIds(q, marked);
    if (!ids.isEmpty()) {
        Q_EMIT m_lib.marksChanged();
        Q_EMIT m_lib.papersChanged(ids, Change::Marked);
    }
    return Status::success();
}

Status Annotations::saveComparison(const Comparison &c)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (c.name.trimmed().isEmpty())
        return Status::failure(tr("a comparison needs a name"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO comparisons(name, papers, sections, saved_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET papers = excluded.papers, sections = excluded.sections, saved_at = excluded.saved_at"));
    if (!Sql::exec(q, {c.name.trimmed(), c.papers.join(u','), c.sections.join(u','), Sql::now()}))
        return Status::failure(q.lastError().text());
    Q_EMIT m_lib.comparisonsChanged();
    return Status::success();
}

QList<Comparison> Annotations::comparisons() const
{
    QList<Comparison> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT name, papers, sections FROM comparisons ORDER BY name COLLATE NOCASE"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString().split(u',', Qt::SkipEmptyParts), q.value(2).toString().split(u',', Qt::SkipEmptyParts)});
    return out;
}

Status Annotations::removeComparison(const QString &name)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM comparisons WHERE name = ?"));
    if (!Sql::exec(q, {name}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no comparison “%1”").arg(name));
    Q_EMIT m_lib.comparisonsChanged();
    return Status::success();
}

Status Annotations::setNote(const QString &arxivId, const QString &markdown)
{
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    bool ok = m_lib.searchIndex().unindexEntries(QStringLiteral("arxiv_id = ?"), {arxivId});
    if (ok && markdown.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM notes WHERE arxiv_id = ?"));
        ok = Sql::exec(q, {arxivId});
    } else if (ok) {
        q.prepare(QStringLiteral("INSERT INTO notes(arxiv_id, markdown, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(arxiv_id) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at"));
        ok = Sql::exec(q, {arxivId, markdown, Sql::now()});
    }
    ok = ok && m_lib.searchIndex().indexEntries(QStringLiteral("arxiv_id = ?"), {arxivId});
    if (!ok || !db.commit()) {
        const QString msg = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        const Status failed = writeFailure(msg); // before the rollback resets SQLite's error code
        db.rollback();
        return failed;
    }
    Q_EMIT m_lib.papersChanged({arxivId}, Change::Note);
    return Status::success();
}

QString Annotations::note(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT markdown FROM notes WHERE arxiv_id = ?"));
    return Sql::exec(q, {arxivId}) && q.next() ? q.value(0).toString() : QString();
}

bool Annotations::isRead(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM read_state WHERE arxiv_id = ?"));
    return Sql::exec(q, {arxivId}) && q.next();
}

} // namespace Paperboy::Core
