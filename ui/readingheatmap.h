// A calendar of papers read per day: a column per week, a row per weekday, darker for more.
#pragma once

#include "library/statistics.h"

#include <QWidget>

#include <optional>

namespace Paperboy::Ui {

// Drawn with QPainter in the palette's colours (empty days between Base and Text, read days
// towards Highlight), month and weekday names from QLocale, weeks starting on the locale's first
// day of the week. A tooltip per day; with the keys, arrows move the current day (left and right
// by a week) and currentDayChanged says what it holds.
class ReadingHeatmap : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Levels = 5; // 0: nothing read, 4: the most

    explicit ReadingHeatmap(QWidget *parent = nullptr);

    void setDays(const QList<Core::StatisticsDay> &days);
    int cellCount() const { return int(m_days.size()); }
    int columnCount() const { return m_columns; }
    // Where the day's cell is drawn; empty for a day outside the range.
    QRect cellRect(const QDate &day) const;
    QDate dayAt(const QPoint &pos) const;
    std::optional<Core::StatisticsDay> day(const QDate &date) const;
    // "Saturday, 24 May 2025: 2 read, 1 kept"
    QString dayText(const QDate &date) const;
    int level(int read) const;
    QColor levelColor(int level) const;
    QDate currentDay() const { return m_current; }
    void setCurrentDay(const QDate &day);

    // The height the calendar needs at a width (it keeps it: a fixed height set on each resize).
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentDayChanged(const QDate &day);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Layout {
        int left = 0; // x of the first column
        int top = 0; // y of the first row
        int cell = 0; // cell pitch; the square is cell - gap
        int gap = 0;
        int legendTop = 0;
        int height = 0;
    };
    Layout layoutFor(int width) const;
    int rowOf(const QDate &day) const;

    QList<Core::StatisticsDay> m_days;
    QDate m_firstColumn; // the first day of the week the range starts in
    int m_columns = 0;
    int m_most = 0;
    QDate m_current;
};

} // namespace Paperboy::Ui
