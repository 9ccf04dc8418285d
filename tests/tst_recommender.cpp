// For you (Recommender): a day ranked by what the reader starred, tagged and skipped on earlier days.
#include "library/foryou.h"
#include "library/library.h"
#include "library/recommender.h"
#include "library/sql.h"
#include "recommenderfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <thread>

using namespace Paperboy;
using namespace Paperboy::Core;

using namespace RecommenderFixture;

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;

    // Skips (events) and reads (read_state), as triage and the reader write them.
    bool skip(Library &lib, const QString &id, const QDate &day)
    {
        QSqlQuery q(lib.database().sql());
        q.prepare(QStringLiteral("INSERT INTO events(at, arxiv_id, kind, day) VALUES (?, ?, 'skip', ?)"));
        q.addBindValue(Sql::now());
        q.addBindValue(id);
        q.addBindValue(day.toString(Qt::ISODate));
        return q.exec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("library.db"))).ok());
        QVERIFY(importAll(m_library, m_dir));
        // The first week: topic A starred (some also tagged), topic C tagged "glaciers", topic B skipped or read and left.
        QStringList starred;
        for (int d = 0; d < 7; ++d) {
            starred << paperId(d, 3) << paperId(d, 9);
            QVERIFY(skip(m_library, paperId(d, 1), kFirstDay.addDays(d)));
            QVERIFY(m_library.annotations().setRead(paperId(d, 6), true).ok());
        }
        QVERIFY(m_library.annotations().setStarred(starred, true).ok());
        QVERIFY(m_library.annotations().tagPapers({paperId(0, 3), paperId(1, 3)}, QStringLiteral("attention")).ok());
        QVERIFY(m_library.annotations().tagPapers({paperId(0, 5), paperId(0, 10), paperId(1, 5), paperId(2, 10)}, QStringLiteral("Glaciers")).ok());
    }

    void topicOfTheStarsComesFirstAndSkippedTopicLast()
    {
        Recommender recommender(m_library);
        const QDate later = kFirstDay.addDays(kDays - 1);
        const QList<PaperListing> day = m_library.catalog().papersOfDay(later);
        QCOMPARE(day.size(), kPapersPerDay);
        const Recommender::Ranking ranking = recommender.rank(day);
        QVERIFY(ranking.enoughSignals);
        QVERIFY(ranking.positives >= 14);
        QCOMPARE(ranking.papers.size(), kPapersPerDay);
        QCOMPARE(topicOf(ranking.papers.at(0).paper.arxivId), Kind::A);
        QCOMPARE(topicOf(ranking.papers.at(1).paper.arxivId), Kind::A);
        QCOMPARE(topicOf(ranking.papers.at(kPapersPerDay - 1).paper.arxivId), Kind::B);
        QCOMPARE(topicOf(ranking.papers.at(kPapersPerDay - 2).paper.arxivId), Kind::B);
        for (int i = 1; i < ranking.papers.size(); ++i)
            QVERIFY(ranking.papers.at(i - 1).score >= ranking.papers.at(i).score);

        // Why: terms the paper has, and the starred paper it is most like (one of topic A's).
        for (int i = 0; i < 2; ++i) {
            const Recommender::Ranked &r = ranking.papers.at(i);
            QVERIFY(!r.reasons.isEmpty());
            QVERIFY(r.reasons.size() <= Recommender::MaxReasons);
            const QString text = textOf(m_library, r.paper);
            for (const QString &reason : r.reasons)
                QVERIFY2(text.contains(reason.toCaseFolded()), qPrintable(reason));
            QVERIFY2(kTopicA.contains(r.reasons.first()), qPrintable(r.reasons.join(u',')));
            QCOMPARE(topicOf(r.closestStarred), Kind::A);
            QVERIFY(r.closestSimilarity > 0);
            QVERIFY(!r.closestStarredTitle.isEmpty());
        }
    }

    void aTagRanksItsOwnTopicFirst()
    {
        Recommender recommender(m_library);
        const QList<PaperListing> day = m_library.catalog().papersOfDay(kFirstDay.addDays(kDays - 2));
        const Recommender::Ranking ranking = recommender.rank(day, QStringLiteral("glaciers"));
        QVERIFY(ranking.enoughSignals);
        QCOMPARE(ranking.positives, 4);
        QCOMPARE(topicOf(ranking.papers.at(0).paper.arxivId), Kind::C);
        QCOMPARE(topicOf(ranking.papers.at(1).paper.arxivId), Kind::C);
        const QString text = textOf(m_library, ranking.papers.at(0).paper);
        QVERIFY(!ranking.papers.at(0).reasons.isEmpty());
        for (const QString &reason : ranking.papers.at(0).reasons)
            QVERIFY2(text.contains(reason.toCaseFolded()), qPrintable(reason));
        // A tag with too few papers keeps the publisher's order.
        const Recommender::Ranking few = recommender.rank(day, QStringLiteral("attention"));
        QVERIFY(!few.enoughSignals);
        for (int i = 0; i < day.size(); ++i)
            QCOMPARE(few.papers.at(i).paper.arxivId, day.at(i).arxivId);
    }

    void aDecisionMakesTheModelStale()
    {
        Recommender recommender(m_library);
        recommender.ensureModel();
        QVERIFY(!recommender.isStale());
        const auto before = recommender.model();
        recommender.update(paperId(10, 3));
        QVERIFY(recommender.isStale());
        // The model can be fitted from a snapshot away from the library's thread, then handed over.
        const Recommender::Snapshot snapshot = recommender.snapshot();
        std::shared_ptr<const Recommender::Model> trained;
        std::thread worker([&] { trained = Recommender::train(snapshot); });
        worker.join();
        QVERIFY(trained);
        recommender.setModel(trained);
        QVERIFY(!recommender.isStale());
        QVERIFY(recommender.model() != before);
    }

    // learn(): a decision moves the model at once; a star raises the paper and its topic, a skip
    // lowers it. rankWithModel() never builds: without a model it keeps the order and says so.
    void aDecisionMovesTheModelAtOnce()
    {
        Recommender recommender(m_library);
        const QList<PaperListing> day = m_library.catalog().papersOfDay(kFirstDay.addDays(kDays - 2));
        const Recommender::Ranking none = recommender.rankWithModel(day);
        QVERIFY(!none.modelReady);
        QVERIFY(!none.enoughSignals);
        QCOMPARE(none.papers.size(), day.size());
        QVERIFY(!recommender.model());
        recommender.ensureModel();
        const auto scoreOf = [&](const QString &id) {
            for (const Recommender::Ranked &r : recommender.rankWithModel(day).papers)
                if (r.paper.arxivId == id)
                    return r.score;
            return -1.0;
        };
        // A filler paper of the day, starred: its own score rises.
        const QString filler = paperId(kDays - 2, 0);
        const double before = scoreOf(filler);
        recommender.learn(filler, true);
        const double after = scoreOf(filler);
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // A topic A paper skipped: it falls.
        const QString topicA = paperId(kDays - 2, 3);
        const double wanted = scoreOf(topicA);
        recommender.learn(topicA, false);
        QVERIFY(scoreOf(topicA) < wanted);
        // Unknown papers change nothing.
        const auto model = recommender.model();
        recommender.learn(QStringLiteral("2699.00000"), true);
        QCOMPARE(recommender.model(), model);
    }

    // ForYou: the model is built on the worker thread (the caller goes on at once), a star nudges
    // it at once (modelChanged) and a refit follows after RefitDelayMs.
    void forYouTrainsInTheBackgroundAndRefitsAfterDecisions()
    {
        ForYou forYou(&m_library);
        QSignalSpy changed(&forYou, &ForYou::modelChanged);
        QSignalSpy started(&forYou, &ForYou::trainingStarted);
        QVERIFY(!forYou.isReady());
        forYou.start();
        QCOMPARE(started.size(), 1);
        QVERIFY(forYou.isTraining());
        QVERIFY(!forYou.isReady()); // the fit runs elsewhere: nothing arrived yet
        const QList<PaperListing> day = m_library.catalog().papersOfDay(kFirstDay.addDays(kDays - 1));
        QVERIFY(!forYou.rank(day).modelReady);
        QTRY_VERIFY_WITH_TIMEOUT(forYou.isReady(), 30000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!forYou.isTraining());
        QVERIFY(forYou.lastBuildMs() >= 0);
        const Recommender::Ranking ranking = forYou.rank(day);
        QVERIFY(ranking.modelReady && ranking.enoughSignals);
        QCOMPARE(topicOf(ranking.papers.at(0).paper.arxivId), Kind::A);
        QVERIFY(forYou.tagsWithModels().contains(QStringLiteral("glaciers")));

        // A star: the model moves at once, and a refit follows.
        QVERIFY(m_library.annotations().setStarred(paperId(kDays - 1, 0), true).ok());
        QCOMPARE(changed.size(), 2);
        QVERIFY(forYou.isStale());
        QTRY_VERIFY_WITH_TIMEOUT(started.size() == 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!forYou.isTraining() && changed.size() == 3, 30000);
        QVERIFY(!forYou.isStale());
        QVERIFY(m_library.annotations().setStarred(paperId(kDays - 1, 0), false).ok());
    }

    void fewSignalsKeepThePublishersOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("few.db"))).ok());
        QVERIFY(importAll(lib, dir));
        QVERIFY(lib.annotations().setStarred({paperId(0, 3), paperId(0, 9), paperId(1, 3)}, true).ok());
        Recommender recommender(lib);
        const QList<PaperListing> day = lib.catalog().papersOfDay(kFirstDay.addDays(kDays - 1));
        const Recommender::Ranking ranking = recommender.rank(day);
        QVERIFY(!ranking.enoughSignals);
        QCOMPARE(ranking.positives, 3);
        QCOMPARE(ranking.papers.size(), day.size());
        for (int i = 0; i < day.size(); ++i) {
            QCOMPARE(ranking.papers.at(i).paper.arxivId, day.at(i).arxivId);
            QVERIFY(ranking.papers.at(i).reasons.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
