// A prepared SQLite statement on a connection's raw handle, binding text as UTF-8.
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Paperboy::Core {

// The import's bulk inserts only (DigestImporter::importDigest, SearchIndex::indexDigest): through QtSql
// they take 46-71 % longer (docs/PERFORMANCE.md, "One SQL API?"). Everything else goes through QtSql.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Parameters are 1-based, as in SQLite. A null QString binds as '' (text columns are NOT NULL).
    Statement &bind(int index, const QString &text);
    // UTF-8 that stays alive and unchanged until exec() returns: bound without a copy.
    Statement &bindUtf8(int index, const QByteArray &utf8);
    // The same for text without NUL bytes (QByteArray keeps one after its end): bound as a
    // NUL-terminated string, SQLite hands it on as it is (to the search index's tokenizer, say)
    // instead of copying it first to terminate it.
    Statement &bindTerminatedUtf8(int index, const QByteArray &utf8);
    Statement &bind(int index, qint64 value);
    Statement &bindNull(int index);
    // Runs the statement to completion, then resets it for the next row; false on error.
    bool exec();
    QString errorMessage() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Paperboy::Core
