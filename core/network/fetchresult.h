// What a refresh did for one day of one source.
#pragma once

#include "library/library.h"
#include "network/fetcherror.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Paperboy::Core {

struct FetchDayResult {
    enum class Outcome {
        Imported, // a new or changed digest was imported / the day's paper list was stored
        Unchanged, // 304 Not Modified, the same bytes as before, or the day is already in the library
        Failed, // error says why; the library is as it was
    };
    QString source;
    Source::Kind kind = Source::Kind::Digest;
    QDate day;
    Outcome outcome = Outcome::Failed;
    int papers = 0; // papers of the digest, or papers of the daily list
    int withoutDigest = 0; // daily list: papers no digest in the library lists ("no digest")
    QString url; // what was fetched (never with credentials)
    QString note; // "not modified", "already in the library", ...
    FetchError error;

    bool ok() const { return outcome != Outcome::Failed; }
};

} // namespace Paperboy::Core

Q_DECLARE_METATYPE(Paperboy::Core::FetchDayResult)
