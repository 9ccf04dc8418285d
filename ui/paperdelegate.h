// Paints a paper row of the tree: title (bold while unread), then star, arXiv id and tag chips; a
// muted paper dimmed with a "muted" chip, a paper listed before with "first seen DATE" or "updated".
#pragma once

#include <QStyledItemDelegate>

namespace Paperboy::Ui {

class PaperDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Paperboy::Ui
