// Triage decisions on a real library: each goes through the stores (stars, Later, read state),
// is recorded in the history with its time and day, is undone in reverse order, and the
// decisions survive the day being imported again.
#include "library/library.h"
#include "library/triagesession.h"
#include "testcorpus.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;
using namespace TestCorpus;

class TestTriageSession : public QObject
{
    Q_OBJECT

    int events(Library &lib, const QString &kind, const QString &id = {})
    {
        QSqlQuery q(lib.database().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE kind = ? AND (? OR arxiv_id = ?)"));
        q.addBindValue(kind);
        q.addBindValue(id.isEmpty());
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void cardsAreTheUndecidedPapersInTheirOrder()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        const QList<PaperListing> day = lib.catalog().papersOfDay(kDay);
        QCOMPARE(day.at(1).arxivId, kDriftBench);
        QCOMPARE(day.at(2).arxivId, kToolSmith);
        QVERIFY(lib.annotations().setStarred(kDriftBench, true).ok());
        QVERIFY(lib.annotations().setRead(kToolSmith, true).ok());
        QVERIFY(lib.readingQueue().add({day.at(3).arxivId}).ok());
        TriageSession session(lib, lib.catalog().papersOfDay(kDay));
        QCOMPARE(session.total(), kPapers - 3);
        QCOMPARE(session.current()->arxivId, kSciLoop);
        QVERIFY(session.decide(TriageDecision::Skip).ok());
        // The second (starred), third (read) and fourth (in Later) are no cards: the fifth is next.
        QCOMPARE(session.current()->arxivId, day.at(4).arxivId);

        // A muted paper is no card either (it is not in the day's list).
        const QString fifth = day.at(4).arxivId;
        QVERIFY(lib.muteRules().add(day.at(4).title).ok());
        QVERIFY(lib.catalog().papersOfDay(kDay, {fifth}).value(0).muted);
        QCOMPARE(lib.catalog().days().first().mutedCount, 1);
        TriageSession again(lib, lib.catalog().papersOfDay(kDay));
        QCOMPARE(again.total(), kPapers - 5); // SciLoop is read now, and the fifth is muted
        for (; !again.isDone(); again.pass())
            QVERIFY(again.current()->arxivId != fifth);
    }

    void decisionsChangeThePaperAndAreRecorded()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        TriageSession session(lib, lib.catalog().papersOfDay(kDay));
        QCOMPARE(session.total(), kPapers);
        QCOMPARE(session.position(), 0);
        QSignalSpy changed(&lib, &Library::papersChanged);

        QVERIFY(session.decide(TriageDecision::Keep).ok()); // SciLoop
        QVERIFY(lib.annotations().isStarred(kSciLoop));
        QVERIFY(!lib.annotations().isRead(kSciLoop));
        QVERIFY(session.decide(TriageDecision::Later).ok()); // DriftBench
        QCOMPARE(lib.readingQueue().papers(), QStringList{kDriftBench});
        QVERIFY(session.decide(TriageDecision::Skip).ok()); // ToolSmith
        QVERIFY(lib.annotations().isRead(kToolSmith));
        QVERIFY(!lib.annotations().isStarred(kToolSmith));
        const QString fourth = session.current()->arxivId;
        session.pass(); // the fourth: no decision
        QCOMPARE(session.position(), 4);
        QCOMPARE(session.kept(), 1);
        QCOMPARE(session.later(), 1);
        QCOMPARE(session.skipped(), 1);
        QCOMPARE(session.decided(TriageDecision::Keep).first().arxivId, kSciLoop);
        QCOMPARE(changed.size(), 3); // one change per decision, through the library's signal

        // Each decision an event with the day it was made on; the skip also counts as read.
        QCOMPARE(events(lib, QStringLiteral("keep"), kSciLoop), 1);
        QCOMPARE(events(lib, QStringLiteral("later"), kDriftBench), 1);
        QCOMPARE(events(lib, QStringLiteral("skip"), kToolSmith), 1);
        QCOMPARE(events(lib, QStringLiteral("read"), kToolSmith), 1);
        QCOMPARE(events(lib, QStringLiteral("read"), fourth), 0);
        const QList<ReadingEvent> recent = lib.history().recent(10, {EventKind::Keep, EventKind::Later, EventKind::Skip});
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.first().arxivId, kToolSmith); // newest first
        QCOMPARE(recent.first().day, kDay);
        QVERIFY(recent.first().at.isValid());
        QVERIFY(qAbs(recent.first().at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        // Undo in reverse order: the pass, the skip (read and both events gone), the later, the keep.
        QVERIFY(session.undo().ok());
        QCOMPARE(session.current()->arxivId, fourth);
        QVERIFY(session.undo().ok());
        QCOMPARE(session.current()->arxivId, kToolSmith);
        QVERIFY(!lib.annotations().isRead(kToolSmith));
        QCOMPARE(events(lib, QStringLiteral("skip"), kToolSmith), 0);
        QCOMPARE(events(lib, QStringLiteral("read"), kToolSmith), 0);
        QVERIFY(session.undo().ok());
        QVERIFY(lib.readingQueue().papers().isEmpty());
        QCOMPARE(events(lib, QStringLiteral("later")), 0);
        QVERIFY(session.undo().ok());
        QVERIFY(!lib.annotations().isStarred(kSciLoop));
        QCOMPARE(session.position(), 0);
        QCOMPARE(lib.history().count(), 0);
        QVERIFY(!session.canUndo());
        QVERIFY(!session.undo().ok());
    }

    void theEndAndOpening()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        QList<PaperListing> two = lib.catalog().papersOfDay(kDay).mid(0, 2);
        TriageSession session(lib, two);
        QVERIFY(session.recordOpen().ok());
        QCOMPARE(events(lib, QStringLiteral("open"), kSciLoop), 1);
        const auto detail = session.currentDetail();
        QVERIFY(detail);
        QCOMPARE(detail->listing.arxivId, kSciLoop);
        QVERIFY(!detail->sections.isEmpty());
        QVERIFY(session.decide(TriageDecision::Skip).ok());
        QVERIFY(session.decide(TriageDecision::Skip).ok());
        QVERIFY(session.isDone());
        QVERIFY(!session.current());
        QVERIFY(!session.decide(TriageDecision::Keep).ok()); // nothing left: a clear no
        QCOMPARE(session.position(), session.total());
    }

    void decisionsSurviveReimport()
    {
        QTemporaryDir dir;
        Library lib;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        QVERIFY(lib.open(path).ok());
        const QString file = dir.filePath(QStringLiteral("2025-05-24.md"));
        QVERIFY(QFile::copy(day(), file));
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
        {
            TriageSession session(lib, lib.catalog().papersOfDay(kDay));
            QVERIFY(session.decide(TriageDecision::Keep).ok());
            QVERIFY(session.decide(TriageDecision::Later).ok());
            QVERIFY(session.decide(TriageDecision::Skip).ok());
        }
        // The digest changes (one more line): imported again, every decision is still there.
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n<!-- edited -->\n");
        f.close();
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
        QVERIFY(lib.annotations().isStarred(kSciLoop));
        QCOMPARE(lib.readingQueue().papers(), QStringList{kDriftBench});
        QVERIFY(lib.annotations().isRead(kToolSmith));
        QCOMPARE(lib.history().recent(10, {EventKind::Keep, EventKind::Later, EventKind::Skip}).size(), 3);
        // And after the library is opened again.
        Library again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.history().recent(10, {EventKind::Keep}).first().arxivId, kSciLoop);
        TriageSession next(again, again.catalog().papersOfDay(kDay));
        QCOMPARE(next.total(), kPapers - 3);
    }

    void readMarksAreHistory()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(day()).outcome, ImportResult::Outcome::Imported);
        QVERIFY(lib.annotations().setRead({kSciLoop, kDriftBench}, true).ok());
        QVERIFY(lib.annotations().setRead({kSciLoop}, true).ok()); // already read: nothing new
        QCOMPARE(events(lib, QStringLiteral("read")), 2);
        QVERIFY(lib.annotations().setRead({kSciLoop}, false).ok());
        QVERIFY(lib.annotations().setRead({kSciLoop}, true).ok());
        QCOMPARE(events(lib, QStringLiteral("read"), kSciLoop), 2); // read twice, two events
        QCOMPARE(lib.history().recent(1, {EventKind::Read}).first().arxivId, kSciLoop);
    }
};

QTEST_GUILESS_MAIN(TestTriageSession)
#include "tst_triagesession.moc"
