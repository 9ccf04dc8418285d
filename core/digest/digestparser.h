// Reads one day's digest (Markdown) into a Digest value, with per-file and per-paper diagnostics.
#pragma once

#include "digest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Paperboy::Core {

// The long texts of a parsed digest as UTF-8, as the parser has them: what storing a digest needs,
// without decoding them into QStrings only to encode them back. papers[i] belongs to the digest's
// papers[i]: summary is the UTF-8 of what would be its summaryMarkdown, sections[k] its sections[k]
// (body as UTF-8; the section's Markdown as the slice of the summary it always is, in UTF-16 code
// units like Section::markdownFrom).
struct DigestUtf8 {
    struct Section {
        QByteArray body;
        qsizetype markdownFrom = 0;
        qsizetype markdownLength = 0;
    };
    struct Paper {
        QByteArray summary;
        QList<Section> sections;
    };
    QList<Paper> papers;
};

// Reads a day's digest in any layout DigestLayoutRegistry knows (docs/FORMAT.md): the file is
// checked (size, encoding, line ends) once, then the layout that recognises its structure best reads
// it and names itself in Digest::layout:
//
//   # 📰 Hugging Face Daily Papers – 2025-05-24     -> hf-daily (HfDigestLayout)
//   ## 2505.16265
//
//   ## Daily Papers (2025-05-09)                    -> paper-log (PaperLogLayout)
//   ### [Title](https://arxiv.org/abs/2505.04921)
//
// A file no layout recognises is rejected with an error that says what each layout expects.
class DigestParser
{
public:
    static constexpr qsizetype MaxFileBytes = 64 * 1024 * 1024;
    // A digest's papers are numbered within it (a library entry's id is its day, its digest's slot
    // and its position: Publishers::MaxPapersPerDigest), and no real digest comes near this; a file
    // that lists more is refused before its papers are read.
    static constexpr int MaxPapersPerDay = 1000;

    // fileName names the source in diagnostics and supplies the date when the heading has none.
    static Digest parse(const QByteArray &content, const QString &fileName);
    // The same digest for storing it: the long texts (each paper's summaryMarkdown, each section's
    // markdown and body) go into *texts as UTF-8 and are left empty in the Digest.
    static Digest parseForImport(const QByteArray &content, const QString &fileName, DigestUtf8 *texts);
    static Digest parseFile(const QString &path);
    // The bytes of a digest file, the one way digests are read from disk: a regular file (links
    // followed) of at most maxBytes, read no further than a chunk past that whatever size it
    // reports (readRegularFile). Otherwise nothing, and *problem says why.
    static std::optional<QByteArray> readFile(const QString &path, Diagnostic *problem, qint64 maxBytes = MaxFileBytes);

    // Splits a summary into its title and sections as the hf-daily layout writes them (used for
    // edited summaries).
    static void parseSummary(Paper &paper);
};

} // namespace Paperboy::Core
