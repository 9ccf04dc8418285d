// Sync between machines in the window: File › Sync Now, the automatic syncs, the status bar's line.
#pragma once

#include "sync/syncresult.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QLabel;
class QThread;
class QWidget;

namespace Paperboy::Core {
class Library;
class SecretStore;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

// A sync runs on a thread of its own over its own connection (Core::SyncEngine::syncFile), so the
// window never waits for git or the network. Once set up (File › Set Up Sync…), it syncs a moment
// after the window opens, AutoSyncDelayMs after the last change of the reader's data (stars,
// tags, notes, highlights, read, Later, decisions) and when asked (Ctrl+Shift+S); a sync that fails
// (offline, a rejected push) keeps the local changes and is tried again RetryDelayMs later or at
// the next change. What the sync brought is told to the models (Library::notifyExternalUserDataChange).
// The status bar's line says when the last sync was, how many papers wait to be sent, or why the last
// sync failed; File › Sync Log… lists every sync.
class SyncController : public QObject
{
    Q_OBJECT

public:
    static constexpr int StartDelayMs = 3000;
    static constexpr int AutoSyncDelayMs = 15000;
    static constexpr int RetryDelayMs = 5 * 60 * 1000;

    SyncController(Core::Library *library, QWidget *window, QObject *parent = nullptr);
    ~SyncController() override;

    // The status bar's line (MainWindow places it); hidden while sync is not set up.
    QLabel *statusLabel() const { return m_label; }
    bool isSyncing() const { return m_busy; }
    // The automatic syncs wait this long after a change (tests shorten it).
    void setAutoSyncDelay(int msecs) { m_auto.setInterval(msecs); }

public Q_SLOTS:
    // Ctrl+Shift+S: sync now (set it up first when it is not).
    void syncNow();
    // File › Set Up Sync…: the folder, the remote, this machine's name, an https remote's token.
    void setUp();
    // File › Sync Log…: where the sync stands and what each sync did.
    void showLog();
    // The window opened: a sync soon when set up.
    void start();

Q_SIGNALS:
    void message(const QString &text, int msecs);
    // A sync ended (after the models were told what it changed).
    void synced(const Paperboy::Core::SyncResult &result);

private:
    void changed();
    void run(const QByteArray &secret);
    void finished(const Core::SyncResult &result);
    // The status bar's line from the library's sync state; false when sync is not set up.
    bool updateStatus();

    Core::Library *m_library;
    QWidget *m_window;
    Core::SecretStore *m_secrets;
    QLabel *m_label;
    QTimer m_auto;
    QTimer m_retry;
    QThread *m_thread = nullptr;
    bool m_busy = false; // a sync runs, or waits for the keychain
    bool m_again = false; // a change or a request came while a sync ran
    bool m_applying = false; // telling the models what a sync changed: not a change to send
    QString m_lastError;
};

} // namespace Paperboy::Ui
