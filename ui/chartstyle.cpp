// ChartStyle: palette colours and month labels for the statistics charts.
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Paperboy::Ui::ChartStyle {

void apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(45);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void setMonths(QCategoryAxis *axis, const QList<QDate> &months, const QList<qreal> &starts, qreal end, qreal pixelsPerUnit)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(starts.value(0, end));
    const QLocale locale;
    const QFontMetrics fm(axis->labelsFont());
    const auto name = [&locale](const QDate &m) { return locale.standaloneMonthName(m.month(), QLocale::ShortFormat); };
    // Months per category: enough that a typical month group is wider than the longest name.
    int widest = 0;
    for (int month = 1; month <= 12; ++month)
        widest = std::max(widest, fm.horizontalAdvance(locale.standaloneMonthName(month, QLocale::ShortFormat)));
    const qreal typical = months.isEmpty() ? 1 : (end - starts.first()) / months.size() * pixelsPerUnit;
    const qsizetype step = std::clamp<qsizetype>(qsizetype(std::ceil((widest + 8) / std::max<qreal>(typical, 1))), 1, 12);
    QStringList used;
    for (qsizetype i = 0; i < months.size(); i += step) {
        const qreal until = i + step < months.size() ? starts[i + step] : end;
        QString label = name(months[i]);
        if ((until - starts[i]) * pixelsPerUnit < fm.horizontalAdvance(label) + 4)
            label = QChar(0x200B);
        while (used.contains(label))
            label += QChar(0x200B); // zero width: the same name again, unlike it for Qt Charts
        used << label;
        axis->append(label, until);
    }
    if (months.isEmpty())
        axis->setTitleText({});
    else if (months.first().year() == months.last().year())
        axis->setTitleText(QString::number(months.first().year()));
    else
        axis->setTitleText(QStringLiteral("%1 – %2").arg(months.first().year()).arg(months.last().year()));
}

QColor seriesColor(int n)
{
    static const QList<QColor> colors{QColor(0x4a, 0x86, 0xd8), QColor(0xe0, 0x8a, 0x3c), QColor(0x3f, 0xa3, 0x5f),
                                      QColor(0xd0, 0x50, 0x5a), QColor(0x8e, 0x6c, 0xc8), QColor(0x3a, 0xa8, 0xb0)};
    return colors.at(n % colors.size());
}

} // namespace Paperboy::Ui::ChartStyle
