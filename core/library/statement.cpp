// Statement: thin RAII over sqlite3_stmt.
#include "statement.h"

#include <sqlite3.h>

namespace Paperboy::Core {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bindTerminatedUtf8(int index, const QByteArray &utf8)
{
    Q_ASSERT(!utf8.contains('\0'));
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), -1, SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

QString Statement::errorMessage() const
{
    return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database");
}

} // namespace Paperboy::Core
