// The entry point of the benchmarks that need Qt's core event loop only (bench_library,
// bench_searcheval): a QCoreApplication, then Google Benchmark's run.
#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
