// GoToDateDialog: the days come from the catalogue once; the calendar does the keyboard.
#include "gotodatedialog.h"

#include "library/library.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace Paperboy::Ui {

GoToDateDialog::GoToDateDialog(Core::Library *library, const QDate &current, QWidget *parent)
    : QDialog(parent)
    , m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("goToDateDialog"));
    setWindowTitle(tr("Go to Date"));
    for (const Core::DayInfo &d : library->catalog().days())
        m_days << d.date;
    m_calendar->setObjectName(QStringLiteral("goToDateCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    QTextCharFormat withDigest;
    withDigest.setFontWeight(QFont::Bold);
    withDigest.setFontUnderline(true);
    for (const QDate &day : std::as_const(m_days))
        m_calendar->setDateTextFormat(day, withDigest);
    if (!m_days.isEmpty())
        m_calendar->setDateRange(m_days.last(), m_days.first());
    m_calendar->setSelectedDate(current.isValid() ? current : (m_days.isEmpty() ? QDate::currentDate() : m_days.first()));
    auto *hint = new QLabel(tr("Days with a digest are underlined. Type a date or move with the arrows (Page Up / Page Down: "
                               "a month); Enter goes to it, or to the nearest day with a digest."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

QDate GoToDateDialog::chosenDay() const
{
    const QDate wanted = m_calendar->selectedDate();
    QDate best;
    qint64 distance = 0;
    for (const QDate &day : m_days) {
        const qint64 d = std::abs(day.daysTo(wanted));
        if (!best.isValid() || d < distance || (d == distance && day < best)) {
            best = day;
            distance = d;
        }
    }
    return best;
}

} // namespace Paperboy::Ui
