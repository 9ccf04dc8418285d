-- Schema 12: deciding, queuing and remembering (docs/DEVELOPMENT.md, "Triage and memory").
-- Everything new keys on the arXiv id, as the reader's data of schema 1 does, so that re-importing
-- or deleting a day cannot touch it; the two new columns of entries are cache, worked out again at
-- every import.

-- What the reader did, with its time: triage decisions (keep, later, skip), papers marked read,
-- opened in triage. Undoing a decision removes its row. `day` is the day the paper was shown on.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,             -- UTC, ISO 8601 with milliseconds (Sql::now)
    arxiv_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,             -- read | keep | later | skip | open
    day       TEXT NOT NULL DEFAULT ''   -- YYYY-MM-DD, '' when not known
);
CREATE INDEX events_by_time ON events(at);
CREATE INDEX events_by_paper ON events(arxiv_id);
-- What was read before this schema counts as read when it was.
INSERT INTO events(at, arxiv_id, kind) SELECT read_at, arxiv_id, 'read' FROM read_state ORDER BY read_at;

-- The reading queue ("Later"), in the reader's order.
CREATE TABLE later (
    arxiv_id  TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    added_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX later_by_position ON later(position);

-- Saved searches (the search field's syntax, SearchQuery), in the sidebar's order.
CREATE TABLE smart_lists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query       TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

-- Words or phrases whose papers are hidden at import unless starred.
CREATE TABLE mute_rules (
    id          INTEGER PRIMARY KEY,
    phrase      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  TEXT NOT NULL
);

-- Worked out at import (cache): a mute rule matched the entry; the paper was listed on an earlier
-- day (1: with the same summary, 2: with another summary, "updated").
ALTER TABLE entries ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entries ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;

-- The papers a library of an earlier schema lists on several days: each later listing against the
-- shown summary of the day before it that lists the paper (as PaperMemory works it out at import).
UPDATE entries SET seen = coalesce((SELECT CASE WHEN p.summary = entries.summary THEN 1 ELSE 2 END FROM entries p
                                    WHERE p.arxiv_id = entries.arxiv_id AND p.shown AND p.day < entries.day
                                    ORDER BY p.day DESC LIMIT 1), 0)
WHERE EXISTS (SELECT 1 FROM entries p WHERE p.arxiv_id = entries.arxiv_id AND p.day < entries.day);
-- The muted entries, for a rule's removal (which unmutes some of them) without reading every entry.
CREATE INDEX entries_muted ON entries(id) WHERE muted;
