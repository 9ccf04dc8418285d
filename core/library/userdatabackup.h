// The automatic JSON backup of the reader's data, kept next to the library file.
#pragma once

#include "common/status.h"
#include "export/notesjson.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

class QThread;
class QTimer;

namespace Paperboy::Core {

class Library;

// Tags, notes, highlights, stars, read state and comparison marks of a library, written as a notes
// file (docs/NOTES-JSON.md, so `import-notes` reads it too) to "<library>.userdata.json" with
// QSaveFile. Watching a library, it writes a second after the last change and when it is destroyed;
// LibraryRecovery merges it back after restoring or rebuilding a damaged library. The digest files
// the library was imported from are listed too ("digest_sources"), for a rebuild, and so are the
// network sources (never their secrets, which live in the keychain) and the saved comparisons.
//
// The debounced write runs on a worker thread with its own connection to the library file (WAL lets
// it read while the window goes on), so a large library costs the window no pause. One write runs at
// a time; a change made meanwhile schedules the next. flush() and the destructor wait for a running
// write and then write what is still pending on the calling thread, so nothing is lost at exit.
class UserDataBackup : public QObject
{
    Q_OBJECT

public:
    struct Contents {
        NotesJson::Archive archive;
        QStringList marks; // papers marked for comparison, in order
        QStringList digestSources; // files the days were imported from
        QList<Source> sources; // without lastRefresh: a restored source refreshes on the next start
        QList<Comparison> comparisons;
        // Schema 12 (files written before have none): saved searches, mute rules, what the reader did.
        QList<SmartList> smartLists;
        QStringList muteRules;
        QList<ReadingEvent> events;
        QDateTime writtenAt;
    };

    static constexpr int DebounceMsecs = 1000;

    // Starts watching library (which must be open and stay alive while this lives).
    explicit UserDataBackup(Library *library, QObject *parent = nullptr);
    // Waits for a running write, then writes what changed since.
    ~UserDataBackup() override;

    static QString pathFor(const QString &libraryPath);
    // Reads the library in a few queries and writes the file atomically; the file is left as it
    // was when reading or writing fails.
    static Status write(Library &library, const QString &path);
    static Status read(const QString &path, Contents *contents);

    // Waits for a running write, then writes now, on this thread, when something changed since the
    // last write.
    Status flush();
    bool isPending() const { return m_dirty; }
    // A write runs on the worker thread.
    bool isWriting() const { return m_worker != nullptr; }
    QString path() const { return m_path; }
    Status lastStatus() const { return m_lastStatus; }

    // Called on the worker thread after the snapshot is read and before the file is written; tests
    // use it to hold a write in progress.
    void setBeforeSaveHook(std::function<void()> hook) { m_beforeSave = std::move(hook); }

Q_SIGNALS:
    // After every write, on the thread this object lives in.
    void written(bool ok, const QString &message);

private:
    static Status write(Library &library, const QString &path, const std::function<void()> &beforeSave);
    void changed();
    // The debounce timer's end: starts the write on the worker unless one runs.
    void startWrite();
    // The worker is done (or about to be): takes its result, tells, and schedules the next write
    // when something changed while it ran.
    void finishWrite();

    Library *m_library;
    QString m_path;
    QTimer *m_timer;
    bool m_dirty = false;
    quint64 m_generation = 0; // counts changes, so a write knows whether it caught the last one
    Status m_lastStatus;
    QThread *m_worker = nullptr;
    quint64 m_workerGeneration = 0;
    Status m_workerStatus; // written by the worker before it ends, read here after joining it
    std::function<void()> m_beforeSave;
};

} // namespace Paperboy::Core
