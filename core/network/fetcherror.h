// Why a fetch failed, in classes a user (and a script) can act on.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Paperboy::Core {

struct FetchError {
    Q_DECLARE_TR_FUNCTIONS(FetchError)

public:
    enum class Kind {
        None,
        Dns, // the host name did not resolve
        Connection, // refused, reset, unreachable, proxy trouble
        Tls, // handshake or certificate
        Timeout, // no progress for the transfer timeout, or the total deadline passed
        HttpStatus, // the server answered with an error status (httpStatus: 404, 429, 500, ...)
        NotListed, // the source's index page lists no digest for the day
        TooLarge, // Content-Length or the bytes received passed the limit
        RedirectLoop, // a redirect back to a URL already visited, or more than the limit
        InsecureRedirect, // https to http, another scheme, or credentials sent to another host
        BadFormat, // the body is not what the source promises (digest, index, JSON)
        Cancelled, // the user stopped it
        Credentials, // the source's secret could not be read from the keychain
        Storage, // the library could not store what was fetched
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // for HttpStatus (and kept for information otherwise when known)
    QString detail; // more words: the server's reason, the parser's message, ...

    bool isError() const { return kind != Kind::None; }
    // A stable English key for scripts and tests: "dns", "tls", "timeout", "http-404", "not-listed", "too-large",
    // "redirect-loop", "insecure-redirect", "bad-format", "cancelled", ...
    QString key() const;
    // For the user: "not found (HTTP 404)", "timed out", "the body is larger than 16 MiB", ...
    QString message() const;
};

} // namespace Paperboy::Core
