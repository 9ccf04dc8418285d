// FetchError: keys for scripts, words for the reader.
#include "fetcherror.h"

namespace Paperboy::Core {

QString FetchError::key() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::Dns: return QStringLiteral("dns");
    case Kind::Connection: return QStringLiteral("connection");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::HttpStatus: return QStringLiteral("http-%1").arg(httpStatus);
    case Kind::NotListed: return QStringLiteral("not-listed");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::RedirectLoop: return QStringLiteral("redirect-loop");
    case Kind::InsecureRedirect: return QStringLiteral("insecure-redirect");
    case Kind::BadFormat: return QStringLiteral("bad-format");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Credentials: return QStringLiteral("credentials");
    case Kind::Storage: return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

QString FetchError::message() const
{
    QString text;
    switch (kind) {
    case Kind::None: return tr("ok");
    case Kind::Dns: text = tr("the host name was not found (DNS)"); break;
    case Kind::Connection: text = tr("cannot connect"); break;
    case Kind::Tls: text = tr("the secure connection failed (TLS)"); break;
    case Kind::Timeout: text = tr("timed out"); break;
    case Kind::HttpStatus:
        switch (httpStatus) {
        case 401:
        case 403: text = tr("access denied (HTTP %1)").arg(httpStatus); break;
        case 404:
        case 410: text = tr("not found (HTTP %1)").arg(httpStatus); break;
        case 429: text = tr("too many requests (HTTP 429)"); break;
        default: text = httpStatus >= 500 ? tr("server error (HTTP %1)").arg(httpStatus) : tr("HTTP %1").arg(httpStatus);
        }
        break;
    case Kind::NotListed: text = tr("not listed by the index"); break;
    case Kind::TooLarge: text = tr("too large"); break;
    case Kind::RedirectLoop: text = tr("redirect loop"); break;
    case Kind::InsecureRedirect: text = tr("refused an unsafe redirect"); break;
    case Kind::BadFormat: text = tr("bad format"); break;
    case Kind::Cancelled: text = tr("cancelled"); break;
    case Kind::Credentials: text = tr("no credentials"); break;
    case Kind::Storage: text = tr("cannot store it"); break;
    }
    return detail.isEmpty() ? text : tr("%1: %2").arg(text, detail);
}

} // namespace Paperboy::Core
