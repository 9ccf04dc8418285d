// SampleDigest: the sample is the digest whose publisher is the sample's place.
#include "library/sampledigest.h"

#include "common/settings.h"
#include "library/library.h"
#include "library/publishers.h"

#include <QFile>
#include <QSqlQuery>

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

qint64 SampleDigest::publisherIn(const Library &library)
{
    const QString key = PublisherPlace::of(source()).key;
    for (const PublisherInfo &p : library.publishers().all())
        if (p.key == key)
            return p.digests > 0 ? p.id : 0;
    return 0;
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
    const qint64 publisher = publisherIn(library);
    if (publisher == 0)
        return false;
    int others = 0;
    for (const PublisherInfo &p : library.publishers().all())
        if (p.id != publisher)
            others += p.digests;
    return others > 0 && remove(library).ok();
}

} // namespace Paperboy::Core
