// Test helper for the fault tests: a writer in its own process, killed with SIGKILL or made to hold
// a lock. Prints one line per committed step.
//   killwriter LIBRARY               notes and tags in a loop until killed ("committed N ID")
//   killwriter import LIBRARY DIR    imports the digests of DIR ("committed N": the first N files are in)
//   killwriter lock LIBRARY ID TAG   tags ID inside an open write transaction, prints "locked", and
//                                    commits when a line arrives on standard input
#include "library/library.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

using Paperboy::Core::Library;

namespace {

int writeNotes(Library &lib)
{
    const auto papers = lib.catalog().papersOfDay(lib.catalog().days().first().date);
    for (int i = 0;; ++i) {
        const QString id = papers.at(i % papers.size()).arxivId;
        if (!lib.annotations().setNote(id, QStringLiteral("메모 %1").arg(i)).ok() || !lib.annotations().tagPaper(id, QStringLiteral("t%1").arg(i)).ok())
            return 4;
        std::printf("committed %d %s\n", i, qPrintable(id));
        std::fflush(stdout);
    }
}

int import(Library &lib, const QString &dir)
{
    const auto results = lib.importer().importPaths({dir}, [](int done, int) {
        std::printf("committed %d\n", done);
        std::fflush(stdout);
    });
    for (const auto &r : results)
        if (r.outcome == Paperboy::Core::ImportResult::Outcome::Rejected)
            return 5;
    std::printf("done %d\n", int(results.size()));
    std::fflush(stdout);
    return 0;
}

int holdLock(Library &lib, const QString &id, const QString &tag)
{
    QSqlQuery q(lib.database().sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return 6;
    if (!lib.annotations().tagPaper(id, tag).ok())
        return 7;
    std::printf("locked\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    if (!q.exec(QStringLiteral("COMMIT")))
        return 8;
    std::printf("committed\n");
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    const QString mode = args.size() > 1 && (args[0] == QLatin1StringView("import") || args[0] == QLatin1StringView("lock")) ? args[0] : QString();
    Library lib;
    if (!lib.open(mode.isEmpty() ? args[0] : args[1]).ok())
        return 3;
    if (mode == QLatin1StringView("import") && args.size() == 3)
        return import(lib, args[2]);
    if (mode == QLatin1StringView("lock") && args.size() == 4)
        return holdLock(lib, args[2], args[3]);
    if (mode.isEmpty())
        return writeNotes(lib);
    return 2;
}
