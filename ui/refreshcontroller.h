// A refresh's lifetime: starts the FetchTask for a range of days, reports its progress and its
// outcome, keeps the results for the refresh log. The window only shows what it says.
#pragma once

#include "network/fetchresult.h"

#include <QDate>
#include <QObject>

namespace Paperboy::Core {
class FetchTask;
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class RefreshController : public QObject
{
    Q_OBJECT

public:
    explicit RefreshController(Core::Library *library, QObject *parent = nullptr);

    // Fetches [from, to] (null ends: FetchTask::defaultRange) from every enabled
    // source, or from those named. False when none is running afterwards; message() said why.
    bool start(const QStringList &sources = {}, const QDate &from = {}, const QDate &to = {});
    void cancel();
    bool isRunning() const { return m_task != nullptr; }
    // Starts one when an enabled source was last refreshed longer ago than the configured hours.
    bool startIfStale();
    // The outcome of the last refresh per source and day (of the running one so far).
    QList<Core::FetchDayResult> results() const { return m_results; }

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    // "source: n of m days" per source, one per line.
    void progressDetails(const QString &text);
    // The refresh ended: what it brought, in a line for the status bar.
    void finished(const QString &summary);
    // Something to tell the reader (why a refresh did not start).
    void message(const QString &text);

private:
    Core::Library *m_library;
    Core::FetchTask *m_task = nullptr;
    QList<Core::FetchDayResult> m_results;
};

} // namespace Paperboy::Ui
