// A comparison written out: Markdown table, self-contained HTML or CSV (one row per section kind).
#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QString>

namespace Paperboy::Core {

class CompareModel;

class CompareExporter
{
public:
    enum class Format { Markdown, Html, Csv };

    static bool formatFromName(const QString &name, Format *format); // "md", "html", "csv"

    // | Section | Paper A (id) | Paper B (id) |, cells on one line (<br> for line breaks, \| escaped).
    static QByteArray toMarkdown(const CompareModel &model);
    // One XHTML file with inline CSS, cells rendered from Markdown by md4c with raw HTML disabled.
    static QByteArray toHtml(const CompareModel &model);
    // RFC 4180: a header row (section, then each paper), then one row per section kind.
    static QByteArray toCsv(const CompareModel &model);

    // Writes atomically (AtomicFile): an existing file is replaced only when the whole export succeeded.
    static Status write(const CompareModel &model, Format format, const QString &path);

    // Markdown → XHTML fragment with md4c (raw HTML in the input is escaped, not passed through).
    static QByteArray markdownToHtml(const QString &markdown);
};

} // namespace Paperboy::Core
