// The sample digest a new library starts with, so the window has something to show: imported
// when the library is empty, and taken away again once the reader's own digests are in (unless the
// reader chose to keep it, Settings::keepSample), or when asked.
#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Paperboy::Core {

class Library;

class SampleDigest
{
    Q_DECLARE_TR_FUNCTIONS(SampleDigest)

public:
    // Where the bundled sample lives (a resource of the application) and its day.
    static QString source();
    static QDate day();

    // Imports the sample into an empty library; false when the library has digests already or the
    // sample is not bundled with this binary.
    static bool importIfEmpty(Library &library);
    // The publisher id of the sample when the library holds it, else 0.
    static qint64 publisherIn(const Library &library);
    static bool isIn(const Library &library) { return publisherIn(library) != 0; }
    // Removes the sample's digest (the reader's tags and notes on its papers stay, as for any day).
    static Status remove(Library &library);
    // Removes the sample when other digests are in and the reader did not keep it; true when it did.
    static bool removeOnceOthersArrive(Library &library);
};

} // namespace Paperboy::Core
