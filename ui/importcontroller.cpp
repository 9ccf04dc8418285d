#include "importcontroller.h"

#include "library/importtask.h"
#include "library/library.h"

namespace Paperboy::Ui {

using namespace Core;

ImportController::ImportController(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

bool ImportController::start(const QStringList &paths)
{
    if (m_task) {
        Q_EMIT message(tr("An import is already running"));
        return false;
    }
    m_task = new ImportTask(m_library, paths, this);
    connect(m_task, &ImportTask::progress, this, &ImportController::progress);
    connect(m_task, &ImportTask::finished, this, [this](bool cancelled) {
        const QList<ImportResult> results = m_task->results();
        m_task->wait();
        m_task->deleteLater();
        m_task = nullptr;
        int imported = 0, unchanged = 0, rejected = 0;
        QStringList problems;
        QDate newest;
        for (const auto &r : results) {
            (r.outcome == ImportResult::Outcome::Imported ? imported : r.outcome == ImportResult::Outcome::Unchanged ? unchanged : rejected) += 1;
            for (const auto &d : r.diagnostics)
                problems << d.toString();
            if (r.outcome != ImportResult::Outcome::Rejected && r.day.isValid() && r.day > newest)
                newest = r.day;
        }
        QString summary = tr("%n digest(s) imported", nullptr, imported);
        if (unchanged)
            summary += tr(", %n unchanged", nullptr, unchanged);
        if (rejected)
            summary += tr(", %n rejected", nullptr, rejected);
        if (cancelled)
            summary += tr(" (cancelled)");
        Q_EMIT finished(summary, newest, problems);
    });
    Q_EMIT started();
    m_task->start();
    return true;
}

void ImportController::cancel()
{
    if (m_task)
        m_task->cancel();
}

} // namespace Paperboy::Ui
