// Notes as an Obsidian folder: one Markdown note per paper with YAML front matter and [[links]]
// between papers that share a tag or that a note names. A re-export updates the notes it wrote.
#pragma once

#include "export/exporter.h"

#include <QHash>

namespace Paperboy::Core {

class MarkdownFolderExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::MarkdownFolder; }
    QString name() const override { return QStringLiteral("md-folder"); }
    QString description() const override;
    QString fileSuffix() const override { return {}; }
    Destination destination() const override { return Destination::Folder; }

    // options->existingFiles = existingNoteFiles(path).
    void prepare(const QString &path, ExportOptions *options) const override;
    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;

    // The notes in folder that an earlier export wrote (front matter "arxiv: ..."), by id. Links are
    // not followed.
    static QHash<QString, QString> existingNoteFiles(const QString &folder);
    // A file name that is valid on Windows, macOS and Linux and in Obsidian links: no <>:"/\|?*#^[],
    // no control characters, no trailing dot or space, not a reserved device name (CON, NUL, COM1...),
    // at most maxBytes of UTF-8 before the suffix. "a/b: c?" -> "a_b_ c_"; "CON" -> "_CON".
    static QString safeFileName(const QString &name, int maxBytes = 120);
    // The note's file name: "<id> <title>.md", made safe.
    static QString noteFileName(const ExportPaper &paper);
    // A tag as Obsidian accepts it in front matter: letters, digits, _ - / only ("보상 모델" -> "보상_모델").
    static QString obsidianTag(const QString &tag);

protected:
    // path is a folder (made when missing); each note is written atomically, but never through a
    // link, nor into anything but a regular file directly in the folder. What was left alone is
    // named in the failure, after the rest is written.
    Status writeFiles(const ExportResult &result, const QString &path) const override;
};

} // namespace Paperboy::Core
