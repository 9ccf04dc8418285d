// Watches folders of digests and re-imports files that appear or change.
#pragma once

#include "library/library.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Paperboy::Core {

// Editors save by writing a new file and renaming it, and sync tools touch many files at once, so
// changes are gathered for a short while (debounce) and imported together. Unchanged content costs
// one hash; subfolders are watched too.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FolderWatcher(Library *library, QObject *parent = nullptr);

    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }
    void setDebounce(int msecs) { m_timer.setInterval(msecs); }

    // Imports every digest under the folders now (done once when a folder is added).
    QList<ImportResult> scanAll();

Q_SIGNALS:
    void imported(const QList<Paperboy::Core::ImportResult> &results);

private:
    void rewatch();
    void onDirectoryChanged(const QString &dir);
    void onFileChanged(const QString &file);
    void flush();

    Library *m_library;
    QStringList m_folders;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QSet<QString> m_pendingFiles;
    QSet<QString> m_pendingDirs;
};

} // namespace Paperboy::Core
