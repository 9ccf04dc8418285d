// A copy of the whole library once a day, made on a worker thread, the newest three kept.
#pragma once

#include "common/status.h"

#include <QDateTime>
#include <QFileInfoList>
#include <QObject>
#include <QString>

#include <atomic>

class QThread;
class QTimer;

namespace Paperboy::Core {

class Library;

// Migrations leave "<library>.backup-v<N>" only when the schema changes; this keeps a recent copy
// too: "<library>.backup-daily-YYYYMMDD", written with VACUUM INTO (a consistent snapshot while the
// window goes on writing, WAL) to "<name>.partial" and renamed when complete, so a copy is either whole
// or absent. It is made when the newest daily copy is older than a day: checked when this starts and
// every hour while it runs. The newest three daily copies are kept; older daily ones are deleted,
// migration backups never. A read-only library gets none. LibraryRecovery::databaseBackups() lists
// them for a restore.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int Keep = 3;
    static constexpr qint64 IntervalSecs = 24 * 60 * 60;
    static constexpr int CheckMsecs = 60 * 60 * 1000;

    // Watches library (open, alive while this lives) and checks at once whether a copy is due.
    explicit DailyBackup(Library *library, QObject *parent = nullptr);
    // Stops a copy being made (its partial file is removed) and waits for the worker.
    ~DailyBackup() override;

    // The daily copies of the library at libraryPath, newest first (by the date in their name).
    static QFileInfoList existing(const QString &libraryPath);
    // Is a copy due at now: none yet, or the newest is older than IntervalSecs.
    static bool isDue(const QString &libraryPath, const QDateTime &now = QDateTime::currentDateTime());
    // Makes today's copy of the library at libraryPath with its own connection, on the calling
    // thread, then deletes all but the newest Keep daily copies. *made gets the new file's path.
    static Status make(const QString &libraryPath, QString *made = nullptr);

    // Starts a copy on the worker thread when one is due and none is running (the timer's check).
    void check();
    bool isRunning() const { return m_worker != nullptr; }
    // Waits for a running copy (finished() has been sent when this returns).
    void wait();

Q_SIGNALS:
    // After each copy, on this object's thread; message says what went wrong, in words for the user.
    void finished(bool ok, const QString &path, const QString &message);

private:
    void done();

    Library *m_library;
    QTimer *m_timer;
    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    Status m_result; // written by the worker before it ends, read here after joining it
    QString m_made;
};

} // namespace Paperboy::Core
