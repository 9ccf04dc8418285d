// MainWindow: wiring of panes, models and actions.
#include "mainwindow.h"

#include "summaryview.h"

#include "library/folderwatcher.h"
#include "library/importtask.h"
#include "library/library.h"
#include "models/daylistmodel.h"
#include "models/papertreemodel.h"
#include "models/roles.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

#include <paperboy/version.h>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

MainWindow::MainWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_dayModel(new DayListModel(library, this))
    , m_paperModel(new PaperTreeModel(library, this))
    , m_actions(new ActionRegistry(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_dayList(new QListView(m_splitter))
    , m_paperTree(new QTreeView(m_splitter))
    , m_summary(new SummaryView(m_splitter))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
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
    m_paperTree->setWordWrap(true);

    m_summary->setAccessibleName(tr("Summary"));

    m_splitter->addWidget(m_dayList);
    m_splitter->addWidget(m_paperTree);
    m_splitter->addWidget(m_summary);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({190, 420, 820});
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Importing %v / %m"));
    m_progress->hide();
    m_watcher->setFolders(QSettings().value(QStringLiteral("library/watchedFolders")).toStringList());
    connect(m_watcher, &FolderWatcher::imported, this, [this](const QList<ImportResult> &results) {
        statusBar()->showMessage(tr("%n changed digest(s) imported from watched folders", nullptr, int(results.size())), 8000);
    });

    connect(m_dayList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onDayChanged);
    connect(m_paperTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeCurrentChanged);
    connect(m_dayModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_dayList->currentIndex().isValid() && m_dayModel->rowCount() > 0)
            m_dayList->setCurrentIndex(m_dayModel->index(0));
        updateStatus();
    });

    createActions();
    createMenus();
    resize(1440, 900);
    if (m_dayModel->rowCount() > 0)
        m_dayList->setCurrentIndex(m_dayModel->index(0));
    updateStatus();
}

void MainWindow::createActions()
{
    auto *a = m_actions;
    connect(a->add(QStringLiteral("file.import"), tr("&Import Digests…"), QStringLiteral("file"), {QKeySequence(Qt::CTRL | Qt::Key_O)}),
            &QAction::triggered, this, &MainWindow::importFiles);
    connect(a->add(QStringLiteral("file.import_folder"), tr("Import &Folder…"), QStringLiteral("file"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)}),
            &QAction::triggered, this, &MainWindow::importFolder);
    connect(a->add(QStringLiteral("file.watch_folder"), tr("&Watch Folder…"), QStringLiteral("file"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}),
            &QAction::triggered, this, &MainWindow::watchFolder);
    QAction *cancel = a->add(QStringLiteral("file.cancel_import"), tr("&Cancel Import"), QStringLiteral("file"),
                             {QKeySequence(Qt::CTRL | Qt::Key_Period)});
    cancel->setEnabled(false);
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelImport);
    connect(a->add(QStringLiteral("file.quit"), tr("&Quit"), QStringLiteral("file"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}),
            &QAction::triggered, this, &QWidget::close);
    connect(a->add(QStringLiteral("paper.next"), tr("&Next Paper"), QStringLiteral("go"), {QKeySequence(Qt::Key_J)}),
            &QAction::triggered, this, &MainWindow::nextPaper);
    connect(a->add(QStringLiteral("paper.previous"), tr("&Previous Paper"), QStringLiteral("go"), {QKeySequence(Qt::Key_K)}),
            &QAction::triggered, this, &MainWindow::previousPaper);
    connect(a->add(QStringLiteral("day.next"), tr("Next &Day"), QStringLiteral("go"), {QKeySequence(Qt::Key_BracketRight)}),
            &QAction::triggered, this, &MainWindow::nextDay);
    connect(a->add(QStringLiteral("day.previous"), tr("Previous D&ay"), QStringLiteral("go"), {QKeySequence(Qt::Key_BracketLeft)}),
            &QAction::triggered, this, &MainWindow::previousDay);
    connect(a->add(QStringLiteral("view.zoom_in"), tr("Zoom &In"), QStringLiteral("view"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)}),
            &QAction::triggered, this, [this] { m_summary->zoomIn(1); });
    connect(a->add(QStringLiteral("view.zoom_out"), tr("Zoom &Out"), QStringLiteral("view"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}),
            &QAction::triggered, this, [this] { m_summary->zoomOut(1); });
    connect(a->add(QStringLiteral("help.about"), tr("&About Paperboy"), QStringLiteral("help"), {QKeySequence(Qt::Key_F1)}),
            &QAction::triggered, this, [this] {
                QMessageBox::about(this, tr("About Paperboy"),
                                   tr("<h3>Paperboy %1</h3><p>A reader for daily AI-paper digests.</p>"
                                      "<p>Built with Qt %2, md4c and SQLite.</p>")
                                       .arg(QStringLiteral(PAPERBOY_VERSION), QString::fromLatin1(qVersion())));
            });
    for (QAction *action : a->actions())
        addAction(action);
}

void MainWindow::createMenus()
{
    const QList<std::pair<QString, QString>> menus{
        {QStringLiteral("file"), tr("&File")},
        {QStringLiteral("go"), tr("&Go")},
        {QStringLiteral("view"), tr("&View")},
        {QStringLiteral("help"), tr("&Help")},
    };
    for (const auto &[id, title] : menus) {
        QMenu *menu = menuBar()->addMenu(title);
        menu->setObjectName(QStringLiteral("menu.") + id);
        for (QAction *action : m_actions->actionsInMenu(id)) {
            if (action->objectName() == QLatin1StringView("file.quit"))
                menu->addSeparator();
            menu->addAction(action);
        }
    }
}

QDate MainWindow::currentDay() const
{
    return m_dayList->currentIndex().data(DateRole).toDate();
}

QString MainWindow::currentPaperId() const
{
    return m_paperTree->currentIndex().data(ArxivIdRole).toString();
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
        if (auto detail = m_library->paper(id, currentDay()))
            m_summary->showPaper(*detail);
    }
    const int section = idx.data(SectionIndexRole).toInt();
    if (section >= 0)
        m_summary->scrollToSection(section);
    updateStatus();
}

void MainWindow::nextPaper()
{
    const QModelIndex cur = m_paperTree->currentIndex();
    const int row = cur.isValid() ? (cur.parent().isValid() ? cur.parent().row() : cur.row()) : -1;
    if (row + 1 < m_paperModel->paperCount()) {
        m_paperTree->setCurrentIndex(m_paperModel->index(row + 1, 0));
        return;
    }
    // At the end of a day, go on with the first paper of the day after (older, below in the list).
    const int day = m_dayList->currentIndex().row();
    if (day + 1 < m_dayModel->rowCount())
        m_dayList->setCurrentIndex(m_dayModel->index(day + 1));
}

void MainWindow::previousPaper()
{
    const QModelIndex cur = m_paperTree->currentIndex();
    const int row = cur.isValid() ? (cur.parent().isValid() ? cur.parent().row() : cur.row()) : 0;
    if (cur.parent().isValid()) {
        m_paperTree->setCurrentIndex(cur.parent());
        return;
    }
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
    if (day + 1 < m_dayModel->rowCount())
        m_dayList->setCurrentIndex(m_dayModel->index(day + 1));
}

void MainWindow::previousDay()
{
    const int day = m_dayList->currentIndex().row();
    if (day > 0)
        m_dayList->setCurrentIndex(m_dayModel->index(day - 1));
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
    QSettings().setValue(QStringLiteral("library/watchedFolders"), folders);
    m_watcher->setFolders(folders);
    startImport({dir});
}

bool MainWindow::isImporting() const
{
    return m_importTask != nullptr;
}

void MainWindow::startImport(const QStringList &paths)
{
    if (m_importTask) {
        statusBar()->showMessage(tr("An import is already running"), 5000);
        return;
    }
    m_importTask = new ImportTask(m_library, paths, this);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_actions->action(QStringLiteral("file.cancel_import"))->setEnabled(true);
    connect(m_importTask, &ImportTask::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_importTask, &ImportTask::finished, this, [this](bool cancelled) {
        const QList<ImportResult> results = m_importTask->results();
        m_importTask->wait();
        m_importTask->deleteLater();
        m_importTask = nullptr;
        m_progress->hide();
        m_actions->action(QStringLiteral("file.cancel_import"))->setEnabled(false);
        int imported = 0, unchanged = 0, rejected = 0;
        QStringList problems;
        for (const auto &r : results) {
            (r.outcome == ImportResult::Outcome::Imported ? imported : r.outcome == ImportResult::Outcome::Unchanged ? unchanged : rejected) += 1;
            for (const auto &d : r.diagnostics)
                problems << d.toString();
        }
        QString message = tr("%n digest(s) imported", nullptr, imported);
        if (unchanged)
            message += tr(", %n unchanged", nullptr, unchanged);
        if (rejected)
            message += tr(", %n rejected", nullptr, rejected);
        if (cancelled)
            message += tr(" (cancelled)");
        statusBar()->showMessage(message, 10000);
        if (!problems.isEmpty() && isVisible())
            QMessageBox::warning(this, tr("Import"), tr("Some digests had problems:") + u'\n' + problems.mid(0, 30).join(u'\n'));
    });
    m_importTask->start();
}

void MainWindow::cancelImport()
{
    if (m_importTask)
        m_importTask->cancel();
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("%n day(s)", nullptr, m_dayModel->rowCount()) + QStringLiteral(" · ")
                      + tr("%n paper(s) on this day", nullptr, m_paperModel->paperCount()));
}

} // namespace Paperboy::Ui
