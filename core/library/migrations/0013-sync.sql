-- Schema 13: sync between machines through git (docs/SYNC.md). The sync merges field by field, so
-- it needs to know when each piece of the reader's data was added and when it was removed: a time on
-- paper tags and on highlight edits, and a tombstone for every removal. Triggers record them (and
-- which papers changed since the last sync), so every path that changes the reader's data, the
-- window's, the command line's, import-notes' or a cascade's, is counted the same way. While the sync
-- itself applies merged data it puts a row into sync_quiet (inside its transaction) and writes the
-- times and tombstones itself.

-- A removal: a tag of a paper (key: the tag's name), a highlight (key: section, prefix, exact and
-- suffix joined by U+001F), the note, the note's conflict copy, the star, the read mark, Later
-- (key ''), an event (key: "at kind").
CREATE TABLE tombstones (
    arxiv_id    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL DEFAULT '',
    removed_at  TEXT NOT NULL,
    PRIMARY KEY (arxiv_id, kind, key)
) WITHOUT ROWID;

-- The papers changed since they were last written to the sync repository ('' stands for the tags'
-- colours), with the change counter's value of their last change.
CREATE TABLE sync_pending (
    arxiv_id  TEXT PRIMARY KEY,
    version   INTEGER NOT NULL
) WITHOUT ROWID;

-- The sync's bookkeeping: version (the change counter), dir, remote, device, last_commit,
-- last_sync_at, last_error.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;
INSERT INTO sync_state(key, value) VALUES ('version', 0);

-- What each sync did, newest last (the window's Sync log).
CREATE TABLE sync_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    ok        INTEGER NOT NULL,
    written   INTEGER NOT NULL DEFAULT 0,
    received  INTEGER NOT NULL DEFAULT 0,
    message   TEXT NOT NULL DEFAULT ''
);

-- Holds a row only inside the sync's own transaction: the triggers below stay silent then.
CREATE TABLE sync_quiet (
    quiet  INTEGER
);

-- A note edited on two machines since their last sync: the one that lost, kept beside the note.
CREATE TABLE note_conflicts (
    arxiv_id     TEXT PRIMARY KEY,
    markdown     TEXT NOT NULL,
    from_device  TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

ALTER TABLE paper_tags ADD COLUMN added_at TEXT NOT NULL DEFAULT '';  -- '' before schema 13: older than any change
ALTER TABLE highlights ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''; -- the last change of colour or comment

CREATE TRIGGER sync_paper_tags_added AFTER INSERT ON paper_tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE paper_tags SET added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE arxiv_id = new.arxiv_id AND tag_id = new.tag_id AND added_at = '';
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'tag' AND key IN (SELECT name FROM tags WHERE id = new.tag_id);
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_paper_tags_removed AFTER DELETE ON paper_tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) SELECT old.arxiv_id, 'tag', name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM tags WHERE id = old.tag_id
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_tag_deleted BEFORE DELETE ON tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) SELECT arxiv_id, 'tag', old.name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM paper_tags WHERE tag_id = old.id
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) SELECT arxiv_id, (SELECT value FROM sync_state WHERE key = 'version') FROM paper_tags WHERE tag_id = old.id
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES ('', (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_tag_renamed AFTER UPDATE OF name ON tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) SELECT arxiv_id, 'tag', old.name, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM paper_tags WHERE tag_id = new.id
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    DELETE FROM tombstones WHERE kind = 'tag' AND key = new.name AND arxiv_id IN (SELECT arxiv_id FROM paper_tags WHERE tag_id = new.id);
    UPDATE paper_tags SET added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE tag_id = new.id;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) SELECT arxiv_id, (SELECT value FROM sync_state WHERE key = 'version') FROM paper_tags WHERE tag_id = new.id
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES ('', (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_tag_added AFTER INSERT ON tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES ('', (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_tag_recoloured AFTER UPDATE OF color ON tags WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES ('', (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_note_added AFTER INSERT ON notes WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'note' AND key = '';
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_note_changed AFTER UPDATE ON notes WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_note_removed AFTER DELETE ON notes WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'note', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_note_conflict_added AFTER INSERT ON note_conflicts WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'conflict' AND key = '';
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_note_conflict_removed AFTER DELETE ON note_conflicts WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'conflict', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_highlight_added AFTER INSERT ON highlights WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'highlight' AND key = new.section_kind || char(31) || new.prefix || char(31) || new.exact || char(31) || new.suffix;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_highlight_changed AFTER UPDATE OF color, comment ON highlights WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE highlights SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.id;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_highlight_removed AFTER DELETE ON highlights WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'highlight', old.section_kind || char(31) || old.prefix || char(31) || old.exact || char(31) || old.suffix, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_star_set AFTER INSERT ON stars WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'star' AND key = '';
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_star_cleared AFTER DELETE ON stars WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'star', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_read_set AFTER INSERT ON read_state WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'read' AND key = '';
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_read_cleared AFTER DELETE ON read_state WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'read', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_later_set AFTER INSERT ON later WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'later' AND key = '';
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_later_cleared AFTER DELETE ON later WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'later', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_later_moved AFTER UPDATE ON later WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_event_added AFTER INSERT ON events WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    DELETE FROM tombstones WHERE arxiv_id = new.arxiv_id AND kind = 'event' AND key = new.at || ' ' || new.kind;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (new.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER sync_event_removed AFTER DELETE ON events WHEN NOT EXISTS (SELECT 1 FROM sync_quiet) BEGIN
    INSERT INTO tombstones(arxiv_id, kind, key, removed_at) VALUES (old.arxiv_id, 'event', old.at || ' ' || old.kind, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ON CONFLICT(arxiv_id, kind, key) DO UPDATE SET removed_at = excluded.removed_at;
    UPDATE sync_state SET value = value + 1 WHERE key = 'version';
    INSERT INTO sync_pending(arxiv_id, version) VALUES (old.arxiv_id, (SELECT value FROM sync_state WHERE key = 'version'))
        ON CONFLICT(arxiv_id) DO UPDATE SET version = excluded.version;
END;
