// Notes export: a set of papers with the reader's tags, notes, highlights and stars in one of the
// formats ExporterFactory lists (Markdown as one file or an Obsidian folder, HTML, PDF, BibTeX, JSON
// (docs/NOTES-JSON.md), CSV). This is the front callers use; each format is an Exporter.
#pragma once

#include "export/exporter.h"
#include "export/exportset.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Paperboy::Core {

class Library;

// Three steps, so the slow one can run on a worker thread:
//   ExportSet set = NotesExporter::collect(library, scope);        // reads the library (its thread)
//   exporter.prepare(path, &options);                                // md-folder: the notes there
//   ExportResult r = NotesExporter::render(set, format, options, progress, &cancel); // any thread
//   Status s = NotesExporter::write(r, format, path);                // atomic per file
// render touches no Library and no shared state; PDF needs a QGuiApplication to exist (fonts).
class NotesExporter
{
    Q_DECLARE_TR_FUNCTIONS(NotesExporter) // translations are looked up in the "NotesExporter" context

public:
    using Format = ExportFormat;

    // A name of ExporterFactory's: "md", "md-folder", "html", "pdf", "bibtex", "json", "csv" (also
    // "markdown", "bib").
    static bool formatFromName(const QString &name, Format *format);
    static QString formatName(Format format);
    static QString fileSuffix(Format format); // "md", "" for md-folder, "html", ...

    static ExportSet collect(Library &library, const ExportScope &scope);

    // progress(done, total) is called on the rendering thread after each paper; when *cancel turns
    // true, render stops and returns a result with cancelled set and no files.
    static ExportResult render(const ExportSet &set, Format format, const ExportOptions &options, const std::function<void(int, int)> &progress = {},
                               const std::atomic_bool *cancel = nullptr);

    // One-file formats: path is the file, replaced only once the new one is complete (AtomicFile).
    // md-folder: path is a folder (made when missing); each note is written the same way.
    static Status write(const ExportResult &result, Format format, const QString &path);
};

} // namespace Paperboy::Core
