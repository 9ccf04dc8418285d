// MainWindow: wiring of panes, models and actions.
#include "mainwindow.h"

#include "summaryview.h"

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
    if (files.isEmpty())
        return;
    const auto results = m_library->importPaths(files);
    int imported = 0, rejected = 0;
    QStringList problems;
    for (const auto &r : results) {
        (r.outcome == ImportResult::Outcome::Rejected ? rejected : imported) += 1;
        for (const auto &d : r.diagnostics)
            problems << d.toString();
    }
    statusBar()->showMessage(tr("Imported %n file(s)", nullptr, imported) + (rejected ? tr(", %n rejected", nullptr, rejected) : QString()), 8000);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Import"), tr("Some digests had problems:") + u'\n' + problems.mid(0, 30).join(u'\n'));
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (dir.isEmpty())
        return;
    const auto results = m_library->importPaths({dir});
    statusBar()->showMessage(tr("Read %n file(s)", nullptr, int(results.size())), 8000);
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("%n day(s)", nullptr, m_dayModel->rowCount()) + QStringLiteral(" · ")
                      + tr("%n paper(s) on this day", nullptr, m_paperModel->paperCount()));
}

} // namespace Paperboy::Ui
