// For you (Recommender): a day ranked by what the reader starred, tagged and skipped on earlier days.
#include "library/library.h"
#include "library/recommender.h"
#include "library/sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <thread>

using namespace Paperboy;
using namespace Paperboy::Core;

namespace {

using Outcome = ImportResult::Outcome;

// Three invented topics, each in its own words, and filler shared by every paper.
enum class Kind { A, B, C, Filler };
const QStringList kTopicA{QStringLiteral("quuxformer"), QStringLiteral("attention"), QStringLiteral("sparsemix"), QStringLiteral("routing")};
const QStringList kTopicB{QStringLiteral("양자"), QStringLiteral("접기"), QStringLiteral("로봇"), QStringLiteral("관절을")};
const QStringList kTopicC{QStringLiteral("glacier"), QStringLiteral("moraine"), QStringLiteral("빙하"), QStringLiteral("융해를")};
const QStringList kFiller{QStringLiteral("benchmark"), QStringLiteral("dataset"),  QStringLiteral("training"), QStringLiteral("accuracy"),
                          QStringLiteral("baseline"),  QStringLiteral("scaling"),  QStringLiteral("evaluation"), QStringLiteral("language"),
                          QStringLiteral("vision"),    QStringLiteral("reward"),   QStringLiteral("agent"),    QStringLiteral("데이터"),
                          QStringLiteral("성능이"),    QStringLiteral("실험에서"), QStringLiteral("학습을"),   QStringLiteral("모델은"),
                          QStringLiteral("제안합니다"), QStringLiteral("향상되었습니다"), QStringLiteral("평가"), QStringLiteral("구조를")};
const QDate kFirstDay(2026, 1, 1);
constexpr int kDays = 20;
constexpr int kPapersPerDay = 12;

// Each day: topic papers at fixed places among the filler, so the publisher's order is not the topics' order.
Kind topicAt(int position)
{
    switch (position) {
    case 3:
    case 9:
        return Kind::A;
    case 1:
    case 6:
        return Kind::B;
    case 5:
    case 10:
        return Kind::C;
    default:
        return Kind::Filler;
    }
}

QString paperId(int day, int position)
{
    return QStringLiteral("2601.%1%2").arg(day, 3, 10, QLatin1Char('0')).arg(position, 2, 10, QLatin1Char('0'));
}

QString words(std::mt19937 &rng, const QStringList &from, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << from.at(int(rng() % from.size()));
    return out.join(u' ');
}

QByteArray digestOf(int dayIndex, std::mt19937 &rng)
{
    const QDate day = kFirstDay.addDays(dayIndex);
    QByteArray out = "# 📰 Hugging Face Daily Papers – " + day.toString(Qt::ISODate).toUtf8() + "\n\n";
    for (int p = 0; p < kPapersPerDay; ++p) {
        const Kind topic = topicAt(p);
        const QStringList &topicWords = topic == Kind::A ? kTopicA : topic == Kind::B ? kTopicB : topic == Kind::C ? kTopicC : QStringList{};
        const QString title = topicWords.isEmpty() ? words(rng, kFiller, 5) : words(rng, topicWords, 2) + u' ' + words(rng, kFiller, 3);
        const QString motivation = words(rng, kFiller, 14) + (topicWords.isEmpty() ? QString() : u' ' + words(rng, topicWords, 5));
        const QString results = words(rng, kFiller, 10) + (topicWords.isEmpty() ? QString() : u' ' + words(rng, topicWords, 2));
        const QString id = paperId(dayIndex, p);
        out += "## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8() + "\n\n**Summary**:\n```markdown\n# " + title.toUtf8()
            + "\n\n## 1. 핵심 동기와 문제 정의\n\n" + motivation.toUtf8() + "\n\n## 5. 정량적 결과\n\n" + results.toUtf8() + "\n```\n\n";
    }
    return out;
}

Kind topicOf(const QString &id)
{
    return topicAt(id.right(2).toInt());
}

QString textOf(const Library &lib, const PaperListing &p)
{
    const auto detail = lib.catalog().paper(p.arxivId, p.day);
    if (!detail)
        return {};
    QString text = detail->listing.title;
    for (const Section &s : detail->sections)
        text += u'\n' + s.body;
    return text.toCaseFolded();
}

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library m_library;

    bool importAll(Library &lib, const QTemporaryDir &dir)
    {
        std::mt19937 rng(11);
        for (int d = 0; d < kDays; ++d) {
            const QString path = dir.filePath(QStringLiteral("%1.md").arg(kFirstDay.addDays(d).toString(Qt::ISODate)));
            QFile f(path);
            const QByteArray digest = digestOf(d, rng);
            if (!f.open(QIODevice::WriteOnly) || f.write(digest) != digest.size())
                return false;
            f.close();
            const ImportResult result = lib.importer().importFile(path);
            if (result.outcome != Outcome::Imported) {
                for (const Diagnostic &d : result.diagnostics)
                    qWarning() << d.message;
                return false;
            }
        }
        return true;
    }

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
