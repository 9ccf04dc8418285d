// What a sync is asked to do, what it did, and where a library's sync stands: the values SyncEngine
// and SyncState hand to the window and the command line.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace Paperboy::Core {

struct SyncOptions {
    // The machine's name, the author of its commits; "" = the one given at init, else the host name.
    QString device;
    // Work out and report what a sync would send and receive, and change nothing.
    bool dryRun = false;
    // For an https remote: user and password or token, read from the keychain by the caller
    // (SecretStore, key SyncEngine::secretKey()); never written anywhere by the sync.
    QByteArray user;
    QByteArray secret;
    // How many times a push the remote rejects as not fast-forward is merged again and retried.
    int pushAttempts = 3;
    // Called at each step ("fetched", "merged", "committed", "applied", "pushed"); tests use it to act
    // between steps. The environment variable PAPERBOY_SYNC_PAUSE_AT=<step> makes the sync stop at
    // that step and wait to be killed (the kill -9 tests).
    std::function<void(const QString &step)> onStep;
};

struct SyncResult {
    enum class Outcome {
        Synced, // merged, committed where needed and pushed (or there is no remote)
        UpToDate, // nothing to send or receive
        NotPushed, // the local side is committed and consistent; the push failed and is retried next time
        Failed, // nothing changed in the library; see message
        NotSetUp, // no sync repository: sync init first
    };
    Outcome outcome = Outcome::Failed;
    QString message; // the reason, in the reader's words, when not Synced or UpToDate
    int written = 0; // papers whose file this library changed
    int received = 0; // papers whose data changed in this library from the other side
    int conflicts = 0; // notes kept as conflict copies
    bool pushed = false;
    QString commit; // the sync repository's commit after the sync (hex)
    QStringList warnings; // files that could not be read, skipped
    QStringList changedPapers; // the papers whose data changed in the library
    bool tagsChanged = false;

    bool ok() const { return outcome == Outcome::Synced || outcome == Outcome::UpToDate; }
};

// Where a library's sync stands (SyncState::status), for the status bar and `paperboy sync status`.
struct SyncStatus {
    bool configured = false;
    QString dir;
    QString remote; // "" when none
    QString device;
    QDateTime lastSyncAt; // the last sync that completed; invalid when never
    QString lastCommit;
    int pending = 0; // papers (and the tags' colours) changed since the last sync
    QString lastError; // the last sync's reason when it failed or did not push, "" otherwise
};

struct SyncLogEntry {
    QDateTime at;
    bool ok = false;
    int written = 0;
    int received = 0;
    QString message;
};

} // namespace Paperboy::Core
