-- Schema 1: the digest cache and the reader's own data.
-- Cache tables can be rebuilt from sources; user-data tables key on the arXiv id and never on a
-- cache row, so deleting or re-importing a day cannot touch them.

CREATE TABLE days (
    date          TEXT PRIMARY KEY,          -- YYYY-MM-DD
    title         TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',  -- path or URL it was last imported from
    content_hash  TEXT NOT NULL DEFAULT '',  -- sha256 of the source bytes: same hash, no work
    imported_at   TEXT NOT NULL
);

CREATE TABLE papers (
    arxiv_id  TEXT PRIMARY KEY,
    title     TEXT NOT NULL DEFAULT '',
    link      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE entries (
    id        INTEGER PRIMARY KEY,
    day       TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,
    arxiv_id  TEXT NOT NULL REFERENCES papers(arxiv_id),
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    link      TEXT NOT NULL DEFAULT '',
    summary   TEXT NOT NULL DEFAULT '',
    UNIQUE (day, arxiv_id)
);
CREATE INDEX entries_by_paper ON entries(arxiv_id);

CREATE TABLE sections (
    entry_id  INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    number    INTEGER NOT NULL DEFAULT 0,
    title     TEXT NOT NULL DEFAULT '',
    markdown  TEXT NOT NULL DEFAULT '',
    body      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    url       TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'digest'
);

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    content_hash  TEXT NOT NULL DEFAULT '',
    day           TEXT,
    imported_at   TEXT NOT NULL,
    outcome       TEXT NOT NULL,            -- imported | unchanged | rejected
    papers        INTEGER NOT NULL DEFAULT 0,
    diagnostics   TEXT NOT NULL DEFAULT ''  -- one diagnostic a line
);

-- The reader's data.
CREATE TABLE tags (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color  TEXT NOT NULL DEFAULT '#7f8c8d'
);
CREATE TABLE paper_tags (
    arxiv_id  TEXT NOT NULL,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (arxiv_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id);
CREATE TABLE notes (
    arxiv_id    TEXT PRIMARY KEY,
    markdown    TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE highlights (
    id            INTEGER PRIMARY KEY,
    arxiv_id      TEXT NOT NULL,
    section_kind  TEXT NOT NULL DEFAULT '',
    exact         TEXT NOT NULL,
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT -1,
    color         TEXT NOT NULL DEFAULT '#ffe066',
    comment       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX highlights_by_paper ON highlights(arxiv_id);
CREATE TABLE stars (
    arxiv_id    TEXT PRIMARY KEY,
    starred_at  TEXT NOT NULL
);
CREATE TABLE read_state (
    arxiv_id  TEXT PRIMARY KEY,
    read_at   TEXT NOT NULL
);
