// CommandLine: each command parses its own options and talks to Library only.
#include "commandline.h"

#include "export/compareexporter.h"
#include "library/library.h"
#include "models/comparemodel.h"
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
                             QStringLiteral("untag"), QStringLiteral("note"), QStringLiteral("star"), QStringLiteral("compare")};

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

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

int usage(const QString &message)
{
    err() << "paperboy: " << message << "\n"
          << tr("Usage: paperboy [--db FILE] import PATH...\n"
                "       paperboy [--db FILE] search QUERY [--json] [--tag T] [--section KIND] [--limit N]\n"
                "       paperboy [--db FILE] list days|papers [--day DATE] [--json]\n"
                "       paperboy [--db FILE] tag|untag ID TAG...\n"
                "       paperboy [--db FILE] note ID [--set TEXT | --file FILE]\n"
                "       paperboy [--db FILE] star ID [--off]\n"
                "       paperboy [--db FILE] compare ID ID... --format md|html|csv --out PATH [--sections KINDS]\n");
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
        return usage(tr("import needs at least one file or folder"));
    const QStringList files = Library::digestFilesIn(paths);
    if (files.isEmpty()) {
        err() << "paperboy: " << tr("no digest files (*.md) found") << "\n";
        return 1;
    }
    bool allGood = true;
    for (const QString &file : files) {
        const ImportResult r = library.importFile(file);
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            out() << file << ": " << tr("imported %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            break;
        case ImportResult::Outcome::Unchanged:
            out() << file << ": " << tr("unchanged %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            break;
        case ImportResult::Outcome::Rejected:
            out() << file << ": " << tr("rejected") << "\n";
            allGood = false;
            break;
        }
        for (const Diagnostic &d : r.diagnostics) {
            err() << d.toString() << "\n";
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
    p.addPositionalArgument(QStringLiteral("query"), tr("What to search for"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only papers with this tag."), QStringLiteral("T"));
    const QCommandLineOption section(QStringLiteral("section"), tr("Only in this section kind."), QStringLiteral("KIND"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N results (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
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
            return usage(tr("unknown section kind '%1' (motivation, contributions, method, experiments, results, "
                            "limitations, future_work, other)").arg(p.value(section)));
        query.section = kind;
    }
    for (const QString &e : query.errors)
        err() << "paperboy: " << e << "\n";
    if (query.isEmpty())
        return usage(tr("search needs a query"));
    bool ok = false;
    const int n = p.value(limit).toInt(&ok);
    if (!ok || n <= 0)
        return usage(tr("--limit takes a positive number"));
    QString error;
    const QList<SearchHit> hits = library.search(query, n, &error);
    if (!error.isEmpty()) {
        err() << "paperboy: " << tr("search failed: %1").arg(error) << "\n";
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
            out() << h.arxivId << '\t' << h.day.toString(Qt::ISODate) << '\t' << h.title << '\t'
                  << h.snippetWith(QStringLiteral("["), QStringLiteral("]")) << "\n";
    }
    return 0;
}

int runList(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("days|papers"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption day(QStringLiteral("day"), tr("Only papers of this day."), QStringLiteral("DATE"));
    p.addOptions({json, day});
    if (!p.parse(QStringList{QStringLiteral("list")} + args))
        return usage(p.errorText());
    const QString what = p.positionalArguments().value(0);
    if (what == QLatin1StringView("days")) {
        const auto days = library.days();
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
                return usage(tr("not a date: '%1' (use YYYY-MM-DD)").arg(p.value(day)));
            dates << d;
        } else {
            for (const DayInfo &d : library.days())
                dates << d.date;
        }
        QJsonArray array;
        for (const QDate &d : dates) {
            for (const PaperListing &paper : library.papersOfDay(d)) {
                if (p.isSet(json))
                    array.append(paperJson(paper));
                else
                    out() << paper.arxivId << '\t' << paper.day.toString(Qt::ISODate) << '\t' << paper.position << '\t'
                          << paper.title << "\n";
            }
        }
        if (p.isSet(json))
            printJson(array);
        return 0;
    }
    return usage(tr("list takes 'days' or 'papers'"));
}

// The reader's data is kept for papers the library knows: a typo must not file a note under a wrong id.
bool knownPaper(Library &library, const QString &id)
{
    if (library.paper(id))
        return true;
    err() << "paperboy: " << tr("no paper %1 in the library").arg(id) << "\n";
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
    const QString id = p.positionalArguments().value(0);
    if (id.isEmpty()) {
        *exitCode = usage(tr("%1 needs a paper id").arg(command));
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
        return usage(add ? tr("tag needs a paper id and at least one tag") : tr("untag needs a paper id and at least one tag"));
    if (!knownPaper(library, args.first()))
        return 1;
    for (const QString &tag : args.mid(1)) {
        const Status s = add ? library.tagPaper(args.first(), tag) : library.untagPaper(args.first(), tag);
        if (!s) {
            err() << "paperboy: " << s.message() << "\n";
            return 1;
        }
    }
    out() << args.first() << '\t' << library.tagsOf(args.first()).join(QStringLiteral(", ")) << "\n";
    return 0;
}

int runNote(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), tr("The paper"));
    const QCommandLineOption set(QStringLiteral("set"), tr("The note's new text (empty removes it)."), QStringLiteral("TEXT"));
    const QCommandLineOption file(QStringLiteral("file"), tr("Read the note's new text from FILE (- for standard input)."), QStringLiteral("FILE"));
    p.addOptions({set, file});
    int code = 0;
    const auto paper = paperArgument(p, QStringLiteral("note"), args, library, &code);
    if (!paper)
        return code;
    const QString id = *paper;
    if (p.isSet(set) == p.isSet(file)) {
        if (!p.isSet(set)) { // neither: print the note
            out() << library.note(id);
            return 0;
        }
        return usage(tr("give either --set or --file"));
    }
    QString text;
    if (p.isSet(set)) {
        text = p.value(set);
    } else {
        QFile f(p.value(file));
        const bool ok = p.value(file) == QLatin1StringView("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
        if (!ok) {
            err() << "paperboy: " << tr("cannot read %1: %2").arg(p.value(file), f.errorString()) << "\n";
            return 1;
        }
        text = QString::fromUtf8(f.readAll());
    }
    if (const Status s = library.setNote(id, text); !s) {
        err() << "paperboy: " << s.message() << "\n";
        return 1;
    }
    return 0;
}

int runStar(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("id"), tr("The paper"));
    const QCommandLineOption off(QStringLiteral("off"), tr("Remove the star."));
    p.addOption(off);
    int code = 0;
    const auto paper = paperArgument(p, QStringLiteral("star"), args, library, &code);
    if (!paper)
        return code;
    const Status s = library.setStarred(*paper, !p.isSet(off));
    if (!s)
        err() << "paperboy: " << s.message() << "\n";
    return s ? 0 : 1;
}

int runCompare(Library &library, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("ids"), tr("Two or more papers"));
    const QCommandLineOption format(QStringLiteral("format"), tr("md, html or csv."), QStringLiteral("FORMAT"));
    const QCommandLineOption outPath(QStringLiteral("out"), tr("Where to write it."), QStringLiteral("PATH"));
    const QCommandLineOption sections(QStringLiteral("sections"), tr("Only these section kinds, comma-separated."), QStringLiteral("KINDS"));
    p.addOptions({format, outPath, sections});
    if (!p.parse(QStringList{QStringLiteral("compare")} + args))
        return usage(p.errorText());
    const QStringList ids = p.positionalArguments();
    if (ids.size() < CompareModel::MinPapers || ids.size() > CompareModel::MaxPapers)
        return usage(tr("compare takes %1 to %2 papers").arg(CompareModel::MinPapers).arg(CompareModel::MaxPapers));
    CompareExporter::Format f;
    if (!CompareExporter::formatFromName(p.value(format), &f))
        return usage(tr("--format takes md, html or csv"));
    if (p.value(outPath).isEmpty())
        return usage(tr("compare needs --out PATH"));
    QStringList kinds;
    for (const QString &k : p.value(sections).split(u',', Qt::SkipEmptyParts)) {
        SectionKind kind;
        if (!sectionKindFromName(k.trimmed(), &kind))
            return usage(tr("unknown section kind '%1'").arg(k));
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
    out() << tr("%1 papers × %2 sections written to %3").arg(model.columnCount()).arg(model.rowCount()).arg(p.value(outPath)) << "\n";
    return 0;
}

} // namespace

bool CommandLine::isCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1StringView("--db") || a == QLatin1StringView("--screenshot")) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        return kCommands.contains(a);
    }
    return false;
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
        return usage(tr("no command"));
    const QString command = args[at];
    const QStringList rest = args.mid(at + 1);

    Library library;
    if (const Status s = library.open(db); !s) {
        err() << "paperboy: " << s.message() << "\n";
        return 2;
    }
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
    return runList(library, rest);
}

} // namespace Paperboy::App
