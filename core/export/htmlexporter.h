// Notes as one self-contained XHTML page (inline CSS, nothing loaded from elsewhere), with a table of
// contents and the highlights coloured in the summaries.
#pragma once

#include "export/exporter.h"

#include <QByteArray>

namespace Paperboy::Core {

class HtmlExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Html; }
    QString name() const override { return QStringLiteral("html"); }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("html"); }
    bool isHtml() const override { return true; }

    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;

    // Who lays the page out: a browser, or Qt's rich text (the PDF), which draws no borders outside
    // tables, so there a highlight is a two-cell table instead of a bordered blockquote.
    enum class Reader { Browser, QtRichText };
    // The papers as XHTML elements without <html> and <head>: shared by the page and the PDF. Sets
    // *cancelled and returns nothing when *cancel turns true.
    static QByteArray body(const ExportSet &set, const ExportOptions &options, Reader reader, const Progress &progress, const std::atomic_bool *cancel,
                           bool *cancelled);
};

} // namespace Paperboy::Core
