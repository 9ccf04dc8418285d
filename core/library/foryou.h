// For you in the window: the model built on a worker thread, refitted after the reader's decisions.
#pragma once

#include "library/librarytypes.h"
#include "library/recommender.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Paperboy::Core {

class Library;
class LibraryWorker;

// Owns the window's Recommender. start() builds the model on a LibraryWorker (its own connection,
// so the window never waits for the 3,000-day snapshot and fit); until it arrives rank() keeps the
// publisher's order with modelReady false. A decision (star, unstar, tag, note, read, a triage keep
// or skip, an import) first nudges the model there is (Recommender::learn, at once) and then asks
// for a refit RefitDelayMs later; decisions in between make one refit, and one that comes while a
// refit runs makes another after it. modelChanged() follows every new model, nudged or refitted.
class ForYou : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefitDelayMs = 1500;

    explicit ForYou(Library *library, QObject *parent = nullptr);
    ~ForYou() override;

    // Builds the model in the background if there is none and none is being built.
    void start();
    bool isReady() const { return m_recommender.model() != nullptr; }
    bool isTraining() const { return m_training; }
    // A refit is due (a decision came after the model's snapshot).
    bool isStale() const { return m_stale; }
    // How long the last refit took, snapshot and fit (-1 before the first).
    qint64 lastBuildMs() const { return m_lastBuildMs; }

    // With the model there is, on this thread (~10 ms for a day of 50 papers at 3,000 days).
    Recommender::Ranking rank(const QList<PaperListing> &papers, const QString &tag = {}) const;
    // The tags that have a model of their own (MinTagPapers papers or more), lower case.
    QStringList tagsWithModels() const;

Q_SIGNALS:
    void trainingStarted();
    void modelChanged();

private:
    void refit();
    void decided(const QStringList &arxivIds, Changes what);
    void scheduleRefit();

    Library *m_library;
    Recommender m_recommender;
    LibraryWorker *m_worker = nullptr;
    QTimer m_refitTimer;
    QElapsedTimer m_clock;
    bool m_training = false;
    bool m_stale = false;
    bool m_wanted = false; // start() was called: decisions refit
    qint64 m_lastBuildMs = -1;
};

} // namespace Paperboy::Core
