// Statistics: the reading figures over a range of local dates.
#include "library/statistics.h"

#include "library/database.h"
#include "library/sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Paperboy::Core {

namespace {

// What the reader did in the range, a row per event: (local day, arXiv id, read|keep|later|skip|star).
// Reads also come from read_state, for papers marked read without an event; a paper read once is
// counted once a day either way. The first two bounds of each part are UTC dates a day before and
// two days after the range (a local day lies within a day of its UTC date), so the time indexes
// narrow the rows before 'localtime' places them.
const QString kActivity
    = QStringLiteral("SELECT d, arxiv_id, what FROM ("
                     "  SELECT date(at, 'localtime') AS d, arxiv_id, kind AS what FROM events"
                     "    WHERE kind IN ('read', 'keep', 'later', 'skip') AND at >= ? AND at < ?"
                     "  UNION ALL SELECT date(read_at, 'localtime'), arxiv_id, 'read' FROM read_state WHERE read_at >= ? AND read_at < ?"
                     "  UNION ALL SELECT date(starred_at, 'localtime'), arxiv_id, 'star' FROM stars WHERE starred_at >= ? AND starred_at < ?"
                     ") WHERE d BETWEEN ? AND ?");

// Tagged papers by tag and month of their first listed day.
const QString kTagMonths
    = QStringLiteral("SELECT t.name, t.color, substr(f.day, 1, 7), count(*) FROM ("
                     "  SELECT pt.tag_id, (SELECT min(e.day) FROM entries e WHERE e.arxiv_id = pt.arxiv_id AND e.shown) AS day FROM paper_tags pt"
                     ") f JOIN tags t ON t.id = f.tag_id WHERE f.day BETWEEN ? AND ? GROUP BY t.id, substr(f.day, 1, 7)");

const QString kFirstDay = QStringLiteral("SELECT min(d) FROM ("
                                         "  SELECT date(min(at), 'localtime') AS d FROM events WHERE kind IN ('read', 'keep', 'later', 'skip')"
                                         "  UNION ALL SELECT date(min(read_at), 'localtime') FROM read_state"
                                         "  UNION ALL SELECT date(min(starred_at), 'localtime') FROM stars"
                                         "  UNION ALL SELECT min(day) FROM entries WHERE shown)");

struct DayPapers {
    QSet<QString> read;
    QSet<QString> kept;
};

void countStreaks(const QList<StatisticsDay> &days, StatisticsTotals &totals)
{
    int run = 0;
    for (const StatisticsDay &d : days) {
        run = d.read > 0 ? run + 1 : 0;
        if (run > 0)
            ++totals.daysRead;
        if (run > totals.longestStreak) {
            totals.longestStreak = run;
            totals.longestStreakEnd = d.date;
        }
    }
    // The last day without reading yet does not break the streak that ends the day before.
    qsizetype last = days.size() - 1;
    if (last >= 0 && days[last].read == 0)
        --last;
    for (qsizetype i = last; i >= 0 && days[i].read > 0; --i)
        ++totals.currentStreak;
}

} // namespace

std::pair<QDate, QDate> Statistics::defaultRange(const QDate &today)
{
    return {today.addDays(-(DefaultDays - 1)), today};
}

ReadingStatistics Statistics::compute(const QDate &fromDay, const QDate &toDay, int topTags) const
{
    ReadingStatistics s;
    if (!fromDay.isValid() || !toDay.isValid())
        return s;
    s.from = std::min(fromDay, toDay);
    s.to = std::max(fromDay, toDay);
    for (QDate d = s.from; d <= s.to; d = d.addDays(1))
        s.days.append(StatisticsDay{.date = d});
    for (QDate monday = s.from.addDays(1 - s.from.dayOfWeek()); monday <= s.to; monday = monday.addDays(7)) {
        StatisticsWeek w;
        w.monday = monday;
        w.week = monday.weekNumber(&w.year);
        s.weeks.append(w);
    }
    for (QDate month(s.from.year(), s.from.month(), 1); month <= s.to; month = month.addMonths(1))
        s.months.append(month);

    const QString from = Sql::dayKey(s.from);
    const QString to = Sql::dayKey(s.to);
    const QString low = Sql::dayKey(s.from.addDays(-1));
    const QString high = Sql::dayKey(s.to.addDays(2));
    QList<DayPapers> dayPapers(s.days.size());
    QSet<QString> read, kept, later, skipped;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kActivity);
    if (Sql::exec(q, {low, high, low, high, low, high, from, to})) {
        while (q.next()) {
            const qint64 i = s.from.daysTo(QDate::fromString(q.value(0).toString(), Qt::ISODate));
            if (i < 0 || i >= s.days.size())
                continue;
            const QString id = q.value(1).toString();
            const QString what = q.value(2).toString();
            StatisticsDay &day = s.days[i];
            StatisticsWeek &week = s.weeks[s.weeks.first().monday.daysTo(day.date) / 7];
            if (what == QLatin1StringView("read")) {
                dayPapers[i].read.insert(id);
                read.insert(id);
            } else if (what == QLatin1StringView("star")) {
                dayPapers[i].kept.insert(id);
                kept.insert(id);
            } else {
                ++day.decisions;
                ++s.totals.decisions;
                if (what == QLatin1StringView("keep")) {
                    ++week.keep;
                    dayPapers[i].kept.insert(id);
                    kept.insert(id);
                } else if (what == QLatin1StringView("later")) {
                    ++week.later;
                    later.insert(id);
                } else {
                    ++week.skip;
                    skipped.insert(id);
                }
            }
        }
    }
    for (qsizetype i = 0; i < s.days.size(); ++i) {
        s.days[i].read = int(dayPapers[i].read.size());
        s.days[i].kept = int(dayPapers[i].kept.size());
    }
    s.totals.read = int(read.size());
    s.totals.kept = int(kept.size());
    s.totals.later = int(later.size());
    s.totals.skipped = int(skipped.size());
    countStreaks(s.days, s.totals);

    // Tags: the months' counts of every tag, then the topTags with most papers (ties by name).
    QHash<QString, TagTrend> trends;
    QSqlQuery t(m_db.sql());
    t.setForwardOnly(true);
    t.prepare(kTagMonths);
    if (topTags > 0 && Sql::exec(t, {from, to})) {
        while (t.next()) {
            const QString name = t.value(0).toString();
            TagTrend &trend = trends[name];
            if (trend.tag.isEmpty()) {
                trend.tag = name;
                trend.color = t.value(1).toString();
                trend.perMonth = QList<int>(s.months.size(), 0);
            }
            const QDate month = QDate::fromString(t.value(2).toString() + QStringLiteral("-01"), Qt::ISODate);
            const qsizetype m = s.months.indexOf(month);
            if (m < 0)
                continue;
            const int papers = t.value(3).toInt();
            trend.perMonth[m] += papers;
            trend.papers += papers;
        }
    }
    QList<TagTrend> all = trends.values();
    std::sort(all.begin(), all.end(), [](const TagTrend &a, const TagTrend &b) {
        if (a.papers != b.papers)
            return a.papers > b.papers;
        return a.tag.compare(b.tag, Qt::CaseInsensitive) < 0;
    });
    s.topTags = all.mid(0, topTags);
    return s;
}

QDate Statistics::firstDay() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(kFirstDay) || !q.next())
        return {};
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace Paperboy::Core
