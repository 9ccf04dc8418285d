// The day list's rows grouped by month: the first day of each month (newest first) carries the
// month's name above it ("June 2025"), drawn by the delegate so the model stays one row per day.
// A day with muted papers has a small second line, "3 muted", so the label keeps its width.
#pragma once

#include <QStyledItemDelegate>

namespace Paperboy::Ui {

class DayDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The month heading drawn above the row, "" when the row above is of the same month.
    static QString monthHeading(const QModelIndex &index);
    // The line below a day with muted papers ("3 muted"), "" for a day without.
    static QString mutedNote(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int headingHeight(const QStyleOptionViewItem &option);
    static QFont noteFont(const QStyleOptionViewItem &option);
    // The day's own row (below its month heading): the label, and the muted note under it.
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Paperboy::Ui
