// Benchmarks of the digest core: parse and import throughput, search latency at two library sizes.
//
//   ./dev bench                       all of them
//   ./dev bench --benchmark_filter=Search
// Sizes: 1,000 papers (22 days) and 36,500 papers (777 days, about two years) of generated digests.
#include "archivegenerator.h"

#include "digest/digestparser.h"
#include "library/library.h"
#include "search/searchquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>

using namespace Paperboy;

namespace {

QByteArray realDigest()
{
    QFile f(QStringLiteral(PAPERBOY_DIGEST_DIR "/2025-05-24.md"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Bench::ArchiveGenerator &generator()
{
    static Bench::ArchiveGenerator g(realDigest());
    return g;
}

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

const QDate kFirstDay(2023, 1, 1);

struct Archive {
    QString dir;
    qint64 bytes = 0;
    QString db;
    double importSeconds = 0;
};

// One archive and one imported library per size, made on first use and shared by the benchmarks.
Archive &archive(int days)
{
    static std::map<int, Archive> archives;
    Archive &a = archives[days];
    if (a.dir.isEmpty()) {
        a.dir = workDir().filePath(QStringLiteral("archive-%1").arg(days));
        a.bytes = generator().writeArchive(a.dir, kFirstDay, days);
    }
    return a;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void BM_Parse(benchmark::State &state)
{
    const QByteArray day = generator().day(kFirstDay);
    for (auto _ : state) {
        auto d = Core::DigestParser::parse(day, QStringLiteral("x.md"));
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_ParseRealDigest(benchmark::State &state)
{
    const QByteArray day = realDigest();
    for (auto _ : state) {
        auto d = Core::DigestParser::parse(day, QStringLiteral("2025-05-24.md"));
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}
BENCHMARK(BM_ParseRealDigest)->Unit(benchmark::kMillisecond);

// Cold import of a whole archive (parse + SQLite + FTS) into a new library file.
void BM_Import(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    for (auto _ : state) {
        a.db = workDir().filePath(QStringLiteral("lib-%1-%2.sqlite").arg(days).arg(state.iterations()));
        Core::Library lib;
        if (!lib.open(a.db).ok()) {
            state.SkipWithError("cannot open the library");
            return;
        }
        QElapsedTimer t;
        t.start();
        const auto results = lib.importPaths({a.dir});
        a.importSeconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(a.importSeconds);
        if (int(results.size()) != days) {
            state.SkipWithError("not every day imported");
            return;
        }
    }
    state.counters["papers"] = days * 47;
    state.counters["MB/s"] = double(a.bytes) / 1e6 / a.importSeconds;
    state.counters["archive_MB"] = double(a.bytes) / 1e6;
    state.counters["library_MB"] = double(QFileInfo(a.db).size() + QFileInfo(a.db + QStringLiteral("-wal")).size()) / 1e6;
}
BENCHMARK(BM_Import)->Arg(22)->Arg(777)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// Importing the unchanged archive again: hashing and one lookup per file.
void BM_ReimportUnchanged(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    for (auto _ : state) {
        Core::Library lib;
        if (a.db.isEmpty() || !lib.open(a.db).ok()) {
            state.SkipWithError("run BM_Import first");
            return;
        }
        lib.importPaths({a.dir});
    }
}
BENCHMARK(BM_ReimportUnchanged)->Arg(777)->Iterations(3)->Unit(benchmark::kMillisecond);

// Search latency over a mixed query set; p50/p95 in milliseconds as counters.
void BM_Search(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    Core::Library lib;
    if (a.db.isEmpty() || !lib.open(a.db).ok()) {
        state.SkipWithError("run BM_Import first");
        return;
    }
    // Query classes a reader types: frequent and rarer Korean 2-syllable words, English prefixes,
    // arXiv ids, and phrases/filters.
    std::vector<std::pair<std::string, QStringList>> classes{
        {"ko_frequent", generator().koreanWords(20, true)},
        {"ko_rare", generator().koreanWords(20, false)},
        {"en_prefix", generator().englishWords(10)},
        {"arxiv_id", {}},
        {"phrase_filter", {QStringLiteral("\"강화 학습\""), QStringLiteral("모델 section:results"), QStringLiteral("학습 is:unread")}},
    };
    for (int k = 0; k < 10; ++k)
        classes[3].second << generator().paperId(kFirstDay.addDays(k % days), k);
    std::vector<std::pair<int, QString>> queries;
    for (int c = 0; c < int(classes.size()); ++c)
        for (const QString &q : classes[c].second)
            queries.push_back({c, q});
    std::vector<double> ms;
    std::vector<std::vector<double>> perClass(classes.size());
    size_t i = 0;
    for (auto _ : state) {
        const auto &[cls, text] = queries[i++ % queries.size()];
        QElapsedTimer t;
        t.start();
        auto hits = lib.search(Core::SearchQuery::parse(text), 20);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        ms.push_back(elapsed);
        perClass[cls].push_back(elapsed);
        benchmark::DoNotOptimize(hits);
    }
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
    for (size_t c = 0; c < classes.size(); ++c)
        state.counters["p95_" + classes[c].first] = percentile(perClass[c], 0.95);
    state.counters["papers"] = days * 47;
}
BENCHMARK(BM_Search)->Arg(22)->Arg(777)->Iterations(630)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
