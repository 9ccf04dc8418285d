// CsvExporter: the header row, then a row per highlight (CRLF line ends, cells through Markup::csvRow).
#include "csvexporter.h"

#include "export/exportcontent.h"
#include "export/markup.h"

namespace Paperboy::Core {

QString CsvExporter::description() const
{
    return Exporter::tr("CSV, one row per highlight");
}

ExportResult CsvExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    QString out = Markup::csvRow({QStringLiteral("paper"), QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("section"), QStringLiteral("quote"),
                                  QStringLiteral("comment"), QStringLiteral("color"), QStringLiteral("tags")})
        + QStringLiteral("\r\n");
    int rows = 0;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (isCancelled(cancel))
            return cancelledResult();
        const ExportPaper &p = set.papers.at(i);
        const QString tags = o.includeTags ? p.tags.join(QStringLiteral("; ")) : QString();
        for (const Highlight &h : p.highlights) {
            out += Markup::csvRow({p.arxivId, p.title, ExportContent::dayText(p.day()), h.sectionKind, h.exact, h.comment, h.color, tags})
                + QStringLiteral("\r\n");
            ++rows;
        }
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    ExportResult result = oneFile(out.toUtf8());
    result.rows = rows;
    return result;
}

} // namespace Paperboy::Core
