// The reading queue ("Later") on a real library: order, moves, signals, the is:later search in
// the queue's order, sort:read, and the queue (with smart lists and history) through a notes
// JSON file and the automatic backup into another library.
#include "export/notesexporter.h"
#include "export/notesjson.h"
#include "library/library.h"
#include "library/libraryrecovery.h"
#include "library/userdatabackup.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;
using namespace TestCorpus;

class TestReadingQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;

    QStringList found(const QString &query)
    {
        QStringList ids;
        for (const SearchHit &h : m_lib.searchIndex().search(SearchQuery::parse(query), 100))
            ids << h.arxivId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
    }

    void init()
    {
        QVERIFY(m_lib.readingQueue().remove(m_lib.readingQueue().papers()).ok());
    }

    void addKeepsOrderAndPlaces()
    {
        QSignalSpy changed(&m_lib, &Library::papersChanged);
        QSignalSpy queue(&m_lib, &Library::queueChanged);
        QStringList added;
        QVERIFY(m_lib.readingQueue().add({kToolSmith, kSciLoop, kToolSmith}, &added).ok());
        QCOMPARE(added, (QStringList{kToolSmith, kSciLoop}));
        QCOMPARE(m_lib.readingQueue().papers(), (QStringList{kToolSmith, kSciLoop}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toStringList(), added);
        QCOMPARE(changed.first().at(1).value<Changes>(), Changes(Change::Later));
        QCOMPARE(queue.size(), 1);
        // Already queued papers keep their place; new ones go to the end.
        QVERIFY(m_lib.readingQueue().add({kSciLoop, kJudgeRm}, &added).ok());
        QCOMPARE(added, QStringList{kJudgeRm});
        QCOMPARE(m_lib.readingQueue().papers(), (QStringList{kToolSmith, kSciLoop, kJudgeRm}));
        QCOMPARE(m_lib.readingQueue().count(), 3);
        QVERIFY(m_lib.readingQueue().contains(kSciLoop));
        QCOMPARE(m_lib.readingQueue().indexOf(kJudgeRm), 2);
        QVERIFY(m_lib.readingQueue().entries().first().addedAt.isValid());
        // Nothing new: no signal.
        changed.clear();
        QVERIFY(m_lib.readingQueue().add({kSciLoop}).ok());
        QCOMPARE(changed.size(), 0);
    }

    void movesAreClamped()
    {
        QVERIFY(m_lib.readingQueue().add({kSciLoop, kDriftBench, kToolSmith, kJudgeRm}).ok());
        QSignalSpy queue(&m_lib, &Library::queueChanged);
        QVERIFY(m_lib.readingQueue().move(kToolSmith, -1).ok());
        QCOMPARE(m_lib.readingQueue().papers(), (QStringList{kSciLoop, kToolSmith, kDriftBench, kJudgeRm}));
        QCOMPARE(queue.size(), 1);
        QVERIFY(m_lib.readingQueue().move(kToolSmith, -10).ok());
        QCOMPARE(m_lib.readingQueue().papers().first(), kToolSmith);
        QVERIFY(m_lib.readingQueue().moveTo(kToolSmith, 99).ok());
        QCOMPARE(m_lib.readingQueue().papers().last(), kToolSmith);
        QVERIFY(m_lib.readingQueue().move(kSciLoop, 1).ok());
        QCOMPARE(m_lib.readingQueue().papers(), (QStringList{kDriftBench, kSciLoop, kJudgeRm, kToolSmith}));
        QVERIFY(!m_lib.readingQueue().move(kEnglish, 1).ok()); // not queued: a clear no
        // Put in after moves: at the end still.
        QVERIFY(m_lib.readingQueue().add({kEnglish}).ok());
        QCOMPARE(m_lib.readingQueue().papers().last(), kEnglish);
    }

    void removeSaysWhatItRemoved()
    {
        QVERIFY(m_lib.readingQueue().add({kSciLoop, kDriftBench}).ok());
        QSignalSpy changed(&m_lib, &Library::papersChanged);
        QStringList removed;
        QVERIFY(m_lib.readingQueue().remove({kDriftBench, kEnglish}, &removed).ok());
        QCOMPARE(removed, QStringList{kDriftBench});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_lib.readingQueue().papers(), QStringList{kSciLoop});
    }

    void isLaterSearchesInTheQueuesOrder()
    {
        QVERIFY(m_lib.readingQueue().add({kJudgeRm, kSciLoop, kToolSmith}).ok());
        QCOMPARE(found(QStringLiteral("is:later")), (QStringList{kJudgeRm, kSciLoop, kToolSmith}));
        QCOMPARE(m_lib.searchIndex().count(SearchQuery::parse(QStringLiteral("is:later"))), 3);
        QVERIFY(m_lib.readingQueue().move(kToolSmith, -2).ok());
        QCOMPARE(found(QStringLiteral("is:later")), (QStringList{kToolSmith, kJudgeRm, kSciLoop}));
        // With other filters: still the queue's order; sort:day gives the day's order instead.
        QVERIFY(m_lib.annotations().setRead(kJudgeRm, true).ok());
        QCOMPARE(found(QStringLiteral("is:later is:unread")), (QStringList{kToolSmith, kSciLoop}));
        QCOMPARE(found(QStringLiteral("is:later sort:day")), (QStringList{kSciLoop, kToolSmith, kJudgeRm}));
        QVERIFY(m_lib.annotations().setRead(kJudgeRm, false).ok());
        QVERIFY(SearchQuery::parse(QStringLiteral("is:later")).errors.isEmpty());
        QVERIFY(!SearchQuery::parse(QStringLiteral("sort:sideways")).errors.isEmpty());
    }

    void sortReadListsTheLastReadFirst()
    {
        QVERIFY(m_lib.annotations().setRead(kToolSmith, true).ok());
        QTest::qWait(5); // a later millisecond
        QVERIFY(m_lib.annotations().setRead(kSciLoop, true).ok());
        QTest::qWait(5);
        QVERIFY(m_lib.annotations().setRead(kJudgeRm, true).ok());
        QCOMPARE(found(QStringLiteral("is:read sort:read")), (QStringList{kJudgeRm, kSciLoop, kToolSmith}));
        QVERIFY(m_lib.annotations().setRead({kToolSmith, kSciLoop, kJudgeRm}, false).ok());
    }

    void survivesNotesJsonAndTheBackup()
    {
        QVERIFY(m_lib.readingQueue().add({kJudgeRm, kSciLoop, kToolSmith}).ok());
        QVERIFY(m_lib.readingQueue().move(kToolSmith, -2).ok()); // an order of the reader's own
        const QStringList order{kToolSmith, kJudgeRm, kSciLoop};
        QVERIFY(m_lib.smartLists().add(QStringLiteral("Queue unread"), QStringLiteral("is:later is:unread")).ok());
        QVERIFY(m_lib.history().record({kEnglish}, EventKind::Skip, kDay).ok());

        // A notes JSON file (File › Export Notes, paperboy export --format json) into a new library.
        const QByteArray json = NotesJson::write(NotesExporter::collect(m_lib, ExportScope()), ExportOptions());
        NotesJson::Archive archive;
        QVERIFY(NotesJson::read(json, &archive).ok());
        Library other;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.sqlite"))).ok());
        QCOMPARE(other.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        QVERIFY(other.readingQueue().add({kEnglish}).ok()); // one of its own stays first
        UserDataMerge merged;
        QVERIFY(other.userDataSync().mergeUserData(archive.papers, archive.tags, &merged).ok());
        QCOMPARE(merged.laterAdded, 3);
        QCOMPARE(other.readingQueue().papers(), QStringList{kEnglish} + order);
        // Merging again adds nothing.
        QVERIFY(other.userDataSync().mergeUserData(archive.papers, archive.tags, &merged).ok());
        QCOMPARE(merged.laterAdded, 0);

        // The automatic backup: a damaged library rebuilt from its digests gets all of it back.
        const QString backup = m_dir.filePath(QStringLiteral("backup.json"));
        QVERIFY(UserDataBackup::write(m_lib, backup).ok());
        UserDataBackup::Contents contents;
        QVERIFY(UserDataBackup::read(backup, &contents).ok());
        QCOMPARE(contents.smartLists.size(), 1);
        QCOMPARE(contents.smartLists.first().query, QStringLiteral("is:later is:unread"));
        QVERIFY(!contents.events.isEmpty());
        Library third;
        QVERIFY(third.open(m_dir.filePath(QStringLiteral("third.sqlite"))).ok());
        QCOMPARE(third.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        QVERIFY(third.userDataSync().mergeUserData(contents.archive.papers, contents.archive.tags, &merged).ok());
        QCOMPARE(third.readingQueue().papers(), order);
        QVERIFY(third.smartLists().restore(contents.smartLists).ok());
        QCOMPARE(third.smartLists().lists().first().name, QStringLiteral("Queue unread"));
        QVERIFY(third.history().restore(contents.events).ok());
        QVERIFY(third.history().restore(contents.events).ok()); // twice: each event once
        QCOMPARE(third.history().count(), m_lib.history().count());
        QCOMPARE(third.history().recent(1, {EventKind::Skip}).first().arxivId, kEnglish);
        QVERIFY(m_lib.smartLists().remove(m_lib.smartLists().lists().first().id).ok());
    }
};

QTEST_GUILESS_MAIN(TestReadingQueue)
#include "tst_readingqueue.moc"
