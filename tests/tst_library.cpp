// Library on real SQLite files: import, idempotence, re-import keeping user data, listings.
#include "digest/digestparser.h"
#include "library/library.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Paperboy::Core;

namespace {
const QString kCorpusDay = TestCorpus::day();

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importRealDigest()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QVERIFY(lib.catalog().isEmpty());
        const ImportResult r = lib.importer().importFile(kCorpusDay);
        QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        QCOMPARE(r.papers, TestCorpus::kPapers);
        QCOMPARE(r.day, QDate(2025, 5, 24));
        const auto days = lib.catalog().days();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].paperCount, TestCorpus::kPapers);
        QCOMPARE(days[0].unreadCount, TestCorpus::kPapers);
        const auto papers = lib.catalog().papersOfDay(QDate(2025, 5, 24));
        QCOMPARE(papers.size(), TestCorpus::kPapers);
        QCOMPARE(papers[0].arxivId, QStringLiteral("2505.96938"));
        QCOMPARE(papers[0].sectionKinds.size(), 7);
        const auto detail = lib.catalog().paper(QStringLiteral("2505.96265"));
        QVERIFY(detail.has_value());
        QCOMPARE(detail->sections.size(), 7);
        QCOMPARE(detail->sections[4].kind, SectionKind::Results);
        QVERIFY(detail->summaryMarkdown.startsWith(QStringLiteral("# Judge-RM")));
    }

    void sameContentIsNoWork()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const ImportResult first = lib.importer().importFile(kCorpusDay);
        QCOMPARE(first.outcome, ImportResult::Outcome::Imported);
        for (const auto &d : first.diagnostics)
            QVERIFY2(!d.message.contains(QStringLiteral("not logged")), qPrintable(d.toString()));
        QSignalSpy spy(&lib, &Library::daysChanged);
        QCOMPARE(lib.importer().importFile(kCorpusDay).outcome, ImportResult::Outcome::Unchanged);
        QCOMPARE(spy.count(), 0);
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM imports WHERE outcome = 'imported'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reimportOfChangedDigestKeepsUserState()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("2025-05-24.md"));
        writeFile(copy, readFile(kCorpusDay));
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(copy).outcome, ImportResult::Outcome::Imported);
        QVERIFY(lib.annotations().setStarred(QStringLiteral("2505.96265"), true).ok());
        QVERIFY(lib.annotations().setRead(QStringLiteral("2505.96938"), true).ok());

        QByteArray changed = readFile(kCorpusDay);
        changed.replace("Judge-RM: 생성적", "Judge-RM (개정판): 생성적");
        writeFile(copy, changed);
        QCOMPARE(lib.importer().importFile(copy).outcome, ImportResult::Outcome::Imported);
        QVERIFY(lib.catalog().paper(QStringLiteral("2505.96265"))->listing.title.startsWith(QStringLiteral("Judge-RM (개정판)")));
        QVERIFY(lib.annotations().isStarred(QStringLiteral("2505.96265")));
        QVERIFY(lib.annotations().isRead(QStringLiteral("2505.96938")));
        QCOMPARE(lib.catalog().days()[0].unreadCount, TestCorpus::kPapers - 1);
        QCOMPARE(lib.catalog().papersOfDay(QDate(2025, 5, 24)).size(), TestCorpus::kPapers);
    }

    void publishersOfOneDayStandSideBySide()
    {
        // Publisher A: the corpus day in its folder. Publisher B: a log kept as YYYY/MM/DD.md that
        // lists the third and the first paper (in that order, with its own words) and one of its own.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("a"));
        QDir(dir.path()).mkpath(QStringLiteral("log/paper_logs/2025/05"));
        const QString fileA = dir.filePath(QStringLiteral("a/2025-05-24.md"));
        const QString fileB = dir.filePath(QStringLiteral("log/paper_logs/2025/05/24.md"));
        writeFile(fileA, readFile(kCorpusDay));
        QByteArray b
            = TestCorpus::otherPublishersDay() + "## 2505.99901\n\n**Summary**:\n```markdown\n# 비의 논문\n\n## 1. 핵심 동기\n\n비만 다룬 논문입니다.\n```\n";
        writeFile(fileB, b);

        QTemporaryDir libDir;
        Library lib;
        QVERIFY(lib.open(libDir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(fileA).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.importer().importFile(fileB).outcome, ImportResult::Outcome::Imported);
        const QList<PublisherInfo> publishers = lib.publishers().all();
        QCOMPARE(publishers.size(), 2);
        QCOMPARE(publishers.at(0).name, QStringLiteral("a"));
        QCOMPARE(publishers.at(1).name, QStringLiteral("paper_logs")); // the date folders are not the publisher
        const qint64 a = publishers.at(0).id, bId = publishers.at(1).id;

        // One day, the union of the papers: A's in A's order, then B's own.
        QCOMPARE(lib.catalog().days().size(), 1);
        QCOMPARE(lib.catalog().days().first().paperCount, TestCorpus::kPapers + 1);
        QList<PaperListing> day = lib.catalog().papersOfDay(TestCorpus::kDay);
        QCOMPARE(day.size(), TestCorpus::kPapers + 1);
        QCOMPARE(day.at(0).arxivId, TestCorpus::kSciLoop);
        QCOMPARE(day.last().arxivId, QStringLiteral("2505.99901"));
        QCOMPARE(day.at(0).publishers, (QStringList{QStringLiteral("a"), QStringLiteral("paper_logs")}));
        QCOMPARE(day.at(1).publishers, QStringList{QStringLiteral("a")});
        for (int i = 0; i < day.size(); ++i)
            QCOMPARE(day.at(i).position, i);

        // The preferred publisher's summary, the other one on request; sections of both in the tree.
        auto shown = lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay);
        QVERIFY(shown);
        QCOMPARE(shown->summary.publisherId, a);
        QCOMPARE(shown->summaries.size(), 2);
        QVERIFY(!shown->summaryMarkdown.contains(QStringLiteral("Zyxwvology")));
        auto other = lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay, bId);
        QVERIFY(other && other->summaryMarkdown.contains(QStringLiteral("Zyxwvology")));
        QCOMPARE(other->summary.publisher, QStringLiteral("paper_logs"));
        const auto headings = lib.catalog().sectionsOfDay(TestCorpus::kDay).value(TestCorpus::kSciLoop);
        QCOMPARE(headings.size(), shown->sections.size() + other->sections.size());
        QCOMPARE(headings.first().publisherId, a);
        QCOMPARE(headings.last().publisherId, bId);

        // Search covers every digest, a paper is one result.
        const auto hits = lib.searchIndex().search(SearchQuery::parse(QStringLiteral("zyxwvology")), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().arxivId, TestCorpus::kSciLoop);

        // A changed digest from A's folder replaces A's only.
        QByteArray changed = readFile(kCorpusDay);
        changed.replace("Judge-RM: 생성적", "Judge-RM (개정판): 생성적");
        writeFile(fileA, changed);
        QCOMPARE(lib.importer().importFile(fileA).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.publishers().all().at(1).digests, 1);
        QVERIFY(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay, bId)->summaryMarkdown.contains(QStringLiteral("Zyxwvology")));
        QCOMPARE(lib.catalog().papersOfDay(TestCorpus::kDay).size(), TestCorpus::kPapers + 1);

        // B preferred: B's papers first in B's order, its summaries shown; the rest after.
        QVERIFY(lib.publishers().prefer(bId).ok());
        day = lib.catalog().papersOfDay(TestCorpus::kDay);
        QCOMPARE(day.size(), TestCorpus::kPapers + 1);
        QCOMPARE(day.at(0).arxivId, TestCorpus::kToolSmith);
        QCOMPARE(day.at(1).arxivId, TestCorpus::kSciLoop);
        QCOMPARE(day.at(2).arxivId, QStringLiteral("2505.99901"));
        QCOMPARE(day.at(3).arxivId, TestCorpus::kDriftBench);
        QCOMPARE(day.at(1).publishers.first(), QStringLiteral("paper_logs"));
        QCOMPARE(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay)->summary.publisherId, bId);
        QCOMPARE(lib.catalog().days().first().paperCount, TestCorpus::kPapers + 1);

        // Removing B's digest leaves A's day as A made it; B's own paper and words are gone, the
        // reader's data on it stays.
        QVERIFY(lib.annotations().setStarred(QStringLiteral("2505.99901"), true).ok());
        QVERIFY(lib.importer().deleteDigest(TestCorpus::kDay, bId).ok());
        QVERIFY(!lib.importer().deleteDigest(TestCorpus::kDay, bId).ok()); // no such digest now
        day = lib.catalog().papersOfDay(TestCorpus::kDay);
        QCOMPARE(day.size(), TestCorpus::kPapers);
        QCOMPARE(day.at(0).arxivId, TestCorpus::kSciLoop);
        for (int i = 0; i < day.size(); ++i)
            QCOMPARE(day.at(i).position, i);
        QCOMPARE(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay)->summary.publisherId, a);
        QCOMPARE(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay)->summaries.size(), 1);
        QVERIFY(lib.searchIndex().search(SearchQuery::parse(QStringLiteral("zyxwvology")), 10).isEmpty());
        QVERIFY(lib.annotations().isStarred(QStringLiteral("2505.99901")));
        QCOMPARE(lib.publishers().all().size(), 2);
        QCOMPARE(lib.catalog().days().first().paperCount, TestCorpus::kPapers);
        // B's digest back: as before.
        QCOMPARE(lib.importer().importFile(fileB).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.catalog().papersOfDay(TestCorpus::kDay).size(), TestCorpus::kPapers + 1);
        // The last digest of a day takes the day with it.
        QVERIFY(lib.importer().deleteDigest(TestCorpus::kDay, a).ok());
        QVERIFY(lib.catalog().hasDay(TestCorpus::kDay));
        QVERIFY(lib.importer().deleteDigest(TestCorpus::kDay, bId).ok());
        QVERIFY(!lib.catalog().hasDay(TestCorpus::kDay));
        QCOMPARE(lib.importer().importFile(fileA).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.importer().importFile(fileB).outcome, ImportResult::Outcome::Imported);

        // Removing the day removes both digests; the reader's data stays.
        QVERIFY(lib.annotations().setStarred(TestCorpus::kSciLoop, true).ok());
        QVERIFY(lib.importer().deleteDay(TestCorpus::kDay).ok());
        QVERIFY(lib.catalog().papersOfDay(TestCorpus::kDay).isEmpty());
        QCOMPARE(lib.publishers().all().at(0).digests, 0);
        QVERIFY(lib.annotations().isStarred(TestCorpus::kSciLoop));
    }

    void logLayoutDaysKeepTheirVotesAuthorsAndLayout()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        for (const ImportResult &r : lib.importer().importPaths({TestCorpus::logNewerDay(), TestCorpus::logOlderDay()}))
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        const QString lumaStep = QStringLiteral("2505.97001");
        const auto detail = lib.catalog().paper(lumaStep, TestCorpus::kLogNewerDay);
        QVERIFY(detail);
        QCOMPARE(detail->listing.title, QStringLiteral("LumaStep: 단계별 보상으로 확산 모델을 정렬하는 방법"));
        QVERIFY(detail->meta);
        QCOMPARE(detail->meta->upvotes, 42);
        QCOMPARE(detail->meta->authors, (QStringList{QStringLiteral("Minji Park"), QStringLiteral("Daniel Okafor"), QStringLiteral("Hyunwoo Lee")}));
        QCOMPARE(detail->sections.size(), 3);
        QCOMPARE(detail->sections.at(1).kind, SectionKind::Method);
        const auto bracketed = lib.catalog().paper(QStringLiteral("2505.97002"), TestCorpus::kLogNewerDay);
        QVERIFY(bracketed && bracketed->listing.title.startsWith(QStringLiteral("[IDK] Token")));
        // The authors a digest names are searchable; the layout is recorded with the digest.
        const auto hits = lib.searchIndex().search(SearchQuery::parse(QStringLiteral("Okafor")), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().arxivId, lumaStep);
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT layout FROM digests ORDER BY 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("paper-log"));
        QVERIFY(!lib.catalog().papersOfDay(TestCorpus::kLogOlderDay).isEmpty());
    }

    // A year of a log kept as paper_logs/YYYY/MM/DD.md (15 papers a day, 5,475 in all, the older
    // plain-bullet form in January, titles with brackets, two- and three-star labels) imports with
    // every paper, its exact title, votes, authors and sections.
    void aYearOfLogDaysImportsWhole()
    {
        QTemporaryDir dir;
        const QDate first(2024, 1, 1);
        constexpr int days = 365;
        constexpr int perDay = 15;
        const auto idOf = [](int day, int n) { return QStringLiteral("24%1.%2").arg(1 + day / 31, 2, 10, QLatin1Char('0')).arg(day % 31 * 1000 + 10001 + n); };
        const auto titleOf = [](int day, int n) {
            return n % 5 == 0 ? QStringLiteral("[D%1-%2] 괄호가 있는 제목: 강화 학습").arg(day).arg(n)
                              : QStringLiteral("Paper %1-%2: 대형 언어 모델").arg(day).arg(n);
        };
        for (int d = 0; d < days; ++d) {
            const QDate date = first.addDays(d);
            const bool older = date.month() == 1;
            QByteArray text = older ? QByteArray() : QStringLiteral("## Daily Papers (%1)\n\n").arg(date.toString(Qt::ISODate)).toUtf8();
            for (int n = 0; n < perDay; ++n) {
                const QString stars = n % 2 ? QStringLiteral("**") : QStringLiteral("***");
                text += QStringLiteral("### [%1](https://arxiv.org/abs/%2)\n\n").arg(titleOf(d, n), idOf(d, n)).toUtf8();
                if (older) {
                    text += "- 첫 번째 요점입니다.\n- 두 번째 요점: 성능이 3.5% 올랐습니다.\n\n";
                    continue;
                }
                text += QStringLiteral("![](https://cdn.example.org/%1.png)\n\nVote: %2\n\nAuthors: Author %3, 저자 %4\n\n")
                            .arg(idOf(d, n))
                            .arg(d + n)
                            .arg(d)
                            .arg(n)
                            .toUtf8();
                for (const char *label : {"What's New", "Technical Details", "Performance Highlights"})
                    text += QStringLiteral("- %1%2%1: %3의 내용입니다.\n").arg(stars, QString::fromLatin1(label)).arg(n).toUtf8();
                text += '\n';
            }
            const QString file = dir.filePath(date.toString(QStringLiteral("'paper_logs'/yyyy/MM/dd'.md'")));
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            writeFile(file, text);
        }
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QList<ImportResult> results = lib.importer().importPaths({dir.filePath(QStringLiteral("paper_logs"))});
        QCOMPARE(results.size(), days);
        int papers = 0;
        for (const ImportResult &r : results) {
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
            papers += r.papers;
        }
        QCOMPARE(papers, days * perDay);
        QCOMPARE(lib.catalog().dayCount(), days);
        QCOMPARE(lib.publishers().all().size(), 1);
        for (int d = 0; d < days; ++d) {
            const QDate date = first.addDays(d);
            const QList<PaperListing> listed = lib.catalog().papersOfDay(date);
            QCOMPARE(listed.size(), perDay);
            for (int n = 0; n < perDay; ++n) {
                QCOMPARE(listed.at(n).arxivId, idOf(d, n));
                QCOMPARE(listed.at(n).title, titleOf(d, n));
            }
            // One paper a day in full (every paper's sections and metadata are read the same way).
            const int n = d % perDay;
            const auto detail = lib.catalog().paper(idOf(d, n), date);
            QVERIFY(detail);
            if (date.month() == 1) {
                QCOMPARE(detail->sections.size(), 1);
                QVERIFY(detail->sections.first().body.contains(QStringLiteral("두 번째 요점")));
                continue;
            }
            QVERIFY(detail->meta);
            QCOMPARE(detail->meta->upvotes, d + n);
            QCOMPARE(detail->meta->authors, (QStringList{QStringLiteral("Author %1").arg(d), QStringLiteral("저자 %1").arg(n)}));
            QCOMPARE(detail->sections.size(), 3);
            QCOMPARE(detail->sections.at(0).kind, SectionKind::Contributions);
            QCOMPARE(detail->sections.at(1).kind, SectionKind::Method);
            QCOMPARE(detail->sections.at(2).kind, SectionKind::Results);
        }
    }

    void realLogLayoutDaysImportWhole()
    {
        const QString real = TestCorpus::realLogDir();
        if (real.isEmpty())
            QSKIP("PAPERBOY_REAL_DIGESTS does not lead to the log-layout days");
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        int papers = 0;
        QStringList files; // the days, not the folder's README
        for (const QString &name : QDir(real).entryList({QStringLiteral("20*.md")}, QDir::Files))
            files << QDir(real).filePath(name);
        QCOMPARE(files.size(), 2);
        for (const ImportResult &r : lib.importer().importPaths(files)) {
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
            QVERIFY(std::none_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); }));
            papers += r.papers;
            for (const PaperListing &p : lib.catalog().papersOfDay(r.day)) {
                const auto detail = lib.catalog().paper(p.arxivId, r.day);
                QVERIFY(detail && !detail->listing.title.isEmpty() && !detail->sections.isEmpty());
            }
        }
        QVERIFY(papers > 0);
    }

    void rejectedFileLeavesLibraryAlone()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(kCorpusDay).outcome, ImportResult::Outcome::Imported);
        const QString bad = dir.filePath(QStringLiteral("notes.md"));
        writeFile(bad, "nothing to see");
        const ImportResult r = lib.importer().importFile(bad);
        QCOMPARE(r.outcome, ImportResult::Outcome::Rejected);
        QVERIFY(!r.diagnostics.isEmpty());
        QCOMPARE(lib.catalog().days().size(), 1);
        QCOMPARE(lib.importer().importFile(dir.filePath(QStringLiteral("missing.md"))).outcome, ImportResult::Outcome::Rejected);
    }

    void folderImportRecurses()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("a/b"));
        writeFile(dir.filePath(QStringLiteral("a/b/2025-05-24.md")), readFile(kCorpusDay));
        QByteArray other = readFile(kCorpusDay);
        other.replace("2025-05-24", "2025-05-25");
        writeFile(dir.filePath(QStringLiteral("a/2025-05-25.md")), other);
        writeFile(dir.filePath(QStringLiteral("a/readme.txt")), "not a digest");
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        int lastDone = 0, lastTotal = 0;
        const auto results = lib.importer().importPaths({dir.filePath(QStringLiteral("a"))}, [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        QCOMPARE(results.size(), 2);
        QCOMPARE(lastDone, 2);
        QCOMPARE(lastTotal, 2);
        QCOMPARE(lib.catalog().days().size(), 2);
        QCOMPARE(lib.catalog().days()[0].date, QDate(2025, 5, 25)); // newest first
        // The same paper on two days is one paper.
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM papers")) && q.next());
        QCOMPARE(q.value(0).toInt(), TestCorpus::kPapers);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Library lib;
            QVERIFY(lib.open(path).ok());
            QVERIFY(lib.database().execScript(QStringLiteral("PRAGMA user_version = 999;")).ok());
        }
        Library lib;
        const Status s = lib.open(path);
        QVERIFY(!s.ok());
        QVERIFY(s.message().contains(QStringLiteral("newer")));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        writeFile(path, QByteArray(8192, 'x'));
        Library lib;
        const Status s = lib.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QStringLiteral("not a Paperboy library")), qPrintable(s.message()));
        QCOMPARE(readFile(path), QByteArray(8192, 'x')); // untouched
    }

    // Paths handed over by a second start (importPaths, as the window's openFiles does) and files
    // found in a folder: a device and a FIFO are refused unopened, a /proc file that reports size 0
    // is read no further than the limit, and the real digest beside them is imported.
    void specialFilesAreRejected()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder")));
        writeFile(dir.filePath(QStringLiteral("folder/2025-05-24.md")), readFile(kCorpusDay));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/pagemap"), dir.filePath(QStringLiteral("folder/2025-06-04.md"))));
        const QString zero = dir.filePath(QStringLiteral("2025-06-02.md"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const QString fifo = dir.filePath(QStringLiteral("2025-06-03.md"));
        QCOMPARE(std::system(qPrintable(QStringLiteral("mkfifo '%1'").arg(fifo))), 0);
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QList<ImportResult> results = lib.importer().importPaths({zero, fifo, dir.filePath(QStringLiteral("folder"))});
        QCOMPARE(results.size(), 4);
        QMap<QString, QString> rejected; // file name -> first diagnostic
        for (const ImportResult &r : results) {
            if (r.outcome == ImportResult::Outcome::Rejected)
                rejected.insert(QFileInfo(r.source).fileName(), r.diagnostics.value(0).message);
        }
        QCOMPARE(rejected.keys(), (QStringList{QStringLiteral("2025-06-02.md"), QStringLiteral("2025-06-03.md"), QStringLiteral("2025-06-04.md")}));
        QVERIFY2(rejected.value(QStringLiteral("2025-06-02.md")).contains(QStringLiteral("not a regular file")),
                 qPrintable(rejected.value(QStringLiteral("2025-06-02.md"))));
        QVERIFY2(rejected.value(QStringLiteral("2025-06-03.md")).contains(QStringLiteral("not a regular file")),
                 qPrintable(rejected.value(QStringLiteral("2025-06-03.md"))));
        QVERIFY2(rejected.value(QStringLiteral("2025-06-04.md")).contains(QStringLiteral("larger than 64 MiB")),
                 qPrintable(rejected.value(QStringLiteral("2025-06-04.md"))));
        QCOMPARE(lib.catalog().days().size(), 1);
        QCOMPARE(lib.importer().importFile(fifo).outcome, ImportResult::Outcome::Rejected);
    }

    // A day holds at most DigestParser::MaxPapersPerDay papers: a file that lists more is refused
    // with the reason (its entries would take the ids of the next days), and the next day imports.
    void aDayHoldsAtMostItsLimit()
    {
        const auto day = [](const QDate &date, int papers, int firstId) {
            QByteArray b = "# Daily Papers \xE2\x80\x93 " + date.toString(Qt::ISODate).toUtf8() + "\n\n";
            for (int i = 0; i < papers; ++i)
                b += "## 2501." + QByteArray::number(firstId + i).rightJustified(5, '0') + "\n\n";
            return b;
        };
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const int limit = DigestParser::MaxPapersPerDay;
        writeFile(dir.filePath(QStringLiteral("2025-03-01.md")), day(QDate(2025, 3, 1), limit + 1, 0));
        ImportResult r = lib.importer().importFile(dir.filePath(QStringLiteral("2025-03-01.md")));
        QCOMPARE(r.outcome, ImportResult::Outcome::Rejected);
        QVERIFY(std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [&](const Diagnostic &d) {
            return d.isError() && d.message.contains(QStringLiteral("%1 papers; a day holds at most %2").arg(limit + 1).arg(limit));
        }));
        QVERIFY(lib.catalog().days().isEmpty());
        // A Digest made elsewhere is held to the same limit.
        Digest made = DigestParser::parse(day(QDate(2025, 3, 1), 2, 0), QStringLiteral("made.md"));
        while (made.papers.size() <= limit)
            made.papers.append(made.papers.first());
        QCOMPARE(lib.importer().importDigest(made, QStringLiteral("made.md"), "x").outcome, ImportResult::Outcome::Rejected);
        // At the limit it imports, and so does the next day, each with its own papers.
        writeFile(dir.filePath(QStringLiteral("2025-03-01.md")), day(QDate(2025, 3, 1), limit, 0));
        writeFile(dir.filePath(QStringLiteral("2025-03-02.md")), day(QDate(2025, 3, 2), 3, 90000));
        for (const ImportResult &i : lib.importer().importPaths({dir.filePath(QStringLiteral("2025-03-01.md")), dir.filePath(QStringLiteral("2025-03-02.md"))}))
            QCOMPARE(i.outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.catalog().papersOfDay(QDate(2025, 3, 1)).size(), limit);
        QCOMPARE(lib.catalog().papersOfDay(QDate(2025, 3, 2)).size(), 3);
        // A file of 200,000 headings is refused before its papers are read.
        const Digest huge = DigestParser::parse(day(QDate(2025, 3, 3), 200000, 0), QStringLiteral("huge.md"));
        QVERIFY(huge.papers.isEmpty());
        QVERIFY(std::any_of(huge.diagnostics.cbegin(), huge.diagnostics.cend(),
                            [](const Diagnostic &d) { return d.isError() && d.message.contains(QStringLiteral("papers; a day holds at most")); }));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
