// Opening a library: connection setup, migrations and their backups.
#include "database.h"

#include "search/cjktokenizer.h"
#include "search/rankfunction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Paperboy::Core {

namespace {

QAtomicInt connectionCounter;

// Migration N is the resource :/paperboy/sql/NNNN-*.sql; it brings schema N-1 to N.
QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/paperboy/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto &f : files)
        f.prepend(QStringLiteral(":/paperboy/sql/"));
    return files;
}

} // namespace

Database::Database()
    : m_connection(QStringLiteral("paperboy-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

int Database::latestVersion()
{
    return int(migrationFiles().size());
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

int Database::version() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::execScript(const QString &sql)
{
    sqlite3 *h = handle();
    if (!h)
        return Status::failure(QCoreApplication::translate("Database", "the database is not open"));
    char *err = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown SQLite error");
        sqlite3_free(err);
        return Status::failure(msg);
    }
    return Status::success();
}

Status Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir))
        return Status::failure(QCoreApplication::translate("Database", "cannot create the folder %1").arg(dir));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Status::failure(QCoreApplication::translate("Database", "cannot open %1: %2").arg(path, m_db.lastError().text()));
    // A file that is not a database fails on its first read, not at open.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return Status::failure(QCoreApplication::translate("Database", "%1 is not a Paperboy library (%2)").arg(path, probe.lastError().databaseText()));
    probe.finish();
    if (Status s = CjkTokenizer::registerWith(handle()); !s)
        return s;
    if (Status s = RankFunction::registerWith(handle()); !s)
        return s;
    if (Status s = execScript(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                             "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"));
        !s)
        return s;
    return migrate(targetVersion < 0 ? latestVersion() : targetVersion);
}

Status Database::migrate(int target)
{
    const int current = version();
    if (current < 0)
        return Status::failure(QCoreApplication::translate("Database", "cannot read the schema version of %1").arg(m_path));
    if (current > latestVersion())
        return Status::failure(QCoreApplication::translate("Database", "%1 was written by a newer Paperboy (schema %2; this version knows %3)")
                                   .arg(m_path).arg(current).arg(latestVersion()));
    if (current >= target)
        return Status::success();
    if (current > 0 && m_path != QLatin1StringView(":memory:")) {
        // User data cannot be rebuilt: keep a consistent copy of the old schema before touching it.
        m_lastBackup = m_path + QStringLiteral(".backup-v%1").arg(current);
        QFile::remove(m_lastBackup);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(m_lastBackup);
        if (!q.exec())
            return Status::failure(QCoreApplication::translate("Database", "cannot back up %1 before upgrading it: %2")
                                       .arg(m_path, q.lastError().databaseText()));
    }
    const QStringList files = migrationFiles();
    for (int v = current + 1; v <= target; ++v) {
        QFile f(files.at(v - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QCoreApplication::translate("Database", "missing migration %1").arg(v));
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version=%2;\nCOMMIT;")
                                   .arg(QString::fromUtf8(f.readAll()))
                                   .arg(v);
        if (Status s = execScript(script); !s) {
            execScript(QStringLiteral("ROLLBACK;"));
            return Status::failure(QCoreApplication::translate("Database", "upgrading %1 to schema %2 failed: %3").arg(m_path).arg(v).arg(s.message()));
        }
    }
    return Status::success();
}

} // namespace Paperboy::Core
