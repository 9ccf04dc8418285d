-- Schema 8: a section's Markdown is a slice of its entry's summary, so new sections store where
-- it starts and how long it is (UTF-16 code units, as Qt counts them) instead of a second copy of
-- the text (about a fifth of the library). Sections stored before keep their copy in markdown
-- (markdown_from NULL) until their day is imported again.
ALTER TABLE sections ADD COLUMN markdown_from INTEGER;
ALTER TABLE sections ADD COLUMN markdown_length INTEGER;
