// Notes as the JSON notes file (docs/NOTES-JSON.md), which import-notes reads back: the full record.
#pragma once

#include "export/exporter.h"

namespace Paperboy::Core {

class JsonExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Json; }
    QString name() const override { return QStringLiteral("json"); }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("json"); }

    // NotesJson::write in one step: progress reports every paper at once.
    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;
};

} // namespace Paperboy::Core
