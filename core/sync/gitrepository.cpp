// GitRepository: libgit2 behind hex ids and Qt types; every libgit2 object is freed where it is made.
#include "sync/gitrepository.h"

#include <QDir>

#include <git2.h>
#include <git2/sys/errors.h>

namespace Paperboy::Core {

namespace {

const char *const Branch = "refs/heads/main";
const char *const RemoteBranch = "refs/remotes/origin/main";

template<typename T, void (*Free)(T *)>
struct Owned {
    T *p = nullptr;
    Owned() = default;
    Owned(const Owned &) = delete;
    Owned &operator=(const Owned &) = delete;
    ~Owned()
    {
        if (p)
            Free(p);
    }
    T **out() { return &p; }
    T *operator->() const { return p; }
    explicit operator bool() const { return p != nullptr; }
};
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Reference = Owned<git_reference, git_reference_free>;
using Remote = Owned<git_remote, git_remote_free>;
using Index = Owned<git_index, git_index_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Signature = Owned<git_signature, git_signature_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;

QString hex(const git_oid *id)
{
    char buf[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, id);
    return QString::fromLatin1(buf);
}

bool oidOf(const QString &text, git_oid *id)
{
    return !text.isEmpty() && git_oid_fromstr(id, text.toLatin1().constData()) == 0;
}

QString gitMessage()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

// What the transport callbacks share: the credentials and how often each kind was tried.
struct Callbacks {
    const GitRepository::Credentials *credentials = nullptr;
    int sshTries = 0;
    int passwordTries = 0;
    QString rejected; // a ref the remote refused, with its reason
};

int credentialFor(git_credential **out, const char *url, const char *userFromUrl, unsigned int allowed, void *payload)
{
    Q_UNUSED(url)
    auto *c = static_cast<Callbacks *>(payload);
    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && c->sshTries++ == 0)
        return git_credential_ssh_key_from_agent(out, userFromUrl ? userFromUrl : "git");
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && c->credentials && !c->credentials->secret.isEmpty() && c->passwordTries++ == 0) {
        const QByteArray user = c->credentials->user.isEmpty() ? QByteArray(userFromUrl ? userFromUrl : "git") : c->credentials->user;
        return git_credential_userpass_plaintext_new(out, user.constData(), c->credentials->secret.constData());
    }
    if ((allowed & GIT_CREDENTIAL_USERNAME) && userFromUrl)
        return git_credential_username_new(out, userFromUrl);
    git_error_set_str(GIT_ERROR_NET, "no credentials for this remote (ssh: an ssh agent; https: sync init --token-from-stdin)");
    return GIT_EUSER;
}

int pushStatus(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<Callbacks *>(payload)->rejected = QStringLiteral("%1: %2").arg(QString::fromUtf8(refname), QString::fromUtf8(status));
    return 0;
}

void setCallbacks(git_remote_callbacks &cb, Callbacks &c)
{
    cb.credentials = credentialFor;
    cb.push_update_reference = pushStatus;
    cb.payload = &c;
}

} // namespace

GitRepository::GitRepository(git_repository *repo)
    : m_repo(repo)
{
}

GitRepository::~GitRepository()
{
    git_repository_free(m_repo);
    git_libgit2_shutdown();
}

bool GitRepository::failed(int code, const QString &what) const
{
    if (code >= 0)
        return false;
    const QString detail = gitMessage();
    m_error = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    return true;
}

static void initialize()
{
    // Trees stay in libgit2's object cache whatever their size (its default keeps only trees under 4 KiB).
    if (git_libgit2_init() == 1)
        git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, size_t(64) * 1024 * 1024);
}

std::unique_ptr<GitRepository> GitRepository::open(const QString &dir, QString *error)
{
    initialize();
    git_repository *repo = nullptr;
    if (git_repository_open_ext(&repo, QDir(dir).absolutePath().toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0) {
        if (error)
            *error = tr("%1 is not a sync repository: %2").arg(dir, gitMessage());
        git_libgit2_shutdown();
        return nullptr;
    }
    if (git_repository_is_bare(repo)) {
        if (error)
            *error = tr("%1 is a bare repository: the sync needs a folder of its own (its remote may be bare)").arg(dir);
        git_repository_free(repo);
        git_libgit2_shutdown();
        return nullptr;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(repo));
}

std::unique_ptr<GitRepository> GitRepository::init(const QString &dir, QString *error)
{
    initialize();
    git_repository *repo = nullptr;
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    opts.initial_head = "main";
    if (git_repository_init_ext(&repo, QDir(dir).absolutePath().toUtf8().constData(), &opts) < 0) {
        if (error)
            *error = tr("cannot make a git repository in %1: %2").arg(dir, gitMessage());
        git_libgit2_shutdown();
        return nullptr;
    }
    return std::unique_ptr<GitRepository>(new GitRepository(repo));
}

QString GitRepository::workDir() const
{
    const char *dir = git_repository_workdir(m_repo);
    return dir ? QString::fromUtf8(dir) : QString();
}

QString GitRepository::head() const
{
    git_oid id;
    return git_reference_name_to_id(&id, m_repo, Branch) == 0 ? hex(&id) : QString();
}

QString GitRepository::remoteHead() const
{
    git_oid id;
    return git_reference_name_to_id(&id, m_repo, RemoteBranch) == 0 ? hex(&id) : QString();
}

QString GitRepository::remoteUrl() const
{
    Remote remote;
    if (git_remote_lookup(remote.out(), m_repo, "origin") < 0)
        return {};
    const char *url = git_remote_url(remote.p);
    return url ? QString::fromUtf8(url) : QString();
}

bool GitRepository::setRemote(const QString &url)
{
    Remote remote;
    if (git_remote_lookup(remote.out(), m_repo, "origin") == 0) {
        if (url.isEmpty())
            return !failed(git_remote_delete(m_repo, "origin"), tr("cannot remove the remote"));
        return !failed(git_remote_set_url(m_repo, "origin", url.toUtf8().constData()), tr("cannot set the remote"));
    }
    if (url.isEmpty())
        return true;
    Remote made;
    return !failed(git_remote_create(made.out(), m_repo, "origin", url.toUtf8().constData()), tr("cannot add the remote %1").arg(url));
}

bool GitRepository::fetch(const Credentials &credentials)
{
    Remote remote;
    if (failed(git_remote_lookup(remote.out(), m_repo, "origin"), tr("no remote")))
        return false;
    Callbacks c;
    c.credentials = &credentials;
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    setCallbacks(opts.callbacks, c);
    opts.prune = GIT_FETCH_NO_PRUNE;
    return !failed(git_remote_fetch(remote.p, nullptr, &opts, "fetch"), tr("cannot fetch from %1").arg(QString::fromUtf8(git_remote_url(remote.p))));
}

GitRepository::Push GitRepository::push(const Credentials &credentials)
{
    Remote remote;
    if (failed(git_remote_lookup(remote.out(), m_repo, "origin"), tr("no remote")))
        return Push::Failed;
    Callbacks c;
    c.credentials = &credentials;
    git_push_options opts = GIT_PUSH_OPTIONS_INIT;
    setCallbacks(opts.callbacks, c);
    char spec[] = "refs/heads/main:refs/heads/main";
    char *specs[] = {spec};
    const git_strarray refspecs{specs, 1};
    const int code = git_remote_push(remote.p, &refspecs, &opts);
    if (code == GIT_ENONFASTFORWARD) {
        failed(code, tr("the remote has changes this machine has not merged yet"));
        return Push::Rejected;
    }
    if (failed(code, tr("cannot push to %1").arg(QString::fromUtf8(git_remote_url(remote.p)))))
        return Push::Failed;
    if (!c.rejected.isEmpty()) {
        m_error = tr("the remote refused the push (%1)").arg(c.rejected);
        // "non-fast-forward" / "fetch first": merging again helps; a hook's refusal does not.
        const bool notFastForward = c.rejected.contains(QLatin1StringView("fast-forward")) || c.rejected.contains(QLatin1StringView("fetch first"));
        return notFastForward ? Push::Rejected : Push::Failed;
    }
    // The remote-tracking ref follows what was pushed.
    git_oid id;
    if (git_reference_name_to_id(&id, m_repo, Branch) == 0) {
        Reference ref;
        git_reference_create(ref.out(), m_repo, RemoteBranch, &id, 1, "push");
    }
    return Push::Pushed;
}

QString GitRepository::mergeBase(const QString &a, const QString &b) const
{
    git_oid ia, ib, out;
    if (!oidOf(a, &ia) || !oidOf(b, &ib) || git_merge_base(&out, m_repo, &ia, &ib) < 0)
        return {};
    return hex(&out);
}

bool GitRepository::isAncestor(const QString &ancestor, const QString &of) const
{
    if (ancestor.isEmpty())
        return true;
    if (ancestor == of)
        return true;
    git_oid ia, io;
    if (!oidOf(ancestor, &ia) || !oidOf(of, &io))
        return false;
    return git_graph_descendant_of(m_repo, &io, &ia) == 1;
}

QString GitRepository::treeOf(const QString &commit) const
{
    git_oid id;
    Commit c;
    if (!oidOf(commit, &id) || git_commit_lookup(c.out(), m_repo, &id) < 0)
        return {};
    return hex(git_commit_tree_id(c.p));
}

QString GitRepository::authorOf(const QString &commit) const
{
    git_oid id;
    Commit c;
    if (!oidOf(commit, &id) || git_commit_lookup(c.out(), m_repo, &id) < 0)
        return {};
    const git_signature *a = git_commit_author(c.p);
    return a && a->name ? QString::fromUtf8(a->name) : QString();
}

QStringList GitRepository::changedPaths(const QString &from, const QString &to)
{
    const auto treeAt = [this](const QString &commit, Tree &tree) {
        git_oid id;
        Commit c;
        if (commit.isEmpty())
            return true;
        return oidOf(commit, &id) && git_commit_lookup(c.out(), m_repo, &id) == 0 && git_commit_tree(tree.out(), c.p) == 0;
    };
    Tree a, b;
    if (!treeAt(from, a) || !treeAt(to, b)) {
        m_error = tr("no such commit");
        return {};
    }
    Diff diff;
    if (failed(git_diff_tree_to_tree(diff.out(), m_repo, a.p, b.p, nullptr), tr("cannot compare commits")))
        return {};
    QStringList out;
    const size_t n = git_diff_num_deltas(diff.p);
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const git_diff_delta *d = git_diff_get_delta(diff.p, i);
        out << QString::fromUtf8(d->status == GIT_DELTA_DELETED ? d->old_file.path : d->new_file.path);
    }
    return out;
}

std::optional<QByteArray> GitRepository::read(const QString &commit, const QString &path) const
{
    git_oid id;
    Commit c;
    Tree tree;
    TreeEntry entry;
    Blob blob;
    if (!oidOf(commit, &id) || git_commit_lookup(c.out(), m_repo, &id) < 0 || git_commit_tree(tree.out(), c.p) < 0
        || git_tree_entry_bypath(entry.out(), tree.p, path.toUtf8().constData()) < 0 || git_tree_entry_type(entry.p) != GIT_OBJECT_BLOB
        || git_blob_lookup(blob.out(), m_repo, git_tree_entry_id(entry.p)) < 0)
        return std::nullopt;
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.p)), qsizetype(git_blob_rawsize(blob.p)));
}

QString GitRepository::writeTree(const QString &base, const QMap<QString, std::optional<QByteArray>> &files)
{
    Index index;
    if (failed(git_index_new(index.out()), tr("cannot make an index")))
        return {};
    if (!base.isEmpty()) {
        git_oid id;
        Commit c;
        Tree tree;
        if (!oidOf(base, &id) || failed(git_commit_lookup(c.out(), m_repo, &id), tr("no such commit"))
            || failed(git_commit_tree(tree.out(), c.p), tr("cannot read a tree")) || failed(git_index_read_tree(index.p, tree.p), tr("cannot read a tree")))
            return {};
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QByteArray path = it.key().toUtf8();
        if (!it.value()) {
            git_index_remove(index.p, path.constData(), 0);
            continue;
        }
        git_index_entry entry{};
        entry.mode = GIT_FILEMODE_BLOB;
        entry.path = path.constData();
        if (failed(git_blob_create_from_buffer(&entry.id, m_repo, it.value()->constData(), size_t(it.value()->size())), tr("cannot store %1").arg(it.key()))
            || failed(git_index_add(index.p, &entry), tr("cannot store %1").arg(it.key())))
            return {};
    }
    git_oid tree;
    if (failed(git_index_write_tree_to(&tree, index.p, m_repo), tr("cannot write a tree")))
        return {};
    return hex(&tree);
}

QString GitRepository::createCommit(const QString &tree, const QStringList &parents, const QString &author, const QString &message)
{
    git_oid treeId;
    Tree t;
    if (!oidOf(tree, &treeId) || failed(git_tree_lookup(t.out(), m_repo, &treeId), tr("no such tree")))
        return {};
    std::vector<Commit> owned(size_t(parents.size()));
    std::vector<const git_commit *> list;
    for (qsizetype i = 0; i < parents.size(); ++i) {
        git_oid id;
        if (!oidOf(parents[i], &id) || failed(git_commit_lookup(owned[size_t(i)].out(), m_repo, &id), tr("no such commit")))
            return {};
        list.push_back(owned[size_t(i)].p);
    }
    const QByteArray name = (author.isEmpty() ? QStringLiteral("paperboy") : author).toUtf8();
    Signature sig;
    if (failed(git_signature_now(sig.out(), name.constData(), "paperboy@localhost"), tr("cannot sign the commit")))
        return {};
    git_oid out;
    if (failed(git_commit_create(&out, m_repo, nullptr, sig.p, sig.p, "UTF-8", message.toUtf8().constData(), t.p, list.size(), list.data()),
               tr("cannot commit")))
        return {};
    return hex(&out);
}

bool GitRepository::setHead(const QString &commit)
{
    git_oid id;
    Reference ref;
    if (!oidOf(commit, &id))
        return false;
    if (failed(git_reference_create(ref.out(), m_repo, Branch, &id, 1, "sync"), tr("cannot move the branch")))
        return false;
    return !failed(git_repository_set_head(m_repo, Branch), tr("cannot set HEAD"));
}

bool GitRepository::checkoutHead(const QString &previous)
{
    if (head().isEmpty())
        return true; // nothing committed yet
    git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
    opts.checkout_strategy = GIT_CHECKOUT_FORCE;
    Tree baseline;
    git_oid id;
    Commit c;
    if (oidOf(previous, &id) && git_commit_lookup(c.out(), m_repo, &id) == 0 && git_commit_tree(baseline.out(), c.p) == 0)
        opts.baseline = baseline.p;
    return !failed(git_checkout_head(m_repo, &opts), tr("cannot update the files of %1").arg(workDir()));
}

void GitRepository::cleanupState()
{
    git_repository_state_cleanup(m_repo);
}

} // namespace Paperboy::Core
