// ForYou: background refits of the Recommender, nudged at once by each decision.
#include "library/foryou.h"

#include "library/library.h"
#include "library/libraryworker.h"

namespace Paperboy::Core {

ForYou::ForYou(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_recommender(*library)
{
    m_refitTimer.setSingleShot(true);
    m_refitTimer.setInterval(RefitDelayMs);
    connect(&m_refitTimer, &QTimer::timeout, this, &ForYou::refit);
    connect(library, &Library::papersChanged, this, &ForYou::decided);
    // A triage keep or skip is an event; an import brings new texts (and idf).
    connect(library, &Library::historyChanged, this, &ForYou::scheduleRefit);
    connect(library, &Library::daysChanged, this, &ForYou::scheduleRefit);
}

ForYou::~ForYou() = default;

void ForYou::start()
{
    m_wanted = true;
    if (!isReady() && !m_training)
        refit();
}

Recommender::Ranking ForYou::rank(const QList<PaperListing> &papers, const QString &tag) const
{
    return m_recommender.rankWithModel(papers, tag);
}

QStringList ForYou::tagsWithModels() const
{
    QStringList tags;
    if (const auto model = m_recommender.model())
        for (auto it = model->tags.cbegin(); it != model->tags.cend(); ++it)
            if (it->positives >= Recommender::MinTagPapers)
                tags.append(it.key());
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void ForYou::decided(const QStringList &arxivIds, Changes what)
{
    // Marks for comparison, Later and highlights say nothing the model learns from.
    if (!(what & (Change::Starred | Change::Unstarred | Change::Read | Change::Unread | Change::Tags | Change::Note)))
        return;
    if (isReady() && arxivIds.size() <= 200) {
        // A star is wanted; a paper read (a skip too) and not starred is not. Tags and notes wait
        // for the refit: a removal says nothing either way.
        bool nudged = false;
        for (const QString &id : arxivIds) {
            if (what & Change::Starred)
                m_recommender.learn(id, true);
            else if ((what & Change::Read) && !m_library->annotations().isStarred(id))
                m_recommender.learn(id, false);
            else
                continue;
            nudged = true;
        }
        if (nudged)
            Q_EMIT modelChanged();
    }
    scheduleRefit();
}

void ForYou::scheduleRefit()
{
    m_stale = true;
    if (m_wanted)
        m_refitTimer.start();
}

void ForYou::refit()
{
    if (m_training) {
        m_stale = true; // another refit follows this one
        return;
    }
    m_training = true;
    m_stale = false;
    m_clock.start();
    Q_EMIT trainingStarted();
    if (!m_worker) // its thread and connection only once For you is asked for
        m_worker = new LibraryWorker(m_library, this);
    m_worker->run(
        this, [](Library &library) { return Recommender::train(Recommender(library).snapshot()); },
        [this](std::shared_ptr<const Recommender::Model> model) {
            m_training = false;
            m_lastBuildMs = m_clock.elapsed();
            m_recommender.setModel(std::move(model));
            Q_EMIT modelChanged();
            if (m_stale)
                m_refitTimer.start();
        });
}

} // namespace Paperboy::Core
