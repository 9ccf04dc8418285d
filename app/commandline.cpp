// CommandLine: each command parses its own options and talks to Library only.
#include "commandline.h"

#include "common/regularfile.h"
#include "common/terminaltext.h"
#include "digest/arxivid.h"

#include "export/compareexporter.h"
#include "export/notesexporter.h"
#include "export/notesjson.h"
#include "library/library.h"
#include "library/libraryrecovery.h"
#include "library/userdatabackup.h"
#include "models/comparemodel.h"
#include "networkcommands.h"
#include "search/searchquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

#include <paperboy/version.h>

namespace Paperboy::App {

using namespace Paperboy::Core;

namespace {

const QStringList kCommands{QStringLiteral("import"), QStringLiteral("search"), QStringLiteral("list"), QStringLiteral("tag"),
                             QStringLiteral("untag"), QStringLiteral("note"), QStringLiteral("star"), QStringLiteral("compare"),
                             QStringLiteral("export"), QStringLiteral("import-notes"), QStringLiteral("sources"),
                             QStringLiteral("fetch"), QStringLiteral("recover")};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &message)
{
    err() << "paperboy: " << TerminalText::escaped(message) << "\n"
          << CommandLine::tr("Usage: paperboy [--db FILE] import PATH...\n"
                "       paperboy [--db FILE] search QUERY [--json] [--tag T] [--section KIND] [--limit N]\n"
                "       paperboy [--db FILE] list days|papers [--day DATE] [--json]\n"
                "       paperboy [--db FILE] tag|untag ID TAG...\n"
                "       paperboy [--db FILE] note ID [--set TEXT | --file FILE]\n"
                "       paperboy [--db FILE] star ID [--off]\n"
                "       paperboy [--db FILE] compare ID ID... --format md|html|csv --out PATH [--sections KINDS]\n"
                "       paperboy [--db FILE] export --format md|md-folder|html|pdf|bibtex|json|csv --out PATH\n"
                "                [--tag T] [--day DATE | --from DATE --to DATE] [--starred] [--annotated] [--ids ID,ID]\n"
                "                [--marked] [--search QUERY] [--summaries full|highlighted|none]\n"
                "                [--no-highlights] [--no-notes] [--no-tags] [--page-size a4|letter] [--title TEXT]\n"
                "       paperboy [--db FILE] import-notes FILE.json\n"
                "       paperboy [--db FILE] sources add NAME URL [--kind digest|hf] [--token-from-stdin] [--user NAME]\n"
                "       paperboy [--db FILE] sources list [--json] | sources remove NAME\n"
                "       paperboy [--db FILE] fetch [--source NAME] [--from DATE --to DATE] [--json]\n"
                "       paperboy [--db FILE] recover [--restore-backup [BACKUP] | --rebuild [--from PATH]...]\n");
    err().flush();
    return 2;
}

QJsonObject paperJson(const PaperListing &p)
{
    return QJsonObject{
        {QStringLiteral("arxiv_id"), p.arxivId},
        {QStringLiteral("date"), p.day.toString(Qt::ISODate)},
        {QStringLiteral("position"), p.position},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("sections"), QJsonArray::fromStringList(p.sectionKinds)},
        {QStringLiteral("starred"), p.starred},
        {QStringLiteral("read"), p.read},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("has_note"), p.hasNote},
        {QStringLiteral("highlights"), p.highlightCount},
    };
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

int runImport(Library &library, const QStringList &paths)
{
    if (paths.isEmpty())
        return usage(CommandLine::tr("import needs at least one file or folder"));
    const QStringList files = DigestImporter::digestFilesIn(paths);
    if (files.isEmpty()) {
        err() << "paperboy: " << CommandLine::tr("no digest files (*.md) found") << "\n";
        return 1;
    }
    bool allGood = true;
    for (const QString &file : files) {
        const ImportResult r = library.importer().importFile(file);
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            out() << file << ": " << CommandLine::tr("imported %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            break;
        case ImportResult::Outcome::Unchanged:
            out() << file << ": " << CommandLine::tr("unchanged %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            break;
        case ImportResult::Outcome::Rejected:
            out() << file << ": " << CommandLine::tr("rejected") << "\n";
            allGood = false;
            break;
        }
        for (const Diagnostic &d : r.diagnostics) {
            err() << TerminalText::escaped(d.toString()) << "\n";
            if (d.isError())
                allGood = false;
        }
    }
    out().flush();
    err().flush();
    return allGood ? 0 : 1;
}

int runSearch(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("query"), CommandLine::tr("What to search for"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print a JSON array."));
    const QCommandLineOption tag(QStringLiteral("tag"), CommandLine::tr("Only papers with this tag."), QStringLiteral("T"));
    const QCommandLineOption section(QStringLiteral("section"), CommandLine::tr("Only in this section kind."), QStringLiteral("KIND"));
    const QCommandLineOption limit(QStringLiteral("limit"), CommandLine::tr("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    p.addOptions({json, tag, section, limit});
    if (!p.parse(QStringList{QStringLiteral("search")} + args))
        return usage(p.errorText());
    QString text = p.positionalArguments().join(u' ');
    for (const QString &t : p.values(tag))
        text += QStringLiteral(" \"tag:") + t + u'"';
    SearchQuery query = SearchQuery::parse(text);
    // Option values are whole: a tag with spaces is one tag.
    query.tags = p.values(tag);
    if (p.isSet(section)) {
        SectionKind kind;
        if (!sectionKindFromName(p.value(section), &kind))
            return usage(CommandLine::tr("unknown section kind '%1' (motivation, contributions, method, experiments, results, "
                            "limitations, future_work, other)").arg(p.value(section)));
        query.section = kind;
    }
    for (const QString &e : query.errors)
        err() << "paperboy: " << e << "\n";
    if (query.isEmpty())
        return usage(CommandLine::tr("search needs a query"));
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n <= 0)
        return usage(CommandLine::tr("--limit takes a positive number"));
    QString error;
    const QList<SearchHit> hits = library.searchIndex().search(query, n, &error);
    if (!error.isEmpty()) {
        err() << "paperboy: " << CommandLine::tr("search failed: %1").arg(error) << "\n";
        return 1;
    }
    if (p.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("arxiv_id"), h.arxivId},
                                     {QStringLiteral("date"), h.day.toString(Qt::ISODate)},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("snippet"), h.snippetWith(QStringLiteral("["), QStringLiteral("]"))},
                                     {QStringLiteral("rank"), h.rank}});
        printJson(array);
    } else {
        for (const SearchHit &h : hits)
            out() << h.arxivId << '\t' << h.day.toString(Qt::ISODate) << '\t' << TerminalText::escaped(h.title) << '\t'
                  << TerminalText::escaped(h.snippetWith(QStringLiteral("["), QStringLiteral("]"))) << "\n";
    }
    return 0;
}

int runList(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("days|papers"));
    const QCommandLineOption json(QStringLiteral("json"), CommandLine::tr("Print a JSON array."));
    const QCommandLineOption day(QStringLiteral("day"), CommandLine::tr("Only papers of this day."), QStringLiteral("DATE"));
    p.addOptions({json, day});
    if (!p.parse(QStringList{QStringLiteral("list")} + args))
        return usage(p.errorText());
    const QString what = p.positionalArguments().value(0);
    if (what == QLatin1StringView("days")) {
        const auto days = library.catalog().days();
        if (p.isSet(json)) {
            QJsonArray array;
            for (const DayInfo &d : days)
                array.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                         {QStringLiteral("papers"), d.paperCount},
                                         {QStringLiteral("unread"), d.unreadCount}});
            printJson(array);
        } else {
            for (const DayInfo &d : days)
                out() << d.date.toString(Qt::ISODate) << '\t' << d.paperCount << '\t' << d.unreadCount << "\n";
        }
        return 0;
    }
    if (what == QLatin1StringView("papers")) {
        QList<QDate> dates;
        if (p.isSet(day)) {
            const QDate d = QDate::fromString(p.value(day), Qt::ISODate);
            if (!d.isValid())
                return usage(CommandLine::tr("not a date: '%1' (use YYYY-MM-DD)").arg(p.value(day)));
            dates << d;
        } else {
            for (const DayInfo &d : library.catalog().days())
                dates << d.date;
        }
        QJsonArray array;
        for (const QDate &d : dates) {
            for (const PaperListing &paper : library.catalog().papersOfDay(d)) {
                if (p.isSet(json))
                    array.append(paperJson(paper));
                else
                    out() << paper.arxivId << '\t' << paper.day.toString(Qt::ISODate) << '\t' << paper.position << '\t'
                          << TerminalText::escaped(paper.title) << "\n";
            }
        }
        if (p.isSet(json))
            printJson(array);
        return 0;
    }
    return usage(CommandLine::tr("list takes 'days' or 'papers'"));
}

// The reader's data is kept for papers the library knows: a typo must not file a note under a wrong id.
bool knownPaper(Library &library, const QString &id)
{
    if (library.catalog().paper(id))
        return true;
    err() << "paperboy: " << CommandLine::tr("no paper %1 in the library").arg(TerminalText::escaped(id)) << "\n";
    err().flush();
    return false;
}

// Parses a command whose first argument is a paper id; the id, or nothing after printing why.
std::optional<QString> paperArgument(QCommandLineParser &p, const QString &command, const QStringList &args, Library &library,
                                     int *exitCode)
{
    if (!p.parse(QStringList{command} + args)) {
        *exitCode = usage(p.errorText());
        return std::nullopt;
    }
    const QString raw = p.positionalArguments().value(0);
    // arXiv:2505.16938v2 names 2505.16938; what is no id at all is looked up as given (and not found).
    const QString id = ArxivId::normalized(raw).value_or(raw);
    if (id.isEmpty()) {
        *exitCode = usage(CommandLine::tr("%1 needs a paper id").arg(command));
        return std::nullopt;
    }
    if (!knownPaper(library, id)) {
        *exitCode = 1;
        return std::nullopt;
    }
    return id;
}

int runTag(Library &library, const QStringList &args, bool add)
{
    if (args.size() < 2)
        return usage(add ? CommandLine::tr("tag needs a paper id and at least one tag") : CommandLine::tr("untag needs a paper id and at least one tag"));
    const QString id = ArxivId::normalized(args.first()).value_or(args.first());
    if (!knownPaper(library, id))
        return 1;
    for (const QString &tag : args.mid(1)) {
        const Status s = add ? library.annotations().tagPaper(id, tag) : library.annotations().untagPaper(id, tag);
        if (!s) {
            err() << "paperboy: " << s.message() << "\n";
            return 1;
        }
    }
    out() << id << '\t' << TerminalText::escaped(library.annotations().tagsOf(id).join(QStringLiteral(", "))) << "\n";
    return 0;
}

int runNote(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), CommandLine::tr("The paper"));
    const QCommandLineOption set(QStringLiteral("set"), CommandLine::tr("The note's new text (empty removes it)."), QStringLiteral("TEXT"));
    const QCommandLineOption file(QStringLiteral("file"), CommandLine::tr("Read the note's new text from FILE (- for standard input)."), QStringLiteral("FILE"));
    p.addOptions({set, file});
    int code = 0;
    const auto paper = paperArgument(p, QStringLiteral("note"), args, library, &code);
    if (!paper)
        return code;
    const QString id = *paper;
    if (p.isSet(set) == p.isSet(file)) {
        if (!p.isSet(set)) { // neither: print the note
            out() << TerminalText::escaped(library.annotations().note(id), true);
            return 0;
        }
        return usage(CommandLine::tr("give either --set or --file"));
    }
    QString text;
    if (p.isSet(set)) {
        text = p.value(set);
    } else {
        if (p.value(file) == QLatin1StringView("-")) {
            QFile f;
            if (!f.open(stdin, QIODevice::ReadOnly)) {
                err() << "paperboy: " << CommandLine::tr("cannot read %1: %2").arg(p.value(file), f.errorString()) << "\n";
                return 1;
            }
            text = QString::fromUtf8(f.readAll());
        } else {
            // A note is text: only a regular file, and no more of it than a note can sensibly be.
            const RegularFile f = readRegularFile(p.value(file), qint64(64) * 1024 * 1024);
            if (!f.ok()) {
                err() << "paperboy: " << CommandLine::tr("cannot read %1: %2").arg(TerminalText::escaped(p.value(file)), f.message) << "\n";
                return 1;
            }
            text = QString::fromUtf8(f.content);
        }
    }
    if (const Status s = library.annotations().setNote(id, text); !s) {
        err() << "paperboy: " << s.message() << "\n";
        return 1;
    }
    return 0;
}

int runStar(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), CommandLine::tr("The paper"));
    const QCommandLineOption off(QStringLiteral("off"), CommandLine::tr("Remove the star."));
    p.addOption(off);
    int code = 0;
    const auto paper = paperArgument(p, QStringLiteral("star"), args, library, &code);
    if (!paper)
        return code;
    const Status s = library.annotations().setStarred(*paper, !p.isSet(off));
    if (!s)
        err() << "paperboy: " << s.message() << "\n";
    return s ? 0 : 1;
}

int runCompare(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ids"), CommandLine::tr("Two or more papers"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("md, html or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption outPath(QStringLiteral("out"), CommandLine::tr("Where to write it."), QStringLiteral("PATH"));
    const QCommandLineOption sections(QStringLiteral("sections"), CommandLine::tr("Only these section kinds, comma-separated."), QStringLiteral("KINDS"));
    p.addOptions({format, outPath, sections});
    if (!p.parse(QStringList{QStringLiteral("compare")} + args))
        return usage(p.errorText());
    const QStringList ids = p.positionalArguments();
    if (ids.size() < CompareModel::MinPapers || ids.size() > CompareModel::MaxPapers)
        return usage(CommandLine::tr("compare takes %1 to %2 papers").arg(CompareModel::MinPapers).arg(CompareModel::MaxPapers));
    CompareExporter::Format f;
    if (!CompareExporter::formatFromName(p.value(format), &f))
        return usage(CommandLine::tr("--format takes md, html or csv"));
    if (p.value(outPath).isEmpty())
        return usage(CommandLine::tr("compare needs --out PATH"));
    QStringList kinds;
    for (const QString &k : p.value(sections).split(u',', Qt::SkipEmptyParts)) {
        SectionKind kind;
        if (!sectionKindFromName(k.trimmed(), &kind))
            return usage(CommandLine::tr("unknown section kind '%1'").arg(k));
        kinds << k.trimmed();
    }
    for (const QString &id : ids)
        if (!knownPaper(library, id))
            return 1;
    CompareModel model(&library);
    model.setPapers(ids);
    model.setVisibleKinds(kinds);
    if (const Status s = CompareExporter::write(model, f, p.value(outPath)); !s) {
        err() << "paperboy: " << s.message() << "\n";
        return 1;
    }
    out() << CommandLine::tr("%1 papers × %2 sections written to %3").arg(model.columnCount()).arg(model.rowCount()).arg(p.value(outPath)) << "\n";
    return 0;
}

// A usage error of export or import-notes: one line a script can show as it is.
int badUsage(const QString &message)
{
    err() << "paperboy: " << message << " " << CommandLine::tr("(see paperboy --help)") << "\n";
    err().flush();
    return 2;
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QCommandLineOption &option, int *exitCode)
{
    if (!p.isSet(option))
        return QDate();
    const QDate d = QDate::fromString(p.value(option), Qt::ISODate);
    if (!d.isValid()) {
        *exitCode = badUsage(CommandLine::tr("not a date: '%1' (use YYYY-MM-DD)").arg(p.value(option)));
        return std::nullopt;
    }
    return d;
}

int fail(const QString &message)
{
    err() << "paperboy: " << TerminalText::escaped(message) << "\n";
    err().flush();
    return 1;
}

int runExport(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("md, md-folder, html, pdf, bibtex, json or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption outPath(QStringLiteral("out"), CommandLine::tr("The file to write (the folder for md-folder)."), QStringLiteral("PATH"));
    const QCommandLineOption tag(QStringLiteral("tag"), CommandLine::tr("Only papers with this tag (repeatable)."), QStringLiteral("T"));
    const QCommandLineOption day(QStringLiteral("day"), CommandLine::tr("Only papers of this day."), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("Only papers of this day or later."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Only papers of this day or earlier."), QStringLiteral("DATE"));
    const QCommandLineOption starred(QStringLiteral("starred"), CommandLine::tr("Only starred papers."));
    const QCommandLineOption annotated(QStringLiteral("annotated"), CommandLine::tr("Only papers with a tag, note, highlight or star."));
    const QCommandLineOption ids(QStringLiteral("ids"), CommandLine::tr("These papers, comma-separated, in this order."), QStringLiteral("ID,ID"));
    const QCommandLineOption marked(QStringLiteral("marked"), CommandLine::tr("The papers marked for comparison."));
    const QCommandLineOption search(QStringLiteral("search"), CommandLine::tr("The results of this search."), QStringLiteral("QUERY"));
    const QCommandLineOption summaries(QStringLiteral("summaries"), CommandLine::tr("full, highlighted (only sections with highlights) or none."),
                                       QStringLiteral("WHICH"), QStringLiteral("full"));
    const QCommandLineOption noHighlights(QStringLiteral("no-highlights"), CommandLine::tr("Leave the highlights out."));
    const QCommandLineOption noNotes(QStringLiteral("no-notes"), CommandLine::tr("Leave the notes out."));
    const QCommandLineOption noTags(QStringLiteral("no-tags"), CommandLine::tr("Leave the tags out."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), CommandLine::tr("PDF paper: a4 or letter."), QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption title(QStringLiteral("title"), CommandLine::tr("The heading of a one-file export."), QStringLiteral("TEXT"));
    p.addOptions({format, outPath, tag, day, from, to, starred, annotated, ids, marked, search, summaries, noHighlights, noNotes, noTags,
                  pageSize, title});
    if (!p.parse(QStringList{QStringLiteral("export")} + args))
        return badUsage(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return badUsage(CommandLine::tr("export takes no argument '%1'; the papers are chosen with options").arg(p.positionalArguments().first()));
    NotesExporter::Format f;
    if (!p.isSet(format) || !NotesExporter::formatFromName(p.value(format), &f))
        return badUsage(CommandLine::tr("--format takes md, md-folder, html, pdf, bibtex, json or csv"));
    if (p.value(outPath).isEmpty())
        return badUsage(CommandLine::tr("export needs --out PATH"));

    ExportScope scope;
    int code = 0;
    const auto dayValue = dateOption(p, day, &code), fromValue = dateOption(p, from, &code), toValue = dateOption(p, to, &code);
    if (!dayValue || !fromValue || !toValue)
        return code;
    if (dayValue->isValid() && (fromValue->isValid() || toValue->isValid()))
        return badUsage(CommandLine::tr("give either --day or --from/--to"));
    scope.from = dayValue->isValid() ? *dayValue : *fromValue;
    scope.to = dayValue->isValid() ? *dayValue : *toValue;
    if (scope.from.isValid() && scope.to.isValid() && scope.from > scope.to)
        return badUsage(CommandLine::tr("--from %1 is after --to %2").arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    for (const QString &id : p.value(ids).split(u',', Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            scope.ids << id.trimmed();
    if (p.isSet(ids) && scope.ids.isEmpty())
        return badUsage(CommandLine::tr("--ids needs at least one arXiv id"));
    scope.marked = p.isSet(marked);
    scope.starredOnly = p.isSet(starred);
    scope.annotatedOnly = p.isSet(annotated);
    const QStringList known = library.annotations().allTags();
    for (const QString &t : p.values(tag)) {
        if (!known.contains(t.trimmed(), Qt::CaseInsensitive))
            return fail(CommandLine::tr("no tag “%1” in the library").arg(t));
        scope.tags << t.trimmed();
    }
    if (p.isSet(search)) {
        SearchQuery query = SearchQuery::parse(p.value(search));
        for (const QString &e : query.errors)
            err() << "paperboy: " << e << "\n";
        if (query.isEmpty())
            return badUsage(CommandLine::tr("--search needs a query"));
        scope.query = query;
    }

    ExportOptions options;
    const QString which = p.value(summaries).toLower();
    if (which == QLatin1StringView("full"))
        options.summaries = ExportOptions::Summaries::Full;
    else if (which == QLatin1StringView("highlighted"))
        options.summaries = ExportOptions::Summaries::Highlighted;
    else if (which == QLatin1StringView("none"))
        options.summaries = ExportOptions::Summaries::None;
    else
        return badUsage(CommandLine::tr("--summaries takes full, highlighted or none"));
    const QString paper = p.value(pageSize).toLower();
    if (paper != QLatin1StringView("a4") && paper != QLatin1StringView("letter"))
        return badUsage(CommandLine::tr("--page-size takes a4 or letter"));
    options.pageSize = paper == QLatin1StringView("letter") ? ExportOptions::PageSize::Letter : ExportOptions::PageSize::A4;
    options.includeHighlights = !p.isSet(noHighlights);
    options.includeNotes = !p.isSet(noNotes);
    options.includeTags = !p.isSet(noTags);
    options.title = p.value(title);

    const ExportSet set = NotesExporter::collect(library, scope);
    if (!set.unknownIds.isEmpty())
        return fail(CommandLine::tr("no paper %1 in the library").arg(set.unknownIds.join(QStringLiteral(", "))));
    if (set.papers.isEmpty())
        return fail(CommandLine::tr("nothing to export: no paper matches (%1)").arg(set.description));
    const QString path = p.value(outPath);
    if (f == NotesExporter::Format::MarkdownFolder)
        options.existingFiles = NotesExporter::existingNoteFiles(path);
    const ExportResult result = NotesExporter::render(set, f, options);
    if (const Status s = NotesExporter::write(result, f, path); !s)
        return fail(s.message());
    if (f == NotesExporter::Format::MarkdownFolder)
        out() << CommandLine::tr("wrote %1 (notes: %2)").arg(path).arg(result.files.size()) << "\n";
    else if (f == NotesExporter::Format::Pdf)
        out() << CommandLine::tr("wrote %1 (papers: %2, pages: %3)").arg(path).arg(set.papers.size()).arg(result.pageCount) << "\n";
    else
        out() << CommandLine::tr("wrote %1 (papers: %2)").arg(path).arg(set.papers.size()) << "\n";
    return 0;
}

int runImportNotes(Library &library, const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return badUsage(CommandLine::tr("import-notes needs one notes file (.json, written by export --format json)"));
    UserDataMerge r;
    if (const Status s = NotesJson::importFile(library, args.first(), &r); !s)
        return fail(s.message());
    out() << args.first() << ": " << CommandLine::tr("%1 papers read").arg(r.papers) << "\n";
    if (!r.changedAnything()) {
        out() << CommandLine::tr("nothing new: this library has all of it already") << "\n";
    } else {
        out() << CommandLine::tr("tags created: %1, tags added to papers: %2").arg(r.tagsCreated).arg(r.tagsApplied) << "\n"
              << CommandLine::tr("notes added: %1, replaced by newer ones: %2").arg(r.notesAdded).arg(r.notesReplaced) << "\n"
              << CommandLine::tr("highlights added: %1, stars added: %2, marked read: %3").arg(r.highlightsAdded).arg(r.starsAdded).arg(r.readAdded)
              << "\n";
    }
    if (r.notesKept > 0)
        out() << CommandLine::tr("notes kept because this library's are newer: %1").arg(r.notesKept) << "\n";
    if (r.futureTimes > 0)
        out() << CommandLine::tr("times later than now, not believed: %1").arg(r.futureTimes) << "\n";
    if (!r.replacedNotesFile.isEmpty())
        out() << CommandLine::tr("the replaced notes are kept in %1").arg(r.replacedNotesFile) << "\n";
    if (!r.notInLibrary.isEmpty()) {
        // A count and the first few: a file of 100,000 unknown papers must not print them all.
        constexpr int shown = 10;
        QString ids = r.notInLibrary.mid(0, shown).join(QStringLiteral(", "));
        if (r.notInLibrary.size() > shown)
            ids += u' ' + CommandLine::tr("and %n more", nullptr, int(r.notInLibrary.size() - shown));
        out() << CommandLine::tr("not in this library (kept; shown once a digest lists them): %n paper(s): %1", nullptr, int(r.notInLibrary.size()))
                     .arg(ids)
              << "\n";
    }
    return 0;
}

void printReport(const RecoveryReport &r)
{
    out() << CommandLine::tr("the damaged file was moved to %1").arg(r.setAside) << "\n";
    if (!r.restoredFrom.isEmpty())
        out() << CommandLine::tr("restored from %1").arg(r.restoredFrom) << "\n";
    if (r.digestsImported > 0 || !r.digestsMissing.isEmpty() || !r.digestsRejected.isEmpty())
        out() << CommandLine::tr("digests imported again: %1").arg(r.digestsImported) << "\n";
    if (!r.digestsMissing.isEmpty())
        out() << CommandLine::tr("digests no longer there: %1").arg(r.digestsMissing.join(QStringLiteral(", "))) << "\n";
    if (!r.digestsRejected.isEmpty())
        out() << CommandLine::tr("digests rejected: %1").arg(r.digestsRejected.join(QStringLiteral(", "))) << "\n";
    if (r.userDataFrom.isEmpty()) {
        out() << CommandLine::tr("no backup of tags, notes and highlights was found") << "\n";
    } else {
        const UserDataMerge &m = r.merged;
        out() << CommandLine::tr("tags, notes and highlights merged from %1").arg(r.userDataFrom) << "\n"
              << CommandLine::tr("tags added to papers: %1, notes added: %2, replaced by newer ones: %3")
                     .arg(m.tagsApplied).arg(m.notesAdded).arg(m.notesReplaced) << "\n"
              << CommandLine::tr("highlights added: %1, stars added: %2, marked read: %3, marks: %4")
                     .arg(m.highlightsAdded).arg(m.starsAdded).arg(m.readAdded).arg(r.marksRestored) << "\n"
              << CommandLine::tr("sources added: %1, saved comparisons added: %2").arg(r.sourcesRestored).arg(r.comparisonsRestored) << "\n";
    }
}

// Works on the file before anything opens it: a damaged library cannot be opened.
int runRecover(const QString &db, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("backup"), CommandLine::tr("The backup to restore (the newest good one when not given)."));
    const QCommandLineOption restore(QStringLiteral("restore-backup"), CommandLine::tr("Put the last good backup in place of the library."));
    const QCommandLineOption rebuild(QStringLiteral("rebuild"), CommandLine::tr("Make the library again from its digests."));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("Also import these digest files or folders (repeatable)."), QStringLiteral("PATH"));
    p.addOptions({restore, rebuild, from});
    if (!p.parse(QStringList{QStringLiteral("recover")} + args))
        return badUsage(p.errorText());
    if (p.isSet(restore) && p.isSet(rebuild))
        return badUsage(CommandLine::tr("give either --restore-backup or --rebuild"));
    if (!p.positionalArguments().isEmpty() && !p.isSet(restore))
        return badUsage(CommandLine::tr("a backup file goes with --restore-backup"));
    LibraryRecovery recovery(db);
    if (!p.isSet(restore) && !p.isSet(rebuild)) {
        const LibraryDiagnosis d = recovery.diagnose(LibraryRecovery::Depth::Full);
        out() << d.message << "\n";
        for (const QString &problem : d.problems)
            out() << "  " << problem << "\n";
        const QList<LibraryBackupFile> backups = recovery.databaseBackups();
        for (const LibraryBackupFile &b : backups)
            out() << CommandLine::tr("backup: %1 (schema %2, %3)").arg(b.path).arg(b.schema).arg(b.modified.toString(Qt::ISODate)) << "\n";
        if (const QString json = recovery.userDataBackup(); !json.isEmpty())
            out() << CommandLine::tr("backup of tags, notes and highlights: %1").arg(json) << "\n";
        if (d.state == LibraryDiagnosis::State::Damaged)
            out() << (backups.isEmpty() ? CommandLine::tr("run: paperboy recover --rebuild")
                                        : CommandLine::tr("run: paperboy recover --restore-backup (or --rebuild)")) << "\n";
        out().flush();
        return d.state == LibraryDiagnosis::State::Damaged || d.state == LibraryDiagnosis::State::Unusable ? 1 : 0;
    }
    RecoveryReport report;
    const Status s = p.isSet(restore) ? recovery.restoreBackup(p.positionalArguments().value(0), &report)
                                      : recovery.rebuild(p.values(from), &report);
    if (!report.setAside.isEmpty())
        printReport(report);
    out().flush();
    if (!s)
        return fail(s.message());
    return 0;
}

} // namespace

namespace {

// The first word that is not an option or an option's value.
QString commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1StringView("--db") || a == QLatin1StringView("--screenshot")) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return a;
    }
    return {};
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    return kCommands.contains(commandWord(argc, argv));
}

bool CommandLine::needsGuiApplication(int argc, char **argv)
{
    return commandWord(argc, argv) == QLatin1StringView("export");
}

int CommandLine::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString db = Library::defaultPath();
    // --db FILE / --db=FILE may stand anywhere before the command.
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == QLatin1StringView("--db") && i + 1 < args.size()) {
            db = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1StringView("--db="))) {
            db = args[i].mid(5);
            args.remove(i);
        } else if (kCommands.contains(args[i])) {
            break;
        } else {
            ++i;
        }
    }
    qsizetype at = 0;
    while (at < args.size() && !kCommands.contains(args[at]))
        ++at;
    if (at >= args.size())
        return usage(CommandLine::tr("no command"));
    const QString command = args[at];
    const QStringList rest = args.mid(at + 1);

    if (command == QLatin1StringView("recover"))
        return runRecover(db, rest);
    Library library;
    if (const Status s = library.open(db); !s) {
        err() << "paperboy: " << s.message() << "\n";
        if (library.isDamaged())
            err() << "paperboy: " << CommandLine::tr("see what can be done with: paperboy --db %1 recover").arg(db) << "\n";
        return 2;
    }
    // Commands that change the reader's data refresh its JSON backup when they are done.
    UserDataBackup backup(&library);
    if (command == QLatin1StringView("import"))
        return runImport(library, rest);
    if (command == QLatin1StringView("search"))
        return runSearch(library, rest);
    if (command == QLatin1StringView("tag") || command == QLatin1StringView("untag"))
        return runTag(library, rest, command == QLatin1StringView("tag"));
    if (command == QLatin1StringView("note"))
        return runNote(library, rest);
    if (command == QLatin1StringView("star"))
        return runStar(library, rest);
    if (command == QLatin1StringView("compare"))
        return runCompare(library, rest);
    if (command == QLatin1StringView("export"))
        return runExport(library, rest);
    if (command == QLatin1StringView("import-notes"))
        return runImportNotes(library, rest);
    if (command == QLatin1StringView("sources"))
        return NetworkCommands::runSources(library, rest);
    if (command == QLatin1StringView("fetch"))
        return NetworkCommands::runFetch(library, rest);
    return runList(library, rest);
}

} // namespace Paperboy::App
