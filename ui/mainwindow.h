// The reader's window: day list, paper tree (or search results) and summary view side by side.
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace Paperboy::Core {
class FolderWatcher;
class Library;
class LibraryWorker;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class ActionRegistry;
class AnnotationController;
class CompareController;
class ImportController;
class NotePanel;
class ReaderController;
class RefreshController;
class RefreshLogDialog;
class SearchPane;
class SummaryView;
class ListsController;
class ForYouController;
class SyncController;
class NavigationHistory;
class TriageController;
class TriageView;

// Layout and wiring: the panes, the docks and the status bar. What the reader does goes through the
// controllers (reader(), importer(), refresher(), comparer(), annotator()) and the actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::Library *library, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    ReaderController *reader() const { return m_reader; }
    ImportController *importer() const { return m_import; }
    RefreshController *refresher() const { return m_refresh; }
    CompareController *comparer() const { return m_compare; }
    AnnotationController *annotator() const { return m_annotations; }
    TriageController *triage() const { return m_triage; }
    ListsController *lists() const { return m_lists; }
    ForYouController *forYou() const { return m_forYou; }
    SyncController *sync() const { return m_sync; }
    // A thread with its own connection for reads the window should not wait for (More like this),
    // started when first asked for.
    Core::LibraryWorker *backgroundReads();
    NavigationHistory *history() const { return m_history; }
    bool isSearching() const;
    // The About box: version, licence and the libraries with theirs.
    static QString aboutText();

public Q_SLOTS:
    void showSearch();
    void closeSearch();
    // A sidebar row (Starred, Unread, a tag) as a search.
    void showFilter(const QModelIndex &index);
    void showPalette();
    void showSettings();
    // Shift+T: triage mode over the search shown, or else the current day.
    void startTriage();
    // Ctrl+E: the export dialog, scoped to what is on screen.
    void exportNotes();
    void focusNextPane(bool forward = true);
    void importFiles();
    void importFolder();
    void watchFolder();
    void cancelImport();
    // Files handed over by another start: imported in the background, then the newest day is shown
    // and the window raised.
    void openFiles(const QStringList &paths);
    // F5: fetches the last days (Sources dialog) from every enabled source, or from those named.
    void refresh(const QStringList &sources = {});
    // Asks for the first and last day, then refreshes them from every enabled source.
    void refreshRange();
    void cancelRefresh();
    // The outcome of the last refresh per source and day, with the reason of each failure.
    void showRefreshLog();
    void manageSources();
    void managePublishers();
    void goToDate();
    // Shift+M: the search's results when searching, else the selected papers or the whole day, read.
    void catchUp();
    void removeSample();
    void toggleSearchOrder();
    // Ctrl+Shift+I: the reading statistics in their own window (one, raised when open).
    void showStatistics();
    // Ctrl+Shift+R: the rising topics in their own window (one, raised when open).
    void showTopics();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void saveState() const;
    void restoreState();

    Core::Library *m_library;
    ActionRegistry *m_actions;
    QSplitter *m_splitter;
    QListView *m_filters;
    QListView *m_dayList;
    QWidget *m_middleColumn;
    QStackedWidget *m_middle;
    QTreeView *m_paperTree;
    SearchPane *m_search;
    SummaryView *m_summary;
    QLabel *m_status;
    QString m_searchStatus;
    QUndoStack *m_undo;
    NotePanel *m_notes;
    QDockWidget *m_noteDock;
    QDockWidget *m_trayDock;
    ReaderController *m_reader;
    AnnotationController *m_annotations;
    CompareController *m_compare;
    ImportController *m_import;
    RefreshController *m_refresh;
    RefreshLogDialog *m_refreshLog = nullptr;
    Core::FolderWatcher *m_watcher;
    QStackedWidget *m_central; // the reader's panes, or triage mode's card
    TriageView *m_triageView;
    TriageController *m_triage;
    ListsController *m_lists;
    NavigationHistory *m_history;
    ForYouController *m_forYou;
    Core::LibraryWorker *m_backgroundReads = nullptr;
    SyncController *m_sync;
    bool m_showImported = false;
    void updateSampleAction();
};

} // namespace Paperboy::Ui
