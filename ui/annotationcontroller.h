// The reader's annotation commands: tags, the note, highlights; each one an undo step.
#pragma once

#include <QObject>

class QDockWidget;
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
    // Dialogs open over window; commands go on undo.
    AnnotationController(Core::Library *library, ReaderController *reader, SummaryView *summary, NotePanel *notes, QDockWidget *noteDock, QUndoStack *undo,
                         QWidget *window);

public Q_SLOTS:
    void addTag();
    void removeTag();
    void manageTags();
    void openNote();
    void highlightSelection(bool withComment = false);
    void removeSelectedHighlight();

Q_SIGNALS:
    void message(const QString &text, int msecs);

private:
    Core::Library *m_library;
    ReaderController *m_reader;
    SummaryView *m_summary;
    NotePanel *m_notes;
    QDockWidget *m_noteDock;
    QUndoStack *m_undo;
    QWidget *m_window;
};

} // namespace Paperboy::Ui
