-- Schema 5: network sources, HTTP validators for conditional GETs, and Hugging Face paper metadata.
-- Tokens are never stored here: a source only says which kind of credential it uses, the secret
-- itself lives in the system keychain (core/network/secretstore.h, docs/NETWORK.md).

-- The sources table of schema 1 (id, name, url, kind) gains what a refresh needs.
-- kind: 'digest' (url is a template with {date} or an index page listing YYYY-MM-DD*.md files)
--       'hf'     (url is the base of the Hugging Face API, e.g. https://huggingface.co)
ALTER TABLE sources ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN last_refresh TEXT;                   -- UTC, ISO 8601; NULL = never
ALTER TABLE sources ADD COLUMN auth TEXT NOT NULL DEFAULT 'none';   -- none | bearer | basic
ALTER TABLE sources ADD COLUMN username TEXT NOT NULL DEFAULT '';   -- for basic auth

-- Validators of the last successful fetch of a URL: the next request is conditional and an
-- unchanged document costs one 304. Written only after what was fetched is stored.
CREATE TABLE http_cache (
    url            TEXT PRIMARY KEY,
    etag           TEXT NOT NULL DEFAULT '',
    last_modified  TEXT NOT NULL DEFAULT '',
    fetched_at     TEXT NOT NULL
);

-- What Hugging Face says about a paper (cache: it can be fetched again).
CREATE TABLE paper_meta (
    arxiv_id      TEXT PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    authors       TEXT NOT NULL DEFAULT '[]',  -- JSON array of names, in the paper's order
    abstract      TEXT NOT NULL DEFAULT '',
    ai_summary    TEXT NOT NULL DEFAULT '',
    ai_keywords   TEXT NOT NULL DEFAULT '[]',  -- JSON array
    upvotes       INTEGER NOT NULL DEFAULT 0,
    comments      INTEGER NOT NULL DEFAULT 0,
    github        TEXT NOT NULL DEFAULT '',
    published_at  TEXT NOT NULL DEFAULT '',
    fetched_at    TEXT NOT NULL
);

-- The papers a daily-papers list named for a day, in its order. A listed paper that no digest lists
-- (no row in entries) is a "metadata-only" paper: the reader shows it with its English abstract,
-- marked "no digest". Digest tables (days, entries, papers) are never written from here.
CREATE TABLE paper_listings (
    day       TEXT NOT NULL,     -- YYYY-MM-DD
    arxiv_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (day, arxiv_id)
) WITHOUT ROWID;
CREATE INDEX paper_listings_by_paper ON paper_listings(arxiv_id);
