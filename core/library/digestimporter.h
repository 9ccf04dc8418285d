// Brings digest files into the library: reading, hashing, parsing ahead on a second thread,
// storing in batches, and keeping the search index in step.
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"

#include <QByteArray>

#include <atomic>
#include <functional>
#include <optional>

namespace Paperboy::Core {

class DigestImporter : public Store
{
    Q_DECLARE_TR_FUNCTIONS(DigestImporter)

public:
    DigestImporter(Library &library, Database &db);
    ~DigestImporter();

    // Imports one digest file in one transaction. The same bytes again cost one hash and one lookup.
    ImportResult importFile(const QString &path);
    // source: where the digest came from (a file's path or a URL), which names its publisher
    // (PublisherPlace); publisherName, when given, names a new publisher (a network source's name).
    ImportResult importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &publisherName = {});

    // Files and folders (recursing into *.md). progress(done, total) may be called from the calling
    // thread; cancel stops between files. settled(result) is called on the calling thread for each
    // file, in order, once its outcome is final (its batch committed), just before progress.
    QList<ImportResult> importPaths(const QStringList &paths, const std::function<void(int, int)> &progress = {}, const std::atomic_bool *cancel = nullptr,
                                    const std::function<void(const ImportResult &)> &settled = {});
    static QStringList digestFilesIn(const QStringList &paths);
    // How large importPaths lets the WAL grow before it waits, between two batches, for what it
    // committed to be copied into the library file, so that the WAL starts over (256 MiB).
    void setWalLimit(qint64 bytes) { m_walLimit = bytes; }

    // Removes a day from the cache (its entries and index rows); the reader's data stays.
    Status deleteDay(const QDate &day);
    // Removes one publisher's digest of a day; the day goes with it when no other digest has it,
    // else its list is arranged again. The reader's data stays.
    Status deleteDigest(const QDate &day, qint64 publisherId);

private:
    struct EncodedDigest;
    // An ImportResult when the file cannot be read or is too large; else its bytes in *content.
    static std::optional<ImportResult> readDigestFile(const QString &path, QByteArray *content);
    // hash: the content hash of content, already known.
    // encoded: the digest's text as UTF-8, when made ahead (importPaths does it on its parsing thread).
    ImportResult importDigest(const Digest &digest, const QString &source, const QByteArray &content, const QString &hash, const QString &publisherName,
                              const EncodedDigest *encoded = nullptr);
    // What a day's import works out beyond its own rows, after Publishers::arrangeDay and in its
    // transaction: the mute rules' flags (MuteRules) and whether its papers were seen before (PaperMemory).
    bool settleDay(const QDate &day);

    // The lengths (40: SHA-1, 64: SHA-256) of content hashes earlier versions stored; none: not known yet.
    std::optional<QList<int>> m_legacyHashLengths;
    // importPaths' transaction over several files: none, open, or rolled back by a failed file.
    enum class Batch { None, Open, Failed };
    Batch m_batch = Batch::None;
    qint64 m_walLimit = qint64(256) << 20;
};

} // namespace Paperboy::Core
