// SyncEngine: recover, fetch, merge paper by paper, commit, apply to the library, push; again when
// the push was not a fast-forward.
#include "sync/syncengine.h"

#include "library/library.h"
#include "sync/gitrepository.h"
#include "sync/syncformat.h"
#include "sync/syncmerge.h"

#include <QDir>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace Paperboy::Core {

namespace {

// The files of a commit, read once each, parsed.
struct Side {
    GitRepository *repo = nullptr;
    QString commit;
    QString device;

    std::optional<SyncRecord> paper(const QString &path, QStringList *warnings) const
    {
        if (commit.isEmpty())
            return std::nullopt;
        const std::optional<QByteArray> bytes = repo->read(commit, path);
        if (!bytes)
            return std::nullopt;
        QString error;
        std::optional<SyncRecord> r = SyncFormat::readPaper(*bytes, &error);
        if (!r && warnings)
            *warnings << SyncEngine::tr("%1 (commit %2) skipped: %3").arg(path, commit.left(8), error);
        return r;
    }
};

} // namespace

SyncEngine::SyncEngine(Library &library)
    : m_lib(library)
{
}

QString SyncEngine::defaultDevice()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("paperboy") : host;
}

Status SyncEngine::init(const QString &dir, const QString &remote, const QString &device)
{
    if (dir.isEmpty())
        return Status::failure(tr("no folder given for the sync repository"));
    const QString path = QDir(dir).absolutePath();
    QString error;
    std::unique_ptr<GitRepository> repo = QDir(path).exists(QStringLiteral(".git")) ? GitRepository::open(path, &error) : GitRepository::init(path, &error);
    if (!repo)
        return Status::failure(error);
    if (!repo->setRemote(remote))
        return Status::failure(repo->lastError());
    const SyncStatus before = m_lib.syncState().status();
    if (Status s = m_lib.syncState().configure(path, remote, device.isEmpty() ? defaultDevice() : device); !s)
        return s;
    // Another repository: nothing of it has been merged into this library yet.
    if (before.dir != path)
        return m_lib.syncState().setValue(QStringLiteral("last_commit"), QString());
    return Status::success();
}

SyncStatus SyncEngine::status() const
{
    return m_lib.syncState().status();
}

void SyncEngine::step(const SyncOptions &options, const QString &name) const
{
    if (options.onStep)
        options.onStep(name);
    // The kill -9 tests stop the command line here and kill it (docs/SYNC.md, "Recovery").
    if (qEnvironmentVariable("PAPERBOY_SYNC_PAUSE_AT") == name) {
        std::fprintf(stderr, "paperboy: sync paused at %s\n", qPrintable(name));
        std::fflush(stderr);
        for (;;)
            QThread::sleep(1);
    }
}

SyncResult SyncEngine::syncFile(const QString &libraryPath, const SyncOptions &options)
{
    Library library;
    if (const Status s = library.open(libraryPath); !s) {
        SyncResult r;
        r.message = s.message();
        return r;
    }
    return SyncEngine(library).sync(options);
}

SyncResult SyncEngine::sync(const SyncOptions &options)
{
    SyncResult r = run(options);
    if (!options.dryRun && r.outcome != SyncResult::Outcome::NotSetUp) {
        SyncLogEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.ok = r.ok();
        e.written = r.written;
        e.received = r.received;
        e.message = r.ok() ? (r.conflicts > 0 ? tr("%n note(s) kept as conflict copies", nullptr, r.conflicts) : QString()) : r.message;
        m_lib.syncState().addLogEntry(e);
    }
    return r;
}

SyncResult SyncEngine::run(const SyncOptions &options)
{
    SyncResult r;
    const SyncStatus status = m_lib.syncState().status();
    if (!status.configured) {
        r.outcome = SyncResult::Outcome::NotSetUp;
        r.message = tr("no sync repository: set one up with paperboy sync init DIR [--remote URL]");
        return r;
    }
    const QString device = !options.device.isEmpty() ? options.device : !status.device.isEmpty() ? status.device : defaultDevice();
    QString error;
    std::unique_ptr<GitRepository> repo = GitRepository::open(status.dir, &error);
    if (!repo) {
        r.message = error;
        return r;
    }
    // Whatever a killed sync left behind: a half-updated work tree or index.
    if (!options.dryRun) {
        repo->cleanupState();
        if (!repo->checkoutHead()) {
            r.message = repo->lastError();
            return r;
        }
    }
    if (repo->remoteUrl() != status.remote && !repo->setRemote(status.remote)) {
        r.message = repo->lastError();
        return r;
    }
    const GitRepository::Credentials credentials{options.user, options.secret};
    QString offline; // why the remote could not be reached
    QString lastSynced = status.lastCommit;
    for (int attempt = 0; attempt < std::max(1, options.pushAttempts); ++attempt) {
        if (!status.remote.isEmpty() && !repo->fetch(credentials))
            offline = repo->lastError();
        step(options, QStringLiteral("fetched"));
        const QString head = repo->head();
        const QString remote = status.remote.isEmpty() ? QString() : repo->remoteHead();
        if (!lastSynced.isEmpty() && !repo->isAncestor(lastSynced, head))
            lastSynced.clear(); // the repository was made again: merge all of it
        const QString base = head.isEmpty() || remote.isEmpty() ? QString() : repo->mergeBase(head, remote);
        const bool remoteAhead = !remote.isEmpty() && !repo->isAncestor(remote, head);

        // What changed: on the remote since the merge base, in HEAD since this library last took it
        // in (commits made by hand, or a sync killed after its commit), and in the library.
        const QStringList remoteChanged = remoteAhead ? repo->changedPaths(base, remote) : QStringList{};
        const QStringList headChanged = lastSynced != head ? repo->changedPaths(lastSynced, head) : QStringList{};
        const Side headSide{repo.get(), head, repo->authorOf(head)};
        const Side remoteSide{repo.get(), remote, repo->authorOf(remote)};
        const Side baseSide{repo.get(), base, QString()};
        const Side lastSide{repo.get(), lastSynced, QString()};

        QMap<QString, SyncRecord> theirs, fromHead; // by arXiv id
        QMap<QString, QString> pathOf; // arXiv id → path, for the papers of the files
        QStringList ids;
        // A file of this folder that is gone or unreadable (a bad hand edit) is written again from the
        // library; one of the remote's is left out of the merge.
        const auto collect = [&](const QStringList &paths, const Side &side, QMap<QString, SyncRecord> &into, bool repair) {
            for (const QString &path : paths) {
                if (!SyncFormat::isPaperPath(path))
                    continue;
                std::optional<SyncRecord> rec = side.paper(path, &r.warnings);
                if (!rec) {
                    const QString id = path.section(u'/', -1).chopped(5);
                    if (repair && SyncFormat::paperPath(id) == path)
                        ids << id;
                    continue;
                }
                pathOf.insert(rec->arxivId, path);
                ids << rec->arxivId;
                into.insert(rec->arxivId, *rec);
            }
        };
        collect(remoteChanged, remoteSide, theirs, false);
        collect(headChanged, headSide, fromHead, true);
        // The tags' colours, and the format: a newer one is left alone.
        int version = SyncFormat::Version;
        const auto tagsAt = [&](const Side &side) -> std::optional<SyncTagColors> {
            if (side.commit.isEmpty())
                return std::nullopt;
            const std::optional<QByteArray> bytes = repo->read(side.commit, SyncFormat::tagsPath());
            if (!bytes)
                return std::nullopt;
            int v = 0;
            std::optional<SyncTagColors> t = SyncFormat::readTags(*bytes, &v);
            version = std::max(version, v);
            return t;
        };
        const std::optional<SyncTagColors> remoteTags = remoteChanged.contains(SyncFormat::tagsPath()) ? tagsAt(remoteSide) : std::nullopt;
        const std::optional<SyncTagColors> headTags = tagsAt(headSide);
        if (version > SyncFormat::Version) {
            r.message = tr("the sync repository was written by a newer Paperboy (format %1; this version knows %2)").arg(version).arg(SyncFormat::Version);
            return r;
        }

        const SyncState::Snapshot snap = m_lib.syncState().snapshot(lastSynced.isEmpty() ? nullptr : &ids);
        QStringList papers = lastSynced.isEmpty() ? snap.records.keys() : snap.pending;
        papers += ids;
        papers.removeDuplicates();
        papers.sort();

        QMap<QString, std::optional<QByteArray>> changes;
        QList<SyncRecord> toApply;
        for (const QString &id : std::as_const(papers)) {
            SyncRecord ours = snap.records.value(id, SyncRecord::of(id));
            const QString path = pathOf.value(id, SyncFormat::paperPath(id));
            if (fromHead.contains(id)) {
                const std::optional<SyncRecord> last = lastSide.paper(path, nullptr);
                ours = SyncMerge::merge(last ? &*last : nullptr, ours, fromHead.value(id), device, headSide.device);
            }
            SyncRecord result = ours;
            if (theirs.contains(id)) {
                const std::optional<SyncRecord> b = baseSide.paper(path, nullptr);
                bool conflict = false;
                result = SyncMerge::merge(b ? &*b : nullptr, ours, theirs.value(id), device, remoteSide.device, &conflict);
                r.conflicts += conflict ? 1 : 0;
            }
            if (!(result == snap.records.value(id, SyncRecord::of(id))))
                toApply << result;
            const std::optional<QByteArray> now = head.isEmpty() ? std::nullopt : repo->read(head, path);
            if (result.isEmpty()) {
                if (now)
                    changes.insert(path, std::nullopt);
                continue;
            }
            const QByteArray bytes = SyncFormat::writePaper(result);
            if (!now || *now != bytes)
                changes.insert(path, bytes);
        }
        const int written = int(changes.size());
        r.written += written;
        SyncTagColors tags = snap.tags;
        if (headTags && headChanged.contains(SyncFormat::tagsPath())) {
            const std::optional<SyncTagColors> last = tagsAt(lastSide);
            tags = SyncMerge::mergeTags(last ? &*last : nullptr, tags, *headTags);
        }
        if (remoteTags) {
            const std::optional<SyncTagColors> b = tagsAt(baseSide);
            tags = SyncMerge::mergeTags(b ? &*b : nullptr, tags, *remoteTags);
        }
        const QByteArray tagBytes = SyncFormat::writeTags(tags);
        if (!headTags || repo->read(head, SyncFormat::tagsPath()) != tagBytes)
            changes.insert(SyncFormat::tagsPath(), tagBytes);
        step(options, QStringLiteral("merged"));

        if (options.dryRun) {
            r.received = int(toApply.size());
            r.outcome = r.written + r.received == 0 && !remoteAhead ? SyncResult::Outcome::UpToDate : SyncResult::Outcome::Synced;
            r.commit = head;
            r.message = offline;
            return r;
        }

        // The new HEAD: unchanged, the remote's (fast-forward), or a commit over HEAD (and the remote).
        QString newHead = head;
        if (!changes.isEmpty() || remoteAhead) {
            const QString tree = repo->writeTree(head, changes);
            if (tree.isEmpty()) {
                r.message = repo->lastError();
                return r;
            }
            if (remoteAhead && repo->isAncestor(head, remote) && tree == repo->treeOf(remote)) {
                newHead = remote;
            } else if (tree != repo->treeOf(head) || remoteAhead) {
                QStringList parents;
                if (!head.isEmpty())
                    parents << head;
                if (remoteAhead)
                    parents << remote;
                const QString message = remoteAhead ? tr("Sync on %1: %n paper(s) merged", nullptr, int(theirs.size())).arg(device)
                                                    : tr("Sync on %1: %n paper(s) changed", nullptr, written).arg(device);
                newHead = repo->createCommit(tree, parents, device, message);
                if (newHead.isEmpty()) {
                    r.message = repo->lastError();
                    return r;
                }
            }
        }
        if (newHead != head) {
            if (!repo->setHead(newHead)) {
                r.message = repo->lastError();
                return r;
            }
            step(options, QStringLiteral("committed"));
            if (!repo->checkoutHead(head)) {
                r.message = repo->lastError();
                return r;
            }
        }
        SyncState::Apply apply{toApply, &snap, tags, newHead, device};
        QStringList changedHere;
        bool tagsChanged = false;
        if (const Status s = m_lib.syncState().apply(apply, &changedHere, &tagsChanged); !s) {
            r.message = s.message();
            return r;
        }
        lastSynced = newHead;
        r.commit = newHead;
        r.received += int(changedHere.size());
        r.changedPapers += changedHere;
        r.tagsChanged = r.tagsChanged || tagsChanged;
        step(options, QStringLiteral("applied"));

        if (status.remote.isEmpty() || newHead.isEmpty() || newHead == remote || !offline.isEmpty()) {
            if (!offline.isEmpty()) {
                r.outcome = SyncResult::Outcome::NotPushed;
                r.message = tr("offline (%1): the changes are kept here and sent at the next sync").arg(offline);
            } else {
                r.outcome = r.written + r.received == 0 && newHead == head ? SyncResult::Outcome::UpToDate : SyncResult::Outcome::Synced;
            }
            return r;
        }
        const GitRepository::Push pushed = repo->push(credentials);
        if (pushed == GitRepository::Push::Pushed) {
            r.pushed = true;
            r.outcome = SyncResult::Outcome::Synced;
            step(options, QStringLiteral("pushed"));
            return r;
        }
        r.outcome = SyncResult::Outcome::NotPushed;
        r.message = tr("not sent (%1): the changes are kept here and sent at the next sync").arg(repo->lastError());
        if (pushed == GitRepository::Push::Failed)
            return r;
        // Rejected: someone pushed in between; fetch, merge and try again.
    }
    return r;
}

} // namespace Paperboy::Core
