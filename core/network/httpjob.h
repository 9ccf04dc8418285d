// One GET through an HttpClient: attempts, redirects checks, size and time limits, cancel.
#pragma once

#include "network/http.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Paperboy::Core {

class HttpClient;

// Made by HttpClient::get, which starts it when a slot under the concurrency cap is free. It
// emits finished exactly once (also when cancelled) and is deleted later by the event loop.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    ~HttpJob() override;

    const HttpRequest &request() const { return m_request; }
    const HttpResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    void cancel();

Q_SIGNALS:
    void finished(Paperboy::Core::HttpJob *job);

private:
    friend class HttpClient;
    HttpJob(HttpClient *client, const HttpRequest &request);

    void start(); // by the client, when a slot is free
    void startAttempt();
    void onMetaData();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void onStalled();
    void abortWith(FetchError::Kind kind, const QString &detail = {}, int status = 0);
    // Waits and tries again when attempts and the deadline allow; false when it may not.
    bool retryAfter(std::chrono::milliseconds wait);
    std::chrono::milliseconds backoff() const;
    void finish(FetchError error);
    void dropReply();

    HttpClient *m_client;
    QNetworkAccessManager *m_nam = nullptr; // this job's own (HttpClient says why); retired, not deleted
    HttpRequest m_request;
    HttpResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QSet<QUrl> m_visited; // URLs of this attempt's redirect chain
    FetchError m_abort; // why this job aborted its own reply (none: the reply failed by itself)
    bool m_abortRetryable = false; // the abort was a body timeout, which is retried
    QString m_host; // HttpClient::hostKey of the request, for the per-host cap
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    QTimer m_stallTimer; // the header timeout until the headers are complete, then the transfer timeout
    bool m_headersDone = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Paperboy::Core
