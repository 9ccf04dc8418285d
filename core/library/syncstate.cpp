// SyncState: the reader's data as sync records and back, and the sync's bookkeeping (schema 13).
#include "library/syncstate.h"

#include "library/database.h"
#include "library/library.h"
#include "library/muterules.h"
#include "library/searchindex.h"
#include "library/sql.h"
#include "sync/syncformat.h"
#include "sync/syncmerge.h"

#include <QSet>

#include <QSqlError>
#include <QSqlQuery>
#include <map>

namespace Paperboy::Core {

namespace {

const QString DefaultTagColor = QStringLiteral("#7f8c8d");

QString t(const QVariant &v)
{
    return SyncFormat::normalTime(v.toString());
}

} // namespace

QString SyncState::value(const QString &key) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    return Sql::exec(q, {key}) && q.next() ? q.value(0).toString() : QString();
}

Status SyncState::setValue(const QString &key, const QVariant &value)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!Sql::exec(q, {key, value}))
        return writeFailure(q.lastError().text());
    return Status::success();
}

Status SyncState::configure(const QString &dir, const QString &remote, const QString &device)
{
    if (Status w = checkWritable(); !w)
        return w;
    Status s = setValue(QStringLiteral("dir"), dir);
    if (s)
        s = setValue(QStringLiteral("remote"), remote);
    if (s)
        s = setValue(QStringLiteral("device"), device);
    return s;
}

SyncStatus SyncState::status() const
{
    SyncStatus s;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT key, value FROM sync_state")))
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString v = q.value(1).toString();
            if (key == QLatin1StringView("dir"))
                s.dir = v;
            else if (key == QLatin1StringView("remote"))
                s.remote = v;
            else if (key == QLatin1StringView("device"))
                s.device = v;
            else if (key == QLatin1StringView("last_commit"))
                s.lastCommit = v;
            else if (key == QLatin1StringView("last_sync_at"))
                s.lastSyncAt = Sql::utcFrom(v);
            else if (key == QLatin1StringView("last_error"))
                s.lastError = v;
        }
    s.configured = !s.dir.isEmpty();
    s.pending = pendingCount();
    return s;
}

int SyncState::pendingCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_pending")) && q.next() ? q.value(0).toInt() : 0;
}

QMap<QString, SyncRecord> SyncState::records(const QStringList *ids) const
{
    QMap<QString, SyncRecord> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QVariantList binds = ids ? QVariantList{Sql::jsonArray(*ids)} : QVariantList{};
    const auto select = [&](const QString &sql, const QString &column) {
        const QString filter = ids ? QStringLiteral(" WHERE %1 IN (SELECT value FROM json_each(?))").arg(column) : QString();
        q.prepare(sql.arg(filter));
        return Sql::exec(q, binds);
    };
    const auto record = [&out](const QString &id) -> SyncRecord & {
        SyncRecord &r = out[id];
        r.arxivId = id;
        return r;
    };
    if (select(QStringLiteral("SELECT pt.arxiv_id, t.name, pt.added_at FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id%1"), QStringLiteral("pt.arxiv_id")))
        while (q.next())
            record(q.value(0).toString()).tags.insert(q.value(1).toString(), t(q.value(2)));
    if (select(QStringLiteral("SELECT arxiv_id, markdown, updated_at FROM notes%1"), QStringLiteral("arxiv_id")))
        while (q.next())
            if (!q.value(1).toString().isEmpty())
                record(q.value(0).toString()).note = SyncNote{q.value(1).toString(), t(q.value(2)), {}};
    if (select(QStringLiteral("SELECT arxiv_id, markdown, from_device, updated_at FROM note_conflicts%1"), QStringLiteral("arxiv_id")))
        while (q.next())
            record(q.value(0).toString()).conflict = SyncNote{q.value(1).toString(), t(q.value(3)), q.value(2).toString()};
    if (select(QStringLiteral("SELECT arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at, updated_at FROM highlights%1"),
               QStringLiteral("arxiv_id")))
        while (q.next()) {
            SyncHighlight h;
            h.section = q.value(1).toString();
            h.exact = q.value(2).toString();
            h.prefix = q.value(3).toString();
            h.suffix = q.value(4).toString();
            h.position = q.value(5).toInt();
            h.color = q.value(6).toString();
            h.comment = q.value(7).toString();
            h.createdAt = t(q.value(8));
            h.updatedAt = t(q.value(9));
            record(q.value(0).toString()).highlights.insert(h.key(), h);
        }
    if (select(QStringLiteral("SELECT arxiv_id, starred_at FROM stars%1"), QStringLiteral("arxiv_id")))
        while (q.next())
            record(q.value(0).toString()).star = SyncFlag{true, t(q.value(1))};
    if (select(QStringLiteral("SELECT arxiv_id, read_at FROM read_state%1"), QStringLiteral("arxiv_id")))
        while (q.next())
            record(q.value(0).toString()).read = SyncFlag{true, t(q.value(1))};
    if (select(QStringLiteral("SELECT arxiv_id, added_at, position FROM later%1"), QStringLiteral("arxiv_id")))
        while (q.next()) {
            SyncRecord &r = record(q.value(0).toString());
            r.later = SyncFlag{true, t(q.value(1))};
            r.laterPosition = q.value(2).toInt();
        }
    if (select(QStringLiteral("SELECT arxiv_id, at, kind, day FROM events%1"), QStringLiteral("arxiv_id")))
        while (q.next())
            record(q.value(0).toString()).events.insert(t(q.value(1)) + u' ' + q.value(2).toString(), q.value(3).toString());
    if (select(QStringLiteral("SELECT arxiv_id, kind, key, removed_at FROM tombstones%1"), QStringLiteral("arxiv_id")))
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id.isEmpty())
                continue;
            SyncRecord &r = record(id);
            const QString kind = q.value(1).toString();
            const QString key = q.value(2).toString();
            const QString at = t(q.value(3));
            if (kind == QLatin1StringView("tag")) {
                if (!r.tags.contains(key))
                    r.removedTags.insert(key, at);
            } else if (kind == QLatin1StringView("highlight")) {
                if (!r.highlights.contains(key))
                    r.removedHighlights.insert(key, at);
            } else if (kind == QLatin1StringView("event")) {
                const QString eventKey = t(key.section(u' ', 0, 0)) + u' ' + key.section(u' ', 1);
                if (!r.events.contains(eventKey))
                    r.removedEvents.insert(eventKey, at);
            } else if (kind == QLatin1StringView("note")) {
                if (r.note.text.isEmpty())
                    r.note = SyncNote{{}, at, {}};
            } else if (kind == QLatin1StringView("conflict")) {
                if (r.conflict.text.isEmpty())
                    r.conflict = SyncNote{{}, at, {}};
            } else {
                SyncFlag *flag = kind == QLatin1StringView("star") ? &r.star
                    : kind == QLatin1StringView("read")            ? &r.read
                    : kind == QLatin1StringView("later")           ? &r.later
                                                                   : nullptr;
                if (flag && !flag->on)
                    *flag = SyncFlag{false, at};
            }
        }
    return out;
}

SyncTagColors SyncState::tagColors() const
{
    SyncTagColors out;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT name, color FROM tags")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

SyncState::Snapshot SyncState::snapshot(const QStringList *ids) const
{
    Snapshot s;
    auto &db = m_db.sql();
    // One read transaction: the records and the counter belong to the same moment.
    const bool began = db.transaction();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'version'")) && q.next())
        s.version = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT arxiv_id FROM sync_pending ORDER BY arxiv_id")))
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (id.isEmpty())
                s.tagsPending = true;
            else
                s.pending << id;
        }
    q.finish();
    if (ids) {
        QStringList wanted = *ids + s.pending;
        wanted.removeDuplicates();
        s.records = records(&wanted);
    } else {
        s.records = records(nullptr);
    }
    s.tags = tagColors();
    if (began)
        db.commit();
    return s;
}

Status SyncState::apply(const Apply &a, QStringList *changedOut, bool *tagsChangedOut)
{
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QString failure;
    // Each statement is prepared once: a first sync applies thousands of papers.
    std::map<QString, QSqlQuery> prepared;
    QSqlQuery *last = nullptr;
    const auto run = [&](const QString &sql, const QVariantList &binds = {}) {
        if (!failure.isEmpty())
            return false;
        auto it = prepared.find(sql);
        if (it == prepared.end()) {
            it = prepared.emplace(sql, QSqlQuery(db)).first;
            if (!it->second.prepare(sql)) {
                failure = it->second.lastError().text();
                return false;
            }
        }
        last = &it->second;
        last->finish();
        for (int i = 0; i < binds.size(); ++i)
            last->bindValue(i, binds[i].typeId() == QMetaType::QString && binds[i].toString().isNull() ? QVariant(QStringLiteral("")) : binds[i]);
        if (!last->exec()) {
            failure = last->lastError().text();
            return false;
        }
        return true;
    };
    const auto affected = [&] { return last ? last->numRowsAffected() : 0; };
    run(QStringLiteral("INSERT INTO sync_quiet(quiet) VALUES (1)"));

    bool tagsChanged = false;
    const auto ensureTag = [&](const QString &name, const QString &color) {
        if (run(QStringLiteral("INSERT INTO tags(name, color) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"), {name, color}) && affected() > 0)
            tagsChanged = true;
    };
    if (a.tags)
        for (auto it = a.tags->cbegin(); it != a.tags->cend(); ++it) {
            ensureTag(it.key(), it.value());
            if (run(QStringLiteral("UPDATE tags SET color = ? WHERE name = ? AND color <> ?"), {it.value(), it.key(), it.value()}) && affected() > 0)
                tagsChanged = true;
        }

    // The papers the reader changed since the snapshot: merge again over their current state.
    QSet<QString> changedSince;
    if (run(QStringLiteral("SELECT arxiv_id FROM sync_pending WHERE version > ?"), {a.snapshot ? a.snapshot->version : 0}))
        while (last->next())
            changedSince.insert(last->value(0).toString());
    QStringList ids;
    for (const SyncRecord &r : a.records)
        ids << r.arxivId;
    const QMap<QString, SyncRecord> current = records(&ids);

    // What each paper becomes; the search index sees notes, so the papers whose note changes leave
    // it (with their old text) before the writes and come back after them, in one statement each.
    QList<SyncRecord> wanted;
    QStringList noteChanged;
    for (const SyncRecord &incoming : a.records) {
        const QString &id = incoming.arxivId;
        SyncRecord want = incoming;
        if (changedSince.contains(id) && a.snapshot) {
            const SyncRecord before = a.snapshot->records.value(id, SyncRecord::of(id));
            want = SyncMerge::merge(&before, current.value(id, SyncRecord::of(id)), incoming, a.device, a.device);
        }
        if (want.note.text != current.value(id).note.text)
            noteChanged << id;
        wanted << want;
    }
    const QString notedPapers = QStringLiteral("arxiv_id IN (SELECT value FROM json_each(?))");
    if (!noteChanged.isEmpty() && !m_lib.searchIndex().unindexEntries(notedPapers, {Sql::jsonArray(noteChanged)}))
        failure = tr("cannot update the search index");
    QStringList changed, starChanged;
    bool queueChanged = false;
    for (const SyncRecord &want : std::as_const(wanted)) {
        if (!failure.isEmpty())
            break;
        const QString &id = want.arxivId;
        const SyncRecord now = current.value(id, SyncRecord::of(id));
        if (want == now)
            continue;
        changed << id;
        // Tags.
        if (want.tags != now.tags) {
            run(QStringLiteral("DELETE FROM paper_tags WHERE arxiv_id = ?"), {id});
            for (auto it = want.tags.cbegin(); it != want.tags.cend(); ++it) {
                ensureTag(it.key(), a.tags ? a.tags->value(it.key(), DefaultTagColor) : DefaultTagColor);
                run(QStringLiteral("INSERT INTO paper_tags(arxiv_id, tag_id, added_at) SELECT ?, id, ? FROM tags WHERE name = ? "
                                   "ON CONFLICT DO UPDATE SET added_at = excluded.added_at"),
                    {id, it.value(), it.key()});
            }
        }
        // The note: the search index sees it.
        if (want.note.text != now.note.text) {
            if (want.note.text.isEmpty())
                run(QStringLiteral("DELETE FROM notes WHERE arxiv_id = ?"), {id});
            else
                run(QStringLiteral("INSERT INTO notes(arxiv_id, markdown, updated_at) VALUES (?, ?, ?) ON CONFLICT(arxiv_id) "
                                   "DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at"),
                    {id, want.note.text, want.note.at});
        } else if (!want.note.text.isEmpty() && want.note.at != now.note.at) {
            run(QStringLiteral("UPDATE notes SET updated_at = ? WHERE arxiv_id = ?"), {want.note.at, id});
        }
        if (want.conflict != now.conflict) {
            if (want.conflict.text.isEmpty())
                run(QStringLiteral("DELETE FROM note_conflicts WHERE arxiv_id = ?"), {id});
            else
                run(QStringLiteral("INSERT INTO note_conflicts(arxiv_id, markdown, from_device, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(arxiv_id) "
                                   "DO UPDATE SET markdown = excluded.markdown, from_device = excluded.from_device, updated_at = excluded.updated_at"),
                    {id, want.conflict.text, want.conflict.from, want.conflict.at});
        }
        // Highlights, matched by their anchor.
        if (want.highlights != now.highlights) {
            for (auto it = now.highlights.cbegin(); it != now.highlights.cend(); ++it)
                if (!want.highlights.contains(it.key()))
                    run(QStringLiteral("DELETE FROM highlights WHERE arxiv_id = ? AND section_kind = ? AND prefix = ? AND exact = ? AND suffix = ?"),
                        {id, it->section, it->prefix, it->exact, it->suffix});
            for (const SyncHighlight &h : std::as_const(want.highlights)) {
                const auto old = now.highlights.constFind(h.key());
                if (old == now.highlights.cend())
                    run(QStringLiteral(
                            "INSERT INTO highlights(arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, h.section, h.exact, h.prefix, h.suffix, h.position, h.color.isEmpty() ? QStringLiteral("#ffe066") : h.color, h.comment,
                         h.createdAt, h.updatedAt});
                else if (!(*old == h))
                    run(QStringLiteral("UPDATE highlights SET position = ?, color = ?, comment = ?, created_at = ?, updated_at = ? "
                                       "WHERE arxiv_id = ? AND section_kind = ? AND prefix = ? AND exact = ? AND suffix = ?"),
                        {h.position, h.color, h.comment, h.createdAt, h.updatedAt, id, h.section, h.prefix, h.exact, h.suffix});
            }
        }
        // Star, read, Later.
        const auto flag = [&](const QString &table, const QString &column, const SyncFlag &w, const SyncFlag &n) {
            if (w.on == n.on && (w.at == n.at || !w.on))
                return false;
            if (w.on)
                run(QStringLiteral("INSERT INTO %1(arxiv_id, %2) VALUES (?, ?) ON CONFLICT(arxiv_id) DO UPDATE SET %2 = excluded.%2").arg(table, column),
                    {id, w.at});
            else
                run(QStringLiteral("DELETE FROM %1 WHERE arxiv_id = ?").arg(table), {id});
            return w.on != n.on;
        };
        if (flag(QStringLiteral("stars"), QStringLiteral("starred_at"), want.star, now.star))
            starChanged << id;
        flag(QStringLiteral("read_state"), QStringLiteral("read_at"), want.read, now.read);
        if (want.later.on != now.later.on || (want.later.on && want.later.at != now.later.at)) {
            queueChanged = true;
            if (!want.later.on)
                run(QStringLiteral("DELETE FROM later WHERE arxiv_id = ?"), {id});
            else if (now.later.on)
                run(QStringLiteral("UPDATE later SET added_at = ? WHERE arxiv_id = ?"), {want.later.at, id});
            else // at the end of this machine's queue
                run(QStringLiteral("INSERT INTO later(arxiv_id, position, added_at) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM later), ?)"),
                    {id, want.later.at});
        }
        // Events.
        if (want.events != now.events) {
            for (auto it = now.events.cbegin(); it != now.events.cend(); ++it)
                if (!want.events.contains(it.key()))
                    run(QStringLiteral("DELETE FROM events WHERE arxiv_id = ? AND kind = ? AND at = ?"),
                        {id, it.key().section(u' ', 1), it.key().section(u' ', 0, 0)});
            for (auto it = want.events.cbegin(); it != want.events.cend(); ++it)
                if (!now.events.contains(it.key()))
                    run(QStringLiteral("INSERT INTO events(at, arxiv_id, kind, day) VALUES (?, ?, ?, ?)"),
                        {it.key().section(u' ', 0, 0), id, it.key().section(u' ', 1), it.value()});
        }
        // Tombstones: exactly the merged ones.
        run(QStringLiteral("DELETE FROM tombstones WHERE arxiv_id = ?"), {id});
        const auto tomb = [&](const QString &kind, const QString &key, const QString &at) {
            run(QStringLiteral(
                    "INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET removed_at = excluded.removed_at"),
                {id, kind, key, at});
        };
        for (auto it = want.removedTags.cbegin(); it != want.removedTags.cend(); ++it)
            tomb(QStringLiteral("tag"), it.key(), it.value());
        for (auto it = want.removedHighlights.cbegin(); it != want.removedHighlights.cend(); ++it)
            tomb(QStringLiteral("highlight"), it.key(), it.value());
        for (auto it = want.removedEvents.cbegin(); it != want.removedEvents.cend(); ++it)
            tomb(QStringLiteral("event"), it.key(), it.value());
        if (want.note.text.isEmpty() && !want.note.at.isEmpty())
            tomb(QStringLiteral("note"), QString(), want.note.at);
        if (want.conflict.text.isEmpty() && !want.conflict.at.isEmpty())
            tomb(QStringLiteral("conflict"), QString(), want.conflict.at);
        if (!want.star.on && !want.star.at.isEmpty())
            tomb(QStringLiteral("star"), QString(), want.star.at);
        if (!want.read.on && !want.read.at.isEmpty())
            tomb(QStringLiteral("read"), QString(), want.read.at);
        if (!want.later.on && !want.later.at.isEmpty())
            tomb(QStringLiteral("later"), QString(), want.later.at);
    }
    if (failure.isEmpty() && !noteChanged.isEmpty() && !m_lib.searchIndex().indexEntries(notedPapers, {Sql::jsonArray(noteChanged)}))
        failure = tr("cannot update the search index");
    // Tags the other side removed that no paper uses any more.
    if (a.tags) {
        QStringList keep = a.tags->keys();
        if (run(QStringLiteral("DELETE FROM tags WHERE name NOT IN (SELECT value FROM json_each(?)) "
                               "AND NOT EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.tag_id = tags.id)"),
                {Sql::jsonArray(keep)})
            && affected() > 0)
            tagsChanged = true;
    }
    if (!starChanged.isEmpty() && failure.isEmpty() && !m_lib.muteRules().applyToPapers(starChanged))
        failure = tr("cannot apply the mute rules");
    run(QStringLiteral("DELETE FROM sync_pending WHERE version <= ?"), {a.snapshot ? a.snapshot->version : 0});
    run(QStringLiteral("DELETE FROM sync_quiet"));
    run(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('last_commit', ?), ('last_sync_at', ?), ('last_error', '') "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {a.commit, Sql::now()});
    if (!failure.isEmpty() || !db.commit()) {
        if (failure.isEmpty())
            failure = db.lastError().text();
        const Status failed = writeFailure(failure);
        db.rollback();
        return failed;
    }
    if (changedOut)
        *changedOut = changed;
    if (tagsChangedOut)
        *tagsChangedOut = tagsChanged;
    if (tagsChanged)
        Q_EMIT m_lib.tagsChanged();
    if (!changed.isEmpty())
        Q_EMIT m_lib.papersChanged(
            changed, Change::Tags | Change::Note | Change::Highlights | Change::Starred | Change::Unstarred | Change::Read | Change::Unread | Change::Later);
    if (queueChanged)
        Q_EMIT m_lib.queueChanged();
    if (!changed.isEmpty())
        Q_EMIT m_lib.historyChanged();
    return Status::success();
}

SyncNote SyncState::noteConflict(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT markdown, updated_at, from_device FROM note_conflicts WHERE arxiv_id = ?"));
    if (Sql::exec(q, {arxivId}) && q.next())
        return SyncNote{q.value(0).toString(), t(q.value(1)), q.value(2).toString()};
    return {};
}

Status SyncState::dismissNoteConflict(const QString &arxivId)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM note_conflicts WHERE arxiv_id = ?"));
    if (!Sql::exec(q, {arxivId}))
        return writeFailure(q.lastError().text());
    Q_EMIT m_lib.papersChanged({arxivId}, Change::Note);
    return Status::success();
}

Status SyncState::addLogEntry(const SyncLogEntry &e)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_log(at, ok, written, received, message) VALUES (?, ?, ?, ?, ?)"));
    if (!Sql::exec(
            q, {(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs), e.ok ? 1 : 0, e.written, e.received, e.message})
        || !q.exec(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - 500")))
        return writeFailure(q.lastError().text());
    if (!e.ok)
        return setValue(QStringLiteral("last_error"), e.message);
    return Status::success();
}

QList<SyncLogEntry> SyncState::log(int limit) const
{
    QList<SyncLogEntry> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT at, ok, written, received, message FROM sync_log ORDER BY id DESC LIMIT ?"));
    if (Sql::exec(q, {limit}))
        while (q.next())
            out.prepend(SyncLogEntry{Sql::utcFrom(q.value(0)), q.value(1).toBool(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString()});
    return out;
}

} // namespace Paperboy::Core
