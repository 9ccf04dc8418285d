// The values the library's stores hand out: days, papers, tags, comparisons, metadata, user data.
#pragma once

#include "annotate/highlight.h"
#include "common/status.h"
#include "digest/digest.h"

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QStringList>

#include <optional>

namespace Paperboy::Core {

// What changed about some papers (Library::papersChanged). Stars and read state say which way,
// so a view can show them without asking again.
enum class Change {
    Starred = 0x01,
    Unstarred = 0x02,
    Read = 0x04,
    Unread = 0x08,
    Tags = 0x10,
    Note = 0x20,
    Highlights = 0x40,
    Marked = 0x80, // marked or unmarked for comparison
    Later = 0x100, // put into or taken out of the reading queue
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

struct DayInfo {
    QDate date;
    int paperCount = 0; // papers of the day's digest
    int unreadCount = 0;
    int withoutDigest = 0; // readerDays(): papers only the day's daily-papers listing names
    int mutedCount = 0; // papers a mute rule hides (schema 12); unreadCount leaves them out
};

struct PaperListing {
    QString arxivId;
    QDate day;
    int position = 0;
    QString title;
    bool starred = false;
    bool read = false;
    QStringList tags;
    QStringList sectionKinds; // canonical names of the sections present, in order
    bool hasNote = false;
    int highlightCount = 0;
    bool marked = false; // marked for comparison
    // The publishers whose digests of the day list the paper, the one shown first (schema 10).
    QStringList publishers;
    // Schema 12 (MuteRules, PaperMemory): a mute rule matches the shown summary and the paper is
    // not starred; whether an earlier day listed the paper, and the first day that did.
    enum class Seen {
        First = 0, // the first day that lists the paper
        Again = 1, // an earlier day listed it with the same summary: not new, not counted as unread
        Updated = 2, // an earlier day listed it with another summary
    };
    bool muted = false;
    bool later = false; // in the reading queue (schema 12)
    Seen seen = Seen::First;
    QDate firstSeen;
};

// A place digests come from (Publishers): a folder or a network source.
struct PublisherInfo {
    qint64 id = 0;
    QString key; // the place (PublisherPlace::key)
    QString name;
    int rank = 0; // lower is preferred
    int digests = 0;
};

// One publisher's summary of a paper on a day.
struct SummaryRef {
    qint64 publisherId = 0;
    QString publisher; // its name
};

// A section's place in the paper tree: what PaperTreeModel shows below a paper.
struct SectionHeading {
    QString kind; // canonical kind name
    int number = 0;
    QString title;
    // Whose summary the section is in: the shown one's sections come first, then the others'.
    qint64 publisherId = 0;
    QString publisher;
    int index = 0; // in that summary's sections
};

struct TagInfo {
    qint64 id = 0;
    QString name;
    QString color;
    int count = 0; // papers with the tag
};

struct Comparison {
    QString name;
    QStringList papers;
    QStringList sections; // canonical kind names shown; empty = all
};

// What Hugging Face's daily papers say about a paper.
struct PaperMeta {
    QString arxivId;
    QString title;
    QStringList authors;
    QString abstract;
    QString aiSummary;
    QStringList aiKeywords;
    int upvotes = 0;
    int comments = 0;
    QString github; // repository URL, "" when none
    QDateTime publishedAt;
    QDateTime fetchedAt;
    bool hasDigest = false; // some digest in the library lists the paper (filled in on reads)
};

// For you: why a paper ranks where it does (Recommender::Ranked, as the paper list keeps it).
struct Recommendation {
    double score = 0; // 0..1
    QStringList reasons;
    QString closestStarred; // arXiv id, "" when none
    QString closestStarredTitle;
};

struct PaperDetail {
    PaperListing listing;
    QString link;
    QString summaryMarkdown;
    QList<Section> sections;
    // What Hugging Face says about the paper (authors, abstract, upvotes, GitHub), when fetched.
    std::optional<PaperMeta> meta;
    // Only a daily-papers listing names the paper: there is no digest summary (metaOnlyPaper).
    bool noDigest = false;
    // Whose summary this is, and every summary of the paper on the day, the preferred first.
    SummaryRef summary;
    QList<SummaryRef> summaries;
    // For you, when the day shown is ranked (the paper list's, not the catalog's).
    std::optional<Recommendation> recommendation;
};

struct SearchHit {
    QString arxivId;
    QDate day;
    QString title;
    QString snippet; // matched words between SearchHit::MatchStart and SearchHit::MatchEnd
    double rank = 0; // bm25: lower is better

    static constexpr QChar MatchStart = QChar(0x02);
    static constexpr QChar MatchEnd = QChar(0x03);
    // The snippet with the markers replaced, e.g. ("[", "]") for a terminal or ("<b>", "</b>").
    QString snippetWith(const QString &open, const QString &close) const;
};

// Everything the reader attached to one paper, with the times it was done: what notes exports carry
// and import-notes merges back.
struct PaperUserData {
    QString arxivId;
    QString title; // from the library's papers ("" when no digest ever listed it)
    QString link;
    QStringList tags;
    QString note; // Markdown, "" when none
    QDateTime noteUpdatedAt;
    QList<Highlight> highlights; // in reading order
    QDateTime starredAt; // invalid: not starred
    QDateTime readAt; // invalid: unread
    QDateTime laterAt; // invalid: not in Later
    int laterPosition = -1; // its place in Later (0: the front), -1 when not in it

    bool hasAnnotations() const { return !tags.isEmpty() || !note.isEmpty() || !highlights.isEmpty() || starredAt.isValid(); }
};

// What Library::mergeUserData did.
struct UserDataMerge {
    int papers = 0; // papers in the input
    int tagsCreated = 0;
    int tagsApplied = 0; // (paper, tag) pairs added
    int notesAdded = 0; // papers that had no note
    int notesReplaced = 0; // an older note replaced by a newer one
    int notesKept = 0; // a different but newer (or as new) note kept
    int highlightsAdded = 0;
    int starsAdded = 0;
    int readAdded = 0;
    int laterAdded = 0; // papers put into Later
    QStringList notInLibrary; // papers no digest in this library lists: their data is kept for later
    QList<PaperUserData> replacedNotes; // the notes that newer ones replaced, as they were (id, note, time)
    QString replacedNotesFile; // where NotesJson::importFile kept them
    int futureTimes = 0; // timestamps of the input later than now, not believed

    bool changedAnything() const { return tagsCreated + tagsApplied + notesAdded + notesReplaced + highlightsAdded + starsAdded + readAdded + laterAdded > 0; }
};

struct ImportResult {
    enum class Outcome { Imported, Unchanged, Rejected };
    Outcome outcome = Outcome::Rejected;
    QString source;
    QDate day;
    int papers = 0;
    QList<Diagnostic> diagnostics;
};

// --- Network sources and what they bring (schema 5, docs/NETWORK.md) -----------------------------

// A place digests or paper metadata come from. The secret of a source with auth != None is in the
// system keychain (SecretStore), never here.
struct Source {
    enum class Kind { Digest, HuggingFace };
    enum class Auth { None, Bearer, Basic };
    QString name;
    Kind kind = Kind::Digest;
    // Digest: a template with {date} ("https://example.org/digests/{date}.md") or {yyyy}, {mm} and
    // {dd} (UrlTemplate), or an index page listing YYYY-MM-DD*.md files. HuggingFace: the API base
    // ("https://huggingface.co").
    QString url;
    bool enabled = true;
    QDateTime lastRefresh; // UTC; invalid = never
    Auth auth = Auth::None;
    QString username; // for Auth::Basic

    static QString kindName(Kind kind); // "digest" | "hf"
    static bool kindFromName(const QString &name, Kind *kind);
    static QString authName(Auth auth); // "none" | "bearer" | "basic"
    static Auth authFromName(const QString &name);
};

// The validators of the last successful fetch of a URL (conditional GET).
struct HttpValidators {
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetchedAt;
};

} // namespace Paperboy::Core
