// What a notes export covers (ExportScope), how it is written (ExportOptions), and the snapshot it is
// rendered from (ExportSet): plain values, so rendering can run on any thread.
#pragma once

#include "annotate/highlight.h"
#include "common/status.h"
#include "digest/digest.h"
#include "search/searchquery.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Paperboy::Core {

// Which papers: every filter that is set must hold; nothing set means every paper (and every paper
// the reader annotated that no digest lists). The order is that of ids, of the marks, of the search
// ranking, or else reading order (newest day first, then as listed that day).
//   the current paper      ids = {"2505.16265"}
//   marked papers          marked = true
//   a day / a day range    from = to = 2025-05-24 / from, to
//   a tag, starred         tags = {"rl"} / starredOnly
//   search results         query = SearchQuery::parse("보상 모델 is:starred")
//   everything annotated   annotatedOnly (a tag, note, highlight or star)
struct ExportScope {
    QStringList ids;
    bool marked = false;
    QDate from;
    QDate to;
    QStringList tags;
    bool starredOnly = false;
    bool annotatedOnly = false;
    std::optional<SearchQuery> query;
    int searchLimit = 10000;
};

struct ExportOptions {
    enum class Summaries {
        Full, // every section
        Highlighted, // only the sections that have highlights
        None,
    };
    enum class PageSize { A4, Letter };

    Summaries summaries = Summaries::Full;
    bool includeHighlights = true;
    bool includeNotes = true;
    bool includeTags = true;
    PageSize pageSize = PageSize::A4; // PDF
    QString title; // heading of a one-file export; empty: "Paperboy notes"
    // md-folder: file names (in the folder written to) of papers exported there before, by arXiv id,
    // so a re-export updates those files. The md-folder exporter's prepare() finds them.
    QHash<QString, QString> existingFiles;
};

struct ExportTag {
    QString name;
    QString color; // #rrggbb
};

// One paper with its summary (from its newest day) and everything the reader attached to it.
struct ExportPaper {
    QString arxivId;
    QString title;
    QString link; // as the digest gives it (Hugging Face page)
    QList<QDate> days; // newest first; empty when no digest in the library lists it
    QString summaryMarkdown;
    QList<Section> sections;
    // Whose summary the export shows, and every publisher whose digest of the day lists the paper.
    QString publisher;
    QStringList publishers;
    bool starred = false;
    QDateTime starredAt;
    bool read = false;
    QDateTime readAt;
    QDateTime laterAt; // invalid: not in Later
    int laterPosition = -1;
    QStringList tags;
    QString note;
    QDateTime noteUpdatedAt;
    QList<Highlight> highlights;

    QDate day() const { return days.isEmpty() ? QDate() : days.first(); }
    bool inLibrary() const { return !days.isEmpty(); }
    QString arxivUrl() const;
};

struct ExportSet {
    QList<ExportPaper> papers;
    QList<ExportTag> tags; // the tags the papers carry (every tag of the library when the scope is everything)
    QStringList unknownIds; // ids asked for that the library knows nothing about
    QDateTime createdAt;
    QString description; // the scope in words: "2025-05-24", "tag “rl”", "3 papers", ...
};

// One file of an export: name is "" for the one file of a one-file format, else a file name inside
// the destination folder (md-folder).
struct ExportFile {
    QString name;
    QByteArray data;
};

struct ExportResult {
    Status status;
    bool cancelled = false;
    QList<ExportFile> files;
    int pageCount = 0; // PDF: pages written
    int rows = -1; // CSV: rows written below the header (one per highlight); -1 for a format without rows
};

} // namespace Paperboy::Core
