// The sync between machines (docs/SYNC.md): the library's user data written to a git work tree, one
// file per paper, merged field by field with what other machines pushed, and pushed back.
#pragma once

#include "common/status.h"
#include "sync/syncresult.h"

#include <QCoreApplication>

namespace Paperboy::Core {

class Library;

// Runs on the thread of the Library it is given; for the window, a worker thread opens a Library of
// its own (syncFile), as SearchRunner does. A sync never loses a change of the library: the
// library's data and its record of the last synced commit change in one transaction, after the
// commit is made, and whatever a killed sync left in the work tree is put back at the next start.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    explicit SyncEngine(Library &library);

    // Makes dir this library's sync repository (a new git work tree, or an existing one), with
    // remote as origin ("" for none). The first sync writes every paper and merges the remote's.
    Status init(const QString &dir, const QString &remote, const QString &device);
    SyncResult sync(const SyncOptions &options = {});
    SyncStatus status() const;

    // Opens the library file on the calling thread with a connection of its own and syncs: what a
    // worker thread runs (QThread::create([=] { return SyncEngine::syncFile(path, options); })).
    static SyncResult syncFile(const QString &libraryPath, const SyncOptions &options);
    // The keychain entry (SecretStore) of an https remote's password or token.
    static QString secretKey() { return QStringLiteral("sync/remote"); }
    static QString defaultDevice();

private:
    SyncResult run(const SyncOptions &options);
    void step(const SyncOptions &options, const QString &name) const;

    Library &m_lib;
};

} // namespace Paperboy::Core
