// The statistics window on real widgets: opened from View › Statistics, its calendar, bar chart and
// tag chart hold the store's figures, PNG and SVG exports, the keys, and the dark palette.
#include "actionregistry.h"
#include "appearance.h"
#include "decisionschart.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readingheatmap.h"
#include "statisticswindow.h"
#include "tagtrendchart.h"
#include "uitest.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy;

namespace {

const QString A = TestCorpus::kSciLoop;
const QString B = TestCorpus::kDriftBench;
const QString C = TestCorpus::kToolSmith;
const QString D = TestCorpus::kJudgeRm;
const QString E = TestCorpus::kEnglish;

// Local noon of the day `daysAgo` before today, as the library stores times (UTC).
QString noon(int daysAgo)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStatisticsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_lib;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::StatisticsWindow *openStatistics()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.statistics"));
        if (!action)
            return nullptr;
        action->trigger();
        return m_window->findChild<Ui::StatisticsWindow *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lib = UiTest::freshLibrary(m_dir);
        QVERIFY(m_lib);
        QSqlQuery q(m_lib->database().sql());
        const auto event = [&q](const QString &at, const QString &id, const char *kind) {
            q.prepare(QStringLiteral("INSERT INTO events(at, arxiv_id, kind) VALUES (?, ?, ?)"));
            q.addBindValue(at);
            q.addBindValue(id);
            q.addBindValue(QLatin1StringView(kind));
            return q.exec();
        };
        QVERIFY(event(noon(2), A, "read"));
        QVERIFY(event(noon(2), B, "read"));
        QVERIFY(event(noon(2), A, "keep"));
        QVERIFY(event(noon(1), C, "read"));
        QVERIFY(event(noon(10), C, "later"));
        QVERIFY(event(noon(10), D, "skip"));
        QVERIFY(event(noon(10), E, "skip"));
        q.prepare(QStringLiteral("INSERT INTO stars(arxiv_id, starred_at) VALUES (?, ?)"));
        q.addBindValue(B);
        q.addBindValue(noon(1));
        QVERIFY(q.exec());
        QVERIFY(m_lib->annotations().tagPapers({A, B}, QStringLiteral("agents")).ok());
        QVERIFY(m_lib->annotations().tagPapers({C}, QStringLiteral("vision")).ok());

        Ui::Appearance::apply(Ui::Appearance::Scheme::Light);
        m_window = std::make_unique<Ui::MainWindow>(m_lib.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    // View › Statistics (Ctrl+Shift+I) opens one window, raised again when asked again.
    void opensFromTheAction()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.statistics"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QCOMPARE(m_window->actions()->menuOf(action), QStringLiteral("view"));
        Ui::StatisticsWindow *stats = openStatistics();
        QVERIFY(stats);
        QVERIFY(QTest::qWaitForWindowExposed(stats));
        QVERIFY(stats->isWindow());
        QCOMPARE(stats->range(), Ui::StatisticsWindow::Range::LastYear);
        QCOMPARE(stats->statistics().to, QDate::currentDate());
        QCOMPARE(stats->statistics().days.size(), 365);
        QCOMPARE(openStatistics(), stats);
        QCOMPARE(m_window->findChildren<Ui::StatisticsWindow *>().size(), 1);
        const QLabel *read = stats->findChild<QLabel *>(QStringLiteral("totalRead"));
        QVERIFY(read && read->text().contains(QStringLiteral(">3<")));
    }

    // A cell per day of the range in 53 week columns; the known days hold the store's values.
    void heatmapHoldsTheStoresDays()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        auto *map = stats->findChild<Ui::ReadingHeatmap *>(QStringLiteral("readingHeatmap"));
        QVERIFY(map);
        const auto [from, to] = Core::Statistics::defaultRange();
        const Core::ReadingStatistics store = m_lib->statistics().compute(from, to);
        QCOMPARE(map->cellCount(), 365);
        QCOMPARE(map->columnCount(), 53);
        QSet<std::pair<int, int>> places;
        for (const Core::StatisticsDay &d : store.days) {
            const QRect r = map->cellRect(d.date);
            QVERIFY(!r.isEmpty() && map->rect().contains(r));
            QCOMPARE(map->dayAt(r.center()), d.date);
            places.insert({r.x(), r.y()});
            QCOMPARE(map->day(d.date)->read, d.read);
            QCOMPARE(map->day(d.date)->kept, d.kept);
        }
        QCOMPARE(places.size(), 365);
        QVERIFY(map->cellRect(from.addDays(-1)).isEmpty());
        QVERIFY(map->cellRect(to.addDays(1)).isEmpty());

        const QDate twoDaysAgo = QDate::currentDate().addDays(-2);
        QCOMPARE(map->day(twoDaysAgo)->read, 2);
        QCOMPARE(map->day(twoDaysAgo)->kept, 1);
        QVERIFY2(map->dayText(twoDaysAgo).endsWith(QStringLiteral(": 2 read, 1 kept")), qPrintable(map->dayText(twoDaysAgo)));
        QCOMPARE(map->dayText(twoDaysAgo), QLocale().toString(twoDaysAgo, QLocale::LongFormat) + QStringLiteral(": 2 read, 1 kept"));
        QCOMPARE(map->level(2), 4); // the most in a day
        QCOMPARE(map->level(1), 2);
        QCOMPARE(map->level(0), 0);
        QVERIFY(map->levelColor(0) != map->levelColor(4));

        // The keys: End, then a week back, then a day up.
        map->setFocus();
        QTest::keyClick(map, Qt::Key_End);
        QCOMPARE(map->currentDay(), to);
        QTest::keyClick(map, Qt::Key_Left);
        QCOMPARE(map->currentDay(), to.addDays(-7));
        QTest::keyClick(map, Qt::Key_Up);
        QCOMPARE(map->currentDay(), to.addDays(-8));
        QCOMPARE(map->accessibleDescription(), map->dayText(to.addDays(-8)));
        QTest::keyClick(map, Qt::Key_Home);
        QCOMPARE(map->currentDay(), from);
    }

    // A stacked bar per week: keep, later and skip as the store counts them.
    void barChartHoldsTheWeeks()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        auto *chart = stats->findChild<Ui::DecisionsChart *>(QStringLiteral("decisionsChart"));
        QVERIFY(chart);
        const auto [from, to] = Core::Statistics::defaultRange();
        const QList<Core::StatisticsWeek> weeks = m_lib->statistics().compute(from, to).weeks;
        QStackedBarSeries *series = chart->series();
        QCOMPARE(series->count(), 3);
        QCOMPARE(series->barSets()[0]->label(), QStringLiteral("Keep"));
        QCOMPARE(series->barSets()[1]->label(), QStringLiteral("Later"));
        QCOMPARE(series->barSets()[2]->label(), QStringLiteral("Skip"));
        QCOMPARE(series->barSets()[0]->count(), weeks.size());
        int keep = 0, later = 0, skip = 0;
        for (int i = 0; i < weeks.size(); ++i) {
            QCOMPARE(series->barSets()[0]->at(i), qreal(weeks[i].keep));
            QCOMPARE(series->barSets()[1]->at(i), qreal(weeks[i].later));
            QCOMPARE(series->barSets()[2]->at(i), qreal(weeks[i].skip));
            keep += weeks[i].keep;
            later += weeks[i].later;
            skip += weeks[i].skip;
        }
        QCOMPARE(keep, 1);
        QCOMPARE(later, 1);
        QCOMPARE(skip, 2);
        // The week of ten days ago: one later and two skips.
        const QDate tenDaysAgo = QDate::currentDate().addDays(-10);
        const qsizetype week = weeks.first().monday.daysTo(tenDaysAgo) / 7;
        QCOMPARE(series->barSets()[1]->at(week), 1.0);
        QCOMPARE(series->barSets()[2]->at(week), 2.0);
        QVERIFY(chart->weekText(int(week)).contains(QStringLiteral("0 kept, 1 later, 2 skipped")));
    }

    // The range chooser by keyboard: Alt+R, then the arrows; Ctrl+3 for all; the tag chart follows.
    void rangeByKeyboard()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        stats->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(stats));
        auto *box = stats->findChild<QComboBox *>(QStringLiteral("statisticsRange"));
        QVERIFY(box);
        QTest::keyClick(stats, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), box);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(stats->range(), Ui::StatisticsWindow::Range::ThisYear);
        QCOMPARE(stats->statistics().from, QDate(QDate::currentDate().year(), 1, 1));

        QTest::keyClick(stats, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stats->range(), Ui::StatisticsWindow::Range::All);
        QCOMPARE(box->currentIndex(), 2);
        QCOMPARE(stats->statistics().from, TestCorpus::kDay); // the corpus day comes first
        auto *tags = stats->findChild<Ui::TagTrendChart *>(QStringLiteral("tagTrendChart"));
        QVERIFY(tags);
        const Core::ReadingStatistics all = m_lib->statistics().compute(TestCorpus::kDay, QDate::currentDate());
        QCOMPARE(all.topTags.size(), 2);
        const QList<QLineSeries *> lines = tags->series();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0]->name().startsWith(QStringLiteral("agents")));
        const qsizetype may = all.months.indexOf(QDate(2025, 5, 1));
        QCOMPARE(lines[0]->count(), all.months.size());
        QCOMPARE(lines[0]->at(may).y(), 2.0);
        QCOMPARE(lines[1]->at(may).y(), 1.0);
        for (qsizetype m = 0; m < all.months.size(); ++m)
            QCOMPARE(lines[0]->at(m).y(), qreal(all.topTags[0].perMonth[m]));

        QTest::keyClick(stats, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stats->range(), Ui::StatisticsWindow::Range::LastYear);
        QCOMPARE(box->currentIndex(), 0);
    }

    // PNG and SVG of the figures, written whole; Ctrl+S asks where.
    void exportsPngAndSvg()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        const QString png = m_dir.filePath(QStringLiteral("stats.png"));
        QVERIFY(stats->writePng(png).ok());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), stats->figures()->size() * stats->figures()->devicePixelRatio());
        QVERIFY(image.width() > 400 && image.height() > 400);

        const QString svg = m_dir.filePath(QStringLiteral("stats.svg"));
        QVERIFY(stats->writeSvg(svg).ok());
        const QByteArray text = readAll(svg);
        QVERIFY2(text.startsWith("<?xml") || text.startsWith("<svg"), text.left(80).constData());
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Papers read per day"));
        QVERIFY(text.contains("Decisions per week"));
        const QLabel *heading = stats->findChild<QLabel *>(QStringLiteral("statisticsHeading"));
        QVERIFY(heading && heading->text().startsWith(QStringLiteral("Reading statistics, ")));
        QVERIFY(text.contains(heading->text().toUtf8()));

        // Through the keys and the file dialog, a name without a suffix gets one.
        stats->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(stats));
        const QString chosen = m_dir.filePath(QStringLiteral("keys"));
        UiTest::answerDialog<QFileDialog>(stats, [chosen](QFileDialog *dialog) {
            dialog->selectFile(chosen);
            static_cast<QDialog *>(dialog)->accept();
        });
        QTest::keyClick(stats, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(readAll(chosen + QStringLiteral(".svg")).contains("<svg"));
        QVERIFY(!QFile::exists(chosen));
    }

    // The charts take the palette: dark on the dark palette, light on the light one.
    void chartsFollowThePalette()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        auto *decisions = stats->findChild<Ui::DecisionsChart *>(QStringLiteral("decisionsChart"));
        auto *tags = stats->findChild<Ui::TagTrendChart *>(QStringLiteral("tagTrendChart"));
        auto *map = stats->findChild<Ui::ReadingHeatmap *>(QStringLiteral("readingHeatmap"));
        QVERIFY(decisions && tags && map);
        QVERIFY(decisions->chart()->backgroundBrush().color().lightness() > 200);
        Ui::Appearance::apply(Ui::Appearance::Scheme::Dark);
        QCoreApplication::processEvents();
        QVERIFY(decisions->chart()->backgroundBrush().color().lightness() < 100);
        QVERIFY(tags->chart()->backgroundBrush().color().lightness() < 100);
        QVERIFY(decisions->chart()->titleBrush().color().lightness() > 150);
        QVERIFY(map->levelColor(0).lightness() < 100);
        const QImage dark = stats->renderImage();
        QVERIFY(dark.pixelColor(dark.width() / 2, 2).lightness() < 100);
        Ui::Appearance::apply(Ui::Appearance::Scheme::Light);
        QCoreApplication::processEvents();
        QVERIFY(decisions->chart()->backgroundBrush().color().lightness() > 200);
        QVERIFY(map->levelColor(0).lightness() > 150);
    }

    // Esc closes the window.
    void escapeCloses()
    {
        Ui::StatisticsWindow *stats = openStatistics();
        stats->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(stats));
        QTest::keyClick(stats, Qt::Key_Escape);
        QVERIFY(!stats->isVisible());
    }
};

QTEST_MAIN(TestStatisticsUi)
#include "tst_statisticsui.moc"
