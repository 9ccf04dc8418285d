// The main window's panes, found by their object names as a user's tools would (no getters for tests).
#pragma once

#include "cheatsheet.h"
#include "models/roles.h"
#include "comparetray.h"
#include "notepanel.h"
#include "searchpane.h"
#include "summaryview.h"

#include <QDockWidget>
#include <QListView>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoStack>

namespace TestWindow {

template<typename T>
T *part(const QObject *window, const char *name)
{
    T *found = window->findChild<T *>(QString::fromLatin1(name));
    Q_ASSERT_X(found, "TestWindow::part", name);
    return found;
}

inline QTreeView *paperTree(const QObject *w)
{
    return part<QTreeView>(w, "paperTree");
}
inline QTreeView *paperTree(const QObject &w)
{
    return paperTree(&w);
}
inline QListView *dayList(const QObject *w)
{
    return part<QListView>(w, "dayList");
}
inline QListView *dayList(const QObject &w)
{
    return dayList(&w);
}
inline QListView *filterList(const QObject *w)
{
    return part<QListView>(w, "filterList");
}
inline QListView *filterList(const QObject &w)
{
    return filterList(&w);
}
// The sidebar's row of a kind (FilterKindRole: TagModel::StarredRow, ShelfModel::LaterRow, ...).
inline QModelIndex sidebarRow(const QObject &w, int kind)
{
    const QAbstractItemModel *model = filterList(w)->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(Paperboy::Core::FilterKindRole).toInt() == kind)
            return model->index(r, 0);
    return {};
}
inline Paperboy::Ui::SummaryView *summaryView(const QObject *w)
{
    return part<Paperboy::Ui::SummaryView>(w, "summaryView");
}
inline Paperboy::Ui::SummaryView *summaryView(const QObject &w)
{
    return summaryView(&w);
}
inline Paperboy::Ui::SearchPane *searchPane(const QObject *w)
{
    return part<Paperboy::Ui::SearchPane>(w, "searchPane");
}
inline Paperboy::Ui::SearchPane *searchPane(const QObject &w)
{
    return searchPane(&w);
}
inline Paperboy::Ui::NotePanel *notePanel(const QObject *w)
{
    return part<Paperboy::Ui::NotePanel>(w, "notePanel");
}
inline Paperboy::Ui::NotePanel *notePanel(const QObject &w)
{
    return notePanel(&w);
}
inline Paperboy::Ui::CheatSheet *cheatSheet(const QObject *w)
{
    return part<Paperboy::Ui::CheatSheet>(w, "cheatSheet");
}
inline Paperboy::Ui::CheatSheet *cheatSheet(const QObject &w)
{
    return cheatSheet(&w);
}
inline Paperboy::Ui::CompareTray *compareTray(const QObject *w)
{
    return part<Paperboy::Ui::CompareTray>(w, "compareTray");
}
inline Paperboy::Ui::CompareTray *compareTray(const QObject &w)
{
    return compareTray(&w);
}
inline QDockWidget *noteDock(const QObject *w)
{
    return part<QDockWidget>(w, "noteDock");
}
inline QDockWidget *noteDock(const QObject &w)
{
    return noteDock(&w);
}
inline QDockWidget *compareDock(const QObject *w)
{
    return part<QDockWidget>(w, "compareDock");
}
inline QDockWidget *compareDock(const QObject &w)
{
    return compareDock(&w);
}
inline QUndoStack *undoStack(const QObject *w)
{
    return part<QUndoStack>(w, "undoStack");
}
inline QUndoStack *undoStack(const QObject &w)
{
    return undoStack(&w);
}
// Null until the log was opened once.
inline QWidget *refreshLog(const QObject *w)
{
    return w->findChild<QWidget *>(QStringLiteral("refreshLog"));
}
inline QWidget *refreshLog(const QObject &w)
{
    return refreshLog(&w);
}

// Selects the first occurrence of quote in the summary and gives the summary the keys (as a reader
// who selected it would); where it starts, or -1 when the summary does not show it.
inline int selectInSummary(Paperboy::Ui::SummaryView *view, const QString &quote)
{
    const int at = int(view->toPlainText().indexOf(quote));
    if (at < 0)
        return -1;
    QTextCursor c(view->document());
    c.setPosition(at);
    c.setPosition(at + int(quote.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    view->setFocus();
    return at;
}

} // namespace TestWindow
