// Settings: defaults, each typed value written and read back, one changed signal per real change,
// the keys earlier versions wrote, and the one refresh range the window and `paperboy fetch` share.
#include "testhttpserver.h"
#include "uitest.h"

#include "actionregistry.h"
#include "commandline.h"
#include "common/settings.h"
#include "library/library.h"
#include "mainwindow.h"
#include "network/fetchtask.h"
#include "refreshcontroller.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace Paperboy;
using Core::Settings;

namespace {

// Sets a (not the current value), then a again, then b: the getter gives what was set, and the changed signal fires once for
// each change with the new value, never for the repeat.
template<typename T, typename Get, typename Set, typename Changed>
void roundTrip(Get get, Set set, Changed changed, const T &a, const T &b)
{
    Settings &s = Settings::instance();
    QVERIFY(!((s.*get)() == a));
    QSignalSpy spy(&s, changed);
    QVERIFY(spy.isValid());
    (s.*set)(a);
    QCOMPARE((s.*get)(), a);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).template value<T>(), a);
    (s.*set)(a);
    QCOMPARE(spy.count(), 1);
    (s.*set)(b);
    QCOMPARE((s.*get)(), b);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).template value<T>(), b);
}

#define ROUND_TRIP(name, Name, a, b)                                                                                                                           \
    do {                                                                                                                                                       \
        roundTrip(&Settings::name, &Settings::set##Name, &Settings::name##Changed, a, b);                                                                      \
        if (QTest::currentTestFailed())                                                                                                                        \
            return;                                                                                                                                            \
    } while (false)

// The days of a refresh's results, as ISO dates.
QSet<QString> daysOf(const QList<Core::FetchDayResult> &results)
{
    QSet<QString> days;
    for (const Core::FetchDayResult &r : results)
        days.insert(r.day.toString(Qt::ISODate));
    return days;
}

QSet<QString> lastDays(int n)
{
    QSet<QString> days;
    for (int i = 0; i < n; ++i)
        days.insert(QDate::currentDate().addDays(-i).toString(Qt::ISODate));
    return days;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QVERIFY(m_dir.isValid());
        // Every day is missing: a refresh's results are then just the days it asked for.
        m_server.setHandler([](const TestRequest &) { return TestResponse::make(404, "Not Found"); });
        QVERIFY(m_server.listen());
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        const Settings &s = Settings::instance();
        QCOMPARE(s.markReadSeconds(), 2);
        QCOMPARE(s.lastDay(), QDate());
        QCOMPARE(s.lastPaper(), QString());
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.colorScheme(), QString());
        QCOMPARE(s.zoom(), 0);
        QVERIFY(s.shortcutOverrides().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.windowState().isEmpty());
        QVERIFY(s.splitterState().isEmpty());
        QVERIFY(s.watchedFolders().isEmpty());
        QCOMPARE(s.refreshDays(), 14);
        QCOMPARE(s.autoRefreshHours(), 6);
        QCOMPARE(s.exportScope(), Settings::NoExportScope);
        QCOMPARE(s.exportFormat(), QString());
        QCOMPARE(s.exportSummaries(), 0);
        QCOMPARE(s.exportHighlights(), true);
        QCOMPARE(s.exportNotes(), true);
        QCOMPARE(s.exportTags(), true);
        QCOMPARE(s.exportPageSize(), 0);
        QCOMPARE(s.exportTag(), QString());
        QCOMPARE(s.exportDestination(), QString());
        QCOMPARE(s.compareExportDir(), QDir::homePath());
        // Reading defaults writes nothing.
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void roundTripsAndSignals()
    {
        ROUND_TRIP(markReadSeconds, MarkReadSeconds, 0, 30);
        ROUND_TRIP(lastDay, LastDay, QDate(2025, 5, 24), QDate(2024, 12, 31));
        ROUND_TRIP(lastPaper, LastPaper, QStringLiteral("2505.01234"), QStringLiteral("2401.00001"));
        ROUND_TRIP(language, Language, QStringLiteral("ko"), QStringLiteral("en"));
        ROUND_TRIP(colorScheme, ColorScheme, QStringLiteral("dark"), QStringLiteral("light"));
        ROUND_TRIP(zoom, Zoom, -3, 7);
        const QHash<QString, QStringList> one{{QStringLiteral("paper.next"), {QStringLiteral("Ctrl+J"), QStringLiteral("J")}},
                                              {QStringLiteral("paper.star"), {}}};
        const QHash<QString, QStringList> other{{QStringLiteral("view.zoom_in"), {QStringLiteral("Ctrl+=")}}};
        ROUND_TRIP(shortcutOverrides, ShortcutOverrides, one, other);
        ROUND_TRIP(windowGeometry, WindowGeometry, QByteArray("\x01\x02\x00geometry", 11), QByteArray("other"));
        ROUND_TRIP(windowState, WindowState, QByteArray("state\xff", 6), QByteArray("\x00", 1));
        ROUND_TRIP(splitterState, SplitterState, QByteArray("splitter"), QByteArray("\x7f\x80", 2));
        const QStringList folders{QStringLiteral("/a"), QStringLiteral("/b c")};
        ROUND_TRIP(watchedFolders, WatchedFolders, folders, QStringList{QStringLiteral("/d")});
        ROUND_TRIP(refreshDays, RefreshDays, 3, 366);
        ROUND_TRIP(autoRefreshHours, AutoRefreshHours, 0, 48);
        ROUND_TRIP(exportScope, ExportScope, 4, 0);
        ROUND_TRIP(exportFormat, ExportFormat, QStringLiteral("pdf"), QStringLiteral("csv"));
        ROUND_TRIP(exportSummaries, ExportSummaries, 2, 1);
        ROUND_TRIP(exportHighlights, ExportHighlights, false, true);
        ROUND_TRIP(exportNotes, ExportNotes, false, true);
        ROUND_TRIP(exportTags, ExportTags, false, true);
        ROUND_TRIP(exportPageSize, ExportPageSize, 1, 0);
        ROUND_TRIP(exportTag, ExportTag, QStringLiteral("rl"), QStringLiteral("비전"));
        ROUND_TRIP(exportDestination, ExportDestination, QStringLiteral("/tmp/notes.md"), QStringLiteral("/tmp/n.pdf"));
        ROUND_TRIP(compareExportDir, CompareExportDir, QStringLiteral("/tmp/compare"), QDir::homePath());
    }

    // Setting a default that was never stored is no change: nothing is written, nothing emitted.
    void defaultIsNoChange()
    {
        Settings &s = Settings::instance();
        QSignalSpy days(&s, &Settings::refreshDaysChanged);
        QSignalSpy highlights(&s, &Settings::exportHighlightsChanged);
        QSignalSpy shortcuts(&s, &Settings::shortcutOverridesChanged);
        s.setRefreshDays(Settings::DefaultRefreshDays);
        s.setExportHighlights(true);
        s.setShortcutOverrides({});
        QCOMPARE(days.count(), 0);
        QCOMPARE(highlights.count(), 0);
        QCOMPARE(shortcuts.count(), 0);
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void outOfRangeValuesAreBounded()
    {
        QSettings().setValue(QStringLiteral("network/refreshDays"), 0);
        QCOMPARE(Settings::instance().refreshDays(), 1);
        QSettings().setValue(QStringLiteral("network/refreshDays"), 1000);
        QCOMPARE(Settings::instance().refreshDays(), Settings::MaxRefreshDays);
        QSettings().setValue(QStringLiteral("network/autoRefreshHours"), -5);
        QCOMPARE(Settings::instance().autoRefreshHours(), 0);
    }

    // Values an earlier version wrote with QSettings under its keys are read; values written through
    // the class land under the same keys in the settings file.
    void earlierKeysStillWork()
    {
        {
            QSettings old;
            old.setValue(QStringLiteral("reading/markReadAfterSeconds"), 9);
            old.setValue(QStringLiteral("reader/lastDay"), QDate(2025, 5, 24));
            old.setValue(QStringLiteral("reader/lastPaper"), QStringLiteral("2505.00001"));
            old.setValue(QStringLiteral("ui/language"), QStringLiteral("ko"));
            old.setValue(QStringLiteral("view/colorScheme"), QStringLiteral("dark"));
            old.setValue(QStringLiteral("view/zoom"), 3);
            old.setValue(QStringLiteral("window/geometry"), QByteArray("geo"));
            old.setValue(QStringLiteral("window/state"), QByteArray("state"));
            old.setValue(QStringLiteral("window/splitter"), QByteArray("split"));
            old.setValue(QStringLiteral("library/watchedFolders"), QStringList{QStringLiteral("/w")});
            old.setValue(QStringLiteral("network/refreshDays"), 21);
            old.setValue(QStringLiteral("network/autoRefreshHours"), 12);
            old.setValue(QStringLiteral("export/scope"), 2);
            old.setValue(QStringLiteral("export/format"), QStringLiteral("bibtex"));
            old.setValue(QStringLiteral("export/summaries"), 1);
            old.setValue(QStringLiteral("export/highlights"), false);
            old.setValue(QStringLiteral("export/notes"), false);
            old.setValue(QStringLiteral("export/tags"), false);
            old.setValue(QStringLiteral("export/pageSize"), 1);
            old.setValue(QStringLiteral("export/tag"), QStringLiteral("llm"));
            old.setValue(QStringLiteral("export/destination"), QStringLiteral("/x/notes.bib"));
            old.setValue(QStringLiteral("compare/exportDir"), QStringLiteral("/x"));
            old.beginGroup(QStringLiteral("shortcuts"));
            old.setValue(QStringLiteral("paper.next"), QStringList{QStringLiteral("Ctrl+J")});
            old.setValue(QStringLiteral("paper.star"), QStringList{QStringLiteral("S"), QStringLiteral("Ctrl+D")});
        }
        const Settings &s = Settings::instance();
        QCOMPARE(s.markReadSeconds(), 9);
        QCOMPARE(s.lastDay(), QDate(2025, 5, 24));
        QCOMPARE(s.lastPaper(), QStringLiteral("2505.00001"));
        QCOMPARE(s.language(), QStringLiteral("ko"));
        QCOMPARE(s.colorScheme(), QStringLiteral("dark"));
        QCOMPARE(s.zoom(), 3);
        QCOMPARE(s.windowGeometry(), QByteArray("geo"));
        QCOMPARE(s.windowState(), QByteArray("state"));
        QCOMPARE(s.splitterState(), QByteArray("split"));
        QCOMPARE(s.watchedFolders(), QStringList{QStringLiteral("/w")});
        QCOMPARE(s.refreshDays(), 21);
        QCOMPARE(s.autoRefreshHours(), 12);
        QCOMPARE(s.exportScope(), 2);
        QCOMPARE(s.exportFormat(), QStringLiteral("bibtex"));
        QCOMPARE(s.exportSummaries(), 1);
        QCOMPARE(s.exportHighlights(), false);
        QCOMPARE(s.exportNotes(), false);
        QCOMPARE(s.exportTags(), false);
        QCOMPARE(s.exportPageSize(), 1);
        QCOMPARE(s.exportTag(), QStringLiteral("llm"));
        QCOMPARE(s.exportDestination(), QStringLiteral("/x/notes.bib"));
        QCOMPARE(s.compareExportDir(), QStringLiteral("/x"));
        const QHash<QString, QStringList> shortcuts{{QStringLiteral("paper.next"), {QStringLiteral("Ctrl+J")}},
                                                    {QStringLiteral("paper.star"), {QStringLiteral("S"), QStringLiteral("Ctrl+D")}}};
        QCOMPARE(s.shortcutOverrides(), shortcuts);

        // The other way: what the class writes, a plain QSettings on the file finds under the old keys.
        QSettings().clear();
        Settings::instance().setRefreshDays(5);
        Settings::instance().setLanguage(QStringLiteral("en"));
        Settings::instance().setShortcutOverrides({{QStringLiteral("paper.next"), {QStringLiteral("N")}}});
        Settings::instance().setWindowGeometry(QByteArray("g"));
        QSettings().sync();
        QSettings file(QSettings().fileName(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("network/refreshDays")).toInt(), 5);
        QCOMPARE(file.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        QCOMPARE(file.value(QStringLiteral("shortcuts/paper.next")).toStringList(), QStringList{QStringLiteral("N")});
        QCOMPARE(file.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("g"));
    }

    // The window's Refresh (F5) and `paperboy fetch` without dates ask for the same days: the
    // refresh days of the settings up to today, the default and a changed value alike.
    void refreshAndFetchShareTheirDefault_data()
    {
        QTest::addColumn<int>("stored"); // 0: nothing stored
        QTest::addColumn<int>("days");
        QTest::newRow("default") << 0 << 14;
        QTest::newRow("changed") << 4 << 4;
    }

    void refreshAndFetchShareTheirDefault()
    {
        QFETCH(int, stored);
        QFETCH(int, days);
        auto lib = UiTest::freshLibrary(m_dir); // clears the settings
        QVERIFY(lib);
        if (stored)
            QSettings().setValue(QStringLiteral("network/refreshDays"), stored);
        Core::Source source;
        source.name = QStringLiteral("feed");
        source.kind = Core::Source::Kind::Digest;
        source.url = m_server.base() + QStringLiteral("/d/{date}.md");
        QVERIFY(lib->network().addSource(source).ok());

        const auto [from, to] = Core::FetchTask::defaultRange();
        QCOMPARE(to, QDate::currentDate());
        QCOMPARE(from.daysTo(to) + 1, days);

        Ui::MainWindow window(lib.get());
        window.refresh();
        QVERIFY(window.refresher()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window.refresher()->isRunning(), 30000);
        const QSet<QString> gui = daysOf(window.refresher()->results());
        QCOMPARE(gui, lastDays(days));

        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        const int code = App::CommandLine::run(
            {QStringLiteral("paperboy"), QStringLiteral("--db"), lib->path(), QStringLiteral("fetch"), QStringLiteral("--json")}, outStream, errStream);
        outStream.flush();
        QCOMPARE(code, 1); // every day failed (404)
        QSet<QString> cli;
        for (const QJsonValue &v : QJsonDocument::fromJson(out.toUtf8()).array())
            cli.insert(v.toObject().value(QStringLiteral("date")).toString());
        QCOMPARE(cli, gui);

        // With --from only, the same number of days from it (not past today).
        const QDate start = QDate::currentDate().addDays(-(days + 9));
        QCOMPARE(Core::FetchTask::defaultRange(start, {}), std::make_pair(start, start.addDays(days - 1)));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
