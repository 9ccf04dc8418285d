// Notes JSON back into a library: the schema reader refuses bad files with a reason, the merge adds
// without duplicates (twice = once), keeps data of papers the library lacks, and the round trip
// export → import-notes → export through the real binary gives the same user data.
#include "notesfixture.h"
#include "testcorpus.h"

#include "export/notesexporter.h"
#include "export/notesjson.h"
#include "library/library.h"
#include "search/searchquery.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Paperboy::Core;
using namespace NotesFixture;

namespace {

// JSON written with ' for " (readable in a test table).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// The file without what differs between two exports of the same data.
QJsonObject comparable(const QByteArray &json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("exported_at"));
    return o;
}

QString describe(const PaperUserData &d)
{
    QStringList parts{d.arxivId,
                      d.tags.join(u'|'),
                      d.note,
                      d.noteUpdatedAt.toString(Qt::ISODateWithMs),
                      d.starredAt.toString(Qt::ISODateWithMs),
                      d.readAt.toString(Qt::ISODateWithMs)};
    for (const Highlight &h : d.highlights)
        parts << h.sectionKind << h.exact << h.prefix << h.suffix << QString::number(h.position) << h.color << h.comment
              << h.createdAt.toString(Qt::ISODateWithMs);
    return parts.join(u'\n');
}

} // namespace

class TestNotesImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_source;
    QByteArray m_json; // everything in m_source

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Library> libraryWithDigest(const QString &name)
    {
        auto lib = std::make_unique<Library>();
        if (!lib->open(path(name)).ok())
            qFatal("cannot open");
        lib->importer().importFile(TestCorpus::day());
        return lib;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(build(m_source, path(QStringLiteral("source.sqlite")), &error), qPrintable(error));
        const ExportResult r = NotesExporter::render(NotesExporter::collect(m_source, ExportScope()), NotesExporter::Format::Json, {});
        QCOMPARE(r.files.size(), 1);
        m_json = r.files.first().data;
    }

    void readRejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a Paperboy notes file");
        QTest::newRow("other format") << json("{'format': 'zotero', 'version': 1, 'papers': []}") << QStringLiteral("not a Paperboy notes file");
        QTest::newRow("no version") << json("{'format': 'paperboy-notes', 'papers': []}") << QStringLiteral("version");
        QTest::newRow("newer version") << json("{'format': 'paperboy-notes', 'version': 99, 'papers': []}") << QStringLiteral("version 99");
        QTest::newRow("no papers") << json("{'format': 'paperboy-notes', 'version': 1}") << QStringLiteral("\"papers\"");
        QTest::newRow("no id") << json("{'format': 'paperboy-notes', 'version': 1, 'papers': [{'arxiv_id': '2505.96265'}, {'title': 'x'}]}")
                               << QStringLiteral("papers[1]");
        QTest::newRow("bad tags") << json("{'format': 'paperboy-notes', 'version': 1, 'papers': [{'arxiv_id': '2505.96265', 'tags': 'rl'}]}")
                                  << QStringLiteral("\"tags\" is not a list");
        QTest::newRow("empty highlight") << json(
            "{'format': 'paperboy-notes', 'version': 1, 'papers': [{'arxiv_id': '2505.96265', 'highlights': [{'exact': ''}]}]}")
                                         << QStringLiteral("highlights[0]");
        QTest::newRow("tag without name") << json("{'format': 'paperboy-notes', 'version': 1, 'tags': [{'color': '#fff'}], 'papers': []}")
                                          << QStringLiteral("tags[0]");
    }

    void readRejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        NotesJson::Archive archive;
        const Status s = NotesJson::read(json, &archive);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
        QVERIFY(!s.message().contains(u'\n'));
    }

    void readsWhatItWrites()
    {
        NotesJson::Archive archive;
        QVERIFY(NotesJson::read(m_json, &archive).ok());
        QCOMPARE(archive.version, NotesJson::Version);
        QCOMPARE(archive.tags.size(), m_source.annotations().tags().size());
        for (const PaperUserData &p : std::as_const(archive.papers)) {
            PaperUserData expected = m_source.userDataSync().userData(p.arxivId);
            for (Highlight &h : expected.highlights)
                h.id = 0;
            QCOMPARE(describe(p), describe(expected));
        }
    }

    void mergeAddsWithoutDuplicates()
    {
        auto target = libraryWithDigest(QStringLiteral("merge.sqlite"));
        // The target has its own data that overlaps: a tag in another colour, a newer note on one
        // paper, an older note on another, and one of the highlights already.
        QVERIFY(target->annotations().tagPaper(kDriftBench, QStringLiteral("보상 모델")).ok());
        QVERIFY(target->annotations().setTagColor(QStringLiteral("보상 모델"), QStringLiteral("#000000")).ok());
        QVERIFY(target->annotations().setNote(kJudgeRm, QStringLiteral("대상 라이브러리의 더 새로운 메모")).ok());
        QVERIFY(target->annotations().setNote(kSciLoop, QStringLiteral("오래된 메모")).ok());
        Highlight existing = m_source.annotations().highlights(kJudgeRm).first();
        existing.id = 0;
        existing.comment = QStringLiteral("대상의 주석");
        QVERIFY(target->annotations().addHighlight(existing).ok());

        NotesJson::Archive archive;
        QVERIFY(NotesJson::read(m_json, &archive).ok());
        for (PaperUserData &p : archive.papers)
            if (p.arxivId == kSciLoop)
                p.noteUpdatedAt = QDateTime::currentDateTimeUtc().addDays(1); // newer than the target's

        UserDataMerge report;
        QVERIFY(target->userDataSync().mergeUserData(archive.papers, archive.tags, &report).ok());
        QCOMPARE(report.papers, archive.papers.size());
        QCOMPARE(report.notesReplaced, 1);
        QCOMPARE(report.notesKept, 1);
        QCOMPARE(report.notesAdded, 1); // the paper no digest lists
        QCOMPARE(report.notInLibrary, QStringList{kOrphan});
        QCOMPARE(target->annotations().note(kJudgeRm), QStringLiteral("대상 라이브러리의 더 새로운 메모"));
        QCOMPARE(target->annotations().note(kSciLoop), kSciLoopNote);
        QCOMPARE(target->annotations().note(kOrphan), m_source.annotations().note(kOrphan));
        for (const TagInfo &t : target->annotations().tags())
            if (t.name == QStringLiteral("보상 모델"))
                QCOMPARE(t.color, QStringLiteral("#000000")); // kept
        QCOMPARE(target->annotations().highlights(kJudgeRm).size(), m_source.annotations().highlights(kJudgeRm).size()); // no duplicate
        QCOMPARE(target->annotations().highlights(kJudgeRm).first().comment, QStringLiteral("대상의 주석"));
        QCOMPARE(target->annotations().tagsOf(kJudgeRm), m_source.annotations().tagsOf(kJudgeRm));
        QCOMPARE(target->annotations().tagsOf(kDriftBench), QStringList{QStringLiteral("보상 모델")}); // its own tag stays
        QVERIFY(target->annotations().isStarred(kJudgeRm) && target->annotations().isStarred(kDriftBench) && target->annotations().isStarred(kOrphan));
        QVERIFY(target->annotations().isRead(kJudgeRm));
        QCOMPARE(report.highlightsAdded, 3);

        // Twice is once.
        const QList<PaperUserData> before = [&] {
            QList<PaperUserData> out;
            for (const QString &id : target->userDataSync().annotatedPapers())
                out << target->userDataSync().userData(id);
            return out;
        }();
        UserDataMerge again;
        QVERIFY(target->userDataSync().mergeUserData(archive.papers, archive.tags, &again).ok());
        QVERIFY(!again.changedAnything());
        QCOMPARE(target->userDataSync().annotatedPapers().size(), before.size());
        for (const PaperUserData &d : before)
            QCOMPARE(describe(target->userDataSync().userData(d.arxivId)), describe(d));

        // Search sees imported notes, and the index is intact.
        const auto hits = target->searchIndex().search(SearchQuery::parse(QStringLiteral("apostrophe")), 5);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.arxivId == kSciLoop; }));
        QSqlQuery q(target->database().sql());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")), qPrintable(q.lastError().text()));
    }

    void papersTheLibraryLacksKeepTheirData()
    {
        // An empty library: every paper is unknown, all of the data is kept and appears with the digest.
        Library empty;
        QVERIFY(empty.open(path(QStringLiteral("empty.sqlite"))).ok());
        UserDataMerge report;
        QVERIFY(NotesJson::importFile(empty, path(QStringLiteral("missing.json")), &report).message().contains(QStringLiteral("missing.json")));
        writeFile(path(QStringLiteral("all.json")), m_json);
        QVERIFY(NotesJson::importFile(empty, path(QStringLiteral("all.json")), &report).ok());
        QCOMPARE(report.notInLibrary.size(), report.papers);
        QCOMPARE(empty.annotations().note(kJudgeRm), kJudgeRmNote);
        // Exports name them by the title the file carried, before any digest is there.
        ExportScope scope;
        scope.ids = {kJudgeRm};
        QCOMPARE(NotesExporter::collect(empty, scope).papers.value(0).title, m_source.catalog().paper(kJudgeRm)->listing.title);
        empty.importer().importFile(TestCorpus::day());
        const PaperListing listing = empty.catalog().paper(kJudgeRm)->listing;
        QVERIFY(listing.starred && listing.hasNote && listing.read);
        QCOMPARE(listing.tags, m_source.annotations().tagsOf(kJudgeRm));
        QCOMPARE(listing.highlightCount, m_source.annotations().highlights(kJudgeRm).size());
        const auto hits = empty.searchIndex().search(SearchQuery::parse(QStringLiteral("중괄호")), 5);
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [](const SearchHit &h) { return h.arxivId == kJudgeRm; }));
    }

    void roundTripThroughTheCommandLine()
    {
        const QString a = m_source.path();
        const QString b = path(QStringLiteral("restored.sqlite"));
        const QString first = path(QStringLiteral("a.json")), second = path(QStringLiteral("b.json")), third = path(QStringLiteral("c.json"));
        Run r = paperboy(a, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = paperboy(b, {QStringLiteral("import"), TestCorpus::day()});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = paperboy(b, {QStringLiteral("import-notes"), first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(kOrphan), qPrintable(r.out)); // reported as not in this library, and kept
        r = paperboy(b, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), second});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(comparable(readFile(second)), comparable(readFile(first)));

        // Again: nothing new, nothing doubled.
        r = paperboy(b, {QStringLiteral("import-notes"), first});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("nothing new")), qPrintable(r.out));
        r = paperboy(b, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), third});
        QCOMPARE(comparable(readFile(third)), comparable(readFile(first)));

        // The same through the library's own eyes: every paper's data is identical.
        Library restored;
        QVERIFY(restored.open(b).ok());
        QCOMPARE(restored.userDataSync().annotatedPapers(), m_source.userDataSync().annotatedPapers());
        for (const QString &id : m_source.userDataSync().annotatedPapers()) {
            PaperUserData x = m_source.userDataSync().userData(id), y = restored.userDataSync().userData(id);
            for (Highlight &h : x.highlights)
                h.id = 0;
            for (Highlight &h : y.highlights)
                h.id = 0;
            QCOMPARE(describe(y), describe(x));
        }
        QCOMPARE(restored.annotations().tags().size(), m_source.annotations().tags().size());
        for (int i = 0; i < restored.annotations().tags().size(); ++i) {
            QCOMPARE(restored.annotations().tags()[i].name, m_source.annotations().tags()[i].name);
            QCOMPARE(restored.annotations().tags()[i].color, m_source.annotations().tags()[i].color);
        }
    }

    void importNotesRefusesBadInput()
    {
        const QString db = path(QStringLiteral("untouched.sqlite"));
        QVERIFY(paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code == 0);
        writeFile(path(QStringLiteral("broken.json")), m_json.left(m_json.size() / 2));
        QJsonObject newer = QJsonDocument::fromJson(m_json).object();
        newer[QStringLiteral("version")] = 2;
        writeFile(path(QStringLiteral("newer.json")), QJsonDocument(newer).toJson());
        const QList<std::pair<QStringList, int>> cases{
            {{QStringLiteral("import-notes")}, 2},
            {{QStringLiteral("import-notes"), path(QStringLiteral("a.json")), path(QStringLiteral("b.json"))}, 2},
            {{QStringLiteral("import-notes"), path(QStringLiteral("nope.json"))}, 1},
            {{QStringLiteral("import-notes"), path(QStringLiteral("broken.json"))}, 1},
            {{QStringLiteral("import-notes"), path(QStringLiteral("newer.json"))}, 1},
        };
        for (const auto &[args, code] : cases) {
            const Run r = paperboy(db, args);
            QVERIFY2(r.code == code, qPrintable(args.join(u' ') + QStringLiteral(" → ") + QString::number(r.code) + u' ' + r.err));
            QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: ")) && r.err.count(u'\n') == 1, qPrintable(r.err));
        }
        // Nothing was merged from the broken or newer files.
        Library lib;
        QVERIFY(lib.open(db).ok());
        QVERIFY(lib.userDataSync().annotatedPapers().isEmpty());
        QVERIFY(lib.annotations().tags().isEmpty());
    }

    // A note dated in the future (9999) is not believed: it never replaces the reader's note, now or
    // after later edits. A note that a newer one does replace is kept in a dated file.
    void futureTimesAreNotBelievedAndReplacedNotesAreKept()
    {
        const QString db = path(QStringLiteral("future.sqlite"));
        QVERIFY(paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code == 0);
        QVERIFY(paperboy(db, {QStringLiteral("note"), kSciLoop, QStringLiteral("--set"), QStringLiteral("내 메모")}).code == 0);
        const auto notesFile = [&](const QString &note, const QDateTime &at) {
            const QString file = path(QStringLiteral("note-%1.json").arg(at.toSecsSinceEpoch()));
            const QJsonObject paper{
                {QStringLiteral("arxiv_id"), kSciLoop},
                {QStringLiteral("note"), QJsonObject{{QStringLiteral("markdown"), note}, {QStringLiteral("updated_at"), at.toString(Qt::ISODateWithMs)}}},
                {QStringLiteral("starred"), true},
                {QStringLiteral("starred_at"), at.toString(Qt::ISODateWithMs)}};
            writeFile(file,
                      QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("paperboy-notes")},
                                                {QStringLiteral("version"), 1},
                                                {QStringLiteral("papers"), QJsonArray{paper}}})
                          .toJson());
            return file;
        };
        const QString future = notesFile(QStringLiteral("가짜"), QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::UTC));
        for (int round = 0; round < 2; ++round) {
            const Run r = paperboy(db, {QStringLiteral("import-notes"), future});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("times later than now, not believed: 2")), qPrintable(r.out));
            QCOMPARE(paperboy(db, {QStringLiteral("note"), kSciLoop}).out, QStringLiteral("내 메모"));
            QVERIFY(paperboy(db, {QStringLiteral("note"), kSciLoop, QStringLiteral("--set"), QStringLiteral("내 메모")}).code == 0);
        }
        {
            Library lib;
            QVERIFY(lib.open(db).ok());
            QVERIFY(lib.annotations().isStarred(kSciLoop)); // the star is taken, at an honest time
            QVERIFY(lib.userDataSync().userData(kSciLoop).starredAt <= QDateTime::currentDateTimeUtc());
        }
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("future.sqlite.replaced-notes-*")}).isEmpty());

        // A newer note (a minute ahead: within the clock skew) replaces it; the old one is kept.
        const QString newer = notesFile(QStringLiteral("새 메모"), QDateTime::currentDateTimeUtc().addSecs(60));
        const Run r = paperboy(db, {QStringLiteral("import-notes"), newer});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(paperboy(db, {QStringLiteral("note"), kSciLoop}).out, QStringLiteral("새 메모"));
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("future.sqlite.replaced-notes-*.json")});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(r.out.contains(kept.first()), qPrintable(r.out));
        NotesJson::Archive archive;
        QVERIFY(NotesJson::read(readFile(path(kept.first())), &archive).ok());
        QCOMPARE(archive.papers.size(), 1);
        QCOMPARE(archive.papers[0].arxivId, kSciLoop);
        QCOMPARE(archive.papers[0].note, QStringLiteral("내 메모"));
    }

    // Ids are taken in arXiv's normal form; what is no arXiv id refuses the file, naming each bad
    // id with its line, and changes nothing.
    void arxivIdsAreNormalisedAndValidated()
    {
        const QString db = path(QStringLiteral("ids.sqlite"));
        QVERIFY(paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code == 0);
        const QByteArray bad = json("{'format': 'paperboy-notes', 'version': 1, 'papers': [\n"
                                    "  {'arxiv_id': '2505.96938', 'tags': ['fine']},\n"
                                    "  {'arxiv_id': 'x)<img src=x onerror=alert(1)>', 'tags': ['bad']},\n"
                                    "  {'arxiv_id': 'a\\nb'},\n"
                                    "  {'arxiv_id': '../../x'},\n"
                                    "  {'arxiv_id': '=HYPERLINK(\\'http://x\\')'},\n"
                                    "  {'arxiv_id': '\\u001b]0;pwned\\u0007'}\n"
                                    "]}");
        writeFile(path(QStringLiteral("bad-ids.json")), bad);
        const Run r = paperboy(db, {QStringLiteral("import-notes"), path(QStringLiteral("bad-ids.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("5 paper")) && r.err.contains(QStringLiteral("without a valid arXiv id")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("papers[1] (line 3)")) && r.err.contains(QStringLiteral("papers[5] (line 7)")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QChar(0x1b)) && r.err.contains(QStringLiteral("\\x1b")), qPrintable(r.err));
        {
            Library lib;
            QVERIFY(lib.open(db).ok());
            QVERIFY(lib.annotations().tags().isEmpty()); // nothing was merged
        }
        // A version or an "arXiv:" prefix names the same paper.
        writeFile(path(QStringLiteral("versions.json")),
                  json("{'format': 'paperboy-notes', 'version': 1, 'papers': [{'arxiv_id': '2505.96938v2', 'tags': ['v2']},"
                       " {'arxiv_id': 'arXiv:2505.94810', 'tags': ['prefixed']}, {'arxiv_id': 'hep-th/9901001v3', 'tags': ['old']}]}"));
        const Run ok = paperboy(db, {QStringLiteral("import-notes"), path(QStringLiteral("versions.json"))});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        Library lib;
        QVERIFY(lib.open(db).ok());
        QCOMPARE(lib.annotations().tagsOf(kSciLoop), QStringList{QStringLiteral("v2")});
        QCOMPARE(lib.annotations().tagsOf(kDriftBench), QStringList{QStringLiteral("prefixed")});
        QCOMPARE(lib.annotations().tagsOf(QStringLiteral("hep-th/9901001")), QStringList{QStringLiteral("old")});
        QVERIFY(lib.annotations().tagsOf(QStringLiteral("2505.96938v2")).isEmpty());
        // The command line takes the same forms.
        QCOMPARE(paperboy(db, {QStringLiteral("tag"), QStringLiteral("arXiv:2505.96938v1"), QStringLiteral("cli")}).code, 0);
        QCOMPARE(lib.annotations().tagsOf(kSciLoop), (QStringList{QStringLiteral("cli"), QStringLiteral("v2")}));
    }

    // 100,000 papers the library lacks: a count and the first few, not one line of every id.
    void unknownPapersAreCounted()
    {
        const QString db = path(QStringLiteral("many.sqlite"));
        QVERIFY(paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code == 0);
        QJsonArray papers;
        for (int i = 0; i < 100000; ++i)
            papers.append(QJsonObject{{QStringLiteral("arxiv_id"), QStringLiteral("2401.%1").arg(i, 5, 10, QLatin1Char('0'))},
                                      {QStringLiteral("tags"), QJsonArray{QStringLiteral("bulk")}}});
        writeFile(
            path(QStringLiteral("many.json")),
            QJsonDocument(
                QJsonObject{{QStringLiteral("format"), QStringLiteral("paperboy-notes")}, {QStringLiteral("version"), 1}, {QStringLiteral("papers"), papers}})
                .toJson(QJsonDocument::Compact));
        const Run r = paperboy(db, {QStringLiteral("import-notes"), path(QStringLiteral("many.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.size() < 2000, qPrintable(r.out.left(300)));
        QVERIFY2(r.out.contains(QStringLiteral("100000 paper")) && r.out.contains(QStringLiteral(": 2401.00000, 2401.00001")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("and 99990 more")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestNotesImport)
#include "tst_notesimport.moc"
