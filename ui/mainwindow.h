// The reader's window: day list, paper tree (or search results) and summary view side by side.
#pragma once

#include "actionregistry.h"
#include "network/fetchresult.h"

#include <QDate>
#include <QMainWindow>

class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;
class QUndoStack;
class QDockWidget;

namespace Paperboy::Core {
class FetchTask;
class Library;
class ImportTask;
class FolderWatcher;
class DayListModel;
class PaperTreeModel;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class CheatSheet;
class CompareTray;
class CompareView;
class ImportController;
class RefreshController;
class RefreshLogDialog;
class NotePanel;
class SearchPane;
class SummaryView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::Library *library, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    QListView *dayList() const { return m_dayList; }
    QTreeView *paperTree() const { return m_paperTree; }
    SummaryView *summaryView() const { return m_summary; }
    SearchPane *searchPane() const { return m_search; }
    CheatSheet *cheatSheet() const { return m_cheatSheet; }
    NotePanel *notePanel() const { return m_notes; }
    QDockWidget *noteDock() const { return m_noteDock; }
    QListView *filterList() const { return m_filters; }
    QUndoStack *undoStack() const { return m_undo; }
    CompareTray *compareTray() const { return m_tray; }
    QDockWidget *compareDock() const { return m_trayDock; }
    CompareView *compareView() const { return m_compare; } // null until a comparison was opened
    // Papers the tag actions apply to: the selected ones, or the current one.
    QStringList selectedPaperIds() const;
    bool isSearching() const;
    // The About box: version, licence and the libraries with theirs.
    static QString aboutText();

    QDate currentDay() const;
    QString currentPaperId() const;

    void selectDay(const QDate &day);
    bool selectPaper(const QString &arxivId);
    bool openPaper(const QDate &day, const QString &arxivId);

    // Seconds a shown paper waits before it counts as read (0: never); from settings by default.
    void setMarkReadDelay(int msecs);

public Q_SLOTS:
    void nextPaper();
    void previousPaper();
    void nextDay();
    void previousDay();
    void nextUnread();
    void pageDown();
    void pageUp();
    void jumpToSection(int number);
    void toggleRead();
    void toggleStar();
    void openOnHuggingFace();
    void openPdf();
    void showSearch();
    void closeSearch();
    void showPalette();
    void showSettings();
    void addTag();
    void removeTag();
    void manageTags();
    void openNote();
    void highlightSelection(bool withComment = false);
    void removeSelectedHighlight();
    void showFilter(const QModelIndex &index);
    // x: marks (or unmarks) the selected papers for comparison, at most six.
    void toggleMark();
    void clearMarks();
    // c: the marked papers side by side.
    void compareMarked();
    CompareView *openComparison(const QStringList &arxivIds, const QStringList &visibleKinds = {}, const QString &name = {});
    bool openSavedComparison(const QString &name);
    void chooseSavedComparison();
    // Ctrl+E: the export dialog, scoped to what is on screen.
    void exportNotes();
    void focusNextPane(bool forward = true);
    void importFiles();
    void importFolder();
    void watchFolder();
    void cancelImport();
    // Imports in the background with progress in the status bar; one import at a time.
    void startImport(const QStringList &paths);
    // Files handed over by another start: imported in the background, then the newest day is shown
    // and the window raised.
    void openFiles(const QStringList &paths);
    bool isImporting() const;
    // F5: fetches the last days (Sources dialog) from every enabled source, or from those named, in
    // the background with progress and cancel in the status bar.
    void refresh(const QStringList &sources = {}, const QDate &from = {}, const QDate &to = {});
    // Asks for the first and last day, then refreshes them from every enabled source.
    void refreshRange();
    void cancelRefresh();
    bool isRefreshing() const;
    // Refreshes when an enabled source was last refreshed longer ago than the configured hours;
    // true when it started one.
    bool refreshIfStale();
    // The outcome of the last refresh per source and day, with the reason of each failure.
    void showRefreshLog();
    QList<Core::FetchDayResult> lastRefreshResults() const;
    QWidget *refreshLog() const;
    void manageSources();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onDayChanged();
    void onTreeCurrentChanged();
    void updateStatus();
    void saveState() const;
    void restoreState();
    int currentPaperRow() const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showCurrentPaper(bool keepScroll);
    void refreshAnnotations();

    Core::Library *m_library;
    Core::DayListModel *m_dayModel;
    Core::PaperTreeModel *m_paperModel;
    ActionRegistry *m_actions;
    QSplitter *m_splitter;
    QListView *m_filters;
    QListView *m_dayList;
    QStackedWidget *m_middle;
    QTreeView *m_paperTree;
    SearchPane *m_search;
    SummaryView *m_summary;
    CheatSheet *m_cheatSheet;
    QLabel *m_status;
    QString m_searchStatus;
    QDate m_keptDay;       // what the reader showed before the models reloaded
    QString m_keptPaper;
    QDate m_keptTreeDay;
    QString m_keptTreePaper;
    QProgressBar *m_progress;
    QProgressBar *m_fetchProgress;
    QToolButton *m_fetchCancel;
    ImportController *m_import;
    RefreshController *m_refresh;
    RefreshLogDialog *m_refreshLog = nullptr;
    QTimer *m_readTimer;
    QUndoStack *m_undo;
    NotePanel *m_notes;
    QDockWidget *m_noteDock;
    CompareTray *m_tray;
    QDockWidget *m_trayDock;
    CompareView *m_compare = nullptr;
    QStringList m_shownTags;
    QList<qint64> m_shownHighlights;
    bool m_showImported = false;
    Core::FolderWatcher *m_watcher;
};

} // namespace Paperboy::Ui
