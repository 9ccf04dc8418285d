// DecisionsChart: a QStackedBarSeries of keep, later and skip per ISO week.
#include "decisionschart.h"

#include "chartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Paperboy::Ui {

DecisionsChart::DecisionsChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QStackedBarSeries)
    , m_keep(new QBarSet(tr("Keep")))
    , m_later(new QBarSet(tr("Later")))
    , m_skip(new QBarSet(tr("Skip")))
{
    setObjectName(QStringLiteral("decisionsChart"));
    setAccessibleName(tr("Decisions per week"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    auto *chart = new QChart;
    chart->setTitle(tr("Decisions per week"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the card fills the view, as the calendar's does
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignTop);
    m_series->append({m_keep, m_later, m_skip});
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);
    // QChartView made a chart of its own; setChart() only lets go of it.
    QChart *own = this->chart();
    setChart(chart);
    delete own;
    // Month names are fitted to the plot's width once the chart is laid out.
    connect(chart, &QChart::plotAreaChanged, this, [this] { relabel(); });
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), weekText(index), this);
        else
            QToolTip::hideText();
    });
    setWeeks({});
}

void DecisionsChart::setWeeks(const QList<Core::StatisticsWeek> &weeks)
{
    m_weeks = weeks;
    for (QBarSet *set : {m_keep, m_later, m_skip})
        set->remove(0, set->count());
    int most = 0;
    for (const Core::StatisticsWeek &w : weeks) {
        m_keep->append(w.keep);
        m_later->append(w.later);
        m_skip->append(w.skip);
        most = std::max(most, w.decisions());
    }

    QChart *c = chart();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // Months along the bottom: a category from the first week that starts in a month to the next.
    m_x = new QCategoryAxis;
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_x->setRange(-0.5, std::max<qsizetype>(1, weeks.size()) - 0.5);
    m_months.clear();
    m_monthStarts.clear();
    for (int i = 0; i < weeks.size(); ++i) {
        const QDate month(weeks[i].monday.year(), weeks[i].monday.month(), 1);
        if (m_months.isEmpty() || m_months.last() != month) {
            m_months << month;
            m_monthStarts << i - 0.5;
        }
    }
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    const int top = std::max(1, most);
    y->setRange(0, top);
    if (top <= 8)
        y->setTickCount(top + 1);
    else
        y->applyNiceNumbers();
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(y);
    relabel();
    restyle();
}

void DecisionsChart::relabel()
{
    if (!m_x)
        return;
    const qreal units = std::max<qsizetype>(1, m_weeks.size());
    const qreal plot = chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 80;
    ChartStyle::setMonths(m_x, m_months, m_monthStarts, units - 0.5, std::max<qreal>(plot, 1) / units);
}

QString DecisionsChart::weekText(int index) const
{
    if (index < 0 || index >= m_weeks.size())
        return {};
    const Core::StatisticsWeek &w = m_weeks[index];
    //: A bar of the weekly decisions chart: ISO week number, its Monday, the counts.
    return tr("Week %1 (from %2): %3 kept, %4 later, %5 skipped")
        .arg(w.week)
        .arg(QLocale().toString(w.monday, QLocale::ShortFormat))
        .arg(w.keep)
        .arg(w.later)
        .arg(w.skip);
}

void DecisionsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void DecisionsChart::restyle()
{
    setBackgroundBrush(palette().color(QPalette::Window));
    ChartStyle::apply(chart(), palette());
    const QList<QBarSet *> sets{m_keep, m_later, m_skip};
    const QList<QColor> colors{ChartStyle::seriesColor(2), ChartStyle::seriesColor(0),
                               palette().color(QPalette::Mid).lightness() < 128 ? QColor(0x8a, 0x8f, 0x96) : QColor(0xa8, 0xad, 0xb4)};
    for (int i = 0; i < 3; ++i) {
        sets[i]->setColor(colors[i]);
        sets[i]->setBorderColor(colors[i]);
    }
}

} // namespace Paperboy::Ui
