// TagTrendChart: a QLineSeries per top tag over the months of the range.
#include "tagtrendchart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Paperboy::Ui {

TagTrendChart::TagTrendChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("tagTrendChart"));
    setAccessibleName(tr("Top tags by month"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the card fills the view, as the calendar's does
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    // QChartView made a chart of its own; setChart() only lets go of it.
    QChart *own = this->chart();
    setChart(chart);
    delete own;
    // Month names are fitted to the plot's width once the chart is laid out.
    connect(chart, &QChart::plotAreaChanged, this, [this] { relabel(); });
    setTrends({}, {});
}

void TagTrendChart::setTrends(const QList<QDate> &months, const QList<Core::TagTrend> &tags)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_empty = tags.isEmpty();
    c->setTitle(m_empty ? tr("Top tags by month: no tagged papers were first listed in this range") : tr("Top tags by month"));

    m_months = months;
    m_x = new QCategoryAxis;
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_x->setRange(-0.5, std::max<qsizetype>(1, months.size()) - 0.5);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    int most = 0;
    for (const Core::TagTrend &t : tags)
        for (int n : t.perMonth)
            most = std::max(most, n);
    const int top = std::max(1, most);
    y->setRange(0, top);
    if (top <= 8)
        y->setTickCount(top + 1);
    else
        y->applyNiceNumbers();
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    for (const Core::TagTrend &t : tags) {
        auto *line = new QLineSeries;
        //: A line of the tags chart: the tag and its papers in the range.
        line->setName(tr("%1 (%2)").arg(t.tag).arg(t.papers));
        for (qsizetype m = 0; m < t.perMonth.size(); ++m)
            line->append(qreal(m), t.perMonth[m]);
        line->setPointsVisible(true);
        c->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, [this, line, months, tag = t.tag](const QPointF &point, bool on) {
            const qsizetype m = qRound(point.x());
            if (!on || m < 0 || m >= months.size()) {
                QToolTip::hideText();
                return;
            }
            //: Tooltip of a point of the tags chart: tag, month, papers.
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %n paper(s)", nullptr, int(line->at(m).y())).arg(tag, QLocale().toString(months[m], QStringLiteral("MMMM yyyy"))),
                               this);
        });
    }
    relabel();
    restyle();
}

void TagTrendChart::relabel()
{
    if (!m_x)
        return;
    QList<qreal> starts;
    for (qsizetype m = 0; m < m_months.size(); ++m)
        starts << m - 0.5;
    const qreal units = std::max<qsizetype>(1, m_months.size());
    const qreal plot = chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 80;
    ChartStyle::setMonths(m_x, m_months, starts, units - 0.5, std::max<qreal>(plot, 1) / units);
}

QList<QLineSeries *> TagTrendChart::series() const
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            out << line;
    return out;
}

void TagTrendChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void TagTrendChart::restyle()
{
    setBackgroundBrush(palette().color(QPalette::Window));
    ChartStyle::apply(chart(), palette());
    const QList<QLineSeries *> lines = series();
    for (int i = 0; i < lines.size(); ++i) {
        QPen pen(ChartStyle::seriesColor(i), 2.5);
        lines[i]->setPen(pen);
        lines[i]->setBrush(ChartStyle::seriesColor(i));
    }
}

} // namespace Paperboy::Ui
