// The window's side of the network: Refresh (F5) against a real HTTP server on 127.0.0.1, the
// refresh log, stopping, refresh on start, the Sources dialog with the real keychain, and what
// Hugging Face metadata adds to the reader (header, "no digest" days and papers).
#include "fetchfixture.h"
#include "testcorpus.h"
#include "testhttpserver.h"
#include "uitest.h"

#include "actionregistry.h"
#include "common/settings.h"
#include "library/library.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "network/secretstore.h"
#include "readercontroller.h"
#include "refreshcontroller.h"
#include "sourcesdialog.h"
#include "summaryview.h"

#include "windowparts.h"
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Paperboy;
using namespace TestWindow;
using namespace Paperboy::Core;

class TestRefreshUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    // The day the feed publishes (yesterday, inside the default range) and the one only Hugging
    // Face lists.
    const QDate m_digestDay = QDate::currentDate().addDays(-1);
    const QDate m_listedDay = QDate::currentDate().addDays(-2);
    QString m_digestMode = QStringLiteral("ok");

    TestResponse route(const TestRequest &req)
    {
        const QString path = req.path;
        if (path.startsWith(QLatin1StringView("/d/"))) {
            const QDate day = QDate::fromString(path.mid(3).chopped(3), Qt::ISODate);
            if (m_digestMode == QLatin1StringView("stall")) {
                TestResponse r = TestResponse::make(200, "OK", FetchFixture::digest(day));
                r.mode = TestResponse::Body::Stall;
                r.stallAfter = 100;
                return r;
            }
            if (day != m_digestDay)
                return TestResponse::make(404, "Not Found");
            return TestResponse::make(200, "OK", FetchFixture::digest(day), "text/markdown; charset=utf-8");
        }
        if (path == QLatin1StringView("/hf/api/daily_papers")) {
            const QDate day = QDate::fromString(req.query.queryItemValue(QStringLiteral("date")), Qt::ISODate);
            if (day == m_digestDay || day == m_listedDay)
                return TestResponse::make(200, "OK", FetchFixture::dailyPapersJson(), "application/json");
            return TestResponse::make(200, "OK", "[]", "application/json");
        }
        return TestResponse::make(404, "Not Found");
    }

    static void addSource(Library &lib, const QString &name, Source::Kind kind, const QString &url)
    {
        Source s;
        s.name = name;
        s.kind = kind;
        s.url = url;
        QVERIFY(lib.network().addSource(s).ok());
    }

    std::unique_ptr<Library> libraryWithSources()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        if (!lib)
            return nullptr;
        // Three days, so a failed day has something to show too.
        QSettings().setValue(QStringLiteral("network/refreshDays"), 3);
        addSource(*lib, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + QStringLiteral("/d/{date}.md"));
        addSource(*lib, QStringLiteral("hf"), Source::Kind::HuggingFace, m_server.base() + QStringLiteral("/hf"));
        return lib;
    }

    static QString summaryText(Ui::MainWindow &w) { return summaryView(w)->document()->toPlainText(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setHandler([this](const TestRequest &r) { return route(r); });
        QVERIFY(m_server.listen());
    }

    void init() { m_digestMode = QStringLiteral("ok"); }

    void refreshBringsDigestsMetadataAndNoDigestPapers()
    {
        auto lib = libraryWithSources();
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int daysBefore = dayList(w)->model()->rowCount();
        QCOMPARE(daysBefore, 1);

        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.refresher()->isRunning());
        QVERIFY(w.findChild<QProgressBar *>(QStringLiteral("refreshProgress"))->isVisible());
        QVERIFY(!w.actions()->action(QStringLiteral("file.refresh"))->isEnabled());
        QVERIFY(w.actions()->action(QStringLiteral("file.cancel_refresh"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRunning(), 30000);
        QVERIFY(!w.findChild<QProgressBar *>(QStringLiteral("refreshProgress"))->isVisible());

        // 3 days × 2 sources: the feed has one day (the others 404), Hugging Face answers for all.
        const QList<FetchDayResult> results = w.refresher()->results();
        QCOMPARE(results.size(), 6);
        int imported = 0, failed = 0;
        for (const auto &r : results) {
            imported += r.outcome == FetchDayResult::Outcome::Imported;
            failed += r.outcome == FetchDayResult::Outcome::Failed;
        }
        // The feed's one day and Hugging Face's three lists (today's is empty, stored as such).
        QCOMPARE(imported, 4);
        QCOMPARE(failed, 2);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("2 failed")), qPrintable(w.statusBar()->currentMessage()));

        // The window stayed on the day it showed; the new days are in the list, the Hugging Face-only
        // one marked as such.
        QCOMPARE(w.reader()->currentDay(), QDate(2025, 5, 24));
        QCOMPARE(dayList(w)->model()->rowCount(), 3);
        bool sawListedOnly = false;
        for (int r = 0; r < dayList(w)->model()->rowCount(); ++r) {
            const QModelIndex i = dayList(w)->model()->index(r, 0);
            if (i.data(DateRole).toDate() == m_listedDay) {
                sawListedOnly = true;
                QCOMPARE(i.data(PaperCountRole).toInt(), 0);
                // Two of its four papers are in the digest of another day: they are read there.
                QCOMPARE(i.data(NoDigestRole).toInt(), 2);
                QVERIFY(i.data(Qt::DisplayRole).toString().contains(QStringLiteral("no digest")));
            }
        }
        QVERIFY(sawListedOnly);

        // A digest paper Hugging Face knows: authors, upvotes, GitHub and the abstract in its header.
        QVERIFY(w.reader()->selectPaper(QStringLiteral("2505.96938")));
        QString text = summaryText(w);
        QVERIFY2(text.contains(QStringLiteral("Hana Lee")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("113")));
        QVERIFY(text.contains(QStringLiteral("Lab work repeats one loop")));
        bool githubLink = false;
        for (QTextBlock b = summaryView(w)->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                githubLink = githubLink || it.fragment().charFormat().anchorHref() == QLatin1StringView("https://github.com/example-lab/SciLoop");
        QVERIFY(githubLink);
        // The digest's own summary still follows.
        QVERIFY(text.contains(QStringLiteral("SciLoop")));

        // On the digest day, the two papers no digest lists come after the day's own, marked.
        w.reader()->selectDay(m_digestDay);
        QAbstractItemModel *tree = paperTree(w)->model();
        QCOMPARE(tree->rowCount(), TestCorpus::kPapers + 2);
        QVERIFY(!tree->index(TestCorpus::kPapers - 1, 0).data(NoDigestRole).toBool());
        QVERIFY(tree->index(TestCorpus::kPapers, 0).data(NoDigestRole).toBool());
        QCOMPARE(tree->index(TestCorpus::kPapers, 0).data(ArxivIdRole).toString(), QStringLiteral("2505.99901"));
        QCOMPARE(tree->rowCount(tree->index(TestCorpus::kPapers, 0)), 0); // no sections
        paperTree(w)->setCurrentIndex(tree->index(TestCorpus::kPapers, 0));
        text = summaryText(w);
        QVERIFY(text.contains(QStringLiteral("A Paper the Digest Did Not Cover")));
        QVERIFY(text.contains(QStringLiteral("This abstract only exists in the daily-papers list")));
        QVERIFY(text.contains(QStringLiteral("김민준")));
        QVERIFY(text.contains(QStringLiteral("No digest lists this paper yet")));
        QCOMPARE(summaryView(w)->arxivId(), QStringLiteral("2505.99901"));
        // A "GitHub" that is not an http(s) URL gets no link.
        paperTree(w)->setCurrentIndex(tree->index(TestCorpus::kPapers + 1, 0));
        for (QTextBlock b = summaryView(w)->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().anchorHref().contains(QStringLiteral("not a url")));
        // Stars and tags work on such a paper as on any other.
        QTest::keyClick(paperTree(w), Qt::Key_S);
        QTRY_VERIFY(lib->annotations().isStarred(QStringLiteral("2505.99902")));

        // The day only Hugging Face lists shows the papers no digest has, and opens on the first.
        w.reader()->selectDay(m_listedDay);
        QCOMPARE(tree->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QVERIFY(tree->index(r, 0).data(NoDigestRole).toBool());
        QCOMPARE(summaryView(w)->arxivId(), QStringLiteral("2505.99901"));
    }

    void refreshLogListsEachDayWithItsReason()
    {
        auto lib = libraryWithSources();
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.actions()->action(QStringLiteral("file.refresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRunning(), 30000);
        QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(refreshLog(w) && refreshLog(w)->isVisible());
        auto *tree = refreshLog(w)->findChild<QTreeWidget *>(QStringLiteral("refreshLogTree"));
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 6);
        int failed = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            if (item->text(2) == QLatin1StringView("failed")) {
                ++failed;
                QCOMPARE(item->text(0), QStringLiteral("feed"));
                QCOMPARE(item->data(0, Qt::UserRole).toString(), QStringLiteral("http-404"));
                QVERIFY2(item->text(4).contains(QStringLiteral("404")), qPrintable(item->text(4)));
                QVERIFY(item->text(5).startsWith(m_server.base()));
            }
        }
        QCOMPARE(failed, 2);
    }

    void refreshARangeAsksForTheDays()
    {
        auto lib = libraryWithSources();
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        UiTest::answerDialog<QDialog>(&w, [this](QDialog *d) {
            QCOMPARE(d->objectName(), QStringLiteral("refreshRangeDialog"));
            // Given backwards: the window puts them in order.
            d->findChild<QDateEdit *>(QStringLiteral("from"))->setDate(m_digestDay);
            d->findChild<QDateEdit *>(QStringLiteral("to"))->setDate(m_digestDay.addDays(-1));
            d->accept();
        });
        QTest::keyClick(&w, Qt::Key_F5, Qt::AltModifier);
        QVERIFY(w.refresher()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRunning(), 30000);
        QSet<QDate> days;
        for (const auto &r : w.refresher()->results())
            days.insert(r.day);
        QCOMPARE(days, (QSet<QDate>{m_digestDay, m_digestDay.addDays(-1)}));
        QCOMPARE(w.refresher()->results().size(), 4);
        QVERIFY(lib->catalog().hasDay(m_digestDay));

        // Cancelling the dialog fetches nothing; a range longer than a refresh allows is refused.
        UiTest::answerDialog<QDialog>(&w, [](QDialog *d) { d->reject(); });
        w.refreshRange();
        QVERIFY(!w.refresher()->isRunning());
        w.refresher()->start({}, QDate(2020, 1, 1), QDate(2025, 1, 1));
        QVERIFY(!w.refresher()->isRunning());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("366")), qPrintable(w.statusBar()->currentMessage()));
    }

    void stopLeavesTheLibraryAsItWas()
    {
        auto lib = libraryWithSources();
        QVERIFY(lib);
        QVERIFY(lib->network().removeSource(QStringLiteral("hf")).ok());
        const QByteArray before = FetchFixture::visibleChecksum(*lib);
        m_digestMode = QStringLiteral("stall");
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.refresh();
        QVERIFY(w.refresher()->isRunning());
        QTRY_VERIFY(m_server.requestCount(QStringLiteral("/d/")) > 0);
        auto *stop = w.findChild<QToolButton *>(QStringLiteral("refreshCancel"));
        QVERIFY(stop && stop->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRunning(), 15000);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("stopped")), qPrintable(w.statusBar()->currentMessage()));
        for (const auto &r : w.refresher()->results())
            QVERIFY(r.outcome == FetchDayResult::Outcome::Failed);
        QCOMPARE(FetchFixture::visibleChecksum(*lib), before);
        QCOMPARE(dayList(w)->model()->rowCount(), 1);
    }

    void refreshWithoutSourcesSaysWhere()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.refresh();
        QVERIFY(!w.refresher()->isRunning());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Sources")), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.refresher()->startIfStale());
    }

    void refreshOnStartOnlyWhenStale()
    {
        auto lib = libraryWithSources();
        QVERIFY(lib);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(lib->network().setSourceRefreshed(QStringLiteral("feed"), now.addSecs(-3600)).ok());
        QVERIFY(lib->network().setSourceRefreshed(QStringLiteral("hf"), now.addSecs(-3600)).ok());
        Ui::MainWindow w(lib.get());
        QSettings().setValue(QStringLiteral("network/autoRefreshHours"), 6);
        QVERIFY(!w.refresher()->startIfStale()); // an hour old: fresh enough
        QVERIFY(!w.refresher()->isRunning());
        QSettings().setValue(QStringLiteral("network/autoRefreshHours"), 0);
        QVERIFY(lib->network().setSourceRefreshed(QStringLiteral("hf"), now.addDays(-3)).ok());
        QVERIFY(!w.refresher()->startIfStale()); // never by itself
        QSettings().setValue(QStringLiteral("network/autoRefreshHours"), 6);
        QVERIFY(lib->network().setSourceEnabled(QStringLiteral("hf"), false).ok());
        QVERIFY(!w.refresher()->startIfStale()); // a disabled source does not count
        QVERIFY(lib->network().setSourceEnabled(QStringLiteral("hf"), true).ok());
        QVERIFY(w.refresher()->startIfStale());
        QVERIFY(w.refresher()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!w.refresher()->isRunning(), 30000);
        QVERIFY(lib->network().source(QStringLiteral("hf"))->lastRefresh > now.addSecs(-5));
        QVERIFY(!w.refresher()->startIfStale());
    }

    void sourcesDialogAddsChecksAndRemoves()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::SourcesDialog dialog(lib.get());
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 0);

        // A bad URL keeps the add dialog open with the reason; a good one is normalised to https.
        bool sawError = false;
        QStringList templateErrors;
        UiTest::answerDialog<Ui::AddSourceDialog>(&dialog, [&sawError, &templateErrors](Ui::AddSourceDialog *add) {
            add->nameEdit()->setText(QStringLiteral("weekly"));
            add->urlEdit()->setText(QStringLiteral("ftp://example.org/{date}.md"));
            add->accept();
            sawError = add->isVisible() && add->errorLabel()->isVisible() && !add->errorLabel()->text().isEmpty();
            // A template that names no single day, or a placeholder there is not.
            for (const QString &url : {QStringLiteral("example.org/paper_logs/{yyyy}/{mm}.md"), QStringLiteral("example.org/{yyyy}/{mm}/{day}.md")}) {
                add->urlEdit()->setText(url);
                add->accept();
                if (add->isVisible() && add->errorLabel()->isVisible())
                    templateErrors << add->errorLabel()->text();
            }
            add->urlEdit()->setText(QStringLiteral("example.org/digests/{date}.md"));
            add->accept();
        });
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(sawError);
        QCOMPARE(templateErrors.size(), 2);
        QVERIFY2(templateErrors[0].contains(QStringLiteral("does not name one day")), qPrintable(templateErrors[0]));
        QVERIFY2(templateErrors[1].contains(QStringLiteral("unknown placeholder {day}")), qPrintable(templateErrors[1]));
        QCOMPARE(dialog.table()->rowCount(), 1);
        const auto added = lib->network().source(QStringLiteral("weekly"));
        QVERIFY(added);
        QCOMPARE(added->url, QStringLiteral("https://example.org/digests/{date}.md"));
        QCOMPARE(added->kind, Source::Kind::Digest);

        // A name that is taken is refused.
        UiTest::answerDialog<Ui::AddSourceDialog>(&dialog, [&sawError](Ui::AddSourceDialog *add) {
            add->nameEdit()->setText(QStringLiteral("weekly"));
            add->urlEdit()->setText(QStringLiteral("https://example.net/{date}.md"));
            add->accept();
            sawError = add->isVisible() && add->errorLabel()->text().contains(QStringLiteral("weekly"));
            add->reject();
        });
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(sawError);
        QCOMPARE(lib->network().sources().size(), 1);

        // With a token: it goes to the keychain (a real Secret Service here), nowhere else.
        const QByteArray token = "hf_ui_token_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        UiTest::answerDialog<Ui::AddSourceDialog>(&dialog, [&token](Ui::AddSourceDialog *add) {
            add->nameEdit()->setText(QStringLiteral("hub"));
            add->kindCombo()->setCurrentIndex(1);
            QCOMPARE(add->urlEdit()->text(), QStringLiteral("https://huggingface.co"));
            add->authCombo()->setCurrentIndex(1);
            add->tokenEdit()->setText(QString::fromLatin1(token));
            add->accept();
        });
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.table()->rowCount(), 2);
        const auto hub = lib->network().source(QStringLiteral("hub"));
        QVERIFY(hub);
        QCOMPARE(hub->kind, Source::Kind::HuggingFace);
        QCOMPARE(hub->auth, Source::Auth::Bearer);
        SecretStore secrets;
        const SecretResult stored = secrets.readAndWait(SecretStore::keyForSource(QStringLiteral("hub")));
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(stored.secret, token);
        QFile db(lib->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(token));
        QSettings().sync();
        QFile settings(QSettings().fileName());
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(token));

        // Switching a source off and on.
        int hubRow = -1;
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            if (dialog.table()->item(r, 1)->text() == QLatin1StringView("hub"))
                hubRow = r;
        QVERIFY(hubRow >= 0);
        dialog.table()->item(hubRow, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!lib->network().source(QStringLiteral("hub"))->enabled);
        dialog.table()->item(hubRow, 0)->setCheckState(Qt::Checked);
        QVERIFY(lib->network().source(QStringLiteral("hub"))->enabled);

        // The refresh settings are kept.
        dialog.daysSpin()->setValue(21);
        dialog.hoursSpin()->setValue(0);
        QCOMPARE(Core::Settings::instance().refreshDays(), 21);
        QCOMPARE(Core::Settings::instance().autoRefreshHours(), 0);

        // Removing asks, then takes the token out of the keychain too.
        dialog.table()->selectRow(hubRow);
        UiTest::answerDialog<QMessageBox>(&dialog, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(!lib->network().source(QStringLiteral("hub")));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QTRY_COMPARE(secrets.readAndWait(SecretStore::keyForSource(QStringLiteral("hub"))).outcome, SecretResult::Outcome::NotFound);
    }

    void sourcesActionOpensTheDialog()
    {
        auto lib = UiTest::freshLibrary(m_dir);
        QVERIFY(lib);
        Ui::MainWindow w(lib.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        bool opened = false;
        UiTest::answerDialog<Ui::SourcesDialog>(&w, [&opened](Ui::SourcesDialog *d) {
            opened = true;
            d->reject();
        });
        QTest::keyClick(&w, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(opened);
    }

    void metadataRendersAsPlainText()
    {
        // Hugging Face text is untrusted: Markdown and HTML in it show as written, links only http(s).
        PaperDetail d;
        d.listing.arxivId = QStringLiteral("2505.00001");
        d.listing.day = QDate(2025, 5, 24);
        d.summaryMarkdown = QStringLiteral("# Title\n\n## 1. 동기\n\n본문");
        PaperMeta m;
        m.arxivId = d.listing.arxivId;
        m.authors = {QStringLiteral("**Bold** [x](javascript:alert(1))"), QStringLiteral("<img src=http://127.0.0.1:1/x.png>")};
        m.abstract = QStringLiteral("An *abstract* with `code` and [link](file:///etc/passwd)\n# not a heading");
        m.github = QStringLiteral("javascript:alert(1)");
        m.upvotes = 3;
        d.meta = m;
        Ui::SummaryView view;
        view.showPaper(d);
        const QString text = view.document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("**Bold** [x](javascript:alert(1))")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<img src=http://127.0.0.1:1/x.png>")));
        QVERIFY(text.contains(QStringLiteral("An *abstract* with `code` and [link](file:///etc/passwd) # not a heading")));
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                QVERIFY2(href.isEmpty() || href.startsWith(QLatin1StringView("https://")), qPrintable(href));
            }
        // The section anchors of the summary below are unaffected.
        QVERIFY(view.scrollToSection(0) || view.sectionCount() == 0);
    }
};

QTEST_MAIN(TestRefreshUi)
#include "tst_refreshui.moc"
