// The paperboy executable end to end: --version, --help, first start with the sample, --screenshot.
#include "library/library.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

class TestApp : public QObject
{
    Q_OBJECT

    static QProcess *run(const QStringList &args, QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERBOY_BINARY), args);
        p.waitForFinished(60000);
        return &p;
    }

private Q_SLOTS:
    void version()
    {
        QProcess p;
        run({QStringLiteral("--version")}, p);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).trimmed().startsWith(QStringLiteral("paperboy 0.")));
    }

    void help()
    {
        QProcess p;
        run({QStringLiteral("--help")}, p);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QStringLiteral("--db")));
        QVERIFY(out.contains(QStringLiteral("--screenshot")));
        // The commands without a window, recover too (it was missing from this list).
        for (const char *command : {"import", "search", "list", "tag", "untag", "note", "star", "compare", "export", "import-notes", "sources add",
                                    "sources list", "sources remove", "fetch", "recover"})
            QVERIFY2(out.contains(QStringLiteral("  %1 ").arg(QLatin1StringView(command))), command);
    }

    void firstStartShowsSampleAndScreenshots()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lib.sqlite"));
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        run({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png}, p);
        QCOMPARE(p.exitCode(), 0);
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() >= 800);
        Library lib;
        QVERIFY(lib.open(db).ok());
        const auto days = lib.catalog().days();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].date, QDate(2025, 1, 15));
        QCOMPARE(days[0].paperCount, 4);
    }

    void badLibraryGivesClearError()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("lib.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        QProcess p;
        run({QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))}, p);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not a Paperboy library")));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
