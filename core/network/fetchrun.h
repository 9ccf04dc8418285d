// The part of a refresh that runs on FetchTask's worker thread: requests, imports, validators.
#pragma once

#include "network/fetchresult.h"
#include "network/http.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace Paperboy::Core {

class HttpClient;
class HttpJob;

// One source to refresh: its days (newest first) and, when it has one, the Authorization header
// made from its keychain secret. preFailure set: the source is not fetched, each day fails with it.
struct FetchSourcePlan {
    Source source;
    QByteArray authorization;
    QList<QDate> days;
    FetchError preFailure;
};

// Lives in the worker thread with its own Library connection. Every day of every source ends in
// exactly one dayFinished; then done. Validators are stored only after what they validate is.
class FetchRun : public QObject
{
    Q_OBJECT

public:
    FetchRun(const QString &libraryPath, const QList<FetchSourcePlan> &plans, const HttpLimits &limits, const std::optional<QSslConfiguration> &ssl);
    ~FetchRun() override;

    void run();
    void cancel();

Q_SIGNALS:
    void dayFinished(const Paperboy::Core::FetchDayResult &result);
    void done(bool digestsChanged, bool metaChanged);

private:
    void startSource(qsizetype planIndex);
    void startIndexed(const FetchSourcePlan &plan, const QMap<QDate, QUrl> &files);
    void request(const FetchSourcePlan &plan, const QDate &day, const QUrl &url, bool conditional, const QByteArray &authorization);
    void onJobFinished(HttpJob *job);
    void storeDigest(FetchDayResult &r, const HttpResponse &response);
    void storeDailyPapers(FetchDayResult &r, const HttpResponse &response);
    void report(const FetchDayResult &result);
    void checkDone();

    QString m_libraryPath;
    QList<FetchSourcePlan> m_plans;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_ssl;
    std::unique_ptr<Library> m_library;
    HttpClient *m_client = nullptr;
    QHash<HttpJob *, FetchDayResult> m_pending; // the result each day's job fills in
    QHash<HttpJob *, qsizetype> m_indexJobs; // index page requests -> their plan
    QHash<QString, bool> m_networkTrouble; // source -> some day failed below HTTP (offline, DNS, TLS, ...)
    int m_outstanding = 0; // days not reported yet
    bool m_cancelled = false;
    bool m_digestsChanged = false;
    bool m_metaChanged = false;
    bool m_doneSent = false;
};

} // namespace Paperboy::Core
