// One window per library: a second start hands its files to the running one (real processes, a
// real local socket), a crashed instance's stale socket does not block the next start.
#include "instance/singleinstance.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Paperboy::Core;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // XDG_RUNTIME_DIR of the test and of the processes it starts

    static bool serverUp(const QString &name)
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        const bool up = probe.waitForConnected(200);
        probe.abort();
        return up;
    }

    QString writeDigest(const QString &date, const QString &id)
    {
        const QString path = m_dir.filePath(date + QStringLiteral(".md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(QStringLiteral("# 📰 Hugging Face Daily Papers – %1\n\n## %2\n🔗 https://huggingface.co/papers/%2\n"
                               "**Summary**:\n```markdown\n# 전달된 논문\n\n## 1. 핵심 동기와 문제 정의\n내용.\n```\n")
                    .arg(date, id)
                    .toUtf8());
        return path;
    }

    // The pid behind the socket at path, 0 when nobody listens there.
    static qint64 listenerPid(const QString &path)
    {
        QLocalSocket probe;
        probe.connectToServer(path);
        if (!probe.waitForConnected(200))
            return 0;
        ucred peer{};
        socklen_t length = sizeof peer;
        const bool ok = ::getsockopt(int(probe.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &length) == 0;
        probe.abort();
        return ok ? peer.pid : 0;
    }

    // Another user's listener on path: a child bound as root that drops to nobody (65534) before
    // listen(), when the kernel takes the credentials a client's SO_PEERCRED reports. It answers
    // "ok" to a line, as Paperboy does, and copies what it receives to *received (a pipe) until the
    // client hangs up; the pipe's end tells the test that.
    static pid_t squat(const QString &path, int *received)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return -1;
        const QByteArray name = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (s < 0 || ::bind(s, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            return -1;
        const pid_t pid = ::fork();
        if (pid == 0) { // only system calls from here on
            ::close(fds[0]);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0 || ::listen(s, 4) != 0 || ::write(fds[1], "r", 1) != 1)
                ::_exit(1);
            const int c = ::accept(s, nullptr, nullptr);
            char buffer[4096];
            bool answered = false;
            for (ssize_t n; (n = ::read(c, buffer, sizeof buffer)) > 0;) {
                if (::write(fds[1], buffer, size_t(n)) != n)
                    ::_exit(1);
                if (!answered && std::memchr(buffer, '\n', size_t(n))) {
                    answered = ::write(c, "ok\n", 3) == 3;
                }
            }
            ::_exit(0);
        }
        ::close(s);
        ::close(fds[1]);
        char ready = 0;
        if (pid < 0 || ::read(fds[0], &ready, 1) != 1 || ready != 'r') {
            ::close(fds[0]);
            return -1;
        }
        *received = fds[0];
        return pid;
    }

    // What is left in fd up to its end; gives up after 30 s without a byte (a failure, not a wait).
    static QByteArray readToEnd(int fd)
    {
        QByteArray all;
        char buffer[4096];
        for (;;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 30000) != 1)
                break;
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            all.append(buffer, n);
        }
        return all;
    }

    static void startFirst(QProcess &p, const QString &db)
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db}); // QT_QPA_PLATFORM=offscreen from the test's environment
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void namesDependOnTheLibrary()
    {
        const QString a = SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite"))), a);
        QVERIFY(a != SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(QFileInfo(a).fileName().startsWith(QStringLiteral("paperboy-")));
    }

    void secondStartHandsItsFileToTheFirst()
    {
        const QString db = m_dir.filePath(QStringLiteral("library.sqlite"));
        const QString name = SingleInstance::serverNameFor(db);
        QProcess first;
        startFirst(first, db);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverUp(name), 20000);

        const QString digest = writeDigest(QStringLiteral("2025-07-01"), QStringLiteral("2507.00001"));
        QProcess second;
        second.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db, digest});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        // The first window imported it (in the background); the library file shows it.
        Library reader;
        QVERIFY(reader.open(db).ok());
        QTRY_VERIFY_WITH_TIMEOUT(reader.catalog().paper(QStringLiteral("2507.00001")).has_value(), 20000);
        QCOMPARE(reader.catalog().paper(QStringLiteral("2507.00001"))->listing.day, QDate(2025, 7, 1));

        // A start on another library is its own window, not handed over.
        QProcess other;
        startFirst(other, m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverUp(SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("other.sqlite")))), 20000);
        QCOMPARE(other.state(), QProcess::Running);
        other.terminate();
        first.terminate();
        QVERIFY(other.waitForFinished(10000));
        QVERIFY(first.waitForFinished(10000));
    }

    void staleSocketOfACrashedInstance()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QString name = SingleInstance::serverNameFor(db);
        QProcess crashed;
        startFirst(crashed, db);
        QVERIFY(crashed.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverUp(name), 20000);
        ::kill(pid_t(crashed.processId()), SIGKILL); // leaves its socket file behind
        QVERIFY(crashed.waitForFinished(10000));
        QVERIFY(!serverUp(name));

        QProcess next;
        startFirst(next, db);
        QVERIFY(next.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverUp(name), 20000);
        QCOMPARE(next.state(), QProcess::Running);
        next.terminate();
        QVERIFY(next.waitForFinished(10000));
    }

    // The socket is in a folder only its user can enter (XDG_RUNTIME_DIR, else one of its own in
    // the temporary folder), so no other user can listen under the name first.
    void socketIsInAPrivateFolder()
    {
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        QCOMPARE(QFileInfo(SingleInstance::serverNameFor(db)).absolutePath(), m_runtime.path());

        const QTemporaryDir tmp;
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_runtime.path(), open)); // others may enter: not used
        const auto restore = qScopeGuard([&] {
            oldTmp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", oldTmp);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
            QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const QString own = tmp.filePath(QStringLiteral("paperboy-%1").arg(::geteuid()));
        const QByteArray ownName = QFile::encodeName(own);
        QString error;
        QCOMPARE(QFileInfo(SingleInstance::serverNameFor(db, &error)).absolutePath(), own);
        struct stat st {
        };
        QCOMPARE(::lstat(ownName.constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_uid, ::geteuid());
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(QFileInfo(SingleInstance::serverNameFor(db, &error)).absolutePath(), own);

        // A folder of that name that others may enter, that is a link, or that is another user's
        // (made first, to listen in it) is not used: no single instance then, and a reason.
        const auto refused = [&] {
            QString why;
            if (!SingleInstance::serverNameFor(db, &why).isEmpty() || !why.contains(own))
                return false;
            SingleInstance instance(db);
            QString listenError;
            return !instance.forwardToRunning({}) && !instance.listen(&listenError) && listenError == why;
        };
        QCOMPARE(::chmod(ownName.constData(), 0777), 0);
        QVERIFY(refused());
        QVERIFY(QDir(own).removeRecursively());
        QVERIFY(QFile::link(tmp.path(), own));
        QVERIFY(refused());
        QVERIFY(QFile::remove(own));
        if (::geteuid() == 0) {
            QCOMPARE(::mkdir(ownName.constData(), 0700), 0);
            QCOMPARE(::chown(ownName.constData(), 65534, 65534), 0);
            QVERIFY(refused());
        }
    }

    // Should another user's process listen on the name all the same (root put it there, or an
    // older Paperboy's predictable name in /tmp), a second start sends it nothing, says so, and
    // opens its own window with its file.
    void listenerOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to listen as another user (./dev test runs as root)");
        const QString db = m_dir.filePath(QStringLiteral("squatted.sqlite"));
        const QString path = SingleInstance::serverNameFor(db);
        int received = -1;
        const pid_t squatter = squat(path, &received);
        QVERIFY(squatter > 0);

        const QString digest = writeDigest(QStringLiteral("2025-07-02"), QStringLiteral("2507.00002"));
        QProcess second;
        second.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db, digest});
        QVERIFY(second.waitForStarted());
        const QByteArray got = readToEnd(received); // until the start hangs up
        ::close(received);
        int status = 0;
        QCOMPARE(::waitpid(squatter, &status, 0), squatter);
        QVERIFY2(got.isEmpty(), got.constData());

        // A window of its own: its socket replaces the other's, and it imported the file itself.
        QTRY_COMPARE_WITH_TIMEOUT(listenerPid(path), second.processId(), 20000);
        QCOMPARE(second.state(), QProcess::Running);
        Library reader;
        QVERIFY(reader.open(db).ok());
        QTRY_VERIFY_WITH_TIMEOUT(reader.catalog().paper(QStringLiteral("2507.00002")).has_value(), 20000);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        const QString warning = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(warning.contains(QStringLiteral("65534")), qPrintable(warning));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
