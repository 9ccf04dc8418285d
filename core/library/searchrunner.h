// Searches on a thread of their own, so that a slow query never holds up the window.
#pragma once

#include "library/librarytypes.h"
#include "library/searchindex.h"
#include "search/searchquery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Paperboy::Core {

class Library;

// Runs SearchIndex::search over a second connection to the library, on a thread with an event loop.
// A new search interrupts the one running (sqlite3_interrupt) and skips those still queued: only the
// newest search's hits arrive. A library in memory, which a second connection cannot see, is
// searched at once on the caller's thread.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(Library *library, QObject *parent = nullptr);
    ~SearchRunner() override;

    // withTotal: after the hits, the number of papers the search finds in all arrives (counted).
    void start(const SearchQuery &query, int limit, SearchIndex::Order order = SearchIndex::Order::Relevance, bool withTotal = false);
    // Drops the search running or queued: its hits never arrive.
    void cancel();
    // A search was started and its hits have not arrived yet.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const QList<SearchHit> &hits, const QString &error);
    void counted(int total);

private:
    class Worker;
    void deliver(quint64 generation, const QList<SearchHit> &hits, const QString &error);
    void deliverTotal(quint64 generation, int total);

    Library *m_library;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_busy = false;
};

} // namespace Paperboy::Core
