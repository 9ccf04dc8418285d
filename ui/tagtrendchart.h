// The most used tags over the months: a line per tag, papers per month (dated by their first listed day).
#pragma once

#include "library/statistics.h"

#include <QChartView>

class QCategoryAxis;
class QLineSeries;

namespace Paperboy::Ui {

class TagTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TagTrendChart(QWidget *parent = nullptr);

    void setTrends(const QList<QDate> &months, const QList<Core::TagTrend> &tags);
    // One per tag, in the order given; x is the month's index, y its papers.
    QList<QLineSeries *> series() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void relabel();

    bool m_empty = true;
    QCategoryAxis *m_x = nullptr;
    QList<QDate> m_months;
};

} // namespace Paperboy::Ui
