// Go to a date: a calendar over the library's days (those with a digest in bold), at the day shown;
// type a date or move with the arrows (Page Up / Down for months), Enter goes there, or to the
// nearest day that has a digest.
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>

class QCalendarWidget;

namespace Paperboy::Core {
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class GoToDateDialog : public QDialog
{
    Q_OBJECT

public:
    GoToDateDialog(Core::Library *library, const QDate &current, QWidget *parent = nullptr);

    QCalendarWidget *calendar() const { return m_calendar; }
    // The day with a digest nearest to the date chosen (the older one on a tie); invalid when the
    // library has none.
    QDate chosenDay() const;

private:
    QCalendarWidget *m_calendar;
    QList<QDate> m_days; // newest first
};

} // namespace Paperboy::Ui
