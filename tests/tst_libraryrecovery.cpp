// LibraryRecovery, UserDataBackup and DailyBackup: damaged files are found at open (header,
// truncation, pages), a backup is restored or the cache rebuilt from its digests, and the reader's
// data comes back from the automatic JSON backup, which is written on a worker thread. Daily copies
// of the library are made, rotated and restored. Also through the binary: `paperboy recover`.
#include "faultfixture.h"
#include "library/dailybackup.h"
#include "library/libraryrecovery.h"
#include "library/userdatabackup.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Paperboy::Core;
using FaultFixture::paperboy;

namespace {
const QString kDigest = TestCorpus::day();
const QString kJudgeRm = QStringLiteral("2505.96265");
const QString kSciLoop = QStringLiteral("2505.96938");
} // namespace

class TestLibraryRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A library with the corpus day and two generated days imported from a folder.
    QString makeLibrary(QString *archive = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("lib%1/library.sqlite").arg(++m_n));
        const QString folder = m_dir.filePath(QStringLiteral("lib%1/digests").arg(m_n));
        FaultFixture::writeArchive(kDigest, folder, QDate(2025, 6, 1), 2);
        QFile::copy(kDigest, folder + QStringLiteral("/2025-05-24.md"));
        Library lib;
        if (!lib.open(path).ok())
            return {};
        for (const auto &r : lib.importer().importPaths({folder}))
            if (r.outcome != ImportResult::Outcome::Imported)
                return {};
        if (archive)
            *archive = folder;
        return path;
    }

    // makeLibrary() with annotate()'s data in it; "" when either failed.
    QString makeAnnotatedLibrary(QString *archive = nullptr)
    {
        const QString path = makeLibrary(archive);
        if (path.isEmpty())
            return {};
        Library lib;
        if (!lib.open(path).ok())
            return {};
        annotate(lib);
        return QTest::currentTestFailed() ? QString() : path;
    }

    // Tags, a note, a highlight, a star, read state and a mark, with the JSON backup written.
    static void annotate(Library &lib)
    {
        UserDataBackup backup(&lib);
        QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("reward models")).ok());
        QVERIFY(lib.annotations().setNote(kJudgeRm, QStringLiteral("복구 뒤에도 남는 메모")).ok());
        Highlight h;
        h.arxivId = kJudgeRm;
        h.exact = QStringLiteral("RM-Bench");
        h.sectionKind = QStringLiteral("results");
        QVERIFY(lib.annotations().addHighlight(h).ok());
        QVERIFY(lib.annotations().setStarred(kSciLoop, true).ok());
        QVERIFY(lib.annotations().setRead(kSciLoop, true).ok());
        QVERIFY(lib.annotations().setMarked(kSciLoop, true).ok());
        QVERIFY(backup.isPending());
        QVERIFY(backup.flush().ok());
    }

    static void verifyAnnotations(Library &lib)
    {
        QCOMPARE(lib.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("reward models")});
        QCOMPARE(lib.annotations().note(kJudgeRm), QStringLiteral("복구 뒤에도 남는 메모"));
        QCOMPARE(lib.annotations().highlights(kJudgeRm).size(), 1);
        QCOMPARE(lib.annotations().highlights(kJudgeRm).first().exact, QStringLiteral("RM-Bench"));
        QVERIFY(lib.annotations().isStarred(kSciLoop));
        QVERIFY(lib.annotations().isRead(kSciLoop));
        QCOMPARE(lib.annotations().markedPapers(), QStringList{kSciLoop});
    }

    static void verifyConsistent(Library &lib)
    {
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(lib.database().execScript(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);")).ok());
    }

    // A copy of path as VACUUM INTO makes it (what migrations and daily backups write).
    static bool vacuumInto(Library &lib, const QString &copy)
    {
        QSqlQuery q(lib.database().sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        return q.exec();
    }

    static Source source(const QString &name, const QString &url, Source::Kind kind = Source::Kind::Digest)
    {
        Source s;
        s.name = name;
        s.url = url;
        s.kind = kind;
        return s;
    }

    static qint64 pageSize(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray h = f.read(18);
        const qint64 size = (qint64(uchar(h[16])) << 8) | uchar(h[17]);
        return size == 1 ? 65536 : size;
    }

private Q_SLOTS:
    void headerDamageIsFoundAtOpen()
    {
        const QString path = makeLibrary();
        QVERIFY(!path.isEmpty());
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(16, 'X')));
        Library lib;
        const Status s = lib.open(path);
        QVERIFY(!s);
        QVERIFY(lib.isDamaged());
        QVERIFY2(s.message().contains(path) && s.message().contains(QStringLiteral("damaged")), qPrintable(s.message()));
        QCOMPARE(LibraryRecovery(path).diagnose().state, LibraryDiagnosis::State::Damaged);
    }

    void truncatedFileIsFoundAtOpen()
    {
        const QString path = makeLibrary();
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 100000);
        QVERIFY(QFile::resize(path, size / 2 + 100)); // cut inside a page
        Library lib;
        const Status s = lib.open(path);
        QVERIFY(!s);
        QVERIFY(lib.isDamaged());
        QVERIFY2(s.message().contains(QStringLiteral("cut off")), qPrintable(s.message()));
        // Cut on a page boundary, the header's page count still tells.
        QVERIFY(QFile::resize(path, (size / 2 / pageSize(path)) * pageSize(path)));
        QVERIFY(!lib.open(path));
        QVERIFY(lib.isDamaged());
    }

    void damagedPagesAreFoundByQuickCheck()
    {
        const QString path = makeLibrary();
        const qint64 page = pageSize(path), pages = QFileInfo(path).size() / page;
        // Garbage over a run of pages in the middle: the header and the schema stay whole.
        for (qint64 p = pages / 3; p < pages / 3 + 8; ++p)
            QVERIFY(FaultFixture::overwrite(path, p * page, QByteArray(int(page), char(0x5a))));
        {
            Library cheap;
            QVERIFY(cheap.open(path).ok()); // the cheap check cannot see inside pages
        }
        Library lib;
        const Status s = lib.open(path, Database::Check::Quick);
        QVERIFY(!s);
        QVERIFY(lib.isDamaged());
        const LibraryDiagnosis d = LibraryRecovery(path).diagnose(LibraryRecovery::Depth::Full);
        QCOMPARE(d.state, LibraryDiagnosis::State::Damaged);
        QVERIFY(!d.message.isEmpty());
    }

    void wholeLibraryIsHealthy()
    {
        const QString path = makeLibrary();
        const LibraryDiagnosis d = LibraryRecovery(path).diagnose(LibraryRecovery::Depth::Full);
        QCOMPARE(d.state, LibraryDiagnosis::State::Healthy);
        QVERIFY(d.problems.isEmpty());
        QCOMPARE(LibraryRecovery(m_dir.filePath(QStringLiteral("none.sqlite"))).diagnose().state, LibraryDiagnosis::State::Missing);
    }

    void userDataBackupIsWrittenAfterChangesAndAtClose()
    {
        const QString path = makeLibrary();
        Library lib;
        QVERIFY(lib.open(path).ok());
        const QString json = UserDataBackup::pathFor(path);
        {
            UserDataBackup backup(&lib);
            QSignalSpy written(&backup, &UserDataBackup::written);
            QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("first")).ok());
            QVERIFY(written.wait(10000)); // debounced, then written
            QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
            UserDataBackup::Contents c;
            QVERIFY(UserDataBackup::read(json, &c).ok());
            QCOMPARE(c.archive.papers.size(), 1);
            QCOMPARE(c.archive.papers.first().tags, QStringList{QStringLiteral("first")});
            QCOMPARE(c.digestSources.size(), 3);
            QVERIFY(lib.annotations().setNote(kSciLoop, QStringLiteral("at close")).ok());
        } // destroyed before the timer fired: writes now
        UserDataBackup::Contents c;
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QCOMPARE(c.archive.papers.size(), 2);
        // No temporary file is left beside it.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.userdata.json*")}, QDir::Files), QStringList{QFileInfo(json).fileName()});
        // It is a notes file: import-notes reads it.
        const FaultFixture::Run r = paperboy(m_dir.filePath(QStringLiteral("other.sqlite")), {QStringLiteral("import-notes"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void restoreBackupBringsBackTheLibraryAndLaterUserData()
    {
        const QString path = makeLibrary();
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            // What a migration leaves: a VACUUM INTO copy, made before the reader's later work.
            QSqlQuery q(lib.database().sql());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(path + QStringLiteral(".backup-v4"));
            QVERIFY(q.exec());
            annotate(lib);
        }
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(100, '\0')));
        LibraryRecovery recovery(path);
        QVERIFY2(LibraryRecovery::checkFile(path + QStringLiteral(".backup-v4")).isEmpty(),
                 qPrintable(LibraryRecovery::checkFile(path + QStringLiteral(".backup-v4"))));
        QCOMPARE(recovery.databaseBackups().size(), 1);
        RecoveryReport report;
        const Status s = recovery.restoreBackup({}, &report);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(QFileInfo::exists(report.setAside)); // the damaged file is kept
        QCOMPARE(report.restoredFrom, QFileInfo(path + QStringLiteral(".backup-v4")).absoluteFilePath());
        QCOMPARE(report.merged.notesAdded, 1);
        QCOMPARE(report.marksRestored, 1);
        Library lib;
        QVERIFY(lib.open(path, Database::Check::Quick).ok());
        QCOMPARE(lib.catalog().dayCount(), 3);
        verifyAnnotations(lib);
        verifyConsistent(lib);
        QCOMPARE(lib.searchIndex().search(SearchQuery::parse(QStringLiteral("남는"))).size(), 1); // the merged note is searchable
    }

    void rebuildReimportsTheDigestsAndKeepsUserData()
    {
        QString archive;
        const QString path = makeAnnotatedLibrary(&archive);
        QVERIFY(!path.isEmpty());
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(100, 'Z'))); // nothing can be read from it
        LibraryRecovery recovery(path);
        QVERIFY(recovery.databaseBackups().isEmpty());
        QVERIFY(!recovery.restoreBackup().ok()); // says to rebuild instead
        RecoveryReport report;
        const Status s = recovery.rebuild({}, &report);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(report.digestsImported, 3); // from the JSON backup's list
        QVERIFY(report.digestsMissing.isEmpty());
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.catalog().dayCount(), 3);
        verifyAnnotations(lib);
        verifyConsistent(lib);
    }

    void sourcesAndComparisonsComeBackFromTheJsonBackup()
    {
        const QString path = makeLibrary();
        const QString json = UserDataBackup::pathFor(path);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.network().addSource(source(QStringLiteral("feed"), QStringLiteral("https://a.example.org/{date}.md"))).ok());
            QVERIFY(lib.annotations().saveComparison({QStringLiteral("kept"), {kJudgeRm, kSciLoop}, {}}).ok());
            QVERIFY(vacuumInto(lib, path + QStringLiteral(".backup-v4"))); // has "feed" and "kept" as they were
            UserDataBackup backup(&lib);
            // Changed after the database backup: the restored library's own "feed" and "kept" win.
            QVERIFY(lib.network().removeSource(QStringLiteral("feed")).ok());
            QVERIFY(lib.network().addSource(source(QStringLiteral("feed"), QStringLiteral("https://b.example.org/{date}.md"))).ok());
            QVERIFY(lib.annotations().saveComparison({QStringLiteral("kept"), {kSciLoop}, {}}).ok());
            Source hf = source(QStringLiteral("hugging face"), QStringLiteral("https://huggingface.co"), Source::Kind::HuggingFace);
            hf.enabled = false;
            hf.auth = Source::Auth::Basic;
            hf.username = QStringLiteral("reader");
            QVERIFY(lib.network().addSource(hf).ok());
            QVERIFY(lib.network().setSourceRefreshed(QStringLiteral("hugging face"), QDateTime::currentDateTimeUtc()).ok());
            QVERIFY(lib.annotations()
                        .saveComparison({QStringLiteral("results only"), {kSciLoop, kJudgeRm}, {QStringLiteral("results"), QStringLiteral("limitations")}})
                        .ok());
            QVERIFY(backup.isPending()); // source and comparison changes schedule a write
            QVERIFY(backup.flush().ok());
        }
        UserDataBackup::Contents c;
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QCOMPARE(c.sources.size(), 2);
        QCOMPARE(c.comparisons.size(), 2);
        {
            QFile f(json);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            const QJsonObject hf = root.value(QStringLiteral("sources")).toArray().at(1).toObject();
            QCOMPARE(hf.value(QStringLiteral("name")).toString(), QStringLiteral("hugging face"));
            // What a source is, never a secret nor when it was refreshed.
            const QStringList keys = hf.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                     (QSet<QString>{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("url"), QStringLiteral("enabled"), QStringLiteral("auth"),
                                    QStringLiteral("username")}));
        }

        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(100, '\0')));
        RecoveryReport report;
        Status s = LibraryRecovery(path).restoreBackup({}, &report);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(report.sourcesRestored, 1);
        QCOMPARE(report.comparisonsRestored, 1);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QCOMPARE(lib.network().sources().size(), 2);
            QCOMPARE(lib.network().source(QStringLiteral("feed"))->url, QStringLiteral("https://a.example.org/{date}.md"));
            const auto hf = lib.network().source(QStringLiteral("hugging face"));
            QVERIFY(hf);
            QCOMPARE(hf->kind, Source::Kind::HuggingFace);
            QCOMPARE(hf->url, QStringLiteral("https://huggingface.co"));
            QVERIFY(!hf->enabled);
            QCOMPARE(hf->auth, Source::Auth::Basic);
            QCOMPARE(hf->username, QStringLiteral("reader"));
            QVERIFY(!hf->lastRefresh.isValid()); // refreshes on the next start
            const QList<Comparison> comparisons = lib.annotations().comparisons();
            QCOMPARE(comparisons.size(), 2);
            QCOMPARE(comparisons.at(0).name, QStringLiteral("kept"));
            QCOMPARE(comparisons.at(0).papers, (QStringList{kJudgeRm, kSciLoop}));
            QCOMPARE(comparisons.at(1).name, QStringLiteral("results only"));
            QCOMPARE(comparisons.at(1).papers, (QStringList{kSciLoop, kJudgeRm}));
            QCOMPARE(comparisons.at(1).sections, (QStringList{QStringLiteral("results"), QStringLiteral("limitations")}));
        }

        // A rebuild starts from nothing: every source and comparison comes from the JSON backup.
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(100, 'Z')));
        report = {};
        s = LibraryRecovery(path).rebuild({}, &report);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(report.sourcesRestored, 2);
        QCOMPARE(report.comparisonsRestored, 2);
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.network().sources().size(), 2);
        QCOMPARE(lib.annotations().comparisons().size(), 2);
        QCOMPARE(lib.network().source(QStringLiteral("feed"))->url, QStringLiteral("https://b.example.org/{date}.md"));
    }

    void jsonBackupWithoutSourcesOrComparisonsIsRead()
    {
        // A file written before sources and comparisons were kept.
        QString archive;
        const QString path = makeAnnotatedLibrary(&archive);
        QVERIFY(!path.isEmpty());
        const QString json = UserDataBackup::pathFor(path);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QVERIFY(root.contains(QStringLiteral("sources")) && root.contains(QStringLiteral("comparisons")));
        root.remove(QStringLiteral("sources"));
        root.remove(QStringLiteral("comparisons"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        UserDataBackup::Contents c;
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QVERIFY(c.sources.isEmpty());
        QVERIFY(c.comparisons.isEmpty());
        QCOMPARE(c.archive.papers.size(), 2);

        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(100, 'Z')));
        RecoveryReport report;
        const Status s = LibraryRecovery(path).rebuild({}, &report);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(report.sourcesRestored, 0);
        Library lib;
        QVERIFY(lib.open(path).ok());
        verifyAnnotations(lib);
    }

    void backupIsWrittenOnAWorkerWhileTheWindowGoesOn()
    {
        const QString path = makeLibrary();
        const QString json = UserDataBackup::pathFor(path);
        Library lib;
        QVERIFY(lib.open(path).ok());
        UserDataBackup backup(&lib);
        QSemaphore entered, go;
        std::atomic<QThread *> writer{nullptr};
        std::atomic_int running{0}, mostAtOnce{0};
        backup.setBeforeSaveHook([&] {
            writer = QThread::currentThread();
            mostAtOnce = std::max(mostAtOnce.load(), ++running);
            entered.release();
            if (QThread::currentThread() != QCoreApplication::instance()->thread()) // never hold the thread the test runs on
                go.acquire();
            --running;
        });
        QSignalSpy written(&backup, &UserDataBackup::written);
        QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("before")).ok());
        // The debounce timer fires in this event loop and hands the write to the worker, which stops
        // after reading the library and before writing the file.
        QVERIFY(QTest::qWaitFor([&] { return entered.tryAcquire(); }, 20000));
        QVERIFY(backup.isWriting());
        QVERIFY(writer.load() != QThread::currentThread());
        // Meanwhile this thread's event loop runs and the library takes changes.
        bool ticked = false;
        QTimer::singleShot(0, this, [&ticked] { ticked = true; });
        QVERIFY(QTest::qWaitFor([&ticked] { return ticked; }));
        QVERIFY(lib.annotations().setNote(kSciLoop, QStringLiteral("written while the backup was being written")).ok());
        QVERIFY(written.isEmpty());
        go.release(100); // let this and the following writes through

        QVERIFY(written.wait(20000));
        QVERIFY2(written.first().first().toBool(), qPrintable(written.first().at(1).toString()));
        UserDataBackup::Contents c;
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QCOMPARE(c.archive.papers.size(), 1); // the snapshot was read before the note
        QVERIFY(backup.isPending()); // so another write is due
        QVERIFY(QTest::qWaitFor([&] { return written.size() == 2; }, 20000));
        QVERIFY(written.at(1).first().toBool());
        QVERIFY(!backup.isPending());
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QCOMPARE(c.archive.papers.size(), 2);
        QCOMPARE(c.archive.papers.at(1).note, QStringLiteral("written while the backup was being written"));
        QCOMPARE(mostAtOnce.load(), 1);
    }

    void closeWaitsForARunningWriteAndWritesTheRest()
    {
        const QString path = makeLibrary();
        const QString json = UserDataBackup::pathFor(path);
        Library lib;
        QVERIFY(lib.open(path).ok());
        QSemaphore entered;
        {
            UserDataBackup backup(&lib);
            backup.setBeforeSaveHook([&entered] { entered.release(); });
            QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("first")).ok());
            QVERIFY(QTest::qWaitFor([&] { return entered.available() > 0; }, 20000)); // the worker's write began
            QVERIFY(lib.annotations().tagPaper(kSciLoop, QStringLiteral("second")).ok());
            QVERIFY(backup.isPending());
        } // waits for the worker, then writes the second tag
        UserDataBackup::Contents c;
        QVERIFY(UserDataBackup::read(json, &c).ok());
        QCOMPARE(c.archive.papers.size(), 2);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.userdata.json*")}, QDir::Files), QStringList{QFileInfo(json).fileName()});
    }

    void dailyBackupIsAWholeLibraryWithTheReadersData()
    {
        const QString path = makeLibrary();
        Library lib;
        QVERIFY(lib.open(path).ok());
        QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("daily")).ok());
        QVERIFY(lib.annotations().setNote(kJudgeRm, QStringLiteral("하루 한 번 복사")).ok());
        QVERIFY(DailyBackup::isDue(path));
        DailyBackup daily(&lib); // none yet: starts one at once
        QSignalSpy finished(&daily, &DailyBackup::finished);
        QVERIFY(daily.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        const QString made = finished.first().at(1).toString();
        QCOMPARE(made, path + QStringLiteral(".backup-daily-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
        QVERIFY(!QFileInfo::exists(made + QStringLiteral(".partial")));
        QVERIFY(!DailyBackup::isDue(path));
        daily.check(); // not due: nothing starts
        QVERIFY(!daily.isRunning());

        QCOMPARE(LibraryRecovery::checkFile(made), QString());
        Library copy;
        QVERIFY(copy.open(made, Database::Check::Quick).ok());
        QCOMPARE(copy.catalog().dayCount(), 3);
        QCOMPARE(copy.annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("daily")});
        QCOMPARE(copy.annotations().note(kJudgeRm), QStringLiteral("하루 한 번 복사"));
        verifyConsistent(copy);
    }

    void staleDailyBackupsAreReplacedAndRotated()
    {
        const QString path = makeLibrary();
        Library lib;
        QVERIFY(lib.open(path).ok());
        QVERIFY(vacuumInto(lib, path + QStringLiteral(".backup-v4"))); // a migration backup: never deleted
        // Four daily copies from earlier days, the newest two days old.
        const QDate today = QDate::currentDate();
        QStringList old;
        for (int age = 5; age >= 2; --age) {
            const QString name = path + QStringLiteral(".backup-daily-") + today.addDays(-age).toString(QStringLiteral("yyyyMMdd"));
            QVERIFY(vacuumInto(lib, name));
            QFile f(name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-age), QFileDevice::FileModificationTime));
            old << name;
        }
        QFile partial(path + QStringLiteral(".backup-daily-") + today.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".partial"));
        QVERIFY(partial.open(QIODevice::WriteOnly)); // what a stopped copy leaves
        partial.write("half a copy");
        partial.close();
        QCOMPARE(DailyBackup::existing(path).size(), 4);
        QVERIFY(DailyBackup::isDue(path));
        QVERIFY(lib.annotations().setStarred(kSciLoop, true).ok());

        DailyBackup daily(&lib); // on start: the newest is older than a day
        QSignalSpy finished(&daily, &DailyBackup::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        const QFileInfoList kept = DailyBackup::existing(path);
        QCOMPARE(kept.size(), DailyBackup::Keep);
        QCOMPARE(kept.at(0).absoluteFilePath(), QFileInfo(finished.first().at(1).toString()).absoluteFilePath());
        QCOMPARE(kept.at(1).absoluteFilePath(), QFileInfo(old.at(3)).absoluteFilePath());
        QCOMPARE(kept.at(2).absoluteFilePath(), QFileInfo(old.at(2)).absoluteFilePath());
        QVERIFY(!QFileInfo::exists(old.at(0)) && !QFileInfo::exists(old.at(1)));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".backup-v4")));
        QVERIFY(!QFileInfo::exists(partial.fileName()));

        // Recovery lists them with the migration backup, newest first.
        const QList<LibraryBackupFile> backups = LibraryRecovery(path).databaseBackups();
        QCOMPARE(backups.size(), 4);
        QCOMPARE(backups.at(0).path, kept.at(0).absoluteFilePath());
        QVERIFY(backups.at(0).daily);
        QCOMPARE(backups.at(0).schema, Database::latestVersion());
        QCOMPARE(backups.at(1).path, QFileInfo(path + QStringLiteral(".backup-v4")).absoluteFilePath());
        QVERIFY(!backups.at(1).daily);
        QCOMPARE(backups.at(2).path, kept.at(1).absoluteFilePath());
        QCOMPARE(backups.at(3).path, kept.at(2).absoluteFilePath());
        // The newest copy has the star made before it.
        Library copy;
        QVERIFY(copy.open(kept.at(0).absoluteFilePath()).ok());
        QVERIFY(copy.annotations().isStarred(kSciLoop));
    }

    void closingDuringADailyCopyLeavesNoPartialFile()
    {
        const QString path = makeLibrary();
        Library lib;
        QVERIFY(lib.open(path).ok());
        {
            DailyBackup daily(&lib);
            QVERIFY(daily.isRunning());
        } // closes at once: the copy is stopped or done, never left half
        const QStringList partial = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.partial")}, QDir::Files);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u' ')));
        const QFileInfoList made = DailyBackup::existing(path);
        QVERIFY(made.size() <= 1);
        if (!made.isEmpty())
            QCOMPARE(LibraryRecovery::checkFile(made.first().absoluteFilePath()), QString());
        QVERIFY(lib.annotations().tagPaper(kJudgeRm, QStringLiteral("still writable")).ok());
    }

    void dailyBackupIsRestoredAfterDamage()
    {
        QString archive;
        const QString path = makeLibrary(&archive);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            annotate(lib);
            QString made;
            const Status s = DailyBackup::make(path, &made);
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(16, 'X')));
        FaultFixture::Run r = paperboy(path, {QStringLiteral("recover")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral(".backup-daily-")) && r.out.contains(QStringLiteral("--restore-backup")), qPrintable(r.out));
        r = paperboy(path, {QStringLiteral("recover"), QStringLiteral("--restore-backup")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral(".backup-daily-")), qPrintable(r.out));
        Library lib;
        QVERIFY(lib.open(path, Database::Check::Quick).ok());
        QCOMPARE(lib.catalog().dayCount(), 3);
        verifyAnnotations(lib);
        verifyConsistent(lib);
    }

    void recoverCommand()
    {
        QString archive;
        const QString path = makeLibrary(&archive);
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            annotate(lib);
            QSqlQuery q(lib.database().sql());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(path + QStringLiteral(".backup-v4"));
            QVERIFY(q.exec());
        }
        FaultFixture::Run r = paperboy(path, {QStringLiteral("recover")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("is whole")), qPrintable(r.out));
        QVERIFY(FaultFixture::overwrite(path, 0, QByteArray(16, 'X')));
        // Every other command refuses and points at recover.
        r = paperboy(path, {QStringLiteral("list"), QStringLiteral("days")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")) && r.err.contains(QStringLiteral("recover")), qPrintable(r.err));
        r = paperboy(path, {QStringLiteral("recover")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("backup-v4")) && r.out.contains(QStringLiteral("--restore-backup")), qPrintable(r.out));
        r = paperboy(path, {QStringLiteral("recover"), QStringLiteral("--restore-backup")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("restored from")));
        r = paperboy(path, {QStringLiteral("list"), QStringLiteral("days")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 3);
        // Truncated, then rebuilt with an extra folder of digests.
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 3 + 7));
        r = paperboy(path, {QStringLiteral("recover"), QStringLiteral("--rebuild"), QStringLiteral("--from"), archive});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("digests imported again: 3")), qPrintable(r.out));
        r = paperboy(path, {QStringLiteral("note"), kJudgeRm});
        QCOMPARE(r.out, QStringLiteral("복구 뒤에도 남는 메모"));
        r = paperboy(path, {QStringLiteral("recover"), QStringLiteral("--rebuild"), QStringLiteral("--restore-backup")});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryRecovery)
#include "tst_libraryrecovery.moc"
