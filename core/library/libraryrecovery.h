// Diagnosing a library file and bringing a damaged one back: restore a backup or rebuild the cache.
#pragma once

#include "common/status.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Paperboy::Core {

struct LibraryDiagnosis {
    enum class State {
        Healthy,
        Missing, // no file yet: opening makes a new library
        ReadOnly, // whole, but this process cannot write it
        Locked, // whole; another program holds a write transaction
        Damaged, // header, size or pages are wrong: restore or rebuild
        Unusable, // cannot be used for another reason (newer schema, not readable): message says
    };
    State state = State::Healthy;
    QString message; // one sentence for the user
    QStringList problems; // what SQLite's checks reported, at most a few lines
};

// A copy of the library beside it: "<file>.backup-v<schema>", which migrations (or a restore) leave,
// or "<file>.backup-daily-YYYYMMDD", which DailyBackup makes.
struct LibraryBackupFile {
    QString path;
    int schema = 0;
    QDateTime modified;
    qint64 bytes = 0;
    bool daily = false;
};

struct RecoveryReport {
    QString setAside; // where the damaged file went (never deleted)
    QString restoredFrom; // the database backup used, for a restore
    QString userDataFrom; // the JSON backup merged, "" when there was none
    UserDataMerge merged;
    int marksRestored = 0;
    int sourcesRestored = 0; // network sources the restored library lacked (same name: kept)
    int comparisonsRestored = 0; // saved comparisons it lacked (same name: kept)
    int smartListsRestored = 0; // saved searches it lacked (same name: kept)
    int muteRulesRestored = 0;
    int eventsRestored = 0; // what the reader did (history) it lacked
    int digestsImported = 0; // for a rebuild
    QStringList digestsMissing; // sources the library listed that are gone
    QStringList digestsRejected;
};

// Every step works on the file only: no Library may have it open meanwhile (the app asks before
// its window exists, the CLI before its command). The damaged file and its -wal/-shm are renamed to
// "<file>.damaged-<UTC time>" (with a copy of the JSON backup), never deleted.
class LibraryRecovery
{
    Q_DECLARE_TR_FUNCTIONS(LibraryRecovery)

public:
    enum class Depth {
        Quick, // header, size, PRAGMA quick_check
        Full, // PRAGMA integrity_check and FTS5's integrity-check of the search index too
    };

    explicit LibraryRecovery(const QString &libraryPath);

    QString libraryPath() const { return m_path; }
    LibraryDiagnosis diagnose(Depth depth = Depth::Quick) const;
    // Database backups (migration and daily copies) that pass quick_check, newest first.
    QList<LibraryBackupFile> databaseBackups() const;
    // The automatic JSON backup of the reader's data ("" when there is none).
    QString userDataBackup() const;

    // Sets the damaged file aside, copies backupPath (the newest good one when empty) in its place,
    // opens it (migrating it to the current schema) and merges the JSON backup, which is newer.
    Status restoreBackup(const QString &backupPath = {}, RecoveryReport *report = nullptr);
    // Sets the damaged file aside, makes a new library, imports the digests the old one was built
    // from (named in the JSON backup and whatever can still be read from the damaged file) plus
    // extraPaths (files or folders), then merges the JSON backup.
    Status rebuild(const QStringList &extraPaths = {}, RecoveryReport *report = nullptr);

    // PRAGMA quick_check of any SQLite file, opened read-only: "" when it is whole.
    static QString checkFile(const QString &path);

private:
    Status setAside(RecoveryReport *report) const;
    Status mergeUserData(Library &library, RecoveryReport *report) const;
    QStringList salvageSources() const;

    QString m_path;
};

} // namespace Paperboy::Core
