// Shared by the fault tests: a private mount namespace for real full and read-only file systems,
// and generated digest archives.
#pragma once

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <vector>

namespace FaultFixture {

// Called first in main: as root, the test gets its own mount namespace, so a tmpfs it mounts vanishes
// with it whatever happens. unshare(2) refuses a process that already has threads (Qt's libraries
// may have started one), so then the test runs itself again under unshare(1).
inline bool enterPrivateMounts(char **argv)
{
    if (geteuid() != 0)
        return false;
    // Mounts made here must not spread to the parent namespace. Inside a chroot "/" is no mount
    // point and cannot be made private; ./dev's namespace is private already then.
    const auto makePrivate = [] { mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr); };
    if (qEnvironmentVariableIsSet("PAPERBOY_PRIVATE_MOUNTS")) {
        makePrivate();
        return true;
    }
    if (unshare(CLONE_NEWNS) == 0) {
        makePrivate();
        return true;
    }
    qputenv("PAPERBOY_PRIVATE_MOUNTS", "1");
    std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("--mount"), const_cast<char *>("--")};
    for (char **a = argv; *a; ++a)
        args.push_back(*a);
    args.push_back(nullptr);
    execvp("unshare", args.data());
    qunsetenv("PAPERBOY_PRIVATE_MOUNTS"); // no unshare(1): run without
    return false;
}

// Why the tmpfs tests cannot run here ("" when they can).
inline QString mountUnavailable(bool privateMounts)
{
    if (geteuid() != 0)
        return QStringLiteral("not root: cannot mount a small tmpfs (./dev test runs the tests as root)");
    if (!privateMounts)
        return QStringLiteral("no private mount namespace (unshare failed)");
    return {};
}

// A tmpfs of `bytes` on dir (made when missing); "" or the reason it failed.
inline QString mountTmpfs(const QString &dir, qint64 bytes)
{
    QDir().mkpath(dir);
    const QByteArray options = "size=" + QByteArray::number(bytes);
    if (mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0)
        return QString::fromLocal8Bit(strerror(errno));
    return {};
}

inline QString remountReadOnly(const QString &dir, bool readOnly = true)
{
    if (mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_REMOUNT | (readOnly ? MS_RDONLY : 0), nullptr) != 0)
        return QString::fromLocal8Bit(strerror(errno));
    return {};
}

inline void unmount(const QString &dir)
{
    umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
}

// Days [first, first + count) as YYYY-MM-DD.md in dir, each the corpus day with its date and its
// papers' ids changed, so every day has its own papers. Returns the bytes written.
inline qint64 writeArchive(const QString &digestPath, const QString &dir, const QDate &first, int count)
{
    QFile source(digestPath);
    if (!source.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromUtf8(source.readAll());
    static const QRegularExpression ids(QStringLiteral(R"(\b2505\.(\d{5})\b)"));
    QDir().mkpath(dir);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QDate day = first.addDays(i);
        QString t = text;
        t.replace(QStringLiteral("2025-05-24"), day.toString(Qt::ISODate));
        t.replace(ids, QStringLiteral("%1.\\1").arg(3000 + i));
        QFile out(QDir(dir).filePath(day.toString(Qt::ISODate) + QStringLiteral(".md")));
        if (!out.open(QIODevice::WriteOnly))
            return -1;
        total += out.write(t.toUtf8());
    }
    return total;
}

} // namespace FaultFixture

#include <QProcess>
#include <QProcessEnvironment>

namespace FaultFixture {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// The real binary, as a script would run it (no display).
inline Run paperboy(const QString &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAPERBOY_BINARY), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForFinished(120000))
        qFatal("paperboy did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Overwrites bytes of a closed file in place.
inline bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace FaultFixture
