// The one facade over a library file: imports, the reader's queries, and user-data mutations.
#pragma once

#include "common/status.h"
#include "annotate/highlight.h"
#include "digest/digest.h"
#include "library/database.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Paperboy::Core {

struct DayInfo {
    QDate date;
    int paperCount = 0;    // papers of the day's digest
    int unreadCount = 0;
    int withoutDigest = 0; // readerDays(): papers only the day's daily-papers listing names
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
    QString github;       // repository URL, "" when none
    QDateTime publishedAt;
    QDateTime fetchedAt;
    bool hasDigest = false; // some digest in the library lists the paper (filled in on reads)
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
    QString note;              // Markdown, "" when none
    QDateTime noteUpdatedAt;
    QList<Highlight> highlights; // in reading order
    QDateTime starredAt;       // invalid: not starred
    QDateTime readAt;          // invalid: unread

    bool hasAnnotations() const { return !tags.isEmpty() || !note.isEmpty() || !highlights.isEmpty() || starredAt.isValid(); }
};

// What Library::mergeUserData did.
struct UserDataMerge {
    int papers = 0;          // papers in the input
    int tagsCreated = 0;
    int tagsApplied = 0;     // (paper, tag) pairs added
    int notesAdded = 0;      // papers that had no note
    int notesReplaced = 0;   // an older note replaced by a newer one
    int notesKept = 0;       // a different but newer (or as new) note kept
    int highlightsAdded = 0;
    int starsAdded = 0;
    int readAdded = 0;
    QStringList notInLibrary; // papers no digest in this library lists: their data is kept for later
    QList<PaperUserData> replacedNotes; // the notes that newer ones replaced, as they were (id, note, time)
    QString replacedNotesFile;          // where NotesJson::importFile kept them
    int futureTimes = 0;                // timestamps of the input later than now, not believed

    bool changedAnything() const
    {
        return tagsCreated + tagsApplied + notesAdded + notesReplaced + highlightsAdded + starsAdded + readAdded > 0;
    }
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
    // Digest: a template with {date} ("https://example.org/digests/{date}.md") or an index page
    // listing YYYY-MM-DD*.md files. HuggingFace: the API base ("https://huggingface.co").
    QString url;
    bool enabled = true;
    QDateTime lastRefresh; // UTC; invalid = never
    Auth auth = Auth::None;
    QString username;      // for Auth::Basic

    static QString kindName(Kind kind);                      // "digest" | "hf"
    static bool kindFromName(const QString &name, Kind *kind);
    static QString authName(Auth auth);                      // "none" | "bearer" | "basic"
    static Auth authFromName(const QString &name);
};

// The validators of the last successful fetch of a URL (conditional GET).
struct HttpValidators {
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetchedAt;
};

class Library : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The library file used when neither --db nor PAPERBOY_DB names one.
    static QString defaultPath();
    static QString sqliteVersion(); // of the SQLite library in use, for the About box

    // See Database::open: a read-only file opens read-only (isReadOnly()), a damaged one fails with
    // isDamaged() set (LibraryRecovery can restore or rebuild it).
    Status open(const QString &path, Database::Check check = Database::Check::Header);
    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    bool isDamaged() const { return m_db.isDamaged(); }
    // Why changes cannot be saved ("" when they can): read-only, or locked by another program at open.
    QString writeNotice() const;
    Database &database() { return m_db; }

    // Imports one digest file in one transaction. The same bytes again cost one hash and one lookup.
    ImportResult importFile(const QString &path);
    ImportResult importDigest(const Digest &digest, const QString &source, const QByteArray &content);

    // Files and folders (recursing into *.md). progress(done, total) may be called from the calling
    // thread; cancel stops between files.
    QList<ImportResult> importPaths(const QStringList &paths,
                                    const std::function<void(int, int)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);
    static QStringList digestFilesIn(const QStringList &paths);
    // How large importPaths lets the WAL grow before it waits, between two batches, for what it
    // committed to be copied into the library file, so that the WAL starts over (256 MiB).
    void setImportWalLimit(qint64 bytes) { m_importWalLimit = bytes; }

    // Another connection (an ImportTask) changed the days: re-read and tell the models.
    void notifyExternalChange();

    bool isEmpty() const;
    QList<DayInfo> days() const;
    // Newest first, a window of them: what the day list loads as it scrolls.
    QList<DayInfo> days(int offset, int limit) const;
    int dayCount() const;
    QList<PaperListing> papersOfDay(const QDate &day) const;
    // The paper as it appears on day (its latest day when day is null).
    std::optional<PaperDetail> paper(const QString &arxivId, const QDate &day = {}) const;

    // Results ranked by bm25 (title weighs most), one per paper, at most limit of them.
    QList<SearchHit> search(const class SearchQuery &query, int limit = 50, QString *error = nullptr) const;

    // The first unread paper after (day, position) in reading order: the rest of that day, then the
    // older days, then from the newest day down to where it started. Nothing when all are read.
    std::optional<PaperListing> nextUnread(const QDate &day, int position) const;

    Status setStarred(const QString &arxivId, bool starred);
    Status setRead(const QString &arxivId, bool read);
    bool isStarred(const QString &arxivId) const;

    // Tags are created on first use (name compared without case) and kept when unused.
    Status tagPaper(const QString &arxivId, const QString &tag);
    Status untagPaper(const QString &arxivId, const QString &tag);
    QStringList tagsOf(const QString &arxivId) const;
    QStringList allTags() const;
    QList<TagInfo> tags() const;
    Status renameTag(const QString &from, const QString &to);   // fails when `to` exists: merge instead
    Status setTagColor(const QString &tag, const QString &color);
    Status mergeTags(const QString &from, const QString &into); // papers of `from` get `into`; `from` goes
    Status deleteTag(const QString &tag);
    int starredCount() const;
    int unreadPaperCount() const; // papers (not entries) without read state

    // Highlights. addHighlight stores h (with its id when it has one, as undo does) and sets h.id.
    Status addHighlight(Highlight &h);
    Status updateHighlight(qint64 id, const QString &color, const QString &comment);
    Status removeHighlight(qint64 id);
    QList<Highlight> highlights(const QString &arxivId) const;

    // Papers marked for comparison, in the order they were marked.
    Status setMarked(const QString &arxivId, bool marked);
    bool isMarked(const QString &arxivId) const;
    QStringList markedPapers() const;
    Status clearMarks();
    Status saveComparison(const Comparison &comparison);
    QList<Comparison> comparisons() const;
    Status removeComparison(const QString &name);

    // Removes a day from the cache (its entries and index rows); the reader's data stays.
    Status deleteDay(const QDate &day);

    // One Markdown note per paper; an empty text removes it. Search sees the new text at once.
    Status setNote(const QString &arxivId, const QString &markdown);
    QString note(const QString &arxivId) const;
    bool isRead(const QString &arxivId) const;

    // --- Snapshots and merges for notes export and import-notes (core/export) -------------------
    // Papers listed on a day in [from, to] in reading order (newest day first, then by position);
    // a null date leaves that end open. A paper on several days comes once, at its newest day.
    QList<PaperListing> papersBetween(const QDate &from, const QDate &to) const;
    // The days a paper is listed on, newest first.
    QList<QDate> daysOf(const QString &arxivId) const;
    // Papers with a tag, a note, a highlight or a star, sorted by id (also ones no digest lists).
    QStringList annotatedPapers() const;
    // The annotated papers listed on days in [from, to] (either may be invalid: open), each once, in
    // papersBetween's order (newest day first, then position), without reading the other papers.
    QStringList annotatedPapersBetween(const QDate &from, const QDate &to) const;
    // Papers with any user data (read state too) that no digest in the library lists, sorted by id.
    QStringList papersWithoutEntries() const;
    PaperUserData userData(const QString &arxivId) const;
    // Merges in one transaction; running it again with the same input changes nothing. Tags are
    // created with the given colours (existing tags keep theirs); paper tags, stars, read state and
    // highlights (same anchor = same highlight) are added; a note is added when the paper has none
    // and replaces one only when the incoming note is newer. Data of papers no digest lists is kept.
    // beforeCommit, when given, runs inside the transaction with what the merge did; a failure it
    // returns undoes the whole merge (NotesJson keeps the replaced notes in a file this way).
    Status mergeUserData(const QList<PaperUserData> &papers, const QList<TagInfo> &tags, UserDataMerge *report = nullptr,
                         const std::function<Status(UserDataMerge &)> &beforeCommit = {});

    // --- Network sources, HTTP validators and paper metadata (core/network, schema 5) -----------
    // Defined in librarynetwork.cpp. Names compare exactly; a new source is enabled and never refreshed.
    QList<Source> sources() const;
    std::optional<Source> source(const QString &name) const;
    Status addSource(const Source &source); // fails when the name is taken
    Status removeSource(const QString &name);
    Status setSourceEnabled(const QString &name, bool enabled);
    Status setSourceRefreshed(const QString &name, const QDateTime &when);
    bool hasDay(const QDate &day) const;
    // Validators of url's last successful fetch; nothing when it was never fetched.
    std::optional<HttpValidators> httpValidators(const QString &url) const;
    Status storeHttpValidators(const QString &url, const QByteArray &etag, const QByteArray &lastModified);
    // Replaces day's daily-papers listing with papers (in their order) and upserts their metadata,
    // in one transaction. Digest tables are not touched.
    Status storePaperMeta(const QDate &day, const QList<PaperMeta> &papers);
    std::optional<PaperMeta> paperMeta(const QString &arxivId) const;
    // The daily-papers listing of a day in its order, hasDigest set per paper.
    QList<PaperMeta> paperMetaOfDay(const QDate &day) const;
    bool hasPaperListing(const QDate &day) const;
    // Days with a daily-papers listing, newest first (also days that have no digest).
    QList<QDate> listedDays() const;
    // Papers a daily-papers list named on day that no digest in the library lists ("no digest").
    QList<PaperMeta> papersWithoutDigest(const QDate &day) const;
    // The reader's days: those with a digest and those only a daily-papers listing has, newest
    // first, with withoutDigest counted; limit -1 = all.
    QList<DayInfo> readerDays(int offset, int limit) const;
    int readerDayCount() const;
    // A paper only a daily-papers listing names, as the reader shows it: its title, the listing's
    // day, the Hugging Face page as link, no summary, noDigest set. Nothing when no listing names it.
    std::optional<PaperDetail> metaOnlyPaper(const QString &arxivId, const QDate &day) const;

Q_SIGNALS:
    // Days were added, replaced or removed.
    void daysChanged();
    // Something the reader attached to a paper changed (star, read state, tags, note, highlights).
    void paperChanged(const QString &arxivId);
    // Tags were renamed, recoloured, merged or deleted.
    void tagsChanged();
    // The papers marked for comparison changed.
    void marksChanged();
    // A comparison was saved or removed.
    void comparisonsChanged();
    // A network source was added, removed, switched on or off (not when it was refreshed).
    void sourcesChanged();
    // Paper metadata (Hugging Face daily papers) was stored, by this or another connection.
    void paperMetaChanged();
    // A change of the reader's data could not be saved; message says why, in words for the user.
    void writeFailed(const QString &message);

private:
    // An ImportResult when the file cannot be read or is too large; else its bytes in *content.
    static std::optional<ImportResult> readDigestFile(const QString &path, QByteArray *content);
    // Unchanged when these bytes were imported before (same content hash).
    // *hash gets the content hash it looked up.
    std::optional<ImportResult> unchangedImport(const QString &source, const QByteArray &content, QString *hash = nullptr) const;
    QList<PaperListing> listings(const QString &where, const QVariantList &binds) const;
    // Keeps the full-text index in step with entries: call with the old text still in place, change
    // it, call again. where selects entries (e.g. "day = ?").
    bool unindexEntries(const QString &where, const QVariantList &binds);
    bool indexEntries(const QString &where, const QVariantList &binds);
    struct EncodedDigest;
    bool indexDigest(const Digest &digest, const EncodedDigest &encoded);
    // hash: the content hash of content, already known.
    // encoded: the digest's text as UTF-8, when made ahead (importPaths does it on its parsing thread).
    ImportResult importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &hash,
                              const EncodedDigest *encoded = nullptr);
    // Turns the search index's merging of segments as it writes them (FTS5's automerge) on or off.
    bool setIndexMerging(bool on);
    // Adds the words the search index was just given to the vocabulary (search_terms).
    bool storeNewWords();
    // "\"diffus\"*" -> ("\"diffuse\" OR \"diffusion\"") from the vocabulary: FTS5 reads the lists of
    // an OR lazily in rowid order, where its own prefix search first merges every list with the
    // prefix. Other terms, and prefixes of more than 32 words, come back unchanged.
    QString expandPrefixes(const QString &term) const;
    // True when every word of the query occurs in more than half of the newest entries.
    bool allTermsCommon(const class SearchQuery &query) const;
    Status setFlag(const QString &table, const QString &column, const QString &arxivId, bool on);
    // Before a change of the reader's data: fails (and signals writeFailed) when the library is read-only.
    Status checkWritable();
    // BEGIN IMMEDIATE for a change that reads before it writes.
    Status beginWrite();
    // After a failed change: the reason in the reader's words, signalled through writeFailed.
    Status writeFailure(const QString &sqliteMessage);

    mutable Database m_db;
    mutable int m_entryCount = -1;
    mutable qint64 m_sampleFloor = 0; // first entry id of the newest ones allTermsCommon samples
    // The lengths (40: SHA-1, 64: SHA-256) of content hashes earlier versions stored; none: not known yet.
    mutable std::optional<QList<int>> m_legacyHashLengths;
    // importPaths' transaction over several files: none, open, or rolled back by a failed file.
    enum class Batch { None, Open, Failed };
    Batch m_batch = Batch::None;
    qint64 m_importWalLimit = qint64(256) << 20;
};

} // namespace Paperboy::Core
