// The triage decisions of each week (keep, later, skip) as stacked bars, months along the axis.
#pragma once

#include "library/statistics.h"

#include <QChartView>

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;

namespace Paperboy::Ui {

class DecisionsChart : public QChartView
{
    Q_OBJECT

public:
    explicit DecisionsChart(QWidget *parent = nullptr);

    // A bar per week, in order; the axis names the months the weeks begin in.
    void setWeeks(const QList<Core::StatisticsWeek> &weeks);
    QStackedBarSeries *series() const { return m_series; }
    // "Week 21 (from 19 May): 2 kept, 1 later, 2 skipped"
    QString weekText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    // The month names that fit the axis at its width.
    void relabel();

    QStackedBarSeries *m_series;
    QBarSet *m_keep;
    QBarSet *m_later;
    QBarSet *m_skip;
    QCategoryAxis *m_x = nullptr;
    QList<Core::StatisticsWeek> m_weeks;
    QList<QDate> m_months;
    QList<qreal> m_monthStarts;
};

} // namespace Paperboy::Ui
