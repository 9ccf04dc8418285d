// Library: SQL for imports, listings and user state (all SQL of the app lives in core/library).
#include "library.h"

#include "digest/digestparser.h"
#include "library/statement.h"
#include "search/cjktokenizer.h"
#include "search/searchquery.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <QDateTime>
#include <QElapsedTimer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QSet>
#include <QScopeGuard>
#include <QStandardPaths>

namespace Paperboy::Core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString dayKey(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Newer days get larger ids, and a re-imported day gets the same ids again. Unique because a day
// holds at most DigestParser::MaxPapersPerDay (< 10000) papers.
static_assert(DigestParser::MaxPapersPerDay < 10000);
qlonglong entryId(const QDate &day, int position)
{
    return day.toJulianDay() * 10000 + position;
}

// A null QString would bind as SQL NULL; text columns want ''. A null QVariant stays NULL.
bool exec(QSqlQuery &q, const QVariantList &binds = {})
{
    for (const auto &b : binds) {
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    return q.exec();
}

// Weights in column order: title, the seven section kinds, other, note; then, bound, the term of
// each phrase (SearchQuery::phraseTerms).
const QString kRank = QStringLiteral("paperboy_rank(search_fts, 4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, ?)");

const QString kSearchColumns = QStringLiteral(
    "title, motivation, contributions, method, experiments, results, limitations, future_work, other, note");

// Only tells whether a file changed, so it need not resist forgery: XXH3 (128 bits, 32 hex digits)
// hashes a digest in a small fraction of the time SHA-1 took, which was a tenth of the parsing
// thread's work in an import and most of what a re-import of an unchanged archive costs. Days
// imported by earlier versions carry SHA-1 (40 hex digits) or, before schema 6, SHA-256 (64) and
// are still recognised (legacyHash).
QString contentHash(const QByteArray &content)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits(content.constData(), size_t(content.size())));
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest).toHex());
}

// The hash an earlier version stored, told apart by its length in hex digits (40 or 64).
QString legacyHash(const QByteArray &content, qsizetype hexDigits)
{
    const auto algorithm = hexDigits == 40 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QString::fromLatin1(QCryptographicHash::hash(content, algorithm).toHex());
}

// Whether stored, a day's content hash, is that of content (hash: contentHash(content)).
bool sameContent(const QString &stored, const QString &hash, const QByteArray &content)
{
    return stored == hash || ((stored.size() == 40 || stored.size() == 64) && stored == legacyHash(content, stored.size()));
}

} // namespace

QString SearchHit::snippetWith(const QString &open, const QString &close) const
{
    QString s = snippet;
    s.replace(MatchStart, open);
    s.replace(MatchEnd, close);
    return s;
}

bool Library::unindexEntries(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO search_fts(search_fts, rowid, %1) SELECT 'delete', id, %1 FROM search_docs "
                             "WHERE id IN (SELECT id FROM entries WHERE %2)").arg(kSearchColumns, where));
    return exec(q, binds);
}

namespace {

// A digest entry's values for the search index's columns title .. other (the note comes from the
// library) as UTF-8: the same values search_docs gives (so a later 'delete' through the view
// removes exactly these tokens), taken from memory instead of read back through the view.
struct IndexRow {
    static constexpr int Columns = 9;
    std::array<QByteArray, Columns> columns; // null: SQL NULL
};

} // namespace

// What importDigest writes, as UTF-8: converting the text is a fifth of the storing thread's work,
// so importPaths has it done on the parsing thread, which has time to spare. Each text is
// converted once: the search index's columns are put together from the converted sections.
struct Library::EncodedDigest {
    struct Section {
        QByteArray title, body;
        // Schema 8 keeps a section's Markdown as a slice of its entry's summary (from, length in
        // UTF-16 code units); only one that is not such a slice is stored as text.
        qint64 markdownFrom = -1, markdownLength = 0;
        QByteArray markdown;
    };
    struct Paper {
        QByteArray arxivId, title, link, summary;
        std::vector<Section> sections;
    };
    std::vector<Paper> papers;
    std::vector<IndexRow> index;
    // texts: the digest's long texts when it was parsed for an import (DigestParser::parseForImport);
    // without them they are encoded from the digest's QStrings.
    static EncodedDigest of(const Digest &digest, const DigestUtf8 *texts = nullptr)
    {
        EncodedDigest e;
        e.papers.reserve(size_t(digest.papers.size()));
        e.index.resize(size_t(digest.papers.size()));
        const QList<SectionKind> kinds = canonicalSectionKinds();
        Q_ASSERT(!texts || texts->papers.size() == digest.papers.size());
        for (qsizetype i = 0; i < digest.papers.size(); ++i) {
            const Core::Paper &p = digest.papers.at(i);
            Paper &out = e.papers.emplace_back();
            out.arxivId = p.arxivId.toUtf8();
            out.title = p.title.toUtf8();
            out.link = p.link.toUtf8();
            const DigestUtf8::Paper *paperTexts = texts ? &texts->papers.at(i) : nullptr;
            Q_ASSERT(!paperTexts || paperTexts->sections.size() == p.sections.size());
            out.summary = paperTexts ? paperTexts->summary : p.summaryMarkdown.toUtf8();
            out.sections.reserve(size_t(p.sections.size()));
            for (qsizetype k = 0; k < p.sections.size(); ++k) {
                const Core::Section &sec = p.sections.at(k);
                Section &s = out.sections.emplace_back();
                s.title = sec.title.toUtf8();
                if (paperTexts) {
                    const DigestUtf8::Section &text = paperTexts->sections.at(k);
                    s.body = text.body;
                    s.markdownFrom = text.markdownFrom;
                    s.markdownLength = text.markdownLength;
                    continue;
                }
                s.body = sec.body.toUtf8();
                if (sec.markdownFrom >= 0 && sec.markdownFrom + sec.markdown.size() <= p.summaryMarkdown.size()
                    && QStringView(p.summaryMarkdown).sliced(sec.markdownFrom, sec.markdown.size()) == sec.markdown) {
                    s.markdownFrom = sec.markdownFrom;
                    s.markdownLength = sec.markdown.size();
                } else {
                    s.markdown = sec.markdown.toUtf8();
                }
            }
            // The index's columns: the title, then per kind its sections' bodies joined by
            // newlines, as search_docs joins them; a null text is '' there, not NULL.
            IndexRow &row = e.index[size_t(i)];
            const auto set = [&row](int column, QByteArray utf8) {
                row.columns[size_t(column)] = utf8.isNull() ? QByteArray("") : utf8;
            };
            const auto joined = [&](SectionKind kind) {
                QByteArray text;
                bool any = false;
                for (qsizetype k = 0; k < p.sections.size(); ++k) {
                    if (p.sections.at(k).kind != kind)
                        continue;
                    if (any)
                        text += '\n';
                    text += out.sections[size_t(k)].body;
                    any = true;
                }
                return any ? std::optional<QByteArray>(text) : std::nullopt;
            };
            set(0, out.title);
            int column = 1;
            for (SectionKind kind : kinds) {
                if (auto text = joined(kind))
                    set(column, *text);
                ++column;
            }
            if (p.sections.isEmpty())
                set(column, out.summary);
            else if (auto text = joined(SectionKind::Other))
                set(column, *text);
        }
        return e;
    }
};

bool Library::indexDigest(const Digest &digest, const EncodedDigest &encoded)
{
    QHash<QString, QString> notes;
    {
        QSqlQuery n(m_db.sql());
        n.prepare(QStringLiteral("SELECT arxiv_id, markdown FROM notes WHERE arxiv_id IN (SELECT arxiv_id FROM entries WHERE day = ?)"));
        exec(n, {dayKey(digest.date)});
        while (n.next())
            notes.insert(n.value(0).toString(), n.value(1).toString());
    }
    const std::vector<IndexRow> &rows = encoded.index;
    Statement insert(m_db.handle(), "INSERT INTO search_fts(rowid, title, motivation, contributions, method, experiments, "
                                    "results, limitations, future_work, other, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const IndexRow &row : rows) {
        const Paper &p = digest.papers.at(position);
        insert.bind(1, entryId(digest.date, position++));
        for (int c = 0; c < IndexRow::Columns; ++c) {
            if (row.columns[size_t(c)].isNull())
                insert.bindNull(c + 2);
            else
                insert.bindTerminatedUtf8(c + 2, row.columns[size_t(c)]); // parsed texts have no NUL
        }
        const auto note = notes.constFind(p.arxivId);
        if (note == notes.cend())
            insert.bindNull(IndexRow::Columns + 2);
        else
            insert.bind(IndexRow::Columns + 2, *note);
        if (!insert.exec())
            return false;
    }
    return storeNewWords();
}

bool Library::indexEntries(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO search_fts(rowid, %1) SELECT id, %1 FROM search_docs "
                             "WHERE id IN (SELECT id FROM entries WHERE %2)").arg(kSearchColumns, where));
    return exec(q, binds) && storeNewWords();
}

bool Library::storeNewWords()
{
    const QList<QByteArray> words = CjkTokenizer::takeNewWords(m_db.handle());
    if (words.isEmpty())
        return true;
    Statement insert(m_db.handle(), "INSERT OR IGNORE INTO search_terms(term) VALUES (?)");
    for (const QByteArray &word : words)
        if (!insert.bindUtf8(1, word).exec())
            return false;
    return true;
}

QString Library::expandPrefixes(const QString &term) const
{
    // Only a single word with a trailing * ("\"diffus\"*"); phrases and CJK prefixes stay as they are.
    if (!term.startsWith(u'"') || !term.endsWith(QLatin1StringView("\"*")) || term.size() < 4)
        return term;
    const QString inner = term.mid(1, term.size() - 3);
    if (inner.contains(u'"'))
        return term;
    const QByteArray utf8 = inner.toUtf8();
    QList<QByteArray> tokens;
    bool allWords = true;
    CjkTokenizer::tokenizeRaw(utf8.constData(), int(utf8.size()), [&](const char *t, int n, int, int, bool word) {
        tokens << QByteArray(t, n);
        allWords = allWords && word;
        return true;
    });
    if (tokens.size() != 1 || !allWords)
        return term;
    constexpr int MaxWords = 32;
    const QString prefix = QString::fromUtf8(tokens.first());
    QSqlQuery words(m_db.sql());
    words.setForwardOnly(true);
    words.prepare(QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? || char(1114111) ORDER BY term LIMIT %1")
                      .arg(MaxWords + 1));
    QStringList alternatives;
    if (exec(words, {prefix, prefix}))
        while (words.next())
            alternatives << SearchQuery::quote(words.value(0).toString());
    if (alternatives.isEmpty() || alternatives.size() > MaxWords)
        return term; // no vocabulary (a library being upgraded), nothing, or too many words: FTS5's own prefix search
    return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(QLatin1StringView(" OR ")) + u')';
}

Library::Library(QObject *parent)
    : QObject(parent)
{
}

Library::~Library() = default;

QString Library::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Library::defaultPath()
{
    const QString env = qEnvironmentVariable("PAPERBOY_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

Status Library::open(const QString &path, Database::Check check)
{
    Status opened = m_db.open(path, -1, check);
    if (opened && !m_db.isReadOnly()) {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'automerge'")) && q.next() && q.value(0).toInt() == 0) {
            q.finish();
            setIndexMerging(true); // an import was cut short (see importPaths)
        }
    }
    return opened;
}

bool Library::setIndexMerging(bool on)
{
    QSqlQuery q(m_db.sql());
    // 4 is FTS5's default.
    return q.exec(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', %1)").arg(on ? 4 : 0));
}

QString Library::writeNotice() const
{
    if (m_db.isReadOnly())
        return tr("The library is open read-only (%1): changes cannot be saved.").arg(m_db.readOnlyReason());
    if (m_db.wasLockedAtOpen())
        return tr("Another program was writing to the library when it opened: changes wait until it is done.");
    return {};
}

Status Library::checkWritable()
{
    if (!m_db.isReadOnly())
        return Status::success();
    const QString message = tr("Not saved: the library is open read-only (%1).").arg(m_db.readOnlyReason());
    Q_EMIT writeFailed(message);
    return Status::failure(message);
}

Status Library::beginWrite()
{
    // IMMEDIATE takes the write lock first, waiting out another writer (busy timeout). A deferred
    // transaction whose first statement reads (the search index's delete does) would instead fail
    // at once when another connection wrote since: SQLite does not wait while holding a read lock.
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return writeFailure(q.lastError().text());
    return Status::success();
}

Status Library::writeFailure(const QString &sqliteMessage)
{
    QString message;
    const int code = sqlite3_errcode(m_db.handle()) & 0xff;
    // A rollback after the failure may have reset the code; SQLite's words still tell.
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || sqliteMessage.contains(QLatin1StringView("database is locked")))
        message = tr("Not saved: another program is writing to the library and did not finish within 5 seconds. Try again when it is done.");
    else if (code == SQLITE_FULL || sqliteMessage.contains(QLatin1StringView("database or disk is full")))
        message = tr("Not saved: the disk that holds the library is full.");
    else if (code == SQLITE_READONLY)
        message = tr("Not saved: the library cannot be written (%1).").arg(sqliteMessage);
    else
        message = tr("Not saved: %1").arg(sqliteMessage.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db.handle())) : sqliteMessage);
    Q_EMIT writeFailed(message);
    return Status::failure(message);
}

std::optional<ImportResult> Library::unchangedImport(const QString &source, const QByteArray &content, QString *hashOut) const
{
    const QString hash = contentHash(content);
    if (hashOut)
        *hashOut = hash;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT date, (SELECT count(*) FROM entries WHERE day = date) FROM days WHERE content_hash = ?"));
    bool found = exec(q, {hash}) && q.next();
    if (!found) {
        if (!m_legacyHashLengths) {
            QSqlQuery legacy(m_db.sql());
            m_legacyHashLengths.emplace();
            if (legacy.exec(QStringLiteral("SELECT DISTINCT length(content_hash) FROM days WHERE length(content_hash) IN (40, 64)")))
                while (legacy.next())
                    m_legacyHashLengths->append(legacy.value(0).toInt());
        }
        for (int length : std::as_const(*m_legacyHashLengths)) {
            q.finish();
            if ((found = exec(q, {legacyHash(content, length)}) && q.next()))
                break;
        }
    }
    if (!found)
        return std::nullopt;
    ImportResult r;
    r.outcome = ImportResult::Outcome::Unchanged;
    r.source = source;
    r.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    r.papers = q.value(1).toInt();
    return r;
}

std::optional<ImportResult> Library::readDigestFile(const QString &path, QByteArray *content)
{
    Diagnostic problem;
    if (std::optional<QByteArray> bytes = DigestParser::readFile(path, &problem)) {
        *content = std::move(*bytes);
        return std::nullopt;
    }
    ImportResult rejected;
    rejected.source = path;
    rejected.diagnostics.append(problem);
    return rejected;
}

ImportResult Library::importFile(const QString &path)
{
    QByteArray content;
    if (auto rejected = readDigestFile(path, &content))
        return *rejected;
    QString hash;
    if (auto unchanged = unchangedImport(path, content, &hash))
        return *unchanged;
    DigestUtf8 texts;
    const Digest digest = DigestParser::parseForImport(content, path, &texts);
    const EncodedDigest encoded = EncodedDigest::of(digest, &texts);
    return importDigest(digest, path, content, hash, &encoded);
}

ImportResult Library::importDigest(const Digest &digest, const QString &source, const QByteArray &content)
{
    return importDigest(digest, source, content, contentHash(content));
}

ImportResult Library::importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &hash,
                                   const EncodedDigest *encoded)
{
    ImportResult result;
    result.source = source;
    result.day = digest.date;
    result.diagnostics = digest.diagnostics;
    auto &db = m_db.sql();

    const auto logImport = [&](const QString &outcome) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO imports(source, content_hash, day, imported_at, outcome, papers, diagnostics) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QStringList lines;
        for (const auto &d : result.diagnostics)
            lines.append(d.toString());
        if (!exec(q, {source, hash, digest.date.isValid() ? QVariant(dayKey(digest.date)) : QVariant(), now(), outcome,
                      result.papers, lines.join(u'\n')}))
            result.diagnostics.append({Diagnostic::Severity::Warning, source, 0, {},
                                       tr("the import was not logged: %1").arg(q.lastError().text())});
    };

    // Entry ids are the day and the position (entryId): more papers than a day holds would take
    // the ids of the days after it. The parser refuses such a file; a Digest made elsewhere too.
    const bool tooMany = digest.papers.size() > DigestParser::MaxPapersPerDay;
    if (tooMany)
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {},
                                   tr("%1 papers for one day; a day holds at most %2").arg(digest.papers.size()).arg(DigestParser::MaxPapersPerDay)});
    const bool fileRejected = !digest.date.isValid() || digest.papers.isEmpty() || tooMany;
    if (fileRejected) {
        result.outcome = ImportResult::Outcome::Rejected;
        logImport(QStringLiteral("rejected"));
        return result;
    }

    bool dayExists = true;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT content_hash FROM days WHERE date = ?"));
        if (exec(q, {dayKey(digest.date)})) {
            dayExists = q.next();
            if (dayExists && sameContent(q.value(0).toString(), hash, content)) {
                result.outcome = ImportResult::Outcome::Unchanged;
                result.papers = int(digest.papers.size());
                return result;
            }
        }
    }

    // Inside importPaths' batch the transaction is already open and is committed by importPaths.
    const bool batched = m_batch == Batch::Open;
    if (!batched && !db.transaction()) {
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {},
                                   tr("cannot start a transaction: %1").arg(db.lastError().text())});
        return result;
    }
    const QString day = dayKey(digest.date);
    const auto failWith = [&](const QString &message) {
        db.rollback();
        if (batched)
            m_batch = Batch::Failed;
        result.outcome = ImportResult::Outcome::Rejected;
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {}, tr("database error: %1").arg(message)});
        return result;
    };
    QSqlQuery upsertDay(db), clearDay(db);
    upsertDay.prepare(QStringLiteral(
        "INSERT INTO days(date, title, source, content_hash, imported_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(date) DO UPDATE SET title=excluded.title, source=excluded.source, "
        "content_hash=excluded.content_hash, imported_at=excluded.imported_at"));
    clearDay.prepare(QStringLiteral("DELETE FROM entries WHERE day = ?"));
    // The bulk of the text goes in through raw statements (UTF-8, no QVariant); see Statement.
    Statement upsertPaper(m_db.handle(),
                          "INSERT INTO papers(arxiv_id, title, link) VALUES (?, ?, ?) "
                          "ON CONFLICT(arxiv_id) DO UPDATE SET title=excluded.title, link=excluded.link");
    // An entry's id is its day and position (see entryId), so the search index's rowid order is newest first.
    Statement insertEntry(m_db.handle(),
                          "INSERT INTO entries(id, day, arxiv_id, position, title, link, summary) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement insertSection(m_db.handle(), "INSERT INTO sections(entry_id, ordinal, kind, number, title, markdown, body, markdown_from, "
                                           "markdown_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

    if (!exec(upsertDay, {day, digest.title, source, hash, now()}))
        return failWith(upsertDay.lastError().text());
    // A new day has nothing to take out of the index. Skipping the statement matters: a statement
    // that may change several rows of the index opens a savepoint, and FTS5 writes its pending
    // terms to disk at every savepoint, which would defeat importPaths' batching.
    if (dayExists && !unindexEntries(QStringLiteral("day = ?"), {day}))
        return failWith(tr("cannot update the search index"));
    if (dayExists && !exec(clearDay, {day}))
        return failWith(clearDay.lastError().text());
    std::optional<EncodedDigest> encodedHere;
    if (!encoded)
        encoded = &encodedHere.emplace(EncodedDigest::of(digest));
    const QByteArray dayUtf8 = day.toUtf8();
    int position = 0;
    for (const Paper &p : digest.papers) {
        const EncodedDigest::Paper &text = encoded->papers.at(size_t(position));
        if (!upsertPaper.bindUtf8(1, text.arxivId).bindUtf8(2, text.title).bindUtf8(3, text.link).exec())
            return failWith(upsertPaper.errorMessage());
        const qint64 entry = entryId(digest.date, position);
        if (!insertEntry.bind(1, entry).bindUtf8(2, dayUtf8).bindUtf8(3, text.arxivId).bind(4, qint64(position)).bindUtf8(5, text.title)
                 .bindUtf8(6, text.link).bindUtf8(7, text.summary).exec())
            return failWith(insertEntry.errorMessage());
        ++position;
        qint64 ordinal = 0;
        for (const Section &sec : p.sections) {
            const EncodedDigest::Section &secText = text.sections.at(size_t(ordinal));
            insertSection.bind(1, entry).bind(2, ordinal++).bind(3, sectionKindName(sec.kind)).bind(4, qint64(sec.number))
                .bindUtf8(5, secText.title).bindUtf8(6, secText.markdown.isNull() ? QByteArray("") : secText.markdown).bindUtf8(7, secText.body);
            if (secText.markdownFrom >= 0)
                insertSection.bind(8, secText.markdownFrom).bind(9, secText.markdownLength);
            else
                insertSection.bindNull(8).bindNull(9);
            if (!insertSection.exec())
                return failWith(insertSection.errorMessage());
        }
    }
    if (!indexDigest(digest, *encoded))
        return failWith(tr("cannot update the search index"));
    result.papers = int(digest.papers.size());
    result.outcome = ImportResult::Outcome::Imported;
    logImport(QStringLiteral("imported"));
    if (batched)
        return result;
    if (!db.commit()) {
        // The commit's own error: SQLite has already rolled back after a full disk, and a second
        // rollback would only add "no transaction is active".
        const int code = sqlite3_errcode(m_db.handle()) & 0xff;
        const QString why = db.lastError().text();
        if (sqlite3_get_autocommit(m_db.handle()) == 0)
            db.rollback();
        result.outcome = ImportResult::Outcome::Rejected;
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {},
                                   code == SQLITE_FULL || why.contains(QLatin1StringView("disk is full"))
                                       ? tr("not imported: the disk that holds the library is full")
                                       : tr("cannot commit: %1").arg(why)});
        return result;
    }
    m_entryCount = -1;
    Q_EMIT daysChanged();
    return result;
}

QStringList Library::digestFilesIn(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList inDir;
            QDirIterator it(p, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inDir.append(it.next());
            inDir.sort();
            files += inDir;
        } else {
            files.append(p);
        }
    }
    return files;
}

QList<ImportResult> Library::importPaths(const QStringList &paths, const std::function<void(int, int)> &progress,
                                         const std::atomic_bool *cancel)
{
    const QStringList files = digestFilesIn(paths);
    QList<ImportResult> results;
    if (files.isEmpty())
        return results;
    // A second thread reads, hashes and parses ahead (with its own connection for the hash lookup)
    // while this one stores: on two cores the parse costs no wall time. At most two files wait.
    struct Prepared {
        QByteArray content;
        QString hash;
        std::optional<ImportResult> early; // rejected before parsing, or unchanged
        Digest digest;
        EncodedDigest encoded;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Prepared> queue;
    // Files this thread is done with go back to the parsing thread, which allocated their buffers,
    // to be freed there: glibc frees another thread's memory under that thread's arena lock, in
    // contention with the parsing thread's own allocations.
    std::vector<Prepared> spent;
    bool stop = false;
    const QString dbPath = path();
    // With mutex held by lock: frees what is in spent, without holding the lock meanwhile.
    const auto freeSpent = [&](std::unique_lock<std::mutex> &lock) {
        std::vector<Prepared> done;
        done.swap(spent);
        lock.unlock();
        done.clear();
        lock.lock();
    };
    std::thread producer([&] {
        Library reader;
        const bool canCheck = reader.open(dbPath).ok();
        for (const QString &file : files) {
            Prepared p;
            p.early = readDigestFile(file, &p.content);
            if (!p.early && canCheck)
                p.early = reader.unchangedImport(file, p.content, &p.hash);
            if (!p.early) {
                DigestUtf8 texts;
                p.digest = DigestParser::parseForImport(p.content, file, &texts);
                p.encoded = EncodedDigest::of(p.digest, &texts);
                if (p.hash.isEmpty())
                    p.hash = contentHash(p.content);
            }
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 2 || stop; });
            if (stop)
                return;
            queue.push_back(std::move(p));
            changed.notify_all();
            freeSpent(lock);
        }
        // Until the last batch is committed, free what the storing thread is done with.
        std::unique_lock lock(mutex);
        while (!stop) {
            changed.wait(lock);
            freeSpent(lock);
        }
    });
    // Copying the WAL into the library file (a checkpoint) was a fifth of the storing thread's
    // time, in system calls. During a multi-file import a third thread does it instead, after each
    // commit (a passive checkpoint, which neither waits for the writer nor blocks it). It is mostly
    // waiting for the disk (fsync), and done by the parsing thread it held files back: at 1,000
    // days the storing thread waited for files a sixth of the time.
    struct {
        std::mutex mutex;
        std::condition_variable changed;
        int requested = 0, copied = 0; // commits to copy, and copied
        int walFrames = 0;             // in the WAL after the last copy
        bool stop = false;
        std::optional<bool> open; // whether its connection opened, once it knows
    } copier;
    std::atomic_bool checkpointing = false;
    std::thread checkpointer;
    if (files.size() > 1) {
        checkpointer = std::thread([&] {
            Database connection;
            const bool open = connection.open(dbPath).ok();
            std::unique_lock lock(copier.mutex);
            copier.open = open;
            copier.changed.notify_all();
            while (open) {
                copier.changed.wait(lock, [&] { return copier.requested > copier.copied || copier.stop; });
                if (copier.requested == copier.copied)
                    return; // stopped; what the last batch wrote is copied by the storing thread
                const int upTo = copier.requested;
                lock.unlock();
                int frames = 0;
                connection.checkpoint(Database::Checkpoint::Passive, &frames);
                lock.lock();
                copier.copied = upTo;
                copier.walFrames = frames;
                copier.changed.notify_all();
            }
        });
    }
    // SQLite starts the WAL over only when a transaction begins with all of it copied, which the
    // storing thread, beginning the next batch at once, would never see: the WAL would grow as large
    // as everything imported. Past m_importWalLimit it waits for its last commit to be copied first.
    const qint64 pageSize = [&] {
        QSqlQuery q(m_db.sql());
        return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toLongLong() : 4096;
    }();
    const auto copyCommitted = [&] {
        if (!checkpointing.load())
            return;
        std::unique_lock lock(copier.mutex);
        const int ticket = ++copier.requested;
        copier.changed.notify_all();
        if (qint64(copier.walFrames) * pageSize >= m_importWalLimit)
            copier.changed.wait(lock, [&] { return copier.copied >= ticket; });
    };
    // Several files go into one transaction, committed about once a second (or every 16 MB of
    // digests): each commit makes the search index write its pending terms as a new segment, and
    // fewer, larger segments cost less to write and to merge. The first batches are short (1, 2,
    // 4, ... files), so the first days show up at once and a cancel soon after the start still
    // stops early. progress(done) is only called once the first done files are committed. Should a file fail inside a batch, the batch is rolled
    // back and its files are imported again one transaction each, so one bad file costs no others.
    auto &db = m_db.sql();
    // FTS5 merges the index's segments each time it writes one (automerge). Over a long import
    // most of that merging is redone by the next merges: it was a quarter of the storing thread's
    // work for 1,000 days. So it is off while several files are imported; FTS5 still merges a
    // level once it has 16 segments (crisis merge), which bounds what a search reads, and the
    // first writes after the import resume merging. open() turns it back on should a crash have
    // left it off (so would another program's open() during the import, which costs only speed).
    // It is paused when the first batch begins: an import of unchanged files writes nothing, and
    // the parsing thread's reader, whose open() would resume merging, is open by then.
    bool mergingPaused = false;
    const auto restoreAfterImport = qScopeGuard([&] {
        if (mergingPaused)
            setIndexMerging(true);
        if (checkpointer.joinable()) {
            {
                std::lock_guard lock(copier.mutex);
                copier.stop = true;
                copier.changed.notify_all();
            }
            checkpointer.join();
        }
        if (checkpointing.load()) {
            m_db.setAutoCheckpoint(true);
            // What the last batch wrote, and the WAL file emptied, so the import leaves no more
            // behind than usual.
            m_db.checkpoint(Database::Checkpoint::Truncate);
        }
    });
    std::vector<std::pair<int, Prepared>> batch;
    qint64 batchBytes = 0;
    size_t batchFiles = 1; // doubles with every batch
    QElapsedTimer batchAge;
    int reported = 0;
    const auto report = [&] {
        for (; progress && reported < results.size(); ++reported)
            progress(reported + 1, int(files.size()));
        reported = int(results.size());
    };
    const auto redoOneByOne = [&] {
        m_batch = Batch::None;
        for (auto &[index, prepared] : batch)
            results[index] = importDigest(prepared.digest, files.at(index), prepared.content, prepared.hash, &prepared.encoded);
    };
    const auto closeBatch = [&] {
        if (m_batch == Batch::Open) {
            m_batch = Batch::None;
            if (db.commit()) {
                m_entryCount = -1;
                Q_EMIT daysChanged();
            } else {
                db.rollback();
                redoOneByOne();
            }
        } else if (m_batch == Batch::Failed) {
            redoOneByOne();
        }
        copyCommitted();
        m_batch = Batch::None;
        {
            std::lock_guard lock(mutex);
            for (auto &entry : batch)
                spent.push_back(std::move(entry.second));
        }
        batch.clear();
        batchBytes = 0;
        batchFiles = std::min<size_t>(batchFiles * 2, 1 << 20);
        report();
    };
    for (int i = 0; i < files.size(); ++i) {
        Prepared p;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.empty(); });
            p = std::move(queue.front());
            queue.pop_front();
            changed.notify_all();
        }
        if (p.early) {
            results.append(*p.early);
        } else {
            if (m_batch == Batch::None && p.digest.date.isValid() && !p.digest.papers.isEmpty()) {
                if (!mergingPaused && files.size() > 1) {
                    mergingPaused = setIndexMerging(false);
                    if (checkpointer.joinable()) {
                        std::unique_lock lock(copier.mutex);
                        copier.changed.wait(lock, [&] { return copier.open.has_value(); });
                        checkpointing = *copier.open && m_db.setAutoCheckpoint(false);
                    }
                }
                QSqlQuery begin(db);
                if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                    m_batch = Batch::Open;
                    batchAge.start();
                }
            }
            results.append(importDigest(p.digest, files.at(i), p.content, p.hash, &p.encoded));
            if (m_batch != Batch::None) {
                batchBytes += p.content.size();
                batch.emplace_back(i, std::move(p));
            } else {
                std::lock_guard lock(mutex);
                spent.push_back(std::move(p));
            }
        }
        if (m_batch == Batch::Failed
            || (m_batch == Batch::Open && (batch.size() >= batchFiles || batchBytes >= 16 << 20 || batchAge.elapsed() >= 1000)))
            closeBatch();
        if (m_batch == Batch::None)
            report();
        if (cancel && cancel->load())
            break;
    }
    closeBatch();
    {
        std::lock_guard lock(mutex);
        stop = true;
        changed.notify_all();
    }
    producer.join();
    return results;
}

void Library::notifyExternalChange()
{
    m_entryCount = -1;
    Q_EMIT daysChanged();
}

bool Library::isEmpty() const
{
    QSqlQuery q(m_db.sql());
    return !(q.exec(QStringLiteral("SELECT 1 FROM days LIMIT 1")) && q.next());
}

QList<DayInfo> Library::days() const
{
    return days(0, -1);
}

QList<DayInfo> Library::days(int offset, int limit) const
{
    // Counted per day through the (day, arxiv_id) index: a window costs its own days, not the library.
    QList<DayInfo> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.date, (SELECT count(*) FROM entries e WHERE e.day = d.date), "
        "  (SELECT count(*) FROM entries e WHERE e.day = d.date "
        "     AND NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)) "
        "FROM days d ORDER BY d.date DESC LIMIT ? OFFSET ?"));
    exec(q, {limit, std::max(0, offset)});
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

int Library::dayCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM days")) && q.next() ? q.value(0).toInt() : 0;
}

QList<PaperListing> Library::listings(const QString &where, const QVariantList &binds) const
{
    QList<PaperListing> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.arxiv_id, e.day, e.position, e.title, "
        "  EXISTS(SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id), "
        "  EXISTS(SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id), "
        "  (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
        "       WHERE pt.arxiv_id = e.arxiv_id ORDER BY t.name)), "
        "  (SELECT group_concat(kind, ',') FROM (SELECT kind FROM sections WHERE entry_id = e.id ORDER BY ordinal)), "
        "  EXISTS(SELECT 1 FROM notes n WHERE n.arxiv_id = e.arxiv_id AND n.markdown <> ''), "
        "  (SELECT count(*) FROM highlights h WHERE h.arxiv_id = e.arxiv_id), "
        "  EXISTS(SELECT 1 FROM compare_marks m WHERE m.arxiv_id = e.arxiv_id) "
        "FROM entries e WHERE ") + where);
    exec(q, binds);
    while (q.next()) {
        PaperListing p;
        p.arxivId = q.value(0).toString();
        p.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        p.position = q.value(2).toInt();
        p.title = q.value(3).toString();
        p.starred = q.value(4).toBool();
        p.read = q.value(5).toBool();
        const QString tags = q.value(6).toString();
        if (!tags.isEmpty())
            p.tags = tags.split(QChar(31));
        const QString kinds = q.value(7).toString();
        if (!kinds.isEmpty())
            p.sectionKinds = kinds.split(u',');
        p.hasNote = q.value(8).toBool();
        p.highlightCount = q.value(9).toInt();
        p.marked = q.value(10).toBool();
        out.append(p);
    }
    return out;
}

QList<PaperListing> Library::papersOfDay(const QDate &day) const
{
    return listings(QStringLiteral("e.day = ? ORDER BY e.position"), {dayKey(day)});
}

std::optional<PaperDetail> Library::paper(const QString &arxivId, const QDate &day) const
{
    const QList<PaperListing> found =
        day.isValid() ? listings(QStringLiteral("e.arxiv_id = ? AND e.day = ?"), {arxivId, dayKey(day)})
                      : listings(QStringLiteral("e.arxiv_id = ? ORDER BY e.day DESC LIMIT 1"), {arxivId});
    if (found.isEmpty())
        return std::nullopt;
    PaperDetail detail;
    detail.listing = found.first();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, link, summary FROM entries WHERE arxiv_id = ? AND day = ?"));
    if (!exec(q, {arxivId, dayKey(detail.listing.day)}) || !q.next())
        return std::nullopt;
    const qlonglong entry = q.value(0).toLongLong();
    detail.link = q.value(1).toString();
    detail.summaryMarkdown = q.value(2).toString();
    QSqlQuery s(m_db.sql());
    s.setForwardOnly(true);
    s.prepare(QStringLiteral("SELECT kind, number, title, markdown, body, markdown_from, markdown_length FROM sections "
                             "WHERE entry_id = ? ORDER BY ordinal"));
    exec(s, {entry});
    while (s.next()) {
        Section section;
        sectionKindFromName(s.value(0).toString(), &section.kind);
        section.number = s.value(1).toInt();
        section.title = s.value(2).toString();
        const qsizetype from = s.value(5).isNull() ? -1 : s.value(5).toLongLong(), length = s.value(6).toLongLong();
        if (from >= 0 && length >= 0 && from + length <= detail.summaryMarkdown.size()) {
            section.markdown = detail.summaryMarkdown.sliced(from, length);
            section.markdownFrom = from;
        } else {
            section.markdown = s.value(3).toString(); // imported before schema 8
        }
        section.body = s.value(4).toString();
        detail.sections.append(section);
    }
    detail.meta = paperMeta(arxivId);
    return detail;
}

QList<SearchHit> Library::search(const SearchQuery &typed, int limit, QString *error) const
{
    QList<SearchHit> hits;
    if (typed.isEmpty())
        return hits;
    // A joined Korean compound also asks for its spaced forms (the index has no bigrams across
    // white space), and a prefix word becomes the words of the vocabulary it stands for (see
    // expandPrefixes).
    SearchQuery query = typed.withSpacings();
    for (QString &term : query.terms)
        term = expandPrefixes(term);
    for (QString &term : query.excluded)
        term = expandPrefixes(term);
    QStringList filters;
    QVariantList binds;
    const QString match = query.matchExpression();
    if (!query.ids.isEmpty()) {
        filters << QStringLiteral("e.arxiv_id IN (%1)").arg(QStringList(query.ids.size(), QStringLiteral("?")).join(u','));
        for (const auto &id : query.ids)
            binds << id;
    }
    for (const QString &tag : query.tags) {
        filters << QStringLiteral("EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                                  "WHERE pt.arxiv_id = e.arxiv_id AND t.name = ?)");
        binds << tag;
    }
    if (query.starredOnly)
        filters << QStringLiteral("EXISTS (SELECT 1 FROM stars s WHERE s.arxiv_id = e.arxiv_id)");
    if (query.unreadOnly)
        filters << QStringLiteral("NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
    if (query.readOnly)
        filters << QStringLiteral("EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
    if (query.from.isValid()) {
        filters << QStringLiteral("e.day >= ?");
        binds << dayKey(query.from);
    }
    if (query.to.isValid()) {
        filters << QStringLiteral("e.day <= ?");
        binds << dayKey(query.to);
    }
    if (query.section && match.isEmpty())
        filters << QStringLiteral("EXISTS (SELECT 1 FROM sections s WHERE s.entry_id = e.id AND s.kind = ?)"),
            binds << sectionKindName(*query.section);

    // A paper on several days is one result: fetch a few more rows than asked, keep each paper once.
    const int fetch = limit + 16;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QString snippet = QStringLiteral("snippet(search_fts, -1, char(2), char(3), '…', 14)");
    bool snippetsInline = false;
    if (!match.isEmpty() && allTermsCommon(query)) {
        // bm25 cannot rank words found in most papers (their idf is clamped to ~0): newest first,
        // which the index answers from its rowid order without scoring every match. The rows come
        // in the order asked for, so snippet() runs for the rows kept only, in the same query.
        snippetsInline = true;
        q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, 0, m.snippet FROM "
                                 "(SELECT f.rowid AS id, %3 AS snippet FROM search_fts f%1 WHERE search_fts MATCH ?%2 "
                                 "ORDER BY f.rowid DESC LIMIT ?) m "
                                 "JOIN entries e ON e.id = m.id ORDER BY m.id DESC")
                      .arg(filters.isEmpty() ? QString() : QStringLiteral(" JOIN entries e ON e.id = f.rowid"),
                           filters.isEmpty() ? QString() : QStringLiteral(" AND ") + filters.join(QStringLiteral(" AND ")),
                           snippet));
        q.addBindValue(match);
    } else if (!match.isEmpty()) {
        // Rank inside the FTS table alone and join only the rows kept; filters (rare) go on the join.
        if (filters.isEmpty())
            q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, m.rank FROM "
                                     "(SELECT rowid AS id, %1 AS rank FROM search_fts WHERE search_fts MATCH ? ORDER BY 2 LIMIT ?) m "
                                     "JOIN entries e ON e.id = m.id ORDER BY m.rank").arg(kRank));
        else
            q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, m.id, m.rank FROM "
                                     "(SELECT f.rowid AS id, %1 AS rank FROM search_fts f JOIN entries e ON e.id = f.rowid "
                                     " WHERE search_fts MATCH ? AND %2 ORDER BY 2 LIMIT ?) m "
                                     "JOIN entries e ON e.id = m.id ORDER BY m.rank")
                          .arg(kRank, filters.join(QStringLiteral(" AND "))));
        q.addBindValue(query.phraseTerms());
        q.addBindValue(match);
    } else {
        q.prepare(QStringLiteral("SELECT e.arxiv_id, e.day, e.title, e.id, 0 FROM entries e WHERE %1 "
                                 "ORDER BY e.day DESC, e.position LIMIT ?")
                      .arg(filters.join(QStringLiteral(" AND "))));
    }
    for (const auto &b : binds)
        q.addBindValue(b);
    q.addBindValue(fetch);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return hits;
    }
    QSet<QString> seen;
    QList<qlonglong> rowids;
    while (q.next() && hits.size() < limit) {
        const QString id = q.value(0).toString();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        hits.append({id, QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                     snippetsInline ? q.value(5).toString().simplified() : QString(), q.value(4).toDouble()});
        rowids.append(q.value(3).toLongLong());
    }
    q.finish();
    // Snippets only for what is shown: snippet() over every match would cost more than the ranking.
    // One query for all of them: each MATCH sets the query up again, and for a prefix ("model*")
    // that means merging the lists of every word with the prefix. The index only walks the rowid
    // range of the hits; the unary + keeps "rowid IN" out of the index (it would run one MATCH per
    // value), so SQLite filters the rows and calls snippet() only for the hits.
    if (!match.isEmpty() && !snippetsInline && !rowids.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(rowids.cbegin(), rowids.cend());
        QStringList list;
        for (qlonglong id : rowids)
            list << QString::number(id);
        QSqlQuery s(m_db.sql());
        s.setForwardOnly(true);
        s.prepare(QStringLiteral("SELECT rowid, %2 FROM search_fts "
                                 "WHERE search_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN (%1)").arg(list.join(u','), snippet));
        QHash<qlonglong, QString> snippets;
        if (exec(s, {match, *lo, *hi}))
            while (s.next())
                snippets.insert(s.value(0).toLongLong(), s.value(1).toString().simplified());
        s.finish();
        for (int i = 0; i < hits.size(); ++i)
            hits[i].snippet = snippets.value(rowids.at(i));
    }
    return hits;
}

bool Library::allTermsCommon(const SearchQuery &query) const
{
    // Whether a word is in most papers is judged on the newest entries (ids grow with the day): a
    // count over the whole library would read every match of the word, which is what this check
    // exists to avoid. FTS5 seeks straight to the sample's first rowid.
    constexpr int Sample = 2000;
    if (m_entryCount < 0) {
        QSqlQuery c(m_db.sql());
        m_entryCount = c.exec(QStringLiteral("SELECT count(*) FROM entries")) && c.next() ? c.value(0).toInt() : 0;
        c.finish();
        m_sampleFloor = 0;
        if (m_entryCount > Sample && c.exec(QStringLiteral("SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET %1").arg(Sample - 1))
            && c.next())
            m_sampleFloor = c.value(0).toLongLong();
    }
    if (m_entryCount < 200 || query.terms.isEmpty())
        return false; // small libraries rank everything; it is cheap there
    for (qsizetype i = 0; i < query.terms.size(); ++i)
        if (query.orBefore.at(i))
            return false;
    const qint64 sampled = std::min(m_entryCount, Sample);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ? AND rowid >= ?"));
    for (const QString &term : query.terms) {
        const QString expr = query.section ? QStringLiteral("{%1} : %2").arg(sectionKindName(*query.section), term) : term;
        if (!exec(q, {expr, m_sampleFloor}) || !q.next() || q.value(0).toLongLong() * 2 <= sampled)
            return false;
        q.finish();
    }
    return true;
}

std::optional<PaperListing> Library::nextUnread(const QDate &day, int position) const
{
    const QString unread = QStringLiteral("NOT EXISTS (SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)");
    const QString key = dayKey(day);
    auto found = listings(unread + QStringLiteral(" AND ((e.day = ? AND e.position > ?) OR e.day < ?) "
                                                  "ORDER BY e.day DESC, e.position LIMIT 1"),
                          {key, position, key});
    if (found.isEmpty())
        found = listings(unread + QStringLiteral(" ORDER BY e.day DESC, e.position LIMIT 1"), {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status Library::setFlag(const QString &table, const QString &column, const QString &arxivId, bool on)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    if (on) {
        q.prepare(QStringLiteral("INSERT INTO %1(arxiv_id, %2) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING").arg(table, column));
        exec(q, {arxivId, now()});
    } else {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE arxiv_id = ?").arg(table));
        exec(q, {arxivId});
    }
    if (q.lastError().isValid())
        return writeFailure(q.lastError().text());
    Q_EMIT paperChanged(arxivId);
    return Status::success();
}

Status Library::setStarred(const QString &arxivId, bool starred)
{
    return setFlag(QStringLiteral("stars"), QStringLiteral("starred_at"), arxivId, starred);
}

Status Library::setRead(const QString &arxivId, bool read)
{
    return setFlag(QStringLiteral("read_state"), QStringLiteral("read_at"), arxivId, read);
}

bool Library::isStarred(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM stars WHERE arxiv_id = ?"));
    return exec(q, {arxivId}) && q.next();
}

Status Library::tagPaper(const QString &arxivId, const QString &tag)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("a tag needs a name"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    if (!exec(q, {name}))
        return writeFailure(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO paper_tags(arxiv_id, tag_id) SELECT ?, id FROM tags WHERE name = ? "
                             "ON CONFLICT DO NOTHING"));
    if (!exec(q, {arxivId, name}))
        return writeFailure(q.lastError().text());
    Q_EMIT paperChanged(arxivId);
    return Status::success();
}

Status Library::untagPaper(const QString &arxivId, const QString &tag)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM paper_tags WHERE arxiv_id = ? AND tag_id IN (SELECT id FROM tags WHERE name = ?)"));
    if (!exec(q, {arxivId, tag.trimmed()}))
        return writeFailure(q.lastError().text());
    Q_EMIT paperChanged(arxivId);
    return Status::success();
}

QStringList Library::tagsOf(const QString &arxivId) const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.arxiv_id = ? ORDER BY t.name"));
    exec(q, {arxivId});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Library::allTags() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name COLLATE NOCASE"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<TagInfo> Library::tags() const
{
    QList<TagInfo> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT t.id, t.name, t.color, (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = t.id) "
                          "FROM tags t ORDER BY t.name COLLATE NOCASE"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Status Library::renameTag(const QString &from, const QString &to)
{
    if (Status w = checkWritable(); !w)
        return w;
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("a tag needs a name"));
    if (name.compare(from, Qt::CaseInsensitive) != 0 && allTags().contains(name, Qt::CaseInsensitive))
        return Status::failure(tr("a tag “%1” exists already; merge the two instead").arg(name));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE name = ?"));
    if (!exec(q, {name, from}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(from));
    Q_EMIT tagsChanged();
    return Status::success();
}

Status Library::setTagColor(const QString &tag, const QString &color)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE tags SET color = ? WHERE name = ?"));
    if (!exec(q, {color, tag}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(tag));
    Q_EMIT tagsChanged();
    return Status::success();
}

Status Library::mergeTags(const QString &from, const QString &into)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (from.compare(into, Qt::CaseInsensitive) == 0)
        return Status::success();
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    bool ok = exec(q, {into.trimmed()});
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO paper_tags(arxiv_id, tag_id) "
                             "SELECT pt.arxiv_id, (SELECT id FROM tags WHERE name = ?) FROM paper_tags pt "
                             "JOIN tags t ON t.id = pt.tag_id WHERE t.name = ?"));
    ok = ok && exec(q, {into.trimmed(), from});
    q.prepare(QStringLiteral("DELETE FROM tags WHERE name = ?"));
    ok = ok && exec(q, {from});
    if (!ok || !db.commit()) {
        db.rollback();
        return Status::failure(tr("cannot merge the tags: %1").arg(q.lastError().text()));
    }
    Q_EMIT tagsChanged();
    return Status::success();
}

Status Library::deleteTag(const QString &tag)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE name = ?")); // paper_tags rows go with it (foreign key)
    if (!exec(q, {tag}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no tag “%1”").arg(tag));
    Q_EMIT tagsChanged();
    return Status::success();
}

int Library::starredCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM stars WHERE arxiv_id IN (SELECT arxiv_id FROM entries)")) && q.next()
               ? q.value(0).toInt() : 0;
}

int Library::unreadPaperCount() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(DISTINCT arxiv_id) FROM entries e WHERE NOT EXISTS "
                                 "(SELECT 1 FROM read_state r WHERE r.arxiv_id = e.arxiv_id)")) && q.next()
               ? q.value(0).toInt() : 0;
}

Status Library::addHighlight(Highlight &h)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (!h.createdAt.isValid())
        h.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO highlights(id, arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!exec(q, {h.id > 0 ? QVariant(h.id) : QVariant(), h.arxivId, h.sectionKind, h.exact, h.prefix, h.suffix, h.position,
                  h.color, h.comment, h.createdAt.toString(Qt::ISODateWithMs)}))
        return writeFailure(q.lastError().text());
    h.id = q.lastInsertId().toLongLong();
    Q_EMIT paperChanged(h.arxivId);
    return Status::success();
}

Status Library::updateHighlight(qint64 id, const QString &color, const QString &comment)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE highlights SET color = ?, comment = ? WHERE id = ? RETURNING arxiv_id"));
    if (!exec(q, {color, comment, id}) || !q.next())
        return Status::failure(tr("no such highlight"));
    const QString paper = q.value(0).toString();
    q.finish();
    Q_EMIT paperChanged(paper);
    return Status::success();
}

Status Library::removeHighlight(qint64 id)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM highlights WHERE id = ? RETURNING arxiv_id"));
    if (!exec(q, {id}) || !q.next())
        return Status::failure(tr("no such highlight"));
    const QString paper = q.value(0).toString();
    q.finish();
    Q_EMIT paperChanged(paper);
    return Status::success();
}

QList<Highlight> Library::highlights(const QString &arxivId) const
{
    QList<Highlight> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, section_kind, exact, prefix, suffix, position, color, comment, created_at "
                             "FROM highlights WHERE arxiv_id = ? ORDER BY position, id"));
    exec(q, {arxivId});
    while (q.next()) {
        Highlight h;
        h.id = q.value(0).toLongLong();
        h.arxivId = arxivId;
        h.sectionKind = q.value(1).toString();
        h.exact = q.value(2).toString();
        h.prefix = q.value(3).toString();
        h.suffix = q.value(4).toString();
        h.position = q.value(5).toInt();
        h.color = q.value(6).toString();
        h.comment = q.value(7).toString();
        h.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        out.append(h);
    }
    return out;
}

Status Library::setMarked(const QString &arxivId, bool marked)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    if (marked) {
        q.prepare(QStringLiteral("INSERT INTO compare_marks(arxiv_id, marked_at) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING"));
        exec(q, {arxivId, now()});
    } else {
        q.prepare(QStringLiteral("DELETE FROM compare_marks WHERE arxiv_id = ?"));
        exec(q, {arxivId});
    }
    if (q.lastError().isValid())
        return writeFailure(q.lastError().text());
    Q_EMIT marksChanged();
    Q_EMIT paperChanged(arxivId);
    return Status::success();
}

bool Library::isMarked(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM compare_marks WHERE arxiv_id = ?"));
    return exec(q, {arxivId}) && q.next();
}

QStringList Library::markedPapers() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM compare_marks ORDER BY marked_at, rowid"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status Library::clearMarks()
{
    if (Status w = checkWritable(); !w)
        return w;
    const QStringList marked = markedPapers();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("DELETE FROM compare_marks")))
        return Status::failure(q.lastError().text());
    Q_EMIT marksChanged();
    for (const QString &id : marked)
        Q_EMIT paperChanged(id);
    return Status::success();
}

Status Library::saveComparison(const Comparison &c)
{
    if (Status w = checkWritable(); !w)
        return w;
    if (c.name.trimmed().isEmpty())
        return Status::failure(tr("a comparison needs a name"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO comparisons(name, papers, sections, saved_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET papers = excluded.papers, sections = excluded.sections, saved_at = excluded.saved_at"));
    if (!exec(q, {c.name.trimmed(), c.papers.join(u','), c.sections.join(u','), now()}))
        return Status::failure(q.lastError().text());
    Q_EMIT comparisonsChanged();
    return Status::success();
}

QList<Comparison> Library::comparisons() const
{
    QList<Comparison> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT name, papers, sections FROM comparisons ORDER BY name COLLATE NOCASE"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString().split(u',', Qt::SkipEmptyParts),
                    q.value(2).toString().split(u',', Qt::SkipEmptyParts)});
    return out;
}

Status Library::removeComparison(const QString &name)
{
    if (Status w = checkWritable(); !w)
        return w;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM comparisons WHERE name = ?"));
    if (!exec(q, {name}) || q.numRowsAffected() != 1)
        return Status::failure(tr("no comparison “%1”").arg(name));
    Q_EMIT comparisonsChanged();
    return Status::success();
}

Status Library::deleteDay(const QDate &day)
{
    if (Status w = checkWritable(); !w)
        return w;
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    bool ok = unindexEntries(QStringLiteral("day = ?"), {dayKey(day)});
    q.prepare(QStringLiteral("DELETE FROM days WHERE date = ?")); // entries and sections follow (foreign keys)
    ok = ok && exec(q, {dayKey(day)});
    if (!ok || !db.commit()) {
        db.rollback();
        return Status::failure(tr("cannot delete the day: %1").arg(q.lastError().text()));
    }
    m_entryCount = -1;
    Q_EMIT daysChanged();
    return Status::success();
}

Status Library::setNote(const QString &arxivId, const QString &markdown)
{
    if (Status w = checkWritable(); !w)
        return w;
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    bool ok = unindexEntries(QStringLiteral("arxiv_id = ?"), {arxivId});
    if (ok && markdown.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM notes WHERE arxiv_id = ?"));
        ok = exec(q, {arxivId});
    } else if (ok) {
        q.prepare(QStringLiteral("INSERT INTO notes(arxiv_id, markdown, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(arxiv_id) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at"));
        ok = exec(q, {arxivId, markdown, now()});
    }
    ok = ok && indexEntries(QStringLiteral("arxiv_id = ?"), {arxivId});
    if (!ok || !db.commit()) {
        const QString msg = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        const Status failed = writeFailure(msg); // before the rollback resets SQLite's error code
        db.rollback();
        return failed;
    }
    Q_EMIT paperChanged(arxivId);
    return Status::success();
}

QString Library::note(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT markdown FROM notes WHERE arxiv_id = ?"));
    return exec(q, {arxivId}) && q.next() ? q.value(0).toString() : QString();
}

bool Library::isRead(const QString &arxivId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM read_state WHERE arxiv_id = ?"));
    return exec(q, {arxivId}) && q.next();
}

// --- Snapshots and merges for notes export and import-notes ----------------------------------

QList<PaperListing> Library::papersBetween(const QDate &from, const QDate &to) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList binds;
    if (from.isValid()) {
        where << QStringLiteral("e.day >= ?");
        binds << dayKey(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("e.day <= ?");
        binds << dayKey(to);
    }
    QList<PaperListing> out;
    QSet<QString> seen;
    for (PaperListing &p : listings(where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY e.day DESC, e.position"), binds)) {
        if (seen.contains(p.arxivId))
            continue;
        seen.insert(p.arxivId);
        out.append(std::move(p));
    }
    return out;
}

QList<QDate> Library::daysOf(const QString &arxivId) const
{
    QList<QDate> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT day FROM entries WHERE arxiv_id = ? ORDER BY day DESC"));
    exec(q, {arxivId});
    while (q.next())
        out << QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return out;
}

QStringList Library::annotatedPapers() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes WHERE markdown <> '' "
                          "UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList Library::annotatedPapersBetween(const QDate &from, const QDate &to) const
{
    QString sql = QStringLiteral(
        "SELECT e.arxiv_id FROM entries e WHERE e.arxiv_id IN (SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes "
        "WHERE markdown <> '' UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars)");
    QVariantList binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND e.day >= ?");
        binds << dayKey(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND e.day <= ?");
        binds << dayKey(to);
    }
    sql += QStringLiteral(" ORDER BY e.day DESC, e.position");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    QStringList out;
    QSet<QString> seen;
    if (exec(q, binds))
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    return out;
}

QStringList Library::papersWithoutEntries() const
{
    QStringList out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT arxiv_id FROM (SELECT arxiv_id FROM paper_tags UNION SELECT arxiv_id FROM notes "
                          "UNION SELECT arxiv_id FROM highlights UNION SELECT arxiv_id FROM stars UNION SELECT arxiv_id FROM read_state) u "
                          "WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.arxiv_id = u.arxiv_id) ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

PaperUserData Library::userData(const QString &arxivId) const
{
    PaperUserData d;
    d.arxivId = arxivId;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT title FROM papers WHERE arxiv_id = ?), (SELECT link FROM papers WHERE arxiv_id = ?), "
                             "(SELECT markdown FROM notes WHERE arxiv_id = ?), (SELECT updated_at FROM notes WHERE arxiv_id = ?), "
                             "(SELECT starred_at FROM stars WHERE arxiv_id = ?), (SELECT read_at FROM read_state WHERE arxiv_id = ?)"));
    if (exec(q, QVariantList(6, arxivId)) && q.next()) {
        d.title = q.value(0).toString();
        d.link = q.value(1).toString();
        d.note = q.value(2).toString();
        d.noteUpdatedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        if (!q.value(4).isNull())
            d.starredAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        if (!q.value(5).isNull())
            d.readAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    }
    d.tags = tagsOf(arxivId);
    d.highlights = highlights(arxivId);
    return d;
}

Status Library::mergeUserData(const QList<PaperUserData> &papers, const QList<TagInfo> &tags, UserDataMerge *report,
                              const std::function<Status(UserDataMerge &)> &beforeCommit)
{
    if (Status w = checkWritable(); !w)
        return w;
    UserDataMerge r;
    r.papers = int(papers.size());
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    QString failure;
    const auto run = [&](const QString &sql, const QVariantList &binds) {
        if (!failure.isEmpty())
            return false;
        q.prepare(sql);
        if (!exec(q, binds)) {
            failure = q.lastError().text();
            return false;
        }
        return true;
    };
    const auto stamp = [](const QDateTime &t) { return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs); };
    const QString addTag = QStringLiteral("INSERT INTO tags(name, color) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
    const QString defaultColor = QStringLiteral("#7f8c8d");
    for (const TagInfo &t : tags) {
        if (t.name.trimmed().isEmpty())
            continue;
        if (run(addTag, {t.name.trimmed(), t.color.isEmpty() ? defaultColor : t.color}) && q.numRowsAffected() > 0)
            ++r.tagsCreated;
    }
    QSet<QString> changed;
    for (const PaperUserData &p : papers) {
        const QString &id = p.arxivId;
        if (run(QStringLiteral("SELECT 1 FROM entries WHERE arxiv_id = ? LIMIT 1"), {id}) && !q.next()) {
            r.notInLibrary << id;
            // The title and link (cache data) let exports name the paper until its digest is imported.
            if (!p.title.isEmpty())
                run(QStringLiteral("INSERT INTO papers(arxiv_id, title, link) VALUES (?, ?, ?) ON CONFLICT(arxiv_id) DO NOTHING"),
                    {id, p.title, p.link});
        }
        for (const QString &tag : p.tags) {
            if (tag.trimmed().isEmpty())
                continue;
            if (run(addTag, {tag.trimmed(), defaultColor}) && q.numRowsAffected() > 0)
                ++r.tagsCreated;
            if (run(QStringLiteral("INSERT INTO paper_tags(arxiv_id, tag_id) SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING"),
                    {id, tag.trimmed()}) && q.numRowsAffected() > 0) {
                ++r.tagsApplied;
                changed << id;
            }
        }
        if (p.starredAt.isValid() && run(QStringLiteral("INSERT INTO stars(arxiv_id, starred_at) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING"),
                                         {id, stamp(p.starredAt)}) && q.numRowsAffected() > 0) {
            ++r.starsAdded;
            changed << id;
        }
        if (p.readAt.isValid() && run(QStringLiteral("INSERT INTO read_state(arxiv_id, read_at) VALUES (?, ?) ON CONFLICT(arxiv_id) DO NOTHING"),
                                      {id, stamp(p.readAt)}) && q.numRowsAffected() > 0) {
            ++r.readAdded;
            changed << id;
        }
        if (!p.note.trimmed().isEmpty() && run(QStringLiteral("SELECT markdown, updated_at FROM notes WHERE arxiv_id = ?"), {id})) {
            bool write = false;
            if (!q.next()) {
                write = true;
                ++r.notesAdded;
            } else if (q.value(0).toString() != p.note) {
                const QDateTime mine = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
                write = p.noteUpdatedAt.isValid() && (!mine.isValid() || p.noteUpdatedAt > mine);
                ++(write ? r.notesReplaced : r.notesKept);
                if (write) {
                    PaperUserData old;
                    old.arxivId = id;
                    old.note = q.value(0).toString();
                    old.noteUpdatedAt = mine;
                    r.replacedNotes << old;
                }
            }
            q.finish();
            if (write) {
                // The search index sees notes: take the entries out with the old text, put them back with the new.
                if (!unindexEntries(QStringLiteral("arxiv_id = ?"), {id}) && failure.isEmpty())
                    failure = tr("cannot update the search index");
                run(QStringLiteral("INSERT INTO notes(arxiv_id, markdown, updated_at) VALUES (?, ?, ?) ON CONFLICT(arxiv_id) "
                                   "DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at"),
                    {id, p.note, stamp(p.noteUpdatedAt)});
                if (failure.isEmpty() && !indexEntries(QStringLiteral("arxiv_id = ?"), {id}))
                    failure = tr("cannot update the search index");
                changed << id;
            }
        }
        for (const Highlight &h : p.highlights) {
            if (h.exact.isEmpty())
                continue;
            if (!run(QStringLiteral("SELECT 1 FROM highlights WHERE arxiv_id = ? AND section_kind = ? AND exact = ? AND prefix = ? AND suffix = ?"),
                     {id, h.sectionKind, h.exact, h.prefix, h.suffix}))
                break;
            const bool known = q.next();
            q.finish();
            if (known)
                continue;
            if (run(QStringLiteral("INSERT INTO highlights(arxiv_id, section_kind, exact, prefix, suffix, position, color, comment, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, h.sectionKind, h.exact, h.prefix, h.suffix, h.position, h.color.isEmpty() ? QStringLiteral("#ffe066") : h.color,
                     h.comment, stamp(h.createdAt)})) {
                ++r.highlightsAdded;
                changed << id;
            }
        }
        if (!failure.isEmpty())
            break;
    }
    if (failure.isEmpty() && beforeCommit) {
        if (const Status s = beforeCommit(r); !s) {
            db.rollback();
            return s;
        }
    }
    if (!failure.isEmpty() || !db.commit()) {
        if (failure.isEmpty())
            failure = db.lastError().text();
        db.rollback();
        return Status::failure(tr("cannot merge the notes: %1").arg(failure));
    }
    if (report)
        *report = r;
    if (r.tagsCreated > 0)
        Q_EMIT tagsChanged();
    for (const QString &id : std::as_const(changed))
        Q_EMIT paperChanged(id);
    return Status::success();
}

} // namespace Paperboy::Core
