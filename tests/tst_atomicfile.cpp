// AtomicFile: a file replaced all or nothing, and every failure named in words: a missing folder, no
// permission (as nobody, since root passes permission checks), a read-only file system and a full
// disk (tmpfs in the test's own mount namespace, as root), a link, and what is not a regular file.
#include "faultfixture.h"

#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Paperboy::Core;
using Problem = AtomicFile::Problem;
using Links = AtomicFile::Links;

namespace {

bool kPrivateMounts = false;
constexpr uid_t kNobody = 65534;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writePlain(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Everything in a folder, hidden files too: a temporary file left behind would show here.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct Outcome {
    Problem problem = Problem::None;
    QString message;
};

Outcome write(const QString &path, const QByteArray &data, Links links = Links::Follow)
{
    AtomicFile::Failure failure;
    const Status s = AtomicFile::write(path, data, links, &failure);
    if (s.ok() != (failure.problem == Problem::None))
        return {Problem::Other, QStringLiteral("status and failure disagree: ") + s.message()};
    if (!s.ok() && (!s.message().contains(path) || !s.message().contains(failure.reason)))
        return {Problem::Other, QStringLiteral("the message names neither the file nor the reason: ") + s.message()};
    return {failure.problem, s.message()};
}

// The write as the user nobody when the test runs as root (root passes every permission check), in
// a child process that sends back what it got.
Outcome writeAsUser(const QString &path, const QByteArray &data)
{
    if (geteuid() != 0)
        return write(path, data);
    int fds[2];
    if (::pipe(fds) != 0)
        return {Problem::Other, QStringLiteral("no pipe")};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(3);
        const Outcome o = write(path, data);
        const QByteArray reply = QByteArray::number(int(o.problem)) + '\n' + o.message.toUtf8();
        const bool sent = ::write(fds[1], reply.constData(), size_t(reply.size())) == reply.size();
        ::_exit(sent ? 0 : 4);
    }
    ::close(fds[1]);
    QByteArray reply;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        reply.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {Problem::Other, QStringLiteral("the child as nobody failed with %1").arg(status)};
    const qsizetype nl = reply.indexOf('\n');
    return {Problem(reply.left(nl).toInt()), QString::fromUtf8(reply.mid(nl + 1))};
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mounted;

    QString folder(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Nobody must reach the folders the permission test makes in here.
        QCOMPARE(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755), 0);
    }

    void cleanup()
    {
        if (!m_mounted.isEmpty())
            FaultFixture::unmount(m_mounted);
        m_mounted.clear();
    }

    // The new content arrives as a new file renamed over the old: a hard link to the old file keeps
    // what it had, and no temporary file stays in the folder.
    void replacesAtomically()
    {
        const QString dir = folder(QStringLiteral("replace"));
        const QString file = dir + QStringLiteral("/notes.md");
        QCOMPARE(write(file, "first\n").problem, Problem::None);
        QCOMPARE(readFile(file), QByteArray("first\n"));
        const QString old = dir + QStringLiteral("/old");
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(old).constData()), 0);
        const Outcome o = write(file, "second\n");
        QVERIFY2(o.problem == Problem::None, qPrintable(o.message));
        QCOMPARE(readFile(file), QByteArray("second\n"));
        QCOMPARE(readFile(old), QByteArray("first\n"));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("notes.md"), QStringLiteral("old")}));
        QVERIFY(AtomicFile::write(QString(), "x").message().contains(QStringLiteral("no file name")));
    }

    void missingFolder()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
        const QString file = missing + QStringLiteral("/x.md");
        const Outcome o = write(file, "x");
        QCOMPARE(o.problem, Problem::NoFolder);
        QVERIFY2(o.message.contains(QStringLiteral("the folder %1 does not exist").arg(missing)), qPrintable(o.message));
        QVERIFY2(!o.message.contains(QStringLiteral("full")), qPrintable(o.message));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));

        // A file where the folder should be.
        const QString plain = folder(QStringLiteral("plain")) + QStringLiteral("/file.txt");
        QVERIFY(writePlain(plain, "text"));
        const Outcome inFile = write(plain + QStringLiteral("/x.md"), "x");
        QCOMPARE(inFile.problem, Problem::NoFolder);
        QVERIFY2(inFile.message.contains(QStringLiteral("%1 is not a folder").arg(plain)), qPrintable(inFile.message));
        QCOMPARE(readFile(plain), QByteArray("text"));
    }

    void readOnlyFolder()
    {
        const QString dir = folder(QStringLiteral("read-only"));
        const QString kept = dir + QStringLiteral("/kept.md");
        QVERIFY(writePlain(kept, "old"));
        QCOMPARE(::chmod(QFile::encodeName(kept).constData(), 0644), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0555), 0);
        for (const QString &file : {dir + QStringLiteral("/new.md"), kept}) {
            const Outcome o = writeAsUser(file, "new");
            QCOMPARE(o.problem, Problem::PermissionDenied);
            QVERIFY2(o.message.contains(QStringLiteral("no permission to write in the folder %1").arg(dir)), qPrintable(o.message));
        }
        QCOMPARE(readFile(kept), QByteArray("old"));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("kept.md")});

        // A read-only file in a folder one may write in is not replaced either.
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0777), 0);
        QCOMPARE(::chmod(QFile::encodeName(kept).constData(), 0444), 0);
        const Outcome o = writeAsUser(kept, "new");
        QCOMPARE(o.problem, Problem::PermissionDenied);
        QVERIFY2(o.message.contains(QStringLiteral("no permission to replace it")), qPrintable(o.message));
        QCOMPARE(readFile(kept), QByteArray("old"));
    }

    void readOnlyFileSystem()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString dir = m_dir.filePath(QStringLiteral("ro-fs"));
        QVERIFY(FaultFixture::mountTmpfs(dir, 1024 * 1024).isEmpty());
        m_mounted = dir;
        const QString kept = dir + QStringLiteral("/kept.md");
        QVERIFY(writePlain(kept, "old"));
        QVERIFY(FaultFixture::remountReadOnly(dir).isEmpty());
        for (const QString &file : {dir + QStringLiteral("/new.md"), kept}) {
            const Outcome o = write(file, "new");
            QCOMPARE(o.problem, Problem::ReadOnly);
            QVERIFY2(o.message.contains(QStringLiteral("the folder %1 is on a read-only file system").arg(dir)), qPrintable(o.message));
        }
        QCOMPARE(readFile(kept), QByteArray("old"));
    }

    void diskFull()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString dir = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(FaultFixture::mountTmpfs(dir, 1024 * 1024).isEmpty());
        m_mounted = dir;
        const QString kept = dir + QStringLiteral("/kept.md");
        QVERIFY(writePlain(kept, "old"));
        {
            QFile filler(dir + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QByteArray data(256 * 1024, 'n');
        const Outcome replacing = write(kept, data);
        QCOMPARE(replacing.problem, Problem::DiskFull);
        QVERIFY2(replacing.message.endsWith(QStringLiteral(": the disk is full; the old file is unchanged")), qPrintable(replacing.message));
        const Outcome adding = write(dir + QStringLiteral("/new.md"), data);
        QCOMPARE(adding.problem, Problem::DiskFull);
        QVERIFY2(adding.message.endsWith(QStringLiteral(": the disk is full")), qPrintable(adding.message));
        QCOMPARE(readFile(kept), QByteArray("old"));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("filler"), QStringLiteral("kept.md")}));
    }

    // Follow replaces the file a link points at, as QSaveFile does; Refuse writes nothing, whether
    // the link points at a file or nowhere.
    void links()
    {
        const QString dir = folder(QStringLiteral("links"));
        const QString victim = dir + QStringLiteral("/victim.txt");
        const QString link = dir + QStringLiteral("/link.md");
        QVERIFY(writePlain(victim, "precious"));
        QVERIFY(QFile::link(victim, link));
        const Outcome refused = write(link, "new", Links::Refuse);
        QCOMPARE(refused.problem, Problem::Link);
        QVERIFY2(refused.message.contains(QStringLiteral("it is a link")), qPrintable(refused.message));
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());

        const QString dangling = dir + QStringLiteral("/dangling.md");
        const QString nowhere = dir + QStringLiteral("/nowhere.txt");
        QVERIFY(QFile::link(nowhere, dangling));
        QCOMPARE(write(dangling, "new", Links::Refuse).problem, Problem::Link);
        QVERIFY(!QFileInfo::exists(nowhere));

        QCOMPARE(write(link, "followed", Links::Follow).problem, Problem::None);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(victim), QByteArray("followed"));
    }

    void notRegularFiles()
    {
        const QString dir = folder(QStringLiteral("special"));
        const QString sub = folder(QStringLiteral("special/sub.md"));
        const Outcome onFolder = write(sub, "x");
        QCOMPARE(onFolder.problem, Problem::NotRegularFile);
        QVERIFY2(onFolder.message.contains(QStringLiteral("it is a folder")), qPrintable(onFolder.message));
        const QString fifo = dir + QStringLiteral("/fifo.md");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Outcome onFifo = write(fifo, "x");
        QCOMPARE(onFifo.problem, Problem::NotRegularFile);
        QVERIFY2(onFifo.message.contains(QStringLiteral("it is not a regular file")), qPrintable(onFifo.message));
        // Through a link too.
        const QString link = dir + QStringLiteral("/link-to-fifo.md");
        QVERIFY(QFile::link(fifo, link));
        QCOMPARE(write(link, "x").problem, Problem::NotRegularFile);
        struct stat st {
        };
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QVERIFY(QFileInfo(sub).isDir());
    }
};

int main(int argc, char **argv)
{
    kPrivateMounts = FaultFixture::enterPrivateMounts(argv);
    QCoreApplication app(argc, argv);
    TestAtomicFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicfile.moc"
