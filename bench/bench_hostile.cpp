// Parse and render of the hostile digest (tests/hostiledigest.h: raw HTML, every link scheme, a 10 MB
// line, 10,000-deep lists and quotes): what a digest written to do harm costs the reader.
//
//   ./dev bench --benchmark_filter=Hostile
#include "hostiledigest.h"

#include "compareview.h"
#include "digest/digestparser.h"
#include "library/library.h"
#include "summaryview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace Paperboy;

namespace {

const QByteArray &content()
{
    static const QByteArray digest = HostileDigest::make("http://127.0.0.1:9", "/nonexistent/secret.png");
    return digest;
}

Core::PaperDetail detailOf(const Core::Paper &p)
{
    Core::PaperDetail d;
    d.listing.arxivId = p.arxivId;
    d.listing.title = p.title;
    d.listing.day = HostileDigest::kDay;
    d.link = p.link;
    d.summaryMarkdown = p.summaryMarkdown;
    d.sections = p.sections;
    return d;
}

void BM_HostileParse(benchmark::State &state)
{
    for (auto _ : state) {
        const Core::Digest d = Core::DigestParser::parse(content(), QStringLiteral("2025-06-02.md"));
        if (d.papers.size() != 3)
            state.SkipWithError("the hostile digest did not parse into 3 papers");
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * content().size());
}
BENCHMARK(BM_HostileParse)->Iterations(5)->Unit(benchmark::kMillisecond);

// Parse, then each paper into the summary view, laid out and painted.
void BM_HostileParseAndSummaryView(benchmark::State &state)
{
    Ui::SummaryView view;
    view.resize(1000, 800);
    view.show();
    for (auto _ : state) {
        const Core::Digest d = Core::DigestParser::parse(content(), QStringLiteral("2025-06-02.md"));
        for (const Core::Paper &p : d.papers) {
            view.showPaper(detailOf(p));
            benchmark::DoNotOptimize(view.document()->documentLayout()->documentSize());
            view.viewport()->repaint();
        }
    }
}
BENCHMARK(BM_HostileParseAndSummaryView)->Iterations(3)->Unit(benchmark::kMillisecond);

// The three papers side by side in the compare view, every cell rendered and painted.
void BM_HostileCompareView(benchmark::State &state)
{
    QTemporaryDir dir;
    Core::Library lib;
    if (!lib.open(dir.filePath(QStringLiteral("hostile.sqlite"))).ok()) {
        state.SkipWithError("cannot open a library");
        return;
    }
    const Core::Digest d = Core::DigestParser::parse(content(), QStringLiteral("2025-06-02.md"));
    lib.importer().importDigest(d, QStringLiteral("2025-06-02.md"), content());
    QUndoStack undo;
    for (auto _ : state) {
        Ui::CompareView view(&lib, &undo);
        view.resize(1400, 900);
        view.show();
        view.setPapers({HostileDigest::kHtmlPaper, HostileDigest::kLongLinePaper, HostileDigest::kDeepPaper});
        view.repaint();
        QApplication::processEvents();
    }
}
BENCHMARK(BM_HostileCompareView)->Iterations(3)->Unit(benchmark::kMillisecond);

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
