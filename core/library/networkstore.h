// What network refreshes keep: the sources, the validators of conditional GETs, and Hugging Face's
// daily-papers listings with their paper metadata (schema 5, docs/NETWORK.md).
#pragma once

#include "library/librarytypes.h"
#include "library/store.h"

namespace Paperboy::Core {

class NetworkStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(NetworkStore)

public:
    NetworkStore(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // Names compare exactly; a new source is enabled and never refreshed.
    QList<Source> sources() const;
    std::optional<Source> source(const QString &name) const;
    Status addSource(const Source &source); // fails when the name is taken
    Status removeSource(const QString &name);
    Status setSourceEnabled(const QString &name, bool enabled);
    Status setSourceRefreshed(const QString &name, const QDateTime &when);

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
    // A paper only a daily-papers listing names, as the reader shows it: its title, the listing's
    // day, the Hugging Face page as link, no summary, noDigest set. Nothing when no listing names it.
    std::optional<PaperDetail> metaOnlyPaper(const QString &arxivId, const QDate &day) const;
};

} // namespace Paperboy::Core
