// For you (Recommender), measured: a labelled evaluation and its latency.
//
// A generated library (ArchiveGenerator) in which three "topics" (each six rare words of the
// generator's own vocabulary, Korean and English) are written into two new papers per topic per day
// (three topic words in the title, six in the first section). The reader stars every topic paper of
// the first 60 % of days; on each of the last 40 % the day is ranked and precision@5 counts the
// topic papers among the first five, for
//   ForYou      the Recommender's order,
//   Publisher   the day's own order,
//   Bm25Stars   a bm25 search of the day for the starred titles' 32 most frequent words, ORed.
// Counters: the three precisions, the model's build time (TrainMs, snapshot included) and the mean
// time to rank one day (RankMs).
//
//   bench_foryou --benchmark_filter='ForYou/365'
#include "archivegenerator.h"

#include "library/library.h"
#include "library/recommender.h"
#include "search/searchquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace Paperboy;

namespace {

const QDate kFirstDay(2021, 1, 1);
constexpr int kTopics = 3;
constexpr int kPerTopicPerDay = 2;

struct Evaluation {
    double forYou = 0;
    double publisher = 0;
    double bm25 = 0;
    double trainMs = 0;
    double rankMs = 0;
    double learnMs = 0; // one decision's nudge (Recommender::learn), what the window does at once
    int starred = 0;
    int evaluatedDays = 0;
};

// Writes topic words into a paper of a generated day: into its title and after its first section heading.
bool inject(QByteArray &day, const QString &id, const QStringList &words, std::mt19937 &rng, int inTitle = 3, int inBody = 6)
{
    const auto pick = [&](int n) {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << words.at(int(rng() % words.size()));
        return out.join(u' ').toUtf8();
    };
    const qsizetype block = day.indexOf("## " + id.toUtf8());
    if (block < 0)
        return false;
    const qsizetype title = day.indexOf("```markdown\n# ", block);
    if (title < 0)
        return false; // another form of summary: left as it is, not a topic paper
    // The end of the paper's summary block.
    qsizetype next = day.indexOf("\n```", title + 14);
    next = next < 0 ? day.size() : next;
    const QByteArray titleWords = inTitle > 0 ? pick(inTitle) + ' ' : QByteArray();
    day.insert(title + 14, titleWords);
    const qsizetype heading = day.indexOf("\n## ", title + 14 + titleWords.size());
    if (heading < 0)
        return true;
    const qsizetype lineEnd = day.indexOf('\n', heading + 1);
    if (lineEnd < 0 || lineEnd > next + titleWords.size())
        return true;
    day.insert(lineEnd + 1, "\n" + pick(inBody) + " ");
    return true;
}

Evaluation evaluate(int days, bool noisy)
{
    QTemporaryDir dir;
    Bench::ArchiveGenerator generator(Bench::ArchiveGenerator::sourceDigest(), 42);
    // Rare words of the generator's own Korean vocabulary, so that other papers use them now and
    // then, and English stems of its vocabulary (englishWords gives five-letter prefixes).
    const QStringList korean = generator.koreanWords(200, false);
    QStringList english = generator.englishWords(60);
    english.replaceInStrings(QStringLiteral("*"), QString());
    if (korean.size() < 3 * kTopics || english.size() < 3 * kTopics)
        qFatal("the vocabulary is too small");
    QList<QStringList> topics;
    for (int t = 0; t < kTopics; ++t) {
        QStringList words;
        for (int k = 0; k < 3; ++k)
            words << korean.at(korean.size() - 1 - (t * 3 + k)) << english.at(english.size() - 1 - (t * 3 + k));
        topics << words;
    }
    std::mt19937 rng(5);
    QSet<QString> seenIds;
    QHash<QDate, QSet<QString>> relevant; // the topic papers of each day
    QStringList paths;
    for (int d = 0; d < days; ++d) {
        const QDate date = kFirstDay.addDays(d);
        QByteArray text = generator.day(date);
        QStringList fresh;
        for (const QString &id : generator.paperIds(date))
            if (!seenIds.contains(id))
                fresh << id;
        std::shuffle(fresh.begin(), fresh.end(), rng);
        for (int t = 0; t < kTopics; ++t)
            for (int k = 0; k < kPerTopicPerDay && !fresh.isEmpty();) {
                const QString id = fresh.takeFirst();
                if (inject(text, id, topics.at(t), rng, noisy ? 1 : 3, 6)) {
                    relevant[date].insert(id);
                    ++k;
                }
            }
        // Noisy: as many other papers mention a topic's words in passing (two in the title or the
        // text), without being about it.
        for (int k = 0; noisy && k < kTopics * kPerTopicPerDay && !fresh.isEmpty(); ++k)
            inject(text, fresh.takeFirst(), topics.at(int(rng() % kTopics)), rng, int(rng() % 2), 2);
        for (const QString &id : generator.paperIds(date))
            seenIds.insert(id);
        const QString path = dir.filePath(date.toString(Qt::ISODate) + QStringLiteral(".md"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
    }
    for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);

    Core::Library library;
    if (!library.open(dir.filePath(QStringLiteral("library.db"))).ok())
        qFatal("cannot open the library");
    library.importer().importPaths(paths);

    const int trainDays = days * 6 / 10;
    QStringList starred;
    for (int d = 0; d < trainDays; ++d)
        for (const QString &id : relevant.value(kFirstDay.addDays(d)))
            starred << id;
    library.annotations().setStarred(starred, true);

    Evaluation e;
    e.starred = int(starred.size());
    Core::Recommender recommender(library);
    QElapsedTimer timer;
    timer.start();
    recommender.ensureModel();
    e.trainMs = double(timer.nsecsElapsed()) / 1e6;

    // The bm25 baseline's query: the starred titles' most frequent words.
    QHash<QString, int> titleWords;
    for (const Core::PaperListing &p : library.catalog().papersNamed(starred))
        for (const QString &w : p.title.split(QRegularExpression(QStringLiteral("[\\s:,.()]+")), Qt::SkipEmptyParts))
            if (w.size() >= 2)
                ++titleWords[w.toLower()];
    QList<std::pair<int, QString>> frequent;
    for (auto it = titleWords.cbegin(); it != titleWords.cend(); ++it)
        frequent.append({it.value(), it.key()});
    std::sort(frequent.begin(), frequent.end(), std::greater<>());
    QStringList queryWords;
    for (int i = 0; i < std::min<int>(Core::SearchQuery::MaxWords - 2, int(frequent.size())); ++i)
        queryWords << Core::SearchQuery::quote(frequent.at(i).second);

    double rankNs = 0;
    for (int d = trainDays; d < days; ++d) {
        const QDate date = kFirstDay.addDays(d);
        const QSet<QString> wanted = relevant.value(date);
        const QList<Core::PaperListing> papers = library.catalog().papersOfDay(date);
        const auto precision = [&wanted](const QStringList &ids) {
            int hits = 0;
            for (int i = 0; i < std::min<int>(5, int(ids.size())); ++i)
                hits += wanted.contains(ids.at(i)) ? 1 : 0;
            return hits / 5.0;
        };
        timer.restart();
        const Core::Recommender::Ranking ranking = recommender.rank(papers);
        rankNs += double(timer.nsecsElapsed());
        QStringList forYou, publisher, bm25;
        for (const Core::Recommender::Ranked &r : ranking.papers)
            forYou << r.paper.arxivId;
        for (const Core::PaperListing &p : papers)
            publisher << p.arxivId;
        const QString query = QStringLiteral("from:%1 to:%1 ").arg(date.toString(Qt::ISODate)) + queryWords.join(QStringLiteral(" OR "));
        for (const Core::SearchHit &hit : library.searchIndex().search(Core::SearchQuery::parse(query), 5))
            bm25 << hit.arxivId;
        e.forYou += precision(forYou);
        e.publisher += precision(publisher);
        e.bm25 += precision(bm25);
        ++e.evaluatedDays;
    }
    // A decision's nudge: the papers of the last day starred one after another.
    const QList<Core::PaperListing> last = library.catalog().papersOfDay(kFirstDay.addDays(days - 1));
    timer.restart();
    for (const Core::PaperListing &p : last)
        recommender.learn(p.arxivId, true);
    e.learnMs = last.isEmpty() ? 0 : double(timer.nsecsElapsed()) / 1e6 / double(last.size());
    if (e.evaluatedDays > 0) {
        e.forYou /= e.evaluatedDays;
        e.publisher /= e.evaluatedDays;
        e.bm25 /= e.evaluatedDays;
        e.rankMs = rankNs / 1e6 / e.evaluatedDays;
    }
    return e;
}

void report(benchmark::State &state, const Evaluation &e)
{
    state.counters["P5ForYou"] = e.forYou;
    state.counters["P5Publisher"] = e.publisher;
    state.counters["P5Bm25Stars"] = e.bm25;
    state.counters["TrainMs"] = e.trainMs;
    state.counters["RankMs"] = e.rankMs;
    state.counters["LearnMs"] = e.learnMs;
    state.counters["Starred"] = e.starred;
    state.counters["Days"] = e.evaluatedDays;
}

void BM_ForYou(benchmark::State &state)
{
    Evaluation e;
    for (auto _ : state)
        e = evaluate(int(state.range(0)), false);
    report(state, e);
}
BENCHMARK(BM_ForYou)->Arg(120)->Arg(365)->Arg(3000)->Iterations(1)->Unit(benchmark::kSecond);

// The same with topics named once in the title and as many papers mentioning their words in passing.
void BM_ForYouNoisy(benchmark::State &state)
{
    Evaluation e;
    for (auto _ : state)
        e = evaluate(int(state.range(0)), true);
    report(state, e);
}
BENCHMARK(BM_ForYouNoisy)->Arg(120)->Arg(365)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace
