// The sync between machines at 10,000 annotated papers (docs/PERFORMANCE.md, "Sync"): the first sync
// of a library into an empty remote, the first sync of a second machine from it, and a sync after
// one paper changed, on each side. A bare repository on the same disk is the remote (file://).
#include "library/library.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Paperboy;

namespace {

struct Machines {
    QTemporaryDir dir;
    QString remote;
    std::unique_ptr<Core::Library> a;
    std::unique_ptr<Core::Library> b;
    int papers = 0;
    int changes = 0;
};

Machines &machines()
{
    static Machines m;
    return m;
}

QString paperId(int i)
{
    return QStringLiteral("2501.%1").arg(i, 5, 10, QLatin1Char('0'));
}

// n papers each with a tag (of 40), a note, a highlight, and every third starred, every second read.
bool annotate(Core::Library &lib, int n)
{
    QList<Core::PaperUserData> papers;
    papers.reserve(n);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-30);
    for (int i = 0; i < n; ++i) {
        Core::PaperUserData p;
        p.arxivId = paperId(i);
        p.tags = {QStringLiteral("topic-%1").arg(i % 40)};
        p.note = QStringLiteral("Paper %1: the method section is the part to read again; compare with the baseline in table 2.").arg(i);
        p.noteUpdatedAt = t0.addSecs(i);
        Core::Highlight h;
        h.arxivId = p.arxivId;
        h.sectionKind = QStringLiteral("method");
        h.exact = QStringLiteral("a highlighted passage of paper %1").arg(i);
        h.prefix = QStringLiteral("the words before ");
        h.suffix = QStringLiteral(" and the words after");
        h.createdAt = t0.addSecs(i);
        p.highlights = {h};
        if (i % 3 == 0)
            p.starredAt = t0.addSecs(i);
        if (i % 2 == 0)
            p.readAt = t0.addSecs(i);
        papers << p;
    }
    return lib.userDataSync().mergeUserData(papers, {}).ok();
}

std::unique_ptr<Core::Library> machine(const QString &name, int papers)
{
    Machines &m = machines();
    auto lib = std::make_unique<Core::Library>();
    if (!lib->open(m.dir.filePath(name + QStringLiteral(".sqlite"))).ok() || (papers > 0 && !annotate(*lib, papers))
        || !Core::SyncEngine(*lib).init(m.dir.filePath(name + QStringLiteral("-sync")), m.remote, name).ok())
        return nullptr;
    return lib;
}

bool timedSync(benchmark::State &state, Core::Library &lib, int expectReceived = -1)
{
    QElapsedTimer t;
    t.start();
    const Core::SyncResult r = Core::SyncEngine(lib).sync();
    state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
    if (!r.ok() || (expectReceived >= 0 && r.received != expectReceived)) {
        state.SkipWithError(qPrintable(r.message.isEmpty() ? QStringLiteral("received %1 papers").arg(r.received) : r.message));
        return false;
    }
    state.counters["sent"] = r.written;
    state.counters["received"] = r.received;
    return true;
}

// The first machine's first sync: every paper written, committed and pushed to the empty remote.
void BM_SyncFirst(benchmark::State &state)
{
    Machines &m = machines();
    m.papers = int(state.range(0));
    for (auto _ : state) {
        m.remote = m.dir.filePath(QStringLiteral("remote.git"));
        if (QProcess::execute(QStringLiteral("git"),
                              {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), m.remote})
            != 0) {
            state.SkipWithError("git init --bare failed");
            return;
        }
        m.a = machine(QStringLiteral("laptop"), m.papers);
        if (!m.a) {
            state.SkipWithError("cannot make the library");
            return;
        }
        timedSync(state, *m.a);
    }
}
BENCHMARK(BM_SyncFirst)->Arg(10000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// The second machine's first sync: every paper fetched, merged and stored in its library.
void BM_SyncFirstOnSecondMachine(benchmark::State &state)
{
    Machines &m = machines();
    for (auto _ : state) {
        if (!m.a) {
            state.SkipWithError("run with BM_SyncFirst");
            return;
        }
        m.b = machine(QStringLiteral("desktop"), 0);
        if (!m.b) {
            state.SkipWithError("cannot make the library");
            return;
        }
        timedSync(state, *m.b, m.papers);
    }
}
BENCHMARK(BM_SyncFirstOnSecondMachine)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// One paper changed on the first machine: written, committed, pushed.
void BM_SyncOnePaperChanged(benchmark::State &state)
{
    Machines &m = machines();
    for (auto _ : state) {
        if (!m.a || !m.b) {
            state.SkipWithError("run with BM_SyncFirst and BM_SyncFirstOnSecondMachine");
            return;
        }
        const QString id = paperId(++m.changes * 7);
        if (!m.a->annotations().tagPaper(id, QStringLiteral("changed-%1").arg(m.changes)).ok()) {
            state.SkipWithError("cannot tag");
            return;
        }
        if (!timedSync(state, *m.a))
            return;
    }
}
BENCHMARK(BM_SyncOnePaperChanged)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

// ... and received by the second: fetched, merged, stored.
void BM_SyncOnePaperReceived(benchmark::State &state)
{
    Machines &m = machines();
    if (m.b && !Core::SyncEngine(*m.b).sync().ok()) { // what BM_SyncOnePaperChanged sent
        state.SkipWithError("cannot sync");
        return;
    }
    for (auto _ : state) {
        if (!m.a || !m.b) {
            state.SkipWithError("run with the benchmarks before");
            return;
        }
        const QString id = paperId(++m.changes * 7);
        if (!m.a->annotations().setNote(id, QStringLiteral("changed again %1").arg(m.changes)).ok() || !Core::SyncEngine(*m.a).sync().ok()) {
            state.SkipWithError("cannot change a paper");
            return;
        }
        if (!timedSync(state, *m.b, 1))
            return;
    }
}
BENCHMARK(BM_SyncOnePaperReceived)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
