-- Schema 4: papers marked for comparison, and saved comparisons (reader's data, keyed on arXiv ids).
CREATE TABLE compare_marks (
    arxiv_id  TEXT PRIMARY KEY,
    marked_at TEXT NOT NULL
);
CREATE TABLE comparisons (
    name      TEXT PRIMARY KEY,
    papers    TEXT NOT NULL,   -- arXiv ids, comma-separated, in column order
    sections  TEXT NOT NULL,   -- canonical kinds shown, comma-separated; '' = all
    saved_at  TEXT NOT NULL
);
