// DigestImporter: the import pipeline (read, hash, parse, encode, store, index) and day removal.
#include "library/digestimporter.h"

#include "digest/digestparser.h"
#include "library/database.h"
#include "library/library.h"
#include "library/papermemory.h"
#include "library/searchindex.h"
#include "library/sql.h"
#include "library/statement.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace Paperboy::Core {

namespace {

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

// Unchanged when these bytes were imported before (same content hash); *hashOut gets the hash it
// looked up. legacyLengths caches which lengths of older hashes db holds.
std::optional<ImportResult> unchangedImport(Database &db, std::optional<QList<int>> &legacyLengths, const QString &source, const QByteArray &content,
                                            QString *hashOut)
{
    const QString hash = contentHash(content);
    if (hashOut)
        *hashOut = hash;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT g.day, (SELECT count(*) FROM entries e WHERE e.digest_id = g.id) FROM digests g WHERE g.content_hash = ?"));
    bool found = Sql::exec(q, {hash}) && q.next();
    if (!found) {
        if (!legacyLengths) {
            QSqlQuery legacy(db.sql());
            legacyLengths.emplace();
            if (legacy.exec(QStringLiteral("SELECT DISTINCT length(content_hash) FROM digests WHERE length(content_hash) IN (40, 64)")))
                while (legacy.next())
                    legacyLengths->append(legacy.value(0).toInt());
        }
        for (int length : std::as_const(*legacyLengths)) {
            q.finish();
            if ((found = Sql::exec(q, {legacyHash(content, length)}) && q.next()))
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

} // namespace

// What importDigest writes, as UTF-8, converted once on the parsing thread so the storing thread
// does not (docs/PERFORMANCE.md); the search index's columns are made from the converted sections.
struct DigestImporter::EncodedDigest {
    struct Section {
        QByteArray title, body;
        // Schema 8 keeps a section's Markdown as a slice of its entry's summary (from, length in
        // UTF-16 code units); only one that is not such a slice is stored as text.
        qint64 markdownFrom = -1, markdownLength = 0;
        QByteArray markdown;
    };
    struct Paper {
        QByteArray arxivId, title, link, summary;
        QByteArray authors; // JSON array, "" when the digest names none
        std::vector<Section> sections;
    };
    std::vector<Paper> papers;
    std::vector<SearchIndex::Row> index;
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
            if (!p.authors.isEmpty())
                out.authors = Sql::jsonArray(p.authors).toUtf8();
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
            SearchIndex::Row &row = e.index[size_t(i)];
            const auto set = [&row](int column, QByteArray utf8) { row.columns[size_t(column)] = utf8.isNull() ? QByteArray("") : utf8; };
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
            row.authors = out.authors.isEmpty() ? QByteArray() : out.authors;
        }
        return e;
    }
};

DigestImporter::DigestImporter(Library &library, Database &db)
    : Store(library, db)
{
}

DigestImporter::~DigestImporter() = default;

std::optional<ImportResult> DigestImporter::readDigestFile(const QString &path, QByteArray *content)
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

ImportResult DigestImporter::importFile(const QString &path)
{
    QByteArray content;
    if (auto rejected = readDigestFile(path, &content))
        return *rejected;
    QString hash;
    if (auto unchanged = unchangedImport(m_db, m_legacyHashLengths, path, content, &hash))
        return *unchanged;
    DigestUtf8 texts;
    const Digest digest = DigestParser::parseForImport(content, path, &texts);
    const EncodedDigest encoded = EncodedDigest::of(digest, &texts);
    return importDigest(digest, path, content, hash, {}, &encoded);
}

ImportResult DigestImporter::importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &publisherName)
{
    return importDigest(digest, source, content, contentHash(content), publisherName);
}

ImportResult DigestImporter::importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &hash,
                                          const QString &publisherName, const EncodedDigest *encoded)
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
        if (!Sql::exec(
                q,
                {source, hash, digest.date.isValid() ? QVariant(Sql::dayKey(digest.date)) : QVariant(), Sql::now(), outcome, result.papers, lines.join(u'\n')}))
            result.diagnostics.append({Diagnostic::Severity::Warning, source, 0, {}, tr("the import was not logged: %1").arg(q.lastError().text())});
    };

    // Entry ids are the day, the digest's slot and the position (Publishers::entryId): more papers
    // than a digest holds would take the ids of the next slot.
    const bool tooMany = digest.papers.size() > Publishers::MaxPapersPerDigest;
    if (tooMany)
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   source,
                                   0,
                                   {},
                                   tr("%1 papers in one digest; a digest holds at most %2").arg(digest.papers.size()).arg(Publishers::MaxPapersPerDigest)});
    const bool fileRejected = !digest.date.isValid() || digest.papers.isEmpty() || tooMany;
    if (fileRejected) {
        result.outcome = ImportResult::Outcome::Rejected;
        logImport(QStringLiteral("rejected"));
        return result;
    }

    // The digest is the day's digest of its publisher (the place it came from): it replaces only
    // that one; other publishers' digests of the day stay beside it.
    const QString day = Sql::dayKey(digest.date);
    const std::optional<qint64> publisher = m_lib.publishers().idFor(source, publisherName);
    if (!publisher) {
        result.outcome = ImportResult::Outcome::Rejected;
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {}, tr("database error: %1").arg(db.lastError().text())});
        return result;
    }
    std::optional<qint64> existing; // this publisher's digest of the day
    int slot = -1;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, slot, content_hash FROM digests WHERE day = ? AND publisher_id = ?"));
        if (Sql::exec(q, {day, *publisher}) && q.next()) {
            existing = q.value(0).toLongLong();
            slot = q.value(1).toInt();
            if (sameContent(q.value(2).toString(), hash, content)) {
                result.outcome = ImportResult::Outcome::Unchanged;
                result.papers = int(digest.papers.size());
                return result;
            }
        }
    }
    if (!existing) {
        // The first slot no digest of the day holds and no entry's id falls in (a day imported
        // before schema 10 may have more than MaxPapersPerDigest papers in slot 0).
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT slot FROM digests WHERE day = ? UNION SELECT (id - ?) / ? FROM entries WHERE day = ?"));
        const qlonglong base = Publishers::entryId(digest.date, 0, 0);
        QSet<int> taken;
        if (Sql::exec(q, {day, base, Publishers::MaxPapersPerDigest, day}))
            while (q.next())
                taken.insert(q.value(0).toInt());
        for (int s = 0; s < Publishers::MaxDigestsPerDay && slot < 0; ++s)
            if (!taken.contains(s))
                slot = s;
        if (slot < 0) {
            result.outcome = ImportResult::Outcome::Rejected;
            result.diagnostics.append(
                {Diagnostic::Severity::Error, source, 0, {}, tr("%1 already has %2 digests, the most a day holds").arg(day).arg(Publishers::MaxDigestsPerDay)});
            logImport(QStringLiteral("rejected"));
            return result;
        }
    }

    // Inside importPaths' batch the transaction is already open and is committed by importPaths.
    const bool batched = m_batch == Batch::Open;
    if (!batched && !db.transaction()) {
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {}, tr("cannot start a transaction: %1").arg(db.lastError().text())});
        return result;
    }
    const auto failWith = [&](const QString &message) {
        db.rollback();
        if (batched)
            m_batch = Batch::Failed;
        result.outcome = ImportResult::Outcome::Rejected;
        result.diagnostics.append({Diagnostic::Severity::Error, source, 0, {}, tr("database error: %1").arg(message)});
        return result;
    };
    QSqlQuery upsertDay(db), clearDigest(db), putDigest(db);
    upsertDay.prepare(QStringLiteral("INSERT INTO days(date, title, source, content_hash, imported_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT(date) DO UPDATE SET title=excluded.title, source=excluded.source, "
                                     "content_hash=excluded.content_hash, imported_at=excluded.imported_at"));
    clearDigest.prepare(QStringLiteral("DELETE FROM entries WHERE digest_id = ?"));
    if (existing)
        putDigest.prepare(QStringLiteral("UPDATE digests SET layout = ?, title = ?, source = ?, content_hash = ?, imported_at = ? WHERE id = ?"));
    else
        putDigest.prepare(QStringLiteral("INSERT INTO digests(layout, title, source, content_hash, imported_at, day, publisher_id, slot) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // The bulk of the text goes in through raw statements (UTF-8, no QVariant); see Statement.
    Statement upsertPaper(m_db.handle(),
                          "INSERT INTO papers(arxiv_id, title, link) VALUES (?, ?, ?) "
                          "ON CONFLICT(arxiv_id) DO UPDATE SET title=excluded.title, link=excluded.link");
    // An entry's id is its day, its digest's slot and its position (Publishers::entryId), so the
    // search index's rowid order is newest first.
    Statement insertEntry(m_db.handle(),
                          "INSERT INTO entries(id, digest_id, day, arxiv_id, position, day_position, title, link, summary, authors, votes) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertSection(m_db.handle(),
                            "INSERT INTO sections(entry_id, ordinal, kind, number, title, markdown, body, markdown_from, "
                            "markdown_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

    if (!Sql::exec(upsertDay, {day, digest.title, source, hash, Sql::now()}))
        return failWith(upsertDay.lastError().text());
    QVariantList digestValues{digest.layout, digest.title, source, hash, Sql::now()};
    if (existing)
        digestValues << *existing;
    else
        digestValues << day << *publisher << slot;
    if (!Sql::exec(putDigest, digestValues))
        return failWith(putDigest.lastError().text());
    const qint64 digestId = existing ? *existing : putDigest.lastInsertId().toLongLong();
    // A new digest has nothing to take out of the index. Skipping the statement matters: a statement
    // that may change several rows of the index opens a savepoint, and FTS5 writes its pending
    // terms to disk at every savepoint, which would defeat importPaths' batching.
    if (existing && !m_lib.searchIndex().unindexEntries(QStringLiteral("digest_id = ?"), {digestId}))
        return failWith(tr("cannot update the search index"));
    if (existing && !Sql::exec(clearDigest, {digestId}))
        return failWith(clearDigest.lastError().text());
    std::optional<EncodedDigest> encodedHere;
    if (!encoded)
        encoded = &encodedHere.emplace(EncodedDigest::of(digest));
    const QByteArray dayUtf8 = day.toUtf8();
    const qlonglong firstId = Publishers::entryId(digest.date, slot, 0);
    int position = 0;
    for (const Paper &p : digest.papers) {
        const EncodedDigest::Paper &text = encoded->papers.at(size_t(position));
        if (!upsertPaper.bindUtf8(1, text.arxivId).bindUtf8(2, text.title).bindUtf8(3, text.link).exec())
            return failWith(upsertPaper.errorMessage());
        const qint64 entry = firstId + position;
        insertEntry.bind(1, entry)
            .bind(2, digestId)
            .bindUtf8(3, dayUtf8)
            .bindUtf8(4, text.arxivId)
            .bind(5, qint64(position))
            .bind(6, qint64(position))
            .bindUtf8(7, text.title)
            .bindUtf8(8, text.link)
            .bindUtf8(9, text.summary)
            .bindUtf8(10, text.authors.isNull() ? QByteArray("") : text.authors);
        if (p.votes >= 0)
            insertEntry.bind(11, qint64(p.votes));
        else
            insertEntry.bindNull(11);
        if (!insertEntry.exec())
            return failWith(insertEntry.errorMessage());
        ++position;
        qint64 ordinal = 0;
        for (const Section &sec : p.sections) {
            const EncodedDigest::Section &secText = text.sections.at(size_t(ordinal));
            insertSection.bind(1, entry)
                .bind(2, ordinal++)
                .bind(3, sectionKindName(sec.kind))
                .bind(4, qint64(sec.number))
                .bindUtf8(5, secText.title)
                .bindUtf8(6, secText.markdown.isNull() ? QByteArray("") : secText.markdown)
                .bindUtf8(7, secText.body);
            if (secText.markdownFrom >= 0)
                insertSection.bind(8, secText.markdownFrom).bind(9, secText.markdownLength);
            else
                insertSection.bindNull(8).bindNull(9);
            if (!insertSection.exec())
                return failWith(insertSection.errorMessage());
        }
    }
    if (!m_lib.searchIndex().indexDigest(digest, firstId, encoded->index))
        return failWith(tr("cannot update the search index"));
    if (!m_lib.publishers().arrangeDay(day) || !settleDay(digest.date))
        return failWith(db.lastError().text());
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
        result.diagnostics.append({Diagnostic::Severity::Error,
                                   source,
                                   0,
                                   {},
                                   code == SQLITE_FULL || why.contains(QLatin1StringView("disk is full"))
                                       ? tr("not imported: the disk that holds the library is full")
                                       : tr("cannot commit: %1").arg(why)});
        return result;
    }
    m_lib.searchIndex().entriesChanged();
    Q_EMIT m_lib.daysChanged();
    return result;
}

bool DigestImporter::settleDay(const QDate &day)
{
    return m_lib.muteRules().applyToDay(day) && PaperMemory::rememberDay(m_db.sql(), Sql::dayKey(day));
}

QStringList DigestImporter::digestFilesIn(const QStringList &paths)
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

QList<ImportResult> DigestImporter::importPaths(const QStringList &paths, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel,
                                                const std::function<void(const ImportResult &)> &settled)
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
    const QString dbPath = m_db.path();
    // With mutex held by lock: frees what is in spent, without holding the lock meanwhile.
    const auto freeSpent = [&](std::unique_lock<std::mutex> &lock) {
        std::vector<Prepared> done;
        done.swap(spent);
        lock.unlock();
        done.clear();
        lock.lock();
    };
    const std::unique_ptr<QThread> producer(QThread::create([&] {
        Database reader;
        const bool canCheck = reader.open(dbPath).ok();
        std::optional<QList<int>> legacyLengths;
        for (const QString &file : files) {
            Prepared p;
            p.early = readDigestFile(file, &p.content);
            if (!p.early && canCheck)
                p.early = unchangedImport(reader, legacyLengths, file, p.content, &p.hash);
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
    }));
    producer->start();
    // During a multi-file import a third thread copies the WAL into the library after each commit
    // (a passive checkpoint: it neither waits for the writer nor blocks it), so neither the storing
    // nor the parsing thread waits for the disk (docs/PERFORMANCE.md).
    struct {
        std::mutex mutex;
        std::condition_variable changed;
        int requested = 0, copied = 0; // commits to copy, and copied
        int walFrames = 0; // in the WAL after the last copy
        bool stop = false;
        std::optional<bool> open; // whether its connection opened, once it knows
    } copier;
    std::atomic_bool checkpointing = false;
    std::unique_ptr<QThread> checkpointer;
    if (files.size() > 1) {
        checkpointer.reset(QThread::create([&] {
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
        }));
        checkpointer->start();
    }
    // SQLite starts the WAL over only when a transaction begins with all of it copied, which the
    // storing thread, beginning the next batch at once, would never see: the WAL would grow as large
    // as everything imported. Past m_walLimit it waits for its last commit to be copied first.
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
        if (qint64(copier.walFrames) * pageSize >= m_walLimit)
            copier.changed.wait(lock, [&] { return copier.copied >= ticket; });
    };
    // Several files go into one transaction, committed about once a second (or every 16 MB): fewer,
    // larger search index segments. The first batches are short (1, 2, 4, ... files) so the first
    // days show up at once; progress(done) follows the commits. A file that fails rolls its batch
    // back, and that batch's files are imported again one transaction each.
    auto &db = m_db.sql();
    // FTS5's automerge is off while several files are imported (merging redone by the next merges;
    // crisis merges still bound what a search reads) and back on afterwards, or at the next open()
    // after a crash. It is paused at the first batch: an import of unchanged files writes nothing.
    bool mergingPaused = false;
    const auto restoreAfterImport = qScopeGuard([&] {
        if (mergingPaused)
            m_lib.searchIndex().setMerging(true);
        if (checkpointer) {
            {
                std::lock_guard lock(copier.mutex);
                copier.stop = true;
                copier.changed.notify_all();
            }
            checkpointer->wait();
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
        for (; (progress || settled) && reported < results.size(); ++reported) {
            if (settled)
                settled(results.at(reported));
            if (progress)
                progress(reported + 1, int(files.size()));
        }
        reported = int(results.size());
    };
    const auto redoOneByOne = [&] {
        m_batch = Batch::None;
        for (auto &[index, prepared] : batch)
            results[index] = importDigest(prepared.digest, files.at(index), prepared.content, prepared.hash, {}, &prepared.encoded);
    };
    const auto closeBatch = [&] {
        if (m_batch == Batch::Open) {
            m_batch = Batch::None;
            if (db.commit()) {
                m_lib.searchIndex().entriesChanged();
                Q_EMIT m_lib.daysChanged();
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
                    mergingPaused = m_lib.searchIndex().setMerging(false);
                    if (checkpointer) {
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
            results.append(importDigest(p.digest, files.at(i), p.content, p.hash, {}, &p.encoded));
            if (m_batch != Batch::None) {
                batchBytes += p.content.size();
                batch.emplace_back(i, std::move(p));
            } else {
                std::lock_guard lock(mutex);
                spent.push_back(std::move(p));
            }
        }
        if (m_batch == Batch::Failed || (m_batch == Batch::Open && (batch.size() >= batchFiles || batchBytes >= 16 << 20 || batchAge.elapsed() >= 1000)))
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
    producer->wait();
    return results;
}

Status DigestImporter::deleteDay(const QDate &day)
{
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    QSqlQuery q(db);
    // Its papers' listings on other days may become their first (PaperMemory).
    const QStringList papers = PaperMemory::papersOf(db, QStringLiteral("day = ?"), {Sql::dayKey(day)});
    bool ok = m_lib.searchIndex().unindexEntries(QStringLiteral("day = ?"), {Sql::dayKey(day)});
    q.prepare(QStringLiteral("DELETE FROM days WHERE date = ?")); // entries and sections follow (foreign keys)
    ok = ok && Sql::exec(q, {Sql::dayKey(day)}) && PaperMemory::rememberPapers(db, papers);
    if (!ok || !db.commit()) {
        db.rollback();
        return Status::failure(tr("cannot delete the day: %1").arg(q.lastError().text()));
    }
    m_lib.searchIndex().entriesChanged();
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

Status DigestImporter::deleteDigest(const QDate &day, qint64 publisherId)
{
    auto &db = m_db.sql();
    if (Status begun = beginWrite(); !begun)
        return begun;
    const QString dayKey = Sql::dayKey(day);
    QSqlQuery q(db);
    const QStringList papers = PaperMemory::papersOf(db, QStringLiteral("day = ?"), {dayKey});
    bool ok
        = m_lib.searchIndex().unindexEntries(QStringLiteral("digest_id IN (SELECT id FROM digests WHERE day = ? AND publisher_id = ?)"), {dayKey, publisherId});
    q.prepare(QStringLiteral("DELETE FROM digests WHERE day = ? AND publisher_id = ?")); // its entries and sections follow
    ok = ok && Sql::exec(q, {dayKey, publisherId});
    const bool found = ok && q.numRowsAffected() > 0;
    if (found) {
        q.prepare(QStringLiteral("DELETE FROM days WHERE date = ? AND NOT EXISTS (SELECT 1 FROM digests WHERE day = ?)"));
        ok = Sql::exec(q, {dayKey, dayKey}) && (q.numRowsAffected() > 0 || m_lib.publishers().arrangeDay(dayKey));
        // Another summary may be shown now, or the day no longer lists some papers.
        ok = ok && PaperMemory::rememberPapers(db, papers);
    }
    if (!ok || !found || !db.commit()) {
        const QString why = q.lastError().text();
        db.rollback();
        return Status::failure(found || !ok ? tr("cannot delete the digest: %1").arg(why) : tr("no such digest"));
    }
    m_lib.searchIndex().entriesChanged();
    Q_EMIT m_lib.daysChanged();
    return Status::success();
}

} // namespace Paperboy::Core
