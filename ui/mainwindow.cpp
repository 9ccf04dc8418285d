// MainWindow: the panes, docks and status bar, wired to the controllers and the actions.
#include "mainwindow.h"

#include "actionmanager.h"
#include "actionregistry.h"
#include "annotationcontroller.h"
#include "appearance.h"
#include "caretmode.h"
#include "cheatsheet.h"
#include "commandpalette.h"
#include "comparecontroller.h"
#include "comparetray.h"
#include "daydelegate.h"
#include "exportdialog.h"
#include "focusframe.h"
#include "gotodatedialog.h"
#include "importcontroller.h"
#include "notepanel.h"
#include "paperdelegate.h"
#include "publishersdialog.h"
#include "foryoucontroller.h"
#include "synccontroller.h"
#include "listscontroller.h"
#include "navigationhistory.h"
#include "readercontroller.h"
#include "triagecontroller.h"
#include "triageview.h"
#include "refreshcontroller.h"
#include "refreshdialogs.h"
#include "searchpane.h"
#include "settingsdialog.h"
#include "sourcesdialog.h"
#include "statisticswindow.h"
#include "topicswindow.h"
#include "summaryview.h"
#include "taskstatus.h"

#include "common/daylabel.h"
#include "common/settings.h"
#include "library/folderwatcher.h"
#include "library/library.h"
#include "library/libraryworker.h"
#include "library/sampledigest.h"
#include "models/roles.h"
#include "models/shelfmodel.h"
#include "models/tagmodel.h"
#include "network/fetchtask.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QConcatenateTablesProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <paperboy/version.h>

#include <ksyntaxhighlighting_version.h>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

MainWindow::MainWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_actions(new ActionRegistry(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filters(new QListView(this))
    , m_dayList(new QListView(this))
    , m_middleColumn(new QWidget(m_splitter))
    , m_middle(new QStackedWidget(m_middleColumn))
    , m_paperTree(new QTreeView(m_middle))
    , m_search(new SearchPane(library, m_middleColumn))
    , m_summary(new SummaryView(m_splitter))
    , m_status(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_notes(new NotePanel(library, m_undo, this))
    , m_noteDock(new QDockWidget(tr("Note and Highlights"), this))
    , m_trayDock(new QDockWidget(tr("Compare"), this))
    , m_reader(new ReaderController(library, m_dayList, m_paperTree, m_summary, m_notes, this))
    , m_annotations(new AnnotationController(library, m_reader, m_paperTree, m_summary, m_notes, m_noteDock, m_undo, this))
    , m_compare(new CompareController(library, m_reader, m_actions, m_trayDock, m_undo, this))
    , m_import(new ImportController(library, this))
    , m_refresh(new RefreshController(library, this))
    , m_watcher(new FolderWatcher(library, this))
    , m_central(new QStackedWidget(this))
    , m_triageView(new TriageView(m_actions, m_central))
    , m_triage(new TriageController(library, m_triageView, m_undo, this, this))
    , m_lists(new ListsController(library, m_reader, m_search, this, this))
    , m_history(new NavigationHistory(this))
    , m_forYou(new ForYouController(library, m_reader, this, this))
    , m_sync(new SyncController(library, this, this))
{
    setWindowTitle(tr("Paperboy"));
    setObjectName(QStringLiteral("mainWindow"));
    m_undo->setObjectName(QStringLiteral("undoStack"));

    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setItemDelegate(new DayDelegate(m_dayList)); // grouped by month: the first day of each is taller
    m_dayList->setAccessibleName(tr("Days"));
    m_paperTree->setObjectName(QStringLiteral("paperTree"));
    m_paperTree->setHeaderHidden(true);
    m_paperTree->setAccessibleName(tr("Papers"));
    m_paperTree->setItemDelegate(new PaperDelegate(m_paperTree));
    m_paperTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The middle column: the search field and its chips above the list while searching; the list is
    // the day's papers until a query is typed, then the results.
    m_middle->addWidget(m_paperTree);
    m_middle->addWidget(m_search->results());
    auto *middleLayout = new QVBoxLayout(m_middleColumn);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(2);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_forYou->banner()); // For you: what the ranking rests on
    middleLayout->addWidget(m_middle, 1);
    m_search->hide();
    m_summary->setAccessibleName(tr("Summary"));

    // The sidebar above the days: Later, Recently read and the smart lists, then Starred, Unread and the tags.
    m_filters->setObjectName(QStringLiteral("filterList"));
    auto *sidebar = new QConcatenateTablesProxyModel(this);
    sidebar->addSourceModel(new ShelfModel(library, this));
    sidebar->addSourceModel(new TagModel(library, this));
    m_filters->setModel(sidebar);
    m_filters->setAccessibleName(tr("Library"));
    connect(m_filters, &QListView::activated, this, &MainWindow::showFilter);
    connect(m_filters, &QListView::clicked, this, &MainWindow::showFilter);
    auto *left = new QSplitter(Qt::Vertical, m_splitter);
    left->addWidget(m_filters);
    left->addWidget(m_dayList);
    left->setSizes({160, 600});
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_middleColumn);
    m_splitter->addWidget(m_summary);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    // The left column as wide as the longest day label (a long weekday and month, in bold while unread).
    QFont bold = m_dayList->font();
    bold.setBold(true);
    const int dayWidth = QFontMetrics(bold).horizontalAdvance(Core::dayLabel(QDate(2025, 9, 24)) + QStringLiteral("  (444 / 444)")) + 32;
    m_splitter->setSizes({std::max(190, dayWidth), 420, 820});
    m_central->addWidget(m_splitter);
    m_central->addWidget(m_triageView);
    setCentralWidget(m_central);
    auto *cheatSheet = new CheatSheet(m_actions, this); // over the window, not in the splitter (it would be a pane)

    m_noteDock->setObjectName(QStringLiteral("noteDock"));
    m_noteDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_noteDock);
    m_noteDock->hide();
    auto *tray = new CompareTray(library, this);
    m_trayDock->setObjectName(QStringLiteral("compareDock"));
    m_trayDock->setWidget(tray);
    addDockWidget(Qt::RightDockWidgetArea, m_trayDock);
    m_trayDock->hide();
    connect(tray, &CompareTray::paperActivated, m_reader, &ReaderController::openPaper);
    connect(tray, &CompareTray::compareRequested, m_compare, &CompareController::compareMarked);
    connect(tray, &CompareTray::clearRequested, m_compare, &CompareController::clearMarks);
    connect(m_notes, &NotePanel::highlightActivated, m_summary, &SummaryView::scrollToHighlight);

    auto *caret = new CaretMode(m_summary, this);
    connect(caret, &CaretMode::highlightRequested, m_annotations, &AnnotationController::highlightSelection);
    connect(caret, &CaretMode::message, this, [this](const QString &text, int timeout) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeout);
    });
    ActionManager::createActions(m_actions,
                                 {this, m_reader, m_annotations, m_compare, m_summary, cheatSheet, m_undo, m_trayDock, caret, m_triage, m_lists, m_history, m_forYou, m_sync});
    m_actions->fillMenuBar(menuBar());
    updateSampleAction();
    connect(library, &Core::Library::daysChanged, this, &MainWindow::updateSampleAction);
    addActions(m_actions->actions());
    m_actions->loadOverrides();

    m_summary->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_summary, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_summary->createStandardContextMenu(pos);
        menu->addSeparator();
        menu->addAction(m_actions->action(QStringLiteral("paper.highlight")));
        menu->addAction(m_actions->action(QStringLiteral("paper.highlight_comment")));
        menu->exec(m_summary->viewport()->mapToGlobal(pos));
        delete menu;
    });

    // A normal widget, not a permanent one: a message (why F5 did nothing, what an import brought)
    // takes its place while it is shown, where a permanent widget would leave it no room.
    m_status->setObjectName(QStringLiteral("dayStatus"));
    statusBar()->addWidget(m_status, 1);
    new TaskStatus(statusBar(), m_import, m_refresh, m_actions);
    statusBar()->addPermanentWidget(m_sync->statusLabel()); // short: "Synced 14:03 · 2 pending"
    const auto showMessage = [this](const QString &text, int msecs) { statusBar()->showMessage(text, msecs); };
    connect(m_reader, &ReaderController::message, this, showMessage);
    connect(m_annotations, &AnnotationController::message, this, showMessage);
    connect(m_compare, &CompareController::message, this, showMessage);
    connect(m_reader, &ReaderController::countsChanged, this, &MainWindow::updateStatus);
    connect(m_import, &ImportController::finished, this, [this](const QString &summary, const QDate &newest, const QStringList &problems) {
        // The reader's own digests are in: the sample goes, unless it was kept (Settings).
        if (Core::SampleDigest::removeOnceOthersArrive(*m_library))
            statusBar()->showMessage(summary + QStringLiteral(" · ") + tr("the sample digest was removed"), 10000);
        if (std::exchange(m_showImported, false) && newest.isValid())
            m_reader->selectDay(newest);
        if (!problems.isEmpty() && isVisible() && !QApplication::platformName().contains(QLatin1StringView("offscreen"))) {
            // The first problems in the message, all of them under Show Details.
            QMessageBox box(QMessageBox::Warning, tr("Import"), tr("Some digests had problems:"), QMessageBox::Ok, this);
            constexpr qsizetype Shown = 16;
            box.setInformativeText(problems.mid(0, Shown).join(u'\n') + (problems.size() > Shown ? QStringLiteral("\n…") : QString()));
            if (problems.size() > Shown)
                box.setDetailedText(problems.join(u'\n'));
            box.exec();
        }
    });
    connect(m_refresh, &RefreshController::finished, this, [this] {
        Core::SampleDigest::removeOnceOthersArrive(*m_library);
        if (m_refreshLog && m_refreshLog->isVisible())
            showRefreshLog();
    });
    // A read-only library still browses; say so, and say why whenever a change cannot be saved.
    if (library->isReadOnly()) {
        auto *readOnly = new QLabel(tr("Read-only"), this);
        readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
        readOnly->setToolTip(library->writeNotice());
        statusBar()->addPermanentWidget(readOnly);
    }
    if (const QString notice = library->writeNotice(); !notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    connect(library, &Library::writeFailed, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });

    m_watcher->setFolders(Settings::instance().watchedFolders());
    connect(m_watcher, &FolderWatcher::imported, this, [this](const QList<ImportResult> &results) {
        statusBar()->showMessage(tr("%n changed digest(s) imported from watched folders", nullptr, int(results.size())), 8000);
    });
    m_reader->setMarkReadDelay(Settings::instance().markReadSeconds() * 1000);

    // The keys: Tab and F6 go sidebar → days → papers → summary; the pane that has them wears a frame.
    setTabOrder(m_filters, m_dayList);
    setTabOrder(m_dayList, m_paperTree);
    setTabOrder(m_paperTree, m_summary);
    for (QWidget *pane :
         std::initializer_list<QWidget *>{m_filters, m_dayList, m_paperTree, m_search->results(), m_summary, m_notes->editor(), m_notes->highlightList()})
        FocusFrame::attach(pane);

    connect(m_search, &SearchPane::paperActivated, this, [this](const QDate &day, const QString &id) {
        m_reader->openPaper(day, id);
        m_summary->highlightWords(m_search->matchWords());
    });
    connect(m_search, &SearchPane::closed, this, &MainWindow::closeSearch);
    // Until a query is typed the day's papers stay in view (and in reach of the keys).
    connect(m_search, &SearchPane::queryChanged, this, [this](bool any) {
        if (isSearching())
            m_middle->setCurrentWidget(any ? m_search->results() : static_cast<QWidget *>(m_paperTree));
    });
    connect(m_search, &SearchPane::statusChanged, this, [this](const QString &text) {
        m_searchStatus = text;
        updateStatus();
    });

    // Triage mode takes the window's middle; leaving it selects the last card's paper in the reader.
    connect(m_triage, &TriageController::started, this, [this] {
        m_central->setCurrentWidget(m_triageView);
        m_triageView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_triage, &TriageController::finished, this, [this](const QDate &day, const QString &id) {
        m_central->setCurrentWidget(m_splitter);
        if (!id.isEmpty() && !isSearching() && day == m_reader->currentDay())
            m_reader->selectPaper(id);
        m_middle->currentWidget()->setFocus(Qt::OtherFocusReason);
        updateStatus();
    });
    connect(m_triage, &TriageController::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_sync, &SyncController::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_forYou, &ForYouController::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_lists, &ListsController::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    // Back and forward through the papers shown, as a browser does.
    connect(m_reader, &ReaderController::paperShown, m_history, &NavigationHistory::visit);
    connect(m_history, &NavigationHistory::go, this, [this](const QDate &day, const QString &id) {
        if (!m_reader->openPaper(day, id))
            statusBar()->showMessage(tr("%1 is no longer in the library").arg(id), 5000);
    });

    resize(1440, 900);
    restoreState();
    updateStatus();
    m_sync->start();
    // The window opens reading: j, k and the arrows work at once (not in the sidebar, first in the tab order).
    m_paperTree->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

Core::LibraryWorker *MainWindow::backgroundReads()
{
    if (!m_backgroundReads)
        m_backgroundReads = new Core::LibraryWorker(m_library, this);
    return m_backgroundReads;
}

QString MainWindow::aboutText()
{
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>");
    QString libraries;
    libraries += row.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL-3.0 (or GPL)"));
    libraries += row.arg(QStringLiteral("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), QStringLiteral("MIT"));
    libraries += row.arg(QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause"));
    libraries += row.arg(QStringLiteral("md4c"), QString(), QStringLiteral("MIT"));
    libraries += row.arg(QStringLiteral("SQLite"), Library::sqliteVersion(), tr("public domain"));
    return tr("<h3>Paperboy %1</h3>"
              "<p>A reader for daily AI-paper digests: read, search, tag, annotate, compare and export.</p>"
              "<p>Paperboy is free software under the MIT licence.</p>"
              "<p>It is built on these libraries, each under its own licence:</p>")
               .arg(QStringLiteral(PAPERBOY_VERSION))
        + QStringLiteral("<table cellspacing=\"6\">") + libraries + QStringLiteral("</table>");
}

bool MainWindow::isSearching() const
{
    return !m_search->isHidden();
}

void MainWindow::showSearch()
{
    m_search->refreshTags();
    m_search->show();
    m_middle->setCurrentWidget(m_search->queryText().isEmpty() ? static_cast<QWidget *>(m_paperTree) : m_search->results());
    m_actions->action(QStringLiteral("search.close"))->setEnabled(true);
    m_search->field()->setFocus();
    m_search->field()->selectAll();
}

void MainWindow::closeSearch()
{
    if (!isSearching())
        return;
    m_search->hide();
    m_middle->setCurrentWidget(m_paperTree);
    m_actions->action(QStringLiteral("search.close"))->setEnabled(false);
    m_summary->highlightWords({});
    m_searchStatus.clear();
    // The filter that opened the search (Starred, a tag) is no longer what is shown.
    m_filters->selectionModel()->clear();
    m_paperTree->setFocus();
    updateStatus();
}

void MainWindow::showFilter(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    showSearch();
    m_search->field()->clear();
    const int kind = index.data(FilterKindRole).toInt();
    // Later, Recently read and the smart lists are searches of their own.
    if (kind >= ShelfModel::LaterRow)
        m_search->field()->setText(index.data(QueryRole).toString());
    m_search->starredChip()->setChecked(kind == TagModel::StarredRow);
    m_search->unreadChip()->setChecked(kind == TagModel::UnreadRow);
    m_search->tagChip()->setCurrentIndex(kind == TagModel::TagRow ? std::max(0, m_search->tagChip()->findData(index.data(TagNameRole))) : 0);
    m_search->runNow();
}

void MainWindow::startTriage()
{
    if (m_triage->isActive())
        return;
    // What the middle column shows: the search's results, or the day's papers.
    if (isSearching() && !m_search->queryText().isEmpty()) {
        const QStringList ids = m_search->allResultIds();
        m_triage->start(m_library->catalog().papersNamed(ids), tr("the search “%1”").arg(m_search->queryText()));
        return;
    }
    const QDate day = m_reader->currentDay();
    if (!day.isValid()) {
        statusBar()->showMessage(tr("Choose a day first"), 4000);
        return;
    }
    m_triage->start(m_library->catalog().papersOfDay(day), Core::dayLabel(day));
}

void MainWindow::showPalette()
{
    CommandPalette palette(m_actions, m_library, this);
    connect(&palette, &CommandPalette::dayChosen, m_reader, &ReaderController::selectDay);
    connect(&palette, &CommandPalette::paperChosen, m_reader, &ReaderController::openPaper);
    connect(&palette, &CommandPalette::comparisonChosen, m_compare, &CompareController::openSavedComparison);
    palette.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_actions, this);
    if (dialog.exec() == QDialog::Accepted)
        m_reader->setMarkReadDelay(Settings::instance().markReadSeconds() * 1000);
}

void MainWindow::exportNotes()
{
    ExportDialog::Context context;
    context.currentPaper = m_reader->currentPaperId();
    context.currentDay = m_reader->currentDay();
    if (isSearching())
        context.searchText = m_search->field()->text();
    ExportDialog dialog(m_library, context, this);
    dialog.exec();
}

void MainWindow::focusNextPane(bool forward)
{
    // Each pane: the widget that gets the keys, and the widget whose focus counts as being in the pane.
    using Pane = std::pair<QWidget *, QWidget *>;
    QList<Pane> panes{Pane(m_filters, m_filters), Pane(m_dayList, m_dayList)};
    if (isSearching())
        panes.append(Pane(m_search->field(), m_search));
    panes.append(Pane(m_middle->currentWidget(), m_middle->currentWidget()));
    panes.append(Pane(m_summary, m_summary));
    if (m_noteDock->isVisible()) {
        QWidget *note = m_notes->editor()->isVisible() ? static_cast<QWidget *>(m_notes->editor()) : m_notes->preview();
        panes.append(Pane(note, note));
        panes.append(Pane(m_notes->highlightList(), m_notes->highlightList()));
    }
    const QWidget *focus = QApplication::focusWidget();
    int at = forward ? -1 : 0; // not in any pane: F6 goes to the first, Shift+F6 to the last
    for (int i = 0; i < panes.size(); ++i)
        if (focus && (focus == panes[i].second || panes[i].second->isAncestorOf(focus)))
            at = i;
    const int count = int(panes.size());
    QWidget *next = panes[(at + (forward ? 1 : count - 1)) % count].first;
    if (!next->isActiveWindow()) // the note dock floats in a window of its own
        next->activateWindow();
    next->setFocus(Qt::TabFocusReason);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Digests"), {}, tr("Markdown digests (*.md *.markdown)"));
    if (!files.isEmpty())
        m_import->start(files);
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        m_import->start({dir});
}

void MainWindow::watchFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Watch Folder"));
    if (dir.isEmpty())
        return;
    QStringList folders = m_watcher->folders();
    if (!folders.contains(dir))
        folders << dir;
    Settings::instance().setWatchedFolders(folders);
    m_watcher->setFolders(folders);
    m_import->start({dir});
}

void MainWindow::cancelImport()
{
    m_import->cancel();
}

void MainWindow::openFiles(const QStringList &paths)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (paths.isEmpty() || m_import->isRunning())
        return;
    m_showImported = true;
    m_import->start(paths);
}

void MainWindow::refresh(const QStringList &sources)
{
    m_refresh->start(sources);
}

void MainWindow::refreshRange()
{
    if (const auto range = RefreshRangeDialog::ask(this, FetchTask::defaultRange().first, QDate::currentDate()))
        m_refresh->start({}, range->first, range->second);
}

void MainWindow::cancelRefresh()
{
    m_refresh->cancel();
}

void MainWindow::showRefreshLog()
{
    if (!m_refreshLog)
        m_refreshLog = new RefreshLogDialog(this);
    m_refreshLog->setResults(m_refresh->results(), m_refresh->isRunning());
    m_refreshLog->show();
    m_refreshLog->raise();
    m_refreshLog->activateWindow();
}

void MainWindow::manageSources()
{
    SourcesDialog dialog(m_library, this);
    connect(&dialog, &SourcesDialog::refreshRequested, this, [this](const QStringList &names) { refresh(names); });
    dialog.exec();
}

void MainWindow::managePublishers()
{
    PublishersDialog dialog(m_library, this);
    dialog.exec();
}

void MainWindow::showStatistics()
{
    auto *window = findChild<StatisticsWindow *>();
    if (!window)
        window = new StatisticsWindow(m_library, this);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::showTopics()
{
    auto *window = findChild<TopicsWindow *>();
    if (!window) {
        window = new TopicsWindow(m_library, m_undo, this);
        connect(window, &TopicsWindow::openPaperRequested, m_reader, [this](const QDate &day, const QString &arxivId) {
            m_reader->openPaper(day, arxivId);
            raise();
            activateWindow();
        });
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::goToDate()
{
    GoToDateDialog dialog(m_library, m_reader->currentDay(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenDay().isValid())
        m_reader->selectDay(dialog.chosenDay());
}

void MainWindow::catchUp()
{
    if (isSearching() && !m_search->queryText().isEmpty())
        m_annotations->markRead(m_search->allResultIds());
    else
        m_annotations->markDayRead();
}

void MainWindow::removeSample()
{
    if (const Status s = Core::SampleDigest::remove(*m_library); !s)
        statusBar()->showMessage(s.message(), 6000);
    else
        statusBar()->showMessage(tr("The sample digest was removed"), 6000);
}

void MainWindow::updateSampleAction()
{
    m_actions->action(QStringLiteral("file.remove_sample"))->setEnabled(Core::SampleDigest::isIn(*m_library) && !m_library->isReadOnly());
}

void MainWindow::toggleSearchOrder()
{
    if (!isSearching())
        showSearch();
    m_search->toggleOrder();
}

void MainWindow::updateStatus()
{
    QString text = tr("%n day(s)", nullptr, m_reader->dayCount()) + QStringLiteral(" · ") + tr("%n paper(s) on this day", nullptr, m_reader->paperCount());
    if (!m_searchStatus.isEmpty())
        text += QStringLiteral(" · ") + m_searchStatus;
    m_status->setText(text);
}

void MainWindow::saveState() const
{
    Settings &s = Settings::instance();
    s.setWindowGeometry(saveGeometry());
    s.setWindowState(QMainWindow::saveState());
    s.setSplitterState(m_splitter->saveState());
    s.setLastDay(m_reader->currentDay());
    s.setLastPaper(m_reader->currentPaperId());
}

void MainWindow::restoreState()
{
    const Settings &s = Settings::instance();
    if (const QByteArray geometry = s.windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        // First start: 1440×900 where it fits, else nine tenths of the screen, centred.
        const QRect available = screen->availableGeometry();
        const QSize size = QSize(1440, 900).boundedTo(available.size() * 9 / 10);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    QMainWindow::restoreState(s.windowState());
    if (const QByteArray splitter = s.splitterState(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_reader->restore(s.lastDay(), s.lastPaper());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Light or dark: the summary's code colours are chosen when it is built.
        if (QAction *dark = m_actions->action(QStringLiteral("view.dark")))
            dark->setChecked(Appearance::isDark());
        m_reader->redraw();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->flush();
    saveState();
    event->accept();
}

} // namespace Paperboy::Ui
