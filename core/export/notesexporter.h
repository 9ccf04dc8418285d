// Notes export: a set of papers with the reader's tags, notes, highlights and stars as Markdown (one
// file, or one Obsidian note per paper), HTML, PDF, BibTeX, JSON (docs/NOTES-JSON.md) or CSV.
#pragma once

#include "export/exportset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Paperboy::Core {

class Library;

// Three steps, so the slow one can run on a worker thread:
//   ExportSet set = NotesExporter::collect(library, scope);        // reads the library (its thread)
//   options.existingFiles = NotesExporter::existingNoteFiles(dir); // md-folder only
//   ExportResult r = NotesExporter::render(set, format, options, progress, &cancel); // any thread
//   Status s = NotesExporter::write(r, format, path);                // atomic per file
// render touches no Library and no shared state; PDF needs a QGuiApplication to exist (fonts).
class NotesExporter
{
    Q_DECLARE_TR_FUNCTIONS(NotesExporter) // translations are looked up in the "NotesExporter" context

public:
    enum class Format { Markdown, MarkdownFolder, Html, Pdf, BibTeX, Json, Csv };

    // "md", "md-folder", "html", "pdf", "bibtex", "json", "csv" (also "markdown", "bib").
    static bool formatFromName(const QString &name, Format *format);
    static QString formatName(Format format);
    static QString fileSuffix(Format format); // "md", "" for md-folder, "html", ...

    static ExportSet collect(Library &library, const ExportScope &scope);

    // progress(done, total) is called on the rendering thread after each paper; when *cancel turns
    // true, render stops and returns a result with cancelled set and no files.
    static ExportResult render(const ExportSet &set, Format format, const ExportOptions &options,
                               const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr);

    // One-file formats: path is the file, replaced only once the new one is complete (AtomicFile).
    // md-folder: path is a folder (made when missing); each note is written the same way.
    static Status write(const ExportResult &result, Format format, const QString &path);

    // md-folder: the notes in folder that an earlier export wrote (front matter "arxiv: ..."), by id.
    static QHash<QString, QString> existingNoteFiles(const QString &folder);

    // A file name that is valid on Windows, macOS and Linux and in Obsidian links: no <>:"/\|?*#^[],
    // no control characters, no trailing dot or space, not a reserved device name (CON, NUL, COM1...),
    // at most maxBytes of UTF-8 before the suffix. "a/b: c?" -> "a_b_ c_"; "CON" -> "_CON".
    static QString safeFileName(const QString &name, int maxBytes = 120);
    // The note's file name in md-folder: "<id> <title>.md", made safe.
    static QString noteFileName(const ExportPaper &paper);
    // The BibTeX key: "arXiv:<id>", the same in every export.
    static QString bibtexKey(const QString &arxivId);
    // Text for a BibTeX field: { } $ & % # _ ~ ^ \ written as LaTeX commands, braces kept balanced.
    static QString bibtexEscaped(const QString &text);
    // A tag as Obsidian accepts it in front matter: letters, digits, _ - / only ("보상 모델" -> "보상_모델").
    static QString obsidianTag(const QString &tag);
};

} // namespace Paperboy::Core
