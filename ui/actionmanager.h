// The main window's actions and menus, made from one table outside the window.
#pragma once

#include <QCoreApplication>

class QDockWidget;
class QUndoStack;

namespace Paperboy::Ui {

class ActionRegistry;
class AnnotationController;
class CaretMode;
class CheatSheet;
class CompareController;
class ListsController;
class ForYouController;
class SyncController;
class MainWindow;
class NavigationHistory;
class ReaderController;
class TriageController;
class SummaryView;

// What the actions act on. Each action calls one slot of one of them.
struct ActionTargets {
    MainWindow *window;
    ReaderController *reader;
    AnnotationController *annotations;
    CompareController *compare;
    SummaryView *summary;
    CheatSheet *cheatSheet;
    QUndoStack *undo;
    QDockWidget *trayDock;
    CaretMode *caret;
    TriageController *triage;
    ListsController *lists;
    NavigationHistory *history;
    ForYouController *forYou;
    SyncController *sync;
};

class ActionManager
{
    Q_DECLARE_TR_FUNCTIONS(ActionManager)

public:
    // Adds every action of the main window to the registry, in menu order, and the menus they go in.
    static void createActions(ActionRegistry *registry, const ActionTargets &targets);
};

} // namespace Paperboy::Ui
