// SampleDigest: the sample is the digest whose publisher is the sample's place.
#include "library/sampledigest.h"

#include "common/settings.h"
#include "library/library.h"
#include "library/publishers.h"

#include <QFile>

#include <algorithm>

namespace Paperboy::Core {

QString SampleDigest::source()
{
    return QStringLiteral(":/paperboy/sample/2025-01-15.md");
}

QDate SampleDigest::day()
{
    return QDate(2025, 1, 15);
}

bool SampleDigest::importIfEmpty(Library &library)
{
    if (!library.catalog().isEmpty() || !QFile::exists(source()))
        return false;
    return library.importer().importFile(source()).outcome == ImportResult::Outcome::Imported;
}

namespace {
// The sample's publisher among publishers when it has a digest, else 0.
qint64 samplePublisher(const QList<PublisherInfo> &publishers)
{
    const QString key = PublisherPlace::of(SampleDigest::source()).key;
    for (const PublisherInfo &p : publishers)
        if (p.key == key)
            return p.digests > 0 ? p.id : 0;
    return 0;
}
} // namespace

qint64 SampleDigest::publisherIn(const Library &library)
{
    return samplePublisher(library.publishers().all());
}

Status SampleDigest::remove(Library &library)
{
    const qint64 publisher = publisherIn(library);
    if (publisher == 0)
        return Status::failure(tr("the library holds no sample digest"));
    return library.importer().deleteDigest(day(), publisher);
}

bool SampleDigest::removeOnceOthersArrive(Library &library)
{
    if (Settings::instance().keepSample() || library.isReadOnly())
        return false;
    const QList<PublisherInfo> publishers = library.publishers().all();
    const qint64 sample = samplePublisher(publishers);
    if (sample == 0)
        return false;
    const bool others = std::any_of(publishers.cbegin(), publishers.cend(), [sample](const PublisherInfo &p) { return p.id != sample && p.digests > 0; });
    return others && library.importer().deleteDigest(day(), sample).ok();
}

} // namespace Paperboy::Core
