#include "library/store.h"

#include "library/database.h"
#include "library/library.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Paperboy::Core {

Status Store::checkWritable()
{
    if (!m_db.isReadOnly())
        return Status::success();
    const QString message = tr("Not saved: the library is open read-only (%1).").arg(m_db.readOnlyReason());
    Q_EMIT m_lib.writeFailed(message);
    return Status::failure(message);
}

Status Store::beginWrite()
{
    if (Status w = checkWritable(); !w)
        return w;
    // IMMEDIATE takes the write lock first, waiting out another writer (busy timeout). A deferred
    // transaction whose first statement reads (the search index's delete does) would instead fail
    // at once when another connection wrote since: SQLite does not wait while holding a read lock.
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return writeFailure(q.lastError().text());
    return Status::success();
}

Status Store::writeFailure(const QString &sqliteMessage)
{
    QString message;
    const int code = sqlite3_errcode(m_db.handle()) & 0xff;
    // A rollback after the failure may have reset the code; SQLite's words still tell.
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || sqliteMessage.contains(QLatin1StringView("database is locked")))
        message = tr("Not saved: another program is writing to the library and did not finish within 5 seconds. Try again when it is done.");
    else if (code == SQLITE_FULL || sqliteMessage.contains(QLatin1StringView("database or disk is full")))
        message = tr("Not saved: the disk that holds the library is full.");
    else if (code == SQLITE_READONLY)
        message = tr("Not saved: the library cannot be written (%1).").arg(sqliteMessage);
    else
        message = tr("Not saved: %1").arg(sqliteMessage.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db.handle())) : sqliteMessage);
    Q_EMIT m_lib.writeFailed(message);
    return Status::failure(message);
}

} // namespace Paperboy::Core
