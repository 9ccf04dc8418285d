// A git repository through libgit2, with only what the sync needs: commits as hex ids, files of a
// commit, trees written from changes, fetch and push to "origin". libgit2's objects never leave
// gitrepository.cpp; every call reports failure through its result and lastError().
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct git_repository;

namespace Paperboy::Core {

class GitRepository
{
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    ~GitRepository();
    GitRepository(const GitRepository &) = delete;
    GitRepository &operator=(const GitRepository &) = delete;

    // A work tree whose branch is "main". null with *error set when it cannot be opened (made).
    static std::unique_ptr<GitRepository> open(const QString &dir, QString *error);
    static std::unique_ptr<GitRepository> init(const QString &dir, QString *error);

    QString lastError() const { return m_error; }
    QString workDir() const;

    // Commits are 40 hex digits; "" is none (an unborn branch, no such ref).
    QString head() const;
    QString remoteHead() const; // refs/remotes/origin/main after fetch
    QString remoteUrl() const;
    bool setRemote(const QString &url); // "" removes origin

    // A user and password (or token) for https; ssh uses the ssh agent.
    struct Credentials {
        QByteArray user;
        QByteArray secret;
    };
    bool fetch(const Credentials &credentials);
    enum class Push { Pushed, Rejected, Failed };
    // Pushes main to origin's main; Rejected: not a fast-forward (fetch, merge and try again).
    Push push(const Credentials &credentials);

    QString mergeBase(const QString &a, const QString &b) const;
    bool isAncestor(const QString &ancestor, const QString &of) const;
    // The files that differ between two commits ("" stands for the empty tree).
    QStringList changedPaths(const QString &from, const QString &to);
    // A file of a commit; nullopt when it has none.
    std::optional<QByteArray> read(const QString &commit, const QString &path) const;
    QString authorOf(const QString &commit) const;
    QString treeOf(const QString &commit) const;

    // The tree of base (a commit, "" for none) with files replaced (a null value removes the file).
    QString writeTree(const QString &base, const QMap<QString, std::optional<QByteArray>> &files);
    QString createCommit(const QString &tree, const QStringList &parents, const QString &author, const QString &message);
    // Moves main (HEAD) to commit.
    bool setHead(const QString &commit);
    // Makes the work tree and index HEAD's: a sync killed half-way leaves nothing behind. previous:
    // the commit the work tree was last checked out at (only the files that differ are written).
    bool checkoutHead(const QString &previous = {});
    // Forgets a merge or other operation left in progress.
    void cleanupState();

private:
    explicit GitRepository(git_repository *repo);
    bool failed(int code, const QString &what) const;

    git_repository *m_repo = nullptr;
    mutable QString m_error;
};

} // namespace Paperboy::Core
