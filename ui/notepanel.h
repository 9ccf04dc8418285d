// The note panel: one Markdown note per paper (autosaved, undoable) and the paper's highlights.
#pragma once

#include "annotate/highlight.h"

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Paperboy::Core {
class Library;
}

namespace Paperboy::Ui {

class NotePanel : public QWidget
{
    Q_OBJECT

public:
    // Saving waits this long after the last keystroke (and happens at once on paper change and close),
    // so a crash loses at most the last second of typing.
    static constexpr int AutosaveMsecs = 700;

    NotePanel(Core::Library *library, QUndoStack *undo, QWidget *parent = nullptr);

    void setPaper(const QString &arxivId);
    QString paper() const { return m_arxivId; }
    // Saves pending typing now.
    void flush();

    // The paper's highlights, orphaned ones (not found in the summary) marked so.
    void setHighlights(const QList<Core::Highlight> &highlights, const QList<qint64> &orphaned);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QToolButton *previewToggle() const { return m_previewToggle; }
    QListWidget *highlightList() const { return m_highlights; }
    // A note edited on two machines since their last sync: the other version, shown above the note
    // until used or dismissed (hidden when there is none).
    QFrame *conflictFrame() const { return m_conflict; }
    QPlainTextEdit *conflictText() const { return m_conflictText; }
    // Use This Version: the other version becomes the note (undoable); Dismiss: it goes.
    void useConflictVersion();
    void dismissConflict();

Q_SIGNALS:
    void highlightActivated(qint64 id);
    // Esc in the panel, or Ctrl+Enter in the editor: the note is saved, the reader should take the keys back.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadNote();
    void reloadConflict();

    Core::Library *m_library;
    QUndoStack *m_undo;
    QString m_arxivId;
    QString m_saved; // the note as stored
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QStackedWidget *m_stack;
    QToolButton *m_previewToggle;
    QListWidget *m_highlights;
    QFrame *m_conflict;
    QLabel *m_conflictLabel;
    QPlainTextEdit *m_conflictText;
    QTimer *m_autosave;
};

} // namespace Paperboy::Ui
