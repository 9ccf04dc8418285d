// Reading statistics: what the reader read, kept and decided, per day, per week and in all, and the
// tags of the papers over the months. Read-only; every date is a local date.
#pragma once

#include "library/store.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace Paperboy::Core {

// One day of the range.
struct StatisticsDay {
    QDate date;
    int read = 0; // distinct papers with a 'read' event (or read_state.read_at) that day
    int kept = 0; // distinct papers with a 'keep' event or starred that day
    int decisions = 0; // keep, later and skip events that day
};

// One ISO week (Monday to Sunday) that overlaps the range; only the range's days are counted.
struct StatisticsWeek {
    QDate monday;
    int year = 0; // ISO week-numbering year: 2025-W01 may start in December 2024
    int week = 0;
    int keep = 0;
    int later = 0;
    int skip = 0;
    int decisions() const { return keep + later + skip; }
};

// A tag among the most used in the range, with its papers per month (StatisticsRange::months).
struct TagTrend {
    QString tag;
    QString color;
    int papers = 0; // its papers whose first listed day is in the range
    QList<int> perMonth; // as many as months
};

// The whole range: distinct papers except decisions (events).
struct StatisticsTotals {
    int read = 0;
    int kept = 0;
    int later = 0;
    int skipped = 0;
    int decisions = 0;
    int daysRead = 0; // days with something read
    int currentStreak = 0; // days in a row with something read, up to the range's last day (see Statistics)
    int longestStreak = 0;
    QDate longestStreakEnd; // invalid when nothing was read
};

struct ReadingStatistics {
    QDate from;
    QDate to;
    QList<StatisticsDay> days; // every day from `from` to `to`
    QList<StatisticsWeek> weeks; // every ISO week that overlaps the range, oldest first
    QList<QDate> months; // the first day of every month that overlaps the range
    QList<TagTrend> topTags; // most papers first
    StatisticsTotals totals;
};

// The figures come from events (schema 12), stars.starred_at and read_state.read_at, stored in UTC
// and counted on the local date SQLite's 'localtime' gives them (the process's time zone, as
// QDate::currentDate uses). Tags have no time of their own: a tagged paper counts in the month of
// the first day a digest listed it (entries.day), and not at all when no digest lists it.
class Statistics : public Store
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    static constexpr int DefaultTopTags = 5;
    static constexpr int DefaultDays = 365;

    Statistics(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // The last 365 days up to today: {today - 364, today}.
    static std::pair<QDate, QDate> defaultRange(const QDate &today = QDate::currentDate());

    // Everything for from..to (inclusive; swapped when from is after to). The current streak ends
    // on `to`, or on the day before when nothing is read on `to` yet (the day is not over), and
    // counts only days in the range, as the longest streak does.
    ReadingStatistics compute(const QDate &from, const QDate &to, int topTags = DefaultTopTags) const;

    // The first local date anything was read, kept, decided or listed; invalid in an empty library.
    QDate firstDay() const;
};

} // namespace Paperboy::Core
