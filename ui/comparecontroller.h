// Compare marks, the compare tray and the side-by-side window.
#pragma once

#include <QObject>
#include <QStringList>

class QDockWidget;
class QUndoStack;
class QWidget;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class ActionRegistry;
class CompareView;
class ReaderController;

class CompareController : public QObject
{
    Q_OBJECT

public:
    CompareController(Core::Library *library, ReaderController *reader, ActionRegistry *actions, QDockWidget *trayDock, QUndoStack *undo, QWidget *window);

    CompareView *view() const { return m_view; } // null until a comparison was opened

public Q_SLOTS:
    // x: marks (or unmarks) the selected papers, at most CompareModel::MaxPapers.
    void toggleMark();
    void clearMarks();
    // c: the marked papers side by side.
    void compareMarked();
    // Shift+C: every publisher's summary of the current paper side by side.
    void compareSummaries();
    CompareView *openComparison(const QStringList &arxivIds, const QStringList &visibleKinds = {}, const QString &name = {});
    bool openSavedComparison(const QString &name);
    void chooseSavedComparison();

Q_SIGNALS:
    void message(const QString &text, int msecs);

private:
    Core::Library *m_library;
    ReaderController *m_reader;
    ActionRegistry *m_actions;
    QDockWidget *m_trayDock;
    QUndoStack *m_undo;
    QWidget *m_window;
    CompareView *m_view = nullptr;
};

} // namespace Paperboy::Ui
