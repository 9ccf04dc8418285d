// FolderWatcher: QFileSystemWatcher events → a debounced set of files → DigestImporter::importPaths.
#include "folderwatcher.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Paperboy::Core {

namespace {
bool isDigestFile(const QString &path)
{
    return path.endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive) || path.endsWith(QLatin1StringView(".markdown"), Qt::CaseInsensitive);
}
} // namespace

FolderWatcher::FolderWatcher(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(700);
    connect(&m_timer, &QTimer::timeout, this, &FolderWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::onDirectoryChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onFileChanged);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    m_folders = folders;
    rewatch();
}

void FolderWatcher::rewatch()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    QStringList dirs, files;
    for (const QString &folder : m_folders) {
        if (!QFileInfo(folder).isDir())
            continue;
        dirs << folder;
        QDirIterator it(folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            if (it.fileInfo().isDir())
                dirs << p;
            else if (isDigestFile(p))
                files << p;
        }
    }
    if (!dirs.isEmpty())
        m_watcher.addPaths(dirs);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

QList<ImportResult> FolderWatcher::scanAll()
{
    const QList<ImportResult> results = m_library->importer().importPaths(m_folders);
    if (!results.isEmpty())
        Q_EMIT imported(results);
    return results;
}

void FolderWatcher::onDirectoryChanged(const QString &dir)
{
    m_pendingDirs.insert(dir);
    m_timer.start();
}

void FolderWatcher::onFileChanged(const QString &file)
{
    m_pendingFiles.insert(file);
    m_timer.start();
}

void FolderWatcher::flush()
{
    // New files show up as directory changes: take every digest in those folders (unchanged ones
    // cost a hash), then watch anything new.
    QSet<QString> files = m_pendingFiles;
    for (const QString &dir : std::as_const(m_pendingDirs)) {
        QDirIterator it(dir, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files);
        while (it.hasNext())
            files.insert(it.next());
    }
    m_pendingFiles.clear();
    m_pendingDirs.clear();
    QStringList existing;
    for (const QString &f : std::as_const(files))
        if (QFileInfo::exists(f) && isDigestFile(f))
            existing << f;
    existing.sort();
    rewatch();
    if (existing.isEmpty())
        return;
    const QList<ImportResult> results = m_library->importer().importPaths(existing);
    QList<ImportResult> changed;
    for (const ImportResult &r : results)
        if (r.outcome != ImportResult::Outcome::Unchanged)
            changed << r;
    if (!changed.isEmpty())
        Q_EMIT imported(changed);
}

} // namespace Paperboy::Core
