// Triage: deciding on a day's (or a search's) unread papers one card at a time — keep (star),
// later (into the reading queue), skip (read, not interesting) — each decision recorded in the
// history with its time, and undoable in reverse order.
#pragma once

#include "library/history.h"
#include "library/librarytypes.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Paperboy::Core {

class Library;

enum class TriageDecision { Keep, Later, Skip };

class TriageSession
{
public:
    // The cards: the papers of scope that wait for a decision (unread, not starred, not in Later,
    // not muted), in scope's order.
    TriageSession(Library &library, const QList<PaperListing> &scope);

    static bool needsDecision(const PaperListing &paper, const QSet<QString> &queued);

    int total() const { return int(m_cards.size()); }
    // The card shown, 0-based; total() when every card is decided.
    int position() const { return m_position; }
    bool isDone() const { return m_position >= m_cards.size(); }
    // The card shown (nothing once done).
    std::optional<PaperListing> current() const;
    // Its summary as the day shows it, with the metadata known (authors, votes).
    std::optional<PaperDetail> currentDetail() const;

    // Applies the decision to the card shown, records it and shows the next card.
    Status decide(TriageDecision decision);
    // The next card without deciding (it stays undecided).
    void pass();
    // Records that the card shown was opened in full.
    Status recordOpen();
    bool canUndo() const { return !m_done.isEmpty(); }
    // Takes back the last decision (or pass) and shows its card again.
    Status undo();

    int kept() const { return count(TriageDecision::Keep); }
    int later() const { return count(TriageDecision::Later); }
    int skipped() const { return count(TriageDecision::Skip); }
    // The papers decided so, in the order they were decided.
    QList<PaperListing> decided(TriageDecision decision) const;

private:
    struct Step {
        int card = 0;
        std::optional<TriageDecision> decision; // none: passed
        QList<qint64> events;
        bool changed = false; // the decision changed the paper (starred it, queued it, marked it read)
    };
    int count(TriageDecision decision) const;

    Library &m_library;
    QList<PaperListing> m_cards;
    int m_position = 0;
    QList<Step> m_done;
};

} // namespace Paperboy::Core
