// dayLabel: the locale's long date format, shortened, with the weekday.
#include "common/daylabel.h"

namespace Paperboy::Core {

QString dayLabel(const QDate &day, const QLocale &locale)
{
    if (!day.isValid())
        return {};
    QString format;
    if (locale.language() == QLocale::Korean) {
        format = QStringLiteral("yyyy년 M월 d일 (ddd)");
    } else {
        format = locale.dateFormat(QLocale::LongFormat);
        format.replace(QLatin1StringView("dddd"), QLatin1StringView("ddd")).replace(QLatin1StringView("MMMM"), QLatin1StringView("MMM"));
        if (!format.contains(QLatin1StringView("ddd")))
            format.prepend(QStringLiteral("ddd "));
    }
    return locale.toString(day, format).replace(u' ', QChar(0x00A0));
}

} // namespace Paperboy::Core
