// The reader's annotation commands: tags, the note, highlights; each one an undo step.
#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QTreeView;
class QUndoStack;
class QWidget;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class NotePanel;
class ReaderController;
class SummaryView;

class AnnotationController : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over window; commands go on undo. Leaving the note returns the keys to papers or summary.
    AnnotationController(Core::Library *library, ReaderController *reader, QTreeView *papers, SummaryView *summary, NotePanel *notes, QDockWidget *noteDock,
                         QUndoStack *undo, QWidget *window);

public Q_SLOTS:
    void addTag();
    void removeTag();
    void manageTags();
    // Shows the note dock with the keys in the editor.
    void openNote();
    // The keys back to the pane that had them before openNote (the paper list or the summary), else
    // the paper list; the note is saved by then.
    void leaveNote();
    void highlightSelection(bool withComment = false);
    void removeSelectedHighlight();
    // Shift+M: the selected papers, or every paper of the day, marked read in one undo step.
    void markDayRead();
    // Marks these papers read in one undo step (all of a search's results, say).
    void markRead(const QStringList &arxivIds);

Q_SIGNALS:
    void message(const QString &text, int msecs);

private:
    Core::Library *m_library;
    ReaderController *m_reader;
    QTreeView *m_papers;
    SummaryView *m_summary;
    NotePanel *m_notes;
    QDockWidget *m_noteDock;
    QUndoStack *m_undo;
    QWidget *m_window;
    QPointer<QWidget> m_returnFocus; // the reader's pane that had the keys when the note was opened
};

} // namespace Paperboy::Ui
