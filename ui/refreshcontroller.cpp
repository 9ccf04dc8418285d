#include "refreshcontroller.h"

#include "common/settings.h"
#include "library/library.h"
#include "network/fetchtask.h"

#include <QMap>

#include <memory>

namespace Paperboy::Ui {

using namespace Core;

RefreshController::RefreshController(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

bool RefreshController::start(const QStringList &sources, const QDate &from, const QDate &to)
{
    if (m_task) {
        Q_EMIT message(tr("A refresh is already running"));
        return true;
    }
    if (sources.isEmpty()) {
        bool any = false;
        for (const Source &s : m_library->network().sources())
            any = any || s.enabled;
        if (!any) {
            Q_EMIT message(tr("No sources to refresh from: add one with File › Sources… (Ctrl+Shift+U)"));
            return false;
        }
    }
    auto *task = new FetchTask(m_library, this);
    task->setSources(sources);
    task->setRange(from, to); // null ends: FetchTask::defaultRange, as `paperboy fetch`
    if (const Status s = task->start(); !s) {
        delete task;
        Q_EMIT message(tr("Cannot refresh: %1").arg(s.message()));
        return false;
    }
    m_task = task;
    m_results.clear();
    Q_EMIT started(task->total());
    auto perSource = std::make_shared<QMap<QString, QPair<int, int>>>();
    connect(task, &FetchTask::progress, this, &RefreshController::progress);
    connect(task, &FetchTask::sourceProgress, this, [this, perSource](const QString &source, int done, int total) {
        perSource->insert(source, {done, total});
        QStringList lines;
        for (auto it = perSource->cbegin(); it != perSource->cend(); ++it)
            lines << tr("%1: %2 of %3 days").arg(it.key()).arg(it.value().first).arg(it.value().second);
        Q_EMIT progressDetails(lines.join(u'\n'));
    });
    connect(task, &FetchTask::dayFinished, this, [this](const FetchDayResult &r) { m_results.append(r); });
    connect(task, &FetchTask::finished, this, [this, task](bool cancelled) {
        m_results = task->results();
        task->deleteLater();
        m_task = nullptr;
        int imported = 0, unchanged = 0, failed = 0;
        for (const FetchDayResult &r : std::as_const(m_results)) {
            if (r.outcome == FetchDayResult::Outcome::Imported)
                ++imported;
            else if (r.outcome == FetchDayResult::Outcome::Unchanged)
                ++unchanged;
            else if (r.error.kind != FetchError::Kind::Cancelled)
                ++failed;
        }
        QString summary = tr("Refresh: %n new", nullptr, imported) + tr(", %n unchanged", nullptr, unchanged);
        if (failed)
            summary += tr(", %n failed (File › Refresh Log shows why)", nullptr, failed);
        if (cancelled)
            summary += tr(" (stopped)");
        Q_EMIT finished(summary);
    });
    return true;
}

void RefreshController::cancel()
{
    if (m_task)
        m_task->cancel();
}

bool RefreshController::startIfStale()
{
    const int hours = Settings::instance().autoRefreshHours();
    if (hours <= 0 || m_task)
        return false;
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    for (const Source &s : m_library->network().sources())
        if (s.enabled && (!s.lastRefresh.isValid() || s.lastRefresh < limit))
            return start() && m_task != nullptr;
    return false;
}

} // namespace Paperboy::Ui
