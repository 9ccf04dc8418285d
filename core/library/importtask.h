// An import of files and folders on a worker thread with its own connection, with progress and cancel.
#pragma once

#include "library/library.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace Paperboy::Core {

// The window stays responsive while a large archive imports: the task runs DigestImporter::importPaths on
// its own thread and connection (WAL lets the window's connection keep reading), reports progress
// per file and stops between files when cancelled. When it ends, the library it was made for
// announces the new days.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    ImportTask(Library *library, const QStringList &paths, QObject *parent = nullptr);
    ~ImportTask() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool wait(int msecs = -1);
    QList<ImportResult> results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    Library *m_library;
    QString m_dbPath;
    QStringList m_paths;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QList<ImportResult> m_results;
};

} // namespace Paperboy::Core
