// The SQL of the sync between machines (docs/SYNC.md): the reader's data as sync records, with the
// times and tombstones schema 13 keeps; applying merged records; what changed since the last sync;
// the sync's settings, log and the notes' conflict copies.
#pragma once

#include "library/store.h"
#include "sync/syncrecord.h"
#include "sync/syncresult.h"

#include <QMap>
#include <QStringList>

namespace Paperboy::Core {

class SyncState : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    SyncState(Library &library, Database &db)
        : Store(library, db)
    {
    }

    // The library's sync settings: the repository's folder, the remote's URL, the machine's name.
    Status configure(const QString &dir, const QString &remote, const QString &device);
    SyncStatus status() const;
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QVariant &value);

    // Papers changed since the last sync, and whether the tags' colours did ("" in pending).
    int pendingCount() const;

    // The reader's data, read in one transaction with the change counter of that moment.
    struct Snapshot {
        QMap<QString, SyncRecord> records; // only papers with any data (tombstones count)
        SyncTagColors tags;
        QStringList pending; // papers changed since the last sync
        bool tagsPending = false;
        qint64 version = 0;
    };
    // ids: the papers to read (and every pending one); null: every paper with data.
    Snapshot snapshot(const QStringList *ids) const;
    QMap<QString, SyncRecord> records(const QStringList *ids) const;
    SyncTagColors tagColors() const;

    // Writes merged records in one transaction without counting them as changes to send. A paper the
    // reader changed after the snapshot (version) is merged again with its current state (snapshot
    // as base), and stays pending. tags: the merged tags' colours (tags missing from it and unused go).
    // Clears what was pending at the snapshot and records commit as the last synced one.
    // changed: the papers whose data changed here.
    struct Apply {
        QList<SyncRecord> records;
        const Snapshot *snapshot = nullptr;
        std::optional<SyncTagColors> tags;
        QString commit;
        QString device;
    };
    Status apply(const Apply &apply, QStringList *changed, bool *tagsChanged);

    // A note's conflict copy (SyncMerge): the text that lost, from which machine, when; unknown when none.
    SyncNote noteConflict(const QString &arxivId) const;
    Status dismissNoteConflict(const QString &arxivId);

    Status addLogEntry(const SyncLogEntry &entry);
    QList<SyncLogEntry> log(int limit = 100) const;
};

} // namespace Paperboy::Core
