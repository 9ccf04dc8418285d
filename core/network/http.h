// Plain values of an HTTP fetch: the request, the limits it runs under, and what came back.
#pragma once

#include "network/fetcherror.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>

namespace Paperboy::Core {

// The defaults are what the app and the command line use (docs/NETWORK.md); tests shrink them.
struct HttpLimits {
    int maxRedirects = 5;
    // From an attempt's start (or a redirect) until the status line and headers are complete. Qt reads
    // headers itself and shows none of their bytes, so this, not the transfer timeout, is what ends a
    // server that sends nothing or an endless header line. Not retried: such a server rarely recovers
    // within one refresh, and trying again only holds a slot (and a single-threaded server) longer.
    std::chrono::milliseconds headerTimeout{30'000};
    std::chrono::milliseconds transferTimeout{30'000}; // after the headers, no byte for this long; retried
    std::chrono::milliseconds deadline{120'000}; // one request, all attempts and waits included
    int maxAttempts = 4; // the first try and up to three retries
    std::chrono::milliseconds backoff{1'000}; // before the first retry; doubles, plus up to 50% jitter
    std::chrono::seconds maxRetryAfter{120}; // a longer Retry-After ends the request instead
    qint64 maxBodyBytes = 32 * 1024 * 1024; // after decompression
    qint64 maxHeaderBytes = 64 * 1024; // status line and headers, checked once Qt has them
    int maxConcurrent = 4; // requests on the wire at once per host (scheme, host, port)
    int maxConcurrentTotal = 16; // and over all hosts of a client
};

struct HttpRequest {
    QUrl url;
    // The whole Authorization header ("Bearer …", "Basic …"), empty for none. It goes on the wire
    // and nowhere else: never logged, stored or shown; never sent to another host on a redirect.
    QByteArray authorization;
    // Validators of the last fetch (NetworkStore::httpValidators): the request is conditional when set.
    QByteArray ifNoneMatch;
    QByteArray ifModifiedSince;
};

struct HttpResponse {
    QUrl url; // as requested
    QUrl finalUrl; // after redirects
    int status = 0; // the last HTTP status, 0 when none came
    QByteArray body; // 2xx only
    QByteArray etag;
    QByteArray lastModified;
    QByteArray contentType;
    int attempts = 0;
    FetchError error;

    bool ok() const { return !error.isError(); }
    bool notModified() const { return ok() && status == 304; }
};

} // namespace Paperboy::Core
