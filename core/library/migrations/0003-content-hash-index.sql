-- Schema 3: an unchanged file is recognised by its content hash before it is parsed.
CREATE INDEX days_by_content_hash ON days(content_hash);
