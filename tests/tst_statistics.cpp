// Statistics on a real library file: events, stars, read state and tags put in with SQL, every
// figure compared with a direct query and with values counted by hand, in a time zone nine hours
// ahead of UTC so that local dates differ from the stored UTC dates.
#include "digest/digestparser.h"
#include "library/library.h"
#include "library/sql.h"
#include "testcorpus.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Paperboy::Core;

namespace {

const QString A = TestCorpus::kSciLoop; // listed on 2025-04-10 and 2025-05-24
const QString B = TestCorpus::kDriftBench; // the same
const QString C = TestCorpus::kToolSmith; // the same
const QString D = TestCorpus::kJudgeRm; // listed on 2025-05-24 only, as are the rest
const QString E = TestCorpus::kEnglish;
const QString F = TestCorpus::kBoldLines;
const QString G = TestCorpus::kMissingPart;
const QString H = TestCorpus::kWithCode;

const QDate kFrom(2025, 4, 1);
const QDate kTo(2025, 5, 31);

// The corpus day's first three papers as the day 2025-04-10.
QByteArray aprilDay()
{
    const QByteArray corpus = TestCorpus::dayBytes();
    qsizetype cut = 0;
    for (int heading = 0; heading < 4; ++heading)
        cut = corpus.indexOf("\n## 25", cut + 1);
    return corpus.left(cut + 1).replace("2025-05-24", "2025-04-10");
}

} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;

    bool run(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_lib.database().sql());
        q.prepare(sql);
        if (!Sql::exec(q, binds)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    int count(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_lib.database().sql());
        q.prepare(sql);
        if (!Sql::exec(q, binds) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    }

    void event(const QString &at, const QString &id, const char *kind)
    {
        QVERIFY(run(QStringLiteral("INSERT INTO events(at, arxiv_id, kind) VALUES (?, ?, ?)"), {at, id, QLatin1StringView(kind)}));
    }

    // The figures of one local day, straight from the tables.
    int readOn(const QDate &day)
    {
        return count(QStringLiteral("SELECT count(*) FROM (SELECT arxiv_id FROM events WHERE kind = 'read' AND date(at, 'localtime') = ? "
                                    "UNION SELECT arxiv_id FROM read_state WHERE date(read_at, 'localtime') = ?)"),
                     {Sql::dayKey(day), Sql::dayKey(day)});
    }
    int keptOn(const QDate &day)
    {
        return count(QStringLiteral("SELECT count(*) FROM (SELECT arxiv_id FROM events WHERE kind = 'keep' AND date(at, 'localtime') = ? "
                                    "UNION SELECT arxiv_id FROM stars WHERE date(starred_at, 'localtime') = ?)"),
                     {Sql::dayKey(day), Sql::dayKey(day)});
    }
    int decisionsBetween(const QString &kinds, const QDate &from, const QDate &to)
    {
        return count(QStringLiteral("SELECT count(*) FROM events WHERE kind IN (SELECT value FROM json_each(?)) AND date(at, 'localtime') BETWEEN ? AND ?"),
                     {Sql::jsonArray(kinds.split(u',')), Sql::dayKey(from), Sql::dayKey(to)});
    }
    int taggedBetween(const QString &tag, const QDate &from, const QDate &to)
    {
        return count(QStringLiteral("SELECT count(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.name = ? AND "
                                    "(SELECT min(day) FROM entries e WHERE e.arxiv_id = pt.arxiv_id AND e.shown) BETWEEN ? AND ?"),
                     {tag, Sql::dayKey(from), Sql::dayKey(to)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Korea: UTC+9 all year. A POSIX rule, so no time zone database is needed.
        qputenv("TZ", "KST-9");
        tzset();
        QCOMPARE(QDateTime(QDate(2025, 5, 20), QTime(8, 30)).toUTC(), QDateTime(QDate(2025, 5, 19), QTime(23, 30), QTimeZone::UTC));

        QVERIFY(m_dir.isValid());
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QVERIFY(m_lib.database().version() >= 12);
        QCOMPARE(m_lib.importer().importFile(TestCorpus::day()).outcome, ImportResult::Outcome::Imported);
        const QByteArray april = aprilDay();
        const QString aprilPath = m_dir.filePath(QStringLiteral("april/2025-04-10.md"));
        const ImportResult r = m_lib.importer().importDigest(DigestParser::parse(april, aprilPath), aprilPath, april);
        QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        QCOMPARE(r.papers, 3);

        // Reads (local date = UTC + 9 hours).
        event(QStringLiteral("2025-05-19T23:30:00.000Z"), A, "read"); // 05-20 08:30
        event(QStringLiteral("2025-05-20T03:00:00.000Z"), B, "read"); // 05-20
        event(QStringLiteral("2025-05-20T05:00:00.000Z"), A, "read"); // 05-20 again: one paper
        event(QStringLiteral("2025-05-21T14:59:59.000Z"), C, "read"); // 05-21 23:59:59
        event(QStringLiteral("2025-05-21T15:00:00.000Z"), D, "read"); // 05-22 00:00
        event(QStringLiteral("2025-05-24T02:00:00.000Z"), F, "read"); // 05-24
        event(QStringLiteral("2025-04-10T10:00:00Z"), G, "read"); // 04-10, without milliseconds
        QVERIFY(run(QStringLiteral("INSERT INTO read_state(arxiv_id, read_at) VALUES (?, ?), (?, ?)"),
                    {A, QStringLiteral("2025-05-19T23:30:00.000Z"), E, QStringLiteral("2025-05-22T01:00:00.000Z")})); // E: read without an event
        // Decisions.
        event(QStringLiteral("2025-03-31T20:00:00.000Z"), H, "skip"); // 04-01 05:00: in the range, its UTC date is not
        event(QStringLiteral("2025-04-10T11:00:00.000Z"), G, "later"); // 04-10
        event(QStringLiteral("2025-05-20T06:00:00.000Z"), A, "keep"); // 05-20
        event(QStringLiteral("2025-05-20T07:00:00.000Z"), B, "later"); // 05-20
        event(QStringLiteral("2025-05-21T01:00:00.000Z"), C, "skip"); // 05-21
        event(QStringLiteral("2025-05-21T02:00:00.000Z"), D, "skip"); // 05-21
        event(QStringLiteral("2025-05-24T03:00:00.000Z"), F, "keep"); // 05-24
        event(QStringLiteral("2025-05-25T16:00:00.000Z"), E, "skip"); // Monday 05-26 01:00, week 22; its UTC date is a Sunday of week 21
        event(QStringLiteral("2025-05-24T04:00:00.000Z"), H, "open"); // counts nowhere
        event(QStringLiteral("2025-05-31T15:00:00.000Z"), H, "keep"); // 06-01 00:00: after the range
        // Stars: A on the day it was kept (one paper kept that day), B alone on 05-23.
        QVERIFY(run(QStringLiteral("INSERT INTO stars(arxiv_id, starred_at) VALUES (?, ?), (?, ?)"),
                    {A, QStringLiteral("2025-05-20T06:00:05.000Z"), B, QStringLiteral("2025-05-22T16:00:00.000Z")}));
        // Tags: A, B, C are first listed in April, the rest in May.
        const QList<std::pair<QString, QStringList>> tags{
            {QStringLiteral("agents"), {A, B, D, E}},
            {QStringLiteral("vision"), {C, F, G}},
            {QStringLiteral("robotics"), {D, H}},
            {QStringLiteral("nlp"), {E, QStringLiteral("2501.00001")}}, // a paper no digest lists: not counted
            {QStringLiteral("rl"), {F}},
            {QStringLiteral("theory"), {G}},
        };
        for (const auto &[tag, ids] : tags)
            QVERIFY(m_lib.annotations().tagPapers(ids, tag).ok());
        QVERIFY(run(QStringLiteral("INSERT INTO tags(name) VALUES ('unused')")));
    }

    // SQLite's 'localtime' and Qt agree on every stored time's local date.
    void localDatesAgreeWithQt()
    {
        QSqlQuery q(m_lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT at, date(at, 'localtime') FROM events UNION ALL SELECT starred_at, date(starred_at, 'localtime') FROM stars "
                                      "UNION ALL SELECT read_at, date(read_at, 'localtime') FROM read_state")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(Sql::dayKey(Sql::utcFrom(q.value(0)).toLocalTime().date()), q.value(1).toString());
        }
        QCOMPARE(rows, 21);
    }

    void defaultRangeIsTheLastYear()
    {
        const auto [from, to] = Statistics::defaultRange(QDate(2025, 5, 24));
        QCOMPARE(to, QDate(2025, 5, 24));
        QCOMPARE(from, QDate(2024, 5, 25));
        QCOMPARE(from.daysTo(to) + 1, 365);
        const ReadingStatistics s = m_lib.statistics().compute(from, to);
        QCOMPARE(s.days.size(), 365);
        QCOMPARE(s.weeks.size(), 53);
        QCOMPARE(s.months.size(), 13);
        QCOMPARE(s.months.first(), QDate(2024, 5, 1));
        const auto [f, t] = Statistics::defaultRange();
        QCOMPARE(t, QDate::currentDate());
        QCOMPARE(f.daysTo(t), 364);
    }

    void perDay()
    {
        const ReadingStatistics s = m_lib.statistics().compute(kFrom, kTo);
        QCOMPARE(s.from, kFrom);
        QCOMPARE(s.to, kTo);
        QCOMPARE(s.days.size(), 61);
        // By hand: date → read, kept, decisions; every other day is all zero.
        const QHash<QDate, std::array<int, 3>> expected{
            {QDate(2025, 4, 1), {0, 0, 1}},  {QDate(2025, 4, 10), {1, 0, 1}}, {QDate(2025, 5, 20), {2, 1, 2}}, {QDate(2025, 5, 21), {1, 0, 2}},
            {QDate(2025, 5, 22), {2, 0, 0}}, {QDate(2025, 5, 23), {0, 1, 0}}, {QDate(2025, 5, 24), {1, 1, 1}}, {QDate(2025, 5, 26), {0, 0, 1}},
        };
        for (qsizetype i = 0; i < s.days.size(); ++i) {
            const StatisticsDay &d = s.days[i];
            QCOMPARE(d.date, kFrom.addDays(i));
            const std::array<int, 3> want = expected.value(d.date, {0, 0, 0});
            QCOMPARE(d.read, want[0]);
            QCOMPARE(d.kept, want[1]);
            QCOMPARE(d.decisions, want[2]);
            QCOMPARE(d.read, readOn(d.date));
            QCOMPARE(d.kept, keptOn(d.date));
            QCOMPARE(d.decisions, decisionsBetween(QStringLiteral("keep,later,skip"), d.date, d.date));
        }
    }

    void perWeek()
    {
        const ReadingStatistics s = m_lib.statistics().compute(kFrom, kTo);
        QCOMPARE(s.weeks.size(), 9); // Mondays 03-31 to 05-26
        QCOMPARE(s.weeks.first().monday, QDate(2025, 3, 31));
        QCOMPARE(s.weeks.last().monday, QDate(2025, 5, 26));
        const QHash<int, std::array<int, 3>> expected{{14, {0, 0, 1}}, {15, {0, 1, 0}}, {21, {2, 1, 2}}, {22, {0, 0, 1}}};
        int total = 0;
        for (const StatisticsWeek &w : s.weeks) {
            QCOMPARE(w.monday.dayOfWeek(), 1);
            QCOMPARE(w.year, 2025);
            QCOMPARE(w.week, w.monday.weekNumber());
            const std::array<int, 3> want = expected.value(w.week, {0, 0, 0});
            QCOMPARE(w.keep, want[0]);
            QCOMPARE(w.later, want[1]);
            QCOMPARE(w.skip, want[2]);
            const QDate first = std::max(w.monday, kFrom);
            const QDate last = std::min(w.monday.addDays(6), kTo);
            QCOMPARE(w.keep, decisionsBetween(QStringLiteral("keep"), first, last));
            QCOMPARE(w.later, decisionsBetween(QStringLiteral("later"), first, last));
            QCOMPARE(w.skip, decisionsBetween(QStringLiteral("skip"), first, last));
            total += w.decisions();
        }
        QCOMPARE(total, 8);
        // Only the range's days of a week count: from Tuesday 04-01 the Monday's events are left out.
        const ReadingStatistics late = m_lib.statistics().compute(QDate(2025, 4, 2), kTo);
        QCOMPARE(late.weeks.first().monday, QDate(2025, 3, 31));
        QCOMPARE(late.weeks.first().skip, 0);
    }

    void totalsAndStreaks()
    {
        const StatisticsTotals t = m_lib.statistics().compute(kFrom, kTo).totals;
        QCOMPARE(t.read, 7); // A B C D E F G
        QCOMPARE(t.kept, 3); // A (kept and starred), B (starred), F
        QCOMPARE(t.later, 2); // B G
        QCOMPARE(t.skipped, 4); // H C D E
        QCOMPARE(t.decisions, 8);
        QCOMPARE(t.daysRead, 5);
        QCOMPARE(t.longestStreak, 3); // 05-20 to 05-22
        QCOMPARE(t.longestStreakEnd, QDate(2025, 5, 22));
        QCOMPARE(t.currentStreak, 0); // nothing on 05-30 or 05-31
        const QString from = Sql::dayKey(kFrom), to = Sql::dayKey(kTo);
        QCOMPARE(t.read,
                 count(QStringLiteral("SELECT count(*) FROM (SELECT arxiv_id FROM events WHERE kind = 'read' AND date(at, 'localtime') BETWEEN ? AND ? "
                                      "UNION SELECT arxiv_id FROM read_state WHERE date(read_at, 'localtime') BETWEEN ? AND ?)"),
                       {from, to, from, to}));
        QCOMPARE(t.kept,
                 count(QStringLiteral("SELECT count(*) FROM (SELECT arxiv_id FROM events WHERE kind = 'keep' AND date(at, 'localtime') BETWEEN ? AND ? "
                                      "UNION SELECT arxiv_id FROM stars WHERE date(starred_at, 'localtime') BETWEEN ? AND ?)"),
                       {from, to, from, to}));
        for (const auto &[kind, figure] : {std::pair{"later", t.later}, std::pair{"skip", t.skipped}})
            QCOMPARE(figure,
                     count(QStringLiteral("SELECT count(DISTINCT arxiv_id) FROM events WHERE kind = ? AND date(at, 'localtime') BETWEEN ? AND ?"),
                           {QLatin1StringView(kind), from, to}));
        QCOMPARE(t.decisions, decisionsBetween(QStringLiteral("keep,later,skip"), kFrom, kTo));

        // The streak up to the last day: on it, or up to the day before while the last day has nothing yet.
        QCOMPARE(m_lib.statistics().compute(kFrom, QDate(2025, 5, 24)).totals.currentStreak, 1);
        QCOMPARE(m_lib.statistics().compute(kFrom, QDate(2025, 5, 25)).totals.currentStreak, 1);
        QCOMPARE(m_lib.statistics().compute(kFrom, QDate(2025, 5, 26)).totals.currentStreak, 0);
        QCOMPARE(m_lib.statistics().compute(kFrom, QDate(2025, 5, 22)).totals.currentStreak, 3);
        QCOMPARE(m_lib.statistics().compute(kFrom, QDate(2025, 5, 23)).totals.currentStreak, 3);
        // Only days in the range count.
        QCOMPARE(m_lib.statistics().compute(QDate(2025, 5, 21), QDate(2025, 5, 22)).totals.currentStreak, 2);
        QCOMPARE(m_lib.statistics().compute(QDate(2025, 5, 21), QDate(2025, 5, 22)).totals.longestStreak, 2);
        // A range given backwards is the same range.
        QCOMPARE(m_lib.statistics().compute(kTo, kFrom).totals.read, 7);
    }

    void topTagsOverMonths()
    {
        const ReadingStatistics s = m_lib.statistics().compute(kFrom, kTo);
        QCOMPARE(s.months, (QList<QDate>{QDate(2025, 4, 1), QDate(2025, 5, 1)}));
        QStringList names;
        for (const TagTrend &t : s.topTags)
            names << t.tag;
        // By papers, ties by name; theory (1) is sixth, unused has none.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("agents"), QStringLiteral("vision"), QStringLiteral("robotics"), QStringLiteral("nlp"), QStringLiteral("rl")}));
        const QList<QList<int>> perMonth{{2, 2}, {1, 2}, {0, 2}, {0, 1}, {0, 1}};
        for (qsizetype i = 0; i < s.topTags.size(); ++i) {
            const TagTrend &t = s.topTags[i];
            QCOMPARE(t.perMonth, perMonth[i]);
            QCOMPARE(t.papers, perMonth[i][0] + perMonth[i][1]);
            QCOMPARE(t.perMonth[0], taggedBetween(t.tag, QDate(2025, 4, 1), QDate(2025, 4, 30)));
            QCOMPARE(t.perMonth[1], taggedBetween(t.tag, QDate(2025, 5, 1), QDate(2025, 5, 31)));
            QVERIFY(t.color.startsWith(u'#'));
        }
        // May alone: A and B (agents) and C (vision) were first listed in April.
        const ReadingStatistics may = m_lib.statistics().compute(QDate(2025, 5, 1), kTo, 3);
        QCOMPARE(may.topTags.size(), 3);
        QCOMPARE(may.topTags[0].tag, QStringLiteral("agents"));
        QCOMPARE(may.topTags[0].perMonth, QList<int>{2});
        QCOMPARE(may.topTags[1].tag, QStringLiteral("robotics"));
        QCOMPARE(may.topTags[2].tag, QStringLiteral("vision"));
        QVERIFY(m_lib.statistics().compute(kFrom, kTo, 0).topTags.isEmpty());
    }

    void firstDay()
    {
        QCOMPARE(m_lib.statistics().firstDay(), QDate(2025, 4, 1)); // the skip at 2025-03-31T20:00Z
        QTemporaryDir dir;
        Library empty;
        QVERIFY(empty.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
        QVERIFY(!empty.statistics().firstDay().isValid());
        const ReadingStatistics s = empty.statistics().compute(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QCOMPARE(s.days.size(), 31);
        QCOMPARE(s.totals.read, 0);
        QCOMPARE(s.totals.currentStreak, 0);
        QVERIFY(!s.totals.longestStreakEnd.isValid());
        QVERIFY(s.topTags.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
