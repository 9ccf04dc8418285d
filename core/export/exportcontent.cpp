// ExportContent: the pieces of text every notes format shares.
#include "exportcontent.h"

#include "annotate/textquoteanchor.h"
#include "export/exporter.h"

#include <algorithm>

namespace Paperboy::Core::ExportContent {

namespace {

// A digest summary without sections: everything but its "# title" line.
QString summaryWithoutTitle(const QString &markdown)
{
    QString text = markdown;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1StringView("# "))) {
        const qsizetype end = trimmed.indexOf(u'\n');
        return end < 0 ? QString() : trimmed.mid(end + 1).trimmed();
    }
    return trimmed;
}

} // namespace

QString title(const ExportSet &set, const ExportOptions &o)
{
    const QString title = o.title.isEmpty() ? Exporter::tr("Paperboy notes") : o.title;
    return set.description.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, set.description);
}

QString exportedLine(const ExportSet &set)
{
    return Exporter::tr("Papers: %1 · exported %2").arg(set.papers.size()).arg(set.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString displayTitle(const ExportPaper &p)
{
    return p.title.isEmpty() ? p.arxivId : p.title;
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString publishersText(const ExportPaper &paper)
{
    if (paper.publishers.size() < 2)
        return {};
    QStringList others = paper.publishers;
    others.removeOne(paper.publisher);
    return Exporter::tr("summary by %1 (also by %2)").arg(paper.publisher, others.join(QStringLiteral(", ")));
}

QString sectionHeading(const Section &s)
{
    if (s.number > 0 && !s.title.isEmpty())
        return QStringLiteral("%1. %2").arg(s.number).arg(s.title);
    return s.title;
}

QList<Section> includedSections(const ExportPaper &p, const ExportOptions &o)
{
    if (o.summaries == ExportOptions::Summaries::None)
        return {};
    QList<Section> all = p.sections;
    if (all.isEmpty() && !p.summaryMarkdown.trimmed().isEmpty()) {
        Section whole;
        whole.body = summaryWithoutTitle(p.summaryMarkdown);
        whole.markdown = p.summaryMarkdown;
        all << whole;
    }
    if (o.summaries == ExportOptions::Summaries::Full)
        return all;
    QList<Section> out;
    for (const Section &s : std::as_const(all)) {
        const bool untitled = p.sections.isEmpty();
        const bool marked = std::any_of(p.highlights.cbegin(), p.highlights.cend(), [&](const Highlight &h) {
            if (untitled)
                return true;
            if (h.sectionKind != sectionKindName(s.kind))
                return false;
            // Several sections can be "other": the one that holds the quote.
            return s.kind != SectionKind::Other || TextQuoteAnchor::locate(s.body, h).isValid();
        });
        if (marked)
            out << s;
    }
    return out;
}

} // namespace Paperboy::Core::ExportContent
