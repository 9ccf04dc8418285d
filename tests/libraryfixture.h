// Libraries for the tests that need several days of the corpus or an older schema.
#pragma once

#include "digest/digestparser.h"
#include "library/library.h"
#include "testcorpus.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace LibraryFixture {

// The corpus day as days 2025-04-02, 2025-04-03, ... in dir: the paths, or fewer on failure.
inline QStringList dayCopies(const QTemporaryDir &dir, int days)
{
    const QByteArray digest = TestCorpus::dayBytes();
    if (digest.isEmpty())
        return {};
    QStringList files;
    for (int i = 1; i <= days; ++i) {
        QByteArray copy = digest;
        const QString date = QDate(2025, 4, 1).addDays(i).toString(Qt::ISODate);
        copy.replace("2025-05-24", date.toUtf8());
        QFile f(dir.filePath(date + QStringLiteral(".md")));
        if (!f.open(QIODevice::WriteOnly) || f.write(copy) != copy.size())
            return files;
        files << f.fileName();
    }
    return files;
}

// Schema 9 undone: the search index as schemas 2 and 6 made it, with bigrams across white space.
inline QString undoSchema9()
{
    return QStringLiteral("DROP TABLE search_fts;"
                          "CREATE VIRTUAL TABLE search_fts USING fts5(title, motivation, contributions, method, experiments, results, limitations, "
                          "  future_work, other, note, content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy');"
                          "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0)');"
                          "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);"
                          "INSERT INTO search_fts(search_fts) VALUES ('rebuild');");
}

// Schema 13 undone: no sync bookkeeping, tombstones or change triggers, no times on paper tags and highlight edits.
inline QString undoSchema13()
{
    return QStringLiteral("DROP TRIGGER sync_paper_tags_added; DROP TRIGGER sync_paper_tags_removed; "
                          "DROP TRIGGER sync_tag_deleted; DROP TRIGGER sync_tag_renamed; DROP TRIGGER sync_tag_added; "
                          "DROP TRIGGER sync_tag_recoloured; DROP TRIGGER sync_note_added; DROP TRIGGER sync_note_changed; "
                          "DROP TRIGGER sync_note_removed; DROP TRIGGER sync_note_conflict_added; "
                          "DROP TRIGGER sync_note_conflict_removed; DROP TRIGGER sync_highlight_added; "
                          "DROP TRIGGER sync_highlight_changed; DROP TRIGGER sync_highlight_removed; "
                          "DROP TRIGGER sync_star_set; DROP TRIGGER sync_star_cleared; DROP TRIGGER sync_read_set; "
                          "DROP TRIGGER sync_read_cleared; DROP TRIGGER sync_later_set; DROP TRIGGER sync_later_cleared; "
                          "DROP TRIGGER sync_later_moved; DROP TRIGGER sync_event_added; DROP TRIGGER sync_event_removed; "
                          "DROP TABLE tombstones; DROP TABLE sync_pending; DROP TABLE sync_state; DROP TABLE sync_log; DROP TABLE note_conflicts;"
                          "DROP TABLE sync_quiet;"
                          "ALTER TABLE paper_tags DROP COLUMN added_at; ALTER TABLE highlights DROP COLUMN updated_at; PRAGMA user_version = 12;");
}

// Schema 12 undone (schema 13 first): no events, queue, smart lists or mute rules, no muted and seen flags.
inline QString undoSchema12()
{
    return undoSchema13()
        + QStringLiteral("DROP TABLE events; DROP TABLE later; DROP TABLE smart_lists; DROP TABLE mute_rules; DROP INDEX entries_muted;"
                         "ALTER TABLE entries DROP COLUMN muted; ALTER TABLE entries DROP COLUMN seen; PRAGMA user_version = 11;");
}

// Schema 10 undone (schema 12 first): one digest a day, entries keyed by (day, arxiv_id), no publishers, the index
// without the authors column. Foreign keys are off while entries is made again.
inline QString undoSchema10()
{
    return undoSchema12()
        + QStringLiteral(
        "PRAGMA foreign_keys=OFF; BEGIN;"
        "DROP VIEW search_docs; DROP TABLE search_fts;"
        "CREATE TABLE entries_v9 (id INTEGER PRIMARY KEY, day TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,"
        "  arxiv_id TEXT NOT NULL REFERENCES papers(arxiv_id), position INTEGER NOT NULL, title TEXT NOT NULL DEFAULT '',"
        "  link TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', UNIQUE (day, arxiv_id));"
        "INSERT INTO entries_v9 SELECT id, day, arxiv_id, position, title, link, summary FROM entries;"
        "DROP TABLE entries; ALTER TABLE entries_v9 RENAME TO entries; CREATE INDEX entries_by_paper ON entries(arxiv_id);"
        "DROP TABLE digests; DROP TABLE publishers; ALTER TABLE highlights DROP COLUMN publisher_id;"
        "CREATE VIEW search_docs AS SELECT e.id AS id, e.title AS title,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'motivation' ORDER BY ordinal)) AS motivation,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'contributions' ORDER BY ordinal)) AS "
        "contributions,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'method' ORDER BY ordinal)) AS method,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'experiments' ORDER BY ordinal)) AS "
        "experiments,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'results' ORDER BY ordinal)) AS results,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'limitations' ORDER BY ordinal)) AS "
        "limitations,"
        "  (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'future_work' ORDER BY ordinal)) AS "
        "future_work,"
        "  CASE WHEN EXISTS (SELECT 1 FROM sections WHERE entry_id = e.id)"
        "       THEN (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'other' ORDER BY ordinal))"
        "       ELSE e.summary END AS other,"
        "  (SELECT markdown FROM notes WHERE arxiv_id = e.arxiv_id) AS note FROM entries e;"
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, motivation, contributions, method, experiments, results, limitations, "
        "  future_work, other, note, content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy 2');"
        "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0)');"
        "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);"
        "INSERT INTO search_fts(search_fts) VALUES ('rebuild');"
        "PRAGMA user_version = 9; COMMIT; PRAGMA foreign_keys=ON;");
}

// One day from two publishers, into lib: the corpus day from a folder in dir, and a log on the web
// ("Logs") that lists the third and the first paper (the first in its own words). False on failure.
inline bool importTwoPublishers(Paperboy::Core::Library &lib, const QTemporaryDir &dir)
{
    using Paperboy::Core::DigestParser;
    using Outcome = Paperboy::Core::ImportResult::Outcome;
    const QByteArray corpus = TestCorpus::dayBytes();
    const QByteArray other = TestCorpus::otherPublishersDay();
    const QString fileA = dir.filePath(QStringLiteral("folder/2025-05-24.md"));
    const QString urlB = QStringLiteral("https://logs.example.org/paper_logs/2025/05/24.md");
    return lib.importer().importDigest(DigestParser::parse(corpus, fileA), fileA, corpus).outcome == Outcome::Imported
        && lib.importer().importDigest(DigestParser::parse(other, QStringLiteral("24.md")), urlB, other, QStringLiteral("Logs")).outcome == Outcome::Imported;
}

} // namespace LibraryFixture
