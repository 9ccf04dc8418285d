// Faults with real processes, files and file systems: kill -9 during an import, a full disk while
// exporting, a read-only or locked library, and a window and command-line writers on one library.
// (One executable for the fault scenarios, which cross Library, the exporters, the CLI and the window.)
#include "actionregistry.h"
#include "exportdialog.h"
#include "faultfixture.h"
#include "importcontroller.h"
#include "library/dailybackup.h"
#include "library/library.h"
#include "mainwindow.h"
#include "notepanel.h"
#include "readercontroller.h"
#include "search/searchquery.h"
#include "testcorpus.h"
#include "uitest.h"

#include "windowparts.h"
#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy;
using namespace TestWindow;
using Core::Library;
using FaultFixture::paperboy;

namespace {
const QString kDigest = TestCorpus::day();
const QString kJudgeRm = QStringLiteral("2505.96265");
const QDate kDay(2025, 5, 24);
bool kPrivateMounts = false; // set in main

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString consistency(Library &lib)
{
    QSqlQuery q(lib.database().sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    if (q.value(0).toString() != QLatin1StringView("ok"))
        return q.value(0).toString();
    q.finish();
    if (Core::Status s = lib.database().execScript(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);")); !s)
        return QStringLiteral("search index: ") + s.message();
    return {};
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_mounted; // a tmpfs to take down in cleanup()

    QString makeLibrary(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        Library lib;
        if (!lib.open(path).ok() || lib.importer().importFile(kDigest).outcome != Core::ImportResult::Outcome::Imported)
            return {};
        return path;
    }

    // Fills a small file system until a write fails.
    static void fill(const QString &dir)
    {
        QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
    }

    void cleanup()
    {
        if (!m_mounted.isEmpty())
            FaultFixture::unmount(m_mounted);
        m_mounted.clear();
    }

    // --- kill -9 during an import --------------------------------------------------------------
    void killDuringImportKeepsEveryCommittedDay()
    {
        const QString archive = m_dir.filePath(QStringLiteral("archive"));
        const int days = 130;
        const qint64 bytes = FaultFixture::writeArchive(kDigest, archive, QDate(2024, 1, 1), days);
        QVERIFY(bytes > 10'000'000);
        qInfo("archive: %d days, %lld bytes", days, bytes);
        const QString path = m_dir.filePath(QStringLiteral("import-kill.sqlite"));
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.annotations().tagPaper(QStringLiteral("3000.96265"), QStringLiteral("before")).ok());
            QVERIFY(lib.annotations().setNote(QStringLiteral("3000.96265"), QStringLiteral("written before the import")).ok());
        }
        int committed = 0;
        for (int round = 0; round < 4 && committed < days; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(PAPERBOY_KILLWRITER), {QStringLiteral("import"), path, archive});
            QVERIFY(writer.waitForStarted());
            // Killed a random number of newly committed days into the run: mid-transaction, mid-FTS.
            const int target = std::min(days - 1, committed + 1 + int(QRandomGenerator::global()->bounded(12)));
            int seen = committed;
            while (seen < target && writer.waitForReadyRead(60000))
                while (writer.canReadLine()) {
                    const QString line = QString::fromUtf8(writer.readLine()).trimmed();
                    if (line.startsWith(QStringLiteral("committed ")))
                        seen = std::max(seen, line.mid(10).toInt());
                }
            QVERIFY2(seen >= target, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            qInfo("round %d: killed after %d committed days", round, seen);
            committed = seen;
            Library lib;
            QVERIFY(lib.open(path, Core::Database::Check::Quick).ok());
            const QString problem = consistency(lib);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Every day reported committed is there, whole; no day is there in part.
            const auto present = lib.catalog().days();
            QVERIFY(present.size() >= committed);
            for (int i = 0; i < committed; ++i)
                QVERIFY(std::any_of(present.cbegin(), present.cend(), [&](const Core::DayInfo &d) { return d.date == QDate(2024, 1, 1).addDays(i); }));
            for (const Core::DayInfo &d : present)
                QCOMPARE(d.paperCount, TestCorpus::kPapers);
            QCOMPARE(lib.annotations().tagsOf(QStringLiteral("3000.96265")), QStringList{QStringLiteral("before")});
            QCOMPARE(lib.annotations().note(QStringLiteral("3000.96265")), QStringLiteral("written before the import"));
        }
        // The import then completes, and a second run finds every day unchanged.
        QProcess writer;
        writer.start(QStringLiteral(PAPERBOY_KILLWRITER), {QStringLiteral("import"), path, archive});
        QVERIFY(writer.waitForFinished(300000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(QString::fromUtf8(writer.readAllStandardOutput()).contains(QStringLiteral("done %1").arg(days)));
        const FaultFixture::Run r = paperboy(path, {QStringLiteral("import"), archive});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("unchanged")), days);
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.catalog().dayCount(), days);
        QVERIFY(consistency(lib).isEmpty());
        // The note written before is still found by search (the index kept it through the kills).
        QVERIFY(!lib.searchIndex().search(Core::SearchQuery::parse(QStringLiteral("\"written before the import\""))).isEmpty());
    }

    // --- a full disk while exporting ------------------------------------------------------------
    void diskFullDuringExportLeavesTheOldFile()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString db = makeLibrary(QStringLiteral("export.sqlite"));
        const QString full = m_dir.filePath(QStringLiteral("full"));
        const QString error = FaultFixture::mountTmpfs(full, 1024 * 1024);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_mounted = full;
        const QString out = full + QStringLiteral("/notes.md");
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\n");
        }
        fill(full);
        // Through the command line: a one-file format and the folder format.
        FaultFixture::Run r = paperboy(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(out) && r.err.contains(QStringLiteral("the disk is full")), qPrintable(r.err));
        QCOMPARE(readAll(out), QByteArray("the previous export\n"));
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), (QStringList{QStringLiteral("filler"), QStringLiteral("notes.md")}));
        r = paperboy(
            db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), full + QStringLiteral("/notes.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("notes.json")) && r.err.contains(QStringLiteral("the disk is full")), qPrintable(r.err));
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), (QStringList{QStringLiteral("filler"), QStringLiteral("notes.md")}));

        // Through the export dialog's worker thread.
        Library lib;
        QVERIFY(lib.open(db).ok());
        Ui::ExportDialog d(&lib, {{}, kDay, {}});
        d.setScope(Ui::ExportDialog::Scope::Day);
        d.setFormat(Core::NotesExporter::Format::Html);
        const QString html = full + QStringLiteral("/notes.html");
        d.destination()->setText(html);
        QSignalSpy finished(&d, &Ui::ExportDialog::finished);
        d.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(html) && message.contains(QStringLiteral("the disk is full")), qPrintable(message));
        QVERIFY2(d.statusLabel()->text().contains(QStringLiteral("the disk is full")), qPrintable(d.statusLabel()->text()));
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden), (QStringList{QStringLiteral("filler"), QStringLiteral("notes.md")}));
        // With room again, the same export replaces the old file.
        QVERIFY(QFile::remove(full + QStringLiteral("/filler")));
        r = paperboy(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(out).contains(kJudgeRm.toUtf8()));
    }

    // --- read-only libraries --------------------------------------------------------------------
    // A library on a full disk: reading commands work, writes say the disk is full, and no
    // command calls the library damaged or talks of a rollback.
    void fullDiskReadsAndSaysWhyWritesFail()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString full = m_dir.filePath(QStringLiteral("full-library"));
        const QString error = FaultFixture::mountTmpfs(full, 4 * 1024 * 1024);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_mounted = full;
        const QString db = full + QStringLiteral("/lib.sqlite");
        QCOMPARE(paperboy(db, {QStringLiteral("import"), kDigest}).code, 0);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // closed cleanly
        fill(full);

        FaultFixture::Run r = paperboy(db, {QStringLiteral("list"), QStringLiteral("days")});
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("2025-05-24")), qPrintable(r.err));
        r = paperboy(db, {QStringLiteral("search"), QStringLiteral("RM-Bench")});
        QVERIFY2(r.code == 0 && r.out.contains(TestCorpus::kJudgeRm), qPrintable(r.err));
        r = paperboy(db, {QStringLiteral("tag"), TestCorpus::kJudgeRm, QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("disk")) && r.err.contains(QStringLiteral("full")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("not a Paperboy library")) && !r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));

        // With room for the log but not for the data: the import fails as "disk full", without a
        // word about a rollback, and the library keeps what it had.
        QVERIFY(QFile::remove(full + QStringLiteral("/filler")));
        {
            QFile filler(full + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            // Written out (a resized file would be sparse and take no room).
            const QByteArray block(16 * 1024, 'x');
            while (QStorageInfo(full).bytesAvailable() > 400 * 1024)
                QVERIFY(filler.write(block) == block.size() && filler.flush());
        }
        const QString other = m_dir.filePath(QStringLiteral("2025-05-25.md"));
        QByteArray next = TestCorpus::dayBytes();
        next.replace("2025-05-24", "2025-05-25");
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(next) == next.size());
        out.close();
        r = paperboy(db, {QStringLiteral("import"), other});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("full")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("rollback")) && !r.err.contains(QStringLiteral("not a Paperboy library")), qPrintable(r.err));
        r = paperboy(db, {QStringLiteral("list"), QStringLiteral("days")});
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("2025-05-24")) && !r.out.contains(QStringLiteral("2025-05-25")), qPrintable(r.out + r.err));
    }

    void readOnlyFileSystemOpensReadOnlyAndSaysWhy()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString dir = m_dir.filePath(QStringLiteral("ro"));
        const QString error = FaultFixture::mountTmpfs(dir, 32 * 1024 * 1024);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_mounted = dir;
        const QString path = dir + QStringLiteral("/library.sqlite");
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QCOMPARE(lib.importer().importFile(kDigest).outcome, Core::ImportResult::Outcome::Imported);
            QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("kept")).ok());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm"))); // closed cleanly: nothing beside it
        QVERIFY(FaultFixture::remountReadOnly(dir).isEmpty());

        Library lib;
        const Core::Status s = lib.open(path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(lib.isReadOnly());
        QVERIFY2(lib.writeNotice().contains(QStringLiteral("read-only")), qPrintable(lib.writeNotice()));
        QCOMPARE(lib.catalog().dayCount(), 1);
        QCOMPARE(lib.catalog().papersOfDay(kDay).size(), TestCorpus::kPapers);
        QCOMPARE(lib.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("kept")});
        QCOMPARE(lib.searchIndex().search(Core::SearchQuery::parse(QStringLiteral("RM-Bench"))).isEmpty(), false);
        QSignalSpy failed(&lib, &Library::writeFailed);
        const Core::Status tagged = lib.annotations().tagPaper(kJudgeRm, QStringLiteral("new"));
        QVERIFY(!tagged);
        QVERIFY2(tagged.message().contains(QStringLiteral("read-only")), qPrintable(tagged.message()));
        QCOMPARE(failed.size(), 1);
        {
            Core::DailyBackup daily(&lib); // a read-only library gets no daily copy
            QVERIFY(!daily.isRunning());
            QVERIFY(Core::DailyBackup::existing(path).isEmpty());
        }

        // The command line reads, and refuses writes with the reason.
        FaultFixture::Run r = paperboy(path, {QStringLiteral("list"), QStringLiteral("days")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("2025-05-24")));
        r = paperboy(path, {QStringLiteral("tag"), kJudgeRm, QStringLiteral("new")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));

        // The window browses and says why a star is not saved.
        Ui::MainWindow w(&lib);
        w.reader()->setMarkReadDelay(0);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(dayList(w)->model()->rowCount(), 1);
        QVERIFY(w.reader()->openPaper(kDay, kJudgeRm));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("readOnlyNotice")));
        w.actions()->action(QStringLiteral("paper.toggle_star"))->trigger();
        QVERIFY(!lib.annotations().isStarred(kJudgeRm));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("read-only")), qPrintable(w.statusBar()->currentMessage()));
        notePanel(w)->setPaper(kJudgeRm);
        QVERIFY(notePanel(w)->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"))->isReadOnly());
    }

    void readOnlyFileInAWritableFolder()
    {
        if (const QString why = FaultFixture::mountUnavailable(kPrivateMounts); !why.isEmpty())
            QSKIP(qPrintable(why));
        const QString path = makeLibrary(QStringLiteral("rofile.sqlite"));
        // root writes any file whatever its mode: a read-only bind mount of the file itself is honest.
        const QByteArray file = QFile::encodeName(path);
        QVERIFY(mount(file.constData(), file.constData(), nullptr, MS_BIND, nullptr) == 0);
        m_mounted = path;
        QVERIFY(mount(nullptr, file.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);
        Library lib;
        const Core::Status s = lib.open(path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(lib.isReadOnly());
        QVERIFY2(lib.writeNotice().contains(QStringLiteral("the file")), qPrintable(lib.writeNotice()));
        QCOMPARE(lib.catalog().papersOfDay(kDay).size(), TestCorpus::kPapers);
        QVERIFY(!lib.annotations().setNote(kJudgeRm, QStringLiteral("x")));
        const FaultFixture::Run r = paperboy(path, {QStringLiteral("note"), kJudgeRm, QStringLiteral("--set"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    }

    // --- a library locked by another process --------------------------------------------------
    void lockedLibraryBrowsesAndSaysWhyWritesWait()
    {
        const QString path = makeLibrary(QStringLiteral("locked.sqlite"));
        QProcess holder;
        holder.start(QStringLiteral(PAPERBOY_KILLWRITER), {QStringLiteral("lock"), path, kJudgeRm, QStringLiteral("from-the-other")});
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        Library lib;
        QVERIFY(lib.open(path).ok());
        QVERIFY(lib.database().wasLockedAtOpen());
        QVERIFY2(lib.writeNotice().contains(QStringLiteral("Another program")), qPrintable(lib.writeNotice()));
        QCOMPARE(lib.catalog().papersOfDay(kDay).size(), TestCorpus::kPapers); // WAL: reading goes on
        QSignalSpy failed(&lib, &Library::writeFailed);
        const Core::Status s = lib.annotations().setNote(kJudgeRm, QStringLiteral("waits for the lock")); // gives up after the 5 s busy timeout
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("another program is writing")), qPrintable(s.message()));
        QCOMPARE(failed.size(), 1);
        FaultFixture::Run r = paperboy(path, {QStringLiteral("list"), QStringLiteral("days")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = paperboy(path, {QStringLiteral("tag"), kJudgeRm, QStringLiteral("cli")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("another program is writing")), qPrintable(r.err));

        // The window: the note typed while locked stays in the editor and is saved once the lock goes.
        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->openPaper(kDay, kJudgeRm));
        Ui::NotePanel *panel = notePanel(w);
        panel->setPaper(kJudgeRm);
        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(!editor->isReadOnly());
        editor->setPlainText(QStringLiteral("typed while locked"));
        panel->flush();
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("another program is writing")), qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(editor->toPlainText(), QStringLiteral("typed while locked"));

        holder.write("commit\n");
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        editor->appendPlainText(QStringLiteral("and after"));
        panel->flush();
        QCOMPARE(lib.annotations().note(kJudgeRm), QStringLiteral("typed while locked\nand after"));
        QVERIFY(lib.annotations().tagsOf(kJudgeRm).contains(QStringLiteral("from-the-other"))); // the other's write is kept
        QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("mine")).ok());
    }

    // --- a window and command-line writers on one library ---------------------------------------
    void windowAndCommandLineWritersKeepEachOthersWrites()
    {
        const QString path = makeLibrary(QStringLiteral("shared.sqlite"));
        const QString archive = m_dir.filePath(QStringLiteral("shared-archive"));
        QVERIFY(FaultFixture::writeArchive(kDigest, archive, QDate(2023, 3, 1), 20) > 0);
        Library lib;
        QVERIFY(lib.open(path).ok());
        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->openPaper(kDay, kJudgeRm));

        // A CLI import runs while the window and other CLI processes write.
        QProcess import;
        import.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), path, QStringLiteral("import"), archive});
        QVERIFY(import.waitForStarted());
        const auto papers = lib.catalog().papersOfDay(kDay);
        QList<QProcess *> writers;
        for (int i = 0; i < 6; ++i) {
            const QString id = papers.at(i).arxivId;
            auto *p = new QProcess(this);
            p->start(
                QStringLiteral(PAPERBOY_BINARY),
                i % 2 ? QStringList{QStringLiteral("--db"), path, QStringLiteral("tag"), id, QStringLiteral("cli%1").arg(i)}
                      : QStringList{QStringLiteral("--db"), path, QStringLiteral("note"), id, QStringLiteral("--set"), QStringLiteral("cli note %1").arg(i)});
            writers << p;
            // Meanwhile the window: a star by its action, a tag and a note through its panel.
            const QString mine = papers.at(10 + i).arxivId;
            QVERIFY(w.reader()->openPaper(kDay, mine));
            w.actions()->action(QStringLiteral("paper.toggle_star"))->trigger();
            QVERIFY(lib.annotations().tagPaper(mine, QStringLiteral("window")).ok());
            notePanel(w)->setPaper(mine);
            notePanel(w)->findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"))->setPlainText(QStringLiteral("window note %1").arg(i));
            notePanel(w)->flush();
        }
        for (QProcess *p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError())));
        }
        QVERIFY(import.waitForFinished(300000));
        QVERIFY2(import.exitCode() == 0, qPrintable(QString::fromUtf8(import.readAllStandardError())));
        lib.notifyExternalChange();
        QCOMPARE(lib.catalog().dayCount(), 21);
        for (int i = 0; i < 6; ++i) {
            const QString id = papers.at(i).arxivId;
            if (i % 2)
                QVERIFY(lib.annotations().tagsOf(id).contains(QStringLiteral("cli%1").arg(i)));
            else
                QCOMPARE(lib.annotations().note(id), QStringLiteral("cli note %1").arg(i));
            const QString mine = papers.at(10 + i).arxivId;
            QVERIFY(lib.annotations().isStarred(mine));
            QCOMPARE(lib.annotations().tagsOf(mine), QStringList{QStringLiteral("window")});
            QCOMPARE(lib.annotations().note(mine), QStringLiteral("window note %1").arg(i));
        }
        QCOMPARE(dayList(w)->model()->rowCount(), 21);
        QVERIFY(consistency(lib).isEmpty());
    }
};

int main(int argc, char **argv)
{
    kPrivateMounts = FaultFixture::enterPrivateMounts(argv);
    QApplication app(argc, argv);
    TestFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
