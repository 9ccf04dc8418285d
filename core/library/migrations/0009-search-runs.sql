-- Schema 9: the search index no longer has bigrams that bridge the white space between two
-- Hangul/CJK runs ("모델이 강화" gave ... 이강 ...). They were a quarter of the index's tokens and
-- most of its distinct terms; a search for a joined compound ("강화학습") now also asks for its
-- spaced forms instead (SearchQuery::withSpacings). The index is made again with the new rules
-- ('paperboy 2', see core/search/cjktokenizer.h) from the text it indexes; its settings go with it.

DROP TABLE search_fts;

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, motivation, contributions, method, experiments, results, limitations, future_work, other, note,
    content = 'search_docs', content_rowid = 'id', tokenize = 'paperboy 2'
);

-- As in schemas 2 and 6: titles weigh most, then notes; up to 64 MiB of new terms in memory.
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0)');
INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 67108864);

INSERT INTO search_fts(search_fts) VALUES ('rebuild');
