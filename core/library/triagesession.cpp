// TriageSession: the decisions go through the stores (Annotations, ReadingQueue, History), so the
// window's models hear of them as of any other change.
#include "library/triagesession.h"

#include "library/library.h"

#include <QSet>

namespace Paperboy::Core {

TriageSession::TriageSession(Library &library, const QList<PaperListing> &scope)
    : m_library(library)
{
    const QStringList queuedList = library.readingQueue().papers();
    const QSet<QString> queued(queuedList.cbegin(), queuedList.cend());
    QSet<QString> seen;
    for (const PaperListing &p : scope)
        if (needsDecision(p, queued) && !seen.contains(p.arxivId)) {
            seen.insert(p.arxivId);
            m_cards.append(p);
        }
}

bool TriageSession::needsDecision(const PaperListing &paper, const QSet<QString> &queued)
{
    return !paper.read && !paper.starred && !paper.muted && !queued.contains(paper.arxivId);
}

std::optional<PaperListing> TriageSession::current() const
{
    if (isDone())
        return std::nullopt;
    return m_cards.at(m_position);
}

std::optional<PaperDetail> TriageSession::currentDetail() const
{
    if (isDone())
        return std::nullopt;
    const PaperListing &p = m_cards.at(m_position);
    return m_library.catalog().paper(p.arxivId, p.day);
}

Status TriageSession::decide(TriageDecision decision)
{
    if (isDone())
        return Status::failure(QCoreApplication::translate("TriageSession", "every paper is decided"));
    const PaperListing &p = m_cards.at(m_position);
    const QStringList ids{p.arxivId};
    Step step;
    step.card = m_position;
    step.decision = decision;
    QStringList changed;
    Status s = Status::success();
    switch (decision) {
    case TriageDecision::Keep:
        step.changed = !m_library.annotations().isStarred(p.arxivId);
        s = m_library.annotations().setStarred(ids, true);
        break;
    case TriageDecision::Later:
        s = m_library.readingQueue().add(ids, &changed);
        step.changed = !changed.isEmpty();
        break;
    case TriageDecision::Skip:
        s = m_library.annotations().setRead(ids, true, &changed);
        step.changed = !changed.isEmpty();
        break;
    }
    if (!s)
        return s;
    const EventKind kind = decision == TriageDecision::Keep ? EventKind::Keep : decision == TriageDecision::Later ? EventKind::Later : EventKind::Skip;
    if (Status r = m_library.history().record(ids, kind, p.day, &step.events); !r)
        return r;
    m_done.append(step);
    ++m_position;
    return Status::success();
}

void TriageSession::pass()
{
    if (isDone())
        return;
    m_done.append({m_position, std::nullopt, {}, false});
    ++m_position;
}

Status TriageSession::recordOpen()
{
    if (isDone())
        return Status::success();
    const PaperListing &p = m_cards.at(m_position);
    return m_library.history().record({p.arxivId}, EventKind::Open, p.day);
}

Status TriageSession::undo()
{
    if (m_done.isEmpty())
        return Status::failure(QCoreApplication::translate("TriageSession", "nothing to undo"));
    const Step step = m_done.last();
    const QStringList ids{m_cards.at(step.card).arxivId};
    Status s = Status::success();
    if (step.decision && step.changed) {
        switch (*step.decision) {
        case TriageDecision::Keep:
            s = m_library.annotations().setStarred(ids, false);
            break;
        case TriageDecision::Later:
            s = m_library.readingQueue().remove(ids);
            break;
        case TriageDecision::Skip: {
            // Skipping marked it read and recorded a read event as well: both go.
            s = m_library.annotations().setRead(ids, false);
            break;
        }
        }
    }
    if (!s)
        return s;
    QList<qint64> events = step.events;
    if (step.decision == TriageDecision::Skip && step.changed) {
        // The read event the skip's setRead recorded (the newest read event of the paper).
        for (const ReadingEvent &e : m_library.history().recent(8, {EventKind::Read}))
            if (e.arxivId == ids.first()) {
                events << e.id;
                break;
            }
    }
    if (Status r = m_library.history().remove(events); !r)
        return r;
    m_done.removeLast();
    m_position = step.card;
    return Status::success();
}

int TriageSession::count(TriageDecision decision) const
{
    int n = 0;
    for (const Step &s : m_done)
        n += s.decision == decision;
    return n;
}

QList<PaperListing> TriageSession::decided(TriageDecision decision) const
{
    QList<PaperListing> out;
    for (const Step &s : m_done)
        if (s.decision == decision)
            out << m_cards.at(s.card);
    return out;
}

} // namespace Paperboy::Core
