// CompareController: marks go to the library; the compare window is made on first use and kept.
#include "comparecontroller.h"

#include "commandpalette.h"
#include "compareview.h"
#include "readercontroller.h"

#include "library/library.h"
#include "models/comparemodel.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

CompareController::CompareController(Library *library, ReaderController *reader, ActionRegistry *actions, QDockWidget *trayDock, QUndoStack *undo,
                                     QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_reader(reader)
    , m_actions(actions)
    , m_trayDock(trayDock)
    , m_undo(undo)
    , m_window(window)
{
}

void CompareController::toggleMark()
{
    const QStringList ids = m_reader->selectedPaperIds();
    if (ids.isEmpty())
        return;
    int marked = int(m_library->annotations().markedPapers().size());
    for (const QString &id : ids) {
        if (m_library->annotations().isMarked(id)) {
            m_library->annotations().setMarked(id, false);
            --marked;
        } else if (marked >= CompareModel::MaxPapers) {
            Q_EMIT message(tr("At most %1 papers can be compared; unmark one first (X) or clear the marks (Shift+X)").arg(CompareModel::MaxPapers), 6000);
            break;
        } else {
            m_library->annotations().setMarked(id, true);
            ++marked;
        }
    }
    if (marked > 0 && !m_trayDock->isVisible())
        m_trayDock->show();
    Q_EMIT message(tr("%n paper(s) marked for comparison", nullptr, marked), 4000);
}

void CompareController::clearMarks()
{
    m_library->annotations().clearMarks();
    Q_EMIT message(tr("Comparison marks cleared"), 3000);
}

void CompareController::compareMarked()
{
    QStringList ids;
    for (const QString &id : m_library->annotations().markedPapers())
        if (m_library->catalog().paper(id))
            ids << id;
    if (ids.size() < CompareModel::MinPapers) {
        Q_EMIT message(tr("Mark at least two papers with X to compare them"), 5000);
        return;
    }
    openComparison(ids);
}

void CompareController::compareSummaries()
{
    const QString id = m_reader->currentPaperId();
    if (id.isEmpty())
        return;
    const QStringList columns = CompareModel::summariesOf(*m_library, id);
    if (columns.size() < CompareModel::MinPapers) {
        Q_EMIT message(tr("Only one publisher summarised this paper"), 5000);
        return;
    }
    openComparison(columns.mid(0, CompareModel::MaxPapers));
}

CompareView *CompareController::openComparison(const QStringList &arxivIds, const QStringList &visibleKinds, const QString &name)
{
    if (!m_view) {
        m_view = new CompareView(m_library, m_undo, m_window);
        m_view->setWindowFlag(Qt::Window);
        connect(m_view, &CompareView::paperOpenRequested, this, [this](const QDate &day, const QString &id) {
            m_reader->openPaper(day, id);
            m_window->raise();
            m_window->activateWindow();
        });
    }
    m_view->setSavedName(name);
    m_view->show();
    m_view->setPapers(arxivIds, visibleKinds);
    m_view->raise();
    m_view->activateWindow();
    m_view->table()->setFocus();
    return m_view;
}

bool CompareController::openSavedComparison(const QString &name)
{
    for (const Comparison &c : m_library->annotations().comparisons()) {
        if (c.name == name) {
            openComparison(c.papers, c.sections, c.name);
            return true;
        }
    }
    return false;
}

void CompareController::chooseSavedComparison()
{
    if (m_library->annotations().comparisons().isEmpty()) {
        Q_EMIT message(tr("No saved comparisons yet: open one with C and save it with Ctrl+S"), 5000);
        return;
    }
    CommandPalette palette(m_actions, m_library, m_window);
    palette.input()->setText(tr("Comparison"));
    connect(&palette, &CommandPalette::comparisonChosen, this, &CompareController::openSavedComparison);
    palette.exec();
}

} // namespace Paperboy::Ui
