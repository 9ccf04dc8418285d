// TopicsWindow: the rising topics of Library::topics(), a topic's weeks as bars and its papers.
#include "topicswindow.h"

#include "actionregistry.h"
#include "chartstyle.h"

#include "annotate/annotationcommands.h"
#include "library/library.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

namespace {

enum PaperRole { DayRole = Qt::UserRole, IdRole };

} // namespace

TopicsWindow::TopicsWindow(Library *library, QUndoStack *undo, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_undo(undo)
    , m_actions(new ActionRegistry(this))
    , m_heading(new QLabel(this))
    , m_topics(new QTreeWidget(this))
    , m_topicHeading(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_papers(new QListWidget(this))
{
    setObjectName(QStringLiteral("topicsWindow"));
    setWindowTitle(tr("Rising Topics"));

    m_heading->setObjectName(QStringLiteral("topicsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    m_topics->setObjectName(QStringLiteral("topicList"));
    m_topics->setRootIsDecorated(false);
    m_topics->setUniformRowHeights(true);
    m_topics->setAllColumnsShowFocus(true);
    m_topics->setHeaderLabels({tr("Topic"), tr("Score"), tr("Recent")});
    m_topics->header()->setStretchLastSection(false);
    m_topics->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_topics->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_topics->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_topics->setAccessibleName(tr("Rising topics"));

    m_topicHeading->setObjectName(QStringLiteral("topicHeading"));
    m_topicHeading->setTextFormat(Qt::PlainText);
    m_topicHeading->setWordWrap(true);
    QFont headingFont = m_topicHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_topicHeading->setFont(headingFont);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setObjectName(QStringLiteral("topicChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_chartView->setMinimumHeight(160);
    m_chartView->installEventFilter(this);

    m_papers->setObjectName(QStringLiteral("topicPapers"));
    m_papers->setAccessibleName(tr("Papers of the topic"));
    m_papers->setUniformItemSizes(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_topicHeading);
    rightLayout->addWidget(m_chartView, 3);
    auto *papersLabel = new QLabel(tr("&Papers (Enter opens one):"), right);
    papersLabel->setBuddy(m_papers);
    rightLayout->addWidget(papersLabel);
    rightLayout->addWidget(m_papers, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("topicsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_topics);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->addWidget(m_heading);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar();
    setTabOrder(m_topics, m_papers);

    createActions();
    m_actions->loadOverrides();

    connect(m_topics, &QTreeWidget::currentItemChanged, this, &TopicsWindow::showTopic);
    connect(m_papers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT openPaperRequested(item->data(DayRole).toDate(), item->data(IdRole).toString());
    });
    const auto queueReload = [this] {
        if (!isVisible() || m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &TopicsWindow::reload);
    };
    connect(library, &Library::daysChanged, this, queueReload);

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1100, screen.width() - 40), std::min(760, screen.height() - 40));
    reload();
}

TopicsWindow::~TopicsWindow() = default;

void TopicsWindow::createActions()
{
    const auto add = [this](const char *id, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = m_actions->add(QString::fromLatin1(id), text, QStringLiteral("topics"), keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    using K = QKeySequence;
    m_actions->addMenu(QStringLiteral("topics"), tr("&Topics"));
    add("topics.smart_list", tr("Make a Smart &List from the Topic"), {K(Qt::CTRL | Qt::Key_D)}, &TopicsWindow::makeSmartList);
    add("topics.tag", tr("&Tag the Topic's Papers"), {K(Qt::CTRL | Qt::Key_T)}, &TopicsWindow::tagPapers);
    m_actions->startGroup();
    add("topics.reload", tr("&Reload"), {K(Qt::Key_F5)}, &TopicsWindow::reload);
    add("topics.close", tr("&Close"), {K(Qt::Key_Escape), K(Qt::CTRL | Qt::Key_W)}, &QWidget::close);
    m_actions->fillMenuBar(menuBar());
}

void TopicsWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_topics->setFocus();
}

void TopicsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::apply(m_chart, palette());
    QMainWindow::changeEvent(event);
}

void TopicsWindow::reload()
{
    m_reloadQueued = false;
    const QString previous = currentTopic() ? currentTopic()->term : QString();
    m_result = m_library->topics().compute();
    const QLocale locale;
    if (!m_result.to.isValid()) {
        m_heading->setText(tr("No papers yet: rising topics need digests of some weeks."));
    } else {
        const int recentWeeks = int(m_result.recentFrom.daysTo(m_result.to) / 7) + 1;
        m_heading->setText(tr("Words whose share of papers rose in the %n week(s) to %1 (%2 papers), against the weeks before (%3 papers).",
                              nullptr, recentWeeks)
                               .arg(locale.toString(m_result.to, QLocale::LongFormat), locale.toString(m_result.recentPapers),
                                    locale.toString(m_result.baselinePapers)));
    }
    m_topics->clear();
    int select = 0;
    for (qsizetype i = 0; i < m_result.topics.size(); ++i) {
        const Topic &t = m_result.topics[i];
        auto *item = new QTreeWidgetItem(m_topics);
        item->setText(0, t.term);
        item->setText(1, locale.toString(t.score, 'f', 1));
        item->setText(2, tr("%n recently", nullptr, t.recent));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("%1: %2 papers in the recent weeks, %3 before").arg(t.term).arg(t.recent).arg(t.baseline));
        if (t.term == previous)
            select = int(i);
    }
    if (m_result.topics.isEmpty()) {
        showTopic();
        statusBar()->showMessage(tr("No word rose enough: a topic needs %1 papers or more in the recent weeks.").arg(Topics::MinRecent));
    } else {
        setCurrentTopic(select);
    }
}

const Topic *TopicsWindow::currentTopic() const
{
    const int row = m_topics->currentItem() ? m_topics->indexOfTopLevelItem(m_topics->currentItem()) : -1;
    return row >= 0 && row < m_result.topics.size() ? &m_result.topics[row] : nullptr;
}

void TopicsWindow::setCurrentTopic(int row)
{
    if (QTreeWidgetItem *item = m_topics->topLevelItem(row))
        m_topics->setCurrentItem(item);
}

void TopicsWindow::showTopic()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // the chart lets go of a removed axis
        delete axis;
    }
    m_bars = nullptr;
    m_x = nullptr;
    m_papers->clear();
    const Topic *topic = currentTopic();
    if (!topic) {
        m_topicHeading->clear();
        m_chart->setTitle(QString());
        return;
    }
    const QLocale locale;
    m_topicHeading->setText(tr("%1 — %n paper(s) in the recent weeks", nullptr, topic->recent).arg(topic->term)
                            + QStringLiteral(", ") + tr("%n before", nullptr, topic->baseline));

    m_bars = new QBarSet(topic->term);
    m_bars->setColor(ChartStyle::seriesColor(0));
    m_bars->setBorderColor(ChartStyle::seriesColor(0));
    int most = 1;
    for (qsizetype w = 0; w < m_result.weeks.size(); ++w) {
        const int n = topic->weekly.value(w);
        m_bars->append(n);
        most = std::max(most, n);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    series->append(m_bars);
    m_chart->addSeries(series);
    // Bar w stands at x = w; the months along the bottom, from the week each begins in.
    const qreal weeks = qreal(std::max<qsizetype>(1, m_result.weeks.size()));
    QList<QDate> months;
    QList<qreal> starts;
    for (QDate m(m_result.from.year(), m_result.from.month(), 1); m <= m_result.to; m = m.addMonths(1)) {
        months << m;
        starts << std::max<qreal>(-0.5, qreal(m_result.from.daysTo(m)) / 7.0 - 0.5);
    }
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(-0.5, weeks - 0.5);
    m_months = months;
    m_monthStarts = starts;
    m_x = x;
    // Whole numbers on the left: the top rounded up to a multiple of four.
    auto *y = new QValueAxis;
    const int top = most <= 4 ? most : (most + 3) / 4 * 4;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(top, 4) + 1);
    y->setTitleText(tr("Papers per week"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    labelMonths();
    ChartStyle::apply(m_chart, palette());
    m_chartView->setAccessibleDescription(tr("%1 papers per week, from %2: %3")
                                              .arg(topic->term, locale.toString(m_result.from, QLocale::ShortFormat),
                                                   [&] {
                                                       QStringList counts;
                                                       for (int n : topic->weekly)
                                                           counts << QString::number(n);
                                                       return counts.join(QStringLiteral(", "));
                                                   }()));

    for (const TopicPaper &p : topic->papers) {
        auto *item = new QListWidgetItem(locale.toString(p.day, QLocale::ShortFormat) + QStringLiteral("  ") + p.title, m_papers);
        item->setData(DayRole, p.day);
        item->setData(IdRole, p.arxivId);
        item->setToolTip(p.arxivId);
    }
    if (m_papers->count() > 0)
        m_papers->setCurrentRow(0);
}

void TopicsWindow::labelMonths()
{
    if (!m_x)
        return;
    const qreal weeks = qreal(std::max<qsizetype>(1, m_result.weeks.size()));
    const qreal plot = m_chart->plotArea().width() > 10 ? m_chart->plotArea().width() : m_chartView->width() - 80;
    ChartStyle::setMonths(m_x, m_months, m_monthStarts, weeks - 0.5, std::max<qreal>(plot, 1) / weeks);
}

bool TopicsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &TopicsWindow::labelMonths);
    return QMainWindow::eventFilter(watched, event);
}

void TopicsWindow::makeSmartList()
{
    const Topic *topic = currentTopic();
    if (!topic)
        return;
    const QString name = m_library->smartLists().freeName(topic->term);
    QString quoted = topic->term;
    quoted.replace(u'"', QString());
    const Status s = m_library->smartLists().add(name, u'"' + quoted + u'"');
    statusBar()->showMessage(s ? tr("Smart list \"%1\" added: it finds the papers with %2.").arg(name, topic->term)
                               : tr("The smart list could not be added: %1").arg(s.message()));
}

void TopicsWindow::tagPapers()
{
    const Topic *topic = currentTopic();
    if (!topic || topic->papers.isEmpty())
        return;
    QStringList ids;
    for (const TopicPaper &p : topic->papers)
        ids << p.arxivId;
    const QString term = topic->term;
    if (m_undo) {
        m_undo->push(new TagCommand(m_library, ids, term, true));
    } else if (const Status s = m_library->annotations().tagPapers(ids, term); !s) {
        statusBar()->showMessage(tr("The papers could not be tagged: %1").arg(s.message()));
        return;
    }
    statusBar()->showMessage(tr("%n paper(s) tagged \"%1\".", nullptr, int(ids.size())).arg(term));
}

} // namespace Paperboy::Ui
