// The topics window on real widgets: opened from View › Topics on TopicsFixture's library, its
// chart holds the store's weekly counts, Ctrl+D makes a smart list, Ctrl+T tags, Enter opens.
#include "actionregistry.h"
#include "library/library.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "search/searchquery.h"
#include "topicsfixture.h"
#include "topicswindow.h"
#include "uitest.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChartView>
#include <QPointer>
#include <QListWidget>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Paperboy;

class TestTopicsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Library> m_lib;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::TopicsWindow *openTopics()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.topics"));
        if (!action)
            return nullptr;
        action->trigger();
        return m_window->findChild<Ui::TopicsWindow *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy-tests"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("reading/markReadAfterSeconds"), 0);
        m_lib = std::make_unique<Core::Library>();
        QVERIFY(m_lib->open(m_dir.filePath(QStringLiteral("topics.sqlite"))).ok());
        QVERIFY(TopicsFixture::fill(*m_lib, m_dir.path()));
        m_window = std::make_unique<Ui::MainWindow>(m_lib.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lib.reset();
    }

    // View › Topics (Ctrl+Shift+R) opens one window with the invented word first.
    void opensWithTheRisingWordFirst()
    {
        QAction *action = m_window->actions()->action(QStringLiteral("view.topics"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(m_window->actions()->menuOf(action), QStringLiteral("view"));
        Ui::TopicsWindow *topics = openTopics();
        QVERIFY(topics);
        QVERIFY(QTest::qWaitForWindowExposed(topics));
        QVERIFY(topics->isWindow());
        QCOMPARE(openTopics(), topics);
        QCOMPARE(m_window->findChildren<Ui::TopicsWindow *>().size(), 1);
        QVERIFY(topics->topicList()->topLevelItemCount() >= 2);
        QCOMPARE(topics->topicList()->topLevelItem(0)->text(0), QStringLiteral("quuxformer"));
        QVERIFY(topics->currentTopic());
        QCOMPARE(topics->currentTopic()->term, QStringLiteral("quuxformer"));
        // Down chooses the next topic.
        topics->topicList()->setFocus();
        QTest::keyClick(topics->topicList(), Qt::Key_Down);
        QCOMPARE(topics->currentTopic()->term, QStringLiteral("퀵스포머"));
        QTest::keyClick(topics->topicList(), Qt::Key_Up);
        QCOMPARE(topics->currentTopic()->term, QStringLiteral("quuxformer"));
    }

    // The bars are the store's papers per week; the list its papers.
    void chartHoldsTheWeeklyCounts()
    {
        Ui::TopicsWindow *topics = openTopics();
        const Core::TopicsResult stored = m_lib->topics().compute();
        const Core::Topic &quux = stored.topics.first();
        QBarSet *bars = topics->weeklyBars();
        QVERIFY(bars);
        QCOMPARE(bars->count(), quux.weekly.size());
        for (int w = 0; w < bars->count(); ++w)
            QCOMPARE(int(bars->at(w)), quux.weekly[w]);
        QCOMPARE(topics->paperList()->count(), quux.papers.size());
    }

    // Choosing another topic builds new axes and deletes the old ones (a removed axis is no longer
    // the chart's, so it was left behind once per topic shown).
    void changingTopicDeletesTheOldAxes()
    {
        Ui::TopicsWindow *topics = openTopics();
        QVERIFY(topics->weeklyBars());
        QList<QPointer<QAbstractAxis>> before;
        for (QAbstractAxis *axis : topics->findChild<QChartView *>()->chart()->axes())
            before << axis;
        QCOMPARE(before.size(), 2);
        topics->topicList()->setFocus();
        QTest::keyClick(topics->topicList(), Qt::Key_Down);
        QTest::keyClick(topics->topicList(), Qt::Key_Up);
        for (const QPointer<QAbstractAxis> &axis : before)
            QVERIFY(axis.isNull());
        QCOMPARE(topics->findChild<QChartView *>()->chart()->axes().size(), 2);
    }

    // Ctrl+D: a smart list named after the word, whose search finds the topic's papers.
    void ctrlDMakesASmartList()
    {
        Ui::TopicsWindow *topics = openTopics();
        topics->activateWindow();
        QTest::keyClick(topics, Qt::Key_D, Qt::ControlModifier);
        const auto list = m_lib->smartLists().find(QStringLiteral("quuxformer"));
        QVERIFY(list);
        QVERIFY2(topics->statusBar()->currentMessage().contains(QStringLiteral("quuxformer")), qPrintable(topics->statusBar()->currentMessage()));
        QSet<QString> found;
        for (const Core::SearchHit &hit : m_lib->searchIndex().search(Core::SearchQuery::parse(list->query), 1000))
            found.insert(hit.arxivId);
        QSet<QString> expected;
        for (const Core::TopicPaper &p : topics->currentTopic()->papers)
            expected.insert(p.arxivId);
        QCOMPARE(found, expected);
        // Again: a free name.
        QTest::keyClick(topics, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(m_lib->smartLists().find(QStringLiteral("quuxformer 2")));
    }

    // Ctrl+T: the topic's papers tagged with the word, undone from the main window's stack.
    void ctrlTTagsThePapers()
    {
        Ui::TopicsWindow *topics = openTopics();
        QTest::keyClick(topics, Qt::Key_T, Qt::ControlModifier);
        for (const Core::TopicPaper &p : topics->currentTopic()->papers)
            QVERIFY(m_lib->annotations().tagsOf(p.arxivId).contains(QStringLiteral("quuxformer")));
    }

    // Tab goes to the papers; Enter opens the chosen one in the reader.
    void enterOpensThePaper()
    {
        Ui::TopicsWindow *topics = openTopics();
        topics->activateWindow();
        topics->topicList()->setFocus();
        QTest::keyClick(topics->topicList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), topics->paperList());
        topics->paperList()->setCurrentRow(2);
        const Core::TopicPaper paper = topics->currentTopic()->papers[2];
        QTest::keyClick(topics->paperList(), Qt::Key_Return);
        QCOMPARE(m_window->reader()->currentPaperId(), paper.arxivId);
        QCOMPARE(m_window->reader()->currentDay(), paper.day);
    }

    // Esc closes the window.
    void escapeCloses()
    {
        Ui::TopicsWindow *topics = openTopics();
        topics->activateWindow();
        QVERIFY(topics->isVisible());
        QTest::keyClick(topics, Qt::Key_Escape);
        QVERIFY(!topics->isVisible());
    }
};

QTEST_MAIN(TestTopicsUi)
#include "tst_topicsui.moc"
