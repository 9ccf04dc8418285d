// Triage mode, Later, smart lists and Back/Forward on the real window, by keys alone: a real day
// triaged card by card, undone, imported again with the decisions still there.
#include "library/library.h"
#include "library/triagesession.h"
#include "actionregistry.h"
#include "listscontroller.h"
#include "mainwindow.h"
#include "navigationhistory.h"
#include "readercontroller.h"
#include "smartlistsdialog.h"
#include "triagecontroller.h"
#include "triageview.h"
#include "uitest.h"
#include "windowparts.h"

#include "models/roles.h"
#include "models/searchresultmodel.h"
#include "models/shelfmodel.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Paperboy;
using namespace Paperboy::Core;
using namespace TestCorpus;
using namespace TestWindow;

class TestTriageUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void key(QWidget *w, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, Qt::Key(key), mods);
    }
    static QString progress(const QWidget &w) { return w.findChild<QLabel *>(QStringLiteral("triageProgress"))->text(); }
    static QString card(const QWidget &w) { return w.findChild<QTextBrowser *>(QStringLiteral("triageCard"))->toPlainText(); }
    static bool inTriage(const QWidget &w) { return w.findChild<Ui::TriageView *>()->isVisible(); }
    static QString sectionBody(Library &lib, const QString &id, SectionKind kind)
    {
        const auto paper = lib.catalog().paper(id, kDay);
        for (const Section &s : paper->sections)
            if (s.kind == kind)
                return s.title.simplified();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_triageui")); }

    void triageADayByKeys()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *keep = w.actions()->action(QStringLiteral("triage.keep"));
        QVERIFY(!keep->isEnabled());

        key(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(inTriage(w));
        QVERIFY(keep->isEnabled());
        QVERIFY(progress(w).startsWith(QStringLiteral("1 / %1").arg(kPapers)));
        // The card: the title, the contributions and results, not the motivation until opened.
        const PaperDetail sci = *lib->catalog().paper(kSciLoop, kDay);
        QVERIFY(card(w).contains(sci.listing.title));
        const QString contributions = sectionBody(*lib, kSciLoop, SectionKind::Contributions);
        const QString motivation = sectionBody(*lib, kSciLoop, SectionKind::Motivation);
        QVERIFY(!contributions.isEmpty() && !motivation.isEmpty());
        QVERIFY(card(w).simplified().contains(contributions));
        QVERIFY(!card(w).simplified().contains(motivation));
        key(&w, Qt::Key_O);
        QVERIFY(card(w).simplified().contains(motivation)); // open: the whole summary
        key(&w, Qt::Key_O);
        QVERIFY(!card(w).simplified().contains(motivation));

        // s keeps (stars), l puts into Later, d skips (read): each shows the next card at once.
        key(&w, Qt::Key_S);
        QVERIFY(lib->annotations().isStarred(kSciLoop));
        QVERIFY(progress(w).startsWith(QStringLiteral("2 / %1 · 1 kept").arg(kPapers)));
        QVERIFY(card(w).contains(lib->catalog().paper(kDriftBench, kDay)->listing.title));
        key(&w, Qt::Key_L);
        QCOMPARE(lib->readingQueue().papers(), QStringList{kDriftBench});
        key(&w, Qt::Key_D);
        QVERIFY(lib->annotations().isRead(kToolSmith));
        QVERIFY(!lib->annotations().isStarred(kToolSmith)); // the reader's s did not run as well
        QVERIFY(progress(w).contains(QStringLiteral("1 later")));
        QVERIFY(progress(w).contains(QStringLiteral("1 skipped")));
        // u and Ctrl+Z take decisions back, the card comes back with them.
        key(&w, Qt::Key_U);
        QVERIFY(!lib->annotations().isRead(kToolSmith));
        QVERIFY(card(w).contains(lib->catalog().paper(kToolSmith, kDay)->listing.title));
        key(&w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(lib->readingQueue().papers().isEmpty());
        QVERIFY(progress(w).startsWith(QStringLiteral("2 / ")));
        QVERIFY(lib->annotations().isStarred(kSciLoop)); // only the last two went
        key(&w, Qt::Key_L);
        // The reader's own keys do nothing to the hidden panes: m marks nothing read, j passes.
        const QString shown = w.reader()->currentPaperId();
        key(&w, Qt::Key_M);
        QVERIFY(!lib->annotations().isRead(shown));
        QVERIFY(progress(w).startsWith(QStringLiteral("3 / ")));
        key(&w, Qt::Key_J);
        QVERIFY(progress(w).startsWith(QStringLiteral("4 / ")));
        QCOMPARE(w.reader()->currentPaperId(), shown);
        key(&w, Qt::Key_U);

        // Esc: back to reading; the reader's keys are the reader's again.
        key(&w, Qt::Key_Escape);
        QVERIFY(!inTriage(w));
        QVERIFY(!keep->isEnabled());
        QVERIFY(paperTree(w)->isVisible());

        // Imported again (the file changed): the decisions are there, and triage starts after them.
        const QString copy = m_dir.filePath(QStringLiteral("2025-05-24.md"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(day(), copy));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        QCOMPARE(lib->importer().importFile(copy).outcome, ImportResult::Outcome::Imported);
        QVERIFY(lib->annotations().isStarred(kSciLoop));
        QCOMPARE(lib->readingQueue().papers(), QStringList{kDriftBench});
        QCOMPARE(lib->history().recent(5, {EventKind::Keep, EventKind::Later}).size(), 2);
        key(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(progress(w).startsWith(QStringLiteral("1 / %1").arg(kPapers - 2)));
        QVERIFY(card(w).contains(lib->catalog().paper(kToolSmith, kDay)->listing.title));

        // To the end: the day's summary names the kept and later papers.
        key(&w, Qt::Key_S); // ToolSmith kept
        for (int i = 1; i < kPapers - 2; ++i)
            key(&w, Qt::Key_D);
        auto *done = w.findChild<QTextBrowser *>(QStringLiteral("triageDone"));
        QVERIFY(done->isVisible());
        QVERIFY(done->toPlainText().contains(lib->catalog().paper(kToolSmith, kDay)->listing.title));
        QVERIFY(progress(w).contains(QStringLiteral("%1 skipped").arg(kPapers - 3)));
        QCOMPARE(lib->annotations().unreadPaperCount(), 3); // SciLoop and ToolSmith kept, DriftBench later
        // u from the end brings the last card back.
        key(&w, Qt::Key_U);
        QVERIFY(!done->isVisible());
        key(&w, Qt::Key_Escape);
        QVERIFY(!inTriage(w));
        // Nothing left to decide: a message, no empty triage.
        lib->annotations().setRead(lib->catalog().papersOfDay(kDay).last().arxivId, true);
        key(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(!inTriage(w));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Nothing to triage")));
    }

    // Extra check on the real published digest (PAPERBOY_REAL_DIGESTS): all its papers triaged by
    // keys, each decision where it belongs, the last ones undone, the day imported again.
    void triageARealDay()
    {
        PAPERBOY_REQUIRE_REAL_DIGEST("2025-05-24.md");
        QTemporaryDir dir;
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("real.sqlite"))).ok());
        const QString file = dir.filePath(QStringLiteral("2025-05-24.md"));
        QVERIFY(QFile::copy(TestCorpus::realDir() + QStringLiteral("/2025-05-24.md"), file));
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
        const QList<PaperListing> day = lib.catalog().papersOfDay(kDay);
        QVERIFY(day.size() >= 40);
        Ui::MainWindow w(&lib);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.reader()->selectDay(kDay);
        key(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(inTriage(w));
        // Keep every fifth, Later every fifth after it, skip the rest; each card is the next paper.
        for (int i = 0; i < day.size(); ++i) {
            QVERIFY2(card(w).contains(day.at(i).title), qPrintable(day.at(i).arxivId));
            key(&w, i % 5 == 0 ? Qt::Key_S : i % 5 == 1 ? Qt::Key_L : Qt::Key_D);
        }
        QVERIFY(w.findChild<QTextBrowser *>(QStringLiteral("triageDone"))->isVisible());
        const int kept = int((day.size() + 4) / 5), later = int((day.size() + 3) / 5);
        QCOMPARE(lib.annotations().starredCount(), kept);
        QCOMPARE(lib.readingQueue().count(), later);
        QCOMPARE(lib.annotations().unreadPaperCount(), kept + later);
        key(&w, Qt::Key_U);
        key(&w, Qt::Key_U);
        // The last two decisions undone: a skip among them makes its paper unread again.
        const auto skipped = [&](qsizetype i) { return i % 5 >= 2 ? 1 : 0; };
        QCOMPARE(lib.annotations().unreadPaperCount(), kept + later + skipped(day.size() - 1) + skipped(day.size() - 2));
        key(&w, Qt::Key_Escape);
        // Imported again: every decision still there.
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n");
        f.close();
        const int starred = lib.annotations().starredCount(), queued = lib.readingQueue().count();
        const int events = lib.history().count();
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
        QCOMPARE(lib.annotations().starredCount(), starred);
        QCOMPARE(lib.readingQueue().count(), queued);
        QCOMPARE(lib.history().count(), events);
    }

    void triageTheSearchShown()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        QVERIFY(lib->annotations().tagPapers({kJudgeRm, kEnglish, kWithCode}, QStringLiteral("rl")).ok());
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        key(&w, Qt::Key_Slash);
        QTest::keyClicks(w.findChild<Ui::SearchPane *>()->field(), QStringLiteral("tag:rl"));
        w.findChild<Ui::SearchPane *>()->runNow();
        QTRY_COMPARE(w.findChild<Ui::SearchPane *>()->model()->rowCount(), 3);
        QTest::keyClick(w.findChild<Ui::SearchPane *>()->field(), Qt::Key_Return); // to the results: Shift+T is no letter there
        QTRY_VERIFY(!w.findChild<Ui::SearchPane *>()->field()->hasFocus());
        key(&w, Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(inTriage(w));
        QVERIFY(progress(w).startsWith(QStringLiteral("1 / 3")));
        QVERIFY(progress(w).contains(QStringLiteral("tag:rl")));
    }

    void laterFromTheReaderAndTheSidebar()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.reader()->currentPaperId(), kSciLoop);
        key(&w, Qt::Key_L);
        key(&w, Qt::Key_J);
        key(&w, Qt::Key_L);
        key(&w, Qt::Key_J);
        key(&w, Qt::Key_L);
        QCOMPARE(lib->readingQueue().papers(), (QStringList{kSciLoop, kDriftBench, kToolSmith}));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("3 in Later")));
        // The paper list marks them (rows changed in place, no reset).
        QSignalSpy resets(paperTree(w)->model(), &QAbstractItemModel::modelReset);
        for (int row = 0; row < 3; ++row)
            QVERIFY(paperTree(w)->model()->index(row, 0).data(LaterRole).toBool());
        QVERIFY(!paperTree(w)->model()->index(3, 0).data(LaterRole).toBool());
        // Alt+Up moves the paper shown towards the front.
        key(&w, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(lib->readingQueue().papers(), (QStringList{kSciLoop, kToolSmith, kDriftBench}));
        key(&w, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(lib->readingQueue().papers(), (QStringList{kSciLoop, kDriftBench, kToolSmith}));
        // l again takes it out.
        key(&w, Qt::Key_L);
        QCOMPARE(lib->readingQueue().papers(), (QStringList{kSciLoop, kDriftBench}));
        QVERIFY(!paperTree(w)->model()->index(2, 0).data(LaterRole).toBool());
        QCOMPARE(resets.size(), 0);
        key(&w, Qt::Key_L);

        // The sidebar's first row is Later with its count; Return lists it in the queue's order.
        QListView *sidebar = filterList(w);
        QTRY_COMPARE(sidebar->model()->index(0, 0).data(TagCountRole).toInt(), 3);
        QVERIFY(sidebar->model()->index(0, 0).data().toString().contains(QStringLiteral("Later (3)")));
        lib->readingQueue().moveTo(kToolSmith, 0);
        sidebar->setFocus();
        sidebar->setCurrentIndex(sidebar->model()->index(0, 0));
        QTest::keyClick(sidebar, Qt::Key_Return);
        auto *search = w.findChild<Ui::SearchPane *>();
        QTRY_COMPARE(search->model()->rowCount(), 3);
        QCOMPARE(search->model()->index(0, 0).data(ArxivIdRole).toString(), kToolSmith);
        QCOMPARE(search->model()->index(1, 0).data(ArxivIdRole).toString(), kSciLoop);
        QCOMPARE(search->field()->text(), QStringLiteral("is:later"));
        // Ctrl+D saves the search shown as a smart list; it appears in the sidebar with its count.
        UiTest::answerDialog<QInputDialog>(&w, [](QInputDialog *d) {
            d->setTextValue(QStringLiteral("Queue"));
            d->accept();
        });
        w.actions()->action(QStringLiteral("search.save"))->trigger();
        QCOMPARE(lib->smartLists().lists().size(), 1);
        QCOMPARE(lib->smartLists().lists().first().query, QStringLiteral("is:later"));
        QTRY_COMPARE(sidebar->model()->index(ShelfModel::FixedRows, 0).data(TagNameRole).toString(), QStringLiteral("Queue"));
        QCOMPARE(sidebar->model()->index(ShelfModel::FixedRows, 0).data(TagCountRole).toInt(), 3);
        // Smart Lists (Ctrl+Shift+L): F2 renames, Delete deletes.
        UiTest::answerDialog<Ui::SmartListsDialog>(&w, [](Ui::SmartListsDialog *d) {
            QCOMPARE(d->list()->topLevelItemCount(), 1);
            QCOMPARE(d->list()->topLevelItem(0)->text(1), QStringLiteral("3"));
            QVERIFY(d->renameCurrent(QStringLiteral("Reading queue")));
            QCOMPARE(d->list()->topLevelItem(0)->text(0), QStringLiteral("Reading queue"));
            QVERIFY(d->deleteCurrent());
            QCOMPARE(d->list()->topLevelItemCount(), 0);
            d->reject();
        });
        w.actions()->action(QStringLiteral("lists.manage"))->trigger();
        QVERIFY(lib->smartLists().lists().isEmpty());
        QCOMPARE(sidebar->model()->rowCount(), ShelfModel::FixedRows + 2 + int(lib->annotations().tags().size()));
    }

    void backAndForwardThroughWhatWasShown()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *back = w.actions()->action(QStringLiteral("history.back"));
        QCOMPARE(w.reader()->currentPaperId(), kSciLoop);
        key(&w, Qt::Key_J);
        key(&w, Qt::Key_J);
        QCOMPARE(w.reader()->currentPaperId(), kToolSmith);
        QVERIFY(back->isEnabled());
        key(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.reader()->currentPaperId(), kDriftBench);
        key(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.reader()->currentPaperId(), kSciLoop);
        QVERIFY(!back->isEnabled());
        key(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.reader()->currentPaperId(), kDriftBench);
        // A new paper after going back forgets what was ahead, as a browser does.
        key(&w, Qt::Key_K);
        QCOMPARE(w.reader()->currentPaperId(), kSciLoop);
        QVERIFY(!w.actions()->action(QStringLiteral("history.forward"))->isEnabled());
        key(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.reader()->currentPaperId(), kDriftBench);
    }

    void theTriageKeysAreInTheMenusAndConflictFree()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        QVERIFY(w.actions()->conflicts().isEmpty());
        QStringList ids;
        for (QAction *a : w.actions()->actionsInMenu(QStringLiteral("triage")))
            ids << a->objectName();
        QCOMPARE(ids, (QStringList{QStringLiteral("triage.keep"), QStringLiteral("triage.later"), QStringLiteral("triage.skip"), QStringLiteral("triage.pass"),
                                   QStringLiteral("triage.tag"), QStringLiteral("triage.open"), QStringLiteral("triage.undo"), QStringLiteral("triage.leave")}));
        // The hints under the card name the keys with the actions' texts, without their mnemonics
        // (a translation writes them as "간직(&K)").
        w.actions()->action(QStringLiteral("triage.keep"))->setText(QStringLiteral("간직(&K)"));
        auto *view = w.findChild<Ui::TriageView *>();
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(view, &change);
        const QString hints = w.findChild<QLabel *>(QStringLiteral("triageHints"))->text();
        QVERIFY2(hints.contains(QStringLiteral("<b>s</b> 간직")), qPrintable(hints));
        QVERIFY2(!hints.contains(QStringLiteral("(K)")) && !hints.contains(u'&' + QStringLiteral("K")), qPrintable(hints));
        QVERIFY(hints.contains(QStringLiteral("<b>Esc</b>")));

        // Two triage actions on one key is a conflict; a triage key the reader also uses is not.
        QHash<QString, QList<QKeySequence>> keys{{QStringLiteral("triage.keep"), {QKeySequence(Qt::Key_S)}},
                                                 {QStringLiteral("paper.toggle_star"), {QKeySequence(Qt::Key_S)}}};
        QVERIFY(Ui::ActionRegistry::conflictsIn(keys).isEmpty());
        keys.insert(QStringLiteral("triage.skip"), {QKeySequence(Qt::Key_S)});
        QCOMPARE(Ui::ActionRegistry::conflictsIn(keys).size(), 1);
    }
};

QTEST_MAIN(TestTriageUi)
#include "tst_triageui.moc"
