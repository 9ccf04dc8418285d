// One SQLite connection to a library file: pragmas, numbered migrations, backups before upgrades.
#pragma once

#include "common/status.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Paperboy::Core {

// Each Database owns its own QtSql connection, so a worker thread makes its own Database on the
// same file (WAL lets readers go on while it writes).
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) and migrates to latestVersion(), or to targetVersion when given
    // (tests use that to build old schemas). Before migrating a non-empty library, a copy is written
    // beside it as "<file>.backup-v<old>".
    Status open(const QString &path, int targetVersion = -1);
    void close();

    static int latestVersion();
    int version() const;
    QString path() const { return m_path; }
    QString lastBackupPath() const { return m_lastBackup; }

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;

    // Runs a script of several statements (migrations, bulk settings).
    Status execScript(const QString &sql);

private:
    Status migrate(int target);

    QString m_connection;
    QString m_path;
    QString m_lastBackup;
    QSqlDatabase m_db;
};

} // namespace Paperboy::Core
