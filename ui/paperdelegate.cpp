// PaperDelegate: section rows are painted as usual; paper rows get two lines (a muted paper's dimmed).
#include "paperdelegate.h"

#include "common/tagcolor.h"

#include "library/librarytypes.h"
#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Paperboy::Ui {

namespace {
bool isPaperRow(const QModelIndex &index)
{
    return index.data(Core::SectionIndexRole).toInt() < 0;
}
} // namespace

QSize PaperDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isPaperRow(index))
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    // Ranked For you: a third line with the score and the reasons.
    const int lines = index.data(Core::ForYouScoreRole).isValid() ? 3 : 2;
    return {option.rect.width(), fm.height() * lines + fm.height() / 2 + 6 - (lines - 2) * fm.height() / 8};
}

void PaperDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isPaperRow(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect r = opt.rect.adjusted(4, 3, -4, -3);
    QFont titleFont = opt.font;
    titleFont.setBold(!index.data(Core::ReadRole).toBool());
    const QFontMetrics tfm(titleFont);
    painter->save();
    // A muted paper (shown by View › Show Muted Papers, or opened from a search) is drawn dimmed.
    const bool muted = index.data(Core::MutedRole).toBool();
    if (muted)
        painter->setOpacity(0.55);
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(textRole));
    painter->drawText(QRect(r.left(), r.top(), r.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(title, Qt::ElideRight, r.width()));

    // Second line: arXiv id, then tag chips.
    QFont small = opt.font;
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    small.setBold(false);
    const QFontMetrics sfm(small);
    painter->setFont(small);
    const int y = r.top() + tfm.height() + 2;
    QColor dim = opt.palette.color(textRole);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    int x = r.left();
    if (index.data(Core::MarkedRole).toBool()) {
        // Marked for comparison: a chip in the selection colour before the id.
        const QString mark = tr("compare");
        const int w = sfm.horizontalAdvance(mark) + 10;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, w, sfm.height()), 6, 6);
        const QColor accent = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
        painter->fillPath(chip, accent);
        painter->setPen(opt.palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->drawText(QRect(x, y, w, sfm.height()), Qt::AlignCenter, mark);
        painter->setPen(dim);
        x += w + 6;
    }
    const auto outlinedChip = [&](const QString &mark) {
        const int w = sfm.horizontalAdvance(mark) + 10;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x + 0.5, y + 0.5, w - 1, sfm.height() - 1), 6, 6);
        painter->setPen(dim);
        painter->drawPath(chip);
        painter->drawText(QRect(x, y, w, sfm.height()), Qt::AlignCenter, mark);
        x += w + 6;
    };
    // Only Hugging Face lists it: an outlined chip, the summary view shows its abstract.
    if (index.data(Core::NoDigestRole).toBool())
        outlinedChip(tr("no digest"));
    if (muted)
        outlinedChip(tr("muted"));
    if (index.data(Core::LaterRole).toBool())
        outlinedChip(tr("later"));
    const QString id = index.data(Core::ArxivIdRole).toString();
    painter->drawText(QPoint(x, y + sfm.ascent()), id);
    x += sfm.horizontalAdvance(id) + 8;
    // Listed on an earlier day: when first, or that its summary changed since (the tooltip says when).
    const int seen = index.data(Core::SeenRole).toInt();
    if (seen == int(Core::PaperListing::Seen::Again)) {
        // In a narrow list the short form: "seen 05-12".
        const QDate firstSeen = index.data(Core::FirstSeenRole).toDate();
        QString first = tr("first seen %1").arg(firstSeen.toString(Qt::ISODate));
        if (x + sfm.horizontalAdvance(first) > r.right())
            first = tr("seen %1").arg(firstSeen.toString(QStringLiteral("MM-dd")));
        if (x + sfm.horizontalAdvance(first) <= r.right()) {
            painter->drawText(QPoint(x, y + sfm.ascent()), first);
            x += sfm.horizontalAdvance(first) + 8;
        }
    } else if (seen == int(Core::PaperListing::Seen::Updated)) {
        const QString updated = tr("updated");
        if (x + sfm.horizontalAdvance(updated) + 10 <= r.right())
            outlinedChip(updated);
    }
    const QStringList colors = index.data(Core::TagColorsRole).toStringList();
    const QStringList tags = index.data(Core::TagsRole).toStringList();
    for (int i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const int w = sfm.horizontalAdvance(tag) + 10;
        if (x + w > r.right())
            break;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, w, sfm.height()), 6, 6);
        const QColor color(colors.value(i, Core::TagColor::fallback()));
        painter->fillPath(chip, color);
        painter->setPen(Core::TagColor::textOn(color));
        painter->drawText(QRect(x, y, w, sfm.height()), Qt::AlignCenter, tag);
        x += w + 4;
    }

    // Third line, For you: the score and the terms that raised it.
    if (const QVariant score = index.data(Core::ForYouScoreRole); score.isValid()) {
        const int y3 = y + sfm.height() + 1;
        const QString percent = tr("%1%").arg(qRound(score.toDouble() * 100));
        const QStringList reasons = index.data(Core::ForYouReasonsRole).toStringList();
        QString line = reasons.isEmpty() ? tr("For you %1").arg(percent) : tr("For you %1 · %2").arg(percent, reasons.join(QStringLiteral(", ")));
        painter->setPen(dim);
        painter->drawText(QRect(r.left(), y3, r.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(line, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

} // namespace Paperboy::Ui
