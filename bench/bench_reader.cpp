// Benchmarks of the reader with a 1,000-day library: process start to first paint, and next paper.
//
//   ./dev bench --benchmark_filter=Reader
// The library (1,000 days × 47 papers of generated digests) is built once, in a temporary folder.
#include "archivegenerator.h"

#include "library/library.h"
#include "mainwindow.h"
#include "summaryview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace Paperboy;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

// Generated and imported on first use.
QString library1000()
{
    static QString path;
    if (path.isEmpty()) {
        QFile f(QStringLiteral(PAPERBOY_DIGEST_DIR "/2025-05-24.md"));
        f.open(QIODevice::ReadOnly);
        Bench::ArchiveGenerator gen(f.readAll());
        const QString archive = workDir().filePath(QStringLiteral("archive"));
        gen.writeArchive(archive, QDate(2022, 1, 1), 1000);
        path = workDir().filePath(QStringLiteral("lib1000.sqlite"));
        Core::Library lib;
        lib.open(path);
        lib.importPaths({archive});
    }
    return path;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// The whole process: exec, dynamic linking, opening the library, building and painting the window.
void BM_ReaderStartToFirstPaint(benchmark::State &state)
{
    const QString db = library1000();
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
BENCHMARK(BM_ReaderStartToFirstPaint)->Iterations(10)->UseManualTime()->Unit(benchmark::kMillisecond);

// j: select the next paper, build its document and paint the window.
void BM_ReaderNextPaper(benchmark::State &state)
{
    Core::Library lib;
    lib.open(library1000());
    Ui::MainWindow w(&lib);
    w.setMarkReadDelay(0);
    w.show();
    QApplication::processEvents();
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        w.nextPaper();
        w.summaryView()->viewport()->repaint();
        w.paperTree()->viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    state.counters["p50_ms"] = percentile(ms, 0.5);
    state.counters["p95_ms"] = percentile(ms, 0.95);
    state.counters["max_ms"] = percentile(ms, 1.0);
}
BENCHMARK(BM_ReaderNextPaper)->Iterations(300)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("paperboy-bench"));
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
