// Benchmarks of the reader: process start to first paint, next paper, and resident memory after
// opening and browsing, with libraries of 30, 365, 1,000 and 3,000 generated days of 47 papers.
//
//   ./dev bench --benchmark_filter=Reader
//   ./dev bench --benchmark_filter='Reader.*/1000$'
// Each library is built once per run, in a temporary folder.
#include "archivegenerator.h"

#include "actionregistry.h"
#include "importcontroller.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "search/searchquery.h"
#include "summaryview.h"
#include "triagecontroller.h"
#include "library/triagesession.h"

#include "../tests/windowparts.h"
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>

#include <sqlite3.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Paperboy;
using namespace TestWindow;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

const QDate kFirstDay(2020, 1, 1);

void sizes(benchmark::internal::Benchmark *b)
{
    for (int days : {30, 365, 1000, 3000})
        b->Arg(days);
}

// Generated and imported on first use; the archive is deleted once imported.
QString library(int days)
{
    static std::map<int, QString> paths;
    QString &path = paths[days];
    if (path.isEmpty()) {
        Bench::ArchiveGenerator gen(Bench::ArchiveGenerator::sourceDigest());
        const QString archive = workDir().filePath(QStringLiteral("archive-%1").arg(days));
        gen.writeArchive(archive, kFirstDay, days);
        path = workDir().filePath(QStringLiteral("lib-%1.sqlite").arg(days));
        Core::Library lib;
        lib.open(path);
        lib.importer().importPaths({archive});
        QDir(archive).removeRecursively();
    }
    return path;
}

// The kB value of a "Name:   123 kB" line of /proc/self/status.
qint64 statusKb(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The child of BM_ReaderMemory: opens the library in a window, browses it as a reader would (300
// papers with j, 60 days back and forth, ten searches), then prints its resident memory.
int browseAndReport(const QString &db)
{
    Core::Library lib;
    if (!lib.open(db).ok())
        return 1;
    Ui::MainWindow w(&lib);
    w.reader()->setMarkReadDelay(0);
    w.show();
    QApplication::processEvents();
    for (int i = 0; i < 300; ++i) {
        w.reader()->nextPaper();
        QApplication::processEvents();
    }
    for (int i = 0; i < 30; ++i) {
        w.reader()->nextDay();
        QApplication::processEvents();
    }
    for (int i = 0; i < 30; ++i) {
        w.reader()->previousDay();
        QApplication::processEvents();
    }
    for (const char *q : {"모델", "학습", "강화 학습", "model*", "agent*", "\"대규모 언어\"", "추론", "데이터", "learn*", "성능"}) {
        lib.searchIndex().search(Core::SearchQuery::parse(QString::fromUtf8(q)), 50);
        QApplication::processEvents();
    }
    std::printf("rss_kb %lld hwm_kb %lld\n", statusKb("VmRSS:"), statusKb("VmHWM:"));
    return 0;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The whole process: exec, dynamic linking, opening the library, building and painting the window.
void BM_ReaderStartToFirstPaint(benchmark::State &state)
{
    const QString db = library(int(state.range(0)));
    std::vector<double> wall, inProcess;
    for (auto _ : state) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir().filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--exit-after-paint")});
        p.waitForFinished(60000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const auto m = QRegularExpression(QStringLiteral("first paint after (\\d+) ms")).match(QString::fromUtf8(p.readAllStandardOutput()));
        if (!m.hasMatch()) {
            state.SkipWithError("no first-paint line");
            return;
        }
        wall.push_back(ms);
        inProcess.push_back(m.captured(1).toDouble());
        state.SetIterationTime(ms / 1000.0);
    }
    state.counters["wall_p50_ms"] = percentile(wall, 0.5);
    state.counters["wall_max_ms"] = percentile(wall, 1.0);
    state.counters["in_process_p50_ms"] = percentile(inProcess, 0.5);
}
BENCHMARK(BM_ReaderStartToFirstPaint)->Apply(sizes)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);

// j: select the next paper, build its document and paint the window.
void BM_ReaderNextPaper(benchmark::State &state)
{
    Core::Library lib;
    lib.open(library(int(state.range(0))));
    Ui::MainWindow w(&lib);
    w.reader()->setMarkReadDelay(0);
    w.show();
    QApplication::processEvents();
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        w.reader()->nextPaper();
        summaryView(w)->viewport()->repaint();
        paperTree(w)->viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
}
BENCHMARK(BM_ReaderNextPaper)->Apply(sizes)->Iterations(300)->Unit(benchmark::kMillisecond);

// A star, a tag and a read mark of the paper shown, from the command to the views updated: the
// command and the models' signals (p50_ms, p95_ms), then also a repaint of the paper tree, the day
// list and the sidebar (painted_p95_ms).
// Each toggles, so every iteration changes something. Counts the SQL statements each one runs.
//   ./dev bench --benchmark_filter=ReaderChange
void BM_ReaderChange(benchmark::State &state)
{
    Core::Library lib;
    lib.open(library(int(state.range(1))));
    Ui::MainWindow w(&lib);
    w.reader()->setMarkReadDelay(-1);
    w.show();
    QApplication::processEvents();
    w.reader()->nextPaper();
    QApplication::processEvents();
    const QString id = w.reader()->currentPaperId();
    if (id.isEmpty()) {
        state.SkipWithError("no paper shown");
        return;
    }
    qint64 statements = 0;
    sqlite3_trace_v2(
        lib.database().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void *count, void *, void *) {
            ++*static_cast<qint64 *>(count);
            return 0;
        },
        &statements);
    const int op = int(state.range(0));
    std::vector<double> ms, painted; // to the models updated (views told); and with the views repainted
    bool on = true;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        switch (op) {
        case 0: lib.annotations().setStarred(id, on); break;
        case 1: on ? lib.annotations().tagPaper(id, QStringLiteral("bench")) : lib.annotations().untagPaper(id, QStringLiteral("bench")); break;
        default: lib.annotations().setRead(id, on); break;
        }
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        paperTree(w)->viewport()->repaint();
        for (QListView *view : w.findChildren<QListView *>())
            view->viewport()->repaint();
        painted.push_back(double(t.nsecsElapsed()) / 1e6);
        on = !on;
    }
    sqlite3_trace_v2(lib.database().handle(), 0, nullptr, nullptr);
    state.SetLabel(op == 0 ? "star" : op == 1 ? "tag" : "read");
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["painted_p95_ms"] = percentile(painted, 0.95);
    state.counters["sql_per_op"] = double(statements) / double(ms.size());
}
BENCHMARK(BM_ReaderChange)->ArgsProduct({{0, 1, 2}, {30, 3000}})->Iterations(200)->Unit(benchmark::kMillisecond);

// Triage mode: a decision (keep, later, skip in turn) from the key's action to the next card
// drawn: the stores' writes, the history's event, the models told, the card laid out and painted
// (the target: p95 within a 60 Hz frame, 16 ms, at 3,000 days). Each day's 47 cards, then the
// next day (not timed).
//   ./dev bench --benchmark_filter=TriageDecision
void BM_TriageDecision(benchmark::State &state)
{
    Core::Library lib;
    lib.open(library(int(state.range(0))));
    Ui::MainWindow w(&lib);
    w.reader()->setMarkReadDelay(-1);
    w.show();
    QApplication::processEvents();
    auto *card = w.findChild<Ui::SummaryView *>(QStringLiteral("triageCard"))->viewport();
    const QStringList decisions{QStringLiteral("triage.skip"), QStringLiteral("triage.keep"), QStringLiteral("triage.skip"), QStringLiteral("triage.later")};
    std::vector<double> ms;
    int n = 0;
    for (auto _ : state) {
        if (!w.triage()->isActive() || w.triage()->session()->isDone()) {
            state.PauseTiming();
            if (w.triage()->isActive()) {
                w.triage()->leave();
                w.reader()->nextDay();
            }
            QApplication::processEvents();
            w.startTriage();
            QApplication::processEvents();
            state.ResumeTiming();
            if (!w.triage()->isActive()) {
                state.SkipWithError("no cards to triage");
                return;
            }
        }
        QElapsedTimer t;
        t.start();
        w.actions()->action(decisions.at(n++ % decisions.size()))->trigger();
        card->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
}
BENCHMARK(BM_TriageDecision)->Arg(30)->Arg(3000)->Iterations(300)->Unit(benchmark::kMillisecond);

// Resident memory of a reader process that opened the library and browsed it (browseAndReport),
// measured in a child so the import that built the library does not count.
void BM_ReaderMemory(benchmark::State &state)
{
    const QString db = library(int(state.range(0)));
    double rss = 0, hwm = 0;
    for (auto _ : state) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), workDir().filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--browse-and-report"), db});
        p.waitForFinished(120000);
        const auto m = QRegularExpression(QStringLiteral("rss_kb (\\d+) hwm_kb (\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
        if (!m.hasMatch()) {
            state.SkipWithError("no memory line from the child");
            return;
        }
        rss = std::max(rss, m.captured(1).toDouble() / 1024);
        hwm = std::max(hwm, m.captured(2).toDouble() / 1024);
    }
    state.counters["rss_MB"] = rss;
    state.counters["peak_rss_MB"] = hwm;
}
BENCHMARK(BM_ReaderMemory)->Apply(sizes)->Iterations(2)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("paperboy-bench"));
    if (argc == 3 && qstrcmp(argv[1], "--browse-and-report") == 0)
        return browseAndReport(QString::fromLocal8Bit(argv[2]));
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
