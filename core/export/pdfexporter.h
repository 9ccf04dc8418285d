// Notes as a PDF laid out by Qt's rich text from the HTML export's body, with a footer of title and
// page number on each page. Needs a QGuiApplication (fonts).
#pragma once

#include "export/exporter.h"

namespace Paperboy::Core {

class PdfExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Pdf; }
    QString name() const override { return QStringLiteral("pdf"); }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    bool needsGuiApplication() const override { return true; }
    bool isPaged() const override { return true; }
    ExportFormat previewFormat() const override { return ExportFormat::Html; }

    // Counts the page layout as one more step after the papers.
    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;
};

} // namespace Paperboy::Core
