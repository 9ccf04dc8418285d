// How the reader names a day: with its weekday, in the order and words of the locale.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Paperboy::Core {

// "2025년 5월 24일 (토)", "Sat, 24 May 2025", "Sat, May 24, 2025": the locale's long date with the
// short names of the weekday and month. Spaces are non-breaking, so a list never wraps a date.
QString dayLabel(const QDate &day, const QLocale &locale = QLocale());

} // namespace Paperboy::Core
