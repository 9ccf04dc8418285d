// DayDelegate: a heading band above the first day of a month, the day itself below it as usual.
#include "daydelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

namespace Paperboy::Ui {

QString DayDelegate::monthHeading(const QModelIndex &index)
{
    const QDate day = index.data(Core::DateRole).toDate();
    if (!day.isValid())
        return {};
    const QDate above = index.row() > 0 ? index.siblingAtRow(index.row() - 1).data(Core::DateRole).toDate() : QDate();
    if (above.isValid() && above.year() == day.year() && above.month() == day.month())
        return {};
    //: The heading above a month's days in the day list, e.g. "June 2025" / "2025년 6월".
    return QLocale().toString(day, tr("MMMM yyyy"));
}

int DayDelegate::headingHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QSize DayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!monthHeading(index).isEmpty())
        size.rheight() += headingHeight(option);
    return size;
}

void DayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString heading = monthHeading(index);
    if (heading.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int band = headingHeight(option);
    QRect top = option.rect;
    top.setHeight(band);
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    const QPalette &palette = option.widget ? option.widget->palette() : QApplication::palette();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(top.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignBottom, heading);
    painter->restore();
    QStyleOptionViewItem below = option;
    below.rect.setTop(option.rect.top() + band);
    QStyledItemDelegate::paint(painter, below, index);
}

} // namespace Paperboy::Ui
