// HttpJob: one request's attempts, from the first byte sent to a result or an error.
#include "httpjob.h"

#include "network/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>

namespace Paperboy::Core {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1StringView("https") ? 443 : 80) == b.port(b.scheme() == QLatin1StringView("https") ? 443 : 80);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'g', 3);
}

// An error QNetworkReply reports for an HTTP status it received (as opposed to a transport failure).
bool isHttpLevel(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return e == QNetworkReply::NoError || (code >= 201 && code <= 299) || e == QNetworkReply::ProtocolInvalidOperationError || (code >= 401 && code <= 499);
}

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt's words when the decompressed body passes QNetworkRequest::decompressedSafetyCheckThreshold,
// translated as Qt translates them; in variables so lupdate does not take them for Paperboy's.
bool isDecompressionLimit(const QString &errorText)
{
    static const char *const context = "QHttp";
    static const char *const text = "The decompressed output exceeds the limits specified by "
                                    "QNetworkRequest::decompressedSafetyCheckThreshold()";
    return errorText.contains(QCoreApplication::translate(context, text));
}

// Deleting a QNetworkAccessManager waits up to 5 s for its Qt thread to stop, and that thread may be
// stuck reading an endless header line (see HttpClient). Managers are deleted on a thread of their
// own, which nobody waits for, so neither a refresh nor the window pauses for it; the thread lives as
// long as the process.
void retire(QNetworkAccessManager *nam)
{
    static QThread *const graveyard = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("paperboy-http-retire"));
        thread->start();
        return thread;
    }();
    nam->moveToThread(graveyard);
    nam->deleteLater();
}

} // namespace

HttpJob::HttpJob(HttpClient *client, const HttpRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
{
    m_response.url = request.url;
    m_response.finalUrl = request.url;
    m_retryTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
    connect(&m_stallTimer, &QTimer::timeout, this, &HttpJob::onStalled);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        const QString detail = tr("no answer within %1 s").arg(m_client->limits().deadline.count() / 1000.0);
        if (m_reply)
            abortWith(FetchError::Kind::Timeout, detail);
        else
            finish({FetchError::Kind::Timeout, m_response.status, detail});
    });
}

HttpJob::~HttpJob()
{
    dropReply();
    if (m_nam)
        retire(m_nam);
}

void HttpJob::start()
{
    m_started = true;
    m_nam = new QNetworkAccessManager;
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_deadlineTimer.start(m_client->limits().deadline);
    startAttempt();
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    if (m_reply)
        abortWith(FetchError::Kind::Cancelled);
    else
        finish({FetchError::Kind::Cancelled, 0, {}});
}

void HttpJob::startAttempt()
{
    if (m_finished)
        return;
    const HttpLimits &limits = m_client->limits();
    const QString scheme = m_request.url.scheme();
    if (!m_request.url.isValid() || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
        finish({FetchError::Kind::BadFormat, 0, tr("not an http(s) URL: %1").arg(m_request.url.toDisplayString())});
        return;
    }
    ++m_response.attempts;
    m_response.status = 0;
    m_response.body.clear();
    m_response.finalUrl = m_request.url;
    m_visited = {m_request.url};
    m_abort = {};
    m_abortRetryable = false;
    m_headersDone = false;

    QNetworkRequest req(m_request.url);
    req.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    req.setRawHeader("Accept", "*/*");
    if (!m_request.authorization.isEmpty())
        req.setRawHeader("Authorization", m_request.authorization);
    if (!m_request.ifNoneMatch.isEmpty())
        req.setRawHeader("If-None-Match", m_request.ifNoneMatch);
    if (!m_request.ifModifiedSince.isEmpty())
        req.setRawHeader("If-Modified-Since", m_request.ifModifiedSince);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(limits.maxRedirects);
    // Qt's own transfer timeout is left off: it starts before the headers, which have their own limit.
    // Qt stops decompressing a body that passes this (when it also compresses more than 40:1), so a
    // gzip bomb ends near our limit instead of being inflated in memory before we see a byte.
    req.setDecompressedSafetyCheckThreshold(limits.maxBodyBytes);
    if (m_client->m_ssl)
        req.setSslConfiguration(*m_client->m_ssl);

    QNetworkReply *reply = m_nam->get(req);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this] {
        if (m_headersDone)
            m_stallTimer.start(m_client->limits().transferTimeout);
    });
    connect(reply, &QNetworkReply::redirected, this, &HttpJob::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    m_stallTimer.start(limits.headerTimeout);
}

void HttpJob::onStalled()
{
    if (!m_reply)
        return;
    const HttpLimits &limits = m_client->limits();
    if (!m_headersDone) {
        abortWith(FetchError::Kind::Timeout, tr("no answer within %1 s").arg(seconds(limits.headerTimeout)));
        return;
    }
    m_abortRetryable = true;
    abortWith(FetchError::Kind::Timeout, tr("nothing received for %1 s").arg(seconds(limits.transferTimeout)));
}

void HttpJob::onMetaData()
{
    if (!m_reply || m_headersDone)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A redirect's headers end nothing: the next hop's have their own header timeout (onRedirected).
    if (isRedirect(status) && !m_reply->rawHeader("Location").isEmpty())
        return;
    m_headersDone = true;
    const HttpLimits &limits = m_client->limits();
    m_stallTimer.start(limits.transferTimeout);

    // Counted as the server sent them, about: Qt has parsed them already (it offers no way to stop
    // it earlier; what bounds headers on the wire is the header timeout).
    qint64 headerBytes = 15 + m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray().size();
    for (const auto &pair : m_reply->rawHeaderPairs())
        headerBytes += pair.first.size() + pair.second.size() + 4;
    if (headerBytes > limits.maxHeaderBytes) {
        abortWith(FetchError::Kind::TooLarge, tr("headers of %1 KiB, the limit is %2 KiB").arg(headerBytes / 1024).arg(limits.maxHeaderBytes / 1024), status);
        return;
    }

    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 max = limits.maxBodyBytes;
    if (length.isValid() && length.toLongLong() > max && status >= 200 && status < 300)
        abortWith(FetchError::Kind::TooLarge, tr("%1 MiB announced, the limit is %2 MiB").arg(mebibytes(length.toLongLong()), mebibytes(max)), status);
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_headersDone)
        m_stallTimer.start(m_client->limits().transferTimeout);
    m_response.body += m_reply->readAll();
    const qint64 max = m_client->limits().maxBodyBytes;
    if (m_response.body.size() > max) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_response.body.clear();
        abortWith(FetchError::Kind::TooLarge, tr("more than %1 MiB received").arg(mebibytes(max)), status);
    }
}

void HttpJob::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    const QUrl from = m_response.finalUrl;
    const QString scheme = target.scheme();
    if (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http")) {
        abortWith(FetchError::Kind::InsecureRedirect, tr("redirect to another scheme: %1").arg(target.toDisplayString()));
        return;
    }
    if (from.scheme() == QLatin1StringView("https") && scheme != QLatin1StringView("https")) {
        abortWith(FetchError::Kind::InsecureRedirect, tr("redirect from https to http: %1").arg(target.toDisplayString()));
        return;
    }
    if (!m_request.authorization.isEmpty() && !sameOrigin(from, target)) {
        abortWith(FetchError::Kind::InsecureRedirect,
                  tr("redirect to another host with credentials: %1").arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    if (m_visited.contains(target)) {
        abortWith(FetchError::Kind::RedirectLoop, tr("back to %1").arg(target.toDisplayString()));
        return;
    }
    if (m_visited.size() > m_client->limits().maxRedirects) {
        abortWith(FetchError::Kind::RedirectLoop, tr("more than %1 redirects").arg(m_client->limits().maxRedirects));
        return;
    }
    m_visited.insert(target);
    m_response.finalUrl = target;
    m_headersDone = false;
    m_stallTimer.start(m_client->limits().headerTimeout);
    Q_EMIT m_reply->redirectAllowed();
}

void HttpJob::abortWith(FetchError::Kind kind, const QString &detail, int status)
{
    if (!m_reply)
        return;
    m_abort = {kind, status, detail};
    m_reply->abort();
    // abort() emits finished, which reports m_abort; when it did not (already finished), report here.
    if (m_reply)
        onReplyFinished();
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    if (!m_abort.isError() && reply->isOpen())
        m_response.body += reply->readAll();
    const auto error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString errorText = reply->errorString();
    m_response.status = status;
    m_response.etag = reply->rawHeader("ETag");
    m_response.lastModified = reply->rawHeader("Last-Modified");
    m_response.contentType = reply->rawHeader("Content-Type");
    const QByteArray retryAfterHeader = reply->rawHeader("Retry-After");
    const QByteArray location = reply->rawHeader("Location");
    dropReply();

    const HttpLimits &limits = m_client->limits();
    if (m_abort.isError()) {
        const FetchError e = m_abort;
        m_response.body.clear();
        if (m_abortRetryable && retryAfter(backoff()))
            return;
        finish(e);
        return;
    }
    const bool success = status >= 200 && status < 300;
    if (success && error == QNetworkReply::UnknownContentError) {
        // Qt decodes gzip and deflate itself and ends the reply this way when it cannot: past the
        // safety threshold set in startAttempt (our body limit), or a broken stream. Not an HTTP error.
        m_response.body.clear();
        if (isDecompressionLimit(errorText))
            finish({FetchError::Kind::TooLarge, status, tr("more than %1 MiB received").arg(mebibytes(limits.maxBodyBytes))});
        else
            finish({FetchError::Kind::BadFormat, status, errorText});
        return;
    }
    if (status >= 300 && status < 400 && error == QNetworkReply::ProtocolUnknownError) {
        // Qt refuses a redirect to a scheme it cannot fetch before asking onRedirected.
        m_response.body.clear();
        const QUrl target = m_response.finalUrl.resolved(QUrl::fromEncoded(location));
        finish({FetchError::Kind::InsecureRedirect, status, tr("redirect to another scheme: %1").arg(target.toDisplayString())});
        return;
    }
    if (status > 0 && isHttpLevel(error) && !(success && error != QNetworkReply::NoError)) {
        if (error == QNetworkReply::NoError && ((status >= 200 && status < 300) || status == 304)) {
            if (status == 304)
                m_response.body.clear();
            finish({});
            return;
        }
        m_response.body.clear();
        FetchError httpError{FetchError::Kind::HttpStatus, status, {}};
        if (status == 429 || status == 503) {
            if (const auto wait = HttpClient::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc())) {
                if (*wait > limits.maxRetryAfter.count()) {
                    httpError.detail = tr("the server asks to wait %1 s").arg(*wait);
                    finish(httpError);
                    return;
                }
                if (!retryAfter(std::chrono::seconds(*wait)))
                    finish(httpError);
                return;
            }
        }
        if ((status == 429 || status >= 500) && retryAfter(backoff()))
            return;
        finish(httpError);
        return;
    }
    m_response.body.clear();
    FetchError e = HttpClient::classify(error, errorText);
    e.httpStatus = status;
    if ((e.kind == FetchError::Kind::Timeout || error == QNetworkReply::RemoteHostClosedError) && retryAfter(backoff()))
        return;
    finish(e);
}

std::chrono::milliseconds HttpJob::backoff() const
{
    const auto base = m_client->limits().backoff.count();
    const qint64 doubled = base << std::min(m_response.attempts - 1, 16);
    const qint64 jitter = base > 0 ? qint64(QRandomGenerator::global()->bounded(double(doubled) / 2.0)) : 0;
    return std::chrono::milliseconds(doubled + jitter);
}

bool HttpJob::retryAfter(std::chrono::milliseconds wait)
{
    if (m_response.attempts >= m_client->limits().maxAttempts)
        return false;
    if (m_deadlineTimer.isActive() && wait.count() >= m_deadlineTimer.remainingTime())
        return false;
    m_retryTimer.start(wait);
    return true;
}

void HttpJob::finish(FetchError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadlineTimer.stop();
    m_stallTimer.stop();
    dropReply();
    m_response.error = error;
    if (error.isError())
        m_response.body.clear();
    m_client->jobFinished(this);
    Q_EMIT finished(this);
    deleteLater();
}

void HttpJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_stallTimer.stop();
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace Paperboy::Core
