// CommandLine: the table of commands, their handlers (which talk to Library only) and the dispatch.
#include "commandline.h"

#include "common/regularfile.h"
#include "common/terminaltext.h"
#include "digest/arxivid.h"

#include "export/compareexporter.h"
#include "export/exporterfactory.h"
#include "export/notesexporter.h"
#include "export/notesjson.h"
#include "invocation.h"
#include "library/library.h"
#include "library/libraryrecovery.h"
#include "library/recommender.h"
#include "library/sampledigest.h"
#include "library/userdatabackup.h"
#include "models/comparemodel.h"
#include "networkcommands.h"
#include "search/searchquery.h"
#include "synccommands.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace Paperboy::App {

using namespace Paperboy::Core;

namespace {

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
        {QStringLiteral("publishers"), QJsonArray::fromStringList(p.publishers)},
        {QStringLiteral("muted"), p.muted},
        {QStringLiteral("seen"), p.seen == PaperListing::Seen::Again ? QStringLiteral("again")
                                 : p.seen == PaperListing::Seen::Updated ? QStringLiteral("updated")
                                                                          : QStringLiteral("first")},
        {QStringLiteral("first_seen"), p.firstSeen.toString(Qt::ISODate)},
    };
}

// The exit code of an import that brought some files and not others.
constexpr int PartlyImported = 3;

int runImport(Invocation &inv)
{
    Library &library = *inv.library();
    const QStringList paths = inv.arguments();
    if (paths.isEmpty())
        return inv.badUsage(CommandLine::tr("import needs at least one file or folder"));
    const QStringList files = DigestImporter::digestFilesIn(paths);
    if (files.isEmpty())
        return inv.fail(CommandLine::tr("no digest files (*.md) found"));
    int taken = 0, rejected = 0;
    bool errors = false;
    // The window's path (parsing ahead on a second thread, several files per transaction), with a
    // line per file as soon as its batch is committed.
    library.importer().importPaths(files, {}, nullptr, [&](const ImportResult &r) {
        const QString &file = r.source;
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            inv.out() << file << ": " << CommandLine::tr("imported %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            ++taken;
            break;
        case ImportResult::Outcome::Unchanged:
            inv.out() << file << ": " << CommandLine::tr("unchanged %1 (%2 papers)").arg(r.day.toString(Qt::ISODate)).arg(r.papers) << "\n";
            ++taken;
            break;
        case ImportResult::Outcome::Rejected:
            inv.out() << file << ": " << CommandLine::tr("rejected") << "\n";
            ++rejected;
            break;
        }
        for (const Diagnostic &d : r.diagnostics) {
            inv.err() << TerminalText::escaped(d.toString()) << "\n";
            if (d.isError())
                errors = true;
        }
    });
    if (taken > 0 && SampleDigest::removeOnceOthersArrive(library))
        inv.out() << CommandLine::tr("the sample digest was removed (Settings › Keep the sample digest keeps it)") << "\n";
    // 0: everything is in; 3: some of it (a file rejected, or a paper dropped with an error); 1: nothing.
    if (taken == 0)
        return 1;
    return rejected > 0 || errors ? PartlyImported : 0;
}

int runSearch(Invocation &inv)
{
    QString text = inv.arguments().join(u' ');
    // --list NAME: the smart list's search, with any words and filters given as well.
    if (inv.isSet("list")) {
        const auto list = inv.library()->smartLists().find(inv.value("list"));
        if (!list)
            return inv.badUsage(CommandLine::tr("no smart list called '%1' (paperboy list smart-lists names them)").arg(inv.value("list")));
        text = list->query + u' ' + text;
    }
    for (const QString &t : inv.values("tag"))
        text += QStringLiteral(" \"tag:") + t + u'"';
    SearchQuery query = SearchQuery::parse(text);
    // Option values are whole: a tag with spaces is one tag.
    query.tags = inv.values("tag");
    if (inv.isSet("section")) {
        SectionKind kind;
        if (!sectionKindFromName(inv.value("section"), &kind))
            return inv.badUsage(CommandLine::tr("unknown section kind '%1' (motivation, contributions, method, experiments, results, "
                                                "limitations, future_work, other)")
                                    .arg(inv.value("section")));
        query.section = kind;
    }
    for (const QString &e : query.errors)
        inv.err() << "paperboy: " << e << "\n";
    if (query.isEmpty())
        return inv.badUsage(CommandLine::tr("search needs a query"));
    bool ok = false;
    const int n = inv.value("limit").toInt(&ok);
    if (!ok || n <= 0)
        return inv.badUsage(CommandLine::tr("--limit takes a positive number"));
    QString error;
    const QList<SearchHit> hits = inv.library()->searchIndex().search(query, n, &error);
    if (!error.isEmpty())
        return inv.fail(CommandLine::tr("search failed: %1").arg(error));
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const SearchHit &h : hits)
            array.append(QJsonObject{{QStringLiteral("arxiv_id"), h.arxivId},
                                     {QStringLiteral("date"), h.day.toString(Qt::ISODate)},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("snippet"), h.snippetWith(QStringLiteral("["), QStringLiteral("]"))},
                                     {QStringLiteral("rank"), h.rank}});
        inv.printJson(array);
    } else {
        for (const SearchHit &h : hits)
            inv.out() << h.arxivId << '\t' << h.day.toString(Qt::ISODate) << '\t' << TerminalText::escaped(h.title) << '\t'
                      << TerminalText::escaped(h.snippetWith(QStringLiteral("["), QStringLiteral("]"))) << "\n";
    }
    return 0;
}

int runList(Invocation &inv)
{
    Library &library = *inv.library();
    const QString what = inv.arguments().value(0);
    const bool json = inv.isSet("json");
    if (what == QLatin1StringView("days")) {
        const auto days = library.catalog().days();
        if (json) {
            QJsonArray array;
            for (const DayInfo &d : days)
                array.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                         {QStringLiteral("papers"), d.paperCount},
                                         {QStringLiteral("unread"), d.unreadCount},
                                         {QStringLiteral("muted"), d.mutedCount}});
            inv.printJson(array);
        } else {
            for (const DayInfo &d : days)
                inv.out() << d.date.toString(Qt::ISODate) << '\t' << d.paperCount << '\t' << d.unreadCount << "\n";
        }
        return 0;
    }
    if (what == QLatin1StringView("papers")) {
        QList<QDate> dates;
        if (const QDate day = inv.date("day"); day.isValid()) {
            dates << day;
        } else {
            for (const DayInfo &d : library.catalog().days())
                dates << d.date;
        }
        QJsonArray array;
        for (const QDate &d : dates) {
            for (const PaperListing &paper : library.catalog().papersOfDay(d)) {
                if (json)
                    array.append(paperJson(paper));
                else
                    inv.out() << paper.arxivId << '\t' << paper.day.toString(Qt::ISODate) << '\t' << paper.position << '\t'
                              << TerminalText::escaped(paper.title) << "\n";
            }
        }
        if (json)
            inv.printJson(array);
        return 0;
    }
    if (what == QLatin1StringView("publishers")) {
        QJsonArray array;
        for (const PublisherInfo &p : library.publishers().all()) {
            if (json)
                array.append(QJsonObject{
                    {QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("place"), p.key}, {QStringLiteral("digests"), p.digests}});
            else
                inv.out() << p.id << '\t' << TerminalText::escaped(p.name) << '\t' << p.digests << '\t' << TerminalText::escaped(p.key) << "\n";
        }
        if (json)
            inv.printJson(array);
        return 0;
    }
    if (what == QLatin1StringView("later")) {
        // The reading queue in its order, each paper as its newest day lists it.
        QJsonArray array;
        const QList<QueuedPaper> queued = library.readingQueue().entries();
        QHash<QString, PaperListing> listed;
        QStringList ids;
        for (const QueuedPaper &q : queued)
            ids << q.arxivId;
        for (const PaperListing &p : library.catalog().papersNamed(ids))
            listed.insert(p.arxivId, p);
        for (const QueuedPaper &q : queued) {
            const PaperListing p = listed.value(q.arxivId);
            if (json) {
                QJsonObject o = listed.contains(q.arxivId) ? paperJson(p) : QJsonObject{{QStringLiteral("arxiv_id"), q.arxivId}};
                o.insert(QStringLiteral("added_at"), q.addedAt.toString(Qt::ISODateWithMs));
                array.append(o);
            } else {
                inv.out() << q.arxivId << '\t' << p.day.toString(Qt::ISODate) << '\t' << TerminalText::escaped(p.title) << "\n";
            }
        }
        if (json)
            inv.printJson(array);
        return 0;
    }
    if (what == QLatin1StringView("smart-lists")) {
        QJsonArray array;
        for (const SmartList &l : library.smartLists().lists()) {
            const int count = library.smartLists().count(l);
            if (json)
                array.append(QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("query"), l.query}, {QStringLiteral("papers"), count}});
            else
                inv.out() << TerminalText::escaped(l.name) << '\t' << count << '\t' << TerminalText::escaped(l.query) << "\n";
        }
        if (json)
            inv.printJson(array);
        return 0;
    }
    return inv.badUsage(CommandLine::tr("list takes 'days', 'papers', 'publishers', 'later' or 'smart-lists'"));
}

// The figures as JSON: the fields `paperboy stats --help` describes.
QJsonObject statisticsJson(const ReadingStatistics &s)
{
    const StatisticsTotals &t = s.totals;
    QJsonArray days, weeks, months, tags;
    for (const StatisticsDay &d : s.days)
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("read"), d.read},
                                {QStringLiteral("kept"), d.kept},
                                {QStringLiteral("decisions"), d.decisions}});
    for (const StatisticsWeek &w : s.weeks)
        weeks.append(QJsonObject{{QStringLiteral("week"), QStringLiteral("%1-W%2").arg(w.year).arg(w.week, 2, 10, QLatin1Char('0'))},
                                 {QStringLiteral("monday"), w.monday.toString(Qt::ISODate)},
                                 {QStringLiteral("keep"), w.keep},
                                 {QStringLiteral("later"), w.later},
                                 {QStringLiteral("skip"), w.skip}});
    for (const QDate &m : s.months)
        months.append(m.toString(QStringLiteral("yyyy-MM")));
    for (const TagTrend &tag : s.topTags) {
        QJsonArray perMonth;
        for (int n : tag.perMonth)
            perMonth.append(n);
        tags.append(QJsonObject{{QStringLiteral("tag"), tag.tag},
                                {QStringLiteral("color"), tag.color},
                                {QStringLiteral("papers"), tag.papers},
                                {QStringLiteral("per_month"), perMonth}});
    }
    return QJsonObject{
        {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
        {QStringLiteral("totals"),
         QJsonObject{
             {QStringLiteral("read"), t.read},
             {QStringLiteral("kept"), t.kept},
             {QStringLiteral("later"), t.later},
             {QStringLiteral("skipped"), t.skipped},
             {QStringLiteral("decisions"), t.decisions},
             {QStringLiteral("days_read"), t.daysRead},
             {QStringLiteral("current_streak"), t.currentStreak},
             {QStringLiteral("longest_streak"), t.longestStreak},
             {QStringLiteral("longest_streak_end"), t.longestStreakEnd.isValid() ? QJsonValue(t.longestStreakEnd.toString(Qt::ISODate)) : QJsonValue()}}},
        {QStringLiteral("days"), days},
        {QStringLiteral("weeks"), weeks},
        {QStringLiteral("months"), months},
        {QStringLiteral("top_tags"), tags},
    };
}

int runStats(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(CommandLine::tr("stats takes no argument '%1'").arg(inv.arguments().first()));
    const Invocation::Days range = inv.days();
    auto [from, to] = Statistics::defaultRange(range.to.isValid() ? range.to : QDate::currentDate());
    if (range.from.isValid()) {
        from = range.from;
        if (!range.to.isValid())
            to = std::max(from, QDate::currentDate());
    }
    if (from > to)
        return inv.badUsage(CommandLine::tr("--from %1 is after --to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const ReadingStatistics s = inv.library()->statistics().compute(from, to);
    if (inv.isSet("json")) {
        inv.out() << QString::fromUtf8(QJsonDocument(statisticsJson(s)).toJson(QJsonDocument::Indented));
        return 0;
    }
    const StatisticsTotals &t = s.totals;
    QTextStream &out = inv.out();
    out << CommandLine::tr("Reading statistics from %1 to %2 (local dates)").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate)) << "\n\n";
    const QList<std::pair<QString, QString>> totals{
        {CommandLine::tr("Read"), CommandLine::tr("%n paper(s)", nullptr, t.read) + u' ' + CommandLine::tr("on %n day(s)", nullptr, t.daysRead)},
        {CommandLine::tr("Kept"), CommandLine::tr("%n paper(s)", nullptr, t.kept)},
        {CommandLine::tr("Later"), CommandLine::tr("%n paper(s)", nullptr, t.later)},
        {CommandLine::tr("Skipped"), CommandLine::tr("%n paper(s)", nullptr, t.skipped)},
        {CommandLine::tr("Decisions"), QString::number(t.decisions)},
        {CommandLine::tr("Streak"),
         CommandLine::tr("%n day(s) now", nullptr, t.currentStreak) + QStringLiteral(", ") + CommandLine::tr("longest %n day(s)", nullptr, t.longestStreak)
             + (t.longestStreakEnd.isValid() ? u' ' + CommandLine::tr("(to %1)").arg(t.longestStreakEnd.toString(Qt::ISODate)) : QString())},
    };
    qsizetype width = 0;
    for (const auto &row : totals)
        width = std::max(width, row.first.size());
    for (const auto &[label, value] : totals)
        out << label.leftJustified(width + 2) << value << "\n";

    out << "\n" << CommandLine::tr("Decisions per week (weeks without any are left out):") << "\n";
    const QStringList heads{CommandLine::tr("Week"), CommandLine::tr("Monday"), CommandLine::tr("Keep"), CommandLine::tr("Later"), CommandLine::tr("Skip")};
    const QList<qsizetype> widths{std::max<qsizetype>(8, heads[0].size()), std::max<qsizetype>(10, heads[1].size()), std::max<qsizetype>(4, heads[2].size()),
                                  std::max<qsizetype>(4, heads[3].size()), std::max<qsizetype>(4, heads[4].size())};
    const auto row = [&](const QStringList &cells) {
        QString line = QStringLiteral("  ") + cells[0].leftJustified(widths[0]) + QStringLiteral("  ") + cells[1].leftJustified(widths[1]);
        for (int c = 2; c < 5; ++c)
            line += QStringLiteral("  ") + cells[c].rightJustified(widths[c]);
        out << line << "\n";
    };
    row(heads);
    bool anyWeek = false;
    for (const StatisticsWeek &w : s.weeks) {
        if (w.decisions() == 0)
            continue;
        anyWeek = true;
        row({QStringLiteral("%1-W%2").arg(w.year).arg(w.week, 2, 10, QLatin1Char('0')), w.monday.toString(Qt::ISODate), QString::number(w.keep),
             QString::number(w.later), QString::number(w.skip)});
    }
    if (!anyWeek)
        out << "  " << CommandLine::tr("no decisions") << "\n";

    out << "\n" << CommandLine::tr("Top tags (papers by the month they were first listed):") << "\n";
    qsizetype tagWidth = 0;
    for (const TagTrend &tag : s.topTags)
        tagWidth = std::max(tagWidth, TerminalText::escaped(tag.tag).size());
    for (const TagTrend &tag : s.topTags) {
        QStringList months;
        for (qsizetype m = 0; m < s.months.size(); ++m)
            if (tag.perMonth.value(m) > 0)
                months << s.months[m].toString(QStringLiteral("yyyy-MM")) + QStringLiteral(": ") + QString::number(tag.perMonth[m]);
        out << "  " << TerminalText::escaped(tag.tag).leftJustified(tagWidth) << "  " << QString::number(tag.papers).rightJustified(4) << "  "
            << months.join(QStringLiteral(", ")) << "\n";
    }
    if (s.topTags.isEmpty())
        out << "  " << CommandLine::tr("no tagged papers") << "\n";
    return 0;
}

// The mute rules with the papers each hides: a line each, or a JSON array.
int printMuteRules(Invocation &inv)
{
    const QList<MuteRule> rules = inv.library()->muteRules().rules();
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const MuteRule &r : rules)
            array.append(QJsonObject{{QStringLiteral("phrase"), r.phrase},
                                     {QStringLiteral("papers"), r.papers},
                                     {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)}});
        inv.printJson(array);
        return 0;
    }
    for (const MuteRule &r : rules)
        inv.out() << TerminalText::escaped(r.phrase) << '\t' << r.papers << "\n";
    return 0;
}

int runMuteList(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(CommandLine::tr("mute list takes no argument '%1'").arg(inv.arguments().first()));
    return printMuteRules(inv);
}

int runMuteAdd(Invocation &inv)
{
    const QString phrase = MuteRules::normalized(inv.arguments().join(u' '));
    if (phrase.isEmpty())
        return inv.badUsage(CommandLine::tr("mute add needs a word or phrase"));
    if (const Status s = inv.library()->muteRules().add(phrase); !s)
        return inv.fail(s.message());
    if (inv.isSet("json"))
        return printMuteRules(inv);
    for (const MuteRule &r : inv.library()->muteRules().rules())
        if (r.phrase.compare(phrase, Qt::CaseInsensitive) == 0)
            inv.out() << CommandLine::tr("muted %1 (%2 papers)").arg(TerminalText::escaped(r.phrase)).arg(r.papers) << "\n";
    return 0;
}

int runMuteRemove(Invocation &inv)
{
    const QString phrase = MuteRules::normalized(inv.arguments().join(u' '));
    if (phrase.isEmpty())
        return inv.badUsage(CommandLine::tr("mute remove needs a word or phrase (see mute list)"));
    if (const Status s = inv.library()->muteRules().remove(phrase); !s)
        return inv.fail(s.message());
    if (inv.isSet("json"))
        return printMuteRules(inv);
    inv.out() << CommandLine::tr("%1 no longer mutes papers").arg(TerminalText::escaped(phrase)) << "\n";
    return 0;
}

int runPrefer(Invocation &inv)
{
    Library &library = *inv.library();
    const QString name = inv.arguments().join(u' ');
    if (name.isEmpty())
        return inv.badUsage(CommandLine::tr("prefer needs a publisher (see list publishers)"));
    const std::optional<PublisherInfo> publisher = library.publishers().find(name);
    if (!publisher)
        return inv.fail(CommandLine::tr("no publisher %1 (see list publishers)").arg(name));
    if (const Status s = library.publishers().prefer(publisher->id); !s)
        return inv.fail(s.message());
    inv.out() << CommandLine::tr("summaries by %1 are shown first").arg(TerminalText::escaped(publisher->name)) << "\n";
    return 0;
}

// A day, or one publisher's digest of it, out of the library; the reader's data stays.
int runRemove(Invocation &inv)
{
    Library &library = *inv.library();
    const QDate day = inv.date("day");
    if (!day.isValid())
        return inv.badUsage(CommandLine::tr("remove needs --day DATE"));
    if (!library.catalog().hasDay(day))
        return inv.fail(CommandLine::tr("no digest of %1 in the library").arg(day.toString(Qt::ISODate)));
    if (!inv.isSet("publisher")) {
        if (const Status s = library.importer().deleteDay(day); !s)
            return inv.fail(s.message());
        inv.out() << CommandLine::tr("removed %1 (tags, notes and highlights stay; importing it again brings it back)").arg(day.toString(Qt::ISODate)) << "\n";
        return 0;
    }
    const std::optional<PublisherInfo> publisher = library.publishers().find(inv.value("publisher"));
    if (!publisher)
        return inv.fail(CommandLine::tr("no publisher %1 (see list publishers)").arg(inv.value("publisher")));
    if (const Status s = library.importer().deleteDigest(day, publisher->id); !s)
        return inv.fail(s.message());
    inv.out() << CommandLine::tr("removed the digest of %1 by %2").arg(day.toString(Qt::ISODate), TerminalText::escaped(publisher->name)) << "\n";
    return 0;
}

// The reader's data is kept for papers the library knows: a typo must not file a note under a wrong id.
bool knownPaper(Invocation &inv, const QString &id)
{
    if (inv.library()->catalog().paper(id))
        return true;
    inv.fail(CommandLine::tr("no paper %1 in the library").arg(id));
    return false;
}

// The paper a command's first argument names, or nothing after printing why (exit code in *exitCode).
std::optional<QString> paperArgument(Invocation &inv, int *exitCode)
{
    const QString raw = inv.arguments().value(0);
    // arXiv:2505.16938v2 names 2505.16938; what is no id at all is looked up as given (and not found).
    const QString id = ArxivId::normalized(raw).value_or(raw);
    if (id.isEmpty()) {
        *exitCode = inv.badUsage(CommandLine::tr("%1 needs a paper id").arg(inv.command().nameText()));
        return std::nullopt;
    }
    if (!knownPaper(inv, id)) {
        *exitCode = 1;
        return std::nullopt;
    }
    return id;
}

int changeTags(Invocation &inv, bool add)
{
    Library &library = *inv.library();
    const QStringList args = inv.arguments();
    if (args.size() < 2)
        return inv.badUsage(add ? CommandLine::tr("tag needs a paper id and at least one tag")
                                : CommandLine::tr("untag needs a paper id and at least one tag"));
    const QString id = ArxivId::normalized(args.first()).value_or(args.first());
    if (!knownPaper(inv, id))
        return 1;
    for (const QString &tag : args.mid(1)) {
        const Status s = add ? library.annotations().tagPaper(id, tag) : library.annotations().untagPaper(id, tag);
        if (!s)
            return inv.fail(s.message());
    }
    inv.out() << id << '\t' << TerminalText::escaped(library.annotations().tagsOf(id).join(QStringLiteral(", "))) << "\n";
    return 0;
}

int runTag(Invocation &inv)
{
    return changeTags(inv, true);
}

int runUntag(Invocation &inv)
{
    return changeTags(inv, false);
}

int runNote(Invocation &inv)
{
    Library &library = *inv.library();
    int code = 0;
    const auto paper = paperArgument(inv, &code);
    if (!paper)
        return code;
    const QString id = *paper;
    if (inv.isSet("set") == inv.isSet("file")) {
        if (!inv.isSet("set")) { // neither: print the note
            inv.out() << TerminalText::escaped(library.annotations().note(id), true);
            return 0;
        }
        return inv.badUsage(CommandLine::tr("give either --set or --file"));
    }
    QString text;
    if (inv.isSet("set")) {
        text = inv.value("set");
    } else {
        const QString path = inv.value("file");
        if (path == QLatin1StringView("-")) {
            QFile f;
            if (!f.open(stdin, QIODevice::ReadOnly))
                return inv.fail(CommandLine::tr("cannot read %1: %2").arg(path, f.errorString()));
            text = QString::fromUtf8(f.readAll());
        } else {
            // A note is text: only a regular file, and no more of it than a note can sensibly be.
            const RegularFile f = readRegularFile(path, qint64(64) * 1024 * 1024);
            if (!f.ok())
                return inv.fail(CommandLine::tr("cannot read %1: %2").arg(path, f.message));
            text = QString::fromUtf8(f.content);
        }
    }
    if (const Status s = library.annotations().setNote(id, text); !s)
        return inv.fail(s.message());
    return 0;
}

int runSimilar(Invocation &inv)
{
    if (inv.arguments().size() > 1)
        return inv.badUsage(CommandLine::tr("similar takes one paper id"));
    bool ok = false;
    const int n = inv.value("limit").toInt(&ok);
    if (!ok || n <= 0)
        return inv.badUsage(CommandLine::tr("--limit takes a positive number"));
    int code = 0;
    const auto paper = paperArgument(inv, &code);
    if (!paper)
        return code;
    QString error;
    const QList<SimilarPaper> found = inv.library()->similarity().similar(*paper, n, &error);
    if (!error.isEmpty())
        return inv.fail(error);
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const SimilarPaper &p : found)
            array.append(QJsonObject{{QStringLiteral("arxiv_id"), p.arxivId},
                                     {QStringLiteral("date"), p.day.toString(Qt::ISODate)},
                                     {QStringLiteral("title"), p.title},
                                     {QStringLiteral("score"), p.score},
                                     {QStringLiteral("terms"), QJsonArray::fromStringList(p.terms)}});
        inv.printJson(array);
    } else {
        for (const SimilarPaper &p : found)
            inv.out() << p.arxivId << '\t' << p.day.toString(Qt::ISODate) << '\t' << QString::number(p.score, 'f', 3) << '\t'
                      << TerminalText::escaped(p.title) << '\t' << TerminalText::escaped(p.terms.join(QStringLiteral(", "))) << "\n";
    }
    return 0;
}

// For you: a day ranked by the model learned from the reader's own signals (Recommender).
int runRank(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(CommandLine::tr("rank takes no argument '%1'").arg(inv.arguments().first()));
    Library &library = *inv.library();
    const QDate day = inv.date("day");
    if (!day.isValid())
        return inv.badUsage(CommandLine::tr("rank needs --day DATE"));
    if (!library.catalog().hasDay(day))
        return inv.fail(CommandLine::tr("no digest of %1 in the library").arg(day.toString(Qt::ISODate)));
    const QString tag = inv.value("tag");
    Recommender recommender(library);
    const Recommender::Ranking ranking = recommender.rank(library.catalog().papersOfDay(day), tag);
    if (!ranking.enoughSignals) {
        // The publisher's order, and why, on stderr: the list on stdout stays a list.
        if (tag.isEmpty())
            inv.err() << CommandLine::tr("not enough signals: %1 papers starred, kept, tagged or noted, %2 needed; the digest's order follows")
                             .arg(ranking.positives)
                             .arg(Recommender::MinPositives)
                      << "\n";
        else
            inv.err() << CommandLine::tr("not enough signals: %1 papers tagged %2, %3 needed; the digest's order follows")
                             .arg(ranking.positives)
                             .arg(TerminalText::escaped(tag))
                             .arg(Recommender::MinTagPapers)
                      << "\n";
    }
    if (inv.isSet("json")) {
        QJsonArray array;
        for (const Recommender::Ranked &r : ranking.papers) {
            QJsonObject o{{QStringLiteral("arxiv_id"), r.paper.arxivId},
                          {QStringLiteral("title"), r.paper.title},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)}};
            o.insert(QStringLiteral("score"), ranking.enoughSignals ? QJsonValue(r.score) : QJsonValue());
            if (!r.closestStarred.isEmpty())
                o.insert(QStringLiteral("closest_starred"), r.closestStarred);
            array.append(o);
        }
        inv.printJson(array);
        return 0;
    }
    for (const Recommender::Ranked &r : ranking.papers)
        inv.out() << r.paper.arxivId << '\t' << (ranking.enoughSignals ? QString::number(r.score, 'f', 3) : QStringLiteral("-")) << '\t'
                  << TerminalText::escaped(r.paper.title) << '\t' << TerminalText::escaped(r.reasons.join(QStringLiteral(", "))) << "\n";
    return 0;
}

int runTopics(Invocation &inv)
{
    if (!inv.arguments().isEmpty())
        return inv.badUsage(CommandLine::tr("topics takes no argument '%1'").arg(inv.arguments().first()));
    bool ok = false;
    const int limit = inv.value("limit").toInt(&ok);
    if (!ok || limit <= 0)
        return inv.badUsage(CommandLine::tr("--limit takes a positive number"));
    const Invocation::Days range = inv.days();
    if (range.from.isValid() && range.to.isValid() && range.from > range.to)
        return inv.badUsage(CommandLine::tr("--from %1 is after --to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    const TopicsResult r = inv.library()->topics().compute(range.from, range.to, limit);
    if (inv.isSet("json")) {
        QJsonArray weeks;
        for (const QDate &monday : r.weeks)
            weeks.append(monday.toString(Qt::ISODate));
        QJsonArray topics;
        for (const Topic &t : r.topics) {
            QJsonArray weekly;
            for (int n : t.weekly)
                weekly.append(n);
            QJsonArray papers;
            for (const TopicPaper &p : t.papers)
                papers.append(QJsonObject{{QStringLiteral("arxiv_id"), p.arxivId}, {QStringLiteral("date"), p.day.toString(Qt::ISODate)}, {QStringLiteral("title"), p.title}});
            topics.append(QJsonObject{{QStringLiteral("term"), t.term},
                                      {QStringLiteral("score"), t.score},
                                      {QStringLiteral("recent"), t.recent},
                                      {QStringLiteral("baseline"), t.baseline},
                                      {QStringLiteral("weekly"), weekly},
                                      {QStringLiteral("papers"), papers}});
        }
        const QJsonObject object{
            {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("recent_from"), r.recentFrom.toString(Qt::ISODate)},
            {QStringLiteral("recent_papers"), r.recentPapers},
            {QStringLiteral("baseline_papers"), r.baselinePapers},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("topics"), topics},
        };
        inv.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Topic &t : r.topics)
        inv.out() << TerminalText::escaped(t.term) << '\t' << QString::number(t.score, 'f', 2) << '\t' << t.recent << '\t' << t.baseline << "\n";
    return 0;
}

int runStar(Invocation &inv)
{
    int code = 0;
    const auto paper = paperArgument(inv, &code);
    if (!paper)
        return code;
    if (const Status s = inv.library()->annotations().setStarred(*paper, !inv.isSet("off")); !s)
        return inv.fail(s.message());
    return 0;
}

int runCompare(Invocation &inv)
{
    const QStringList ids = inv.arguments();
    if (ids.size() < CompareModel::MinPapers || ids.size() > CompareModel::MaxPapers)
        return inv.badUsage(CommandLine::tr("compare takes %1 to %2 papers").arg(CompareModel::MinPapers).arg(CompareModel::MaxPapers));
    CompareExporter::Format f;
    if (!CompareExporter::formatFromName(inv.value("format"), &f))
        return inv.badUsage(CommandLine::tr("--format takes md, html or csv"));
    const QString path = inv.value("out");
    if (path.isEmpty())
        return inv.badUsage(CommandLine::tr("compare needs --out PATH"));
    QStringList kinds;
    for (const QString &k : inv.value("sections").split(u',', Qt::SkipEmptyParts)) {
        SectionKind kind;
        if (!sectionKindFromName(k.trimmed(), &kind))
            return inv.badUsage(CommandLine::tr("unknown section kind '%1'").arg(k));
        kinds << k.trimmed();
    }
    for (const QString &id : ids)
        if (!knownPaper(inv, id))
            return 1;
    CompareModel model(inv.library());
    model.setPapers(ids);
    model.setVisibleKinds(kinds);
    if (const Status s = CompareExporter::write(model, f, path); !s)
        return inv.fail(s.message());
    inv.out() << CommandLine::tr("%1 papers × %2 sections written to %3").arg(model.columnCount()).arg(model.rowCount()).arg(path) << "\n";
    return 0;
}

int runExport(Invocation &inv)
{
    Library &library = *inv.library();
    if (!inv.arguments().isEmpty())
        return inv.badUsage(CommandLine::tr("export takes no argument '%1'; the papers are chosen with options").arg(inv.arguments().first()));
    const Exporter *exporter = inv.isSet("format") ? ExporterFactory::find(inv.value("format")) : nullptr;
    if (!exporter) {
        const QStringList names = ExporterFactory::names();
        return inv.badUsage(CommandLine::tr("--format takes %1 or %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last()));
    }
    const QString path = inv.value("out");
    if (path.isEmpty())
        return inv.badUsage(CommandLine::tr("export needs --out PATH"));

    ExportScope scope;
    const Invocation::Days days = inv.days();
    scope.from = days.from;
    scope.to = days.to;
    if (scope.from.isValid() && scope.to.isValid() && scope.from > scope.to)
        return inv.badUsage(CommandLine::tr("--from %1 is after --to %2").arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    for (const QString &id : inv.value("ids").split(u',', Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            scope.ids << id.trimmed();
    if (inv.isSet("ids") && scope.ids.isEmpty())
        return inv.badUsage(CommandLine::tr("--ids needs at least one arXiv id"));
    scope.marked = inv.isSet("marked");
    scope.starredOnly = inv.isSet("starred");
    scope.annotatedOnly = inv.isSet("annotated");
    const QStringList known = library.annotations().allTags();
    for (const QString &t : inv.values("tag")) {
        if (!known.contains(t.trimmed(), Qt::CaseInsensitive))
            return inv.fail(CommandLine::tr("no tag “%1” in the library").arg(t));
        scope.tags << t.trimmed();
    }
    if (inv.isSet("search")) {
        SearchQuery query = SearchQuery::parse(inv.value("search"));
        for (const QString &e : query.errors)
            inv.err() << "paperboy: " << e << "\n";
        if (query.isEmpty())
            return inv.badUsage(CommandLine::tr("--search needs a query"));
        scope.query = query;
    }

    ExportOptions options;
    const QString which = inv.value("summaries").toLower();
    if (which == QLatin1StringView("full"))
        options.summaries = ExportOptions::Summaries::Full;
    else if (which == QLatin1StringView("highlighted"))
        options.summaries = ExportOptions::Summaries::Highlighted;
    else if (which == QLatin1StringView("none"))
        options.summaries = ExportOptions::Summaries::None;
    else
        return inv.badUsage(CommandLine::tr("--summaries takes full, highlighted or none"));
    const QString paper = inv.value("page-size").toLower();
    if (paper != QLatin1StringView("a4") && paper != QLatin1StringView("letter"))
        return inv.badUsage(CommandLine::tr("--page-size takes a4 or letter"));
    options.pageSize = paper == QLatin1StringView("letter") ? ExportOptions::PageSize::Letter : ExportOptions::PageSize::A4;
    options.includeHighlights = !inv.isSet("no-highlights");
    options.includeNotes = !inv.isSet("no-notes");
    options.includeTags = !inv.isSet("no-tags");
    options.title = inv.value("title");

    const ExportSet set = NotesExporter::collect(library, scope);
    if (!set.unknownIds.isEmpty())
        return inv.fail(CommandLine::tr("no paper %1 in the library").arg(set.unknownIds.join(QStringLiteral(", "))));
    if (set.papers.isEmpty())
        return inv.fail(CommandLine::tr("nothing to export: no paper matches (%1)").arg(set.description));
    exporter->prepare(path, &options);
    const ExportResult result = exporter->render(set, options, inv.terminalProgress(CommandLine::tr("exporting")));
    if (const Status s = exporter->write(result, path); !s)
        return inv.fail(s.message());
    if (exporter->destination() == Exporter::Destination::Folder)
        inv.out() << CommandLine::tr("wrote %1 (notes: %2)").arg(path).arg(result.files.size()) << "\n";
    else if (result.rows == 0)
        inv.out() << CommandLine::tr("wrote %1 with only its header row (highlights: 0, papers: %2)").arg(path).arg(set.papers.size()) << "\n";
    else if (result.rows > 0)
        inv.out() << CommandLine::tr("wrote %1 (highlights: %2, from papers: %3)").arg(path).arg(result.rows).arg(set.papers.size()) << "\n";
    else if (exporter->isPaged())
        inv.out() << CommandLine::tr("wrote %1 (papers: %2, pages: %3)").arg(path).arg(set.papers.size()).arg(result.pageCount) << "\n";
    else
        inv.out() << CommandLine::tr("wrote %1 (papers: %2)").arg(path).arg(set.papers.size()) << "\n";
    return 0;
}

int runImportNotes(Invocation &inv)
{
    if (inv.arguments().size() != 1)
        return inv.badUsage(CommandLine::tr("import-notes needs one notes file (.json, written by export --format json)"));
    const QString file = inv.arguments().first();
    UserDataMerge r;
    if (const Status s = NotesJson::importFile(*inv.library(), file, &r); !s)
        return inv.fail(s.message());
    QTextStream &out = inv.out();
    out << file << ": " << CommandLine::tr("%1 papers read").arg(r.papers) << "\n";
    if (!r.changedAnything()) {
        out << CommandLine::tr("nothing new: this library has all of it already") << "\n";
    } else {
        out << CommandLine::tr("tags created: %1, tags added to papers: %2").arg(r.tagsCreated).arg(r.tagsApplied) << "\n"
            << CommandLine::tr("notes added: %1, replaced by newer ones: %2").arg(r.notesAdded).arg(r.notesReplaced) << "\n"
            << CommandLine::tr("highlights added: %1, stars added: %2, marked read: %3").arg(r.highlightsAdded).arg(r.starsAdded).arg(r.readAdded) << "\n";
    }
    if (r.notesKept > 0)
        out << CommandLine::tr("notes kept because this library's are newer: %1").arg(r.notesKept) << "\n";
    if (r.futureTimes > 0)
        out << CommandLine::tr("times later than now, not believed: %1").arg(r.futureTimes) << "\n";
    if (!r.replacedNotesFile.isEmpty())
        out << CommandLine::tr("the replaced notes are kept in %1").arg(r.replacedNotesFile) << "\n";
    if (!r.notInLibrary.isEmpty()) {
        // A count and the first few: a file of 100,000 unknown papers must not print them all.
        constexpr int shown = 10;
        QString ids = r.notInLibrary.mid(0, shown).join(QStringLiteral(", "));
        if (r.notInLibrary.size() > shown)
            ids += u' ' + CommandLine::tr("and %n more", nullptr, int(r.notInLibrary.size() - shown));
        out << CommandLine::tr("not in this library (kept; shown once a digest lists them): %n paper(s): %1", nullptr, int(r.notInLibrary.size())).arg(ids)
            << "\n";
    }
    return 0;
}

void printReport(QTextStream &out, const RecoveryReport &r)
{
    out << CommandLine::tr("the damaged file was moved to %1").arg(r.setAside) << "\n";
    if (!r.restoredFrom.isEmpty())
        out << CommandLine::tr("restored from %1").arg(r.restoredFrom) << "\n";
    if (r.digestsImported > 0 || !r.digestsMissing.isEmpty() || !r.digestsRejected.isEmpty())
        out << CommandLine::tr("digests imported again: %1").arg(r.digestsImported) << "\n";
    if (!r.digestsMissing.isEmpty())
        out << CommandLine::tr("digests no longer there: %1").arg(r.digestsMissing.join(QStringLiteral(", "))) << "\n";
    if (!r.digestsRejected.isEmpty())
        out << CommandLine::tr("digests rejected: %1").arg(r.digestsRejected.join(QStringLiteral(", "))) << "\n";
    if (r.userDataFrom.isEmpty()) {
        out << CommandLine::tr("no backup of tags, notes and highlights was found") << "\n";
    } else {
        const UserDataMerge &m = r.merged;
        out << CommandLine::tr("tags, notes and highlights merged from %1").arg(r.userDataFrom) << "\n"
            << CommandLine::tr("tags added to papers: %1, notes added: %2, replaced by newer ones: %3")
                   .arg(m.tagsApplied)
                   .arg(m.notesAdded)
                   .arg(m.notesReplaced)
            << "\n"
            << CommandLine::tr("highlights added: %1, stars added: %2, marked read: %3, marks: %4")
                   .arg(m.highlightsAdded)
                   .arg(m.starsAdded)
                   .arg(m.readAdded)
                   .arg(r.marksRestored)
            << "\n"
            << CommandLine::tr("sources added: %1, saved comparisons added: %2").arg(r.sourcesRestored).arg(r.comparisonsRestored) << "\n";
    }
}

// Works on the file before anything opens it: a damaged library cannot be opened.
int runRecover(Invocation &inv)
{
    const bool restore = inv.isSet("restore-backup"), rebuild = inv.isSet("rebuild");
    if (restore && rebuild)
        return inv.badUsage(CommandLine::tr("give either --restore-backup or --rebuild"));
    if (!inv.arguments().isEmpty() && !restore)
        return inv.badUsage(CommandLine::tr("a backup file goes with --restore-backup"));
    QTextStream &out = inv.out();
    LibraryRecovery recovery(inv.db());
    if (!restore && !rebuild) {
        const LibraryDiagnosis d = recovery.diagnose(LibraryRecovery::Depth::Full);
        out << d.message << "\n";
        for (const QString &problem : d.problems)
            out << "  " << problem << "\n";
        const QList<LibraryBackupFile> backups = recovery.databaseBackups();
        for (const LibraryBackupFile &b : backups)
            out << CommandLine::tr("backup: %1 (schema %2, %3)").arg(b.path).arg(b.schema).arg(b.modified.toString(Qt::ISODate)) << "\n";
        if (const QString json = recovery.userDataBackup(); !json.isEmpty())
            out << CommandLine::tr("backup of tags, notes and highlights: %1").arg(json) << "\n";
        if (d.state == LibraryDiagnosis::State::Damaged)
            out << (backups.isEmpty() ? CommandLine::tr("run: paperboy recover --rebuild")
                                      : CommandLine::tr("run: paperboy recover --restore-backup (or --rebuild)"))
                << "\n";
        return d.state == LibraryDiagnosis::State::Damaged || d.state == LibraryDiagnosis::State::Unusable ? 1 : 0;
    }
    RecoveryReport report;
    const Status s = restore ? recovery.restoreBackup(inv.arguments().value(0), &report) : recovery.rebuild(inv.values("from"), &report);
    if (!report.setAside.isEmpty())
        printReport(out, report);
    out.flush();
    if (!s)
        return inv.fail(s.message());
    return 0;
}

// The index of the command among the words after the program: the first that is neither an option
// nor the value of --db or --screenshot; the size of words when there is none.
qsizetype commandIndex(const QStringList &words)
{
    qsizetype i = 1;
    for (; i < words.size(); ++i) {
        const QString &word = words[i];
        if (word == QLatin1StringView("--db") || word == QLatin1StringView("--screenshot"))
            ++i;
        else if (!word.startsWith(u'-'))
            break;
    }
    return std::min(i, words.size());
}

QStringList words(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

QList<const Command *> commandsOfGroup(const QString &group)
{
    QList<const Command *> found;
    for (const Command &c : CommandLine::commands())
        if (c.group() == group)
            found << &c;
    return found;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "paperboy: " << TerminalText::escaped(message) << "\n" << CommandLine::usage();
    return 2;
}

int dispatch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString db = Library::defaultPath();
    bool help = false;
    const qsizetype at = commandIndex(arguments);
    // --db FILE and --db=FILE may stand anywhere before the command, and so may -h or --help.
    for (qsizetype i = 1; i < at; ++i) {
        const QString &word = arguments[i];
        if (word == QLatin1StringView("--db") && i + 1 < at)
            db = arguments[++i];
        else if (word.startsWith(QLatin1StringView("--db=")))
            db = word.mid(5);
        else if (word == QLatin1StringView("--screenshot"))
            ++i;
        else if (word == QLatin1StringView("-h") || word == QLatin1StringView("--help"))
            help = true;
    }
    if (at >= arguments.size()) {
        if (!help)
            return usageError(err, CommandLine::tr("no command"));
        out << CommandLine::usage();
        return 0;
    }
    const QString word = arguments[at];
    const QList<const Command *> group = commandsOfGroup(word);
    if (group.isEmpty())
        return usageError(err, CommandLine::tr("unknown command '%1'").arg(word));
    const Command *command = nullptr;
    qsizetype rest = at + 1;
    if (group.size() == 1 && group.first()->nameText() == word) {
        command = group.first();
    } else {
        const QString name = word + u' ' + arguments.value(at + 1);
        for (const Command *c : group)
            if (c->nameText() == name)
                command = c;
        // A group may have a command of its own name too ("sync" beside "sync init").
        bool ownName = false;
        for (const Command *c : group)
            if (!command && c->nameText() == word) {
                command = c;
                ownName = true;
            }
        if (!command) {
            const QStringList after = arguments.mid(at + 1);
            if (help || after.contains(QStringLiteral("-h")) || after.contains(QStringLiteral("--help"))) {
                out << CommandLine::groupHelp(word);
                return 0;
            }
            QStringList names;
            for (const Command *c : group)
                names << c->nameText().section(u' ', 1);
            err << "paperboy: " << CommandLine::tr("%1 takes %2").arg(word, names.join(QStringLiteral(", "))) << ' '
                << CommandLine::tr("(see paperboy %1 --help)").arg(word) << "\n";
            return 2;
        }
        rest = ownName ? at + 1 : at + 2;
    }

    Invocation inv(*command, db, out, err);
    const Invocation::Parsed parsed = help ? Invocation::Parsed::Help : inv.parse(arguments.mid(rest));
    if (parsed == Invocation::Parsed::Help) {
        out << command->help();
        return 0;
    }
    if (parsed == Invocation::Parsed::Error)
        return 2;
    if (!command->opensLibrary)
        return command->run(inv);
    Library library;
    if (const Status s = library.open(db); !s) {
        err << "paperboy: " << s.message() << "\n";
        if (library.isDamaged())
            err << "paperboy: " << CommandLine::tr("see what can be done with: paperboy --db %1 recover").arg(db) << "\n";
        return 2;
    }
    // Commands that change the reader's data refresh its JSON backup when they are done.
    UserDataBackup backup(&library);
    inv.setLibrary(&library);
    return command->run(inv);
}

} // namespace

const QList<Command> &CommandLine::commands()
{
    using Arguments = Command::Arguments;
    static const QList<Command> table{
        {.name = "import",
         .synopsis = "PATH...",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Import digests: files, and the *.md files in folders."),
         .run = runImport,
         .arguments = Arguments::Words,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "Prints a line per file (imported, unchanged or rejected) and every problem found in it; "
                                      "exits with 0 when every file was imported or unchanged, 3 when some were and a file was rejected (or "
                                      "had errors), 1 when nothing was imported. After --, every word is a path, even -h or --help.")},
        {.name = "search",
         .synopsis = "QUERY... [OPTIONS]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Search the titles, summaries, notes and tags."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")},
                     {"tag", "T", QT_TRANSLATE_NOOP("CommandLine", "Only papers with this tag.")},
                     {"section", "KIND", QT_TRANSLATE_NOOP("CommandLine", "Only in this section kind.")},
                     {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "At most N results (default 20)."), "20"},
                     {"list", "NAME", QT_TRANSLATE_NOOP("CommandLine", "The search of this smart list (and the query's words and filters).")}},
         .run = runSearch,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "The query: words, \"phrases\", prefix*, OR, -word (papers without it), an arXiv id, "
                                      "tag:NAME, section:KIND, is:starred, is:unread, is:read, is:later, from:DATE, to:DATE, sort:read|later|day. "
                                      "Options go before a --; a query that starts with - goes after it: "
                                      "paperboy search --json -- -survey diffusion")},
        {.name = "similar",
         .synopsis = "ID [--limit N] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "The papers of any day most like this one, with the terms they share."),
         .options = {{"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "At most N papers (default 10)."), "10"},
                     {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")}},
         .run = runSimilar,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "The paper's most distinctive terms (tf-idf over the search index) are searched for together; "
                                      "a line per paper: id, date, score (0 to 1, the paper itself would score 1), title, the shared terms. "
                                      "JSON fields: arxiv_id, date, title, score, terms. Exits with 1 for a paper not in the library.")},
        {.name = "list",
         .synopsis = "days|papers|publishers|later|smart-lists [--day DATE] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine",
                                          "List the days, the papers of every day or of one, the publishers (the folders and "
                                          "sources digests came from, the preferred first), the reading queue in its order, or "
                                          "the smart lists with the number of papers each finds."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")},
                     {"day", "DATE", QT_TRANSLATE_NOOP("CommandLine", "Only papers of this day.")}},
         .run = runList},
        {.name = "stats",
         .synopsis = "[--from DATE] [--to DATE] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Reading statistics: papers read and kept, decisions per week, the most used tags."),
         .options = {{"from", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The first day (default: 364 days before --to).")},
                     {"to", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The last day (default: today).")},
                     {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the figures as a JSON object.")}},
         .run = runStats,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "Days are local dates. Read: papers marked read; kept: papers kept in triage or starred; later, skipped: "
                                      "papers given that decision; decisions: keep, later and skip decisions (events); a streak: days in a row with "
                                      "something read, the current one up to the last day (or the day before while nothing is read on it). Top tags: "
                                      "the five tags with most papers first listed in the range, counted by the month of that first day. JSON fields: "
                                      "from, to; totals {read, kept, later, skipped, decisions, days_read, current_streak, longest_streak, "
                                      "longest_streak_end}; days [{date, read, kept, decisions}], every day; weeks [{week (YYYY-Www), monday, keep, "
                                      "later, skip}], every ISO week that overlaps the range; months [YYYY-MM]; top_tags [{tag, color, papers, "
                                      "per_month (one number per month)}].")},
        {.name = "rank",
         .synopsis = "--day DATE [--tag T] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "A day's papers For you: ranked by what you starred, kept, tagged and noted."),
         .options = {{"day", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The day to rank.")},
                     {"tag", "T", QT_TRANSLATE_NOOP("CommandLine", "Rank by the papers of this tag only.")},
                     {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")}},
         .run = runRank,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "A logistic regression over the papers' English words and Korean bigrams, learned from starred, kept, "
                                      "tagged and noted papers against skipped and read ones (with --tag, the tag's papers against the rest). "
                                      "A line per paper, best first: id, score (0 to 1), title, the terms that raised the score most. With "
                                      "fewer than 5 such papers (3 for a tag) the digest's order is printed with - for the score, and a "
                                      "warning. JSON fields: arxiv_id, title, score (null then), reasons, closest_starred (the starred paper "
                                      "most like it, when any).")},
        {.name = "topics",
         .synopsis = "[--from DATE] [--to DATE] [--limit N] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Rising topics: words whose share of papers rose over the last weeks."),
         .options = {{"from", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The first day (default: 26 weeks before the recent weeks).")},
                     {"to", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The last day (default: the newest day).")},
                     {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "At most N topics (default 20)."), "20"},
                     {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the topics as a JSON object.")}},
         .run = runTopics,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "Words: English words of three letters or more and Korean words without their particles, from the titles "
                                      "and summaries, common words left out; a paper counts once per word, in the ISO week of the first day a "
                                      "digest showed it. The recent weeks are the last four up to --to (at most half of the range); the score "
                                      "compares a word's share of their papers with its share of the papers before: ((recent + 1) / (recent "
                                      "papers + 1)) / ((baseline + 1) / (baseline papers + 1)); words in fewer than 5 recent papers, on one day only, "
                                      "with a score below 1.5 or less than 3 standard deviations above their baseline share are left out. A line per topic: term, score, recent papers, baseline papers, separated "
                                      "by tabs. JSON fields: from, to, recent_from (Mondays but to), recent_papers, baseline_papers, weeks "
                                      "[Monday of every week], topics [{term, score, recent, baseline, weekly (papers per week, as weeks), "
                                      "papers [{arxiv_id, date, title}], newest first, at most 100}].")},
        {.name = "mute add",
         .synopsis = "PHRASE... [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Mute a word or phrase: papers with it are hidden from their day unless starred."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the rules afterwards as a JSON array.")}},
         .run = runMuteAdd,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "The words are one phrase, searched in titles, summaries and authors: Korean with or without "
                                      "spaces (강화학습 also mutes 강화 학습), English in any case. A phrase that starts with - goes after --.")},
        {.name = "mute remove",
         .synopsis = "PHRASE... [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Remove a mute rule: what only it muted is shown again."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the rules afterwards as a JSON array.")}},
         .run = runMuteRemove},
        {.name = "mute list",
         .synopsis = "[--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "List the mute rules with the papers each mutes."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")}},
         .run = runMuteList},
        {.name = "prefer",
         .synopsis = "PUBLISHER",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Show this publisher's summary of a paper that several digests of a day list."),
         .run = runPrefer,
         .arguments = Arguments::Words,
         .details = QT_TRANSLATE_NOOP("CommandLine", "PUBLISHER is a name, a place or an id from 'list publishers'.")},
        {.name = "remove",
         .synopsis = "--day DATE [--publisher PUBLISHER]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Remove a day, or one publisher's digest of it, from the library."),
         .options = {{"day", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The day to remove.")},
                     {"publisher", "PUBLISHER", QT_TRANSLATE_NOOP("CommandLine", "Only this publisher's digest of the day (see list publishers).")}},
         .run = runRemove,
         .details
         = QT_TRANSLATE_NOOP("CommandLine", "Tags, notes, highlights, stars and read state stay with the papers; importing the digest again brings it back.")},
        {.name = "tag",
         .synopsis = "ID TAG...",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Add tags to a paper."),
         .run = runTag,
         .arguments = Arguments::Words,
         .details = QT_TRANSLATE_NOOP("CommandLine", "After --, every word is a tag, even -h or --help.")},
        {.name = "untag",
         .synopsis = "ID TAG...",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Remove tags from a paper."),
         .run = runUntag,
         .arguments = Arguments::Words,
         .details = QT_TRANSLATE_NOOP("CommandLine", "After --, every word is a tag, even -h or --help.")},
        {.name = "note",
         .synopsis = "ID [--set TEXT | --file FILE]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Print a paper's note, or replace it."),
         .options = {{"set", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "The note's new text (empty removes it).")},
                     {"file", "FILE", QT_TRANSLATE_NOOP("CommandLine", "Read the note's new text from FILE (- for standard input).")}},
         .run = runNote},
        {.name = "star",
         .synopsis = "ID [--off]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Star a paper, or remove its star."),
         .options = {{"off", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Remove the star.")}},
         .run = runStar},
        {.name = "sync init",
         .synopsis = "DIR [--remote URL] [--name NAME] [--user NAME --token-from-stdin]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Set up the sync of tags, notes, highlights and reading state through a git folder."),
         .options = {{"remote", "URL", QT_TRANSLATE_NOOP("CommandLine", "The remote other machines sync with: a path, file://, ssh:// or https:// URL.")},
                     {"name", "NAME", QT_TRANSLATE_NOOP("CommandLine", "This machine's name in the commits (default: the host name).")},
                     {"user", "NAME", QT_TRANSLATE_NOOP("CommandLine", "The user name of an https remote.")},
                     {"token-from-stdin", nullptr,
                      QT_TRANSLATE_NOOP("CommandLine", "Read the https remote's password or token from standard input into the keychain.")}},
         .run = SyncCommands::init,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "DIR becomes a git work tree (an existing one is used as it is). The first sync writes every paper "
                                      "with user data and merges what the remote has. See docs/SYNC.md.")},
        {.name = "sync",
         .synopsis = "[--dry-run] [--name NAME] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Sync with the other machines: write changed papers, commit, fetch, merge, push."),
         .options = {{"dry-run", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Say what would be sent and received; change nothing.")},
                     {"name", "NAME", QT_TRANSLATE_NOOP("CommandLine", "This machine's name in the commits, this time.")},
                     {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the result as a JSON object.")}},
         .run = SyncCommands::sync,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "Set up first with sync init; sync status shows where it stands. "
                                      "Exits with 0 when synced (or up to date), 3 when the changes are committed here but could not be "
                                      "sent (offline, or the remote refused them; the next sync sends them), 1 on failure. JSON fields: "
                                      "outcome (ok, not-sent, failed), sent, received, conflicts, pushed, commit, message.")},
        {.name = "sync status",
         .synopsis = "[--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "The sync's folder, remote, last sync and the changes waiting to be sent."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON object.")}},
         .run = SyncCommands::status,
         .details = QT_TRANSLATE_NOOP("CommandLine", "JSON fields: configured, dir, remote, device, last_sync, last_commit, pending, last_error.")},
        {.name = "compare",
         .synopsis = "ID ID... --format md|html|csv --out PATH [--sections KINDS]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Write papers side by side: a column per paper, a row per section kind."),
         .options = {{"format", "FORMAT", QT_TRANSLATE_NOOP("CommandLine", "md, html or csv.")},
                     {"out", "PATH", QT_TRANSLATE_NOOP("CommandLine", "Where to write it.")},
                     {"sections", "KINDS", QT_TRANSLATE_NOOP("CommandLine", "Only these section kinds, comma-separated.")}},
         .run = runCompare},
        {.name = "export",
         .synopsis = "--format FORMAT --out PATH [OPTIONS]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Export papers with their tags, notes, highlights and stars."),
         //: The formats --format takes: all but the last ("md, md-folder, ...") and the last ("csv").
         .options = {{"format", "FORMAT", QT_TRANSLATE_NOOP("CommandLine", "%1 or %2."), nullptr, ExporterFactory::names},
                     {"out", "PATH", QT_TRANSLATE_NOOP("CommandLine", "The file to write (the folder for md-folder).")},
                     {"tag", "T", QT_TRANSLATE_NOOP("CommandLine", "Only papers with this tag (repeatable).")},
                     {"day", "DATE", QT_TRANSLATE_NOOP("CommandLine", "Only papers of this day.")},
                     {"from", "DATE", QT_TRANSLATE_NOOP("CommandLine", "Only papers of this day or later.")},
                     {"to", "DATE", QT_TRANSLATE_NOOP("CommandLine", "Only papers of this day or earlier.")},
                     {"starred", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Only starred papers.")},
                     {"annotated", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Only papers with a tag, note, highlight or star.")},
                     {"ids", "ID,ID", QT_TRANSLATE_NOOP("CommandLine", "These papers, comma-separated, in this order.")},
                     {"marked", nullptr, QT_TRANSLATE_NOOP("CommandLine", "The papers marked for comparison.")},
                     {"search", "QUERY", QT_TRANSLATE_NOOP("CommandLine", "The results of this search.")},
                     {"summaries", "WHICH", QT_TRANSLATE_NOOP("CommandLine", "full, highlighted (only sections with highlights) or none."), "full"},
                     {"no-highlights", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Leave the highlights out.")},
                     {"no-notes", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Leave the notes out.")},
                     {"no-tags", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Leave the tags out.")},
                     {"page-size", "SIZE", QT_TRANSLATE_NOOP("CommandLine", "PDF paper: a4 or letter."), "a4"},
                     {"title", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "The heading of a one-file export.")}},
         .run = runExport,
         .needsGui = true,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "The filters that are given must all hold; without any, every paper is exported. "
                                      "The file is replaced only when the export succeeded.")},
        {.name = "import-notes",
         .synopsis = "FILE.json",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Merge notes exported as JSON (a backup) into this library."),
         .run = runImportNotes},
        {.name = "sources add",
         .synopsis = "NAME URL [--kind digest|hf] [--token-from-stdin] [--user NAME]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Add a network source of digests."),
         .options = {{"kind", "KIND", QT_TRANSLATE_NOOP("CommandLine", "digest (default) or hf."), "digest"},
                     {"token-from-stdin", nullptr,
                      QT_TRANSLATE_NOOP("CommandLine",
                                        "Read the source's token (or password, with --user) from standard input "
                                        "and keep it in the system keychain.")},
                     {"user", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Basic authentication as NAME (the password from --token-from-stdin).")}},
         .run = NetworkCommands::addSource,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "URL: a digest's address with {date} for the day (YYYY-MM-DD) or with {yyyy}, {mm} "
                                      "and {dd} (as in .../paper_logs/{yyyy}/{mm}/{dd}.md), a page that lists digests, or for "
                                      "hf the API's base (https://huggingface.co).")},
        {.name = "sources list",
         .synopsis = "[--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "List the network sources."),
         .options = {{"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print a JSON array.")}},
         .run = NetworkCommands::listSources},
        {.name = "sources remove",
         .synopsis = "NAME",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Remove a network source and its secret in the keychain."),
         .run = NetworkCommands::removeSource},
        {.name = "fetch",
         .synopsis = "[--source NAME]... [--from DATE] [--to DATE] [--json]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Fetch the digests of the network sources for a range of days."),
         .options
         = {{"source", "NAME", QT_TRANSLATE_NOOP("CommandLine", "Only this source (repeatable); default: every enabled one.")},
            {"from", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The first day (default: the days Refresh fetches, 14 unless changed in Sources, up to --to).")},
            {"to", "DATE", QT_TRANSLATE_NOOP("CommandLine", "The last day (default: today; with --from, the days Refresh fetches from it, not past today).")},
            {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Print the results as a JSON array.")}},
         .run = NetworkCommands::fetch,
         .details = QT_TRANSLATE_NOOP("CommandLine", "Exits with 0 when every day was fetched or unchanged, and with 1 otherwise.")},
        {.name = "recover",
         .synopsis = "[--restore-backup [BACKUP] | --rebuild [--from PATH]...]",
         .description = QT_TRANSLATE_NOOP("CommandLine", "Check a damaged library, put a backup in its place or make it again from its digests."),
         .options = {{"restore-backup", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Put the last good backup in place of the library.")},
                     {"rebuild", nullptr, QT_TRANSLATE_NOOP("CommandLine", "Make the library again from its digests.")},
                     {"from", "PATH", QT_TRANSLATE_NOOP("CommandLine", "Also import these digest files or folders (repeatable).")}},
         .run = runRecover,
         .opensLibrary = false,
         .details = QT_TRANSLATE_NOOP("CommandLine",
                                      "Without an option, says what is wrong with the library and lists its backups. "
                                      "BACKUP is the backup to restore; without it, the newest good one.")},
    };
    return table;
}

const Command *CommandLine::command(const QString &name)
{
    for (const Command &c : commands())
        if (c.nameText() == name)
            return &c;
    return nullptr;
}

bool CommandLine::isCommand(int argc, char **argv)
{
    const QStringList list = words(argc, argv);
    return !commandsOfGroup(list.value(commandIndex(list))).isEmpty();
}

bool CommandLine::needsGuiApplication(int argc, char **argv)
{
    const QStringList list = words(argc, argv);
    const QList<const Command *> group = commandsOfGroup(list.value(commandIndex(list)));
    return std::any_of(group.cbegin(), group.cend(), [](const Command *c) { return c->needsGui; });
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const int code = dispatch(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

QString CommandLine::commandList()
{
    QList<std::pair<QString, QString>> rows;
    for (const Command &c : commands())
        rows.append({c.nameText(), QCoreApplication::translate("CommandLine", c.description)});
    return twoColumns(rows);
}

QString CommandLine::usage()
{
    return tr("Usage: %1").arg(QStringLiteral("paperboy [--db FILE] COMMAND [ARGUMENTS]")) + QStringLiteral("\n\n") + tr("Commands:") + u'\n' + commandList()
        + u'\n' + tr("paperboy COMMAND --help shows what a command takes.") + u'\n';
}

QString CommandLine::groupHelp(const QString &group)
{
    QStringList names;
    QList<std::pair<QString, QString>> rows;
    for (const Command *c : commandsOfGroup(group)) {
        if (c->nameText() != group)
            names << c->nameText().section(u' ', 1);
        rows.append({c->nameText(), QCoreApplication::translate("CommandLine", c->description)});
    }
    return tr("Usage: %1").arg(QStringLiteral("paperboy [--db FILE] %1 %2 ...").arg(group, names.join(u'|'))) + QStringLiteral("\n\n") + tr("Commands:") + u'\n'
        + twoColumns(rows) + u'\n' + tr("paperboy COMMAND --help shows what a command takes.") + u'\n';
}

} // namespace Paperboy::App
