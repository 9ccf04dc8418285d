// One notes-export format behind one interface: its names, what it needs, rendering and writing.
// ExporterFactory lists them; a new format is a new Exporter, not a new case in a switch.
#pragma once

#include "common/status.h"
#include "export/exportset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Paperboy::Core {

// The formats as code names them (NotesExporter::Format); the command line and the settings use
// Exporter::name().
enum class ExportFormat { Markdown, MarkdownFolder, Html, Pdf, BibTeX, Json, Csv };

// render touches no Library and no shared state, so it runs on any thread; an Exporter holds no
// state and the factory's instances are shared.
class Exporter
{
    // Every notes-export string is in the "NotesExporter" context, whichever class says it.
    Q_DECLARE_TR_FUNCTIONS(NotesExporter)

public:
    // progress(done, total) is called on the rendering thread after each paper.
    using Progress = std::function<void(int, int)>;
    enum class Destination { File, Folder };

    Exporter() = default;
    virtual ~Exporter() = default;
    Q_DISABLE_COPY_MOVE(Exporter)

    virtual ExportFormat format() const = 0;
    // The name the command line and the settings use ("md"), and others it answers to ("markdown").
    virtual QString name() const = 0;
    virtual QStringList aliases() const { return {}; }
    // What the export dialog lists, translated ("Markdown, one file").
    virtual QString description() const = 0;
    // The file name's extension without the dot ("md", "bib"); "" when it writes a folder.
    virtual QString fileSuffix() const = 0;

    // What it needs: a file or a folder to write to; a QGuiApplication (fonts, for the PDF); a page
    // size (ExportOptions::pageSize), in which case the result counts its pages.
    virtual Destination destination() const { return Destination::File; }
    virtual bool needsGuiApplication() const { return false; }
    virtual bool isPaged() const { return false; }
    // A preview shows this format's output instead (the PDF shows the HTML it is laid out from);
    // isHtml: the output is a web page, else text.
    virtual ExportFormat previewFormat() const { return format(); }
    virtual bool isHtml() const { return false; }

    // Reads what rendering needs from the destination before it starts (md-folder: the notes an
    // earlier export left there, into options->existingFiles).
    virtual void prepare(const QString &path, ExportOptions *options) const;

    // When *cancel turns true, render stops and returns a result with cancelled set and no files.
    virtual ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                                const std::atomic_bool *cancel = nullptr) const = 0;

    // A failed or cancelled result, or no path, writes nothing and says why; else writeFiles.
    Status write(const ExportResult &result, const QString &path) const;

protected:
    // A one-file format: path is the file, replaced only once the new one is complete (AtomicFile).
    virtual Status writeFiles(const ExportResult &result, const QString &path) const;

    static bool isCancelled(const std::atomic_bool *cancel) { return cancel && cancel->load(); }
    static ExportResult cancelledResult();
    // The result of a one-file format.
    static ExportResult oneFile(const QByteArray &data);
};

} // namespace Paperboy::Core
