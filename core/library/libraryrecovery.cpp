// LibraryRecovery: checks with SQLite's own tools, restores by copying, rebuilds by re-importing.
#include "libraryrecovery.h"

#include "library/dailybackup.h"
#include "library/publishers.h"
#include "library/userdatabackup.h"
#include "search/cjktokenizer.h"
#include "search/rankfunction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace Paperboy::Core {

namespace {

// Runs one statement on a file opened read-only with SQLite itself (no Database: that would
// migrate the file), giving the rows of the first column.
QStringList readOnlyRows(const QString &path, const char *sql, QString *error)
{
    QStringList rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
        sqlite3_close(db);
        return rows;
    }
    // The schema names Paperboy's tokenizer: SQLite wants it before it checks or reads the index.
    CjkTokenizer::registerWith(db);
    RankFunction::registerWith(db);
    PublisherPlace::registerWith(db);
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

} // namespace

LibraryRecovery::LibraryRecovery(const QString &libraryPath)
    : m_path(libraryPath)
{
}

QString LibraryRecovery::checkFile(const QString &path)
{
    if (const QString header = Database::headerProblem(path); !header.isEmpty())
        return header;
    QString error;
    const QStringList rows = readOnlyRows(path, "PRAGMA quick_check(5)", &error);
    if (!error.isEmpty())
        return error;
    if (rows != QStringList{QStringLiteral("ok")})
        return rows.join(QStringLiteral("; "));
    return {};
}

LibraryDiagnosis LibraryRecovery::diagnose(Depth depth) const
{
    LibraryDiagnosis d;
    if (!QFileInfo::exists(m_path)) {
        d.state = LibraryDiagnosis::State::Missing;
        d.message = tr("There is no library at %1 yet; a new one is made when it opens.").arg(m_path);
        return d;
    }
    Library library;
    const Status opened = library.open(m_path, Database::Check::Quick);
    if (!opened) {
        d.state = library.isDamaged() ? LibraryDiagnosis::State::Damaged : LibraryDiagnosis::State::Unusable;
        d.message = opened.message();
        return d;
    }
    if (depth == Depth::Full) {
        QSqlQuery q(library.database().sql());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check(10)")))
            d.problems << q.lastError().databaseText();
        while (q.next())
            if (q.value(0).toString() != QLatin1StringView("ok"))
                d.problems << q.value(0).toString();
        q.finish();
        if (!q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")))
            d.problems << tr("search index: %1").arg(q.lastError().databaseText());
        if (!d.problems.isEmpty()) {
            d.state = LibraryDiagnosis::State::Damaged;
            d.message = tr("%1 is damaged: %2").arg(m_path, d.problems.first());
            return d;
        }
    }
    if (library.isReadOnly()) {
        d.state = LibraryDiagnosis::State::ReadOnly;
        d.message = library.writeNotice();
    } else if (library.database().wasLockedAtOpen()) {
        d.state = LibraryDiagnosis::State::Locked;
        d.message = library.writeNotice();
    } else {
        d.message = tr("%1 is whole.").arg(m_path);
    }
    return d;
}

QList<LibraryBackupFile> LibraryRecovery::databaseBackups() const
{
    const QFileInfo info(m_path);
    static const QRegularExpression migration(QStringLiteral(R"(\.backup-v(\d+)$)"));
    QList<LibraryBackupFile> out;
    const QFileInfoList files = QDir(info.absolutePath()).entryInfoList({info.fileName() + QStringLiteral(".backup-v*")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto m = migration.match(f.fileName());
        if (!m.hasMatch() || !checkFile(f.absoluteFilePath()).isEmpty())
            continue;
        out.append({f.absoluteFilePath(), m.captured(1).toInt(), f.lastModified(), f.size()});
    }
    // Daily copies name no schema: the file says which it has.
    for (const QFileInfo &f : DailyBackup::existing(m_path)) {
        if (!checkFile(f.absoluteFilePath()).isEmpty())
            continue;
        QString error;
        const int schema = readOnlyRows(f.absoluteFilePath(), "PRAGMA user_version", &error).value(0).toInt();
        out.append({f.absoluteFilePath(), schema, f.lastModified(), f.size(), true});
    }
    std::sort(out.begin(), out.end(),
              [](const LibraryBackupFile &a, const LibraryBackupFile &b) { return a.modified != b.modified ? a.modified > b.modified : a.schema > b.schema; });
    return out;
}

QString LibraryRecovery::userDataBackup() const
{
    const QString path = UserDataBackup::pathFor(m_path);
    return QFileInfo::exists(path) ? path : QString();
}

Status LibraryRecovery::setAside(RecoveryReport *report) const
{
    const QString stem = m_path + QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + QStringLiteral("-%1").arg(n);
    if (QFileInfo::exists(m_path) && !QFile::rename(m_path, target))
        return Status::failure(tr("cannot move the damaged library %1 aside to %2").arg(m_path, target));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix))
            return Status::failure(tr("cannot move %1 aside").arg(m_path + suffix));
    // The JSON backup stays where it is (the new library merges it); a copy goes with the old file.
    if (const QString json = userDataBackup(); !json.isEmpty())
        QFile::copy(json, target + QStringLiteral(".userdata.json"));
    report->setAside = target;
    return Status::success();
}

Status LibraryRecovery::mergeUserData(Library &library, RecoveryReport *report) const
{
    const QString json = userDataBackup();
    if (json.isEmpty())
        return Status::success();
    UserDataBackup::Contents contents;
    if (Status s = UserDataBackup::read(json, &contents); !s)
        return s;
    if (Status s = library.userDataSync().mergeUserData(contents.archive.papers, contents.archive.tags, &report->merged); !s)
        return s;
    for (const QString &id : std::as_const(contents.marks)) {
        if (library.annotations().isMarked(id))
            continue;
        if (Status s = library.annotations().setMarked(id, true); !s)
            return s;
        ++report->marksRestored;
    }
    // What the restored library has already is kept: only missing ones are added.
    for (const Source &source : std::as_const(contents.sources)) {
        if (library.network().source(source.name))
            continue;
        if (Status s = library.network().addSource(source); !s)
            return s;
        ++report->sourcesRestored;
    }
    QStringList comparisons;
    for (const Comparison &c : library.annotations().comparisons())
        comparisons << c.name;
    for (const Comparison &c : std::as_const(contents.comparisons)) {
        if (comparisons.contains(c.name))
            continue;
        if (Status s = library.annotations().saveComparison(c); !s)
            return s;
        comparisons << c.name;
        ++report->comparisonsRestored;
    }
    // Schema 12: saved searches and mute rules missing by name, events missing by time, paper and kind.
    const int lists = int(library.smartLists().lists().size());
    if (Status s = library.smartLists().restore(contents.smartLists); !s)
        return s;
    report->smartListsRestored = int(library.smartLists().lists().size()) - lists;
    for (const QString &phrase : std::as_const(contents.muteRules)) {
        if (library.muteRules().phrases().contains(MuteRules::normalized(phrase), Qt::CaseInsensitive))
            continue;
        if (Status s = library.muteRules().add(phrase); !s)
            return s;
        ++report->muteRulesRestored;
    }
    const int events = library.history().count();
    if (Status s = library.history().restore(contents.events); !s)
        return s;
    report->eventsRestored = library.history().count() - events;
    report->userDataFrom = json;
    return Status::success();
}

Status LibraryRecovery::restoreBackup(const QString &backupPath, RecoveryReport *report)
{
    RecoveryReport local;
    RecoveryReport *r = report ? report : &local;
    QString backup = backupPath;
    if (backup.isEmpty()) {
        const QList<LibraryBackupFile> backups = databaseBackups();
        if (backups.isEmpty())
            return Status::failure(tr("there is no usable backup of %1; rebuild it from the digests instead").arg(m_path));
        backup = backups.first().path;
    } else if (const QString problem = checkFile(backup); !problem.isEmpty()) {
        return Status::failure(tr("the backup %1 cannot be used: %2").arg(backup, problem));
    }
    if (Status s = setAside(r); !s)
        return s;
    if (!QFile::copy(backup, m_path))
        return Status::failure(tr("cannot copy the backup %1 to %2").arg(backup, m_path));
    QFile(m_path).setPermissions(QFile(m_path).permissions() | QFileDevice::WriteOwner);
    r->restoredFrom = backup;
    Library library;
    if (Status s = library.open(m_path); !s)
        return s;
    return mergeUserData(library, r);
}

QStringList LibraryRecovery::salvageSources() const
{
    QString error; // a damaged file may still give its list of days; if not, the JSON backup has it
    return readOnlyRows(m_path, "SELECT source FROM days WHERE source <> '' ORDER BY date", &error);
}

Status LibraryRecovery::rebuild(const QStringList &extraPaths, RecoveryReport *report)
{
    RecoveryReport local;
    RecoveryReport *r = report ? report : &local;
    QStringList sources = salvageSources();
    if (const QString json = userDataBackup(); !json.isEmpty()) {
        UserDataBackup::Contents contents;
        if (UserDataBackup::read(json, &contents))
            sources += contents.digestSources;
    }
    QStringList files;
    for (const QString &s : std::as_const(sources)) {
        if (files.contains(s))
            continue;
        if (QFileInfo::exists(s))
            files << s;
        else if (!r->digestsMissing.contains(s))
            r->digestsMissing << s;
    }
    for (const QString &f : DigestImporter::digestFilesIn(extraPaths))
        if (!files.contains(f))
            files << f;
    if (Status s = setAside(r); !s)
        return s;
    Library library;
    if (Status s = library.open(m_path); !s)
        return s;
    for (const ImportResult &result : library.importer().importPaths(files)) {
        if (result.outcome == ImportResult::Outcome::Rejected)
            r->digestsRejected << result.source;
        else
            ++r->digestsImported;
    }
    return mergeUserData(library, r);
}

} // namespace Paperboy::Core
