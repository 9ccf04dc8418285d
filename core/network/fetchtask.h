// A refresh of digest and paper-metadata sources on a worker thread, with progress and cancel.
#pragma once

#include "common/status.h"
#include "network/fetchresult.h"
#include "network/fetchrun.h"
#include "network/http.h"

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>
#include <utility>

class QThread;

namespace Paperboy::Core {

class SecretStore;

// What the window's Refresh (F5) and `paperboy fetch` run. Made for a Library (whose file the
// worker opens a second connection to), configured, then started:
//
//   auto *task = new FetchTask(library, this);
//   task->setRange(from, to);                   // optional: default the last Settings::refreshDays() days
//   connect(task, &FetchTask::progress, bar, ...);   // (done, total) days over all sources
//   connect(task, &FetchTask::dayFinished, ...);     // one result per source and day, as they come
//   connect(task, &FetchTask::finished, ...);        // results(), then deleteLater()
//   if (Status s = task->start(); !s) show(s.message());
//   ... task->cancel();                          // stops; what was stored stays, the rest fails "cancelled"
//
// Secrets are read from the keychain in this thread before the worker starts. When the task ends,
// the library announces new days (daysChanged) and new metadata (paperMetaChanged).
class FetchTask : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxDays = 366;

    // The range a refresh covers when it is given none or half of one, in days of
    // Settings::refreshDays() (14 unless the reader changed it). The window's Refresh and
    // `paperboy fetch` both get their range here (start() calls it), so they agree:
    //   (null, null) → the last refreshDays() days up to today
    //   (from, null) → refreshDays() days from `from`, not past today
    //   (null, to)   → refreshDays() days up to `to`
    static std::pair<QDate, QDate> defaultRange(const QDate &from = {}, const QDate &to = {});

    explicit FetchTask(Library *library, QObject *parent = nullptr);
    ~FetchTask() override;

    // Sources by name (also disabled ones); empty: every enabled source.
    void setSources(const QStringList &names) { m_names = names; }
    // Inclusive; null ends are filled in by defaultRange() when the task starts.
    void setRange(const QDate &from, const QDate &to);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    // Fails without starting for an unknown source, no sources at all, or a bad range.
    Status start();
    void cancel();
    bool isRunning() const { return m_running; }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int total() const { return m_total; }
    int done() const { return int(m_results.size()); }
    QList<FetchDayResult> results() const { return m_results; }
    // Every requested day was fetched, stored or unchanged.
    bool allSucceeded() const;

Q_SIGNALS:
    void progress(int done, int total);
    void sourceProgress(const QString &source, int done, int total);
    void dayFinished(const Paperboy::Core::FetchDayResult &result);
    void finished(bool cancelled);

private:
    void secretRead(qsizetype plan);
    void launch();
    void onDay(const Paperboy::Core::FetchDayResult &result);
    void onRunDone(bool digestsChanged, bool metaChanged);

    Library *m_library;
    SecretStore *m_secrets;
    QStringList m_names;
    QDate m_from;
    QDate m_to;
    HttpLimits m_limits;
    std::optional<QSslConfiguration> m_ssl;
    QList<FetchSourcePlan> m_plans;
    QHash<QString, QPair<int, int>> m_perSource; // done, total
    QList<FetchDayResult> m_results;
    QThread *m_thread = nullptr;
    FetchRun *m_run = nullptr;
    int m_total = 0;
    int m_secretsPending = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Paperboy::Core
