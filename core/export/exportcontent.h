// What every notes format shows alike: the export's title line, a paper's title and day, and which
// parts of its summary an export includes.
#pragma once

#include "export/exportset.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Paperboy::Core::ExportContent {

// "Paperboy notes — tag “rl”" (options.title in place of "Paperboy notes" when given).
QString title(const ExportSet &set, const ExportOptions &options);
// "Papers: 3 · exported 2025-05-24 09:30" (local time).
QString exportedLine(const ExportSet &set);
// The title, or the arXiv id when the paper has none.
QString displayTitle(const ExportPaper &paper);
// "2025-05-24"; "" for no day.
QString dayText(const QDate &day);
// "summary by A (also by B, C)" when several publishers summarised the paper, else "".
QString publishersText(const ExportPaper &paper);
// "2. Method" for a numbered section, else its title.
QString sectionHeading(const Section &section);
// The part of the summary an export shows, as sections (a summary without sections is one
// untitled section): all, only those with a highlight, or none (ExportOptions::summaries).
QList<Section> includedSections(const ExportPaper &paper, const ExportOptions &options);

} // namespace Paperboy::Core::ExportContent
