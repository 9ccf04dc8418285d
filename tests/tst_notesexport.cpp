// Notes export in every format, checked with real parsers: md4c for Markdown, PyYAML for Obsidian
// front matter, QXmlStreamReader for the XHTML, pdfinfo/pdftotext/pdffonts for the PDF, bibtool for
// BibTeX, an RFC 4180 reader for CSV. Also scopes, options, safe file names, re-export into a vault,
// rendering on a worker thread with progress and cancel, and the export command.
#include "notesfixture.h"
#include "testparsers.h"

#include "export/bibtexexporter.h"
#include "export/compareexporter.h"
#include "export/exportcontent.h"
#include "export/exporterfactory.h"
#include "export/markdownfolderexporter.h"
#include "export/markup.h"
#include "export/notesexporter.h"
#include "library/library.h"
#include "models/comparemodel.h"
#include "search/searchquery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Paperboy::Core;
using namespace NotesFixture;

namespace {

const QString kPython = QStringLiteral("python3");

// Every front matter of the notes in a folder as JSON: {file name: {key: value}} (dates as text).
const char kFrontMatterScript[] = R"PY(
import json, os, sys, yaml
out = {}
for name in sorted(os.listdir(sys.argv[1])):
    if not name.endswith('.md'):
        continue
    text = open(os.path.join(sys.argv[1], name), encoding='utf-8').read()
    if not text.startswith('---\n'):
        sys.exit('no front matter in ' + name)
    end = text.index('\n---\n', 4)
    out[name] = yaml.safe_load(text[4:end])
print(json.dumps(out, default=str, ensure_ascii=False))
)PY";

bool isSafeFileName(const QString &name, QString *why)
{
    static const QRegularExpression reserved(QStringLiteral(R"(^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$)"), QRegularExpression::CaseInsensitiveOption);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c)) {
            *why = QStringLiteral("character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            return false;
        }
    }
    if (name.isEmpty() || name.endsWith(u'.') || name.endsWith(u' ')) {
        *why = QStringLiteral("empty or ends with a dot or space");
        return false;
    }
    if (reserved.match(name).hasMatch()) {
        *why = QStringLiteral("reserved name");
        return false;
    }
    if (name.toUtf8().size() > 200) {
        *why = QStringLiteral("too long");
        return false;
    }
    return true;
}

} // namespace

class TestNotesExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;
    ExportSet m_annotated; // every annotated paper

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportResult render(const ExportSet &set, NotesExporter::Format format, const ExportOptions &options = {})
    {
        ExportResult r = NotesExporter::render(set, format, options);
        if (!r.status)
            qWarning("render failed: %s", qPrintable(r.status.message()));
        return r;
    }

    QByteArray renderOne(NotesExporter::Format format, const ExportOptions &options = {})
    {
        const ExportResult r = render(m_annotated, format, options);
        return r.files.size() == 1 ? r.files.first().data : QByteArray();
    }

    const ExportPaper *paperIn(const ExportSet &set, const QString &id) const
    {
        for (const ExportPaper &p : set.papers)
            if (p.arxivId == id)
                return &p;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(build(m_lib, path(QStringLiteral("lib.sqlite")), &error), qPrintable(error));
        ExportScope scope;
        scope.annotatedOnly = true;
        m_annotated = NotesExporter::collect(m_lib, scope);
        QCOMPARE(m_annotated.papers.size(), m_lib.userDataSync().annotatedPapers().size());
    }

    void formatNames()
    {
        for (const char *name : {"md", "md-folder", "html", "pdf", "bibtex", "json", "csv"}) {
            NotesExporter::Format f;
            QVERIFY2(NotesExporter::formatFromName(QLatin1StringView(name), &f), name);
            QCOMPARE(NotesExporter::formatName(f), QLatin1StringView(name));
        }
        NotesExporter::Format f;
        QVERIFY(!NotesExporter::formatFromName(QStringLiteral("docx"), &f));
    }

    // One exporter per format, each found by its name, its aliases and its ExportFormat.
    void registry()
    {
        QCOMPARE(ExporterFactory::names(),
                 (QStringList{QStringLiteral("md"), QStringLiteral("md-folder"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("bibtex"),
                              QStringLiteral("json"), QStringLiteral("csv")}));
        QSet<int> formats;
        for (const Exporter *e : ExporterFactory::exporters()) {
            formats.insert(int(e->format()));
            QCOMPARE(&ExporterFactory::exporter(e->format()), e);
            QCOMPARE(ExporterFactory::find(u' ' + e->name().toUpper() + u' '), e);
            for (const QString &alias : e->aliases())
                QCOMPARE(ExporterFactory::find(alias), e);
            QVERIFY(!e->description().isEmpty());
            QCOMPARE(e->fileSuffix().isEmpty(), e->destination() == Exporter::Destination::Folder);
            QCOMPARE(NotesExporter::fileSuffix(e->format()), e->fileSuffix());
        }
        QCOMPARE(formats.size(), ExporterFactory::exporters().size());
        QCOMPARE(ExporterFactory::find(QStringLiteral("markdown")), ExporterFactory::find(QStringLiteral("md")));
        QCOMPARE(ExporterFactory::find(QStringLiteral("bib"))->fileSuffix(), QStringLiteral("bib"));
        QCOMPARE(ExporterFactory::find(QStringLiteral("docx")), nullptr);
        const Exporter &pdf = ExporterFactory::exporter(ExportFormat::Pdf);
        QVERIFY(pdf.isPaged() && pdf.needsGuiApplication());
        QVERIFY(ExporterFactory::exporter(pdf.previewFormat()).isHtml());
    }

    void scopes()
    {
        const QDate day(2025, 5, 24);
        ExportScope byDay;
        byDay.from = byDay.to = day;
        const ExportSet dayset = NotesExporter::collect(m_lib, byDay);
        QCOMPARE(dayset.papers.size(), m_lib.catalog().papersOfDay(day).size());
        QCOMPARE(dayset.papers.first().arxivId, m_lib.catalog().papersOfDay(day).first().arxivId); // reading order

        ExportScope range;
        range.from = day.addDays(1);
        range.to = day.addDays(30);
        QVERIFY(NotesExporter::collect(m_lib, range).papers.isEmpty());

        ExportScope tag;
        tag.tags = {QStringLiteral("보상 모델")};
        QSet<QString> tagged;
        for (const ExportPaper &p : NotesExporter::collect(m_lib, tag).papers)
            tagged << p.arxivId;
        QCOMPARE(tagged, (QSet<QString>{kJudgeRm, kSciLoop}));

        ExportScope starred;
        starred.starredOnly = true;
        QSet<QString> stars;
        for (const ExportPaper &p : NotesExporter::collect(m_lib, starred).papers) {
            QVERIFY(m_lib.annotations().isStarred(p.arxivId));
            stars << p.arxivId;
        }
        QCOMPARE(stars, (QSet<QString>{kJudgeRm, kDriftBench, kOrphan}));

        // Ids keep their order; unknown ones are reported, not invented.
        ExportScope ids;
        ids.ids = {kSciLoop, QStringLiteral("9999.00001"), kJudgeRm};
        const ExportSet picked = NotesExporter::collect(m_lib, ids);
        QCOMPARE(picked.papers.size(), 2);
        QCOMPARE(picked.papers[0].arxivId, kSciLoop);
        QCOMPARE(picked.papers[1].arxivId, kJudgeRm);
        QCOMPARE(picked.unknownIds, QStringList{QStringLiteral("9999.00001")});

        QVERIFY(m_lib.annotations().setMarked(kDriftBench, true).ok());
        QVERIFY(m_lib.annotations().setMarked(kJudgeRm, true).ok());
        ExportScope marked;
        marked.marked = true;
        const ExportSet markedSet = NotesExporter::collect(m_lib, marked);
        QStringList markedIds;
        for (const ExportPaper &p : markedSet.papers)
            markedIds << p.arxivId;
        QCOMPARE(markedIds, m_lib.annotations().markedPapers());
        QVERIFY(m_lib.annotations().clearMarks().ok());

        ExportScope search;
        search.query = SearchQuery::parse(QStringLiteral("RM-Bench"));
        const ExportSet found = NotesExporter::collect(m_lib, search);
        QVERIFY(!found.papers.isEmpty());
        QCOMPARE(found.papers.first().arxivId, m_lib.searchIndex().search(*search.query, 5).first().arxivId);

        // Everything: every paper of every day plus the ones only the reader's data knows.
        const ExportSet all = NotesExporter::collect(m_lib, ExportScope());
        QCOMPARE(all.papers.size(), m_lib.catalog().papersBetween({}, {}).size() + 1);
        QCOMPARE(all.papers.last().arxivId, kOrphan);
        QVERIFY(!all.papers.last().inLibrary());
        QCOMPARE(all.tags.size(), m_lib.annotations().tags().size());

        // Annotated: a tag, note, highlight or star; read state alone does not count.
        QString unannotated;
        for (const PaperListing &p : m_lib.catalog().papersOfDay(day))
            if (!m_lib.userDataSync().annotatedPapers().contains(p.arxivId))
                unannotated = p.arxivId;
        QVERIFY(m_lib.annotations().setRead(unannotated, true).ok());
        ExportScope annotated;
        annotated.annotatedOnly = true;
        QVERIFY(!paperIn(NotesExporter::collect(m_lib, annotated), unannotated));
        QVERIFY(m_lib.annotations().setRead(unannotated, false).ok());
        QVERIFY(paperIn(m_annotated, kOrphan));
        for (const ExportPaper &p : m_annotated.papers)
            QVERIFY(!p.tags.isEmpty() || !p.note.isEmpty() || !p.highlights.isEmpty() || p.starred);
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("forbidden") << QStringLiteral("a<b>c:d\"e/f\\g|h?i*j");
        QTest::newRow("controls") << QStringLiteral("tab\there\nnew\x01line");
        QTest::newRow("trailing") << QStringLiteral("ends with dots... ");
        QTest::newRow("reserved") << QStringLiteral("CON");
        QTest::newRow("reserved-ext") << QStringLiteral("nul.txt");
        QTest::newRow("reserved-lower") << QStringLiteral("com1");
        QTest::newRow("obsidian") << QStringLiteral("a#b^c[d]e");
        QTest::newRow("hidden") << QStringLiteral(".hidden");
        QTest::newRow("empty") << QString();
        QTest::newRow("only-bad") << QStringLiteral("...");
        QTest::newRow("long-korean") << QString(200, QChar(u'한'));
        QTest::newRow("emoji-cut") << QStringLiteral("😀").repeated(60);
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        const QString safe = MarkdownFolderExporter::safeFileName(name);
        QString why;
        QVERIFY2(isSafeFileName(safe, &why), qPrintable(safe + QStringLiteral(": ") + why));
        QVERIFY(safe.toUtf8().size() <= 120);
        QVERIFY(!safe.contains(u'#') && !safe.contains(u'^') && !safe.contains(u'[') && !safe.contains(u']'));
        QVERIFY(!safe.startsWith(u'.'));
        // Never a broken character: the name survives a UTF-8 round trip.
        QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
        // And it is a name this file system takes.
        QFile f(path(QStringLiteral("names/")) + safe);
        QVERIFY(QDir().mkpath(path(QStringLiteral("names"))));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
        f.close();
        QVERIFY(f.remove());
    }

    void exportsNameThePublishersOfAPaper()
    {
        // A paper two publishers summarised: every format says whose summary it shows and the other.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QByteArray corpus = TestCorpus::dayBytes();
        const QByteArray other = "# Daily Papers – 2025-05-24\n\n## 2505.96410\n\n**Summary**:\n```markdown\n# ToolSmith\n\n## 1. 동기\n\n다른 요약.\n```\n";
        QCOMPARE(lib.importer().importDigest(DigestParser::parse(corpus, QStringLiteral("x.md")), dir.filePath(QStringLiteral("one/x.md")), corpus).outcome,
                 ImportResult::Outcome::Imported);
        QCOMPARE(lib.importer().importDigest(DigestParser::parse(other, QStringLiteral("y.md")), dir.filePath(QStringLiteral("two/y.md")), other).outcome,
                 ImportResult::Outcome::Imported);
        ExportScope scope;
        scope.ids = {TestCorpus::kToolSmith, TestCorpus::kSciLoop};
        const ExportSet set = NotesExporter::collect(lib, scope);
        const ExportPaper *both = paperIn(set, TestCorpus::kToolSmith);
        QVERIFY(both);
        QCOMPARE(both->publisher, QStringLiteral("one"));
        QCOMPARE(both->publishers, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(paperIn(set, TestCorpus::kSciLoop)->publishers, QStringList{QStringLiteral("one")});
        for (const auto format : {NotesExporter::Format::Markdown, NotesExporter::Format::Html}) {
            const QByteArray out = render(set, format).files.value(0).data;
            QCOMPARE(out.count("summary by one (also by two)"), 1);
        }
        const QByteArray json = render(set, NotesExporter::Format::Json).files.value(0).data;
        QVERIFY2(json.contains("\"publishers\"") && json.contains("\"two\""), json.constData());
    }

    void markdownParsesWithMd4c()
    {
        const QByteArray md = renderOne(NotesExporter::Format::Markdown);
        QVERIFY(!md.isEmpty());
        const MarkdownOutline outline = MarkdownOutline::of(md);
        QCOMPARE(outline.headingTexts(1).size(), 1);
        // One level-2 heading per paper, with its title as md4c reads it back (escapes undone).
        QStringList titles;
        for (const ExportPaper &p : m_annotated.papers)
            titles << (p.title.isEmpty() ? p.arxivId : p.title);
        QCOMPARE(outline.headingTexts(2), titles);
        // The notes' own Markdown (a code fence, an unclosed one too) does not swallow what follows:
        // every paper with a summary still has its "Summary" heading.
        int withSummary = 0;
        for (const ExportPaper &p : m_annotated.papers)
            withSummary += p.inLibrary() ? 1 : 0;
        QCOMPARE(outline.headingTexts(3).count(QStringLiteral("Summary")), withSummary);
        // Every highlight is a block quote holding its exact text, followed by its comment.
        int highlights = 0;
        for (const ExportPaper &p : m_annotated.papers) {
            for (const Highlight &h : p.highlights) {
                ++highlights;
                const auto it
                    = std::find_if(outline.quotes.cbegin(), outline.quotes.cend(), [&](const QString &q) { return squeezed(q).contains(squeezed(h.exact)); });
                QVERIFY2(it != outline.quotes.cend(), qPrintable(h.exact));
                if (!h.comment.isEmpty())
                    QVERIFY2(squeezed(*it).contains(squeezed(h.comment.section(u'<', 0, 0))), qPrintable(*it));
            }
        }
        // The note's own quote is a quote too, and nothing else is.
        QVERIFY(std::any_of(outline.quotes.cbegin(), outline.quotes.cend(), [](const QString &q) { return q.contains(QStringLiteral("인용된 문장입니다.")); }));
        QCOMPARE(outline.quotes.size(), highlights + 1);
        QCOMPARE(outline.images, 1); // the note's image, kept as the reader wrote it
    }

    void highlightedSummariesOnly()
    {
        ExportOptions options;
        options.summaries = ExportOptions::Summaries::Highlighted;
        ExportScope one;
        one.ids = {kJudgeRm};
        const ExportSet set = NotesExporter::collect(m_lib, one);
        const MarkdownOutline outline = MarkdownOutline::of(render(set, NotesExporter::Format::Markdown, options).files.value(0).data);
        QStringList expected;
        const ExportPaper &p = set.papers.first();
        for (const Section &s : p.sections)
            for (const Highlight &h : p.highlights)
                if (h.sectionKind == sectionKindName(s.kind) && !expected.contains(s.title))
                    expected << s.title;
        QCOMPARE(expected.size(), 2);
        QStringList shown;
        for (const QString &h : outline.headingTexts(4))
            shown << h.section(QStringLiteral(". "), 1);
        QCOMPARE(shown, expected);

        options.summaries = ExportOptions::Summaries::None;
        options.includeNotes = false;
        const QByteArray none = render(set, NotesExporter::Format::Markdown, options).files.value(0).data;
        QVERIFY(MarkdownOutline::of(none).headingTexts(4).isEmpty());
        QVERIFY(!none.contains("인용된 문장입니다"));
        QVERIFY(none.contains("8% 초과하는 성능을 달성하였습니다"));
    }

    void obsidianFolder()
    {
        const QString vault = path(QStringLiteral("vault"));
        ExportResult r = render(m_annotated, NotesExporter::Format::MarkdownFolder);
        QCOMPARE(r.files.size(), m_annotated.papers.size());
        QVERIFY(NotesExporter::write(r, NotesExporter::Format::MarkdownFolder, vault).ok());
        const QStringList files = QDir(vault).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), m_annotated.papers.size());
        for (const QString &f : files) {
            QString why;
            QVERIFY2(isSafeFileName(f, &why), qPrintable(f + QStringLiteral(": ") + why));
        }

        // Front matter through PyYAML, compared with the library.
        const Run py = run(kPython, {QStringLiteral("-c"), QString::fromUtf8(kFrontMatterScript), vault});
        QVERIFY2(py.code == 0, qPrintable(py.err));
        const QJsonObject matter = QJsonDocument::fromJson(py.out.toUtf8()).object();
        QCOMPARE(matter.size(), files.size());
        static const QRegularExpression obsidianTag(QStringLiteral(R"(^[\p{L}\p{N}\p{M}_/\-]+$)"));
        QHash<QString, QString> fileOf;
        for (auto it = matter.begin(); it != matter.end(); ++it) {
            const QJsonObject m = it.value().toObject();
            const QString id = m[QStringLiteral("arxiv")].toString();
            fileOf.insert(id, it.key());
            const ExportPaper *p = paperIn(m_annotated, id);
            QVERIFY2(p, qPrintable(id));
            QCOMPARE(m[QStringLiteral("title")].toString(), p->title.isEmpty() ? id : p->title);
            QCOMPARE(m[QStringLiteral("url")].toString(), QStringLiteral("https://arxiv.org/abs/") + id);
            QStringList exact, tags;
            for (const QJsonValue &v : m[QStringLiteral("paperboy-tags")].toArray())
                exact << v.toString();
            QCOMPARE(exact, m_lib.annotations().tagsOf(id));
            for (const QJsonValue &v : m[QStringLiteral("tags")].toArray()) {
                QVERIFY2(obsidianTag.match(v.toString()).hasMatch(), qPrintable(v.toString()));
                QVERIFY(!QRegularExpression(QStringLiteral("^[0-9]+$")).match(v.toString()).hasMatch());
                tags << v.toString();
            }
            QCOMPARE(tags.size(), exact.size());
            QStringList aliases;
            for (const QJsonValue &v : m[QStringLiteral("aliases")].toArray())
                aliases << v.toString();
            QVERIFY(aliases.contains(id));
            if (!p->title.isEmpty())
                QVERIFY(aliases.contains(p->title));
            if (p->inLibrary())
                QCOMPARE(m[QStringLiteral("date")].toString(), p->day().toString(Qt::ISODate));
            QCOMPARE(m[QStringLiteral("starred")].toBool(), m_lib.annotations().isStarred(id));
        }

        // Wiki links point at notes of this export; the two papers sharing a tag link each other.
        QHash<QString, QStringList> links;
        for (const QString &f : files) {
            const MarkdownOutline outline = MarkdownOutline::of(readFile(QDir(vault).filePath(f)));
            const QString note = m_lib.annotations().note(matter.value(f).toObject().value(QStringLiteral("arxiv")).toString());
            for (const QString &target : outline.wikiTargets) {
                if (note.contains(QStringLiteral("[[") + target + QStringLiteral("]]")))
                    continue; // the reader's own link, kept as written
                QVERIFY2(QFile::exists(QDir(vault).filePath(target + QStringLiteral(".md"))), qPrintable(target));
                links[f] << target + QStringLiteral(".md");
            }
            QCOMPARE(outline.headingTexts(1).size(), 1);
        }
        QVERIFY(links.value(fileOf.value(kJudgeRm)).contains(fileOf.value(kSciLoop)));
        QVERIFY(links.value(fileOf.value(kSciLoop)).contains(fileOf.value(kJudgeRm)));

        // Exporting again updates the same files: no duplicates, also after a note was renamed.
        const QString renamed = QStringLiteral("내가 바꾼 이름.md");
        QVERIFY(QFile::rename(QDir(vault).filePath(fileOf.value(kJudgeRm)), QDir(vault).filePath(renamed)));
        QVERIFY(m_lib.annotations().setNote(kJudgeRm, kJudgeRmNote + QStringLiteral("\n덧붙임")).ok());
        ExportScope scope;
        scope.annotatedOnly = true;
        ExportOptions options;
        options.existingFiles = MarkdownFolderExporter::existingNoteFiles(vault);
        QCOMPARE(options.existingFiles.value(kJudgeRm), renamed);
        r = render(NotesExporter::collect(m_lib, scope), NotesExporter::Format::MarkdownFolder, options);
        QVERIFY(NotesExporter::write(r, NotesExporter::Format::MarkdownFolder, vault).ok());
        QCOMPARE(QDir(vault).entryList({QStringLiteral("*.md")}, QDir::Files).size(), files.size());
        QVERIFY(readFile(QDir(vault).filePath(renamed)).contains("덧붙임"));
        // Links now point at the renamed note.
        QVERIFY(MarkdownOutline::of(readFile(QDir(vault).filePath(fileOf.value(kSciLoop)))).wikiTargets.contains(QStringLiteral("내가 바꾼 이름")));
        QVERIFY(m_lib.annotations().setNote(kJudgeRm, kJudgeRmNote).ok());
    }

    // A vault holding links (a synced or shared folder): the export never writes through one or
    // outside the folder, names what it left alone, and still writes every other note.
    void mdFolderNeverWritesThroughLinks()
    {
        const QString vault = path(QStringLiteral("linked-vault"));
        const ExportResult r = render(m_annotated, NotesExporter::Format::MarkdownFolder);
        QVERIFY(r.files.size() >= 3);
        QVERIFY(NotesExporter::write(r, NotesExporter::Format::MarkdownFolder, vault).ok());
        const QString victim = path(QStringLiteral("victim.txt"));
        writeFile(victim, "precious");
        const QString linked = r.files.at(0).name, dangling = r.files.at(1).name, stale = r.files.at(2).name;
        const QDir dir(vault);
        QVERIFY(QFile::remove(dir.filePath(linked)) && QFile::link(victim, dir.filePath(linked)));
        QVERIFY(QFile::remove(dir.filePath(dangling)) && QFile::link(path(QStringLiteral("nowhere/gone.md")), dir.filePath(dangling)));
        writeFile(dir.filePath(stale), "stale");

        const Status s = NotesExporter::write(r, NotesExporter::Format::MarkdownFolder, vault);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(linked) && s.message().contains(dangling), qPrintable(s.message()));
        QVERIFY2(!s.message().contains(stale), qPrintable(s.message()));
        QCOMPARE(readFile(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
        QVERIFY(QFileInfo(dir.filePath(linked)).isSymLink());
        QVERIFY(QFileInfo(dir.filePath(dangling)).isSymLink());
        QCOMPARE(readFile(dir.filePath(stale)), r.files.at(2).data); // the others are written
        // A link is not read as an existing note either.
        QVERIFY(!MarkdownFolderExporter::existingNoteFiles(vault).values().contains(linked));

        // The command line says so on stderr and exits 1.
        const Run cli = paperboy(
            m_lib.path(),
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md-folder"), QStringLiteral("--out"), vault, QStringLiteral("--annotated")});
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(linked), qPrintable(cli.err));
        QCOMPARE(readFile(victim), QByteArray("precious"));
    }

    // Only http(s), mailto and in-page links survive into HTML, in every place Markdown is rendered:
    // notes, highlight comments, summaries, and the compare view's export.
    void htmlKeepsOnlySafeLinks()
    {
        const QString hostile
            = QStringLiteral("[js](javascript:alert(1)) [JS](JaVaScRiPt:alert(2)) [vb](vbscript:msgbox) [data](data:text/html;base64,PHNjcmlwdD4=) "
                             "<javascript:alert(3)> [file](file:///etc/passwd) [rel](other.html) ![img](data:image/png;base64,AAAA) "
                             "[web](https://example.org/a?b=1&c=2) [mail](mailto:a@example.org) [here](#top) <https://example.com>");
        const auto check = [](const QByteArray &html) {
            static const QRegularExpression target(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
            QStringList targets;
            for (auto it = target.globalMatch(QString::fromUtf8(html)); it.hasNext();)
                targets << it.next().captured(1);
            QCOMPARE(targets,
                     (QStringList{QStringLiteral("https://example.org/a?b=1&amp;c=2"), QStringLiteral("mailto:a@example.org"), QStringLiteral("#top"),
                                  QStringLiteral("https://example.com")}));
            // The texts stay, as text.
            for (const char *text : {"js JS vb data javascript:alert(3) file rel img"})
                QVERIFY2(html.contains(text), html.constData());
            QVERIFY(!html.contains("<img"));
        };
        check(Markup::markdownToXhtml(hostile, Markup::Images::AsLinks));
        check(Markup::markdownToXhtml(hostile, Markup::Images::Keep));
        check(CompareExporter::markdownToHtml(hostile));

        // Through a whole export: the note and a highlight comment of a paper.
        Library lib;
        QVERIFY(lib.open(path(QStringLiteral("links.sqlite"))).ok());
        QVERIFY(lib.importer().importFile(TestCorpus::day()).outcome != ImportResult::Outcome::Rejected);
        QVERIFY(lib.annotations().setNote(kSciLoop, hostile).ok());
        Highlight h = highlightIn(lib, kSciLoop, SectionKind::Results, QStringLiteral("41.2%에서 48.9%로"), QStringLiteral("#ffb3c6"), hostile);
        QVERIFY(lib.annotations().addHighlight(h).ok());
        ExportScope scope;
        scope.ids = {kSciLoop};
        const ExportResult r = NotesExporter::render(NotesExporter::collect(lib, scope), NotesExporter::Format::Html, {});
        QVERIFY(r.status.ok());
        const QByteArray html = r.files.value(0).data;
        for (const char *bad : {"javascript:alert", "vbscript:", "data:text", "data:image", "file:///", "other.html"})
            QVERIFY2(!html.contains(QByteArray("href=\"") + bad) && !html.contains(QByteArray("src=\"") + bad), bad);
        QVERIFY(html.count("href=\"mailto:a@example.org\"") == 2); // note and comment
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    // Cells a spreadsheet would run as formulas get a leading apostrophe, in both CSV exports.
    void csvNeutralisesFormulas()
    {
        QCOMPARE(Markup::csvField(QStringLiteral("=HYPERLINK(\"https://x\",\"y\")")), QStringLiteral("\"'=HYPERLINK(\"\"https://x\"\",\"\"y\"\")\""));
        for (const QString &cell : {QStringLiteral("+1"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tx")})
            QCOMPARE(Markup::csvField(cell), u'\'' + cell);
        QCOMPARE(Markup::csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        for (const QString &cell : {QStringLiteral("a=1"), QStringLiteral("1-2"), QString(), QStringLiteral("모델")})
            QCOMPARE(Markup::csvField(cell), cell);

        Library lib;
        QVERIFY(lib.open(path(QStringLiteral("csv.sqlite"))).ok());
        QVERIFY(lib.importer().importFile(TestCorpus::day()).outcome != ImportResult::Outcome::Rejected);
        QVERIFY(lib.annotations().tagPaper(kSciLoop, QStringLiteral("@cmd")).ok());
        Highlight h = highlightIn(lib, kSciLoop, SectionKind::Results, QStringLiteral("41.2%에서 48.9%로"), QStringLiteral("#ffb3c6"), QStringLiteral("=1+1"));
        QVERIFY(lib.annotations().addHighlight(h).ok());
        ExportScope scope;
        scope.ids = {kSciLoop};
        const ExportResult r = NotesExporter::render(NotesExporter::collect(lib, scope), NotesExporter::Format::Csv, {});
        QList<QStringList> rows;
        QString error;
        QVERIFY2(parseCsv(QString::fromUtf8(r.files.value(0).data), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][5], QStringLiteral("'=1+1"));
        QCOMPARE(rows[1][7], QStringLiteral("'@cmd"));

        QVERIFY(lib.annotations().setNote(kSciLoop, QStringLiteral("-1 point, =cmd|' /C calc'!A0")).ok());
        CompareModel model(&lib);
        model.setPapers({kSciLoop, kDriftBench});
        model.setShowNotes(true);
        QVERIFY(CompareExporter::toCsv(model).contains("\"'-1 point, =cmd|' /C calc'!A0\""));
    }

    void htmlIsSelfContainedXhtml()
    {
        const QByteArray html = renderOne(NotesExporter::Format::Html);
        QXmlStreamReader xml(html);
        QStringList ids, anchors, markColors;
        int styles = 0;
        bool inBody = false;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto attrs = xml.attributes();
                const QString name = xml.name().toString();
                QVERIFY2(name != QLatin1StringView("script") && name != QLatin1StringView("link") && name != QLatin1StringView("iframe"), qPrintable(name));
                for (const auto &a : attrs) {
                    const QString value = a.value().toString();
                    // Nothing is fetched from elsewhere when the file is opened.
                    if (a.name() == QLatin1StringView("src") || a.name() == QLatin1StringView("srcset") || a.name() == QLatin1StringView("poster"))
                        QVERIFY2(!value.contains(QLatin1StringView("://")) && !value.startsWith(QLatin1StringView("//")), qPrintable(value));
                    if (a.name() == QLatin1StringView("style"))
                        QVERIFY2(!value.contains(QLatin1StringView("url(")), qPrintable(value));
                }
                if (attrs.hasAttribute(QStringLiteral("id")))
                    ids << attrs.value(QStringLiteral("id")).toString();
                if (name == QLatin1StringView("a") && attrs.value(QStringLiteral("href")).startsWith(u'#'))
                    anchors << attrs.value(QStringLiteral("href")).mid(1).toString();
                if (attrs.value(QStringLiteral("class")) == QLatin1StringView("mark"))
                    markColors << attrs.value(QStringLiteral("style")).toString().section(u':', 1).section(u';', 0, 0);
                if (name == QLatin1StringView("style"))
                    ++styles;
                if (name == QLatin1StringView("body"))
                    inBody = true;
            } else if (xml.isCharacters() && inBody) {
                text += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber())));
        QCOMPARE(styles, 1);
        QVERIFY(html.contains("Noto Sans CJK KR"));
        QVERIFY(!html.contains("url("));
        // The table of contents links every paper, and every link lands.
        QCOMPARE(anchors.size(), m_annotated.papers.size());
        for (const QString &a : anchors)
            QVERIFY2(ids.contains(a), qPrintable(a));
        // Highlights appear in their colours (in the list, and drawn into the summary where found).
        for (const ExportPaper &p : m_annotated.papers)
            for (const Highlight &h : p.highlights)
                QVERIFY2(markColors.count(h.color) >= 1, qPrintable(h.color));
        QVERIFY(markColors.count(QStringLiteral("#a0e0ff")) >= 2); // list and summary
        // The text is all there, escapes undone: Korean, the note's symbols, a comment's markup as text.
        QVERIFY(text.contains(QStringLiteral("인용된 문장입니다.")));
        QVERIFY(text.contains(QStringLiteral("$x^2$ & {중괄호} 100%")));
        QVERIFY(text.contains(QStringLiteral("<b>아님</b>")));
        QVERIFY(text.contains(QStringLiteral("원격 그림"))); // the image became a link
    }

    // A PDF of more papers than one part of its layout holds (parts of 20): every paper still starts
    // its own page, in reading order, no page is blank, and the footer counts every page.
    void pdfOfManyPapersKeepsOnePaperAPage()
    {
        const ExportSet all = NotesExporter::collect(m_lib, ExportScope{});
        QVERIFY2(all.papers.size() > 40, qPrintable(QString::number(all.papers.size())));
        const ExportResult r = render(all, NotesExporter::Format::Pdf);
        QVERIFY(r.status.ok());
        const QString pdf = path(QStringLiteral("many.pdf"));
        QVERIFY(NotesExporter::write(r, NotesExporter::Format::Pdf, pdf).ok());
        const Run text
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QStringList pageTexts = text.out.split(u'\f');
        if (pageTexts.last().trimmed().isEmpty())
            pageTexts.removeLast();
        QCOMPARE(pageTexts.size(), r.pageCount);
        int paper = 0;
        for (int i = 0; i < pageTexts.size(); ++i) {
            const QString page = pageTexts.at(i);
            QVERIFY2(page.contains(QStringLiteral("%1 / %2").arg(i + 1).arg(r.pageCount)), qPrintable(QString::number(i + 1)));
            QVERIFY2(page.trimmed().count(u'\n') >= 1, qPrintable(QStringLiteral("page %1 is blank").arg(i + 1))); // more than the footer
            // The next paper in reading order begins at the top of its page.
            if (paper < all.papers.size()
                && squeezed(page.trimmed().section(u'\n', 0, 0)).startsWith(squeezed(ExportContent::displayTitle(all.papers.at(paper))).left(12)))
                ++paper;
        }
        QCOMPARE(paper, int(all.papers.size()));
    }

    // More pages than one document can place: laid out as one, a PDF of ~10,000 pages ran past the
    // layout's coordinates (QFixed, 2^31/64 device units: about 10,000 A4 pages at 300 dpi) and lost
    // most of its papers (11,616 papers came out as 2,789 pages). In parts, every paper has its page.
    void pdfOfTenThousandPapersLosesNone()
    {
        ExportSet set;
        constexpr int papers = 10500;
        for (int i = 0; i < papers; ++i) {
            ExportPaper p;
            p.arxivId = QStringLiteral("2601.%1").arg(10000 + i);
            p.title = QStringLiteral("Paper %1").arg(i);
            p.days = {QDate(2026, 1, 1)};
            Section s;
            s.kind = SectionKind::Motivation;
            s.title = QStringLiteral("동기");
            s.body = QStringLiteral("짧은 요약 %1.").arg(i);
            s.markdown = QStringLiteral("## 1. 동기\n\n") + s.body;
            p.summaryMarkdown = QStringLiteral("# ") + p.title + QStringLiteral("\n\n") + s.markdown;
            p.sections = {s};
            set.papers << p;
        }
        const ExportResult r = render(set, NotesExporter::Format::Pdf);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        QVERIFY2(r.pageCount > papers, qPrintable(QString::number(r.pageCount)));
        const QString pdf = path(QStringLiteral("tenthousand.pdf"));
        QVERIFY(NotesExporter::write(r, NotesExporter::Format::Pdf, pdf).ok());
        const Run text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(r.pageCount), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("Paper %1").arg(papers - 1)) && text.out.contains(QStringLiteral("짧은 요약 %1.").arg(papers - 1)),
                 qPrintable(text.out));
    }

    void pdfHasPagesFontsAndKoreanText()
    {
        for (const auto size : {ExportOptions::PageSize::A4, ExportOptions::PageSize::Letter}) {
            ExportOptions options;
            options.pageSize = size;
            const ExportResult r = render(m_annotated, NotesExporter::Format::Pdf, options);
            QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
            QVERIFY(r.pageCount > 1);
            const QString pdf = path(size == ExportOptions::PageSize::A4 ? QStringLiteral("a4.pdf") : QStringLiteral("letter.pdf"));
            QVERIFY(NotesExporter::write(r, NotesExporter::Format::Pdf, pdf).ok());

            const Run info = run(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY2(info.code == 0, qPrintable(info.err));
            static const QRegularExpression pages(QStringLiteral(R"(^Pages:\s+(\d+)$)"), QRegularExpression::MultilineOption);
            QCOMPARE(pages.match(info.out).captured(1).toInt(), r.pageCount);
            QVERIFY2(info.out.contains(size == ExportOptions::PageSize::A4 ? QStringLiteral("(A4)") : QStringLiteral("(letter)")), qPrintable(info.out));

            const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
            QVERIFY(fonts.code == 0);
            const QStringList rows = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
            QVERIFY(!rows.isEmpty());
            for (const QString &row : rows) {
                const QStringList columns = row.split(u' ', Qt::SkipEmptyParts); // ... emb sub uni object-id generation
                QVERIFY2(columns.size() >= 6 && columns.at(columns.size() - 5) == QLatin1StringView("yes"), qPrintable(row)); // embedded
                QVERIFY2(columns.at(columns.size() - 3) == QLatin1StringView("yes"), qPrintable(row)); // with a ToUnicode map
            }
            QVERIFY(fonts.out.contains(QStringLiteral("CJK")));

            const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
            QVERIFY2(text.code == 0, qPrintable(text.err));
            const QString all = squeezed(text.out);
            // A Korean sentence of a summary, as the digest has it (Markdown emphasis taken off).
            const auto sciLoop = m_lib.catalog().paper(kSciLoop);
            const QString sentence = sectionOf(*sciLoop, SectionKind::Motivation)->body.section(QStringLiteral(". "), 0, 0);
            QVERIFY(sentence.size() > 20);
            QVERIFY2(all.contains(squeezed(sentence)), qPrintable(sentence));
            QVERIFY(all.contains(squeezed(QStringLiteral("인용된 문장입니다."))));
            QVERIFY(all.contains(QStringLiteral("2505.96265"))); // digits survive text extraction
            for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
                QVERIFY(!text.out.contains(QChar(ligature))); // letters stay letters
        }
    }

    void bibtexAcceptedByBibtool()
    {
        const QByteArray bib = renderOne(NotesExporter::Format::BibTeX);
        const QString file = path(QStringLiteral("notes.bib"));
        writeFile(file, bib);
        const Run check = run(QStringLiteral("bibtool"), {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-i"), file});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.err.trimmed().isEmpty(), qPrintable(check.err)); // bibtool reports errors and warnings here
        // bibtool reads back every entry with every field.
        const Run pretty = run(QStringLiteral("bibtool"), {QStringLiteral("-i"), file});
        QCOMPARE(pretty.out.count(QStringLiteral("@Misc{")), m_annotated.papers.size());
        QCOMPARE(pretty.out.count(QRegularExpression(QStringLiteral(R"(archiveprefix\s*=\s*\{arXiv\})"), QRegularExpression::CaseInsensitiveOption)),
                 m_annotated.papers.size());

        static const QRegularExpression key(QStringLiteral(R"(@misc\{([^,]+),)"));
        QStringList keys;
        for (auto it = key.globalMatch(QString::fromUtf8(bib)); it.hasNext();)
            keys << it.next().captured(1);
        QCOMPARE(keys.size(), m_annotated.papers.size());
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(keys[i], BibtexExporter::key(m_annotated.papers[i].arxivId));
        // Stable: a new export of the same papers (collected again) has the same keys.
        ExportScope scope;
        scope.annotatedOnly = true;
        const QByteArray again = render(NotesExporter::collect(m_lib, scope), NotesExporter::Format::BibTeX).files.value(0).data;
        QStringList keys2;
        for (auto it = key.globalMatch(QString::fromUtf8(again)); it.hasNext();)
            keys2 << it.next().captured(1);
        QCOMPARE(keys2, keys);

        // Every TeX special of the tricky tag is escaped, braces stay balanced.
        const QString tricky = BibtexExporter::escaped(kTrickyTag);
        QVERIFY(QString::fromUtf8(bib).contains(tricky));
        for (const QString &raw : {QStringLiteral(" $5"), QStringLiteral(" & "), QStringLiteral("100%"), QStringLiteral(" #1"), QStringLiteral("a_b")})
            QVERIFY2(!tricky.contains(raw), qPrintable(raw));
        QCOMPARE(tricky.count(u'{'), tricky.count(u'}'));
        QCOMPARE(bib.count('{'), bib.count('}'));
        QVERIFY(bib.contains("eprint        = {2505.96265}"));
        QVERIFY(bib.contains("year          = {2025}"));
    }

    void csvOneRowPerHighlight()
    {
        const QByteArray csv = renderOne(NotesExporter::Format::Csv);
        QList<QStringList> rows;
        QString error;
        QVERIFY2(parseCsv(QString::fromUtf8(csv), &rows, &error), qPrintable(error));
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("paper"), QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("section"), QStringLiteral("quote"),
                              QStringLiteral("comment"), QStringLiteral("color"), QStringLiteral("tags")}));
        QList<QStringList> expected;
        for (const ExportPaper &p : m_annotated.papers)
            for (const Highlight &h : p.highlights)
                expected.append(
                    {p.arxivId, p.title, p.day().toString(Qt::ISODate), h.sectionKind, h.exact, h.comment, h.color, p.tags.join(QStringLiteral("; "))});
        QCOMPARE(rows.size(), expected.size() + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 8);
        QCOMPARE(rows.mid(1), expected);
    }

    // Korean summaries write ranges with "~": every format keeps them as text and strikes only
    // ~~double~~ tildes (docs/FORMAT.md, Tildes).
    void tildesAreRangesNotStrikethrough()
    {
        const QString body = QStringLiteral("nDCG@10이 0.7~1.4점, 재현율은 1.7~1.8점 올랐습니다. ~~초안 수치~~ 는 버렸고 `a~b` 는 코드입니다.");
        ExportPaper p;
        p.arxivId = QStringLiteral("2506.07777");
        p.title = QStringLiteral("범위 표기 2~3배");
        p.days = {QDate(2025, 5, 24)};
        Section s;
        s.kind = SectionKind::Results;
        s.number = 5;
        s.title = QStringLiteral("정량적 결과");
        s.body = body;
        s.markdown = QStringLiteral("## 5. 정량적 결과\n\n") + body;
        p.summaryMarkdown = QStringLiteral("# 범위 표기 2~3배\n\n") + s.markdown + u'\n';
        p.sections = {s};
        p.note = QStringLiteral("다시 볼 것: 4~5번, 6~7번.\n\n~~지운 생각~~");
        Highlight h = TextQuoteAnchor::describe(body, int(body.indexOf(QStringLiteral("0.7~1.4점"))), 8);
        QCOMPARE(h.exact, QStringLiteral("0.7~1.4점"));
        h.arxivId = p.arxivId;
        h.sectionKind = QStringLiteral("results");
        h.comment = QStringLiteral("1.7~1.8점과 비교, 2~3회");
        p.highlights = {h};
        ExportSet set;
        set.papers = {p};
        set.createdAt = QDateTime::currentDateTime();

        const QStringList everyRange{QStringLiteral("2~3배"), QStringLiteral("0.7~1.4점"), QStringLiteral("1.7~1.8점"), QStringLiteral("4~5번"),
                                     QStringLiteral("6~7번"), QStringLiteral("2~3회"),     QStringLiteral("a~b")};
        const QStringList struck{QStringLiteral("초안 수치"), QStringLiteral("지운 생각")};
        for (const Exporter *e : ExporterFactory::exporters()) {
            const QString name = e->name();
            const ExportResult r = e->render(set, ExportOptions{}, {}, nullptr);
            QVERIFY2(r.status.ok(), qPrintable(name + u' ' + r.status.message()));
            QByteArray data;
            for (const ExportFile &f : r.files)
                data += f.data;
            QString shown;
            QStringList expectedStruck = struck;
            QStringList ranges = everyRange;
            switch (e->format()) {
            case ExportFormat::Markdown:
            case ExportFormat::MarkdownFolder:
                shown = TestParsers::githubText(data); // as a GitHub-style viewer (GitHub, Obsidian) shows it
                break;
            case ExportFormat::Html: shown = QString::fromUtf8(data); break;
            case ExportFormat::Pdf: {
                const QString pdf = path(QStringLiteral("tildes.pdf"));
                writeFile(pdf, data);
                const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
                QVERIFY2(text.code == 0, qPrintable(text.err));
                shown = text.out;
                expectedStruck.clear(); // a line drawn through text is not in the extracted text
                break;
            }
            case ExportFormat::BibTeX: // the title and the note, TeX-escaped
                shown = QString::fromUtf8(data).replace(QStringLiteral("\\textasciitilde{}"), QStringLiteral("~"));
                expectedStruck.clear();
                ranges = {QStringLiteral("2~3배"), QStringLiteral("4~5번"), QStringLiteral("6~7번")};
                break;
            case ExportFormat::Csv: // a row per highlight: the title, the quote and its comment
                shown = QString::fromUtf8(data);
                expectedStruck.clear();
                ranges = {QStringLiteral("2~3배"), QStringLiteral("0.7~1.4점"), QStringLiteral("1.7~1.8점"), QStringLiteral("2~3회")};
                break;
            case ExportFormat::Json:
                shown = QString::fromUtf8(data);
                expectedStruck.clear();
                break;
            }
            for (const QString &range : std::as_const(ranges))
                QVERIFY2(shown.contains(range), qPrintable(name + QStringLiteral(": no ") + range + u'\n' + shown));
            QStringList struckShown = TestParsers::struckParts(shown);
            struckShown.sort();
            expectedStruck.sort();
            QCOMPARE(struckShown, expectedStruck);
        }
    }

    // A note's own headings ("## 메모") sit below the export's Note heading, never beside the
    // paper's heading: in the one-file Markdown, the folder's notes and the HTML.
    void noteHeadingsSitBelowThePaper()
    {
        ExportPaper p;
        p.arxivId = QStringLiteral("2506.07778");
        p.title = QStringLiteral("제목");
        p.note = QStringLiteral("## 메모\n\n첫 줄\n\n### 세부\n\n둘째 줄\n\n정리\n---\n\n끝\n\n```\n# 코드 속 주석\n```");
        ExportSet set;
        set.papers = {p};
        set.createdAt = QDateTime::currentDateTime();
        ExportOptions options;
        options.summaries = ExportOptions::Summaries::None;
        const auto headings = [](const QByteArray &md) {
            QStringList out;
            for (const auto &h : MarkdownOutline::of(md).headings)
                out << QStringLiteral("%1 %2").arg(h.level).arg(h.text);
            return out;
        };
        const QByteArray one = render(set, NotesExporter::Format::Markdown, options).files.value(0).data;
        QCOMPARE(
            headings(one).mid(1),
            (QStringList{QStringLiteral("2 제목"), QStringLiteral("3 Note"), QStringLiteral("4 메모"), QStringLiteral("5 세부"), QStringLiteral("4 정리")}));
        QVERIFY(one.contains("# 코드 속 주석\n")); // code is not a heading
        const QByteArray note = render(set, NotesExporter::Format::MarkdownFolder, options).files.value(0).data;
        QCOMPARE(
            headings(note),
            (QStringList{QStringLiteral("1 제목"), QStringLiteral("2 Note"), QStringLiteral("3 메모"), QStringLiteral("4 세부"), QStringLiteral("3 정리")}));
        const QByteArray html = render(set, NotesExporter::Format::Html, options).files.value(0).data;
        QVERIFY2(html.contains("<h4>메모</h4>") && html.contains("<h5>세부</h5>") && html.contains("<h4>정리</h4>"), html.constData());
        QVERIFY(!html.contains("<h2>메모"));
    }

    void jsonIsVersionedAndComplete()
    {
        const QJsonObject root = QJsonDocument::fromJson(renderOne(NotesExporter::Format::Json)).object();
        QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("paperboy-notes"));
        QCOMPARE(root[QStringLiteral("version")].toInt(), 1);
        const QJsonArray papers = root[QStringLiteral("papers")].toArray();
        QCOMPARE(papers.size(), m_annotated.papers.size());
        for (const QJsonValue &v : papers) {
            const QJsonObject p = v.toObject();
            const QString id = p[QStringLiteral("arxiv_id")].toString();
            const PaperUserData data = m_lib.userDataSync().userData(id);
            QCOMPARE(p[QStringLiteral("note")].toObject()[QStringLiteral("markdown")].toString(), data.note);
            QCOMPARE(p[QStringLiteral("starred")].toBool(), data.starredAt.isValid());
            QCOMPARE(p[QStringLiteral("read")].toBool(), data.readAt.isValid());
            QCOMPARE(p[QStringLiteral("highlights")].toArray().size(), data.highlights.size());
            for (int i = 0; i < data.highlights.size(); ++i) {
                const QJsonObject h = p[QStringLiteral("highlights")].toArray()[i].toObject();
                QCOMPARE(h[QStringLiteral("exact")].toString(), data.highlights[i].exact);
                QCOMPARE(h[QStringLiteral("prefix")].toString(), data.highlights[i].prefix);
                QCOMPARE(h[QStringLiteral("suffix")].toString(), data.highlights[i].suffix);
                QCOMPARE(h[QStringLiteral("section")].toString(), data.highlights[i].sectionKind);
            }
        }
        QJsonArray tags = root[QStringLiteral("tags")].toArray();
        QVERIFY(std::any_of(tags.begin(), tags.end(), [](const QJsonValue &t) {
            return t.toObject()[QStringLiteral("name")].toString() == QStringLiteral("보상 모델")
                && t.toObject()[QStringLiteral("color")].toString() == QStringLiteral("#e67e22");
        }));
    }

    void renderOffThreadWithProgressAndCancel()
    {
        const ExportSet all = NotesExporter::collect(m_lib, ExportScope());
        // A worker thread renders while this one keeps going: progress is in order and complete.
        QList<int> seen;
        ExportResult result;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            result = NotesExporter::render(all, NotesExporter::Format::Html, {}, [&](int done, int total) {
                if (total == int(all.papers.size()))
                    seen << done;
            });
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QCOMPARE(seen.size(), all.papers.size());
        QCOMPARE(seen.last(), int(all.papers.size()));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(!result.cancelled && result.files.size() == 1);
        // The PDF too: fonts and layout work off the GUI thread.
        int last = 0, total = 0;
        worker.reset(QThread::create([&] {
            result = NotesExporter::render(m_annotated, NotesExporter::Format::Pdf, {}, [&](int done, int of) {
                last = done;
                total = of;
            });
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY2(result.status.ok(), qPrintable(result.status.message()));
        QVERIFY(result.pageCount > 1 && result.files.value(0).data.startsWith("%PDF-"));
        QCOMPARE(last, total);

        // Cancel after the first paper: no output, and an existing destination is left alone.
        const QString dest = path(QStringLiteral("keep.html"));
        writeFile(dest, "old export");
        for (const auto format : {NotesExporter::Format::Html, NotesExporter::Format::Pdf, NotesExporter::Format::MarkdownFolder, NotesExporter::Format::Csv,
                                  NotesExporter::Format::BibTeX, NotesExporter::Format::Markdown}) {
            std::atomic_bool cancel = false;
            ExportResult stopped;
            worker.reset(QThread::create([&] {
                stopped = NotesExporter::render(
                    all, format, {}, [&](int, int) { cancel = true; }, &cancel);
            }));
            worker->start();
            QVERIFY(worker->wait(120000));
            QVERIFY(stopped.cancelled);
            QVERIFY(stopped.files.isEmpty());
            QVERIFY(!NotesExporter::write(stopped, NotesExporter::Format::Html, dest).ok());
            QCOMPARE(readFile(dest), QByteArray("old export"));
        }
    }

    // The command line names the formats the factory has, in its order, in --help and when
    // --format names none of them.
    void commandLineListsTheFormats()
    {
        QStringList names = ExporterFactory::names();
        const QString last = names.takeLast();
        const QString choice = names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
        Run r = paperboy(m_lib.path(), {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n');
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("  --format FORMAT ")); });
        QVERIFY2(line != lines.cend() && line->endsWith(u' ' + choice + u'.'), qPrintable(r.out));
        r = paperboy(m_lib.path(),
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), path(QStringLiteral("x.docx"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: --format takes ") + choice), qPrintable(r.err));
    }

    // A destination in a folder that does not exist says so (it was once reported as a full disk),
    // from the command line and from NotesExporter::write, and nothing is made.
    void exportIntoMissingFolder()
    {
        const QString missing = path(QStringLiteral("no/such/dir"));
        const QString out = missing + QStringLiteral("/x.md");
        const Run r = paperboy(
            m_lib.path(),
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), out, QStringLiteral("--annotated")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write %1: the folder %2 does not exist").arg(out, missing)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("disk")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));

        for (const auto format : {NotesExporter::Format::Html, NotesExporter::Format::Csv, NotesExporter::Format::Json}) {
            const Status s = NotesExporter::write(render(m_annotated, format), format, missing + QStringLiteral("/x"));
            QVERIFY(!s.ok());
            QVERIFY2(s.message().contains(QStringLiteral("the folder %1 does not exist").arg(missing)), qPrintable(s.message()));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
    }

    void exportCommand()
    {
        const QString db = m_lib.path();
        const QString out = path(QStringLiteral("cli.md"));
        Run r = paperboy(db,
                         {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), out, QStringLiteral("--tag"),
                          QStringLiteral("보상 모델"), QStringLiteral("--summaries"), QStringLiteral("none")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(MarkdownOutline::of(readFile(out)).headingTexts(2).size(), 2);
        QVERIFY(r.out.contains(out));

        // PDF without a display, md-folder into a new folder, the rest by day and ids.
        r = paperboy(db,
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path(QStringLiteral("cli.pdf")),
                      QStringLiteral("--ids"), kJudgeRm + u',' + kSciLoop});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readFile(path(QStringLiteral("cli.pdf"))).startsWith("%PDF-"));
        r = paperboy(db,
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md-folder"), QStringLiteral("--out"),
                      path(QStringLiteral("cli-vault/sub")), QStringLiteral("--starred")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QDir(path(QStringLiteral("cli-vault/sub"))).entryList({QStringLiteral("*.md")}, QDir::Files).size(), 3);
        r = paperboy(db,
                     {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), path(QStringLiteral("cli.csv")),
                      QStringLiteral("--day"), QStringLiteral("2025-05-24"), QStringLiteral("--annotated")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Bad input: one line on stderr, a non-zero exit, and an existing file left as it was.
        const QString keep = path(QStringLiteral("keep.bib"));
        writeFile(keep, "precious");
        const QStringList toKeep{QStringLiteral("export"), QStringLiteral("--out"), keep, QStringLiteral("--format")};
        const QList<std::pair<QStringList, int>> bad{
            {toKeep + QStringList{QStringLiteral("docx")}, 2},
            {{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex")}, 2}, // no --out
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--day"), QStringLiteral("2025-13-01")}, 2},
            {toKeep
                 + QStringList{QStringLiteral("bibtex"), QStringLiteral("--day"), QStringLiteral("2025-05-24"), QStringLiteral("--from"),
                               QStringLiteral("2025-05-01")},
             2},
            {toKeep
                 + QStringList{QStringLiteral("bibtex"), QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
                               QStringLiteral("2025-05-01")},
             2},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--summaries"), QStringLiteral("some")}, 2},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--frobnicate")}, 2},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("stray")}, 2},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--ids"), QStringLiteral("9999.00001")}, 1},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--tag"), QStringLiteral("없는 태그")}, 1},
            {toKeep + QStringList{QStringLiteral("bibtex"), QStringLiteral("--day"), QStringLiteral("2020-01-01")}, 1}, // nothing matches
        };
        for (const auto &[full, code] : bad) {
            r = paperboy(db, full);
            QVERIFY2(r.code == code, qPrintable(full.join(u' ') + QStringLiteral(" → ") + QString::number(r.code) + u' ' + r.err));
            QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: ")) && r.err.count(u'\n') == 1, qPrintable(r.err));
            QCOMPARE(readFile(keep), QByteArray("precious"));
        }
        // A folder where a file is wanted, and a file where md-folder wants a folder.
        r = paperboy(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(r.code, 1);
        r = paperboy(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md-folder"), QStringLiteral("--out"), keep});
        QCOMPARE(r.code, 1);
        QCOMPARE(readFile(keep), QByteArray("precious"));
        // Success replaces it.
        r = paperboy(
            db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("--out"), keep, QStringLiteral("--starred")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(keep).startsWith("@misc{"));
    }
};

QTEST_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
