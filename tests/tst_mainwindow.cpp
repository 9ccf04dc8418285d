// The real MainWindow over a library of the corpus day: panes, rendering, keys.
#include "testcorpus.h"
#include "library/library.h"
#include "appearance.h"
#include "mainwindow.h"
#include "summaryview.h"

#include <QLabel>
#include <QStatusBar>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QAction>
#include <QTest>
#include <QTextDocument>

#include <paperboy/version.h>
#include <QTreeView>

using namespace Paperboy;

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
        QCOMPARE(m_library.importer().importFile(TestCorpus::day()).outcome,
                 Core::ImportResult::Outcome::Imported);
    }

    void threePanesShowTheDigest()
    {
        Ui::MainWindow w(&m_library);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.dayList()->model()->rowCount(), 1);
        QCOMPARE(w.currentDay(), QDate(2025, 5, 24));
        QCOMPARE(w.paperTree()->model()->rowCount(), TestCorpus::kPapers);
        QCOMPARE(w.currentPaperId(), QStringLiteral("2505.96938"));
        const QString text = w.summaryView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("SciLoop: 가설에서 검증까지 이어지는 자동 연구 루프")));
        QVERIFY(text.contains(QStringLiteral("핵심 동기와 문제 정의")));
        QVERIFY(!text.contains(QStringLiteral("## 1."))); // rendered, not shown as source
        // Sections are children of papers.
        const QModelIndex first = w.paperTree()->model()->index(0, 0);
        QCOMPARE(w.paperTree()->model()->rowCount(first), 7);
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
        w.paperTree()->setFocus();
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(w.currentPaperId(), QStringLiteral("2505.94810"));
        QVERIFY(w.summaryView()->toPlainText().contains(QStringLiteral("Think Long, Drift Far")));
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(w.currentPaperId(), QStringLiteral("2505.96938"));
    }

    void sectionSelectionScrolls()
    {
        Ui::MainWindow w(&m_library);
        w.resize(1200, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectPaper(QStringLiteral("2505.96265")));
        auto *model = w.paperTree()->model();
        const QModelIndex paper = w.paperTree()->currentIndex();
        w.paperTree()->setCurrentIndex(model->index(6, 0, paper)); // section 7
        QVERIFY(w.summaryView()->verticalScrollBar()->value() > 0);
        QCOMPARE(w.currentPaperId(), QStringLiteral("2505.96265"));
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

    void backgroundImportUpdatesTheWindow()
    {
        QTemporaryDir dir;
        Core::Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        Ui::MainWindow w(&lib);
        w.show();
        QCOMPARE(w.dayList()->model()->rowCount(), 0);
        w.startImport({TestCorpus::dir()});
        QVERIFY(w.isImporting());
        QVERIFY(w.actions()->action(QStringLiteral("file.cancel_import"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isImporting(), 30000);
        QCOMPARE(w.dayList()->model()->rowCount(), 1);
        QCOMPARE(w.paperTree()->model()->rowCount(), TestCorpus::kPapers);
        QVERIFY(!w.actions()->action(QStringLiteral("file.cancel_import"))->isEnabled());
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
        QTRY_VERIFY(w.summaryView()->palette().color(QPalette::Base).lightness() < 100);
        QVERIFY(w.summaryView()->palette().color(QPalette::Text).lightness() > 180);
        dark->trigger();
        QVERIFY(!Ui::Appearance::isDark());
        QVERIFY(!dark->isChecked());
        QTRY_VERIFY(w.summaryView()->palette().color(QPalette::Base).lightness() > 200);
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
