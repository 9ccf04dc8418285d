// NotesExporter: collecting the snapshot from the Library, and the formats by name and by
// ExportFormat through ExporterFactory.
#include "notesexporter.h"

#include "export/exportcontent.h"
#include "export/exporterfactory.h"
#include "library/library.h"

#include <QSet>

#include <algorithm>

namespace Paperboy::Core {

namespace {

QString describeScope(const ExportScope &scope)
{
    QStringList parts;
    if (!scope.ids.isEmpty())
        parts << (scope.ids.size() == 1 ? scope.ids.first() : NotesExporter::tr("%1 chosen papers").arg(scope.ids.size()));
    if (scope.marked)
        parts << NotesExporter::tr("marked papers");
    if (scope.query)
        parts << NotesExporter::tr("search results");
    if (scope.from.isValid() && scope.from == scope.to)
        parts << ExportContent::dayText(scope.from);
    else if (scope.from.isValid() || scope.to.isValid())
        parts << QStringLiteral("%1 – %2").arg(ExportContent::dayText(scope.from), ExportContent::dayText(scope.to)).trimmed();
    for (const QString &t : scope.tags)
        parts << NotesExporter::tr("tag “%1”").arg(t);
    if (scope.starredOnly)
        parts << NotesExporter::tr("starred");
    if (scope.annotatedOnly)
        parts << NotesExporter::tr("annotated");
    if (parts.isEmpty())
        parts << NotesExporter::tr("all papers");
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool NotesExporter::formatFromName(const QString &name, Format *format)
{
    const Exporter *exporter = ExporterFactory::find(name);
    if (!exporter)
        return false;
    *format = exporter->format();
    return true;
}

QString NotesExporter::formatName(Format format)
{
    return ExporterFactory::exporter(format).name();
}

QString NotesExporter::fileSuffix(Format format)
{
    return ExporterFactory::exporter(format).fileSuffix();
}

ExportSet NotesExporter::collect(Library &library, const ExportScope &scope)
{
    ExportSet set;
    set.createdAt = QDateTime::currentDateTimeUtc();
    const bool everything = scope.ids.isEmpty() && !scope.marked && !scope.query && !scope.from.isValid() && !scope.to.isValid() && scope.tags.isEmpty()
        && !scope.starredOnly && !scope.annotatedOnly;

    QStringList ids;
    bool datesChecked = false;
    if (!scope.ids.isEmpty()) {
        ids = scope.ids;
        ids.removeDuplicates();
    } else if (scope.marked) {
        ids = library.annotations().markedPapers();
    } else if (scope.query) {
        for (const SearchHit &hit : library.searchIndex().search(*scope.query, scope.searchLimit))
            ids << hit.arxivId;
    } else if (scope.annotatedOnly || scope.starredOnly) {
        // Only annotated papers can pass (a star is an annotation): skip reading every other paper.
        ids = library.userDataSync().annotatedPapersBetween(scope.from, scope.to);
        if (!scope.from.isValid() && !scope.to.isValid())
            ids += library.userDataSync().papersWithoutEntries();
        datesChecked = true;
    } else {
        for (const PaperListing &l : library.catalog().papersBetween(scope.from, scope.to))
            ids << l.arxivId;
        if (!scope.from.isValid() && !scope.to.isValid())
            ids += library.userDataSync().papersWithoutEntries();
        datesChecked = true;
    }

    QSet<QString> usedTags;
    for (const QString &id : std::as_const(ids)) {
        if (scope.marked && !scope.ids.isEmpty() && !library.annotations().isMarked(id))
            continue;
        const QList<QDate> days = library.catalog().daysOf(id);
        if (!datesChecked && (scope.from.isValid() || scope.to.isValid())) {
            const bool inRange = std::any_of(days.cbegin(), days.cend(), [&](const QDate &d) {
                return (!scope.from.isValid() || d >= scope.from) && (!scope.to.isValid() || d <= scope.to);
            });
            if (!inRange)
                continue;
        }
        const PaperUserData data = library.userDataSync().userData(id);
        if (days.isEmpty() && !data.hasAnnotations() && !data.readAt.isValid() && data.title.isEmpty()) {
            if (!scope.ids.isEmpty())
                set.unknownIds << id;
            continue;
        }
        if (scope.starredOnly && !data.starredAt.isValid())
            continue;
        if (scope.annotatedOnly && !data.hasAnnotations())
            continue;
        const bool hasTags
            = std::all_of(scope.tags.cbegin(), scope.tags.cend(), [&](const QString &t) { return data.tags.contains(t.trimmed(), Qt::CaseInsensitive); });
        if (!hasTags)
            continue;

        ExportPaper p;
        p.arxivId = id;
        p.title = data.title;
        p.link = data.link;
        p.days = days;
        if (!days.isEmpty()) {
            if (const auto detail = library.catalog().paper(id, days.first())) {
                p.title = detail->listing.title;
                p.link = detail->link;
                p.summaryMarkdown = detail->summaryMarkdown;
                p.sections = detail->sections;
                p.publisher = detail->summary.publisher;
                for (const SummaryRef &r : detail->summaries)
                    p.publishers << r.publisher;
            }
        }
        p.starred = data.starredAt.isValid();
        p.starredAt = data.starredAt;
        p.read = data.readAt.isValid();
        p.readAt = data.readAt;
        p.laterAt = data.laterAt;
        p.laterPosition = data.laterPosition;
        p.tags = data.tags;
        p.note = data.note;
        p.noteUpdatedAt = data.noteUpdatedAt;
        p.highlights = data.highlights;
        for (const QString &t : std::as_const(p.tags))
            usedTags.insert(t.toLower());
        set.papers.append(std::move(p));
    }
    for (const TagInfo &t : library.annotations().tags())
        if (everything || usedTags.contains(t.name.toLower()))
            set.tags.append({t.name, t.color});
    set.description = describeScope(scope);
    return set;
}

ExportResult NotesExporter::render(const ExportSet &set, Format format, const ExportOptions &options, const std::function<void(int, int)> &progress,
                                   const std::atomic_bool *cancel)
{
    return ExporterFactory::exporter(format).render(set, options, progress, cancel);
}

Status NotesExporter::write(const ExportResult &result, Format format, const QString &path)
{
    return ExporterFactory::exporter(format).write(result, path);
}

} // namespace Paperboy::Core
