-- Schema 10: a day holds several digests, one per publisher (docs/DEVELOPMENT.md, "Publishers").
-- A publisher is the place digests come from: a folder, or a web address, without the date folders
-- of a log kept as YYYY/MM/DD.md (paperboy_publisher(source, 'key'), the same function the importer
-- uses). Entries belong to a digest; the day lists each paper once, from the preferred publisher's
-- summary (entries.shown), in the order of the first publisher that lists it (day_position).
-- The digests' own author lists become searchable (a column of the index), so the index is made
-- again. Existing days become one digest each, of their folder's publisher; their entries keep
-- their ids (slot 0).

CREATE TABLE publishers (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,       -- the place: a folder or a URL without date folders
    name  TEXT NOT NULL,              -- shown: a network source's name, else the folder's name
    rank  INTEGER NOT NULL DEFAULT 0  -- the reader's preference: lower first, then id
);

CREATE TABLE digests (
    id            INTEGER PRIMARY KEY,
    day           TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
    publisher_id  INTEGER NOT NULL REFERENCES publishers(id),
    slot          INTEGER NOT NULL,   -- its entries' ids are day * 10000 + slot * 1000 + position
    layout        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    content_hash  TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL,
    UNIQUE (day, publisher_id),
    UNIQUE (day, slot)
);
CREATE INDEX digests_by_content_hash ON digests(content_hash);
CREATE INDEX digests_by_publisher ON digests(publisher_id);

INSERT INTO publishers(key, name)
SELECT paperboy_publisher(source, 'key'), min(paperboy_publisher(source, 'name')) FROM days
GROUP BY 1 ORDER BY min(date);

INSERT INTO digests(day, publisher_id, slot, layout, title, source, content_hash, imported_at)
SELECT d.date, p.id, 0, 'hf-daily', d.title, d.source, d.content_hash, d.imported_at
FROM days d JOIN publishers p ON p.key = paperboy_publisher(d.source, 'key');

-- entries gains its digest and loses UNIQUE (day, arxiv_id): rebuilt, with the view that reads it.
DROP VIEW search_docs;
DROP TABLE search_fts;

CREATE TABLE entries_v10 (
    id            INTEGER PRIMARY KEY,
    digest_id     INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
    day           TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
    arxiv_id      TEXT NOT NULL REFERENCES papers(arxiv_id),
    position      INTEGER NOT NULL,             -- in its digest
    title         TEXT NOT NULL DEFAULT '',
    link          TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    authors       TEXT NOT NULL DEFAULT '',     -- JSON array the digest names, '' when it names none
    votes         INTEGER,                      -- NULL when the digest does not say
    shown         INTEGER NOT NULL DEFAULT 1,   -- the summary the day shows for the paper
    day_position  INTEGER NOT NULL,             -- the paper's place in the day's list
    UNIQUE (digest_id, arxiv_id)
);
INSERT INTO entries_v10(id, digest_id, day, arxiv_id, position, title, link, summary, day_position)
SELECT e.id, g.id, e.day, e.arxiv_id, e.position, e.title, e.link, e.summary, e.position
FROM entries e JOIN digests g ON g.day = e.day;
DROP TABLE entries;
ALTER TABLE entries_v10 RENAME TO entries;
CREATE INDEX entries_by_paper ON entries(arxiv_id);
CREATE INDEX entries_by_day ON entries(day, day_position);

-- A highlight belongs to the summary it was made in: its publisher's (NULL: any summary).
ALTER TABLE highlights ADD COLUMN publisher_id INTEGER;
UPDATE highlights SET publisher_id = (SELECT g.publisher_id FROM entries e JOIN digests g ON g.id = e.digest_id
                                      WHERE e.arxiv_id = highlights.arxiv_id ORDER BY e.day DESC LIMIT 1);

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
    (SELECT markdown FROM notes WHERE arxiv_id = e.arxiv_id) AS note,
    nullif(e.authors, '') AS authors
FROM entries e;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, motivation, contributions, method, experiments, results, limitations, future_work, other, note, authors,
    content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy 2'
);

INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0)');
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);

INSERT INTO search_fts(search_fts) VALUES ('rebuild');

-- The words the new column brought (authors' names) join the vocabulary (as schema 7 made it).
CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, row);
INSERT OR IGNORE INTO search_terms(term)
SELECT term FROM temp.search_vocab
WHERE NOT (unicode(term) BETWEEN 44032 AND 55203      -- Hangul syllables
        OR unicode(term) BETWEEN 4352 AND 4607        -- Hangul Jamo
        OR unicode(term) BETWEEN 12592 AND 12687      -- Hangul compatibility Jamo
        OR unicode(term) BETWEEN 12352 AND 12543      -- Hiragana, Katakana
        OR unicode(term) BETWEEN 13312 AND 19903      -- CJK extension A
        OR unicode(term) BETWEEN 19968 AND 40959      -- CJK unified ideographs
        OR unicode(term) BETWEEN 63744 AND 64255      -- CJK compatibility ideographs
        OR unicode(term) BETWEEN 131072 AND 195103);  -- CJK extensions B..
DROP TABLE temp.search_vocab;
