// Notes as BibTeX: one @misc entry per paper (arXiv eprint, year from the id), tags as keywords and
// the note as annote.
#pragma once

#include "export/exporter.h"

namespace Paperboy::Core {

class BibtexExporter final : public Exporter
{
public:
    ExportFormat format() const override { return ExportFormat::BibTeX; }
    QString name() const override { return QStringLiteral("bibtex"); }
    QStringList aliases() const override { return {QStringLiteral("bib")}; }
    QString description() const override;
    QString fileSuffix() const override { return QStringLiteral("bib"); }

    ExportResult render(const ExportSet &set, const ExportOptions &options, const Progress &progress = {},
                        const std::atomic_bool *cancel = nullptr) const override;

    // The entry's key: "arXiv:<id>", the same in every export.
    static QString key(const QString &arxivId);
    // Text for a field: { } $ & % # _ ~ ^ \ written as LaTeX commands, braces kept balanced.
    //   "50% {x}" -> "50\% \textbraceleft{}x\textbraceright{}"
    static QString escaped(const QString &text);
};

} // namespace Paperboy::Core
