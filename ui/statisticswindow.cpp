// StatisticsWindow: the reading figures of a range, drawn from Library::statistics().
#include "statisticswindow.h"

#include "actionregistry.h"
#include "decisionschart.h"
#include "readingheatmap.h"
#include "tagtrendchart.h"

#include "common/atomicfile.h"
#include "library/library.h"

#include <QActionGroup>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

namespace {

// Charts side by side from this width of the figures on, one above the other below it.
constexpr int SideBySideWidth = 1100;

} // namespace

StatisticsWindow::StatisticsWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_actions(new ActionRegistry(this))
    , m_rangeBox(new QComboBox(this))
    , m_figures(new QWidget)
    , m_heading(new QLabel(m_figures))
    , m_heatmap(new ReadingHeatmap(m_figures))
    , m_charts(new QBoxLayout(QBoxLayout::TopToBottom))
    , m_decisions(new DecisionsChart(m_figures))
    , m_tags(new TagTrendChart(m_figures))
{
    setObjectName(QStringLiteral("statisticsWindow"));
    setWindowTitle(tr("Reading Statistics"));

    // The range chooser and the exports; not part of what is exported.
    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    auto *rangeLabel = new QLabel(tr("&Range:"), bar);
    rangeLabel->setBuddy(m_rangeBox);
    m_rangeBox->setObjectName(QStringLiteral("statisticsRange"));
    m_rangeBox->addItem(tr("Last 12 months"), int(Range::LastYear));
    m_rangeBox->addItem(tr("This year"), int(Range::ThisYear));
    m_rangeBox->addItem(tr("All"), int(Range::All));
    auto *png = new QPushButton(tr("Export &PNG…"), bar);
    png->setObjectName(QStringLiteral("exportPng"));
    auto *svg = new QPushButton(tr("Export S&VG…"), bar);
    svg->setObjectName(QStringLiteral("exportSvg"));
    barLayout->addWidget(rangeLabel);
    barLayout->addWidget(m_rangeBox);
    barLayout->addStretch();
    barLayout->addWidget(png);
    barLayout->addWidget(svg);
    connect(png, &QPushButton::clicked, this, &StatisticsWindow::exportPng);
    connect(svg, &QPushButton::clicked, this, &StatisticsWindow::exportSvg);

    m_figures->setObjectName(QStringLiteral("statisticsFigures"));
    m_figures->setAutoFillBackground(true);
    m_figures->setBackgroundRole(QPalette::Window);
    m_figures->installEventFilter(this);
    auto *layout = new QVBoxLayout(m_figures);
    layout->setSpacing(12);
    m_heading->setObjectName(QStringLiteral("statisticsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    auto *totals = new QHBoxLayout;
    totals->setSpacing(24);
    for (const char *name : {"totalRead", "totalKept", "totalLater", "totalSkipped", "currentStreak", "longestStreak"}) {
        auto *label = new QLabel(m_figures);
        label->setObjectName(QLatin1StringView(name));
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        totals->addWidget(label);
        m_totals << label;
    }
    totals->addStretch();
    layout->addLayout(totals);
    layout->addWidget(m_heatmap);
    m_charts->setSpacing(12);
    m_charts->addWidget(m_decisions, 1);
    m_charts->addWidget(m_tags, 1);
    layout->addLayout(m_charts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statisticsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_figures);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(bar);
    column->addWidget(scroll, 1);
    setCentralWidget(central);
    statusBar();

    createActions();
    m_actions->loadOverrides();
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) { setRange(Range(m_rangeBox->itemData(index).toInt())); });
    connect(m_heatmap, &ReadingHeatmap::currentDayChanged, this, [this](const QDate &day) { m_heatmap->setAccessibleDescription(m_heatmap->dayText(day)); });

    // Figures change with what the reader does; read them again once per turn of the event loop.
    const auto queueReload = [this] {
        if (!isVisible() || m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &StatisticsWindow::reload);
    };
    connect(library, &Library::papersChanged, this, queueReload);
    connect(library, &Library::tagsChanged, this, queueReload);
    connect(library, &Library::daysChanged, this, queueReload);
    connect(library, &Library::historyChanged, this, queueReload);

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1200, screen.width() - 40), std::min(860, screen.height() - 40));
    reload();
}

StatisticsWindow::~StatisticsWindow() = default;

void StatisticsWindow::createActions()
{
    const auto add = [this](const char *id, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = m_actions->add(QString::fromLatin1(id), text, QStringLiteral("statistics"), keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    using K = QKeySequence;
    m_actions->addMenu(QStringLiteral("statistics"), tr("&Statistics"));
    add("statistics.export_png", tr("Export as &PNG…"), {K(Qt::CTRL | Qt::Key_S)}, &StatisticsWindow::exportPng);
    add("statistics.export_svg", tr("Export as S&VG…"), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, &StatisticsWindow::exportSvg);
    m_actions->startGroup();
    auto *ranges = new QActionGroup(this);
    const QList<std::tuple<const char *, QString, Qt::Key, Range>> choices{
        {"statistics.range_last_year", tr("Last &12 Months"), Qt::Key_1, Range::LastYear},
        {"statistics.range_this_year", tr("This &Year"), Qt::Key_2, Range::ThisYear},
        {"statistics.range_all", tr("&All Time"), Qt::Key_3, Range::All},
    };
    for (const auto &[id, text, key, range] : choices) {
        QAction *action = add(id, text, {K(Qt::CTRL | key)}, [this, range] { setRange(range); });
        action->setCheckable(true);
        action->setChecked(range == m_range);
        ranges->addAction(action);
    }
    m_actions->startGroup();
    add("statistics.reload", tr("&Reload"), {K(Qt::Key_F5)}, &StatisticsWindow::reload);
    add("statistics.close", tr("&Close"), {K(Qt::Key_Escape), K(Qt::CTRL | Qt::Key_W)}, &QWidget::close);
    m_actions->fillMenuBar(menuBar());
}

std::pair<QDate, QDate> StatisticsWindow::datesOf(Range range) const
{
    const QDate today = QDate::currentDate();
    auto dates = Statistics::defaultRange(today);
    if (range == Range::ThisYear) {
        dates.first = QDate(today.year(), 1, 1);
    } else if (range == Range::All) {
        const QDate first = m_library->statistics().firstDay();
        if (first.isValid() && first <= today)
            dates.first = first;
    }
    return dates;
}

void StatisticsWindow::setRange(Range range)
{
    m_range = range;
    m_rangeBox->setCurrentIndex(m_rangeBox->findData(int(range)));
    const char *ids[] = {"statistics.range_last_year", "statistics.range_this_year", "statistics.range_all"};
    if (QAction *action = m_actions->action(QString::fromLatin1(ids[int(range)])))
        action->setChecked(true);
    reload();
}

void StatisticsWindow::reload()
{
    m_reloadQueued = false;
    const auto [from, to] = datesOf(m_range);
    m_stats = m_library->statistics().compute(from, to);
    //: The statistics' heading: the first and last day (YYYY-MM-DD).
    m_heading->setText(tr("Reading statistics, %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    m_heading->setToolTip(tr("Days are local dates. Tags count a paper in the month a digest first listed it."));
    showTotals();
    m_heatmap->setDays(m_stats.days);
    m_decisions->setWeeks(m_stats.weeks);
    m_tags->setTrends(m_stats.months, m_stats.topTags);
}

void StatisticsWindow::showTotals()
{
    const QLocale locale;
    const StatisticsTotals &t = m_stats.totals;
    const auto figure = [&locale](int value, const QString &caption) {
        return QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span><br/>%2").arg(locale.toString(value), caption.toHtmlEscaped());
    };
    const QList<QString> texts{
        figure(t.read, tr("papers read on %n day(s)", nullptr, t.daysRead)),
        figure(t.kept, tr("kept")),
        figure(t.later, tr("for later")),
        figure(t.skipped, tr("skipped")),
        figure(t.currentStreak, tr("days in a row now")),
        figure(t.longestStreak, tr("days in a row at most")),
    };
    for (qsizetype i = 0; i < m_totals.size(); ++i)
        m_totals[i]->setText(texts[i]);
    m_totals[5]->setToolTip(t.longestStreakEnd.isValid() ? tr("Ended on %1").arg(QLocale().toString(t.longestStreakEnd, QLocale::LongFormat)) : QString());
}

QImage StatisticsWindow::renderImage() const
{
    return m_figures->grab().toImage();
}

Status StatisticsWindow::writePng(const QString &path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage().save(&buffer, "PNG"))
        return Status::failure(tr("cannot make the PNG image"));
    return AtomicFile::write(path, bytes);
}

Status StatisticsWindow::writeSvg(const QString &path) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(m_figures->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_figures->size()));
    svg.setTitle(windowTitle());
    svg.setDescription(m_heading->text());
    QPainter painter;
    if (!painter.begin(&svg))
        return Status::failure(tr("cannot make the SVG drawing"));
    m_figures->render(&painter);
    painter.end();
    return AtomicFile::write(path, bytes);
}

void StatisticsWindow::exportPng()
{
    exportAs(QStringLiteral("png"));
}

void StatisticsWindow::exportSvg()
{
    exportAs(QStringLiteral("svg"));
}

void StatisticsWindow::exportAs(const QString &suffix)
{
    const bool png = suffix == QLatin1StringView("png");
    if (m_exportDir.isEmpty())
        m_exportDir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (m_exportDir.isEmpty() || !QFileInfo(m_exportDir).isDir())
        m_exportDir = QDir::homePath();
    //: File name offered for an export of the statistics (a date follows).
    const QString name = tr("reading-statistics") + u'-' + m_stats.to.toString(Qt::ISODate) + u'.' + suffix;
    QString path = QFileDialog::getSaveFileName(this, png ? tr("Export Statistics as PNG") : tr("Export Statistics as SVG"), QDir(m_exportDir).filePath(name),
                                                png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    m_exportDir = QFileInfo(path).absolutePath();
    const Status s = png ? writePng(path) : writeSvg(path);
    if (!s) {
        QMessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void StatisticsWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        reload();
}

bool StatisticsWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_figures && event->type() == QEvent::Resize)
        m_charts->setDirection(m_figures->width() >= SideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
