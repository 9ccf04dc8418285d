// For you on the real window, by keys: Shift+F ranks the day shown by the reader's own model, built
// on another thread; the banner says what it rests on (or that there is too little yet); a starred
// topic rises, a skipped one falls, the reasons are words of the paper; a decision changes the scores
// in place without moving the rows; Ctrl+Shift+F ranks by one tag's model.
#include "library/foryou.h"
#include "library/library.h"
#include "actionregistry.h"
#include "foryoucontroller.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "recommenderfixture.h"
#include "uitest.h"
#include "windowparts.h"

#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace Paperboy;
using namespace Paperboy::Core;
using namespace RecommenderFixture;
using namespace TestWindow;

class TestForYouUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    std::unique_ptr<Ui::MainWindow> m_window;

    const QDate m_lastDay = kFirstDay.addDays(kDays - 1);

    QLabel *banner() const { return m_window->findChild<QLabel *>(QStringLiteral("forYouBanner")); }
    QAbstractItemModel *papers() const { return paperTree(m_window.get())->model(); }
    QStringList order() const
    {
        QStringList ids;
        for (int r = 0; r < papers()->rowCount(); ++r)
            ids << papers()->index(r, 0).data(ArxivIdRole).toString();
        return ids;
    }
    QStringList digestOrder(int day) const
    {
        QStringList ids;
        for (int p = 0; p < kPapersPerDay; ++p)
            ids << paperId(day, p);
        return ids;
    }
    void pressShiftF()
    {
        // The window's shortcuts need it active (a dialog was on top a moment ago).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(paperTree(m_window.get()), Qt::Key_F, Qt::ShiftModifier);
    }
    // The model is refitted on its thread after the decisions: wait until it is built and current.
    bool waitForModel()
    {
        Ui::ForYouController *c = m_window->forYou();
        c->service()->start();
        QTest::qWait(ForYou::RefitDelayMs + 100);
        return QTest::qWaitFor([c] { return c->service()->isReady() && !c->service()->isTraining() && !c->service()->isStale(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
        m_lib = std::make_unique<Library>();
        QVERIFY(m_lib->open(m_dir.filePath(QStringLiteral("foryou.sqlite"))).ok());
        QVERIFY(importAll(*m_lib, m_dir));
        m_window = std::make_unique<Ui::MainWindow>(m_lib.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->reader()->selectDay(m_lastDay);
        QCOMPARE(m_window->reader()->currentDay(), m_lastDay);
        paperTree(m_window.get())->setFocus();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    // Shift+F with no signals: the model is built elsewhere (the window goes on), then the banner
    // says how many papers it needs and the day stays in the digest's order.
    void tooFewSignalsSaySoAndKeepTheOrder()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.for_you"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F));
        QCOMPARE(m_window->actions()->menuOf(action), QStringLiteral("view"));
        QVERIFY(!action->isChecked());
        QCOMPARE(order(), digestOrder(kDays - 1));
        pressShiftF();
        QVERIFY(action->isChecked());
        QVERIFY(banner()->isVisible());
        QVERIFY(m_window->forYou()->service()->isTraining());
        QVERIFY2(banner()->text().contains(QStringLiteral("learning")), qPrintable(banner()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->forYou()->service()->isReady(), 30000);
        QVERIFY2(banner()->text().contains(QStringLiteral("at least 5")), qPrintable(banner()->text()));
        QVERIFY2(banner()->text().contains(QStringLiteral("0 so far")), qPrintable(banner()->text()));
        QCOMPARE(order(), digestOrder(kDays - 1));
        QVERIFY(!papers()->index(0, 0).data(ForYouScoreRole).isValid());
    }

    // Shift+F in a window whose model is not built yet: when it arrives, the ranked list starts at
    // its top paper, whichever paper was shown before.
    void theRankingArrivingLaterStartsAtTheTop()
    {
        QStringList starred;
        for (int d = 0; d < 3; ++d)
            starred << paperId(d, 3) << paperId(d, 9);
        QVERIFY(m_lib->annotations().setStarred(starred, true).ok());
        {
            Ui::MainWindow other(m_lib.get());
            other.show();
            QVERIFY(QTest::qWaitForWindowExposed(&other));
            other.reader()->selectDay(m_lastDay);
            other.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&other));
            QTest::keyClick(paperTree(&other), Qt::Key_End);
            QTRY_COMPARE(other.reader()->currentPaperId(), digestOrder(kDays - 1).last());
            Ui::ForYouController *c = other.forYou();
            QVERIFY(!c->service()->isReady());
            QTest::keyClick(paperTree(&other), Qt::Key_F, Qt::ShiftModifier);
            QVERIFY(c->isOn());
            QVERIFY(!c->service()->isReady()); // built elsewhere; the window goes on
            QTRY_VERIFY_WITH_TIMEOUT(paperTree(&other)->model()->index(0, 0).data(ForYouScoreRole).isValid(), 30000);
            const QString top = paperTree(&other)->model()->index(0, 0).data(ArxivIdRole).toString();
            QCOMPARE(topicOf(top), Kind::A);
            QCOMPARE(other.reader()->currentPaperId(), top);
        }
        m_window->activateWindow();
        QVERIFY(m_lib->annotations().setStarred(starred, false).ok());
        QVERIFY(waitForModel());
    }

    // Topic A starred and topic B skipped on the first week: after the refit, the next day shown
    // has topic A first and topic B last, each row with its score and reasons that the paper says.
    void aStarredTopicRisesAndASkippedOneFalls()
    {
        QStringList starred;
        for (int d = 0; d < 6; ++d) {
            starred << paperId(d, 3) << paperId(d, 9);
            QVERIFY(m_lib->history().record({paperId(d, 1), paperId(d, 6)}, EventKind::Skip, kFirstDay.addDays(d)).ok());
            QVERIFY(m_lib->annotations().setRead({paperId(d, 1), paperId(d, 6)}, true).ok());
        }
        QVERIFY(m_lib->annotations().setStarred(starred, true).ok());
        QVERIFY(waitForModel());
        // Ranked in place by the new model; shown again (another day, then back), in score order.
        m_window->reader()->selectDay(m_lastDay.addDays(-1));
        QCOMPARE(m_window->reader()->currentDay(), m_lastDay.addDays(-1));
        const QStringList ranked = order();
        QCOMPARE(topicOf(ranked.at(0)), Kind::A);
        QCOMPARE(topicOf(ranked.at(1)), Kind::A);
        QCOMPARE(topicOf(ranked.at(kPapersPerDay - 1)), Kind::B);
        QCOMPARE(topicOf(ranked.at(kPapersPerDay - 2)), Kind::B);
        QVERIFY2(banner()->text().contains(QStringLiteral("you starred")), qPrintable(banner()->text()));
        double previous = 2;
        for (int r = 0; r < papers()->rowCount(); ++r) {
            const QVariant score = papers()->index(r, 0).data(ForYouScoreRole);
            QVERIFY(score.isValid());
            QVERIFY(score.toDouble() <= previous);
            previous = score.toDouble();
        }
        const QModelIndex top = papers()->index(0, 0);
        const QStringList reasons = top.data(ForYouReasonsRole).toStringList();
        QVERIFY(!reasons.isEmpty());
        const auto detail = m_lib->catalog().paper(ranked.at(0), m_lastDay.addDays(-1));
        QVERIFY(detail);
        const QString text = textOf(*m_lib, detail->listing);
        for (const QString &reason : reasons)
            QVERIFY2(text.contains(reason.toCaseFolded()), qPrintable(reason));
        QVERIFY(starred.contains(top.data(ClosestStarredRole).toString()));
        QVERIFY(top.data(Qt::ToolTipRole).toString().contains(QStringLiteral("For you")));
        // The row is taller: a third line with the score and the reasons.
        const QSize tall = paperTree(m_window.get())->itemDelegate()->sizeHint(QStyleOptionViewItem(), top);
        // The summary of the paper shown says why.
        QTest::keyClick(paperTree(m_window.get()), Qt::Key_Home);
        QTRY_COMPARE(m_window->reader()->currentPaperId(), ranked.at(0));
        QTRY_VERIFY(summaryView(m_window.get())->toPlainText().contains(QStringLiteral("For you")));
        QVERIFY(summaryView(m_window.get())->toPlainText().contains(reasons.first()));

        // Shift+F again: the digest's order, no scores, no banner, shorter rows.
        pressShiftF();
        QVERIFY(!m_window->actions()->action(QStringLiteral("view.for_you"))->isChecked());
        QCOMPARE(order(), digestOrder(kDays - 2));
        QVERIFY(!banner()->isVisible());
        QVERIFY(!papers()->index(0, 0).data(ForYouScoreRole).isValid());
        QVERIFY(paperTree(m_window.get())->itemDelegate()->sizeHint(QStyleOptionViewItem(), papers()->index(0, 0)).height() < tall.height());
        QTRY_VERIFY(!summaryView(m_window.get())->toPlainText().contains(QStringLiteral("For you")));
        // Shift+F on a paper further down: the list from its top.
        QTest::keyClick(paperTree(m_window.get()), Qt::Key_End);
        QTRY_COMPARE(m_window->reader()->currentPaperId(), digestOrder(kDays - 2).last());
        pressShiftF();
        QCOMPARE(topicOf(order().at(0)), Kind::A);
        QCOMPARE(m_window->reader()->currentPaperId(), order().at(0));
    }

    // A decision on a ranked day: the scores change at once, the rows stay where they are.
    void aDecisionChangesScoresInPlace()
    {
        QVERIFY(m_window->forYou()->isOn());
        const QStringList before = order();
        const QString last = before.last();
        const double lastScore = papers()->index(kPapersPerDay - 1, 0).data(ForYouScoreRole).toDouble();
        QVERIFY(m_lib->annotations().setStarred(last, true).ok());
        QCOMPARE(order(), before);
        QVERIFY(papers()->index(kPapersPerDay - 1, 0).data(ForYouScoreRole).toDouble() > lastScore);
        QVERIFY(waitForModel());
        QCOMPARE(order(), before); // the refit too: the rows move when the day is shown again
        QVERIFY(m_lib->annotations().setStarred(last, false).ok());
        QVERIFY(waitForModel());
    }

    // Ctrl+Shift+F: a tag's model, chosen in a list of the tags that have one.
    void forYouByTag()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.for_you_tag"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        QStringList glaciers;
        for (int d = 0; d < 3; ++d)
            glaciers << paperId(d, 5) << paperId(d, 10);
        QVERIFY(m_lib->annotations().tagPapers(glaciers, QStringLiteral("glaciers")).ok());
        QVERIFY(waitForModel());
        QVERIFY(m_window->forYou()->service()->tagsWithModels().contains(QStringLiteral("glaciers")));
        bool offered = false;
        QTimer::singleShot(0, this, [&offered] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            offered = dialog->comboBoxItems().contains(QStringLiteral("glaciers"));
            dialog->setTextValue(QStringLiteral("glaciers"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(paperTree(m_window.get()), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(offered);
        QCOMPARE(m_window->forYou()->tag(), QStringLiteral("glaciers"));
        QCOMPARE(topicOf(order().at(0)), Kind::C);
        QCOMPARE(topicOf(order().at(1)), Kind::C);
        QVERIFY2(banner()->text().contains(QStringLiteral("glaciers")), qPrintable(banner()->text()));
        // Another day follows the same model.
        m_window->reader()->selectDay(m_lastDay);
        QCOMPARE(m_window->reader()->currentDay(), m_lastDay);
        QCOMPARE(topicOf(order().at(0)), Kind::C);
        pressShiftF();
        QVERIFY(!m_window->forYou()->isOn());
        QCOMPARE(order(), digestOrder(kDays - 1));
    }
};

QTEST_MAIN(TestForYouUi)
#include "tst_foryouui.moc"
