// HttpClient: the network access manager, the concurrency cap and the queue.
#include "httpclient.h"

#include "network/httpjob.h"

#include <QDateTime>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

#include <paperboy/version.h>

namespace Paperboy::Core {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    // Proxies as the desktop (or http_proxy / no_proxy) says, for every job's access manager.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Paperboy/" PAPERBOY_VERSION);
}

HttpJob *HttpClient::get(const HttpRequest &request)
{
    auto *job = new HttpJob(this, request);
    m_jobs.append(job);
    m_queue.append(job);
    // Started from the event loop, so a caller connects to finished before anything can happen.
    QMetaObject::invokeMethod(this, &HttpClient::startQueued, Qt::QueuedConnection);
    return job;
}

void HttpClient::cancelAll()
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs)
        if (job)
            job->cancel();
}

QString HttpClient::hostKey(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1StringView("https") ? 443 : 80);
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + u':' + QString::number(port);
}

void HttpClient::startQueued()
{
    const int perHost = std::max(1, m_limits.maxConcurrent);
    const int total = std::max(1, m_limits.maxConcurrentTotal);
    // In order, but past jobs whose host is busy: one host's stalled requests must not hold up the
    // requests to other hosts queued behind them.
    for (qsizetype i = 0; i < m_queue.size() && m_running < total;) {
        const QPointer<HttpJob> job = m_queue.at(i);
        if (!job || job->isFinished()) {
            m_queue.removeAt(i);
            continue;
        }
        const QString host = hostKey(job->request().url);
        if (m_runningPerHost.value(host) >= perHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        ++m_running;
        ++m_runningPerHost[host];
        job->m_host = host;
        job->start(); // may finish at once (a bad URL); it is out of the queue already
    }
}

void HttpClient::jobFinished(HttpJob *job)
{
    m_queue.removeAll(job);
    m_jobs.removeAll(job);
    if (job->m_started) {
        --m_running;
        if (--m_runningPerHost[job->m_host] <= 0)
            m_runningPerHost.remove(job->m_host);
    }
    QMetaObject::invokeMethod(this, &HttpClient::startQueued, Qt::QueuedConnection);
}

FetchError HttpClient::classify(int networkError, const QString &detail)
{
    FetchError e;
    e.detail = detail;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError: e.kind = FetchError::Kind::None; break;
    case QNetworkReply::HostNotFoundError: e.kind = FetchError::Kind::Dns; break;
    case QNetworkReply::SslHandshakeFailedError: e.kind = FetchError::Kind::Tls; break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout, when one is set, aborts this way
    case QNetworkReply::ProxyTimeoutError: e.kind = FetchError::Kind::Timeout; break;
    case QNetworkReply::TooManyRedirectsError: e.kind = FetchError::Kind::RedirectLoop; break;
    case QNetworkReply::InsecureRedirectError: e.kind = FetchError::Kind::InsecureRedirect; break;
    default: e.kind = FetchError::Kind::Connection; break;
    }
    return e;
}

std::optional<qint64> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds);
    // An HTTP date, "Sun, 06 Nov 1994 08:49:37 GMT": RFC 2822 as Qt reads it once GMT is an offset.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1StringView(" GMT")))
        text = text.chopped(3) + QStringLiteral("+0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.secsTo(when));
}

} // namespace Paperboy::Core
