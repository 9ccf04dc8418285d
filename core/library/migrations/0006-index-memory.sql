-- Schema 6: the search index keeps up to 64 MiB of new terms in memory before it writes them out as
-- a segment (FTS5's default is 1 MiB), so an import that stores many days in one transaction writes
-- them as one segment instead of one or more a day. Small changes (a note) use no more memory.
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);
