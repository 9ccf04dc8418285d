// Notes as CSV (RFC 4180): one row per highlight with its paper, section, quote, comment and colour.
#pragma once

#include "export/exporter.h"

namespace Paperboy::Core {

class CsvExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Csv; }
    QString name() const override { return QStringLiteral("csv"); }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("csv"); }

    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;
};

} // namespace Paperboy::Core
