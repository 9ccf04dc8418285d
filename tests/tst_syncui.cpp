// Sync in the window, by keys: File › Set Up Sync on a bare git remote, an automatic sync after a
// star, what another machine (a second library) pushed arriving in the open window, the status
// bar's line, the Sync Log, and a note edited on both machines shown beside the note, used or dismissed.
#include "library/library.h"
#include "sync/syncengine.h"
#include "actionregistry.h"
#include "mainwindow.h"
#include "notepanel.h"
#include "readercontroller.h"
#include "synccontroller.h"
#include "synclogdialog.h"
#include "syncsetupdialog.h"
#include "uitest.h"
#include "windowparts.h"

#include "models/roles.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Paperboy;
using namespace Paperboy::Core;
using namespace TestWindow;

class TestSyncUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_remote;
    std::unique_ptr<Library> m_a;
    std::unique_ptr<Library> m_b; // the other machine
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::SyncController *sync() const { return m_window->sync(); }
    QLabel *statusLine() const { return m_window->findChild<QLabel *>(QStringLiteral("syncStatus")); }
    QString firstPaper() const { return paperTree(m_window.get())->model()->index(0, 0).data(ArxivIdRole).toString(); }
    // The window's shortcuts need it active (a dialog was on top a moment ago).
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(paperTree(m_window.get()), Qt::Key(k), mods);
    }
    bool waitForSync(QSignalSpy &spy, int count)
    {
        return QTest::qWaitFor([&] { return spy.size() >= count && !sync()->isSyncing(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_remote = m_dir.filePath(QStringLiteral("remote.git"));
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), m_remote});
        if (!git.waitForStarted())
            QSKIP("the git program is not installed");
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
        m_a = UiTest::freshLibrary(m_dir);
        m_b = UiTest::freshLibrary(m_dir);
        QVERIFY(m_a && m_b);
        QVERIFY(SyncEngine(*m_b).init(m_dir.filePath(QStringLiteral("sync-b")), m_remote, QStringLiteral("desktop")).ok());
        m_window = std::make_unique<Ui::MainWindow>(m_a.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        sync()->setAutoSyncDelay(200);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_a.reset();
        m_b.reset();
    }

    // Not set up: no line in the status bar; Ctrl+Shift+S opens the set-up, filled from the keyboard.
    void setUpByKeys()
    {
        QVERIFY(!statusLine()->isVisible());
        QAction *now = m_window->actions()->action(QStringLiteral("file.sync"));
        QVERIFY(now);
        QCOMPARE(now->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(m_window->actions()->menuOf(now), QStringLiteral("file"));
        QSignalSpy synced(sync(), &Ui::SyncController::synced);
        const QString folder = m_dir.filePath(QStringLiteral("sync-a"));
        UiTest::answerDialog<Ui::SyncSetupDialog>(this, [&](Ui::SyncSetupDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("syncFolder"))->setText(folder);
            QLineEdit *remote = d->findChild<QLineEdit *>(QStringLiteral("syncRemote"));
            QTest::keyClicks(remote, m_remote);
            QLineEdit *device = d->findChild<QLineEdit *>(QStringLiteral("syncDevice"));
            device->selectAll();
            QTest::keyClicks(device, QStringLiteral("laptop"));
            QTest::keyClick(remote, Qt::Key_Return);
        });
        QTest::keyClick(paperTree(m_window.get()), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        const SyncStatus s = m_a->syncState().status();
        QVERIFY(s.configured);
        QCOMPARE(s.device, QStringLiteral("laptop"));
        QCOMPARE(s.remote, m_remote);
        QVERIFY(waitForSync(synced, 1));
        QVERIFY2(synced.last().at(0).value<SyncResult>().ok(), qPrintable(synced.last().at(0).value<SyncResult>().message));
        QVERIFY(statusLine()->isVisible());
        QVERIFY2(statusLine()->text().startsWith(QStringLiteral("Synced")), qPrintable(statusLine()->text()));
    }

    // A star on this machine: synced by itself a moment later; the other machine gets it.
    void aStarSyncsByItself()
    {
        QSignalSpy synced(sync(), &Ui::SyncController::synced);
        const QString id = firstPaper();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_window->reader()->selectPaper(id));
        key(Qt::Key_S);
        QVERIFY(m_a->annotations().isStarred(id));
        QTRY_VERIFY(statusLine()->text().contains(QStringLiteral("1 pending")) || sync()->isSyncing() || synced.size() > 0);
        QVERIFY(waitForSync(synced, 1));
        QVERIFY(synced.last().at(0).value<SyncResult>().ok());
        QVERIFY(!statusLine()->text().contains(QStringLiteral("pending")));
        const SyncResult b = SyncEngine(*m_b).sync();
        QVERIFY2(b.ok(), qPrintable(b.message));
        QVERIFY(m_b->annotations().isStarred(id));
    }

    // The other machine tags a paper and edits the note this one edits too: Ctrl+Shift+S brings the
    // tag into the open window, and the other note is shown beside this one until used.
    void whatTheOtherMachineDidArrives()
    {
        const QString id = firstPaper();
        QVERIFY(m_b->annotations().tagPapers({id}, QStringLiteral("from-desktop")).ok());
        QVERIFY(m_b->annotations().setNote(id, QStringLiteral("desktop's note")).ok());
        QVERIFY(SyncEngine(*m_b).sync().ok());
        QVERIFY(m_window->reader()->selectPaper(id));
        Ui::NotePanel *notes = m_window->findChild<Ui::NotePanel *>();
        QVERIFY(m_a->annotations().setNote(id, QStringLiteral("laptop's note")).ok());
        QSignalSpy synced(sync(), &Ui::SyncController::synced);
        key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitForSync(synced, 1));
        const SyncResult r = synced.last().at(0).value<SyncResult>();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.conflicts, 1);
        // The tag is in the window's list at once.
        QTRY_VERIFY(paperTree(m_window.get())->model()->index(0, 0).data(TagsRole).toStringList().contains(QStringLiteral("from-desktop")));
        // Both notes: one in the editor, the other beside it.
        const QString kept = notes->editor()->toPlainText();
        QVERIFY(kept == QStringLiteral("laptop's note") || kept == QStringLiteral("desktop's note"));
        QTRY_VERIFY(notes->conflictFrame()->isVisibleTo(notes));
        const QString other = notes->conflictText()->toPlainText();
        QCOMPARE(QSet<QString>({kept, other}), QSet<QString>({QStringLiteral("laptop's note"), QStringLiteral("desktop's note")}));
        // Use This Version: it becomes the note (Ctrl+Z would bring the other back), the copy goes.
        notes->useConflictVersion();
        QCOMPARE(m_a->annotations().note(id), other);
        QCOMPARE(notes->editor()->toPlainText(), other);
        QVERIFY(!notes->conflictFrame()->isVisibleTo(notes));
        QVERIFY(!m_a->syncState().noteConflict(id).known());
    }

    // File › Sync Log: the state and a row per sync, newest first.
    void theLogListsTheSyncs()
    {
        QAction *log = m_window->actions()->action(QStringLiteral("file.sync_log"));
        QVERIFY(log);
        QCOMPARE(log->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
        key(Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        auto *dialog = m_window->findChild<Ui::SyncLogDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->summary().contains(m_remote));
        QVERIFY(dialog->summary().contains(QStringLiteral("laptop")));
        QVERIFY(dialog->list()->topLevelItemCount() >= 3);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("synced"));
        QTest::keyClick(dialog->list(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<Ui::SyncLogDialog *>() || !m_window->findChild<Ui::SyncLogDialog *>()->isVisible());
    }

    // A remote that went away: the sync fails with its reason in the status bar, the change is kept.
    void aFailedSyncKeepsTheChangeAndSaysWhy()
    {
        QVERIFY(QDir().rename(m_remote, m_remote + QStringLiteral(".away")));
        QSignalSpy synced(sync(), &Ui::SyncController::synced);
        const QString id = firstPaper();
        QVERIFY(m_a->annotations().setStarred(id, false).ok());
        QVERIFY(waitForSync(synced, 1));
        const SyncResult failed = synced.last().at(0).value<SyncResult>();
        QVERIFY(!failed.ok());
        QVERIFY(!failed.message.isEmpty());
        QVERIFY2(statusLine()->text().startsWith(QStringLiteral("Sync failed")), qPrintable(statusLine()->text()));
        QVERIFY2(statusLine()->toolTip().contains(failed.message), qPrintable(statusLine()->toolTip()));
        QVERIFY(!m_a->annotations().isStarred(id));
        // Back online: the next sync sends it.
        QVERIFY(QDir().rename(m_remote + QStringLiteral(".away"), m_remote));
        sync()->syncNow();
        QVERIFY(waitForSync(synced, 2));
        QVERIFY2(synced.last().at(0).value<SyncResult>().ok(), qPrintable(synced.last().at(0).value<SyncResult>().message));
        QVERIFY(SyncEngine(*m_b).sync().ok());
        QVERIFY(!m_b->annotations().isStarred(id));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
