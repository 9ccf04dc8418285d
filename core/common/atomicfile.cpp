// AtomicFile: the checks that name a reason before QSaveFile runs, and the full-disk diagnosis after.
#include "atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Paperboy::Core {

namespace {

// Whether a new file can be made in folder, and why not.
AtomicFile::Failure folderProblem(const QString &folder)
{
    using Problem = AtomicFile::Problem;
    const QByteArray name = QFile::encodeName(folder);
    struct stat st {
    };
    if (::stat(name.constData(), &st) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return {Problem::NoFolder, AtomicFile::tr("the folder %1 does not exist").arg(folder)};
        if (error == EACCES)
            return {Problem::PermissionDenied, AtomicFile::tr("no permission to write in the folder %1").arg(folder)};
        return {Problem::Other, qt_error_string(error)};
    }
    if (!S_ISDIR(st.st_mode))
        return {Problem::NoFolder, AtomicFile::tr("%1 is not a folder").arg(folder)};
    if (::faccessat(AT_FDCWD, name.constData(), W_OK | X_OK, AT_EACCESS) != 0) {
        const int error = errno;
        if (error == EROFS)
            return {Problem::ReadOnly, AtomicFile::tr("the folder %1 is on a read-only file system").arg(folder)};
        if (error == EACCES || error == EPERM)
            return {Problem::PermissionDenied, AtomicFile::tr("no permission to write in the folder %1").arg(folder)};
    }
    return {};
}

} // namespace

Status AtomicFile::write(const QString &path, const QByteArray &data, Links links, Failure *failure)
{
    if (failure)
        *failure = {};
    const auto fail = [&](Problem problem, const QString &reason) {
        if (failure)
            *failure = {problem, reason};
        return Status::failure(tr("cannot write %1: %2").arg(path, reason));
    };
    if (path.isEmpty()) {
        if (failure)
            *failure = {Problem::Other, tr("no file name given")};
        return Status::failure(tr("no file name given"));
    }

    // QSaveFile replaces the file a link points at (through up to 128 links, a dangling one too),
    // so that is the file to check.
    QString target = path;
    struct stat st {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
        if (links == Links::Refuse)
            return fail(Problem::Link, tr("it is a link, and links are not written through"));
        QFileInfo info(path);
        int depth = 128;
        while (--depth > 0 && info.isSymLink())
            info.setFile(info.symLinkTarget());
        if (depth > 0)
            target = info.filePath();
    }
    // Renaming over a folder fails, and over a device or FIFO would replace it (as root, even /dev/null).
    const QByteArray targetName = QFile::encodeName(target);
    const bool exists = ::stat(targetName.constData(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return fail(Problem::NotRegularFile, tr("it is a folder"));
    if (exists && !S_ISREG(st.st_mode))
        return fail(Problem::NotRegularFile, tr("it is not a regular file"));
    const QString folder = QFileInfo(target).absolutePath();
    if (const Failure f = folderProblem(folder); f.problem != Problem::None)
        return fail(f.problem, f.reason);
    // QSaveFile refuses to replace a file it could not write in place.
    if (exists && ::faccessat(AT_FDCWD, targetName.constData(), W_OK, AT_EACCESS) != 0 && (errno == EACCES || errno == EPERM))
        return fail(Problem::PermissionDenied, tr("no permission to replace it"));

    QSaveFile file(path);
    const auto failed = [&] {
        // ENOSPC comes back as a ResourceError (whose text, after a failed commit, can be "Unknown
        // error"). Measured before cancelWriting, while the partial temporary file still takes room.
        const QStorageInfo storage(folder);
        const bool full
            = file.error() == QFileDevice::ResourceError || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < data.size());
        const QString reason = file.errorString();
        file.cancelWriting();
        if (full)
            return fail(Problem::DiskFull, exists ? tr("the disk is full; the old file is unchanged") : tr("the disk is full"));
        // The folder may have gone (or turned read-only) since it was checked.
        if (const Failure f = folderProblem(folder); f.problem != Problem::None)
            return fail(f.problem, f.reason);
        return fail(Problem::Other, reason);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(data) != data.size() || !file.commit())
        return failed();
    return Status::success();
}

} // namespace Paperboy::Core
