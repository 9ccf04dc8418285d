// FetchRun: turns a plan into requests and each answer into an import, a stored list, or a reason.
#include "fetchrun.h"

#include "digest/digestparser.h"
#include "network/dailypapers.h"
#include "network/digestindex.h"
#include "network/httpclient.h"
#include "network/httpjob.h"
#include "network/urltemplate.h"

namespace Paperboy::Core {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

// Failures below HTTP: the source was not reached, so its refresh does not count as done.
bool isNetworkTrouble(FetchError::Kind kind)
{
    switch (kind) {
    case FetchError::Kind::Dns:
    case FetchError::Kind::Connection:
    case FetchError::Kind::Tls:
    case FetchError::Kind::Timeout:
    case FetchError::Kind::Credentials: return true;
    default: return false;
    }
}

FetchDayResult resultFor(const FetchSourcePlan &plan, const QDate &day)
{
    FetchDayResult r;
    r.source = plan.source.name;
    r.kind = plan.source.kind;
    r.day = day;
    return r;
}

} // namespace

FetchRun::FetchRun(const QString &libraryPath, const QList<FetchSourcePlan> &plans, const HttpLimits &limits, const std::optional<QSslConfiguration> &ssl)
    : m_libraryPath(libraryPath)
    , m_plans(plans)
    , m_limits(limits)
    , m_ssl(ssl)
{
}

FetchRun::~FetchRun() = default;

void FetchRun::run()
{
    for (const FetchSourcePlan &plan : std::as_const(m_plans))
        m_outstanding += int(plan.days.size());
    m_library = std::make_unique<Library>();
    FetchError storage;
    if (const Status s = m_library->open(m_libraryPath); !s)
        storage = {FetchError::Kind::Storage, 0, s.message()};
    m_client = new HttpClient(this);
    m_client->setLimits(m_limits);
    if (m_ssl)
        m_client->setSslConfiguration(*m_ssl);
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        const FetchSourcePlan &plan = m_plans.at(i);
        if (storage.isError() || plan.preFailure.isError() || m_cancelled) {
            const FetchError e = m_cancelled ? FetchError{FetchError::Kind::Cancelled, 0, {}} : storage.isError() ? storage : plan.preFailure;
            for (const QDate &day : plan.days) {
                FetchDayResult r = resultFor(plan, day);
                r.error = e;
                report(r);
            }
            continue;
        }
        startSource(i);
    }
    checkDone();
}

void FetchRun::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
}

void FetchRun::startSource(qsizetype planIndex)
{
    const FetchSourcePlan &plan = m_plans.at(planIndex);
    const Source &s = plan.source;
    if (s.kind == Source::Kind::HuggingFace) {
        for (const QDate &day : plan.days) {
            const QUrl url = DailyPapers::url(s.url, day);
            request(plan, day, url, m_library->network().hasPaperListing(day), plan.authorization);
        }
        return;
    }
    if (UrlTemplate::isTemplate(s.url)) {
        for (const QDate &day : plan.days)
            request(plan, day, UrlTemplate::expand(s.url, day), m_library->catalog().hasDay(day), plan.authorization);
        return;
    }
    // An index page: read it (unconditionally: its list is not kept), then fetch the listed days.
    HttpRequest index;
    index.url = QUrl(s.url);
    index.authorization = plan.authorization;
    HttpJob *job = m_client->get(index);
    m_indexJobs.insert(job, planIndex);
    connect(job, &HttpJob::finished, this, &FetchRun::onJobFinished);
}

void FetchRun::startIndexed(const FetchSourcePlan &plan, const QMap<QDate, QUrl> &files)
{
    const QUrl indexUrl(plan.source.url);
    for (const QDate &day : plan.days) {
        const auto file = files.constFind(day);
        if (file == files.cend()) {
            FetchDayResult r = resultFor(plan, day);
            r.url = plan.source.url;
            r.error = {FetchError::Kind::NotListed, 0, {}};
            report(r);
            continue;
        }
        // The secret is for the index's host: a file elsewhere is fetched without it.
        request(plan, day, *file, m_library->catalog().hasDay(day), sameOrigin(indexUrl, *file) ? plan.authorization : QByteArray());
    }
}

void FetchRun::request(const FetchSourcePlan &plan, const QDate &day, const QUrl &url, bool present, const QByteArray &authorization)
{
    FetchDayResult r = resultFor(plan, day);
    r.url = url.toString(QUrl::RemoveUserInfo);
    const std::optional<HttpValidators> validators = m_library->network().httpValidators(r.url);
    if (plan.source.kind == Source::Kind::Digest && present && !validators) {
        // Imported from a file or another source: nothing to compare with, and nothing missing.
        r.outcome = FetchDayResult::Outcome::Unchanged;
        r.note = tr("already in the library");
        report(r);
        return;
    }
    HttpRequest req;
    req.url = url;
    req.authorization = authorization;
    // Conditional only when what the validators stand for is still in the library.
    if (present && validators) {
        req.ifNoneMatch = validators->etag;
        req.ifModifiedSince = validators->lastModified;
    }
    HttpJob *job = m_client->get(req);
    m_pending.insert(job, r);
    connect(job, &HttpJob::finished, this, &FetchRun::onJobFinished);
}

void FetchRun::onJobFinished(HttpJob *job)
{
    const HttpResponse &response = job->response();
    if (const auto index = m_indexJobs.find(job); index != m_indexJobs.end()) {
        const FetchSourcePlan &plan = m_plans.at(*index);
        m_indexJobs.erase(index);
        if (!response.ok() || response.notModified()) {
            FetchError e = response.ok() ? FetchError{FetchError::Kind::BadFormat, 304, tr("304 to an unconditional request")} : response.error;
            e.detail = e.detail.isEmpty() ? tr("the index") : tr("the index: %1").arg(e.detail);
            for (const QDate &day : plan.days) {
                FetchDayResult r = resultFor(plan, day);
                r.url = plan.source.url;
                r.error = e;
                report(r);
            }
        } else {
            startIndexed(plan, DigestIndex::parse(response.body, response.finalUrl));
        }
        checkDone();
        return;
    }
    auto it = m_pending.find(job);
    if (it == m_pending.end())
        return;
    FetchDayResult r = *it;
    m_pending.erase(it);
    r.error = response.error;
    const bool conditional = !job->request().ifNoneMatch.isEmpty() || !job->request().ifModifiedSince.isEmpty();
    if (response.ok()) {
        if (response.notModified() && !conditional) {
            r.error = {FetchError::Kind::BadFormat, 304, tr("304 to an unconditional request")};
        } else if (response.notModified()) {
            r.outcome = FetchDayResult::Outcome::Unchanged;
            r.note = tr("not modified");
        } else if (r.kind == Source::Kind::HuggingFace) {
            storeDailyPapers(r, response);
        } else {
            storeDigest(r, response);
        }
    }
    report(r);
    checkDone();
}

void FetchRun::storeDigest(FetchDayResult &r, const HttpResponse &response)
{
    // The parser dates a digest whose heading has no date by its file name. The URL requested names
    // the day (made from the template or listed by the index), so a name without a date of its own
    // ("09.md" of …/{yyyy}/{mm}/{dd}.md, "digest" of …?day={date}) stands for the requested day. A
    // dated name keeps its date (a redirect to another day's file fails below), and so does an
    // undated .md file a redirect led to: it names no day.
    QString name = response.finalUrl.fileName();
    const bool dated = QDate::fromString(name.left(10), Qt::ISODate).isValid();
    const bool redirected = response.finalUrl.path() != response.url.path();
    if (!dated && (!redirected || !name.endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive)))
        name = r.day.toString(Qt::ISODate) + QStringLiteral(".md");
    const Digest digest = DigestParser::parse(response.body, name);
    // Checked before the importer sees it: an error page or another day's digest must not replace
    // anything (the importer would replace the day the digest names).
    QString problem;
    if (!digest.date.isValid() || digest.papers.isEmpty()) {
        problem = tr("not a digest");
        for (const Diagnostic &d : digest.diagnostics)
            if (d.isError() && d.paperId.isEmpty()) {
                problem = d.message;
                break;
            }
    } else if (digest.date != r.day) {
        problem = tr("the digest is for %1, not %2").arg(digest.date.toString(Qt::ISODate), r.day.toString(Qt::ISODate));
    }
    if (!problem.isEmpty()) {
        r.error = {FetchError::Kind::BadFormat, response.status, problem};
        return;
    }
    const ImportResult imported = m_library->importer().importDigest(digest, r.url, response.body, r.source);
    r.papers = imported.papers;
    switch (imported.outcome) {
    case ImportResult::Outcome::Imported:
        r.outcome = FetchDayResult::Outcome::Imported;
        m_digestsChanged = true;
        break;
    case ImportResult::Outcome::Unchanged:
        r.outcome = FetchDayResult::Outcome::Unchanged;
        r.note = tr("same digest as before");
        break;
    case ImportResult::Outcome::Rejected: {
        QString why;
        for (const Diagnostic &d : imported.diagnostics)
            if (d.isError()) {
                why = d.message;
                break;
            }
        r.error = {FetchError::Kind::Storage, response.status, why};
        return;
    }
    }
    if (const Status s = m_library->network().storeHttpValidators(r.url, response.etag, response.lastModified); !s)
        r.note = s.message();
}

void FetchRun::storeDailyPapers(FetchDayResult &r, const HttpResponse &response)
{
    QString problem;
    const auto papers = DailyPapers::parse(response.body, &problem);
    if (!papers) {
        r.error = {FetchError::Kind::BadFormat, response.status, problem};
        return;
    }
    if (const Status s = m_library->network().storePaperMeta(r.day, *papers); !s) {
        r.error = {FetchError::Kind::Storage, response.status, s.message()};
        return;
    }
    m_metaChanged = true;
    r.outcome = FetchDayResult::Outcome::Imported;
    r.papers = int(papers->size());
    r.withoutDigest = int(m_library->network().papersWithoutDigest(r.day).size());
    if (const Status s = m_library->network().storeHttpValidators(r.url, response.etag, response.lastModified); !s)
        r.note = s.message();
}

void FetchRun::report(const FetchDayResult &result)
{
    FetchDayResult r = result;
    if (r.error.isError())
        r.outcome = FetchDayResult::Outcome::Failed;
    if (r.outcome == FetchDayResult::Outcome::Failed && isNetworkTrouble(r.error.kind))
        m_networkTrouble.insert(r.source, true);
    --m_outstanding;
    Q_EMIT dayFinished(r);
}

void FetchRun::checkDone()
{
    if (m_doneSent || m_outstanding > 0 || !m_indexJobs.isEmpty())
        return;
    m_doneSent = true;
    if (m_library && !m_cancelled) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const FetchSourcePlan &plan : std::as_const(m_plans))
            if (!plan.preFailure.isError() && !m_networkTrouble.value(plan.source.name))
                m_library->network().setSourceRefreshed(plan.source.name, now);
    }
    Q_EMIT done(m_digestsChanged, m_metaChanged);
}

} // namespace Paperboy::Core
