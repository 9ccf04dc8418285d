// One library file: its connection, the stores over it, and the signals that say what changed.
// Each concern has its own store: DigestImporter (imports), Catalog (days and papers as the
// reader walks them), SearchIndex (full-text search), Annotations (the reader's own data),
// UserDataSync (snapshots and import-notes' merge), NetworkStore (sources and metadata) and
// Publishers (where digests come from, a day's several digests).
#pragma once

#include "library/annotations.h"
#include "library/catalog.h"
#include "library/database.h"
#include "library/digestimporter.h"
#include "library/history.h"
#include "library/librarytypes.h"
#include "library/muterules.h"
#include "library/networkstore.h"
#include "library/publishers.h"
#include "library/readingqueue.h"
#include "library/searchindex.h"
#include "library/similarity.h"
#include "library/statistics.h"
#include "library/smartlists.h"
#include "library/syncstate.h"
#include "library/topics.h"
#include "library/userdatasync.h"

#include <QObject>

namespace Paperboy::Core {

class Library : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The library file used when neither --db nor PAPERBOY_DB names one.
    static QString defaultPath();
    static QString sqliteVersion(); // of the SQLite library in use, for the About box

    // See Database::open: a read-only file opens read-only (isReadOnly()), a damaged one fails with
    // isDamaged() set (LibraryRecovery can restore or rebuild it).
    Status open(const QString &path, Database::Check check = Database::Check::Header);
    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    bool isDamaged() const { return m_db.isDamaged(); }
    // Why changes cannot be saved ("" when they can): read-only, or locked by another program at open.
    QString writeNotice() const;
    Database &database() { return m_db; }

    // Another connection (an ImportTask) changed the days: re-read and tell the models.
    void notifyExternalChange();
    // Another connection (a sync) changed the reader's data of these papers (tags: the tags too):
    // the models read them again.
    void notifyExternalUserDataChange(const QStringList &arxivIds, bool tags);

    // The stores. The const ones only read.
    DigestImporter &importer() { return m_importer; }
    Catalog &catalog() { return m_catalog; }
    const Catalog &catalog() const { return m_catalog; }
    SearchIndex &searchIndex() { return m_searchIndex; }
    const SearchIndex &searchIndex() const { return m_searchIndex; }
    Annotations &annotations() { return m_annotations; }
    const Annotations &annotations() const { return m_annotations; }
    UserDataSync &userDataSync() { return m_userDataSync; }
    const UserDataSync &userDataSync() const { return m_userDataSync; }
    NetworkStore &network() { return m_network; }
    const NetworkStore &network() const { return m_network; }
    Publishers &publishers() { return m_publishers; }
    const Publishers &publishers() const { return m_publishers; }
    // Words or phrases whose papers are hidden unless starred (schema 12).
    MuteRules &muteRules() { return m_muteRules; }
    const MuteRules &muteRules() const { return m_muteRules; }
    const Statistics &statistics() const { return m_statistics; }
    // Words whose share of papers rises over the last weeks.
    const Topics &topics() const { return m_topics; }
    // Schema 12: the reading queue, what the reader did (events), saved searches.
    ReadingQueue &readingQueue() { return m_readingQueue; }
    const ReadingQueue &readingQueue() const { return m_readingQueue; }
    History &history() { return m_history; }
    const History &history() const { return m_history; }
    SmartLists &smartLists() { return m_smartLists; }
    const SmartLists &smartLists() const { return m_smartLists; }
    // More like this: the papers sharing a paper's most distinctive terms.
    const Similarity &similarity() const { return m_similarity; }
    // Sync between machines: the reader's data as sync records, what is pending, the sync's log.
    SyncState &syncState() { return m_syncState; }
    const SyncState &syncState() const { return m_syncState; }

Q_SIGNALS:
    // Days were added, replaced or removed.
    void daysChanged();
    // Something the reader attached to papers changed: what, for exactly these papers (one signal
    // per command, whatever the number of papers).
    void papersChanged(const QStringList &arxivIds, Paperboy::Core::Changes what);
    // Tags were renamed, recoloured, merged or deleted.
    void tagsChanged();
    // The papers marked for comparison changed.
    void marksChanged();
    // The reading queue changed: papers put in or taken out (also papersChanged with Change::Later),
    // or its order.
    void queueChanged();
    // Events were recorded or taken back (History).
    void historyChanged();
    // A smart list was added, renamed, changed, moved or removed.
    void smartListsChanged();
    // A comparison was saved or removed.
    void comparisonsChanged();
    // A network source was added, removed, switched on or off (not when it was refreshed).
    void sourcesChanged();
    // Paper metadata (Hugging Face daily papers) was stored, by this or another connection.
    void paperMetaChanged();
    // A change of the reader's data could not be saved; message says why, in words for the user.
    void writeFailed(const QString &message);

private:
    mutable Database m_db;
    DigestImporter m_importer{*this, m_db};
    Catalog m_catalog{*this, m_db};
    SearchIndex m_searchIndex{*this, m_db};
    Annotations m_annotations{*this, m_db};
    UserDataSync m_userDataSync{*this, m_db};
    NetworkStore m_network{*this, m_db};
    Publishers m_publishers{*this, m_db};
    MuteRules m_muteRules{*this, m_db};
    Statistics m_statistics{*this, m_db};
    ReadingQueue m_readingQueue{*this, m_db};
    History m_history{*this, m_db};
    SmartLists m_smartLists{*this, m_db};
    Topics m_topics{*this, m_db};
    Similarity m_similarity{*this, m_db};
    SyncState m_syncState{*this, m_db};
};

} // namespace Paperboy::Core
