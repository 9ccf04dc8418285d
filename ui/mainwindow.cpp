// MainWindow: wiring of panes, models and the actions of the registry.
#include "mainwindow.h"

#include "appearance.h"
#include "cheatsheet.h"
#include "comparetray.h"
#include "compareview.h"
#include "exportdialog.h"
#include "highlightdialog.h"
#include "notepanel.h"
#include "tagmanager.h"
#include "tagpicker.h"
#include "importcontroller.h"
#include "paperdelegate.h"
#include "refreshcontroller.h"
#include "refreshdialogs.h"
#include "commandpalette.h"
#include "searchpane.h"
#include "settingsdialog.h"
#include "sourcesdialog.h"
#include "summaryview.h"

#include "annotate/annotationcommands.h"
#include "common/settings.h"
#include "library/folderwatcher.h"
#include "library/importtask.h"
#include "library/library.h"
#include "models/comparemodel.h"
#include "models/daylistmodel.h"
#include "models/papertreemodel.h"
#include "models/roles.h"
#include "models/tagmodel.h"
#include "network/fetchtask.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QStyle>
#include <QTreeWidget>
#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QDateEdit>
#include <QFormLayout>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QTreeView>

#include <paperboy/version.h>

#include <ksyntaxhighlighting_version.h>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

MainWindow::MainWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_dayModel(new DayListModel(library, this))
    , m_paperModel(new PaperTreeModel(library, this))
    , m_actions(new ActionRegistry(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filters(new QListView(this))
    , m_dayList(new QListView(this))
    , m_middle(new QStackedWidget(m_splitter))
    , m_paperTree(new QTreeView(m_middle))
    , m_search(new SearchPane(library, m_middle))
    , m_summary(new SummaryView(m_splitter))
    , m_cheatSheet(nullptr)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_fetchProgress(new QProgressBar(this))
    , m_fetchCancel(new QToolButton(this))
    , m_import(new ImportController(library, this))
    , m_refresh(new RefreshController(library, this))
    , m_readTimer(new QTimer(this))
    , m_undo(new QUndoStack(this))
    , m_notes(new NotePanel(library, m_undo, this))
    , m_noteDock(new QDockWidget(tr("Note and Highlights"), this))
    , m_tray(new CompareTray(library, this))
    , m_trayDock(new QDockWidget(tr("Compare"), this))
    , m_watcher(new FolderWatcher(library, this))
{
    setWindowTitle(tr("Paperboy"));
    setObjectName(QStringLiteral("mainWindow"));

    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setModel(m_dayModel);
    m_dayList->setUniformItemSizes(true);
    m_dayList->setAccessibleName(tr("Days"));

    m_paperTree->setObjectName(QStringLiteral("paperTree"));
    m_paperTree->setModel(m_paperModel);
    m_paperTree->setHeaderHidden(true);
    m_paperTree->setAccessibleName(tr("Papers"));
    m_paperTree->setItemDelegate(new PaperDelegate(m_paperTree));
    m_paperTree->installEventFilter(this);
    m_paperTree->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_middle->addWidget(m_paperTree);
    m_middle->addWidget(m_search);
    m_summary->setAccessibleName(tr("Summary"));

    // The sidebar: Starred, Unread and the tags above the days.
    m_filters->setObjectName(QStringLiteral("filterList"));
    m_filters->setModel(new TagModel(library, this));
    m_filters->setAccessibleName(tr("Library"));
    connect(m_filters, &QListView::activated, this, &MainWindow::showFilter);
    connect(m_filters, &QListView::clicked, this, &MainWindow::showFilter);
    auto *left = new QSplitter(Qt::Vertical, m_splitter);
    left->addWidget(m_filters);
    left->addWidget(m_dayList);
    left->setSizes({160, 600});
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_middle);
    m_splitter->addWidget(m_summary);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({190, 420, 820});
    setCentralWidget(m_splitter);
    m_cheatSheet = new CheatSheet(m_actions, centralWidget());

    m_noteDock->setObjectName(QStringLiteral("noteDock"));
    m_noteDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_noteDock);
    m_noteDock->hide();
    m_trayDock->setObjectName(QStringLiteral("compareDock"));
    m_trayDock->setWidget(m_tray);
    addDockWidget(Qt::RightDockWidgetArea, m_trayDock);
    m_trayDock->hide();
    connect(m_tray, &CompareTray::paperActivated, this, &MainWindow::openPaper);
    connect(m_tray, &CompareTray::compareRequested, this, &MainWindow::compareMarked);
    connect(m_tray, &CompareTray::clearRequested, this, &MainWindow::clearMarks);
    connect(m_notes, &NotePanel::highlightActivated, m_summary, &SummaryView::scrollToHighlight);
    m_summary->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_summary, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_summary->createStandardContextMenu(pos);
        menu->addSeparator();
        menu->addAction(m_actions->action(QStringLiteral("paper.highlight")));
        menu->addAction(m_actions->action(QStringLiteral("paper.highlight_comment")));
        menu->exec(m_summary->viewport()->mapToGlobal(pos));
        delete menu;
    });
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Core::Changes what) {
        if (what & (Core::Change::Tags | Core::Change::Highlights) && ids.contains(m_summary->arxivId()))
            refreshAnnotations();
    });
    connect(library, &Library::tagsChanged, this, [this] { refreshAnnotations(); });

    // A normal widget, not a permanent one: a message (why F5 did nothing, what an import brought)
    // takes its place while it is shown, where a permanent widget would leave it no room.
    m_status->setObjectName(QStringLiteral("dayStatus"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Importing %v / %m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_fetchProgress);
    statusBar()->addPermanentWidget(m_fetchCancel);
    m_fetchProgress->setObjectName(QStringLiteral("refreshProgress"));
    m_fetchProgress->setMaximumWidth(240);
    m_fetchProgress->setFormat(tr("Refreshing %v / %m"));
    m_fetchProgress->hide();
    m_fetchCancel->setObjectName(QStringLiteral("refreshCancel"));
    m_fetchCancel->setAutoRaise(true);
    m_fetchCancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"), style()->standardIcon(QStyle::SP_BrowserStop)));
    m_fetchCancel->setToolTip(tr("Stop the refresh (Shift+F5)"));
    m_fetchCancel->hide();

    connect(m_import, &ImportController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_import, &ImportController::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_actions->action(QStringLiteral("file.cancel_import"))->setEnabled(true);
    });
    connect(m_import, &ImportController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_import, &ImportController::finished, this, [this](const QString &summary, const QDate &newest, const QStringList &problems) {
        m_progress->hide();
        m_actions->action(QStringLiteral("file.cancel_import"))->setEnabled(false);
        statusBar()->showMessage(summary, 10000);
        if (m_showImported) {
            m_showImported = false;
            if (newest.isValid())
                selectDay(newest);
        }
        if (!problems.isEmpty() && isVisible() && !QApplication::platformName().contains(QLatin1StringView("offscreen")))
            QMessageBox::warning(this, tr("Import"), tr("Some digests had problems:") + u'\n' + problems.mid(0, 30).join(u'\n'));
    });

    connect(m_refresh, &RefreshController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_fetchCancel, &QToolButton::clicked, m_refresh, &RefreshController::cancel);
    connect(m_refresh, &RefreshController::started, this, [this](int total) {
        m_fetchProgress->setRange(0, std::max(1, total));
        m_fetchProgress->setValue(0);
        m_fetchProgress->setToolTip({});
        m_fetchProgress->show();
        m_fetchCancel->show();
        m_actions->action(QStringLiteral("file.cancel_refresh"))->setEnabled(true);
        m_actions->action(QStringLiteral("file.refresh"))->setEnabled(false);
    });
    connect(m_refresh, &RefreshController::progress, this, [this](int done, int total) {
        m_fetchProgress->setRange(0, std::max(1, total));
        m_fetchProgress->setValue(done);
    });
    connect(m_refresh, &RefreshController::progressDetails, m_fetchProgress, &QWidget::setToolTip);
    connect(m_refresh, &RefreshController::finished, this, [this](const QString &summary) {
        m_fetchProgress->hide();
        m_fetchCancel->hide();
        m_actions->action(QStringLiteral("file.cancel_refresh"))->setEnabled(false);
        m_actions->action(QStringLiteral("file.refresh"))->setEnabled(true);
        statusBar()->showMessage(summary, 15000);
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

    m_readTimer->setSingleShot(true);
    setMarkReadDelay(Settings::instance().markReadSeconds() * 1000);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const QString id = m_summary->arxivId();
        if (!id.isEmpty() && !m_library->isReadOnly() && !m_library->annotations().isRead(id))
            m_library->annotations().setRead(id, true);
    });

    connect(m_dayList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onDayChanged);
    connect(m_paperTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeCurrentChanged);
    // New days or fresh metadata reload the models: the reader stays on the day and paper it showed.
    connect(m_dayModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptDay = currentDay();
        m_keptPaper = currentPaperId();
    });
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_dayList->currentIndex().isValid() && m_dayModel->rowCount() > 0) {
            const int row = m_keptDay.isValid() ? m_dayModel->rowOf(m_keptDay) : -1;
            m_dayList->setCurrentIndex(m_dayModel->index(std::max(row, 0)));
            if (row >= 0 && !m_keptPaper.isEmpty())
                selectPaper(m_keptPaper);
        }
        updateStatus();
    });
    connect(m_paperModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptTreeDay = m_paperModel->day();
        m_keptTreePaper = currentPaperId();
    });
    connect(m_paperModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_paperModel->day() == m_keptTreeDay && !m_keptTreePaper.isEmpty() && !m_paperTree->currentIndex().isValid())
            selectPaper(m_keptTreePaper);
    });
    connect(library, &Library::paperMetaChanged, this, [this] {
        if (!m_summary->arxivId().isEmpty() && m_summary->arxivId() == currentPaperId())
            showCurrentPaper(true);
    });
    connect(m_search, &SearchPane::paperActivated, this, [this](const QDate &day, const QString &id) {
        openPaper(day, id);
        m_summary->highlightWords(m_search->matchWords());
    });
    connect(m_search, &SearchPane::closed, this, &MainWindow::closeSearch);
    connect(m_search, &SearchPane::statusChanged, this, [this](const QString &text) {
        m_searchStatus = text;
        updateStatus();
    });

    createActions();
    createMenus();
    m_actions->loadOverrides();
    resize(1440, 900);
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *a = m_actions;
    const auto add = [this, a](const char *id, const QString &text, const char *menu, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = a->add(QString::fromLatin1(id), text, QString::fromLatin1(menu), keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    using K = QKeySequence;
    add("file.import", tr("&Import Digests…"), "file", {K(Qt::CTRL | Qt::Key_O)}, &MainWindow::importFiles);
    add("file.import_folder", tr("Import &Folder…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}, &MainWindow::importFolder);
    add("file.watch_folder", tr("&Watch Folder…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}, &MainWindow::watchFolder);
    add("file.cancel_import", tr("&Cancel Import"), "file", {K(Qt::CTRL | Qt::Key_Period)}, &MainWindow::cancelImport)->setEnabled(false);
    add("file.refresh", tr("&Refresh"), "file", {K(Qt::Key_F5)}, [this] { refresh(); });
    add("file.refresh_range", tr("Refresh a R&ange…"), "file", {K(Qt::ALT | Qt::Key_F5)}, &MainWindow::refreshRange);
    add("file.cancel_refresh", tr("S&top Refresh"), "file", {K(Qt::SHIFT | Qt::Key_F5)}, &MainWindow::cancelRefresh)->setEnabled(false);
    add("file.refresh_log", tr("Refresh &Log…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_F5)}, &MainWindow::showRefreshLog);
    add("file.sources", tr("So&urces…"), "file", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}, &MainWindow::manageSources);
    add("file.export", tr("&Export Notes…"), "file", {K(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportNotes);
    add("app.settings", tr("&Settings…"), "file", {K(Qt::CTRL | Qt::Key_Comma)}, &MainWindow::showSettings);
    add("file.quit", tr("&Quit"), "file", {K(Qt::CTRL | Qt::Key_Q)}, &QWidget::close);

    add("paper.next", tr("&Next Paper"), "go", {K(Qt::Key_J)}, &MainWindow::nextPaper);
    add("paper.previous", tr("&Previous Paper"), "go", {K(Qt::Key_K)}, &MainWindow::previousPaper);
    add("paper.next_unread", tr("Next &Unread Paper"), "go", {K(Qt::Key_N)}, &MainWindow::nextUnread);
    add("day.next", tr("Next &Day"), "go", {K(Qt::Key_BracketRight)}, &MainWindow::nextDay);
    add("day.previous", tr("Previous D&ay"), "go", {K(Qt::Key_BracketLeft)}, &MainWindow::previousDay);
    for (int n = 1; n <= 7; ++n) {
        QAction *jump = a->add(QStringLiteral("section.%1").arg(n), tr("Section &%1").arg(n), QStringLiteral("go"), {K(Qt::Key_0 + n)});
        connect(jump, &QAction::triggered, this, [this, n] { jumpToSection(n); });
    }
    add("search.focus", tr("&Search…"), "go", {K(Qt::Key_Slash)}, &MainWindow::showSearch);
    add("search.close", tr("&Close Search"), "go", {K(Qt::Key_Escape)}, &MainWindow::closeSearch)->setEnabled(false);
    add("app.palette", tr("Command &Palette…"), "go", {K(Qt::CTRL | Qt::Key_K), K(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, &MainWindow::showPalette);

    add("paper.toggle_read", tr("Mark &Read / Unread"), "paper", {K(Qt::Key_M)}, &MainWindow::toggleRead);
    add("paper.toggle_star", tr("&Star / Unstar"), "paper", {K(Qt::Key_S)}, &MainWindow::toggleStar);
    add("paper.open_hf", tr("Open on &Hugging Face"), "paper", {K(Qt::Key_O)}, &MainWindow::openOnHuggingFace);
    add("paper.open_pdf", tr("Open arXiv &PDF"), "paper", {K(Qt::SHIFT | Qt::Key_O)}, &MainWindow::openPdf);

    add("paper.tag", tr("Add &Tag…"), "paper", {K(Qt::Key_T)}, &MainWindow::addTag);
    add("paper.untag", tr("Remo&ve Tag…"), "paper", {K(Qt::SHIFT | Qt::Key_T)}, &MainWindow::removeTag);
    add("paper.note", tr("&Note…"), "paper", {K(Qt::Key_A)}, &MainWindow::openNote);
    add("paper.highlight", tr("&Highlight Selection"), "paper", {K(Qt::Key_H)}, [this] { highlightSelection(false); });
    add("paper.highlight_comment", tr("Highlight with &Comment…"), "paper", {K(Qt::SHIFT | Qt::Key_H)}, [this] { highlightSelection(true); });
    add("paper.remove_highlight", tr("Remove Highlight"), "paper", {K(Qt::Key_Delete)}, &MainWindow::removeSelectedHighlight);
    add("tags.manage", tr("&Manage Tags…"), "paper", {K(Qt::CTRL | Qt::Key_T)}, &MainWindow::manageTags);

    add("compare.toggle_mark", tr("&Mark for Comparison"), "compare", {K(Qt::Key_X)}, &MainWindow::toggleMark);
    add("compare.clear_marks", tr("&Clear Marks"), "compare", {K(Qt::SHIFT | Qt::Key_X)}, &MainWindow::clearMarks);
    add("compare.open", tr("C&ompare Marked Papers"), "compare", {K(Qt::Key_C)}, &MainWindow::compareMarked);
    add("compare.open_saved", tr("Open &Saved Comparison…"), "compare", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, &MainWindow::chooseSavedComparison);
    QAction *tray = a->add(QStringLiteral("compare.show_tray"), tr("Show Compare &Tray"), QStringLiteral("compare"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_X)});
    tray->setCheckable(true);
    connect(tray, &QAction::toggled, m_trayDock, &QWidget::setVisible);
    // Not through `this`: the dock is hidden again while ~QWidget runs, after MainWindow's part is gone.
    connect(m_trayDock, &QDockWidget::visibilityChanged, tray, [dock = m_trayDock, tray](bool) { tray->setChecked(dock->isVisible()); });
    QAction *undo = a->add(QStringLiteral("edit.undo"), tr("&Undo"), QStringLiteral("edit"), {K(Qt::CTRL | Qt::Key_Z)});
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    undo->setEnabled(false);
    QAction *redo = a->add(QStringLiteral("edit.redo"), tr("&Redo"), QStringLiteral("edit"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    redo->setEnabled(false);

    add("view.page_down", tr("Page &Down"), "view", {K(Qt::Key_Space)}, &MainWindow::pageDown);
    add("view.page_up", tr("Page &Up"), "view", {K(Qt::SHIFT | Qt::Key_Space)}, &MainWindow::pageUp);
    connect(a->add(QStringLiteral("view.zoom_in"), tr("Zoom &In"), QStringLiteral("view"),
                   {K(Qt::CTRL | Qt::Key_Equal), K(Qt::CTRL | Qt::Key_Plus)}),
            &QAction::triggered, this, [this] { m_summary->setZoom(m_summary->zoom() + 1); });
    connect(a->add(QStringLiteral("view.zoom_out"), tr("Zoom &Out"), QStringLiteral("view"), {K(Qt::CTRL | Qt::Key_Minus)}),
            &QAction::triggered, this, [this] { m_summary->setZoom(m_summary->zoom() - 1); });
    connect(a->add(QStringLiteral("view.zoom_reset"), tr("&Reset Zoom"), QStringLiteral("view"), {K(Qt::CTRL | Qt::Key_0)}),
            &QAction::triggered, this, [this] { m_summary->setZoom(0); });
    QAction *dark = a->add(QStringLiteral("view.dark"), tr("&Dark Colours"), QStringLiteral("view"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    dark->setCheckable(true);
    dark->setChecked(Appearance::isDark());
    connect(dark, &QAction::triggered, this, [](bool on) { Appearance::setConfigured(on ? Appearance::Scheme::Dark : Appearance::Scheme::Light); });
    add("view.focus_next_pane", tr("Focus &Next Pane"), "view", {K(Qt::Key_F6)}, [this] { focusNextPane(true); });
    add("view.focus_previous_pane", tr("Focus Pre&vious Pane"), "view", {K(Qt::SHIFT | Qt::Key_F6)}, [this] { focusNextPane(false); });

    add("help.cheatsheet", tr("&Keyboard Shortcuts"), "help", {K(Qt::Key_Question)}, [this] { m_cheatSheet->popUp(); });
    add("help.about", tr("&About Paperboy"), "help", {K(Qt::Key_F1)}, [this] {
        QMessageBox::about(this, tr("About Paperboy"), aboutText());
    });
    add("help.about_qt", tr("About &Qt"), "help", {K(Qt::CTRL | Qt::Key_F1)}, [this] { QMessageBox::aboutQt(this); });
    for (QAction *action : a->actions())
        addAction(action);
}

void MainWindow::createMenus()
{
    const QList<std::pair<QString, QString>> menus{
        {QStringLiteral("file"), tr("&File")}, {QStringLiteral("edit"), tr("&Edit")}, {QStringLiteral("go"), tr("&Go")},
        {QStringLiteral("paper"), tr("&Paper")}, {QStringLiteral("compare"), tr("&Compare")},
        {QStringLiteral("view"), tr("&View")}, {QStringLiteral("help"), tr("&Help")},
    };
    for (const auto &[id, title] : menus) {
        QMenu *menu = menuBar()->addMenu(title);
        menu->setObjectName(QStringLiteral("menu.") + id);
        for (QAction *action : m_actions->actionsInMenu(id)) {
            const QString aid = action->objectName();
            if (aid == QLatin1StringView("file.quit") || aid == QLatin1StringView("file.export") || aid == QLatin1StringView("file.refresh") || aid == QLatin1StringView("app.settings")
                || aid == QLatin1StringView("section.1") || aid == QLatin1StringView("search.focus")
                || aid == QLatin1StringView("view.zoom_in") || aid == QLatin1StringView("view.focus_next_pane")
                || aid == QLatin1StringView("paper.tag") || aid == QLatin1StringView("paper.note"))
                menu->addSeparator();
            menu->addAction(action);
        }
    }
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
    return m_middle->currentWidget() == m_search;
}

QDate MainWindow::currentDay() const
{
    return m_dayList->currentIndex().data(DateRole).toDate();
}

QString MainWindow::currentPaperId() const
{
    return m_summary->arxivId();
}

int MainWindow::currentPaperRow() const
{
    const QModelIndex cur = m_paperTree->currentIndex();
    if (!cur.isValid())
        return -1;
    return cur.parent().isValid() ? cur.parent().row() : cur.row();
}

void MainWindow::selectDay(const QDate &day)
{
    const int row = m_dayModel->rowOf(day);
    if (row >= 0)
        m_dayList->setCurrentIndex(m_dayModel->index(row));
}

bool MainWindow::selectPaper(const QString &arxivId)
{
    const QModelIndex idx = m_paperModel->indexOfPaper(arxivId);
    if (!idx.isValid())
        return false;
    m_paperTree->setCurrentIndex(idx);
    return true;
}

bool MainWindow::openPaper(const QDate &day, const QString &arxivId)
{
    if (currentDay() != day)
        selectDay(day);
    return selectPaper(arxivId);
}

void MainWindow::setMarkReadDelay(int msecs)
{
    m_readTimer->setInterval(std::max(0, msecs));
    m_readTimer->setProperty("enabled", msecs > 0);
}

void MainWindow::onDayChanged()
{
    m_paperModel->setDay(currentDay());
    if (m_paperModel->paperCount() > 0)
        m_paperTree->setCurrentIndex(m_paperModel->index(0, 0));
    else
        m_summary->clearPaper();
    updateStatus();
}

void MainWindow::onTreeCurrentChanged()
{
    const QModelIndex idx = m_paperTree->currentIndex();
    if (!idx.isValid())
        return;
    const QString id = idx.data(ArxivIdRole).toString();
    if (id != m_summary->arxivId()) {
        showCurrentPaper(false);
        m_readTimer->stop();
        if (m_readTimer->property("enabled").toBool() && !idx.data(ReadRole).toBool())
            m_readTimer->start();
    }
    const int section = idx.data(SectionIndexRole).toInt();
    if (section >= 0)
        m_summary->scrollToSection(section);
    updateStatus();
}

void MainWindow::showCurrentPaper(bool keepScroll)
{
    const QString id = m_paperTree->currentIndex().data(ArxivIdRole).toString();
    auto detail = m_library->catalog().paper(id, currentDay());
    if (!detail && m_paperTree->currentIndex().data(NoDigestRole).toBool())
        detail = m_library->network().metaOnlyPaper(id, currentDay());
    if (!detail)
        return;
    const int scroll = m_summary->verticalScrollBar()->value();
    m_summary->showPaper(*detail);
    if (keepScroll)
        m_summary->verticalScrollBar()->setValue(scroll);
    m_shownTags = detail->listing.tags;
    const QList<Highlight> highlights = m_library->annotations().highlights(id);
    m_shownHighlights.clear();
    for (const Highlight &h : highlights)
        m_shownHighlights << h.id;
    const QList<qint64> orphaned = m_summary->setHighlights(highlights);
    m_notes->setPaper(id);
    m_notes->setHighlights(highlights, orphaned);
}

void MainWindow::refreshAnnotations()
{
    // Re-render only when what the summary shows changed (tags in its header, highlights), so a
    // read mark or a note save never disturbs a selection in progress.
    const QString id = m_summary->arxivId();
    if (id.isEmpty())
        return;
    QList<qint64> ids;
    const QList<Highlight> highlights = m_library->annotations().highlights(id);
    for (const Highlight &h : highlights)
        ids << h.id;
    const QStringList tags = m_library->annotations().tagsOf(id);
    if (ids == m_shownHighlights && tags == m_shownTags) {
        m_notes->setHighlights(highlights, [&] {
            QList<qint64> orphaned;
            for (const Highlight &h : highlights)
                if (!m_summary->drawnHighlights().contains(h.id))
                    orphaned << h.id;
            return orphaned;
        }());
        return;
    }
    showCurrentPaper(true);
}

QStringList MainWindow::selectedPaperIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_paperTree->selectionModel()->selectedIndexes()) {
        const QString id = i.data(ArxivIdRole).toString();
        if (!i.parent().isValid() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty() && !currentPaperId().isEmpty())
        ids << currentPaperId();
    return ids;
}

void MainWindow::addTag()
{
    const QStringList ids = selectedPaperIds();
    if (ids.isEmpty())
        return;
    TagPicker picker(TagPicker::Mode::Add, m_library->annotations().allTags(), int(ids.size()), this);
    if (picker.exec() == QDialog::Accepted && !picker.tag().isEmpty())
        m_undo->push(new TagCommand(m_library, ids, picker.tag(), true));
}

void MainWindow::removeTag()
{
    const QStringList ids = selectedPaperIds();
    QStringList present;
    for (const QString &id : ids)
        for (const QString &t : m_library->annotations().tagsOf(id))
            if (!present.contains(t))
                present << t;
    if (present.isEmpty()) {
        statusBar()->showMessage(tr("No tags to remove"), 4000);
        return;
    }
    TagPicker picker(TagPicker::Mode::Remove, present, int(ids.size()), this);
    if (picker.exec() == QDialog::Accepted && !picker.tag().isEmpty())
        m_undo->push(new TagCommand(m_library, ids, picker.tag(), false));
}

void MainWindow::manageTags()
{
    TagManager manager(m_library, this);
    manager.exec();
}

void MainWindow::openNote()
{
    m_noteDock->show();
    m_noteDock->raise();
    m_notes->editor()->setFocus();
}

void MainWindow::highlightSelection(bool withComment)
{
    auto h = m_summary->highlightFromSelection();
    if (!h) {
        statusBar()->showMessage(tr("Select text in the summary first"), 4000);
        return;
    }
    if (withComment) {
        HighlightDialog dialog(h->exact, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        h->comment = dialog.comment();
        h->color = dialog.color();
    }
    m_undo->push(new HighlightCommand(m_library, *h, true));
}

void MainWindow::removeSelectedHighlight()
{
    QListWidgetItem *item = m_notes->highlightList()->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Highlight &h : m_library->annotations().highlights(m_summary->arxivId()))
        if (h.id == id)
            m_undo->push(new HighlightCommand(m_library, h, false));
}

void MainWindow::toggleMark()
{
    const QStringList ids = selectedPaperIds();
    if (ids.isEmpty())
        return;
    int marked = int(m_library->annotations().markedPapers().size());
    for (const QString &id : ids) {
        if (m_library->annotations().isMarked(id)) {
            m_library->annotations().setMarked(id, false);
            --marked;
        } else if (marked >= CompareModel::MaxPapers) {
            statusBar()->showMessage(tr("At most %1 papers can be compared; unmark one first (X) or clear the marks (Shift+X)")
                                         .arg(CompareModel::MaxPapers), 6000);
            break;
        } else {
            m_library->annotations().setMarked(id, true);
            ++marked;
        }
    }
    if (marked > 0 && !m_trayDock->isVisible())
        m_trayDock->show();
    statusBar()->showMessage(tr("%n paper(s) marked for comparison", nullptr, marked), 4000);
}

void MainWindow::clearMarks()
{
    m_library->annotations().clearMarks();
    statusBar()->showMessage(tr("Comparison marks cleared"), 3000);
}

void MainWindow::compareMarked()
{
    QStringList ids;
    for (const QString &id : m_library->annotations().markedPapers())
        if (m_library->catalog().paper(id))
            ids << id;
    if (ids.size() < CompareModel::MinPapers) {
        statusBar()->showMessage(tr("Mark at least two papers with X to compare them"), 5000);
        return;
    }
    openComparison(ids);
}

CompareView *MainWindow::openComparison(const QStringList &arxivIds, const QStringList &visibleKinds, const QString &name)
{
    if (!m_compare) {
        m_compare = new CompareView(m_library, m_undo, this);
        m_compare->setWindowFlag(Qt::Window);
        connect(m_compare, &CompareView::paperOpenRequested, this, [this](const QDate &day, const QString &id) {
            openPaper(day, id);
            raise();
            activateWindow();
        });
    }
    m_compare->setSavedName(name);
    m_compare->show();
    m_compare->setPapers(arxivIds, visibleKinds);
    m_compare->raise();
    m_compare->activateWindow();
    m_compare->table()->setFocus();
    return m_compare;
}

bool MainWindow::openSavedComparison(const QString &name)
{
    for (const Comparison &c : m_library->annotations().comparisons()) {
        if (c.name == name) {
            openComparison(c.papers, c.sections, c.name);
            return true;
        }
    }
    return false;
}

void MainWindow::chooseSavedComparison()
{
    if (m_library->annotations().comparisons().isEmpty()) {
        statusBar()->showMessage(tr("No saved comparisons yet: open one with C and save it with Ctrl+S"), 5000);
        return;
    }
    CommandPalette palette(m_actions, m_library, this);
    palette.input()->setText(tr("Comparison"));
    connect(&palette, &CommandPalette::comparisonChosen, this, &MainWindow::openSavedComparison);
    palette.exec();
}

void MainWindow::exportNotes()
{
    ExportDialog::Context context;
    context.currentPaper = currentPaperId();
    context.currentDay = currentDay();
    if (isSearching())
        context.searchText = m_search->field()->text();
    ExportDialog dialog(m_library, context, this);
    dialog.exec();
}

void MainWindow::showFilter(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    showSearch();
    m_search->field()->clear();
    const int kind = index.data(TagModel::KindRole).toInt();
    m_search->starredChip()->setChecked(kind == TagModel::StarredRow);
    m_search->unreadChip()->setChecked(kind == TagModel::UnreadRow);
    m_search->tagChip()->setCurrentIndex(kind == TagModel::TagRow ? std::max(0, m_search->tagChip()->findData(index.data(TagModel::NameRole))) : 0);
    m_search->runNow();
}

void MainWindow::nextPaper()
{
    const int row = currentPaperRow();
    if (row + 1 < m_paperModel->paperCount()) {
        m_paperTree->setCurrentIndex(m_paperModel->index(row + 1, 0));
        return;
    }
    // At the end of a day, go on with the first paper of the day after (older, below in the list).
    nextDay();
}

void MainWindow::previousPaper()
{
    const QModelIndex cur = m_paperTree->currentIndex();
    if (cur.parent().isValid()) {
        m_paperTree->setCurrentIndex(cur.parent());
        return;
    }
    const int row = currentPaperRow();
    if (row > 0) {
        m_paperTree->setCurrentIndex(m_paperModel->index(row - 1, 0));
        return;
    }
    const int day = m_dayList->currentIndex().row();
    if (day > 0) {
        m_dayList->setCurrentIndex(m_dayModel->index(day - 1));
        if (m_paperModel->paperCount() > 0)
            m_paperTree->setCurrentIndex(m_paperModel->index(m_paperModel->paperCount() - 1, 0));
    }
}

void MainWindow::nextDay()
{
    const int day = m_dayList->currentIndex().row();
    if (day + 1 >= m_dayModel->rowCount() && m_dayModel->canFetchMore({}))
        m_dayModel->fetchMore({});
    if (day + 1 < m_dayModel->rowCount())
        m_dayList->setCurrentIndex(m_dayModel->index(day + 1));
}

void MainWindow::previousDay()
{
    const int day = m_dayList->currentIndex().row();
    if (day > 0)
        m_dayList->setCurrentIndex(m_dayModel->index(day - 1));
}

void MainWindow::nextUnread()
{
    const int row = currentPaperRow();
    const QModelIndex cur = row >= 0 ? m_paperModel->index(row, 0) : QModelIndex();
    const QDate day = currentDay();
    const int position = cur.isValid() ? row : -1;
    const auto next = m_library->catalog().nextUnread(day.isValid() ? day : QDate(9999, 12, 31), position);
    if (!next) {
        statusBar()->showMessage(tr("Every paper is read"), 5000);
        return;
    }
    openPaper(next->day, next->arxivId);
}

void MainWindow::pageDown()
{
    if (!m_summary->pageDown())
        nextPaper();
}

void MainWindow::pageUp()
{
    m_summary->pageUp();
}

void MainWindow::jumpToSection(int number)
{
    const int row = currentPaperRow();
    if (row < 0)
        return;
    const QModelIndex paper = m_paperModel->index(row, 0);
    // Section n is the one numbered n in the digest; without numbers, the n-th section.
    for (int i = 0; i < m_paperModel->rowCount(paper); ++i) {
        const QModelIndex s = m_paperModel->index(i, 0, paper);
        if (s.data(Qt::DisplayRole).toString().startsWith(QString::number(number) + u'.')) {
            m_paperTree->setCurrentIndex(s);
            return;
        }
    }
    if (number - 1 < m_paperModel->rowCount(paper))
        m_paperTree->setCurrentIndex(m_paperModel->index(number - 1, 0, paper));
}

void MainWindow::toggleRead()
{
    const QString id = currentPaperId();
    if (id.isEmpty())
        return;
    m_readTimer->stop(); // a paper marked unread by hand stays unread while it is shown
    m_library->annotations().setRead(id, !m_library->annotations().isRead(id));
}

void MainWindow::toggleStar()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        m_library->annotations().setStarred(id, !m_library->annotations().isStarred(id));
}

void MainWindow::openOnHuggingFace()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://huggingface.co/papers/") + id));
}

void MainWindow::openPdf()
{
    const QString id = currentPaperId();
    if (!id.isEmpty())
        QDesktopServices::openUrl(QUrl(QStringLiteral("https://arxiv.org/pdf/") + id));
}

void MainWindow::showSearch()
{
    m_search->refreshTags();
    m_middle->setCurrentWidget(m_search);
    m_actions->action(QStringLiteral("search.close"))->setEnabled(true);
    m_search->field()->setFocus();
    m_search->field()->selectAll();
}

void MainWindow::closeSearch()
{
    if (!isSearching())
        return;
    m_middle->setCurrentWidget(m_paperTree);
    m_actions->action(QStringLiteral("search.close"))->setEnabled(false);
    m_summary->highlightWords({});
    m_searchStatus.clear();
    m_paperTree->setFocus();
    updateStatus();
}

void MainWindow::showPalette()
{
    CommandPalette palette(m_actions, m_library, this);
    connect(&palette, &CommandPalette::dayChosen, this, &MainWindow::selectDay);
    connect(&palette, &CommandPalette::paperChosen, this, &MainWindow::openPaper);
    connect(&palette, &CommandPalette::comparisonChosen, this, &MainWindow::openSavedComparison);
    palette.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_actions, this);
    if (dialog.exec() == QDialog::Accepted)
        setMarkReadDelay(Settings::instance().markReadSeconds() * 1000);
}

void MainWindow::focusNextPane(bool forward)
{
    const QList<QWidget *> panes{m_dayList, isSearching() ? static_cast<QWidget *>(m_search->field()) : m_paperTree, m_summary};
    int at = 0;
    for (int i = 0; i < panes.size(); ++i)
        if (panes[i]->hasFocus() || panes[i]->isAncestorOf(QApplication::focusWidget()))
            at = i;
    panes[(at + (forward ? 1 : int(panes.size()) - 1)) % panes.size()]->setFocus(Qt::TabFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down on the last paper and Up on the first cross into the next / previous day, like j and k.
    if (watched == m_paperTree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex cur = m_paperTree->currentIndex();
        const bool onPaper = cur.isValid() && !cur.parent().isValid();
        if (key == Qt::Key_Down && onPaper && cur.row() == m_paperModel->paperCount() - 1 && !m_paperTree->isExpanded(cur)) {
            nextPaper();
            return true;
        }
        if (key == Qt::Key_Up && onPaper && cur.row() == 0) {
            previousPaper();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Digests"), {}, tr("Markdown digests (*.md *.markdown)"));
    if (!files.isEmpty())
        startImport(files);
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        startImport({dir});
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
    startImport({dir});
}

bool MainWindow::isImporting() const
{
    return m_import->isRunning();
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
    startImport(paths);
}

void MainWindow::startImport(const QStringList &paths)
{
    m_import->start(paths);
}

void MainWindow::refresh(const QStringList &sources, const QDate &from, const QDate &to)
{
    m_refresh->start(sources, from, to);
}

void MainWindow::refreshRange()
{
    const QDate today = QDate::currentDate();
    if (const auto range = RefreshRangeDialog::ask(this, FetchTask::defaultRange().first, today))
        m_refresh->start({}, range->first, range->second);
}

void MainWindow::cancelRefresh()
{
    m_refresh->cancel();
}

bool MainWindow::isRefreshing() const
{
    return m_refresh->isRunning();
}

QWidget *MainWindow::refreshLog() const
{
    return m_refreshLog;
}

bool MainWindow::refreshIfStale()
{
    return m_refresh->startIfStale();
}

QList<FetchDayResult> MainWindow::lastRefreshResults() const
{
    return m_refresh->results();
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

void MainWindow::cancelImport()
{
    m_import->cancel();
}

void MainWindow::updateStatus()
{
    QString text = tr("%n day(s)", nullptr, m_dayModel->totalDays()) + QStringLiteral(" · ")
                 + tr("%n paper(s) on this day", nullptr, m_paperModel->paperCount());
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
    s.setLastDay(currentDay());
    s.setLastPaper(currentPaperId());
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
    const QDate day = s.lastDay();
    if (day.isValid() && m_dayModel->rowOf(day) >= 0) {
        selectDay(day);
        selectPaper(s.lastPaper());
    } else if (m_dayModel->rowCount() > 0) {
        m_dayList->setCurrentIndex(m_dayModel->index(0));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Light or dark: the summary's code colours are chosen when it is built.
        if (QAction *dark = m_actions->action(QStringLiteral("view.dark")))
            dark->setChecked(Appearance::isDark());
        if (!m_summary->arxivId().isEmpty())
            showCurrentPaper(true);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->flush();
    saveState();
    event->accept();
}

} // namespace Paperboy::Ui
