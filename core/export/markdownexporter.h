// Notes as one Markdown file (CommonMark): a heading per paper with its highlights, note and summary.
#pragma once

#include "export/exporter.h"

namespace Paperboy::Core {

class MarkdownExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::Markdown; }
    QString name() const override { return QStringLiteral("md"); }
    QStringList aliases() const override { return {QStringLiteral("markdown")}; }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("md"); }

    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;

    // The pieces the Obsidian folder (MarkdownFolderExporter) shares:
    // Plain text made literal in CommonMark (and Obsidian): punctuation that could start markup is
    // backslash-escaped. In block text (a quote of several lines) so are line starts that would begin
    // a list, heading or quote; inline text (a heading, link text) is one line and needs no more.
    //   "# a_b" -> "\# a\_b"      "1. x" (block) -> "1\. x"
    static QString escaped(const QString &text, bool block = true);
    // A heading's or a link's text on one line, escaped.
    static QString inlineText(const QString &text);
    // "[arXiv:id](url) · 2025-05-24 · ★ starred · tags: a, b"
    static QString metaLine(const ExportPaper &paper, const ExportOptions &options);
    // Everything under a paper's title (highlights, note, summary), headings starting at level.
    static QString paperBody(const ExportPaper &paper, const ExportOptions &options, int level);
};

} // namespace Paperboy::Core
