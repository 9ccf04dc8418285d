// FetchTask: the plan and the secrets in the caller's thread, the requests in a worker thread.
#include "fetchtask.h"

#include "common/settings.h"
#include "network/secretstore.h"
#include "network/urltemplate.h"

#include <QThread>

#include <algorithm>
#include <tuple>

namespace Paperboy::Core {

FetchTask::FetchTask(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_secrets(new SecretStore(this))
{
    qRegisterMetaType<FetchDayResult>();
}

FetchTask::~FetchTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void FetchTask::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
}

namespace {

// A source that fails before it is asked anything needs no secret either.
bool needsSecret(const FetchSourcePlan &plan)
{
    return plan.source.auth != Source::Auth::None && !plan.preFailure.isError();
}

} // namespace

static_assert(Settings::MaxRefreshDays <= FetchTask::MaxDays, "a refresh of the longest setting must be allowed");

std::pair<QDate, QDate> FetchTask::defaultRange(const QDate &from, const QDate &to)
{
    const int days = Settings::instance().refreshDays();
    const QDate today = QDate::currentDate();
    QDate last = to;
    if (!last.isValid())
        last = from.isValid() ? std::min(today, from.addDays(days - 1)) : today;
    return {from.isValid() ? from : last.addDays(-(days - 1)), last};
}

bool FetchTask::allSucceeded() const
{
    if (m_results.size() != m_total)
        return false;
    for (const FetchDayResult &r : m_results)
        if (!r.ok())
            return false;
    return true;
}

Status FetchTask::start()
{
    if (m_running || m_thread)
        return Status::failure(tr("the refresh is running already"));
    QList<Source> chosen;
    if (m_names.isEmpty()) {
        for (const Source &s : m_library->network().sources())
            if (s.enabled)
                chosen.append(s);
        if (chosen.isEmpty())
            return Status::failure(tr("no sources to fetch from (add one with: paperboy sources add NAME URL)"));
    } else {
        for (const QString &name : std::as_const(m_names)) {
            const auto s = m_library->network().source(name);
            if (!s)
                return Status::failure(tr("there is no source named %1").arg(name));
            chosen.append(*s);
        }
    }
    std::tie(m_from, m_to) = defaultRange(m_from, m_to);
    if (m_from > m_to)
        return Status::failure(tr("the range starts (%1) after it ends (%2)").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate)));
    if (m_from.daysTo(m_to) >= MaxDays)
        return Status::failure(tr("at most %1 days at a time").arg(MaxDays));

    QList<QDate> days;
    for (QDate d = m_to; d >= m_from; d = d.addDays(-1))
        days.append(d);
    m_plans.clear();
    m_results.clear();
    m_perSource.clear();
    m_total = 0;
    for (const Source &s : std::as_const(chosen)) {
        FetchSourcePlan plan;
        plan.source = s;
        plan.days = days;
        // Sources are checked when they are added; this one came in otherwise (an older library,
        // Library::network() directly). Its days fail rather than ask for a URL it does not mean.
        if (s.kind == Source::Kind::Digest)
            if (const Status valid = UrlTemplate::check(s.url); !valid)
                plan.preFailure = {FetchError::Kind::BadFormat, 0, valid.message()};
        m_plans.append(plan);
        m_perSource.insert(s.name, {0, int(days.size())});
        m_total += int(days.size());
    }
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0, m_total);

    m_secretsPending = 0;
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        if (needsSecret(m_plans.at(i)))
            ++m_secretsPending;
    if (m_secretsPending == 0) {
        launch();
        return Status::success();
    }
    for (qsizetype i = 0; i < m_plans.size(); ++i)
        if (needsSecret(m_plans.at(i)))
            secretRead(i);
    return Status::success();
}

void FetchTask::secretRead(qsizetype index)
{
    const QString name = m_plans.at(index).source.name;
    m_secrets->read(SecretStore::keyForSource(name), [this, index](const SecretResult &r) {
        FetchSourcePlan &plan = m_plans[index];
        if (r.ok()) {
            if (plan.source.auth == Source::Auth::Basic)
                plan.authorization = "Basic " + (plan.source.username.toUtf8() + ':' + r.secret).toBase64();
            else
                plan.authorization = "Bearer " + r.secret;
        } else {
            plan.preFailure = {FetchError::Kind::Credentials, 0, r.message};
        }
        if (--m_secretsPending == 0)
            launch();
    });
}

void FetchTask::launch()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("paperboy-fetch"));
    m_run = new FetchRun(m_library->path(), m_plans, m_limits, m_ssl);
    // The worker has its copy; this thread keeps none.
    for (FetchSourcePlan &plan : m_plans)
        plan.authorization.clear();
    if (m_cancelled)
        m_run->cancel();
    m_run->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_run, &FetchRun::run);
    connect(m_run, &FetchRun::dayFinished, this, &FetchTask::onDay);
    connect(m_run, &FetchRun::done, this, &FetchTask::onRunDone);
    connect(m_run, &FetchRun::done, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_run, &QObject::deleteLater);
    m_thread->start();
}

void FetchTask::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_run && m_thread)
        QMetaObject::invokeMethod(m_run, &FetchRun::cancel, Qt::QueuedConnection);
}

void FetchTask::onDay(const FetchDayResult &result)
{
    m_results.append(result);
    auto &counts = m_perSource[result.source];
    ++counts.first;
    Q_EMIT dayFinished(result);
    Q_EMIT sourceProgress(result.source, counts.first, counts.second);
    Q_EMIT progress(int(m_results.size()), m_total);
}

void FetchTask::onRunDone(bool digestsChanged, bool metaChanged)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_run = nullptr; // deleted with the thread's end
    }
    m_running = false;
    if (digestsChanged)
        m_library->notifyExternalChange();
    if (metaChanged)
        Q_EMIT m_library->paperMetaChanged();
    Q_EMIT finished(m_cancelled);
}

} // namespace Paperboy::Core
