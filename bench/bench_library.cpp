// Benchmarks of the digest core: parse and import throughput (both digest layouts), re-import, search
// latency and the notes export, at four library sizes.
//
//   ./dev bench                       all of them
//   ./dev bench --benchmark_filter=Search
//   ./dev bench --benchmark_filter='/1000$'
// Sizes: 30, 365, 1,000 and 3,000 days of 47 generated papers (1,410 to 141,000 papers).
#include "archivegenerator.h"

#include "annotate/highlight.h"
#include "digest/digestlayoutregistry.h"
#include "digest/digestparser.h"
#include "export/notesexporter.h"
#include "library/library.h"
#include "search/searchquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>

using namespace Paperboy;

namespace {

QByteArray sourceDigest()
{
    static const QByteArray digest = Bench::ArchiveGenerator::sourceDigest();
    return digest;
}

Bench::ArchiveGenerator &generator()
{
    static Bench::ArchiveGenerator g(sourceDigest());
    return g;
}

// The log layout's days come from a generator of their own, so the archives of the other benchmarks
// are the same whether these ran first or not.
Bench::ArchiveGenerator &logGenerator()
{
    static Bench::ArchiveGenerator g(sourceDigest(), 7);
    return g;
}

// Archives and libraries live in a temporary folder, or in $PAPERBOY_BENCH_DIR when it is set: there
// they are kept, and a later run reuses them (the search and export benchmarks then need no import:
// `--benchmark_filter='Search/3000'` opens the library an earlier BM_Import/3000 left).
QDir workDir()
{
    static QTemporaryDir temporary;
    static const QString kept = qEnvironmentVariable("PAPERBOY_BENCH_DIR");
    if (!kept.isEmpty()) {
        QDir().mkpath(kept);
        return QDir(kept);
    }
    return QDir(temporary.path());
}

const QDate kFirstDay(2020, 1, 1);

void sizes(benchmark::internal::Benchmark *b)
{
    for (int days : {30, 365, 1000, 3000})
        b->Arg(days);
}

struct Archive {
    QString dir;
    qint64 bytes = 0;
    QString db;
    double importSeconds = 0;
};

QString libraryPath(int days)
{
    return workDir().filePath(QStringLiteral("lib-%1.sqlite").arg(days));
}

// The generated archives, the source digest itself repeated over the days with new ids (the archive
// issue 22 measured the command line with), and generated archives in the log layout.
enum class Kind { Generated, Repeated, Log };

// One archive and one imported library per kind and size, made on first use and shared by the benchmarks.
Archive &archive(int days, Kind kind = Kind::Generated)
{
    static std::map<std::pair<Kind, int>, Archive> archives;
    Archive &a = archives[{kind, days}];
    if (a.dir.isEmpty()) {
        const QString name = kind == Kind::Generated ? QStringLiteral("archive-%1")
            : kind == Kind::Repeated                 ? QStringLiteral("repeated-%1")
                                                     : QStringLiteral("log-archive-%1");
        a.dir = workDir().filePath(name.arg(days));
        const QFileInfo done(a.dir + QStringLiteral(".complete"));
        if (done.exists()) {
            for (QDirIterator it(a.dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                a.bytes += it.nextFileInfo().size();
        } else {
            QDir(a.dir).removeRecursively();
            a.bytes = kind == Kind::Generated ? generator().writeArchive(a.dir, kFirstDay, days)
                : kind == Kind::Repeated      ? generator().writeRepeatedArchive(a.dir, kFirstDay, days)
                                              : logGenerator().writeLogArchive(a.dir, kFirstDay, days);
            QFile mark(done.filePath());
            mark.open(QIODevice::WriteOnly);
        }
        const QString db = kind == Kind::Generated ? libraryPath(days) : QString();
        if (!db.isEmpty() && QFileInfo::exists(db + QStringLiteral(".complete")))
            a.db = db;
    }
    return a;
}

void removeLibrary(const QString &path)
{
    QFile::remove(path + QStringLiteral(".complete"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".userdata.json")})
        QFile::remove(path + suffix);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Parses day over and over (forImport: as an import does, long texts as UTF-8, not decoded into QStrings).
void parseLoop(benchmark::State &state, const QByteArray &day, bool forImport = false)
{
    for (auto _ : state) {
        Core::DigestUtf8 texts;
        auto d = forImport ? Core::DigestParser::parseForImport(day, QStringLiteral("x.md"), &texts) : Core::DigestParser::parse(day, QStringLiteral("x.md"));
        benchmark::DoNotOptimize(d);
        benchmark::DoNotOptimize(texts);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}

void BM_Parse(benchmark::State &state)
{
    parseLoop(state, generator().day(kFirstDay));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_ParseForImport(benchmark::State &state)
{
    parseLoop(state, generator().day(kFirstDay), true);
}
BENCHMARK(BM_ParseForImport)->Unit(benchmark::kMillisecond);

void BM_ParseRealDigest(benchmark::State &state)
{
    const QByteArray day = sourceDigest();
    for (auto _ : state) {
        auto d = Core::DigestParser::parse(day, QStringLiteral("2025-05-24.md"));
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}
BENCHMARK(BM_ParseRealDigest)->Unit(benchmark::kMillisecond);

// What choosing the layout adds to every parse: each layout's recognitionScore over the first 64 KiB
// of a generated day (arg 0) and of a log-layout day (arg 1).
void BM_RecogniseLayout(benchmark::State &state)
{
    const QByteArray day = state.range(0) ? logGenerator().logDay(kFirstDay) : generator().day(kFirstDay);
    for (auto _ : state) {
        const Core::DigestLayout *layout = Core::DigestLayoutRegistry::recognise(day);
        benchmark::DoNotOptimize(layout);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}
BENCHMARK(BM_RecogniseLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

// The same for a generated day of the log layout (47 papers, labelled bullets, thumbnails, votes).
void BM_ParseLogLayout(benchmark::State &state)
{
    parseLoop(state, logGenerator().logDay(kFirstDay));
}
BENCHMARK(BM_ParseLogLayout)->Unit(benchmark::kMillisecond);

void BM_ParseLogLayoutForImport(benchmark::State &state)
{
    parseLoop(state, logGenerator().logDay(kFirstDay), true);
}
BENCHMARK(BM_ParseLogLayoutForImport)->Unit(benchmark::kMillisecond);

// The real log-layout day of 2025-05-09, when PAPERBOY_REAL_DIGESTS has ../digests-log-layout beside it.
void BM_ParseRealLogDigest(benchmark::State &state)
{
    const QString real = qEnvironmentVariable("PAPERBOY_REAL_DIGESTS");
    QFile f(QDir::cleanPath(real + QStringLiteral("/../digests-log-layout/2025-05-09.md")));
    if (real.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        state.SkipWithError("no real log-layout digest (PAPERBOY_REAL_DIGESTS/../digests-log-layout/2025-05-09.md)");
        return;
    }
    const QByteArray day = f.readAll();
    for (auto _ : state) {
        auto d = Core::DigestParser::parse(day, QStringLiteral("2025-05-09.md"));
        benchmark::DoNotOptimize(d);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * day.size());
}
BENCHMARK(BM_ParseRealLogDigest)->Unit(benchmark::kMillisecond);

// Opens the library BM_Import made for this size; false (and the benchmark skipped) when there is none.
bool openImported(benchmark::State &state, const Archive &a, Core::Library &lib)
{
    if (!a.db.isEmpty() && lib.open(a.db).ok())
        return true;
    state.SkipWithError("run BM_Import first");
    return false;
}

// The library of this size that BM_Import leaves; without one (the benchmark run alone), the
// archive imported into it now. False (and the benchmark skipped) when that fails.
bool importIfNeeded(benchmark::State &state, Archive &a, int days)
{
    if (!a.db.isEmpty())
        return true;
    const QString db = libraryPath(days);
    removeLibrary(db);
    Core::Library importing;
    if (!importing.open(db).ok() || int(importing.importer().importPaths({a.dir}).size()) != days) {
        state.SkipWithError("cannot import the archive");
        return false;
    }
    QFile mark(db + QStringLiteral(".complete"));
    mark.open(QIODevice::WriteOnly);
    a.db = db;
    return true;
}

// Cold import of a whole archive (parse + SQLite + FTS) into a new library file.
void BM_Import(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    for (auto _ : state) {
        a.db = libraryPath(days);
        removeLibrary(a.db);
        Core::Library lib;
        if (!lib.open(a.db).ok()) {
            state.SkipWithError("cannot open the library");
            return;
        }
        QElapsedTimer t;
        t.start();
        const auto results = lib.importer().importPaths({a.dir});
        a.importSeconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(a.importSeconds);
        if (int(results.size()) != days) {
            state.SkipWithError("not every day imported");
            return;
        }
        QFile mark(a.db + QStringLiteral(".complete"));
        mark.open(QIODevice::WriteOnly);
    }
    state.counters["papers"] = days * 47;
    state.counters["MB/s"] = double(a.bytes) / 1e6 / a.importSeconds;
    state.counters["archive_MB"] = double(a.bytes) / 1e6;
    state.counters["library_MB"] = double(QFileInfo(a.db).size() + QFileInfo(a.db + QStringLiteral("-wal")).size()) / 1e6;
}
BENCHMARK(BM_Import)->Apply(sizes)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// The same cold import for an archive in the log layout (YYYY/MM/DD.md files); compare with
// BM_Import at the same size, run on the same machine.
void BM_ImportLogLayout(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days, Kind::Log);
    const QString db = workDir().filePath(QStringLiteral("log-lib-%1.sqlite").arg(days));
    double seconds = 0;
    for (auto _ : state) {
        removeLibrary(db);
        Core::Library lib;
        if (!lib.open(db).ok()) {
            state.SkipWithError("cannot open the library");
            return;
        }
        QElapsedTimer t;
        t.start();
        const auto results = lib.importer().importPaths({a.dir});
        seconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        if (int(results.size()) != days
            || std::any_of(results.begin(), results.end(), [](const auto &r) { return r.outcome != Core::ImportResult::Outcome::Imported; })) {
            state.SkipWithError("not every day imported");
            return;
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * a.bytes);
    state.counters["papers"] = days * 47;
    state.counters["MB/s"] = double(a.bytes) / 1e6 / seconds;
    state.counters["archive_MB"] = double(a.bytes) / 1e6;
    state.counters["library_MB"] = double(QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size()) / 1e6;
    removeLibrary(db);
}
BENCHMARK(BM_ImportLogLayout)->Arg(30)->Arg(1000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// `paperboy --db NEW import DIR` as a reader runs it: the process from start to exit, on the
// generated archive (arg 1 = 0) or the source digest repeated with new ids (arg 1 = 1).
void BM_ImportCommandLine(benchmark::State &state)
{
    const int days = int(state.range(0));
    const Archive &a = archive(days, state.range(1) ? Kind::Repeated : Kind::Generated);
    const QString db = workDir().filePath(QStringLiteral("cli-%1.sqlite").arg(days));
    double seconds = 0;
    for (auto _ : state) {
        removeLibrary(db);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db, QStringLiteral("import"), a.dir});
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            state.SkipWithError("paperboy import failed");
            return;
        }
        seconds = double(t.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        if (p.readAllStandardOutput().count('\n') != days) {
            state.SkipWithError("not a line per day");
            return;
        }
    }
    state.counters["MB/s"] = double(a.bytes) / 1e6 / seconds;
    state.counters["archive_MB"] = double(a.bytes) / 1e6;
    removeLibrary(db);
}
BENCHMARK(BM_ImportCommandLine)->ArgsProduct({{30, 365}, {0, 1}})->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// Importing the unchanged archive again: hashing and one lookup per file.
void BM_ReimportUnchanged(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    for (auto _ : state) {
        Core::Library lib;
        if (!openImported(state, a, lib))
            return;
        const auto results = lib.importer().importPaths({a.dir});
        if (std::any_of(results.begin(), results.end(), [](const auto &r) { return r.outcome != Core::ImportResult::Outcome::Unchanged; })) {
            state.SkipWithError("a day was imported again");
            return;
        }
    }
    state.counters["days"] = days;
}
BENCHMARK(BM_ReimportUnchanged)->Apply(sizes)->Iterations(3)->Unit(benchmark::kMillisecond);

// Search latency over a mixed query set; p50/p95 in milliseconds as counters.
void BM_Search(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    Core::Library lib;
    if (!openImported(state, a, lib))
        return;
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
        auto hits = lib.searchIndex().search(Core::SearchQuery::parse(text), 20);
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
BENCHMARK(BM_Search)->Apply(sizes)->Iterations(630)->Unit(benchmark::kMillisecond);

// More like this (Core::Similarity) for papers spread over the library's days; p50/p95 in
// milliseconds. Without a library BM_Import left for this size, it imports the archive first.
void BM_MoreLikeThis(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    Core::Library lib;
    if (!importIfNeeded(state, a, days) || !openImported(state, a, lib))
        return;
    std::vector<double> ms, firsts;
    int k = 0;
    int found = 0;
    for (auto _ : state) {
        const QString id = generator().paperId(kFirstDay.addDays((k * 7919) % days), (k * 13) % 40);
        ++k;
        QElapsedTimer t;
        t.start();
        auto similar = lib.similarity().similar(id, 10);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        ms.push_back(elapsed);
        if (k == 1)
            firsts.push_back(elapsed);
        found += similar.isEmpty() ? 0 : 1;
        benchmark::DoNotOptimize(similar);
    }
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
    state.counters["first_ms"] = percentile(firsts, 0.0);
    state.counters["with_results"] = double(found) / double(std::max(1, k));
    state.counters["papers"] = days * 47;
}
BENCHMARK(BM_MoreLikeThis)->Arg(365)->Arg(3000)->Iterations(200)->Unit(benchmark::kMillisecond);

// Rising topics (Core::Topics) over the default window (30 weeks up to the newest day), as the
// Topics window and `paperboy topics` compute them; milliseconds a computation.
void BM_Topics(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    Core::Library lib;
    if (!importIfNeeded(state, a, days) || !openImported(state, a, lib))
        return;
    int topics = 0;
    for (auto _ : state) {
        Core::TopicsResult result = lib.topics().compute();
        topics = int(result.topics.size());
        benchmark::DoNotOptimize(result);
    }
    state.counters["topics"] = topics;
    state.counters["papers"] = days * 47;
}
BENCHMARK(BM_Topics)->Arg(365)->Arg(3000)->Iterations(5)->Unit(benchmark::kMillisecond);

// 1,000 papers with a tag, a star, a note and two highlights each, exported to one Markdown file
// (collect from the library, render, write), as File › Export Notes does.
void BM_ExportAnnotated(benchmark::State &state)
{
    const int days = int(state.range(0));
    Archive &a = archive(days);
    Core::Library lib;
    if (!openImported(state, a, lib))
        return;
    if (lib.userDataSync().annotatedPapers().size() < 1000) {
        int annotated = 0;
        for (int d = 0; d < days && annotated < 1000; ++d) {
            for (const auto &p : lib.catalog().papersOfDay(kFirstDay.addDays(d))) {
                if (annotated == 1000)
                    break;
                const auto detail = lib.catalog().paper(p.arxivId, p.day);
                if (!detail || detail->sections.isEmpty())
                    continue;
                lib.annotations().tagPaper(p.arxivId, QStringLiteral("tag-%1").arg(annotated % 12));
                lib.annotations().setStarred(p.arxivId, true);
                lib.annotations().setNote(
                    p.arxivId,
                    QStringLiteral("## 메모\n\n이 논문은 **%1** 번째로 읽은 논문이다. 방법이 흥미롭다.\n\n- 재현해 볼 것\n- 관련 연구 찾기\n").arg(annotated));
                for (int h = 0; h < 2 && h < detail->sections.size(); ++h) {
                    const auto &sec = detail->sections.at(h);
                    Core::Highlight hl;
                    hl.arxivId = p.arxivId;
                    hl.sectionKind = Core::sectionKindName(sec.kind);
                    hl.exact = sec.body.left(40);
                    hl.suffix = sec.body.mid(40, 32);
                    hl.position = 0;
                    hl.comment = QStringLiteral("중요");
                    lib.annotations().addHighlight(hl);
                }
                ++annotated;
            }
        }
    }
    const QString out = workDir().filePath(QStringLiteral("notes-%1.md").arg(days));
    int papers = 0;
    for (auto _ : state) {
        Core::ExportScope scope;
        scope.annotatedOnly = true;
        const auto set = Core::NotesExporter::collect(lib, scope);
        const auto result = Core::NotesExporter::render(set, Core::NotesExporter::Format::Markdown, Core::ExportOptions{});
        if (!Core::NotesExporter::write(result, Core::NotesExporter::Format::Markdown, out).ok()) {
            state.SkipWithError("export failed");
            return;
        }
        papers = int(set.papers.size());
    }
    state.counters["papers"] = papers;
    state.counters["file_MB"] = double(QFileInfo(out).size()) / 1e6;
}
BENCHMARK(BM_ExportAnnotated)->Apply(sizes)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace
