// The real MainWindow over a library of the corpus day: panes, rendering, keys.
#include "actionregistry.h"
#include "appearance.h"
#include "common/daylabel.h"
#include "common/settings.h"
#include "digest/digestparser.h"
#include "importcontroller.h"
#include "library/library.h"
#include "library/sampledigest.h"
#include "libraryfixture.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/tagmodel.h"
#include "readercontroller.h"
#include "summaryview.h"
#include "testcorpus.h"

#include "windowparts.h"
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <QTreeView>
#include <paperboy/version.h>

using namespace Paperboy;
using namespace TestWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Core::Library m_library;

private Q_SLOTS:
    void init()
    {
        QSettings().clear(); // every test starts from defaults (no restored day, paper or shortcuts)
    }

    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_library.importer().importFile(TestCorpus::day()).outcome, Core::ImportResult::Outcome::Imported);
    }

    void threePanesShowTheDigest()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(dayList(w)->model()->rowCount(), 1);
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 5, 24));
        QCOMPARE(paperTree(w)->model()->rowCount(), TestCorpus::kPapers);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        const QString text = summaryView(w)->toPlainText();
        QVERIFY(text.contains(QStringLiteral("SciLoop: 가설에서 검증까지 이어지는 자동 연구 루프")));
        QVERIFY(text.contains(QStringLiteral("핵심 동기와 문제 정의")));
        QVERIFY(!text.contains(QStringLiteral("## 1."))); // rendered, not shown as source
        // Sections are children of papers.
        const QModelIndex first = paperTree(w)->model()->index(0, 0);
        QCOMPARE(paperTree(w)->model()->rowCount(first), 7);
    }

    // The import's progress shows its whole text at 800×600 ("Importing 198 / 3650", not "198 / 3|65").
    void importProgressShowsItsWholeText()
    {
        Ui::MainWindow w(&m_library);
        w.resize(800, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = w.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        QVERIFY(bar);
        Q_EMIT w.importer()->started();
        Q_EMIT w.importer()->progress(198, 3650);
        // Beside the longest line the counts show (a search's counts and total).
        w.findChild<QLabel *>(QStringLiteral("dayStatus"))
            ->setText(QStringLiteral("1,365 days · 47 papers on this day · 3,974 results for “강화학습 보상 모델” · 200 shown, more as you scroll"));
        QApplication::processEvents();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("3,650")) || bar->text().contains(QStringLiteral("3650")), qPrintable(bar->text()));
        QVERIFY2(bar->width() >= bar->fontMetrics().horizontalAdvance(bar->text()) + 8,
                 qPrintable(QStringLiteral("%1 px for %2").arg(bar->width()).arg(bar->text())));
        Q_EMIT w.importer()->finished(QStringLiteral("done"), QDate(), {});
        QVERIFY(!bar->isVisible());
    }

    void statusMessagesAreSeen()
    {
        // F5 without sources says why nothing happens; the message takes the day counts' place and
        // they come back after it. (The counts used to keep all the room and hide every message.)
        Ui::MainWindow w(&m_library);
        w.resize(800, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *counts = w.findChild<QLabel *>(QStringLiteral("dayStatus"));
        QVERIFY(counts);
        QVERIFY(counts->isVisible());
        w.refresh();
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("No sources")));
        QVERIFY(!counts->isVisible());
        w.statusBar()->clearMessage();
        QVERIFY(counts->isVisible());
    }

    void keysMoveBetweenPapers()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        paperTree(w)->setFocus();
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.94810"));
        QVERIFY(summaryView(w)->toPlainText().contains(QStringLiteral("Think Long, Drift Far")));
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
    }

    void startsWithTheKeysInThePaperList()
    {
        // j and the arrows work without a click first (the sidebar, first in the tab order, used to get them).
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(QApplication::focusWidget(), paperTree(w));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.94810"));
    }

    void f6CyclesThroughEveryPane()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const auto f6 = [](Qt::KeyboardModifiers mods = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, mods);
            return QApplication::focusWidget();
        };
        paperTree(w)->setFocus();
        QCOMPARE(f6(), summaryView(w));
        QCOMPARE(f6(), filterList(w)); // the note dock is closed: round to the sidebar
        QCOMPARE(f6(), dayList(w));
        QCOMPARE(f6(), paperTree(w));
        QCOMPARE(f6(Qt::ShiftModifier), dayList(w));
        QCOMPARE(f6(Qt::ShiftModifier), filterList(w));
        QCOMPARE(f6(Qt::ShiftModifier), summaryView(w));

        // With the note open: its editor and its highlights come after the summary.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        QCOMPARE(QApplication::focusWidget(), notePanel(w)->editor());
        QCOMPARE(f6(), notePanel(w)->highlightList());
        QCOMPARE(f6(), filterList(w));
        QCOMPARE(f6(Qt::ShiftModifier), notePanel(w)->highlightList());
        QCOMPARE(f6(Qt::ShiftModifier), notePanel(w)->editor());
        QCOMPARE(f6(Qt::ShiftModifier), summaryView(w));

        // While searching: the search field, then the list below it — the day's papers until a
        // query is typed (they stay in view), then the results.
        w.showSearch();
        QCOMPARE(QApplication::focusWidget(), searchPane(w)->field());
        QVERIFY(paperTree(w)->isVisible());
        QVERIFY(!searchPane(w)->results()->isVisible());
        QCOMPARE(f6(), paperTree(w));
        QCOMPARE(f6(), summaryView(w));
        QCOMPARE(f6(Qt::ShiftModifier), paperTree(w));
        QCOMPARE(f6(Qt::ShiftModifier), searchPane(w)->field());
        searchPane(w)->field()->setText(QStringLiteral("Judge-RM"));
        searchPane(w)->runNow();
        QVERIFY(searchPane(w)->results()->isVisible());
        QVERIFY(!paperTree(w)->isVisible());
        QCOMPARE(f6(), searchPane(w)->results());
        QCOMPARE(f6(), summaryView(w));
        QCOMPARE(f6(Qt::ShiftModifier), searchPane(w)->results());
        QCOMPARE(f6(Qt::ShiftModifier), searchPane(w)->field());
        QCOMPARE(f6(Qt::ShiftModifier), dayList(w));
        // Emptied again: the papers come back in its place.
        searchPane(w)->field()->clear();
        searchPane(w)->runNow();
        QVERIFY(paperTree(w)->isVisible());
        w.closeSearch();
        QVERIFY(!searchPane(w)->isVisible());
    }

    void theFocusedPaneIsFramed()
    {
        // A 2 px border in the highlight colour marks the pane with the keys, in light and dark colours.
        const auto framed = [](QWidget *pane) {
            const QImage image = pane->grab().toImage();
            const QColor highlight = pane->palette().color(QPalette::Active, QPalette::Highlight);
            const int x = image.width() / 2, y = image.height() / 2;
            for (const QPoint &p : {QPoint(0, y), QPoint(1, y), QPoint(image.width() - 1, y), QPoint(x, 0), QPoint(x, 1), QPoint(x, image.height() - 2)})
                if (image.pixelColor(p) != highlight)
                    return false;
            return true;
        };
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        for (const bool dark : {false, true}) {
            Ui::Appearance::apply(dark ? Ui::Appearance::Scheme::Dark : Ui::Appearance::Scheme::Light);
            QTRY_COMPARE(Ui::Appearance::isDark(), dark);
            QList<QWidget *> panes{filterList(w), dayList(w), paperTree(w), summaryView(w)};
            for (QWidget *pane : panes) {
                pane->setFocus(Qt::TabFocusReason);
                QVERIFY(pane->hasFocus());
                QVERIFY2(framed(pane), pane->objectName().toLatin1());
                for (QWidget *other : panes)
                    QVERIFY2(other == pane || !framed(other), other->objectName().toLatin1());
            }
        }
        Ui::Appearance::apply(Ui::Appearance::Scheme::System);
    }

    void closingAFilterSearchClearsTheSidebar()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        filterList(w)->setFocus();
        filterList(w)->setCurrentIndex(sidebarRow(w, Core::TagModel::UnreadRow));
        QTest::keyClick(filterList(w), Qt::Key_Return);
        QVERIFY(w.isSearching());
        QVERIFY(searchPane(w)->unreadChip()->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!w.isSearching());
        QCOMPARE(QApplication::focusWidget(), paperTree(w));
        // The sidebar no longer shows Unread as chosen.
        QVERIFY(!filterList(w)->currentIndex().isValid());
        QVERIFY(filterList(w)->selectionModel()->selectedIndexes().isEmpty());
    }

    void theSummaryIsNotCutOff()
    {
        // A wide summary keeps lines to a readable measure with margins; the text is laid out to the
        // width between them (it was laid out before the margins grew, and ran under the right one).
        Ui::MainWindow w(&m_library);
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Ui::SummaryView *summary = summaryView(w);
        QVERIFY(summary->viewport()->width() < summary->width() - 100); // margins on both sides
        QCOMPARE(summary->document()->textWidth(), qreal(summary->viewport()->width()));
        QVERIFY(summary->document()->size().width() <= summary->viewport()->width());
        w.resize(1200, 800);
        QApplication::processEvents();
        QCOMPARE(summary->document()->textWidth(), qreal(summary->viewport()->width()));
        // Zoom changes the measure too.
        const int before = summary->viewport()->width();
        summary->setZoom(4);
        QVERIFY(summary->viewport()->width() > before);
        QCOMPARE(summary->document()->textWidth(), qreal(summary->viewport()->width()));
        summary->setZoom(0);
        QCOMPARE(summary->viewport()->width(), before);
        QCOMPARE(summary->document()->textWidth(), qreal(summary->viewport()->width()));
    }

    void theReaderKeepsRoomAtSmallSizes()
    {
        // 800×600 with the note panel open: the summary keeps a readable width (the search pane's
        // filter row once held the middle column so wide that the summary got about 60 px).
        Ui::MainWindow w(&m_library);
        w.resize(800, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_A);
        QVERIFY(noteDock(w)->isVisible());
        QApplication::processEvents();
        QVERIFY2(w.width() <= 800, qPrintable(QString::number(w.width())));
        QVERIFY2(summaryView(w)->width() >= 220, qPrintable(QString::number(summaryView(w)->width())));
        QVERIFY2(searchPane(w)->minimumSizeHint().width() <= 260, qPrintable(QString::number(searchPane(w)->minimumSizeHint().width())));
    }

    void sectionSelectionScrolls()
    {
        Ui::MainWindow w(&m_library);
        w.resize(1200, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2505.96265")));
        auto *model = paperTree(w)->model();
        const QModelIndex paper = paperTree(w)->currentIndex();
        paperTree(w)->setCurrentIndex(model->index(6, 0, paper)); // section 7
        QVERIFY(summaryView(w)->verticalScrollBar()->value() > 0);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96265"));
    }

    void everyActionHasShortcutAndMenu()
    {
        Ui::MainWindow w(&m_library);
        for (QAction *a : w.actions()->actions()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!w.actions()->menuOf(a).isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(a->objectName()));
        }
    }

    // Files opened in the window: the status bar says what came in (days, papers, rejected files),
    // the newest day imported is shown, and the problems are grouped by file under short names.
    void openedFilesSayWhatTheyBrought()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QVERIFY(lib.importer().importFile(TestCorpus::day()).outcome == Core::ImportResult::Outcome::Imported);
        const QString folder = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/a")) && QDir().mkpath(folder + QStringLiteral("/b")));
        const auto write = [](const QString &path, const QByteArray &data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(folder + QStringLiteral("/a/2025-06-01.md"), TestCorpus::dayBytes().replace("2025-05-24", "2025-06-01").replace("2505.", "2506.")));
        QVERIFY(write(folder + QStringLiteral("/b/2025-06-03.md"), TestCorpus::dayBytes().replace("2025-05-24", "2025-06-03").replace("2505.", "2507.")));
        QVERIFY(write(folder + QStringLiteral("/b/broken.md"), "# nothing here\n"));

        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentDay(), TestCorpus::kDay);
        QSignalSpy done(w.importer(), &Ui::ImportController::finished);
        w.openFiles({folder});
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        const QString summary = done.at(0).at(0).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("Imported 2 day")) && summary.contains(QStringLiteral("%1 paper").arg(2 * TestCorpus::kPapers))
                     && summary.contains(QStringLiteral("1 file(s) rejected")),
                 qPrintable(summary));
        QVERIFY2(w.statusBar()->currentMessage() == summary, qPrintable(w.statusBar()->currentMessage()));
        QTRY_COMPARE(w.reader()->currentDay(), QDate(2025, 6, 3));
        const QStringList problems = done.at(0).at(2).toStringList();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first(), QStringLiteral("b/broken.md (rejected)"));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("    ")) && problems.at(1).contains(QStringLiteral("error:")), qPrintable(problems.at(1)));
        for (const QString &line : problems)
            QVERIFY2(!line.contains(folder), qPrintable(line));
    }

    // The problems of one file are named by its file name; an empty import says nothing came.
    void importReportNamesFilesShortly()
    {
        Core::ImportResult ok{Core::ImportResult::Outcome::Unchanged, QStringLiteral("/x/y/2025-05-24.md"), QDate(2025, 5, 24), 3, {}};
        Core::Diagnostic d;
        d.file = QStringLiteral("/x/y/z/09.md");
        d.line = 7;
        d.message = QStringLiteral("a paper without a link");
        d.paperId = QStringLiteral("2505.00001");
        Core::ImportResult warned{Core::ImportResult::Outcome::Imported, d.file, QDate(2025, 5, 9), 2, {d}};
        const auto one = Ui::ImportController::report({warned}, false);
        QCOMPARE(one.problems,
                 (QStringList{QStringLiteral("09.md (imported)"), QStringLiteral("    line 7: warning: a paper without a link (paper 2505.00001)")}));
        QCOMPARE(one.newest, QDate(2025, 5, 9));
        const auto none = Ui::ImportController::report({ok}, true);
        QVERIFY2(none.summary.startsWith(QStringLiteral("Nothing new imported, 1 file(s) unchanged")) && none.summary.endsWith(QStringLiteral("(cancelled)")),
                 qPrintable(none.summary));
        QVERIFY(none.problems.isEmpty());
        QCOMPARE(none.newest, QDate(2025, 5, 24));
    }

    // The sample a new library starts with: File › Remove the Sample Digest takes it away; it goes
    // by itself once the reader's own digests are imported, unless Settings keeps it.
    void theSampleDigestGivesWayToTheReadersOwn()
    {
        for (const bool keep : {false, true}) {
            QSettings().clear();
            Core::Settings::instance().setKeepSample(keep);
            QTemporaryDir dir;
            Core::Library lib;
            QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
            QVERIFY(Core::SampleDigest::importIfEmpty(lib));
            QVERIFY(!Core::SampleDigest::importIfEmpty(lib)); // once
            QVERIFY(Core::SampleDigest::isIn(lib));
            const QString samplePaper = lib.catalog().papersOfDay(Core::SampleDigest::day()).first().arxivId;
            QVERIFY(lib.annotations().setStarred(samplePaper, true).ok());
            Ui::MainWindow w(&lib);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QAction *remove = w.actions()->action(QStringLiteral("file.remove_sample"));
            QVERIFY(remove->isEnabled());
            QSignalSpy done(w.importer(), &Ui::ImportController::finished);
            w.importer()->start({TestCorpus::day()});
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
            QCOMPARE(Core::SampleDigest::isIn(lib), keep);
            QCOMPARE(lib.catalog().hasDay(Core::SampleDigest::day()), keep);
            QCOMPARE(remove->isEnabled(), keep);
            if (!keep) {
                QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("sample digest was removed")), qPrintable(w.statusBar()->currentMessage()));
                QVERIFY(lib.annotations().isStarred(samplePaper)); // the reader's data on its papers stays
                continue;
            }
            remove->trigger();
            QVERIFY(!Core::SampleDigest::isIn(lib));
            QVERIFY(!remove->isEnabled());
            QVERIFY(lib.catalog().hasDay(TestCorpus::kDay));
            QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("removed")));
        }
        QSettings().clear();
    }

    // Shift+Delete removes the day shown, Ctrl+Delete only the shown summary's publisher's digest;
    // the reader moves on to a day that is there, and the reader's data stays.
    void daysAndDigestsCanBeRemoved()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QVERIFY(LibraryFixture::importTwoPublishers(lib, dir));
        QByteArray older = TestCorpus::dayBytes();
        older.replace("2025-05-24", "2025-05-20").replace("2505.", "2504.");
        const QString fileC = dir.filePath(QStringLiteral("folder/2025-05-20.md"));
        QCOMPARE(lib.importer().importDigest(Core::DigestParser::parse(older, fileC), fileC, older).outcome, Core::ImportResult::Outcome::Imported);
        QVERIFY(lib.annotations().setStarred(TestCorpus::kSciLoop, true).ok());

        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->openPaper(TestCorpus::kDay, TestCorpus::kSciLoop));
        QCOMPARE(w.actions()->action(QStringLiteral("day.remove"))->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
        QCOMPARE(w.actions()->action(QStringLiteral("day.remove_digest"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
        // The folder's summary is shown: Ctrl+Delete removes the folder's digest, the log's stays.
        QVERIFY(w.reader()->removeShownDigest(false));
        QVERIFY(lib.catalog().hasDay(TestCorpus::kDay));
        const auto left = lib.catalog().papersOfDay(TestCorpus::kDay);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.first().publishers, QStringList{QStringLiteral("Logs")});
        QTRY_COMPARE(paperTree(w)->model()->rowCount(), 2);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("removed")));
        // Shift+Delete: the day goes; the reader shows the other day.
        QVERIFY(w.reader()->removeDay(false));
        QVERIFY(!lib.catalog().hasDay(TestCorpus::kDay));
        QTRY_COMPARE(w.reader()->currentDay(), QDate(2025, 5, 20));
        QCOMPARE(dayList(w)->model()->rowCount(), 1);
        QVERIFY(lib.annotations().isStarred(TestCorpus::kSciLoop));
    }

    // The README's table of keys names every shortcut of the window's actions (as the cheat sheet
    // writes it: "j", "Shift+M", "Ctrl+Shift+B"), so the two never drift apart.
    void readmeNamesEveryShortcut()
    {
        QFile file(QStringLiteral(PAPERBOY_SOURCE_DIR "/README.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString readme = QString::fromUtf8(file.readAll());
        readme = readme.mid(readme.indexOf(QStringLiteral("### Keys")));
        readme = readme.left(readme.indexOf(QStringLiteral("\n## ")));
        QVERIFY(readme.size() > 1000);
        Ui::MainWindow w(&m_library);
        QStringList missing;
        for (QAction *a : w.actions()->actions()) {
            for (const QKeySequence &k : a->shortcuts()) {
                QString text = Ui::ActionRegistry::keyText(k);
                if (text.endsWith(QStringLiteral("Del")))
                    text += QStringLiteral("ete"); // the README writes Delete
                if (!readme.contains(u'`' + text + u'`'))
                    missing << a->objectName() + u' ' + text;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void backgroundImportUpdatesTheWindow()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        Ui::MainWindow w(&lib);
        w.show();
        QCOMPARE(dayList(w)->model()->rowCount(), 0);
        w.importer()->start({TestCorpus::dir()});
        QVERIFY(w.importer()->isRunning());
        QVERIFY(w.actions()->action(QStringLiteral("file.cancel_import"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.importer()->isRunning(), 30000);
        QCOMPARE(dayList(w)->model()->rowCount(), 1);
        QCOMPARE(paperTree(w)->model()->rowCount(), TestCorpus::kPapers);
        QVERIFY(!w.actions()->action(QStringLiteral("file.cancel_import"))->isEnabled());
    }

    void anImportKeepsTheReaderWhereItWas()
    {
        // Another day arrives while a section of the third paper is read: the day list gains a row,
        // the tree and the summary stay as they are (no reset, no new rendering, same current row).
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(TestCorpus::day()).outcome, Core::ImportResult::Outcome::Imported);
        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(w.reader()->selectPaper(TestCorpus::kToolSmith));
        QTreeView *tree = paperTree(w);
        const QModelIndex section = tree->model()->index(1, 0, tree->currentIndex());
        QVERIFY(section.isValid());
        tree->setCurrentIndex(section);
        const QTextDocument *shown = summaryView(w)->document();
        QSignalSpy treeReset(tree->model(), &QAbstractItemModel::modelReset), dayReset(dayList(w)->model(), &QAbstractItemModel::modelReset);

        QByteArray other = TestCorpus::dayBytes();
        other.replace("2025-05-24", "2025-05-26");
        const QString path = dir.filePath(QStringLiteral("2025-05-26.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(other);
        f.close();
        w.importer()->start({path});
        QTRY_VERIFY_WITH_TIMEOUT(!w.importer()->isRunning(), 30000);
        QCOMPARE(dayList(w)->model()->rowCount(), 2);
        QCOMPARE(treeReset.size(), 0);
        QCOMPARE(dayReset.size(), 0);
        QCOMPARE(w.reader()->currentDay(), TestCorpus::kDay);
        QCOMPARE(w.reader()->currentPaperId(), TestCorpus::kToolSmith);
        QCOMPARE(tree->currentIndex().parent().data(Core::ArxivIdRole).toString(), TestCorpus::kToolSmith);
        QCOMPARE(tree->currentIndex().row(), 1);
        QCOMPARE(summaryView(w)->document(), shown);
    }

    void dayLabelsFitTheirColumn()
    {
        // A day label of the longest kind (a long weekday and month, hundreds of papers, bold while
        // unread) is not cut, at 1440×900 and at 800×600, in English and in Korean.
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::Korean, QLocale::SouthKorea)}) {
            QLocale::setDefault(locale);
            for (const QSize size : {QSize(1440, 900), QSize(800, 600)}) {
                Ui::MainWindow w(&m_library);
                w.resize(size);
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                QListView *days = dayList(w);
                QFont font = days->font();
                font.setBold(true);
                const QString longest = Core::dayLabel(QDate(2025, 9, 24)) + QStringLiteral("  (444 / 444)");
                const int needed = QFontMetrics(font).horizontalAdvance(longest);
                QVERIFY2(
                    needed <= days->viewport()->width() - 4,
                    qPrintable(
                        QStringLiteral("%1 at %2×%3: %4 > %5").arg(longest).arg(size.width()).arg(size.height()).arg(needed).arg(days->viewport()->width())));
            }
        }
        QLocale::setDefault(QLocale::c());
    }

    void menusAreGroupedFromTheRegistry()
    {
        Ui::MainWindow w(&m_library);
        auto *file = w.menuBar()->findChild<QMenu *>(QStringLiteral("menu.file"));
        QVERIFY(file);
        QStringList items;
        for (QAction *a : file->actions())
            items << (a->isSeparator() ? QStringLiteral("|") : a->objectName());
        QCOMPARE(items.join(u' '),
                 QStringLiteral("file.import file.import_folder file.watch_folder file.cancel_import | file.refresh "
                                "file.refresh_range file.cancel_refresh file.refresh_log file.sources file.publishers day.remove day.remove_digest "
                                "file.remove_sample | file.export | file.sync file.sync_setup file.sync_log | "
                                "app.settings | file.quit"));
        // Every menu of the registry is in the menu bar, none starts or ends with a separator.
        for (const auto &[id, title] : w.actions()->menus()) {
            auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("menu.") + id);
            QVERIFY2(menu && !menu->actions().isEmpty(), qPrintable(id));
            QVERIFY(!menu->actions().constFirst()->isSeparator() && !menu->actions().constLast()->isSeparator());
        }
    }

    void untrustedContentIsInert()
    {
        Ui::SummaryView view;
        Core::PaperDetail d;
        d.listing.arxivId = QStringLiteral("2506.00001");
        d.summaryMarkdown = QStringLiteral("# T\n\n<img src=\"http://127.0.0.1:9/x.png\"><script>alert(1)</script>\n\n![remote](http://127.0.0.1:9/y.png)");
        view.showPaper(d);
        QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:9/y.png"))).isNull());
        QVERIFY(view.toPlainText().contains(QStringLiteral("<script>"))); // shown as text, not interpreted
    }

    void darkAndLightColours()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *dark = w.actions()->action(QStringLiteral("view.dark"));
        QVERIFY(dark && dark->isCheckable());
        dark->trigger();
        QVERIFY(Ui::Appearance::isDark());
        QVERIFY(dark->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("view/colorScheme")).toString(), QStringLiteral("dark"));
        QTRY_VERIFY(summaryView(w)->palette().color(QPalette::Base).lightness() < 100);
        QVERIFY(summaryView(w)->palette().color(QPalette::Text).lightness() > 180);
        dark->trigger();
        QVERIFY(!Ui::Appearance::isDark());
        QVERIFY(!dark->isChecked());
        QTRY_VERIFY(summaryView(w)->palette().color(QPalette::Base).lightness() > 200);
        QCOMPARE(Ui::Appearance::configured(), Ui::Appearance::Scheme::Light);
        qputenv("PAPERBOY_COLOR_SCHEME", "dark"); // for screenshots: the environment wins
        QCOMPARE(Ui::Appearance::configured(), Ui::Appearance::Scheme::Dark);
        qunsetenv("PAPERBOY_COLOR_SCHEME");
        Ui::Appearance::apply(Ui::Appearance::Scheme::System);
    }

    void aboutNamesVersionAndLicences()
    {
        QTextDocument about;
        about.setHtml(Ui::MainWindow::aboutText());
        const QString text = about.toPlainText();
        QVERIFY(text.contains(QStringLiteral(PAPERBOY_VERSION)));
        QVERIFY(text.contains(QStringLiteral("MIT")));
        for (const char *library : {"Qt", "KF6 SyntaxHighlighting", "QtKeychain", "md4c", "SQLite"})
            QVERIFY2(text.contains(QLatin1StringView(library)), library);
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(Core::Library::sqliteVersion()));
        QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
