// ImportTask: the worker lives in a QThread; results come back through a queued signal.
#include "importtask.h"

namespace Paperboy::Core {

ImportTask::ImportTask(Library *library, const QStringList &paths, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_dbPath(library->path())
    , m_paths(paths)
{
}

ImportTask::~ImportTask()
{
    cancel();
    wait();
}

void ImportTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Library worker;
        QList<ImportResult> results;
        if (const Status s = worker.open(m_dbPath); !s) {
            ImportResult failed;
            failed.source = m_dbPath;
            failed.diagnostics.append({Diagnostic::Severity::Error, m_dbPath, 0, {}, s.message()});
            results.append(failed);
        } else {
            results = worker.importer().importPaths(
                m_paths, [this](int done, int total) { Q_EMIT progress(done, total); }, &m_cancel);
        }
        QMetaObject::invokeMethod(
            this,
            [this, results] {
                m_results = results;
                m_library->notifyExternalChange();
                Q_EMIT finished(m_cancel.load());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void ImportTask::cancel()
{
    m_cancel = true;
}

bool ImportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ImportTask::wait(int msecs)
{
    if (!m_thread)
        return true;
    const bool done = msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
    if (done) {
        delete m_thread;
        m_thread = nullptr;
    }
    return done;
}

} // namespace Paperboy::Core
