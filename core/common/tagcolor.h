// A tag's colour and the text drawn on it: black or white, whichever contrasts more (WCAG 2's
// relative luminance), so a grey or a mid-tone chip stays readable in the list, the compare
// headers and the exports alike.
#pragma once

#include <QColor>
#include <QString>

#include <cmath>

namespace Paperboy::Core::TagColor {

// The colour a tag gets when none was chosen.
inline QString fallback()
{
    return QStringLiteral("#7f8c8d");
}

inline double luminance(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// The contrast ratio of two colours, 1 to 21.
inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QColor textOn(const QColor &background)
{
    return contrast(background, Qt::black) >= contrast(background, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Paperboy::Core::TagColor
