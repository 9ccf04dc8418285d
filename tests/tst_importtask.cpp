// ImportTask (worker thread, progress, cancel) and FolderWatcher (new and changed files) on real files.
#include "library/folderwatcher.h"
#include "library/importtask.h"
#include "library/library.h"
#include "testcorpus.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

namespace {
QByteArray corpusDay()
{
    return TestCorpus::dayBytes();
}

QString writeDay(const QString &dir, const QDate &date, const QByteArray &extra = {})
{
    QByteArray data = corpusDay();
    data.replace("2025-05-24", date.toString(Qt::ISODate).toUtf8());
    data.replace("SciLoop: 가설에서", "SciLoop" + extra + ": 가설에서");
    const QString path = dir + u'/' + date.toString(Qt::ISODate) + QStringLiteral(".md");
    QFile f(path + QStringLiteral(".part"));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write");
    f.close();
    QFile::remove(path);
    QFile::rename(path + QStringLiteral(".part"), path); // as editors and sync tools do
    return path;
}
} // namespace

class TestImportTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsOnAThreadWithProgress()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        for (int i = 0; i < 6; ++i)
            writeDay(dir.filePath(QStringLiteral("a")), QDate(2025, 5, 1).addDays(i));
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QSignalSpy changed(&lib, &Library::daysChanged);
        ImportTask task(&lib, {dir.filePath(QStringLiteral("a"))});
        QSignalSpy progress(&task, &ImportTask::progress);
        QSignalSpy finished(&task, &ImportTask::finished);
        task.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(progress.size(), 6);
        QCOMPARE(progress.last(), (QList<QVariant>{6, 6}));
        QCOMPARE(task.results().size(), 6);
        QVERIFY(changed.size() >= 1); // the window's connection learns of the new days
        QCOMPARE(lib.catalog().days().size(), 6);
    }

    void cancelStopsBetweenFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 30; ++i)
            writeDay(dir.path(), QDate(2025, 1, 1).addDays(i));
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        ImportTask task(&lib, {dir.path()});
        QSignalSpy finished(&task, &ImportTask::finished);
        connect(&task, &ImportTask::progress, &task, [&task](int done, int) {
            if (done == 2)
                task.cancel();
        });
        task.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        const int imported = int(lib.catalog().days().size());
        QVERIFY2(imported >= 2 && imported < 30, qPrintable(QString::number(imported)));
        for (const DayInfo &d : lib.catalog().days())
            QCOMPARE(d.paperCount, TestCorpus::kPapers); // whole days only
    }

    void watcherImportsNewAndChangedFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("digests"));
        QDir().mkpath(folder);
        writeDay(folder, QDate(2025, 5, 1));
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        FolderWatcher watcher(&lib);
        watcher.setDebounce(100);
        watcher.setFolders({folder});
        QCOMPARE(watcher.scanAll().size(), 1);
        QSignalSpy imported(&watcher, &FolderWatcher::imported);

        writeDay(folder, QDate(2025, 5, 2)); // a new file
        QVERIFY(imported.wait(10000));
        QCOMPARE(lib.catalog().days().size(), 2);

        imported.clear();
        writeDay(folder, QDate(2025, 5, 1), " (v2)"); // a changed file
        QTRY_VERIFY_WITH_TIMEOUT(lib.catalog().paper(QStringLiteral("2505.96938"), QDate(2025, 5, 1))->listing.title.contains(QStringLiteral("(v2)")), 10000);

        QDir().mkpath(folder + QStringLiteral("/2025/06")); // a new subfolder, then a file in it
        QTest::qWait(300);
        writeDay(folder + QStringLiteral("/2025/06"), QDate(2025, 6, 1));
        QTRY_COMPARE_WITH_TIMEOUT(lib.catalog().days().size(), 3, 10000);
    }
};

QTEST_GUILESS_MAIN(TestImportTask)
#include "tst_importtask.moc"
