-- Schema 7: the words of the search index (every token that is not a Hangul/CJK bigram), so that a
-- prefix search ("diffus*") names the words it means and FTS5 reads their lists lazily, newest
-- first, instead of merging the whole list of every word with that prefix before the first row.
-- The tokenizer reports the words it indexes (CjkTokenizer::takeNewWords) and the library adds them
-- in the same transaction; words are never taken out (one that no longer occurs matches nothing).
CREATE TABLE search_terms (
    term  TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The words already indexed, from FTS5's own vocabulary (one pass over the index).
CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, row);
INSERT INTO search_terms(term)
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
