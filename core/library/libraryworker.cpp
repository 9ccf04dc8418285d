// LibraryWorker: a QObject on the worker thread owns the second connection.
#include "library/libraryworker.h"

#include "library/library.h"

namespace Paperboy::Core {

class LibraryWorker::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {
    }

    // On the worker's thread: the connection, opened the first time (nullptr when it cannot be).
    Library *library()
    {
        if (!m_library && !m_failed) {
            auto library = std::make_unique<Library>();
            if (library->open(m_path))
                m_library = std::move(library);
            else
                m_failed = true;
        }
        return m_library.get();
    }

    void close() { m_library.reset(); }

private:
    QString m_path;
    std::unique_ptr<Library> m_library;
    bool m_failed = false;
};

LibraryWorker::LibraryWorker(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    const QString path = library->path();
    if (path.isEmpty() || path == QLatin1StringView(":memory:"))
        return;
    m_worker = new Worker(path);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("library-worker"));
    m_thread.start(QThread::LowPriority);
}

LibraryWorker::~LibraryWorker()
{
    if (!m_worker)
        return;
    // A job running now finishes (jobs only read); those still queued are dropped.
    m_stopping->store(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void LibraryWorker::post(std::function<void(Library &)> job)
{
    ++m_pending;
    const auto finished = [this] { QMetaObject::invokeMethod(this, [this] { --m_pending; }, Qt::QueuedConnection); };
    if (!m_worker) {
        job(*m_library);
        finished();
        return;
    }
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, stopping = m_stopping, job = std::move(job), finished] {
        if (stopping->load())
            return;
        if (Library *library = w->library()) {
            job(*library);
            finished();
            return;
        }
        // The second connection could not be opened: the job runs on the caller's library.
        QMetaObject::invokeMethod(this, [this, job, finished] {
            job(*m_library);
            finished();
        }, Qt::QueuedConnection);
    });
}

} // namespace Paperboy::Core
