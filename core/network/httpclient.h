// HTTP GETs for digests and paper metadata over QNetworkAccessManager, with the limits of a polite client.
#pragma once

#include "network/http.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

namespace Paperboy::Core {

class HttpJob;

// What every request gets (docs/NETWORK.md):
// - the scheme the URL names (sources default to https; http only when the user typed it);
// - redirects followed up to HttpLimits::maxRedirects, never to a URL already visited (loop), never
//   from https to http or to another scheme, never to another host while carrying credentials;
// - per attempt, a header timeout (status line and headers complete) and then a transfer timeout
//   (no byte), and a total deadline over all attempts;
// - retries with exponential backoff and jitter on 5xx, 429 and body timeouts, waiting Retry-After
//   (seconds or an HTTP date) on 429/503 when it is within HttpLimits::maxRetryAfter;
// - an abort as soon as Content-Length or the bytes received (decompressed) pass HttpLimits::maxBodyBytes,
//   or the headers pass HttpLimits::maxHeaderBytes;
// - If-None-Match / If-Modified-Since when the request carries validators;
// - at most HttpLimits::maxConcurrent requests on the wire per host and maxConcurrentTotal in all, the
//   rest queued in order; a request waits only for requests to its own host (or for the total cap),
//   so a stalled server holds up nobody else's requests;
// - the system's proxy settings and the user agent "Paperboy/<version>".
// Each job has a QNetworkAccessManager (and so a Qt HTTP thread) of its own: Qt reads response headers
// a byte at a time, and a server streaming an endless header line keeps that thread busy for as long
// as it sends, starving every other request of the same manager (measured with Qt 6.8).
// A client and its jobs live in one thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    static QByteArray userAgent(); // "Paperboy/0.1.0"

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    // TLS settings for every request, e.g. with another CA trusted (the tests' own server). Unset:
    // the system's CAs; certificate errors are never ignored.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    // Queues a GET; the job starts when a slot is free and emits finished once.
    HttpJob *get(const HttpRequest &request);
    void cancelAll();
    int runningCount() const { return m_running; }
    int queuedCount() const { return int(m_queue.size()); }
    // What the per-host cap counts by: scheme, host and port of the URL requested.
    static QString hostKey(const QUrl &url);

    // The class of a QNetworkReply error code (NetworkError), for replies that failed by themselves.
    static FetchError classify(int networkError, const QString &detail = {});
    // Seconds to wait from a Retry-After value (delta seconds or an HTTP date); nothing when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    friend class HttpJob;
    void jobFinished(HttpJob *job);
    void startQueued();

    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_ssl;
    QList<QPointer<HttpJob>> m_queue;
    QList<QPointer<HttpJob>> m_jobs; // every unfinished job, queued or running
    QHash<QString, int> m_runningPerHost;
    int m_running = 0;
};

} // namespace Paperboy::Core
