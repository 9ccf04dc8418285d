// JsonExporter: the notes file, written by NotesJson.
#include "jsonexporter.h"

#include "export/notesjson.h"

namespace Paperboy::Core {

QString JsonExporter::description() const
{
    return Exporter::tr("JSON (full backup of your notes)");
}

ExportResult JsonExporter::render(const ExportSet &set, const ExportOptions &options, const Progress &progress, const std::atomic_bool *cancel) const
{
    if (isCancelled(cancel))
        return cancelledResult();
    ExportResult result = oneFile(NotesJson::write(set, options));
    if (progress)
        progress(int(set.papers.size()), int(set.papers.size()));
    return result;
}

} // namespace Paperboy::Core
