// Reading the library on a thread of its own, so that long reads never hold up the window.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace Paperboy::Core {

class Library;

// A thread with its own connection to the library (opened on first use, closed on that thread), for
// jobs that only read: building the For-you model, More like this. Jobs run one after another in the
// order given. run(context, job, done) runs job(Library &) there and then done(result) on this
// object's thread, unless context is gone by then. A library in memory, which a second connection
// cannot see, runs the job on the caller's thread at once (done still arrives through the event
// loop, as it does from the thread). When the connection cannot be opened, job gets the caller's
// library on the caller's thread instead: slower, but the answer arrives. Destroying the worker
// waits for the job running, if any, and drops those queued.
class LibraryWorker : public QObject
{
    Q_OBJECT

public:
    explicit LibraryWorker(Library *library, QObject *parent = nullptr);
    ~LibraryWorker() override;

    template <typename Job, typename Done>
    void run(QObject *context, Job job, Done done)
    {
        using Result = std::invoke_result_t<Job &, Library &>;
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](Library &library) mutable {
            auto result = std::make_shared<Result>(job(library));
            QMetaObject::invokeMethod(this, [guard, done, result]() mutable {
                if (guard)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    // Whether jobs run on a thread of their own (false for a library in memory).
    bool isThreaded() const { return m_worker != nullptr; }
    // Jobs given and not yet finished.
    int pending() const { return m_pending; }

private:
    class Worker;
    void post(std::function<void(Library &)> job);

    Library *m_library;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    int m_pending = 0;
};

} // namespace Paperboy::Core
