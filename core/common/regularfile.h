// Reading a file someone named (on the command line, handed over by a second start, found in an
// imported folder) without trusting what it is or the size it reports: a device never ends, opening
// a FIFO for reading waits for a writer, and /proc files report size 0 whatever they hold.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QString>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Paperboy::Core {

struct RegularFile {
    enum class Problem { None, CannotRead, NotRegularFile, TooLarge };
    Problem problem = Problem::None;
    QByteArray content; // the whole file, when there is no problem
    qint64 reportedSize = 0; // what the file system says (st_size), which /proc files leave at 0
    QString message; // why it was not read, for the user
    bool ok() const { return problem == Problem::None; }
};

// Only a regular file (links followed) of at most maxBytes: it reads in 64 KiB chunks and stops at
// the first past maxBytes, whatever size the file reports. Qt resources (":/…") go through QFile.
inline RegularFile readRegularFile(const QString &path, qint64 maxBytes)
{
    RegularFile file;
    const auto refuse = [&](RegularFile::Problem problem, const QString &message) {
        file.problem = problem;
        file.content.clear();
        file.message = message;
        return file;
    };
    const auto notRegular = [&] { return refuse(RegularFile::Problem::NotRegularFile, QCoreApplication::translate("RegularFile", "not a regular file")); };
    const auto tooLarge = [&] {
        return refuse(RegularFile::Problem::TooLarge,
                      QCoreApplication::translate("RegularFile", "larger than %1").arg(QLocale().formattedDataSize(maxBytes, 0)));
    };
    if (path.startsWith(u':')) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return refuse(RegularFile::Problem::CannotRead, resource.errorString());
        file.reportedSize = resource.size();
        file.content = resource.read(maxBytes + 1);
        return file.content.size() > maxBytes ? tooLarge() : file;
    }
    const QByteArray name = QFile::encodeName(path);
    struct stat st {
    };
    // Checked before open(): opening a FIFO waits for a writer, and opening a device can act on it.
    if (::stat(name.constData(), &st) != 0)
        return refuse(RegularFile::Problem::CannotRead, qt_error_string(errno));
    if (!S_ISREG(st.st_mode))
        return notRegular();
    file.reportedSize = st.st_size;
    if (st.st_size > maxBytes)
        return tooLarge();
    // Should the path have been replaced since, O_NONBLOCK keeps open() from waiting and fstat()
    // sees what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return refuse(RegularFile::Problem::CannotRead, qt_error_string(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    };
    const Closer closer{fd};
    if (::fstat(fd, &st) != 0)
        return refuse(RegularFile::Problem::CannotRead, qt_error_string(errno));
    if (!S_ISREG(st.st_mode))
        return notRegular();
    file.reportedSize = st.st_size;
    if (st.st_size > maxBytes)
        return tooLarge();
    // Read in whole chunks (files of /proc that hand out records, such as pagemap's 8 bytes a page,
    // refuse a shorter read) until one byte past the limit: a file larger than it says stops there.
    constexpr qsizetype chunk = 64 * 1024;
    file.content.reserve(qsizetype(qMin(maxBytes, qint64(st.st_size))) + chunk);
    while (file.content.size() <= maxBytes) {
        const qsizetype at = file.content.size();
        if (file.content.capacity() < at + chunk)
            file.content.reserve(qMax(2 * file.content.capacity(), at + chunk));
        file.content.resize(at + chunk);
        const ssize_t n = ::read(fd, file.content.data() + at, size_t(chunk));
        const int error = errno;
        file.content.resize(at + qMax<ssize_t>(n, 0));
        if (n < 0 && error == EINTR)
            continue;
        if (n < 0)
            return refuse(RegularFile::Problem::CannotRead, qt_error_string(error));
        if (n == 0)
            break;
    }
    return file.content.size() > maxBytes ? tooLarge() : file;
}

} // namespace Paperboy::Core
