-- Schema 2: full-text search over titles, sections and notes.
-- One row per digest entry; a column per canonical section kind, so "only in results" is FTS5's own
-- column filter ({results} : ...). The index reads its text from the view below (external content),
-- so nothing is stored twice. The "paperboy" tokenizer (core/search/cjktokenizer.cpp) must be
-- registered on the connection before this runs.

CREATE VIEW search_docs AS
SELECT
    e.id AS id,
    e.title AS title,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'motivation' ORDER BY ordinal)) AS motivation,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'contributions' ORDER BY ordinal)) AS contributions,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'method' ORDER BY ordinal)) AS method,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'experiments' ORDER BY ordinal)) AS experiments,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'results' ORDER BY ordinal)) AS results,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'limitations' ORDER BY ordinal)) AS limitations,
    (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'future_work' ORDER BY ordinal)) AS future_work,
    CASE WHEN EXISTS (SELECT 1 FROM sections WHERE entry_id = e.id)
         THEN (SELECT group_concat(body, char(10)) FROM (SELECT body FROM sections WHERE entry_id = e.id AND kind = 'other' ORDER BY ordinal))
         ELSE e.summary END AS other,
    (SELECT markdown FROM notes WHERE arxiv_id = e.arxiv_id) AS note
FROM entries e;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, motivation, contributions, method, experiments, results, limitations, future_work, other, note,
    content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy'
);

INSERT INTO search_fts(rowid, title, motivation, contributions, method, experiments, results, limitations, future_work, other, note)
SELECT id, title, motivation, contributions, method, experiments, results, limitations, future_work, other, note FROM search_docs;

-- Titles weigh most, then notes, then the summary's sections.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0)');
