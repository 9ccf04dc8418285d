// Test helper for tst_annotations: writes notes and tags in a loop, printing each committed step,
// until it is killed. Usage: killwriter LIBRARY
#include "library/library.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    Paperboy::Core::Library lib;
    if (!lib.open(QString::fromLocal8Bit(argv[1])).ok())
        return 3;
    const auto papers = lib.papersOfDay(lib.days().first().date);
    for (int i = 0;; ++i) {
        const QString id = papers.at(i % papers.size()).arxivId;
        if (!lib.setNote(id, QStringLiteral("메모 %1").arg(i)).ok() || !lib.tagPaper(id, QStringLiteral("t%1").arg(i)).ok())
            return 4;
        std::printf("committed %d %s\n", i, qPrintable(id));
        std::fflush(stdout);
    }
}
