-- Schema 11: the search index reads two more things from the text.
-- * The vocabulary (search_terms) also holds the bigram that ends each Hangul/CJK run ("로봇" of
--   "로봇은 … 로봇."), so that a lone syllable finds the runs it ends ("봇" finds 로봇, where the
--   index has no token starting with 봇).
-- * Punctuation next to a Hangul/CJK run ("(MLLM)의", "**강화**: 학습") is a token of its own, so
--   that a phrase ("MLLM의", "강화 학습") does not match across it.
-- The index is made again from its own text with those rules; the tokenizer reports the run endings
-- as it goes, and the library stores what it reported before this migration commits
-- (Database::migrate). The punctuation token is no word: schemas 7 and 10 copied every term that is
-- not Hangul/CJK from the index into the vocabulary, so it goes from there.

INSERT INTO search_fts(search_fts) VALUES ('rebuild');
DELETE FROM search_terms WHERE unicode(term) < 32;
