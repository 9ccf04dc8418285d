// Opening a library: connection setup, migrations and their backups.
#include "database.h"

#include "search/cjktokenizer.h"
#include "search/rankfunction.h"

#include "library/publishers.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace Paperboy::Core {

namespace {

QAtomicInt connectionCounter;

// How long a statement waits for another connection's lock before it gives up (SQLITE_BUSY).
constexpr int BusyTimeoutMs = 5000;

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
    if (!QSqlDatabase::contains(m_connection) && !m_db.isValid())
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

int Database::fileVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    const auto *b = reinterpret_cast<const unsigned char *>(header.constData()) + 60; // user_version, big-endian
    return int((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]));
}

bool Database::setAutoCheckpoint(bool on)
{
    sqlite3 *h = handle();
    return h && sqlite3_wal_autocheckpoint(h, on ? 1000 : 0) == SQLITE_OK;
}

bool Database::checkpoint(Checkpoint mode, int *walFrames)
{
    sqlite3 *h = handle();
    if (!h)
        return false;
    int frames = 0;
    // A truncating checkpoint would wait (the busy timeout) for other connections' readers and
    // writers, and hold new writers back meanwhile: it does not wait at all, and does what a
    // passive one does when it cannot empty the WAL.
    if (mode == Checkpoint::Truncate)
        sqlite3_busy_timeout(h, 0);
    const bool ok
        = sqlite3_wal_checkpoint_v2(h, nullptr, mode == Checkpoint::Truncate ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE, &frames, nullptr)
        == SQLITE_OK;
    if (mode == Checkpoint::Truncate)
        sqlite3_busy_timeout(h, BusyTimeoutMs);
    if (walFrames)
        *walFrames = std::max(frames, 0);
    return ok;
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

namespace {

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8) | quint32(uchar(b[at + 3]));
}

// SQLite's primary result codes that mean the file itself is bad.
bool isDamageCode(int code)
{
    code &= 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

// Less room than SQLite needs for a WAL index and the first pages of a log.
bool diskIsFull(const QString &dir)
{
    const QStorageInfo storage(dir);
    return storage.isValid() && storage.bytesAvailable() < 256 * 1024;
}

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

QString Database::headerProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {}; // missing or unreadable: opening says so
    const qint64 size = f.size();
    if (size == 0)
        return {}; // SQLite makes a new library in an empty file
    const QByteArray h = f.read(100);
    if (h.size() < 100)
        return QCoreApplication::translate("Database", "the file is only %1 bytes long").arg(size);
    if (!h.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate("Database", "the file does not start with an SQLite header");
    quint32 pageSize = (quint32(uchar(h[16])) << 8) | quint32(uchar(h[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return QCoreApplication::translate("Database", "the header gives an impossible page size (%1)").arg(pageSize);
    // A crash can leave committed pages in the -wal file that SQLite copies back on open: the main
    // file is only judged by its size when there is no such log.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return {};
    const quint32 changeCounter = bigEndian32(h, 24), pages = bigEndian32(h, 28), validFor = bigEndian32(h, 92);
    const qint64 expected = qint64(pages) * pageSize;
    if (size % pageSize != 0 || (pages > 0 && validFor == changeCounter && expected > size))
        return QCoreApplication::translate("Database", "the file was cut off (%1 bytes; its header says %2)").arg(size).arg(expected);
    return {};
}

Status Database::damaged(const QString &message)
{
    m_damaged = true;
    close();
    return Status::failure(QCoreApplication::translate("Database", "%1 is damaged: %2").arg(m_path, message));
}

Status Database::openConnection(const QString &path, bool readOnly, bool immutable)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable) {
        // For a library on a read-only medium whose -shm cannot be made: SQLite then trusts that
        // nothing changes the file while it is open.
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open())
        return Status::failure(QCoreApplication::translate("Database", "cannot open %1: %2").arg(path, m_db.lastError().text()));
    // A file that is not a database fails on its first read, not at open.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        const QSqlError error = probe.lastError();
        if (isDamageCode(nativeCode(error)))
            return damaged(error.databaseText());
        return Status::failure(QCoreApplication::translate("Database", "%1 is not a Paperboy library (%2)").arg(path, error.databaseText()));
    }
    return Status::success();
}

Status Database::open(const QString &path, int targetVersion, Check check)
{
    close();
    m_path = path;
    m_damaged = false;
    m_lockedAtOpen = false;
    m_readOnlyReason.clear();
    const bool memory = path == QLatin1StringView(":memory:");
    const QFileInfo info(path);
    if (!memory && !info.exists()) {
        if (const QString dir = info.absolutePath(); !QDir().mkpath(dir))
            return Status::failure(QCoreApplication::translate("Database", "cannot create the folder %1").arg(dir));
    }
    if (!memory) {
        if (const QString problem = headerProblem(path); !problem.isEmpty()) {
            const Status damage = damaged(problem);
            // Without SQLite's magic string it may as well be some other file given by mistake.
            if (!isSqliteFile(path))
                return Status::failure(QCoreApplication::translate("Database", "%1 is not a Paperboy library, or it is damaged: %2").arg(path, problem));
            return damage;
        }
    }
    // SQLite needs to write the file and, in WAL mode, to make files beside it.
    if (!memory && info.exists()) {
        if (!info.isWritable())
            m_readOnlyReason = QCoreApplication::translate("Database", "the file %1 is read-only").arg(path);
        else if (!QFileInfo(info.absolutePath()).isWritable())
            m_readOnlyReason = QCoreApplication::translate("Database", "the folder %1 is read-only").arg(info.absolutePath());
    }
    Status opened = openConnection(path, isReadOnly(), false);
    if (!opened && !isReadOnly() && !m_damaged && !memory && diskIsFull(info.absolutePath())) {
        // SQLite cannot make the -shm and -wal files it needs beside the library (it says "disk
        // I/O error"): the library is fine and can still be read, it just cannot be written.
        m_readOnlyReason = QCoreApplication::translate("Database", "the disk that holds it is full");
    }
    if (!opened && isReadOnly() && !m_damaged)
        opened = openConnection(path, true, true); // no -shm can be made beside it
    if (!opened)
        return opened;
    if (Status s = CjkTokenizer::registerWith(handle()); !s)
        return s;
    if (Status s = RankFunction::registerWith(handle()); !s)
        return s;
    if (Status s = PublisherPlace::registerWith(handle()); !s)
        return s;
    if (check == Check::Quick) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
            return isDamageCode(nativeCode(q.lastError())) ? damaged(q.lastError().databaseText()) : Status::failure(q.lastError().text());
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(problems.join(QStringLiteral("; ")));
    }
    if (isReadOnly()) {
        const int current = version();
        if (current != latestVersion())
            return Status::failure(QCoreApplication::translate("Database", "%1 has schema %2 and needs an upgrade to %3, which needs write access (%4)")
                                       .arg(path)
                                       .arg(current)
                                       .arg(latestVersion())
                                       .arg(m_readOnlyReason));
        return execScript(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"));
    }
    // A new library gets 16 KiB pages, fewer page writes for the long summaries (docs/PERFORMANCE.md);
    // an existing file keeps the page size it was made with.
    if (Status s = execScript(QStringLiteral("PRAGMA page_size=%1; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                             "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;")
                                  .arg(NewPageSize));
        !s)
        return isDamageCode(sqlite3_errcode(handle())) ? damaged(s.message()) : s;
    if (!memory) {
        // Is another connection in a write transaction? Ask without waiting; reads go on either way.
        sqlite3_busy_timeout(handle(), 0);
        const int rc = sqlite3_exec(handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_exec(handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        else if ((rc & 0xff) == SQLITE_BUSY)
            m_lockedAtOpen = true;
        else if ((rc & 0xff) == SQLITE_READONLY)
            m_readOnlyReason = QCoreApplication::translate("Database", "SQLite cannot write %1").arg(path);
        sqlite3_busy_timeout(handle(), BusyTimeoutMs);
    }
    if (isReadOnly())
        return version() == latestVersion()
            ? Status::success()
            : Status::failure(QCoreApplication::translate("Database", "%1 needs an upgrade, which needs write access (%2)").arg(path, m_readOnlyReason));
    const Status migrated = migrate(targetVersion < 0 ? latestVersion() : targetVersion);
    if (!migrated && isDamageCode(sqlite3_errcode(handle())))
        return damaged(migrated.message());
    return migrated;
}

Status Database::storeReportedWords()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'search_terms'")) || !q.next())
        return Status::success(); // before schema 7: its migration reads the vocabulary from the index
    q.finish();
    const QList<QByteArray> words = CjkTokenizer::takeNewWords(handle());
    if (words.isEmpty())
        return Status::success();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO search_terms(term) VALUES (?)"));
    QVariantList terms;
    terms.reserve(words.size());
    for (const QByteArray &w : words)
        terms << QString::fromUtf8(w);
    q.addBindValue(terms);
    if (!q.execBatch())
        return Status::failure(q.lastError().databaseText());
    return Status::success();
}

Status Database::migrate(int target)
{
    const int current = version();
    if (current < 0)
        return Status::failure(QCoreApplication::translate("Database", "cannot read the schema version of %1").arg(m_path));
    if (current > latestVersion())
        return Status::failure(QCoreApplication::translate("Database", "%1 was written by a newer Paperboy (schema %2; this version knows %3)")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(latestVersion()));
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
            return Status::failure(
                QCoreApplication::translate("Database", "cannot back up %1 before upgrading it: %2").arg(m_path, q.lastError().databaseText()));
    }
    const QStringList files = migrationFiles();
    // A migration may rebuild a table others refer to (schema 10 rebuilds entries): with foreign
    // keys enforced, dropping the old table would delete what refers to it.
    execScript(QStringLiteral("PRAGMA foreign_keys=OFF;"));
    const auto enforceKeys = qScopeGuard([this] { execScript(QStringLiteral("PRAGMA foreign_keys=ON;")); });
    for (int v = current + 1; v <= target; ++v) {
        QFile f(files.at(v - 1));
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QCoreApplication::translate("Database", "missing migration %1").arg(v));
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\n").arg(QString::fromUtf8(f.readAll()));
        Status s = execScript(script);
        // A migration that made the search index again had its words (and run-ending bigrams)
        // reported by the tokenizer: they join the vocabulary in the same transaction.
        if (s)
            s = storeReportedWords();
        if (s)
            s = execScript(QStringLiteral("PRAGMA user_version=%1;\nCOMMIT;").arg(v));
        if (!s) {
            execScript(QStringLiteral("ROLLBACK;"));
            return Status::failure(QCoreApplication::translate("Database", "upgrading %1 to schema %2 failed: %3").arg(m_path).arg(v).arg(s.message()));
        }
    }
    return Status::success();
}

} // namespace Paperboy::Core
