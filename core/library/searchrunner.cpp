// SearchRunner: a worker QObject owns its own Library connection on the runner's thread.
#include "library/searchrunner.h"

#include "library/database.h"
#include "library/library.h"
#include "library/searchindex.h"

#include <sqlite3.h>

namespace Paperboy::Core {

class SearchRunner::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    {
    }

    // On the runner's thread. Empty hits and an error when the library cannot be opened.
    QList<SearchHit> run(quint64 generation, const SearchQuery &query, int limit, SearchIndex::Order order, QString *error)
    {
        if (generation != m_latest->load())
            return {}; // superseded while queued
        if (!m_library) {
            auto library = std::make_unique<Library>();
            if (Status s = library->open(m_path); !s) {
                *error = s.message();
                return {};
            }
            m_library = std::move(library);
            m_handle.store(m_library->database().handle());
        }
        m_running.store(true);
        if (generation != m_latest->load()) { // superseded while opening: interrupt() saw no search
            m_running.store(false);
            return {};
        }
        QList<SearchHit> hits = m_library->searchIndex().search(query, limit, error, order);
        m_running.store(false);
        return hits;
    }

    // On the runner's thread, after run(): -1 when superseded or failed.
    int count(quint64 generation, const SearchQuery &query)
    {
        if (!m_library || generation != m_latest->load())
            return -1;
        m_running.store(true);
        QString error;
        const int total = generation == m_latest->load() ? m_library->searchIndex().count(query, &error) : -1;
        m_running.store(false);
        return error.isEmpty() ? total : -1;
    }

    // Any thread: stops the statement running now, if any.
    void interrupt()
    {
        if (m_running.load())
            if (sqlite3 *db = m_handle.load())
                sqlite3_interrupt(db);
    }

    // On the runner's thread: other days were imported or removed.
    void entriesChanged()
    {
        if (m_library)
            m_library->searchIndex().entriesChanged();
    }

    void close() { m_library.reset(); }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Library> m_library;
    std::atomic<sqlite3 *> m_handle = nullptr;
    std::atomic_bool m_running = false;
};

SearchRunner::SearchRunner(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    const QString path = library->path();
    if (path.isEmpty() || path == QLatin1StringView(":memory:"))
        return;
    m_worker = new Worker(path, m_latest);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
    connect(library, &Library::daysChanged, this, [this] { QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->entriesChanged(); }); });
}

SearchRunner::~SearchRunner()
{
    if (!m_worker)
        return;
    m_latest->fetch_add(1);
    m_worker->interrupt();
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void SearchRunner::start(const SearchQuery &query, int limit, SearchIndex::Order order, bool withTotal)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    m_busy = true;
    if (!m_worker) {
        QString error;
        const QList<SearchHit> hits = m_library->searchIndex().search(query, limit, &error, order);
        deliver(generation, hits, error);
        if (withTotal && error.isEmpty())
            deliverTotal(generation, m_library->searchIndex().count(query));
        return;
    }
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, generation, query, limit, order, withTotal] {
        QString error;
        const QList<SearchHit> hits = w->run(generation, query, limit, order, &error);
        QMetaObject::invokeMethod(this, [this, generation, hits, error] { deliver(generation, hits, error); });
        // The hits are shown while the rest is counted: counting reads every match.
        if (withTotal && error.isEmpty())
            if (const int total = w->count(generation, query); total >= 0)
                QMetaObject::invokeMethod(this, [this, generation, total] { deliverTotal(generation, total); });
    });
}

void SearchRunner::cancel()
{
    m_latest->fetch_add(1);
    m_busy = false;
    if (m_worker)
        m_worker->interrupt();
}

void SearchRunner::deliverTotal(quint64 generation, int total)
{
    if (generation == m_latest->load())
        Q_EMIT counted(total);
}

void SearchRunner::deliver(quint64 generation, const QList<SearchHit> &hits, const QString &error)
{
    if (generation != m_latest->load())
        return; // a newer search is on its way
    m_busy = false;
    Q_EMIT finished(hits, error);
}

} // namespace Paperboy::Core
