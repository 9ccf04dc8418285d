// ReadingHeatmap: the calendar of papers read per day, painted cell by cell.
#include "readingheatmap.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Paperboy::Ui {

namespace {

constexpr int Padding = 10;
constexpr int MinCell = 7;
constexpr int MaxCell = 22;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

ReadingHeatmap::ReadingHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingHeatmap"));
    setAccessibleName(tr("Papers read per day"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ReadingHeatmap::setDays(const QList<Core::StatisticsDay> &days)
{
    m_days = days;
    m_most = 0;
    for (const Core::StatisticsDay &d : days)
        m_most = std::max(m_most, d.read);
    m_columns = 0;
    m_firstColumn = {};
    if (!days.isEmpty()) {
        const int firstWeekday = QLocale().firstDayOfWeek();
        const QDate from = days.first().date;
        m_firstColumn = from.addDays(-((from.dayOfWeek() - firstWeekday + 7) % 7));
        m_columns = int(m_firstColumn.daysTo(days.last().date) / 7 + 1);
    }
    if (!day(m_current))
        m_current = days.isEmpty() ? QDate() : days.last().date;
    setFixedHeight(heightForWidth(width()));
    updateGeometry();
    update();
    Q_EMIT currentDayChanged(m_current);
}

int ReadingHeatmap::rowOf(const QDate &date) const
{
    return int(m_firstColumn.daysTo(date) % 7);
}

ReadingHeatmap::Layout ReadingHeatmap::layoutFor(int width) const
{
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    int weekdayWidth = 0;
    for (int d = 1; d <= 7; ++d)
        weekdayWidth = std::max(weekdayWidth, fm.horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    Layout l;
    l.top = Padding + QFontMetrics(boldFont(font())).height() + 6 + fm.height() + 2;
    const int labels = Padding + weekdayWidth + 6;
    const int columns = std::max(1, m_columns);
    l.cell = std::clamp((width - labels - Padding) / columns, MinCell, MaxCell);
    l.gap = l.cell >= 10 ? 3 : 1;
    // The grid in the middle of what is left beside the weekday names.
    l.left = labels + std::max(0, (width - labels - Padding - columns * l.cell) / 2);
    l.legendTop = l.top + 7 * l.cell + 8;
    l.height = l.legendTop + std::max(fm.height(), l.cell) + Padding;
    return l;
}

int ReadingHeatmap::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

QSize ReadingHeatmap::sizeHint() const
{
    const Layout l = layoutFor(0);
    const int width = l.left + std::max(1, m_columns) * 15 + Padding;
    return {width, heightForWidth(width)};
}

QSize ReadingHeatmap::minimumSizeHint() const
{
    const Layout l = layoutFor(0);
    const int width = l.left + std::max(1, m_columns) * MinCell + Padding;
    return {width, heightForWidth(width)};
}

QRect ReadingHeatmap::cellRect(const QDate &date) const
{
    if (m_days.isEmpty() || date < m_days.first().date || date > m_days.last().date)
        return {};
    const Layout l = layoutFor(width());
    const int column = int(m_firstColumn.daysTo(date) / 7);
    return {l.left + column * l.cell, l.top + rowOf(date) * l.cell, l.cell - l.gap, l.cell - l.gap};
}

QDate ReadingHeatmap::dayAt(const QPoint &pos) const
{
    if (m_days.isEmpty())
        return {};
    const Layout l = layoutFor(width());
    if (pos.x() < l.left || pos.y() < l.top)
        return {};
    const int column = (pos.x() - l.left) / l.cell;
    const int row = (pos.y() - l.top) / l.cell;
    if (column >= m_columns || row >= 7)
        return {};
    const QDate date = m_firstColumn.addDays(column * 7 + row);
    return cellRect(date).contains(pos) ? date : QDate();
}

std::optional<Core::StatisticsDay> ReadingHeatmap::day(const QDate &date) const
{
    if (m_days.isEmpty() || !date.isValid())
        return std::nullopt;
    const qint64 i = m_days.first().date.daysTo(date);
    if (i < 0 || i >= m_days.size())
        return std::nullopt;
    return m_days[i];
}

QString ReadingHeatmap::dayText(const QDate &date) const
{
    const std::optional<Core::StatisticsDay> d = day(date);
    if (!d)
        return {};
    //: A day of the reading calendar: the date, papers read, papers kept.
    return tr("%1: %2 read, %3 kept").arg(QLocale().toString(date, QLocale::LongFormat)).arg(d->read).arg(d->kept);
}

int ReadingHeatmap::level(int read) const
{
    if (read <= 0 || m_most <= 0)
        return 0;
    return std::clamp(int(std::ceil(4.0 * read / m_most)), 1, Levels - 1);
}

QColor ReadingHeatmap::levelColor(int level) const
{
    const QPalette &p = palette();
    if (level <= 0)
        return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.09);
    return mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.2 + 0.8 * std::min(level, Levels - 1) / (Levels - 1));
}

void ReadingHeatmap::setCurrentDay(const QDate &date)
{
    if (!day(date) || date == m_current)
        return;
    m_current = date;
    update();
    Q_EMIT currentDayChanged(date);
}

bool ReadingHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dayAt(help->pos());
        if (date.isValid())
            QToolTip::showText(help->globalPos(), dayText(date), this, cellRect(date));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ReadingHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.7f);
    const Layout l = layoutFor(width());
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;

    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    p.setFont(boldFont(font()));
    p.setPen(text);
    const QFontMetrics bold(p.font());
    p.drawText(QPoint(Padding + 2, Padding + bold.ascent()), tr("Papers read per day"));
    p.setFont(font());
    if (m_days.isEmpty())
        return;

    // Weekday names: every row when they fit its height, else every other row.
    p.setPen(faint);
    const bool everyRow = l.cell >= fm.height();
    for (int row = 0; row < 7; ++row) {
        if (!everyRow && row % 2 == 0)
            continue;
        const QDate date = m_firstColumn.addDays(row);
        const QRect r(Padding, l.top + row * l.cell, l.left - Padding - 6, l.cell - l.gap);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
    }

    // Month names above the column that holds the month's first day (the range's first column
    // too, when there is room before the next name).
    const int monthBaseline = l.top - 2 - fm.descent();
    int nextFree = 0;
    const QDate from = m_days.first().date, to = m_days.last().date;
    for (int column = 0; column < m_columns; ++column) {
        QDate first;
        for (int row = 0; row < 7 && !first.isValid(); ++row) {
            const QDate date = m_firstColumn.addDays(column * 7 + row);
            if (date >= from && date <= to && (date.day() == 1 || (column == 0 && row == rowOf(from))))
                first = date;
        }
        if (!first.isValid())
            continue;
        const int x = l.left + column * l.cell;
        const QString name = locale.standaloneMonthName(first.month(), QLocale::ShortFormat);
        if (first.day() != 1 && from.daysTo(QDate(from.year(), from.month(), 1).addMonths(1)) < 14)
            continue; // a few days of a month at the start: its name would crowd the next one
        if (x < nextFree)
            continue;
        p.drawText(QPoint(x, monthBaseline), name);
        nextFree = x + fm.horizontalAdvance(name) + 6;
    }

    // The days.
    p.setPen(Qt::NoPen);
    const qreal radius = l.cell >= 10 ? 2.5 : 1;
    for (const Core::StatisticsDay &d : m_days) {
        p.setBrush(levelColor(level(d.read)));
        p.drawRoundedRect(cellRect(d.date), radius, radius);
    }
    if (hasFocus() && m_current.isValid()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(text, 2));
        p.drawRoundedRect(QRectF(cellRect(m_current)).adjusted(-1, -1, 1, 1), radius, radius);
    }

    // The legend on the right, the current day on the left.
    const int box = std::min(l.cell - l.gap, fm.height() - 2);
    const QString less = tr("Less"), more = tr("More");
    const int legendWidth = fm.horizontalAdvance(less) + 6 + Levels * (box + 3) + 3 + fm.horizontalAdvance(more);
    int x = std::max(l.left, l.left + m_columns * l.cell - l.gap - legendWidth);
    const int mid = l.legendTop + std::max(fm.height(), l.cell) / 2;
    p.setPen(faint);
    p.drawText(QPoint(x, mid + fm.ascent() / 2 - 1), less);
    x += fm.horizontalAdvance(less) + 6;
    p.setPen(Qt::NoPen);
    for (int level = 0; level < Levels; ++level) {
        p.setBrush(levelColor(level));
        p.drawRoundedRect(QRect(x, mid - box / 2, box, box), radius, radius);
        x += box + 3;
    }
    p.setPen(faint);
    p.drawText(QPoint(x + 3, mid + fm.ascent() / 2 - 1), more);
    p.setPen(text);
    const int textRight = std::max(l.left, l.left + m_columns * l.cell - l.gap - legendWidth) - 12;
    p.drawText(QRect(l.left, l.legendTop, std::max(0, textRight - l.left), std::max(fm.height(), l.cell)), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(dayText(m_current), Qt::ElideRight, std::max(0, textRight - l.left)));
}

void ReadingHeatmap::keyPressEvent(QKeyEvent *event)
{
    if (m_days.isEmpty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left: step = -7; break;
    case Qt::Key_Right: step = 7; break;
    case Qt::Key_Up: step = -1; break;
    case Qt::Key_Down: step = 1; break;
    case Qt::Key_Home: setCurrentDay(m_days.first().date); return;
    case Qt::Key_End: setCurrentDay(m_days.last().date); return;
    default: QWidget::keyPressEvent(event); return;
    }
    const QDate next = m_current.addDays(step);
    setCurrentDay(std::clamp(next, m_days.first().date, m_days.last().date));
}

void ReadingHeatmap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setFixedHeight(heightForWidth(width()));
}

void ReadingHeatmap::mousePressEvent(QMouseEvent *event)
{
    if (const QDate date = dayAt(event->position().toPoint()); date.isValid())
        setCurrentDay(date);
    QWidget::mousePressEvent(event);
}

} // namespace Paperboy::Ui
