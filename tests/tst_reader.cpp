// The reader's keymap walked on the real MainWindow over a library of the corpus day (two days).
#include "actionregistry.h"
#include "cheatsheet.h"
#include "commandpalette.h"
#include "comparecontroller.h"
#include "compareview.h"
#include "daydelegate.h"
#include "digest/digestparser.h"
#include "gotodatedialog.h"
#include "icons.h"
#include "importcontroller.h"
#include "library/library.h"
#include "libraryfixture.h"
#include "mainwindow.h"
#include "models/comparemodel.h"
#include "models/daylistmodel.h"
#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "notepanel.h"
#include "publishersdialog.h"
#include "readercontroller.h"
#include "searchpane.h"
#include "settingsdialog.h"
#include "summaryview.h"
#include "testcorpus.h"

#include "windowparts.h"
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Paperboy;
using namespace TestWindow;

// Receives the URLs the window asks the desktop to open (registered for http and https).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    Core::Library m_lib;
    UrlCatcher m_urls;

    static const QDate kDay1, kDay2; // kDay2 is newer: first in the list

    static QString statusText(const QWidget &w) { return w.findChild<QLabel *>(QStringLiteral("dayStatus"))->text(); }
    void key(QWidget *w, int key, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(w, Qt::Key(key), mods); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reader"));
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QVERIFY(m_lib.open(m_db).ok());
        const QByteArray corpusBytes = TestCorpus::dayBytes();
        QVERIFY(!corpusBytes.isEmpty());
        QByteArray data = corpusBytes;
        QCOMPARE(m_lib.importer().importDigest(Core::DigestParser::parse(data, QStringLiteral("a.md")), QStringLiteral("a.md"), data).outcome,
                 Core::ImportResult::Outcome::Imported);
        data.replace("2025-05-24", "2025-05-25");
        QCOMPARE(m_lib.importer().importDigest(Core::DigestParser::parse(data, QStringLiteral("b.md")), QStringLiteral("b.md"), data).outcome,
                 Core::ImportResult::Outcome::Imported);
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_urls, "open");
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0); // tests mark read by hand
        m_lib.database().execScript(QStringLiteral("DELETE FROM read_state; DELETE FROM stars;"));
        m_urls.urls.clear();
    }

    void dayAndPaperNavigation()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentDay(), kDay2);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        paperTree(w)->setFocus();
        key(&w, Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.94810"));
        key(&w, Qt::Key_K);
        key(&w, Qt::Key_K); // first paper of the newest day: nothing before it
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        QCOMPARE(w.reader()->currentDay(), kDay2);
        key(&w, Qt::Key_BracketRight);
        QCOMPARE(w.reader()->currentDay(), kDay1);
        key(&w, Qt::Key_BracketLeft);
        QCOMPARE(w.reader()->currentDay(), kDay2);
        // j on the last paper of a day crosses into the next day; k comes back to that last paper.
        for (int i = 0; i < TestCorpus::kPapers - 1; ++i)
            key(&w, Qt::Key_J);
        QCOMPARE(paperTree(w)->currentIndex().row(), TestCorpus::kPapers - 1);
        key(&w, Qt::Key_J);
        QCOMPARE(w.reader()->currentDay(), kDay1);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        key(&w, Qt::Key_K);
        QCOMPARE(w.reader()->currentDay(), kDay2);
        QCOMPARE(paperTree(w)->currentIndex().row(), TestCorpus::kPapers - 1);
        // Down / Up in the tree do the same at the ends.
        paperTree(w)->setFocus();
        key(paperTree(w), Qt::Key_Down);
        QCOMPARE(w.reader()->currentDay(), kDay1);
        key(paperTree(w), Qt::Key_Down);
        QCOMPARE(paperTree(w)->currentIndex().row(), 1);
        key(paperTree(w), Qt::Key_Up);
        key(paperTree(w), Qt::Key_Up);
        QCOMPARE(w.reader()->currentDay(), kDay2);
    }

    void dayKeysSayWhereTheyGo()
    {
        // Days are listed newest first: ] goes down the list to an older day, [ up to a newer one, and
        // the menu, the palette, the cheat sheet and the icons say so.
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentDay(), kDay2);
        QVERIFY(kDay1 < kDay2);
        key(&w, Qt::Key_BracketRight);
        QCOMPARE(w.reader()->currentDay(), kDay1);
        QCOMPARE(dayList(w)->currentIndex().row(), 1);
        key(&w, Qt::Key_BracketRight); // the oldest: nothing below it
        QCOMPARE(w.reader()->currentDay(), kDay1);
        key(&w, Qt::Key_BracketLeft);
        QCOMPARE(w.reader()->currentDay(), kDay2);
        QCOMPARE(dayList(w)->currentIndex().row(), 0);
        QAction *older = w.actions()->action(QStringLiteral("day.next"));
        QAction *newer = w.actions()->action(QStringLiteral("day.previous"));
        QCOMPARE(older->text().remove(u'&'), QStringLiteral("Older Day"));
        QCOMPARE(newer->text().remove(u'&'), QStringLiteral("Newer Day"));
        QCOMPARE(older->shortcut(), QKeySequence(Qt::Key_BracketRight));
        QCOMPARE(newer->shortcut(), QKeySequence(Qt::Key_BracketLeft));
        // Down the list and up it, as j and k.
        QCOMPARE(Ui::Icons::forAction(older->objectName()), QStringLiteral("go-down"));
        QCOMPARE(Ui::Icons::forAction(newer->objectName()), QStringLiteral("go-up"));
        auto *go = w.menuBar()->findChild<QMenu *>(QStringLiteral("menu.go"));
        QVERIFY(go && go->actions().contains(older) && go->actions().contains(newer));
        const QString sheet = cheatSheet(w)->html();
        QVERIFY(sheet.contains(QStringLiteral("Older Day")));
        QVERIFY(sheet.contains(QStringLiteral("Newer Day")));
        QVERIFY(!sheet.contains(QStringLiteral("Next Day")));
    }

    void sectionJumpsAndPaging()
    {
        Ui::MainWindow w(&m_lib);
        w.resize(1100, 420);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2505.96265"))); // list-form sections
        key(&w, Qt::Key_7);
        QModelIndex cur = paperTree(w)->currentIndex();
        QVERIFY(cur.parent().isValid());
        QCOMPARE(cur.row(), 6);
        QVERIFY(cur.data().toString().startsWith(QStringLiteral("7.")));
        QVERIFY(summaryView(w)->verticalScrollBar()->value() > 0);
        key(&w, Qt::Key_1);
        QCOMPARE(paperTree(w)->currentIndex().row(), 0);
        // Space pages down until the end, then moves to the next paper.
        summaryView(w)->verticalScrollBar()->setValue(0);
        const QString before = w.reader()->currentPaperId();
        int pages = 0;
        while (w.reader()->currentPaperId() == before && pages < 50) {
            key(&w, Qt::Key_Space);
            ++pages;
        }
        QVERIFY(pages > 1);
        QVERIFY(w.reader()->currentPaperId() != before);
        QCOMPARE(summaryView(w)->verticalScrollBar()->value(), 0);
        key(&w, Qt::Key_Space);
        QVERIFY(summaryView(w)->verticalScrollBar()->value() > 0);
        key(&w, Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(summaryView(w)->verticalScrollBar()->value(), 0);
    }

    void starAndReadPersist()
    {
        {
            Ui::MainWindow w(&m_lib);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QString id = w.reader()->currentPaperId();
            key(&w, Qt::Key_S);
            key(&w, Qt::Key_M);
            QVERIFY(paperTree(w)->currentIndex().data().toString().startsWith(QStringLiteral("★")));
            // Another connection to the same file sees it: it is in the database, not in the window.
            Core::Library other;
            QVERIFY(other.open(m_db).ok());
            QVERIFY(other.annotations().isStarred(id));
            QVERIFY(other.annotations().isRead(id));
            key(&w, Qt::Key_M);
            QVERIFY(!other.annotations().isRead(id));
            key(&w, Qt::Key_S);
            QVERIFY(!other.annotations().isStarred(id));
        }
    }

    void markDayReadCatchesUpInOneUndoStep()
    {
        // Shift+M: every paper of the day read at once; Ctrl+Z gives back exactly the unread ones.
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The older day: the newer one lists the same papers again, which its count leaves out.
        key(&w, Qt::Key_BracketRight);
        const QString first = w.reader()->currentPaperId();
        key(&w, Qt::Key_M); // one read by hand before
        const QModelIndex day = dayList(w)->currentIndex();
        QCOMPARE(day.data(Core::UnreadCountRole).toInt(), TestCorpus::kPapers - 1);
        key(&w, Qt::Key_M, Qt::ShiftModifier);
        QCOMPARE(day.data(Core::UnreadCountRole).toInt(), 0);
        for (const QString &id : w.reader()->dayPaperIds())
            QVERIFY(m_lib.annotations().isRead(id));
        QCOMPARE(undoStack(w)->count(), 1);
        QVERIFY(w.statusBar()->currentMessage().contains(QString::number(TestCorpus::kPapers - 1)));
        // Again: nothing to do, no undo step.
        key(&w, Qt::Key_M, Qt::ShiftModifier);
        QCOMPARE(undoStack(w)->count(), 1);
        key(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(day.data(Core::UnreadCountRole).toInt(), TestCorpus::kPapers - 1);
        QVERIFY(m_lib.annotations().isRead(first));
        key(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(day.data(Core::UnreadCountRole).toInt(), 0);
    }

    void readAfterBeingShown()
    {
        Ui::MainWindow w(&m_lib);
        w.reader()->setMarkReadDelay(50);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_J);
        const QString id = w.reader()->currentPaperId();
        QTRY_VERIFY_WITH_TIMEOUT(m_lib.annotations().isRead(id), 3000);
        // Counted on the older day, where the papers are new (the newer day lists them again).
        QCOMPARE(m_lib.catalog().days(1, 1).first().unreadCount, TestCorpus::kPapers - 1);
    }

    void nextUnreadSkipsReadPapers()
    {
        for (const char *id : {"2505.94810", "2505.96410"})
            QVERIFY(m_lib.annotations().setRead(QString::fromLatin1(id), true).ok());
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        // The newer day lists the older day's papers again with the same summaries: n passes them
        // and goes on with the older day, where the paper shown is new.
        key(&w, Qt::Key_N);
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 5, 24));
        QCOMPARE(paperTree(w)->currentIndex().row(), 0);
        key(&w, Qt::Key_N);
        // The 2nd and 3rd papers are read (read state is per paper, so on both days).
        QCOMPARE(paperTree(w)->currentIndex().row(), 3);
    }

    void openLinks()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_O);
        key(&w, Qt::Key_O, Qt::ShiftModifier);
        QCOMPARE(m_urls.urls,
                 (QList<QUrl>{QUrl(QStringLiteral("https://huggingface.co/papers/2505.96938")), QUrl(QStringLiteral("https://arxiv.org/pdf/2505.96938"))}));
    }

    // A search with more results than a page shows the true total, loads the rest as the list is
    // scrolled to its end, and Alt+S switches between the best match and the newest day first.
    void searchPagesThroughEveryResult()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        constexpr int days = 5, perDay = 61; // 305 papers: a page of 200, then the rest
        QStringList files;
        for (int d = 0; d < days; ++d) {
            QByteArray digest = QStringLiteral("# 📰 Hugging Face Daily Papers – 2025-07-0%1\n\n").arg(d + 1).toUtf8();
            for (int n = 0; n < perDay; ++n) {
                const QByteArray id = QStringLiteral("2507.%1").arg(10000 + d * 100 + n).toUtf8();
                // The word in the title of the oldest day's papers only: they match best.
                digest += "## " + id + "\n\n**Summary**:\n```markdown\n# " + (d == 0 ? "보상 모델 " : "논문 ") + id
                    + "\n\n## 1. 동기\n\n보상 설계를 다룹니다.\n```\n\n";
            }
            const QString file = dir.filePath(QStringLiteral("2025-07-0%1.md").arg(d + 1));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(digest);
            files << file;
        }
        for (const Core::ImportResult &r : lib.importer().importPaths(files))
            QCOMPARE(r.outcome, Core::ImportResult::Outcome::Imported);

        Ui::MainWindow w(&lib);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_Slash);
        searchPane(w)->field()->setText(QStringLiteral("보상")); // (keyClicks types ASCII only)
        key(searchPane(w)->field(), Qt::Key_Return);
        QTRY_COMPARE(searchPane(w)->model()->rowCount(), Ui::SearchPane::Page);
        QTRY_VERIFY2(statusText(w).contains(QStringLiteral("305 result")), qPrintable(statusText(w)));
        QVERIFY2(statusText(w).contains(QStringLiteral("200 shown")), qPrintable(statusText(w)));
        QCOMPARE(searchPane(w)->model()->index(0).data(Core::DateRole).toDate(), QDate(2025, 7, 1));
        // The end of the list brings the rest.
        QListView *results = searchPane(w)->results();
        results->setFocus();
        key(results, Qt::Key_End);
        QTRY_COMPARE(searchPane(w)->model()->rowCount(), days * perDay);
        QVERIFY(!searchPane(w)->model()->canFetchMore({}));
        QVERIFY2(statusText(w).contains(QStringLiteral("305 result")) && !statusText(w).contains(QStringLiteral("shown")), qPrintable(statusText(w)));
        // Alt+S: the newest day first, from a page again.
        QAction *order = w.findChild<QAction *>(QStringLiteral("search.order"));
        QVERIFY(order);
        QCOMPARE(order->shortcut(), QKeySequence(Qt::ALT | Qt::Key_S));
        key(results, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(searchPane(w)->orderChip()->currentIndex(), 1);
        QTRY_COMPARE(searchPane(w)->model()->index(0).data(Core::DateRole).toDate(), QDate(2025, 7, 5));
        QTRY_COMPARE(searchPane(w)->model()->rowCount(), Ui::SearchPane::Page);
        QCOMPARE(searchPane(w)->model()->index(int(Ui::SearchPane::Page) - 1).data(Core::DateRole).toDate(), QDate(2025, 7, 2));

        // Shift+M while searching: every result read, those not loaded too; one undo step.
        const QString unloaded = QStringLiteral("2507.10000"); // the oldest day's first paper, past the first page
        QVERIFY(!lib.annotations().isRead(unloaded));
        w.reader()->setMarkReadDelay(0);
        key(results, Qt::Key_M, Qt::ShiftModifier);
        QVERIFY(lib.annotations().isRead(unloaded));
        QVERIFY(lib.annotations().isRead(QStringLiteral("2507.10460")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("305")), qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(undoStack(w)->count(), 1);
        undoStack(w)->undo();
        QVERIFY(!lib.annotations().isRead(unloaded));
    }

    // The day list is grouped by month (a heading above each month's first day); g opens a calendar
    // that goes to the nearest day with a digest; Alt+Home, and Home in the day list, the newest.
    void daysByMonthAndGoToDate()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        const QByteArray corpus = TestCorpus::dayBytes();
        int k = 0;
        for (const char *date : {"2025-05-24", "2025-06-02", "2025-06-10"}) {
            QByteArray day = corpus;
            day.replace("2025-05-24", date).replace("2505.", QByteArray::number(2501 + k++) + '.');
            const QString file = dir.filePath(QString::fromLatin1(date) + QStringLiteral(".md"));
            QCOMPARE(lib.importer().importDigest(Core::DigestParser::parse(day, file), file, day).outcome, Core::ImportResult::Outcome::Imported);
        }
        Ui::MainWindow w(&lib);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractItemModel *days = dayList(w)->model();
        QCOMPARE(days->rowCount(), 3);
        QCOMPARE(Ui::DayDelegate::monthHeading(days->index(0, 0)), QLocale().toString(QDate(2025, 6, 10), QStringLiteral("MMMM yyyy")));
        QCOMPARE(Ui::DayDelegate::monthHeading(days->index(1, 0)), QString());
        QCOMPARE(Ui::DayDelegate::monthHeading(days->index(2, 0)), QLocale().toString(QDate(2025, 5, 24), QStringLiteral("MMMM yyyy")));
        QVERIFY(dayList(w)->visualRect(days->index(0, 0)).height() > dayList(w)->visualRect(days->index(1, 0)).height());

        Ui::GoToDateDialog go(&lib, QDate(2025, 6, 10), &w);
        QCOMPARE(go.calendar()->selectedDate(), QDate(2025, 6, 10));
        QCOMPARE(go.calendar()->minimumDate(), QDate(2025, 5, 24));
        QVERIFY(go.calendar()->dateTextFormat(QDate(2025, 6, 2)).fontWeight() == QFont::Bold);
        QVERIFY(go.calendar()->dateTextFormat(QDate(2025, 6, 3)).fontWeight() != QFont::Bold);
        go.calendar()->setSelectedDate(QDate(2025, 6, 5));
        QCOMPARE(go.chosenDay(), QDate(2025, 6, 2));
        go.calendar()->setSelectedDate(QDate(2025, 5, 27)); // 3 days after the 24th, 6 before 2 June
        QCOMPARE(go.chosenDay(), QDate(2025, 5, 24));
        // The keys: Page Up is a month back; Enter accepts.
        go.show();
        go.calendar()->setSelectedDate(QDate(2025, 6, 10));
        go.calendar()->setFocus();
        QTest::keyClick(go.calendar()->findChild<QAbstractItemView *>(), Qt::Key_PageUp);
        QCOMPARE(go.calendar()->selectedDate(), QDate(2025, 5, 24)); // a month back, within the range
        QCOMPARE(w.actions()->action(QStringLiteral("day.go_to"))->shortcut(), QKeySequence(Qt::Key_G));

        // Newest: Alt+Home anywhere, Home in the day list.
        w.reader()->selectDay(QDate(2025, 5, 24));
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 5, 24));
        key(paperTree(w), Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 6, 10));
        w.reader()->selectDay(QDate(2025, 5, 24));
        dayList(w)->setFocus();
        key(dayList(w), Qt::Key_Home);
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 6, 10));
    }

    // A paper's sections, opened with Right, stay open while they are read and fold away when the
    // next paper is shown.
    void sectionsFoldAsYouMove()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeView *tree = paperTree(w);
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        const QModelIndex first = tree->currentIndex();
        key(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(first));
        key(tree, Qt::Key_Down); // into its first section
        QCOMPARE(tree->currentIndex().parent(), first);
        QVERIFY(tree->isExpanded(first));
        key(tree, Qt::Key_J);
        QCOMPARE(tree->currentIndex(), tree->model()->index(1, 0));
        QVERIFY(!tree->isExpanded(first));
    }

    void searchAndBack()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_Slash);
        QVERIFY(w.isSearching());
        QVERIFY(searchPane(w)->field()->hasFocus());
        // Letters go into the field, not to the single-key shortcuts.
        QTest::keyClicks(searchPane(w)->field(), QStringLiteral("jk"));
        QCOMPARE(searchPane(w)->field()->text(), QStringLiteral("jk"));
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96938"));
        searchPane(w)->field()->clear();
        QTest::keyClicks(searchPane(w)->field(), QStringLiteral("Judge-RM"));
        QTRY_VERIFY(searchPane(w)->model()->rowCount() > 0);
        key(searchPane(w)->field(), Qt::Key_Return);
        QTRY_COMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96265"));
        QVERIFY(summaryView(w)->highlightedCount() > 0);
        // A compound marks each of its spellings whole, once; never a lone part of it.
        searchPane(w)->field()->setText(QStringLiteral("강화학습 -survey"));
        QCOMPARE(searchPane(w)->matchWords(),
                 (QStringList{QStringLiteral("강화학습"), QStringLiteral("강화 학습"), QStringLiteral("강 화학습"), QStringLiteral("강화학 습")}));
        searchPane(w)->runNow();
        QTRY_VERIFY(!searchPane(w)->isSearching());
        QTRY_VERIFY(searchPane(w)->model()->rowCount() > 0);
        key(searchPane(w)->results(), Qt::Key_Return);
        const QString shown = summaryView(w)->toPlainText();
        QVERIFY(shown.count(QStringLiteral("학습")) > shown.count(QStringLiteral("강화 학습")) + shown.count(QStringLiteral("강화학습")));
        QCOMPARE(summaryView(w)->highlightedCount(), int(shown.count(QStringLiteral("강화 학습")) + shown.count(QStringLiteral("강화학습"))));
        searchPane(w)->field()->setFocus();
        // A filter chip narrows the results.
        searchPane(w)->field()->setText(QStringLiteral("모델"));
        searchPane(w)->runNow();
        QTRY_VERIFY(!searchPane(w)->isSearching());
        const int all = searchPane(w)->model()->rowCount();
        QVERIFY(m_lib.annotations().setStarred(QStringLiteral("2505.96938"), true).ok());
        searchPane(w)->starredChip()->setChecked(true);
        QTRY_VERIFY(!searchPane(w)->isSearching());
        QVERIFY(searchPane(w)->model()->rowCount() < all);
        QCOMPARE(searchPane(w)->model()->rowCount(), 1);
        key(searchPane(w)->results(), Qt::Key_Escape);
        QVERIFY(!w.isSearching());
        QCOMPARE(summaryView(w)->highlightedCount(), 0);
        QVERIFY(paperTree(w)->isVisible());
    }

    void paletteRunsAnAction()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString id = w.reader()->currentPaperId();
        QTimer::singleShot(0, this, [] {
            auto *palette = qobject_cast<Ui::CommandPalette *>(QApplication::activeModalWidget());
            QVERIFY(palette);
            QTest::keyClicks(palette->input(), QStringLiteral("star unstar"));
            QVERIFY(palette->list()->count() > 0);
            QVERIFY(palette->list()->currentItem()->text().contains(QStringLiteral("Star")));
            QTest::keyClick(palette->input(), Qt::Key_Return);
        });
        key(&w, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(m_lib.annotations().isStarred(id));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // The palette also jumps to a day.
        QTimer::singleShot(0, this, [] {
            auto *palette = qobject_cast<Ui::CommandPalette *>(QApplication::activeModalWidget());
            QVERIFY(palette);
            QTest::keyClicks(palette->input(), QStringLiteral("2025-05-24"));
            QTest::keyClick(palette->input(), Qt::Key_Return);
        });
        key(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.reader()->currentDay(), kDay1);
    }

    void fuzzyScores()
    {
        QVERIFY(Ui::CommandPalette::fuzzyScore(QStringLiteral("nxp"), QStringLiteral("Next Paper")) > 0);
        QCOMPARE(Ui::CommandPalette::fuzzyScore(QStringLiteral("xyz"), QStringLiteral("Next Paper")), -1);
        QVERIFY(Ui::CommandPalette::fuzzyScore(QStringLiteral("next"), QStringLiteral("Next Paper"))
                > Ui::CommandPalette::fuzzyScore(QStringLiteral("next"), QStringLiteral("Focus Next Pane")));
    }

    void shortcutRebinding()
    {
        {
            Ui::MainWindow w(&m_lib);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            Ui::SettingsDialog dialog(w.actions(), &w);
            QTableWidget *table = dialog.shortcutTable();
            int row = -1;
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("paper.next"))
                    row = r;
            QVERIFY(row >= 0);
            dialog.setShortcutForRow(row, QKeySequence(Qt::Key_K)); // k is "previous paper": a conflict
            QVERIFY(dialog.hasConflicts());
            QVERIFY(!dialog.conflictLabel()->text().isEmpty());
            dialog.accept();
            QCOMPARE(w.actions()->action(QStringLiteral("paper.next"))->shortcut(), QKeySequence(Qt::Key_J)); // refused
            dialog.setShortcutForRow(row, QKeySequence(Qt::Key_Y));
            QVERIFY(!dialog.hasConflicts());
            dialog.accept();
            key(&w, Qt::Key_Y);
            QCOMPARE(paperTree(w)->currentIndex().row(), 1);
            key(&w, Qt::Key_J); // no longer bound
            QCOMPARE(paperTree(w)->currentIndex().row(), 1);
        }
        // Saved by id: a new window has it too.
        Ui::MainWindow w2(&m_lib);
        QCOMPARE(w2.actions()->action(QStringLiteral("paper.next"))->shortcut(), QKeySequence(Qt::Key_Y));
    }

    void cheatSheetFitsAndLeavesTheWindowAlone()
    {
        // "?" lays the sheet over the window: the window keeps its size, the panes keep theirs, every
        // action of the registry is listed (compare and edit too), and what does not fit scrolls.
        for (const QSize size : {QSize(1440, 900), QSize(800, 600)}) {
            Ui::MainWindow w(&m_lib);
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QSize before = w.size();
            const int summaryWidth = summaryView(w)->width();
            key(&w, Qt::Key_Question);
            Ui::CheatSheet *sheet = cheatSheet(w);
            QVERIFY(sheet->isVisible());
            QApplication::processEvents();
            QCOMPARE(w.size(), before);
            QCOMPARE(summaryView(w)->width(), summaryWidth);
            QVERIFY(w.rect().contains(sheet->geometry()));
            const QString html = sheet->html(sheet->columnsThatFit());
            for (QAction *a : w.actions()->actions())
                QVERIFY2(html.contains(a->text().remove(u'&').toHtmlEscaped()), qPrintable(a->objectName()));
            // A letter alone reads as typed; with Shift it says so.
            QVERIFY2(html.contains(QStringLiteral("<tt>j</tt>")) && html.contains(QStringLiteral("<tt>Shift+M</tt>")), qPrintable(html));
            QVERIFY(!html.contains(QStringLiteral("<tt>J</tt>")));
            QVERIFY(sheet->columnsThatFit() < int(w.actions()->menus().size()) || size.width() > 1400);
            auto *scroll = sheet->findChild<QScrollArea *>(QStringLiteral("cheatSheetScroll"));
            QVERIFY(scroll);
            // Its columns reflow to the width: nothing is off to the side.
            QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
            // The keys of keyboard selection, which no menu lists.
            QVERIFY(html.contains(QStringLiteral("(after v)")));
            if (size.height() < 700) {
                QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
                key(sheet, Qt::Key_J);
                QVERIFY(sheet->isVisible());
                QVERIFY(scroll->verticalScrollBar()->value() > 0);
            }
            key(sheet, Qt::Key_A);
            QVERIFY(!sheet->isVisible());
            QCOMPARE(w.size(), before);
        }
    }

    void cheatSheetZoomAndPanes()
    {
        Ui::MainWindow w(&m_lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_Question);
        QVERIFY(cheatSheet(w)->isVisible());
        QVERIFY(cheatSheet(w)->html().contains(QStringLiteral("Next Paper")));
        key(cheatSheet(w), Qt::Key_A);
        QVERIFY(!cheatSheet(w)->isVisible());

        key(&w, Qt::Key_Equal, Qt::ControlModifier);
        key(&w, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(summaryView(w)->zoom(), 2);
        QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 2);
        key(&w, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(summaryView(w)->zoom(), 1);
        key(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(summaryView(w)->zoom(), 0);

        dayList(w)->setFocus();
        key(&w, Qt::Key_F6);
        QVERIFY(paperTree(w)->hasFocus());
        key(&w, Qt::Key_F6);
        QVERIFY(summaryView(w)->hasFocus());
        key(&w, Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(paperTree(w)->hasFocus());
    }

    void stateRestoredOnRestart()
    {
        {
            Ui::MainWindow w(&m_lib);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            key(&w, Qt::Key_BracketRight);
            key(&w, Qt::Key_J);
            key(&w, Qt::Key_J);
            w.close();
        }
        Ui::MainWindow w(&m_lib);
        QCOMPARE(w.reader()->currentDay(), kDay1);
        QCOMPARE(w.reader()->currentPaperId(), QStringLiteral("2505.96410"));
    }

    void codeBlocksAreHighlighted()
    {
        Ui::SummaryView view;
        Core::PaperDetail d;
        d.listing.arxivId = QStringLiteral("2506.00001");
        d.summaryMarkdown = QStringLiteral("# T\n\n```python\ndef f(x):\n    return 42  # answer\n```\n\nplain text\n");
        view.show();
        view.showPaper(d);
        // Keywords are bold, the number and the comment coloured; the prose after the fence is untouched.
        QHash<QString, QTextCharFormat> formatOf;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            for (const QTextLayout::FormatRange &r : b.layout()->formats())
                formatOf.insert(b.text().mid(r.start, r.length), r.format);
        QCOMPARE(formatOf.value(QStringLiteral("def")).fontWeight(), int(QFont::Bold));
        QVERIFY(formatOf.value(QStringLiteral("42")).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(formatOf.value(QStringLiteral("# answer")).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatOf.contains(QStringLiteral("plain")));
        QVERIFY(!formatOf.contains(QStringLiteral("plain text")));
    }

    static void importTwoPublishers(Core::Library &lib, const QTemporaryDir &dir)
    {
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QVERIFY(LibraryFixture::importTwoPublishers(lib, dir));
    }

    void publishersSummariesAreOneKeyApart()
    {
        // One day from two publishers: a folder, and a log on the web that lists the third and the
        // first paper (the first in its own words).
        QTemporaryDir dir;
        Core::Library lib;
        importTwoPublishers(lib, dir);
        if (QTest::currentTestFailed())
            return;

        Ui::MainWindow w(&lib);
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentPaperId(), TestCorpus::kSciLoop);
        const auto shownText = [&] { return summaryView(w)->document()->toPlainText(); };
        QVERIFY(!shownText().contains(QStringLiteral("Zyxwvology")));
        QVERIFY2(shownText().contains(QStringLiteral("Summary by folder")) && shownText().contains(QStringLiteral("Logs")), qPrintable(shownText()));
        // The tree lists both summaries' sections, the other one's named.
        const QModelIndex first = paperTree(w)->model()->index(0, 0);
        const int sections = paperTree(w)->model()->rowCount(first);
        QVERIFY(sections >= 2);
        const QModelIndex last = paperTree(w)->model()->index(sections - 1, 0, first);
        QVERIFY2(last.data().toString().startsWith(QStringLiteral("Logs — ")), qPrintable(last.data().toString()));

        // p: the next publisher's summary, and back.
        paperTree(w)->setFocus();
        key(paperTree(w), Qt::Key_P);
        QVERIFY(shownText().contains(QStringLiteral("Zyxwvology")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Logs")), qPrintable(w.statusBar()->currentMessage()));
        key(paperTree(w), Qt::Key_P);
        QVERIFY(!shownText().contains(QStringLiteral("Zyxwvology")));

        // A highlight made in the other summary belongs to it: drawn and listed there, not on this one.
        key(paperTree(w), Qt::Key_P);
        QVERIFY(selectInSummary(summaryView(w), QStringLiteral("Zyxwvology 연구실의 실험은")) > 0);
        key(summaryView(w), Qt::Key_H);
        const auto made = lib.annotations().highlights(TestCorpus::kSciLoop);
        QCOMPARE(made.size(), 1);
        QCOMPARE(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay, made[0].publisherId)->summary.publisher, QStringLiteral("Logs"));
        QCOMPARE(summaryView(w)->drawnHighlights().size(), 1);
        QCOMPARE(notePanel(w)->highlightList()->count(), 1);
        paperTree(w)->setFocus();
        key(paperTree(w), Qt::Key_P);
        QVERIFY(!shownText().contains(QStringLiteral("Zyxwvology")));
        QVERIFY(summaryView(w)->drawnHighlights().isEmpty());
        QCOMPARE(notePanel(w)->highlightList()->count(), 0);
        key(paperTree(w), Qt::Key_P);
        QCOMPARE(summaryView(w)->drawnHighlights().size(), 1);
        QCOMPARE(notePanel(w)->highlightList()->count(), 1);
        key(paperTree(w), Qt::Key_P);

        // A section of the other summary shows that summary; another paper shows the day's choice.
        paperTree(w)->setCurrentIndex(last);
        QVERIFY(shownText().contains(QStringLiteral("Zyxwvology")));
        key(paperTree(w), Qt::Key_J);
        key(paperTree(w), Qt::Key_K);
        QCOMPARE(w.reader()->currentPaperId(), TestCorpus::kSciLoop);
        QVERIFY(!shownText().contains(QStringLiteral("Zyxwvology")));
        // On a paper only one publisher summarised, p says so.
        key(paperTree(w), Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), TestCorpus::kDriftBench);
        key(paperTree(w), Qt::Key_P);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Only one publisher")));
        key(paperTree(w), Qt::Key_K);

        // Shift+C: both summaries side by side.
        key(paperTree(w), Qt::Key_C, Qt::ShiftModifier);
        QVERIFY(w.comparer()->view());
        QCOMPARE(w.comparer()->view()->model()->columnCount(), 2);
        QVERIFY(w.comparer()->view()->model()->headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("Logs")));
        w.comparer()->view()->close();

        // Shift+P on the other summary: its papers first, its summary shown.
        paperTree(w)->setFocus();
        key(paperTree(w), Qt::Key_P);
        key(paperTree(w), Qt::Key_P, Qt::ShiftModifier);
        QTRY_COMPARE(paperTree(w)->model()->index(0, 0).data(Core::ArxivIdRole).toString(), TestCorpus::kToolSmith);
        QCOMPARE(lib.catalog().paper(TestCorpus::kSciLoop, TestCorpus::kDay)->summary.publisher, QStringLiteral("Logs"));
    }

    // File › Publishers (Ctrl+Shift+B): the preferred publisher first, Ctrl+P prefers another (the
    // reader then shows its summary), F2 renames; an empty name is refused in the dialog, not lost.
    void publishersDialogPrefersAndRenames()
    {
        QTemporaryDir dir;
        Core::Library lib;
        importTwoPublishers(lib, dir);
        if (QTest::currentTestFailed())
            return;
        Ui::MainWindow w(&lib);
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *open = w.findChild<QAction *>(QStringLiteral("file.publishers"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QVERIFY(!summaryView(w)->document()->toPlainText().contains(QStringLiteral("Zyxwvology")));

        Ui::PublishersDialog dialog(&lib, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(0).contains(QStringLiteral("preferred")));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Logs"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("1"));
        QVERIFY(list->topLevelItem(1)->text(2).contains(QStringLiteral("logs.example.org")));

        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("preferButton"))->isEnabled());
        QTest::keyClick(list, Qt::Key_P, Qt::ControlModifier);
        // (a button's shortcut clicks it after a short animation)
        QTRY_COMPARE(lib.publishers().all().first().name, QStringLiteral("Logs"));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Logs (preferred)"));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Logs")));
        // The paper being read keeps its summary; the next time it is shown, the preferred one's.
        QTRY_COMPARE(paperTree(w)->model()->index(0, 0).data(Core::ArxivIdRole).toString(), TestCorpus::kToolSmith);
        QVERIFY(w.reader()->selectPaper(TestCorpus::kToolSmith));
        QVERIFY(w.reader()->selectPaper(TestCorpus::kSciLoop));
        QVERIFY(summaryView(w)->document()->toPlainText().contains(QStringLiteral("Zyxwvology")));

        QVERIFY(!dialog.renameCurrent(QStringLiteral("  ")));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("name")), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(lib.publishers().all().first().name, QStringLiteral("Logs"));
        QVERIFY(dialog.renameCurrent(QStringLiteral("Paper log")));
        QCOMPARE(lib.publishers().all().first().name, QStringLiteral("Paper log"));
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Paper log (preferred)"));
        QTRY_VERIFY(summaryView(w)->document()->toPlainText().contains(QStringLiteral("Paper log")));
    }

    // The summary's "# 논문 요약: "…"" heading reads as the paper list's title; other headings as written.
    void readerTitleDropsTheSummaryLabel()
    {
        Ui::SummaryView view;
        Core::PaperDetail d;
        d.listing.arxivId = QStringLiteral("2506.00003");
        d.listing.title = QStringLiteral("Think-RM: 긴 추론을 위한 보상 모델");
        d.summaryMarkdown = QStringLiteral("# 논문 요약: \"Think-RM: 긴 추론을 위한 보상 모델\"\n\n## 1. 동기\n\n본문입니다.\n");
        view.show();
        view.showPaper(d);
        QCOMPARE(view.document()->begin().text(), d.listing.title);
        QVERIFY(!view.document()->toPlainText().contains(QStringLiteral("논문 요약")));
        d.summaryMarkdown = QStringLiteral("# **Think-RM**: 긴 추론\n\n## 1. 동기\n\n본문입니다.\n");
        view.showPaper(d);
        QCOMPARE(view.document()->begin().text(), QStringLiteral("Think-RM: 긴 추론"));
    }

    // The reader's header gives the day as the day list does: in Korean the long date with its
    // weekday ("2025년 5월 24일 (토)"), not "25. 5. 24.".
    void readerHeaderDateIsLongWithWeekday()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        Ui::SummaryView view;
        Core::PaperDetail d;
        d.listing.arxivId = QStringLiteral("2505.00004");
        d.listing.day = QDate(2025, 5, 24);
        d.summaryMarkdown = QStringLiteral("# 제목\\n\\n## 1. 동기\\n\\n본문\\n");
        view.showPaper(d);
        const QString text = view.document()->toPlainText();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("2025년 5월 24일")) && text.contains(QStringLiteral("(토)")), qPrintable(text.left(200)));
        QVERIFY(!text.contains(QStringLiteral("25. 5. 24.")));
    }

    // "0.7~1.4점, … 1.7~1.8점" are two ranges, not a struck passage: only ~~double~~ tildes strike.
    void tildesAreRangesNotStrikethrough()
    {
        Ui::SummaryView view;
        Core::PaperDetail d;
        d.listing.arxivId = QStringLiteral("2506.00002");
        d.summaryMarkdown = QStringLiteral("# 범위 2~3배\n\n## 5. 결과\n\nnDCG@10이 0.7~1.4점, 재현율은 1.7~1.8점 올랐습니다.\n\n"
                                           "~~초안 수치~~ 는 버렸고 `a~b` 는 코드, https://example.com/~user/x~y 는 링크입니다.\n");
        view.show();
        view.showPaper(d);
        const QString text = view.document()->toPlainText();
        for (const QString &shown : {QStringLiteral("범위 2~3배"), QStringLiteral("nDCG@10이 0.7~1.4점, 재현율은 1.7~1.8점 올랐습니다."), QStringLiteral("a~b"),
                                     QStringLiteral("https://example.com/~user/x~y")})
            QVERIFY2(text.contains(shown), qPrintable(text));
        QVERIFY(!text.contains(u'\\'));
        QStringList struck;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().fontStrikeOut())
                    struck << it.fragment().text();
        QCOMPARE(struck, QStringList{QStringLiteral("초안 수치")});
    }

    void dayListIsLazy()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("big.sqlite"))).ok());
        const QByteArray one = "# Daily – DATE\n\n## 2506.00001\n\n**Summary**:\n```markdown\n# T\n\n## 1. 동기\n\n텍스트\n```\n";
        for (int i = 0; i < 450; ++i) {
            QByteArray data = one;
            data.replace("DATE", QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate).toUtf8());
            lib.importer().importDigest(Core::DigestParser::parse(data, QStringLiteral("x.md")), QStringLiteral("x.md"), data);
        }
        Core::DayListModel model(&lib);
        QCOMPARE(model.totalDays(), 450);
        QCOMPARE(model.rowCount(), Core::DayListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * Core::DayListModel::PageSize);
        QCOMPARE(model.rowOf(QDate(2020, 1, 1)), 449); // loads up to an old day when asked for it
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }
};

const QDate TestReader::kDay1(2025, 5, 24);
const QDate TestReader::kDay2(2025, 5, 25);

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
