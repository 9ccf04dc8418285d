// The reader's window: day list, paper tree and summary view side by side.
#pragma once

#include "actionregistry.h"

#include <QMainWindow>

class QListView;
class QTreeView;
class QSplitter;
class QLabel;
class QProgressBar;

namespace Paperboy::Core {
class Library;
class ImportTask;
class FolderWatcher;
class DayListModel;
class PaperTreeModel;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class SummaryView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::Library *library, QWidget *parent = nullptr);

    ActionRegistry *actions() const { return m_actions; }
    QListView *dayList() const { return m_dayList; }
    QTreeView *paperTree() const { return m_paperTree; }
    SummaryView *summaryView() const { return m_summary; }

    QDate currentDay() const;
    QString currentPaperId() const;

    void selectDay(const QDate &day);
    bool selectPaper(const QString &arxivId);

public Q_SLOTS:
    void nextPaper();
    void previousPaper();
    void nextDay();
    void previousDay();
    void importFiles();
    void importFolder();
    void watchFolder();
    void cancelImport();
    // Imports in the background with progress in the status bar; one import at a time.
    void startImport(const QStringList &paths);
    bool isImporting() const;

private:
    void createActions();
    void createMenus();
    void onDayChanged();
    void onTreeCurrentChanged();
    void updateStatus();

    Core::Library *m_library;
    Core::DayListModel *m_dayModel;
    Core::PaperTreeModel *m_paperModel;
    ActionRegistry *m_actions;
    QSplitter *m_splitter;
    QListView *m_dayList;
    QTreeView *m_paperTree;
    SummaryView *m_summary;
    QLabel *m_status;
    QProgressBar *m_progress;
    Core::ImportTask *m_importTask = nullptr;
    Core::FolderWatcher *m_watcher;
};

} // namespace Paperboy::Ui
