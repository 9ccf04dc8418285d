// One window per library: a second start hands its files to the running one (real processes, a
// real local socket), a crashed instance's stale socket does not block the next start.
#include "instance/singleinstance.h"
#include "library/library.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Paperboy::Core;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

    static void startFirst(QProcess &p, const QString &db)
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db}); // QT_QPA_PLATFORM=offscreen from the test's environment
    }

private Q_SLOTS:
    void namesDependOnTheLibrary()
    {
        const QString a = SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("a.sqlite"))), a);
        QVERIFY(a != SingleInstance::serverNameFor(m_dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(a.startsWith(QStringLiteral("paperboy-")));
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
        QTRY_VERIFY_WITH_TIMEOUT(reader.paper(QStringLiteral("2507.00001")).has_value(), 20000);
        QCOMPARE(reader.paper(QStringLiteral("2507.00001"))->listing.day, QDate(2025, 7, 1));

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
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
