// The notes-export formats Paperboy has, in the order they are listed, found by name or by ExportFormat.
#pragma once

#include "export/exporter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Paperboy::Core {

// The exporters live as long as the program; the factory is safe to use from any thread.
//   find("Markdown") -> MarkdownExporter      find("bib") -> BibtexExporter      find("docx") -> nullptr
class ExporterFactory
{
public:
    // Every format in the order the export dialog and the command line list them.
    static const QList<const Exporter *> &exporters();
    // By name or alias, ignoring case and surrounding blanks; nullptr when no format has that name.
    static const Exporter *find(const QString &name);
    static const Exporter &exporter(ExportFormat format);
    // The formats' names, in order: "md", "md-folder", "html", ...
    static QStringList names();
};

} // namespace Paperboy::Core
