// DayDelegate: a heading band above the first day of a month, the day itself below it as usual.
#include "daydelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

#include <algorithm>

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

QString DayDelegate::mutedNote(const QModelIndex &index)
{
    const int muted = index.data(Core::MutedRole).toInt();
    //: Below a day in the day list: papers a mute rule hides (View › Show Muted Papers shows them).
    return muted > 0 ? tr("%n muted", nullptr, muted) : QString();
}

int DayDelegate::headingHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QFont DayDelegate::noteFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    font.setBold(false);
    font.setItalic(false);
    return font;
}

QSize DayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!monthHeading(index).isEmpty())
        size.rheight() += headingHeight(option);
    if (!mutedNote(index).isEmpty())
        size.rheight() += QFontMetrics(noteFont(option)).height();
    return size;
}

void DayDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString note = mutedNote(index);
    if (note.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background (selected or not) over both lines, the label in the upper one as usual.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QFont small = noteFont(option);
    const QFontMetrics sfm(small);
    QStyleOptionViewItem label = option;
    label.rect.setBottom(option.rect.bottom() - sfm.height());
    QStyledItemDelegate::paint(painter, label, index);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->save();
    painter->setFont(small);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(0.7f);
    painter->setPen(color);
    const QRect line(text.left() + 3, label.rect.bottom() - 1, std::max(0, option.rect.right() - text.left() - 6), sfm.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignTop, sfm.elidedText(note, Qt::ElideRight, line.width()));
    painter->restore();
}

void DayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString heading = monthHeading(index);
    if (heading.isEmpty()) {
        paintDay(painter, option, index);
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
    paintDay(painter, below, index);
}

} // namespace Paperboy::Ui
