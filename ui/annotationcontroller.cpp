// AnnotationController: tag pickers, the note dock and highlights from the summary's selection.
#include "annotationcontroller.h"

#include "highlightdialog.h"
#include "notepanel.h"
#include "readercontroller.h"
#include "summaryview.h"
#include "tagmanager.h"
#include "tagpicker.h"

#include "annotate/annotationcommands.h"
#include "library/library.h"

#include <QApplication>
#include <QMainWindow>

#include <QDockWidget>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

AnnotationController::AnnotationController(Library *library, ReaderController *reader, QTreeView *papers, SummaryView *summary, NotePanel *notes,
                                           QDockWidget *noteDock, QUndoStack *undo, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_reader(reader)
    , m_papers(papers)
    , m_summary(summary)
    , m_notes(notes)
    , m_noteDock(noteDock)
    , m_undo(undo)
    , m_window(window)
{
    connect(notes, &NotePanel::leaveRequested, this, &AnnotationController::leaveNote);
}

void AnnotationController::addTag()
{
    const QStringList ids = m_reader->selectedPaperIds();
    if (ids.isEmpty())
        return;
    TagPicker picker(TagPicker::Mode::Add, m_library->annotations().allTags(), int(ids.size()), m_window);
    if (picker.exec() == QDialog::Accepted && !picker.tag().isEmpty())
        m_undo->push(new TagCommand(m_library, ids, picker.tag(), true));
}

void AnnotationController::removeTag()
{
    const QStringList ids = m_reader->selectedPaperIds();
    QStringList present;
    for (const QString &id : ids)
        for (const QString &t : m_library->annotations().tagsOf(id))
            if (!present.contains(t))
                present << t;
    if (present.isEmpty()) {
        Q_EMIT message(tr("No tags to remove"), 4000);
        return;
    }
    TagPicker picker(TagPicker::Mode::Remove, present, int(ids.size()), m_window);
    if (picker.exec() == QDialog::Accepted && !picker.tag().isEmpty())
        m_undo->push(new TagCommand(m_library, ids, picker.tag(), false));
}

void AnnotationController::manageTags()
{
    TagManager manager(m_library, m_window);
    manager.exec();
}

void AnnotationController::openNote()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus == m_papers || focus == m_summary)
        m_returnFocus = focus;
    else if (!focus || !m_notes->isAncestorOf(focus)) // `a` from inside the panel keeps where it came from
        m_returnFocus = nullptr;
    const bool opening = m_noteDock->isHidden();
    m_noteDock->show();
    m_noteDock->raise();
    // A fifth of the window, so that at 800×600 the summary keeps most of the room.
    if (auto *window = qobject_cast<QMainWindow *>(m_window); window && opening)
        window->resizeDocks({m_noteDock}, {std::clamp(window->width() / 5, 160, 380)}, Qt::Horizontal);
    m_notes->editor()->setFocus();
}

void AnnotationController::leaveNote()
{
    m_notes->flush();
    QWidget *target = m_returnFocus && m_returnFocus->isVisible() ? m_returnFocus.data() : m_papers;
    if (!target->isVisible()) // a search replaces the paper list
        target = m_summary;
    if (!target->isActiveWindow()) // a floating dock is a window of its own
        target->activateWindow();
    target->setFocus(Qt::OtherFocusReason);
}

void AnnotationController::highlightSelection(bool withComment)
{
    auto h = m_summary->highlightFromSelection();
    if (!h) {
        Q_EMIT message(tr("Select text in the summary first"), 4000);
        return;
    }
    if (withComment) {
        HighlightDialog dialog(h->exact, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        h->comment = dialog.comment();
        h->color = dialog.color();
    }
    m_undo->push(new HighlightCommand(m_library, *h, true));
}

void AnnotationController::markDayRead()
{
    QStringList ids = m_reader->selectedPaperIds();
    if (ids.size() <= 1)
        ids = m_reader->dayPaperIds();
    markRead(ids);
}

void AnnotationController::markRead(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    int changed = 0;
    m_undo->push(new ReadCommand(m_library, ids, true, &changed)); // dropped when it changed nothing
    if (changed == 0) {
        Q_EMIT message(tr("Every paper here is read already"), 4000);
        return;
    }
    Q_EMIT message(tr("%n paper(s) marked read (Ctrl+Z undoes it)", nullptr, changed), 5000);
}

void AnnotationController::removeSelectedHighlight()
{
    QListWidgetItem *item = m_notes->highlightList()->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Highlight &h : m_library->annotations().highlights(m_summary->arxivId()))
        if (h.id == id)
            m_undo->push(new HighlightCommand(m_library, h, false));
}

} // namespace Paperboy::Ui
