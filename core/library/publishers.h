// Publishers: the places digests come from, a day's several digests, and the reader's preference.
#pragma once

#include "digest/digestparser.h"
#include "library/librarytypes.h"
#include "library/store.h"

#include <QDate>

struct sqlite3;

namespace Paperboy::Core {

// Where a digest came from, as the library names it. The key is the place: the folder of a file or
// the directory of a URL, without the date folders a log is kept in (".../paper_logs/2025/05/09.md"
// is ".../paper_logs"); the name is what the reader sees.
struct PublisherPlace {
    QString key;
    QString name;

    static PublisherPlace of(const QString &source);
    // paperboy_publisher(source, 'key' | 'name'): the same, for SQL (the schema 10 migration).
    static Status registerWith(sqlite3 *db);
};

class Publishers : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Publishers)

public:
    // A day holds at most this many digests, each of at most MaxPapersPerDigest papers: an entry's id
    // is its day, its digest's slot and its position (entryId).
    static constexpr int MaxDigestsPerDay = 10;
    static constexpr int MaxPapersPerDigest = 1000;
    static_assert(MaxDigestsPerDay * MaxPapersPerDigest <= 10000);
    static_assert(DigestParser::MaxPapersPerDay <= MaxPapersPerDigest);
    static qlonglong entryId(const QDate &day, int slot, int position) { return day.toJulianDay() * 10000 + qlonglong(slot) * MaxPapersPerDigest + position; }

    Publishers(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Every publisher with its number of digests, the preferred first.
    QList<PublisherInfo> all() const;
    std::optional<PublisherInfo> find(const QString &nameOrKey) const;
    // The publisher of source, made when new (name: shown instead of the place's own name).
    // Inside the caller's transaction.
    std::optional<qint64> idFor(const QString &source, const QString &name = {});
    // Makes the publisher the preferred one: the days it has a digest for show its summaries.
    Status prefer(qint64 id);
    Status rename(qint64 id, const QString &name);

    // After a day's digests changed: which entry shows each paper and the order of the day's list
    // (the preferred publisher's order, then the papers only the others list). Inside the caller's
    // transaction; does nothing for a day of one digest (its entries are already in order).
    bool arrangeDay(const QString &dayKey);

private:
    bool arrangeDays(const QString &where, const QVariantList &binds);
};

} // namespace Paperboy::Core
