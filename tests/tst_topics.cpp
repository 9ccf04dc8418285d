// Topics on a real library file: 30 weeks of digests where an invented word appears only in the
// last three weeks (TopicsFixture).
#include "library/library.h"
#include "library/topics.h"
#include "search/searchquery.h"
#include "topicsfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

class TestTopics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;
    TopicsResult m_result;

    const Topic *find(const QString &term) const
    {
        for (const Topic &t : m_result.topics)
            if (t.term == term)
                return &t;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("library.sqlite"))).ok());
        QVERIFY(TopicsFixture::fill(m_lib, m_dir.path()));
        m_result = m_lib.topics().compute({}, {}, 1000);
    }

    void termsDropStopWordsAndParticles()
    {
        QCOMPARE(Topics::terms(QStringLiteral("The Quuxformer of quuxformer 퀵스포머를 퀵스포머의 논문을 an 3D 모델이 GPT4")),
                 QStringList({QStringLiteral("quuxformer"), QStringLiteral("퀵스포머"), QStringLiteral("gpt4")}));
        QCOMPARE(Topics::terms(QStringLiteral("SciLoop는 에이전트에서")), QStringList({QStringLiteral("sciloop"), QStringLiteral("에이전트")}));
    }

    void defaultWindow()
    {
        QCOMPARE(m_result.to, TopicsFixture::lastDay());
        QCOMPARE(m_result.from, TopicsFixture::kFirstMonday);
        QCOMPARE(m_result.weeks.size(), TopicsFixture::kWeeks);
        QCOMPARE(m_result.recentFrom, TopicsFixture::kFirstMonday.addDays(7 * (TopicsFixture::kWeeks - Topics::RecentWeeks)));
        const int perWeek = 2 * TopicsFixture::kPapersPerDay;
        QCOMPARE(m_result.recentPapers, Topics::RecentWeeks * perWeek);
        QCOMPARE(m_result.baselinePapers, (TopicsFixture::kWeeks - Topics::RecentWeeks) * perWeek);
    }

    void inventedWordRanksFirst()
    {
        QVERIFY(m_result.topics.size() >= 2);
        const int burst = TopicsFixture::kBurstWeeks * 2 * TopicsFixture::kBurstPerDay;
        QCOMPARE(m_result.topics[0].term, QStringLiteral("quuxformer"));
        QCOMPARE(m_result.topics[0].recent, burst);
        QCOMPARE(m_result.topics[0].baseline, 0);
        // The Korean word with its particles (를, 의) is one word, in the same papers.
        QCOMPARE(m_result.topics[1].term, QStringLiteral("퀵스포머"));
        QCOMPARE(m_result.topics[1].recent, burst);
        QVERIFY(m_result.topics[0].score > 10);
        for (const Topic &t : m_result.topics)
            QVERIFY2(!t.term.startsWith(QStringLiteral("퀵스포머")) || t.term == QStringLiteral("퀵스포머"), qPrintable(t.term));
    }

    void steadyWordDoesNotRise()
    {
        QVERIFY(!find(QStringLiteral("steadynet")));
        const TopicsResult all = m_lib.topics().compute({}, {}, -1);
        for (const Topic &t : all.topics)
            QVERIFY2(t.term != QStringLiteral("steadynet"), qPrintable(QString::number(t.score)));
    }

    void stopWordsNeverAppear()
    {
        for (const QString &stop : {QStringLiteral("the"), QStringLiteral("논문"), QStringLiteral("제안"), QStringLiteral("model"), QStringLiteral("and")})
            QVERIFY2(!find(stop), qPrintable(stop));
        for (const Topic &t : m_result.topics)
            QVERIFY2(t.recent >= Topics::MinRecent, qPrintable(t.term));
    }

    void seriesAndPapers()
    {
        for (const Topic &t : m_result.topics) {
            QCOMPARE(t.weekly.size(), m_result.weeks.size());
            int sum = 0;
            for (int n : t.weekly)
                sum += n;
            QCOMPARE(sum, t.recent + t.baseline);
        }
        const Topic &quux = m_result.topics[0];
        for (int w = 0; w < TopicsFixture::kWeeks - TopicsFixture::kBurstWeeks; ++w)
            QCOMPARE(quux.weekly[w], 0);
        QCOMPARE(quux.weekly.constLast(), 2 * TopicsFixture::kBurstPerDay);
        QCOMPARE(quux.papers.size(), quux.recent);
        for (qsizetype i = 0; i < quux.papers.size(); ++i) {
            const TopicPaper &p = quux.papers[i];
            QVERIFY(p.title.contains(QStringLiteral("Quuxformer")));
            if (i > 0)
                QVERIFY(p.day <= quux.papers[i - 1].day);
        }
        QCOMPARE(quux.papers.first().day, TopicsFixture::lastDay());
    }

    void rangeAndLimit()
    {
        // Before the invented word: nothing of it.
        const QDate before = TopicsFixture::kFirstMonday.addDays(7 * (TopicsFixture::kWeeks - TopicsFixture::kBurstWeeks) - 1);
        const TopicsResult early = m_lib.topics().compute({}, before, 50);
        QCOMPARE(early.to, before);
        for (const Topic &t : early.topics)
            QVERIFY(t.term != QStringLiteral("quuxformer"));
        // A short range: the recent weeks are at most half of it.
        const QDate firstBurstThursday = TopicsFixture::lastDay().addDays(-14);
        const TopicsResult shortRange = m_lib.topics().compute(firstBurstThursday.addDays(-14), firstBurstThursday, 1);
        QCOMPARE(shortRange.weeks.size(), 3);
        QCOMPARE(shortRange.recentFrom, shortRange.weeks.last());
        QCOMPARE(shortRange.topics.size(), 1);
        QCOMPARE(shortRange.topics[0].term, QStringLiteral("quuxformer"));
        QCOMPARE(shortRange.topics[0].recent, 2 * TopicsFixture::kBurstPerDay);
        // An empty library: nothing.
        Library empty;
        QVERIFY(empty.open(m_dir.filePath(QStringLiteral("empty.sqlite"))).ok());
        QVERIFY(empty.topics().compute().topics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
