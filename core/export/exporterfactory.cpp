// ExporterFactory: the one place that lists the formats.
#include "exporterfactory.h"

#include "export/bibtexexporter.h"
#include "export/csvexporter.h"
#include "export/htmlexporter.h"
#include "export/jsonexporter.h"
#include "export/markdownexporter.h"
#include "export/markdownfolderexporter.h"
#include "export/pdfexporter.h"

#include <memory>
#include <vector>

namespace Paperboy::Core {

namespace {

struct Registry {
    std::vector<std::unique_ptr<const Exporter>> owned;
    QList<const Exporter *> list;

    Registry()
    {
        add(std::make_unique<MarkdownExporter>());
        add(std::make_unique<MarkdownFolderExporter>());
        add(std::make_unique<HtmlExporter>());
        add(std::make_unique<PdfExporter>());
        add(std::make_unique<BibtexExporter>());
        add(std::make_unique<JsonExporter>());
        add(std::make_unique<CsvExporter>());
    }

    void add(std::unique_ptr<const Exporter> exporter)
    {
        list.append(exporter.get());
        owned.push_back(std::move(exporter));
    }
};

// Made on first use (thread-safe), never changed after.
const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

const QList<const Exporter *> &ExporterFactory::exporters()
{
    return registry().list;
}

const Exporter *ExporterFactory::find(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    for (const Exporter *e : exporters())
        if (e->name() == wanted || e->aliases().contains(wanted))
            return e;
    return nullptr;
}

const Exporter &ExporterFactory::exporter(ExportFormat format)
{
    for (const Exporter *e : exporters())
        if (e->format() == format)
            return *e;
    Q_UNREACHABLE_RETURN(*exporters().first());
}

QStringList ExporterFactory::names()
{
    QStringList out;
    for (const Exporter *e : exporters())
        out << e->name();
    return out;
}

} // namespace Paperboy::Core
