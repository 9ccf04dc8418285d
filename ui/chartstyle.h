// The statistics charts in the window's colours and language: palette colours on a Qt Charts chart,
// and month labels for a chart's axis.
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QStringList>

class QCategoryAxis;
class QChart;
class QPalette;

namespace Paperboy::Ui::ChartStyle {

// Background, title, legend, axis labels and grid from the palette (Base, Text, Mid), so a chart
// reads on a light and on a dark palette alike. Call again on QEvent::PaletteChange.
void apply(QChart *chart, const QPalette &palette);

// Months along a category axis: months[i] begins at starts[i] (in the series' x units) and the
// last ends at end. Each category holds one month, or several when a month is narrower on screen
// (pixelsPerUnit) than its name; a category too narrow for its name (a few days of a month at the
// start) is left blank. Names are QLocale's short month names in the UI language, made unique with
// zero-width spaces as Qt Charts needs; the axis title gives the years ("2025 – 2026").
void setMonths(QCategoryAxis *axis, const QList<QDate> &months, const QList<qreal> &starts, qreal end, qreal pixelsPerUnit);

// The colour of the nth series (tags, decisions): mid tones that read on light and dark backgrounds.
QColor seriesColor(int n);

} // namespace Paperboy::Ui::ChartStyle
