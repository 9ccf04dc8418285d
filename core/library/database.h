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

    // How much open() checks the file before trusting it. Header costs about a millisecond; Quick adds
    // PRAGMA quick_check, which reads every page (1.1 s for a 300-day, 306 MB library, docs/RECOVERY.md):
    // the app runs it only after an exit that left a -wal file, recovery always.
    enum class Check { Header, Quick };

    // Opens (creating when missing) and migrates to latestVersion(), or to targetVersion when given
    // (tests use that to build old schemas). Before migrating a non-empty library, a copy is written
    // beside it as "<file>.backup-v<old>".
    // A file this process may not write (read-only file, folder or file system) is opened read-only:
    // open() succeeds and isReadOnly() says why. A damaged file (bad header, truncated, SQLite reports
    // corruption) fails with isDamaged() set, so the caller can offer LibraryRecovery.
    Status open(const QString &path, int targetVersion = -1, Check check = Check::Header);
    void close();

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isDamaged() const { return m_damaged; }
    // Another connection held a write transaction when this one opened (reads go on; writes wait).
    bool wasLockedAtOpen() const { return m_lockedAtOpen; }

    // The header of a database file, read without SQLite: "" when it looks whole, else what is wrong
    // (not an SQLite file, page size invalid, shorter than its header says).
    static QString headerProblem(const QString &path);

    // The page size of a library made by open(); an existing file keeps its own.
    static constexpr int NewPageSize = 16384;

    static int latestVersion();
    int version() const;
    // The schema version in a file's header, read without SQLite and without writing: -1 when the
    // file is missing or is not an SQLite database. A change still in the WAL is not seen.
    static int fileVersion(const QString &path);
    QString path() const { return m_path; }
    QString lastBackupPath() const { return m_lastBackup; }

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;

    // WAL checkpoints. The connection that commits normally copies the WAL into the file once it
    // holds 1,000 pages (SQLite's default); setAutoCheckpoint(false) leaves that to checkpoint().
    // Passive copies what is committed without waiting for or blocking writers, and may run on
    // another connection. Truncate also empties the WAL file when no other connection is reading
    // or writing it, without waiting for them; otherwise it is a passive one. walFrames, when
    // given, gets the number of frames in the WAL. False when SQLite refused, or was busy.
    enum class Checkpoint { Passive, Truncate };
    bool setAutoCheckpoint(bool on);
    bool checkpoint(Checkpoint mode = Checkpoint::Passive, int *walFrames = nullptr);

    // Runs a script of several statements (migrations, bulk settings).
    Status execScript(const QString &sql);

private:
    Status migrate(int target);
    Status storeReportedWords();
    Status openConnection(const QString &path, bool readOnly, bool immutable);
    Status damaged(const QString &message);

    bool m_damaged = false;
    bool m_lockedAtOpen = false;
    QString m_readOnlyReason;

    QString m_connection;
    QString m_path;
    QString m_lastBackup;
    QSqlDatabase m_db;
};

} // namespace Paperboy::Core
