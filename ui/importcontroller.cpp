#include "importcontroller.h"

#include "library/importtask.h"
#include "library/library.h"

#include <QFileInfo>
#include <QSet>

#include <utility>

namespace Paperboy::Ui {

using namespace Core;

ImportController::ImportController(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

ImportController::Report ImportController::report(const QList<ImportResult> &results, bool cancelled)
{
    Report out;
    int unchanged = 0, rejected = 0, papers = 0;
    QSet<QDate> days;
    for (const ImportResult &r : results) {
        switch (r.outcome) {
        case ImportResult::Outcome::Imported:
            days.insert(r.day);
            papers += r.papers;
            break;
        case ImportResult::Outcome::Unchanged: ++unchanged; break;
        case ImportResult::Outcome::Rejected: ++rejected; break;
        }
        if (r.outcome != ImportResult::Outcome::Rejected && r.day.isValid() && r.day > out.newest)
            out.newest = r.day;
    }
    QStringList parts;
    parts << (days.isEmpty() ? tr("Nothing new imported")
                             : tr("Imported %1 (%2)").arg(tr("%n day(s)", nullptr, int(days.size())), tr("%n paper(s)", nullptr, papers)));
    if (unchanged)
        parts << tr("%n file(s) unchanged", nullptr, unchanged);
    if (rejected)
        parts << tr("%n file(s) rejected", nullptr, rejected);
    out.summary = parts.join(QStringLiteral(", "));
    if (cancelled)
        out.summary += u' ' + tr("(cancelled)");

    // Files are named below the folder all the imported files share.
    QString common;
    bool first = true;
    for (const ImportResult &r : results) {
        const QString dir = QFileInfo(r.source).path() + u'/';
        if (std::exchange(first, false)) {
            common = dir;
            continue;
        }
        qsizetype n = 0;
        while (n < common.size() && n < dir.size() && common.at(n) == dir.at(n))
            ++n;
        common = n == 0 ? QString() : common.left(common.lastIndexOf(u'/', n - 1) + 1);
    }
    for (const ImportResult &r : results) {
        if (r.diagnostics.isEmpty())
            continue;
        const QString name = r.source.startsWith(common) ? r.source.mid(common.size()) : r.source;
        const QString outcome = r.outcome == ImportResult::Outcome::Rejected ? tr("rejected")
            : r.outcome == ImportResult::Outcome::Unchanged                  ? tr("unchanged")
                                                                             : tr("imported");
        out.problems << QStringLiteral("%1 (%2)").arg(name, outcome);
        for (const Diagnostic &d : r.diagnostics)
            out.problems << QStringLiteral("    ") + (d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.text()) : d.text());
    }
    return out;
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
        const Report r = report(results, cancelled);
        Q_EMIT finished(r.summary, r.newest, r.problems);
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
