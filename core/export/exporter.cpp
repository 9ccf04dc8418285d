// Exporter: what every format shares when it writes.
#include "exporter.h"

#include "common/atomicfile.h"

#include <QFileInfo>

namespace Paperboy::Core {

void Exporter::prepare(const QString &path, ExportOptions *options) const
{
    Q_UNUSED(path)
    Q_UNUSED(options)
}

Status Exporter::write(const ExportResult &result, const QString &path) const
{
    if (!result.status)
        return result.status;
    if (result.cancelled)
        return Status::failure(Exporter::tr("the export was cancelled"));
    if (path.isEmpty())
        return Status::failure(Exporter::tr("no destination given"));
    return writeFiles(result, path);
}

Status Exporter::writeFiles(const ExportResult &result, const QString &path) const
{
    if (QFileInfo(path).isDir())
        return Status::failure(Exporter::tr("%1 is a folder; give a file name").arg(path));
    if (result.files.size() != 1)
        return Status::failure(Exporter::tr("nothing to write"));
    return AtomicFile::write(path, result.files.first().data);
}

ExportResult Exporter::cancelledResult()
{
    ExportResult result;
    result.cancelled = true;
    return result;
}

ExportResult Exporter::oneFile(const QByteArray &data)
{
    ExportResult result;
    result.files.append({QString(), data});
    return result;
}

} // namespace Paperboy::Core
