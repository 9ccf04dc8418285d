// Sync between machines with real git: two libraries in one process are two machines, a bare
// repository is their remote (file://, and git daemon on 127.0.0.1 for a network remote). Every
// scenario ends with both libraries holding the same user data, git fsck content with every
// repository, and every file readable in the documented format.
#include "library/library.h"
#include "search/searchquery.h"
#include "sync/syncengine.h"
#include "sync/syncformat.h"
#include "testcorpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

using namespace Paperboy::Core;
using namespace TestCorpus;

namespace {

struct Git {
    int code = -1;
    QString out;
};

Git git(const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("git"), args);
    Git r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAll());
    return r;
}

// One machine: its library and its sync folder.
struct Device {
    QString name;
    QString db;
    QString dir;
    std::unique_ptr<Library> lib;

    Annotations &notes() { return lib->annotations(); }
    SyncResult sync(SyncOptions options = {})
    {
        options.device = name;
        return SyncEngine(*lib).sync(options);
    }
};

// Clocks of the two machines in one process: a millisecond apart at least, so "later" is later.
void tick()
{
    QThread::msleep(3);
}

// git http-backend behind a small HTTP server on 127.0.0.1, on a thread of its own (the sync under
// test blocks the test's thread), asking for Basic authentication as an https host would.
class GitHttpServer : public QObject
{
public:
    GitHttpServer(const QString &root, const QByteArray &user, const QByteArray &password)
        : m_root(root)
        , m_expected("Basic " + (user + ':' + password).toBase64())
        , m_user(user)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~GitHttpServer() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    int refused() const { return m_refused; }

private:
    void listen()
    {
        m_server = new QTcpServer;
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    // Answers once the whole request is in: headers, then a Content-Length or chunked body.
    void serve(QTcpSocket *s)
    {
        QByteArray &in = m_pending[s];
        in += s->readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = in.left(end).split('\n');
        QMap<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        QByteArray body;
        const QByteArray rest = in.mid(end + 4);
        if (headers.value("transfer-encoding").toLower() == "chunked") {
            qsizetype at = 0;
            for (;;) {
                const qsizetype eol = rest.indexOf("\r\n", at);
                if (eol < 0)
                    return;
                bool ok = false;
                const qsizetype size = rest.mid(at, eol - at).split(';').first().toLongLong(&ok, 16);
                if (!ok || rest.size() < eol + 2 + size + 2)
                    return;
                if (size == 0)
                    break;
                body += rest.mid(eol + 2, size);
                at = eol + 2 + size + 2;
            }
        } else {
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (rest.size() < length)
                return;
            body = rest.left(length);
        }
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        m_pending.remove(s);
        if (request.size() < 2 || headers.value("authorization") != m_expected) {
            ++m_refused;
            s->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            return;
        }
        const QByteArray target = request.at(1);
        QProcess cgi;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
        env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        env.insert(QStringLiteral("REMOTE_USER"), QString::fromUtf8(m_user));
        env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(request.at(0)));
        env.insert(QStringLiteral("PATH_INFO"), QString::fromUtf8(target.split('?').first()));
        env.insert(QStringLiteral("QUERY_STRING"), QString::fromUtf8(target.contains('?') ? target.split('?').last() : QByteArray()));
        env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
        env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
        if (headers.contains("content-encoding"))
            env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(headers.value("content-encoding")));
        if (headers.contains("git-protocol"))
            env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(headers.value("git-protocol")));
        cgi.setProcessEnvironment(env);
        cgi.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
        cgi.waitForStarted();
        cgi.write(body);
        cgi.closeWriteChannel();
        cgi.waitForFinished(60000);
        const QByteArray out = cgi.readAllStandardOutput();
        qsizetype split = out.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = out.indexOf("\n\n");
            skip = 2;
        }
        QByteArray status = "200 OK";
        QByteArray head;
        for (const QByteArray &line : out.left(qMax<qsizetype>(split, 0)).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("status:"))
                status = l.mid(7).trimmed();
            else if (!l.isEmpty())
                head += l + "\r\n";
        }
        const QByteArray content = split < 0 ? QByteArray() : out.mid(split + skip);
        s->write("HTTP/1.1 " + status + "\r\n" + head + "Content-Length: " + QByteArray::number(content.size()) + "\r\nConnection: close\r\n\r\n" + content);
        s->disconnectFromHost();
    }

    QThread m_thread;
    QString m_root;
    QByteArray m_expected;
    QByteArray m_user;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending;
    quint16 m_port = 0;
    std::atomic_int m_refused{0};
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_made = 0;

    QString path(const QString &name) const { return m_root.filePath(name); }

    // A bare repository: the remote both machines push to.
    QString makeRemote()
    {
        const QString dir = path(QStringLiteral("remote%1.git").arg(++m_made));
        const Git g = git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), dir});
        return g.code == 0 ? dir : QString();
    }

    std::unique_ptr<Device> makeDevice(const QString &name, const QString &remote)
    {
        auto d = std::make_unique<Device>();
        d->name = name;
        const QString tag = QStringLiteral("%1-%2").arg(name).arg(++m_made);
        d->db = path(tag + QStringLiteral(".sqlite"));
        d->dir = path(tag + QStringLiteral("-sync"));
        d->lib = std::make_unique<Library>();
        if (!d->lib->open(d->db).ok() || d->lib->importer().importFile(TestCorpus::day()).outcome != ImportResult::Outcome::Imported)
            return nullptr;
        if (!SyncEngine(*d->lib).init(d->dir, remote, name).ok())
            return nullptr;
        return d;
    }

    // The user data as both machines should agree on it (Later's position is each machine's own).
    static QMap<QString, SyncRecord> userData(Device &d)
    {
        QMap<QString, SyncRecord> records = d.lib->syncState().records(nullptr);
        for (SyncRecord &r : records)
            r.laterPosition = -1;
        return records;
    }

    static void verifySame(Device &a, Device &b)
    {
        const QMap<QString, SyncRecord> ra = userData(a), rb = userData(b);
        QCOMPARE(ra.keys(), rb.keys());
        for (auto it = ra.cbegin(); it != ra.cend(); ++it)
            QVERIFY2(it.value() == rb.value(it.key()),
                     qPrintable(QStringLiteral("%1 differs:\n%2\n%3")
                                    .arg(it.key(), QString::fromUtf8(SyncFormat::writePaper(it.value())),
                                         QString::fromUtf8(SyncFormat::writePaper(rb.value(it.key()))))));
        QCOMPARE(a.lib->syncState().tagColors(), b.lib->syncState().tagColors());
        QCOMPARE(a.lib->syncState().pendingCount(), 0);
        QCOMPARE(b.lib->syncState().pendingCount(), 0);
    }

    // git fsck is content with the repository, and every file is in the documented format.
    static void verifyRepository(const QString &dir, bool workTree)
    {
        const Git fsck = git({QStringLiteral("fsck"), QStringLiteral("--no-progress")}, dir);
        QVERIFY2(fsck.code == 0, qPrintable(dir + QStringLiteral(": ") + fsck.out));
        if (!workTree)
            return;
        const Git status = git({QStringLiteral("status"), QStringLiteral("--porcelain")}, dir);
        QCOMPARE(status.out, QString()); // the work tree is what was committed
        QDirIterator it(dir + QStringLiteral("/papers"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QString error;
            const std::optional<SyncRecord> r = SyncFormat::readPaper(bytes, &error);
            QVERIFY2(r, qPrintable(f.fileName() + QStringLiteral(": ") + error));
            QCOMPARE(SyncFormat::writePaper(*r), bytes); // written as the format writes it
            QVERIFY(f.fileName().endsWith(SyncFormat::paperPath(r->arxivId)));
        }
        QFile tags(dir + QStringLiteral("/tags.json"));
        QVERIFY(tags.open(QIODevice::ReadOnly));
        int version = 0;
        QVERIFY(SyncFormat::readTags(tags.readAll(), &version));
        QCOMPARE(version, SyncFormat::Version);
    }

    static void verifySynced(const SyncResult &r)
    {
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    }

    // A, then B, then A: everything each made has reached the other.
    static void syncRound(Device &a, Device &b)
    {
        verifySynced(a.sync());
        verifySynced(b.sync());
        verifySynced(a.sync());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("the git program is not installed: these tests check the repositories with real git");
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::exists(TestCorpus::day()));
    }

    void notSetUpSaysSo()
    {
        Library lib;
        QVERIFY(lib.open(path(QStringLiteral("alone.sqlite"))).ok());
        const SyncResult r = SyncEngine(lib).sync();
        QCOMPARE(r.outcome, SyncResult::Outcome::NotSetUp);
        QVERIFY(r.message.contains(QStringLiteral("sync init")));
        QVERIFY(!lib.syncState().status().configured);
    }

    void addOnAAppearsOnB()
    {
        const QString remote = makeRemote();
        QVERIFY(!remote.isEmpty());
        auto a = makeDevice(QStringLiteral("laptop"), QUrl::fromLocalFile(remote).toString());
        auto b = makeDevice(QStringLiteral("desktop"), QUrl::fromLocalFile(remote).toString());
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("llm")).ok());
        QVERIFY(a->notes().setTagColor(QStringLiteral("llm"), QStringLiteral("#aa0000")).ok());
        QVERIFY(a->notes().setNote(kSciLoop, QStringLiteral("read the method first")).ok());
        QVERIFY(a->notes().setStarred(kDriftBench, true).ok());
        QVERIFY(a->notes().setRead(kToolSmith, true).ok());
        QVERIFY(a->lib->readingQueue().add({kJudgeRm}).ok());
        Highlight h;
        h.arxivId = kEnglish;
        h.exact = QStringLiteral("some words");
        h.prefix = QStringLiteral("before ");
        h.sectionKind = QStringLiteral("method");
        QVERIFY(a->notes().addHighlight(h).ok());
        QVERIFY(a->lib->syncState().pendingCount() >= 5);

        const SyncResult first = a->sync();
        verifySynced(first);
        QVERIFY(first.pushed);
        QCOMPARE(a->lib->syncState().pendingCount(), 0);
        const SyncResult received = b->sync();
        verifySynced(received);
        QCOMPARE(received.received, 5); // tagged and noted, starred, read, queued, highlighted
        QCOMPARE(b->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("llm")});
        QCOMPARE(b->lib->syncState().tagColors().value(QStringLiteral("llm")), QStringLiteral("#aa0000"));
        QCOMPARE(b->notes().note(kSciLoop), QStringLiteral("read the method first"));
        QVERIFY(b->notes().isStarred(kDriftBench));
        QVERIFY(b->notes().isRead(kToolSmith));
        QVERIFY(b->lib->readingQueue().contains(kJudgeRm));
        QCOMPARE(b->notes().highlights(kEnglish).size(), 1);
        // The note is searchable on B too.
        QVERIFY(!b->lib->searchIndex().search(SearchQuery::parse(QStringLiteral("method first")), 10).isEmpty());
        QVERIFY(b->notes().setRead(kSciLoop, true).ok());
        verifySynced(b->sync());
        verifySynced(a->sync());
        QVERIFY(a->notes().isRead(kSciLoop));
        verifySame(*a, *b);
        const SyncStatus s = b->lib->syncState().status();
        QVERIFY(s.lastSyncAt.isValid());
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.device, QStringLiteral("desktop"));
        QVERIFY(!b->lib->syncState().log().isEmpty());
        verifyRepository(remote, false);
        verifyRepository(a->dir, true);
        verifyRepository(b->dir, true);
        // The commits carry the machines' names.
        const Git authors = git({QStringLiteral("log"), QStringLiteral("--format=%an"), QStringLiteral("main")}, remote);
        QVERIFY2(authors.out.contains(QStringLiteral("laptop")) && authors.out.contains(QStringLiteral("desktop")),
                 qPrintable(git({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%an %s %p")}, remote).out));
        // Nothing more to do: up to date, no new commit.
        const SyncResult again = a->sync();
        QCOMPARE(again.outcome, SyncResult::Outcome::UpToDate);
        QCOMPARE(again.written, 0);
    }

    void concurrentTagAddAndRemove()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPapers({kSciLoop, kDriftBench}, QStringLiteral("llm")).ok());
        syncRound(*a, *b);
        QCOMPARE(b->notes().tagsOf(kDriftBench), QStringList{QStringLiteral("llm")});
        tick();
        // Both, before syncing: A removes llm from SciLoop; B adds rl to it and llm again to DriftBench
        // after A removed it there.
        QVERIFY(a->notes().untagPaper(kSciLoop, QStringLiteral("llm")).ok());
        QVERIFY(a->notes().untagPaper(kDriftBench, QStringLiteral("llm")).ok());
        tick();
        QVERIFY(b->notes().tagPaper(kSciLoop, QStringLiteral("rl")).ok());
        QVERIFY(b->notes().untagPaper(kDriftBench, QStringLiteral("llm")).ok());
        QVERIFY(b->notes().tagPaper(kDriftBench, QStringLiteral("llm")).ok());
        syncRound(*a, *b);
        QCOMPARE(a->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("rl")}); // the removal and the add both kept
        QCOMPARE(b->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("rl")});
        QCOMPARE(a->notes().tagsOf(kDriftBench), QStringList{QStringLiteral("llm")}); // added again later: kept
        verifySame(*a, *b);
        verifyRepository(a->dir, true);
        verifyRepository(b->dir, true);
    }

    void noteEditedOnBoth()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(a->notes().setNote(kJudgeRm, QStringLiteral("first")).ok());
        syncRound(*a, *b);
        QCOMPARE(b->notes().note(kJudgeRm), QStringLiteral("first"));
        QVERIFY(b->notes().setNote(kJudgeRm, QStringLiteral("desktop's words")).ok());
        tick();
        QVERIFY(a->notes().setNote(kJudgeRm, QStringLiteral("laptop's words")).ok());
        verifySynced(b->sync());
        const SyncResult merged = a->sync();
        verifySynced(merged);
        QCOMPARE(merged.conflicts, 1);
        verifySynced(b->sync());
        // The later edit is the note; the other is its conflict copy, on both machines.
        for (Device *d : {a.get(), b.get()}) {
            QCOMPARE(d->notes().note(kJudgeRm), QStringLiteral("laptop's words"));
            const SyncNote copy = d->lib->syncState().noteConflict(kJudgeRm);
            QCOMPARE(copy.text, QStringLiteral("desktop's words"));
            QCOMPARE(copy.from, QStringLiteral("desktop"));
        }
        verifySame(*a, *b);
        // Dismissing the copy on one machine dismisses it on the other.
        QVERIFY(b->lib->syncState().dismissNoteConflict(kJudgeRm).ok());
        syncRound(*b, *a);
        QVERIFY(!a->lib->syncState().noteConflict(kJudgeRm).known() || a->lib->syncState().noteConflict(kJudgeRm).text.isEmpty());
        verifySame(*a, *b);
    }

    void highlightWhileTheSummaryChanged()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        syncRound(*a, *b);
        // B imports a newer digest of the day whose summaries changed; A highlights meanwhile.
        QByteArray day = TestCorpus::dayBytes();
        day.replace("##", "## ");
        const QString changed = path(QStringLiteral("changed-2025-05-24.md"));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(day);
        f.close();
        QVERIFY(b->lib->importer().importFile(changed).outcome != ImportResult::Outcome::Rejected);
        QVERIFY(b->notes().setNote(kWithCode, QStringLiteral("B's note")).ok());
        Highlight h;
        h.arxivId = kWithCode;
        h.exact = QStringLiteral("a passage");
        h.suffix = QStringLiteral(" and on");
        QVERIFY(a->notes().addHighlight(h).ok());
        syncRound(*a, *b);
        QCOMPARE(b->notes().highlights(kWithCode).size(), 1);
        QCOMPARE(a->notes().note(kWithCode), QStringLiteral("B's note"));
        // A highlight's comment changed on one side and the highlight removed on the other before that.
        const qint64 idOnB = b->notes().highlights(kWithCode).first().id;
        QVERIFY(a->notes().removeHighlight(a->notes().highlights(kWithCode).first().id).ok());
        tick();
        QVERIFY(b->notes().updateHighlight(idOnB, QStringLiteral("#00ff00"), QStringLiteral("still useful")).ok());
        syncRound(*a, *b);
        QCOMPARE(a->notes().highlights(kWithCode).size(), 1);
        QCOMPARE(a->notes().highlights(kWithCode).first().comment, QStringLiteral("still useful"));
        verifySame(*a, *b);
    }

    void deletionsPropagate()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPapers({kSciLoop, kDriftBench}, QStringLiteral("survey")).ok());
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("keep")).ok());
        QVERIFY(a->notes().setNote(kToolSmith, QStringLiteral("to go")).ok());
        QVERIFY(a->notes().setStarred(kToolSmith, true).ok());
        QVERIFY(a->notes().setRead(kToolSmith, true).ok());
        QVERIFY(a->lib->readingQueue().add({kToolSmith}).ok());
        syncRound(*a, *b);
        QVERIFY(b->lib->syncState().tagColors().contains(QStringLiteral("survey")));
        tick();
        // B deletes the tag and takes everything off ToolSmith.
        QVERIFY(b->notes().deleteTag(QStringLiteral("survey")).ok());
        QVERIFY(b->notes().setNote(kToolSmith, QString()).ok());
        QVERIFY(b->notes().setStarred(kToolSmith, false).ok());
        QVERIFY(b->notes().setRead(kToolSmith, false).ok());
        QVERIFY(b->lib->readingQueue().remove({kToolSmith}).ok());
        syncRound(*b, *a);
        QVERIFY(!a->lib->syncState().tagColors().contains(QStringLiteral("survey")));
        QCOMPARE(a->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("keep")});
        QVERIFY(a->notes().tagsOf(kDriftBench).isEmpty());
        QCOMPARE(a->notes().note(kToolSmith), QString());
        QVERIFY(!a->notes().isStarred(kToolSmith));
        QVERIFY(!a->notes().isRead(kToolSmith));
        QVERIFY(!a->lib->readingQueue().contains(kToolSmith));
        verifySame(*a, *b);
        verifyRepository(a->dir, true);
    }

    void pushRejectedIsMergedAndRetried()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        syncRound(*a, *b);
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("from-a")).ok());
        QVERIFY(b->notes().tagPaper(kDriftBench, QStringLiteral("from-b")).ok());
        // A pushes while B is between its fetch and its push: B's first push is not a fast-forward.
        int fetches = 0;
        SyncOptions options;
        options.onStep = [&](const QString &step) {
            if (step == QLatin1StringView("fetched"))
                ++fetches;
            if (step == QLatin1StringView("applied") && fetches == 1)
                verifySynced(a->sync());
        };
        const SyncResult r = b->sync(options);
        verifySynced(r);
        QVERIFY(r.pushed);
        QCOMPARE(fetches, 2); // merged again and retried
        verifySynced(a->sync());
        QCOMPARE(a->notes().tagsOf(kDriftBench), QStringList{QStringLiteral("from-b")});
        QCOMPARE(b->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("from-a")});
        verifySame(*a, *b);
        verifyRepository(remote, false);
    }

    void aChangeDuringTheSyncIsKeptAndSentNext()
    {
        // The window syncs on a worker thread with a connection of its own while the reader goes on:
        // a change made between the sync's reading of the library and its writing stays, and pending.
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(a->notes().setNote(kSciLoop, QStringLiteral("first")).ok());
        syncRound(*a, *b);
        QVERIFY(b->notes().setNote(kSciLoop, QStringLiteral("from the desktop")).ok());
        QVERIFY(b->notes().tagPaper(kSciLoop, QStringLiteral("remote-tag")).ok());
        verifySynced(b->sync());
        tick();
        Library reader; // the window's connection
        QVERIFY(reader.open(a->db).ok());
        SyncOptions options;
        options.onStep = [&](const QString &step) {
            if (step != QLatin1StringView("merged"))
                return;
            QVERIFY(reader.annotations().setNote(kSciLoop, QStringLiteral("typed during the sync")).ok());
            QVERIFY(reader.annotations().tagPaper(kToolSmith, QStringLiteral("meanwhile")).ok());
        };
        verifySynced(a->sync(options));
        QCOMPARE(a->notes().note(kSciLoop), QStringLiteral("typed during the sync")); // not overwritten
        QVERIFY(a->notes().tagsOf(kSciLoop).contains(QStringLiteral("remote-tag"))); // the rest merged
        QCOMPARE(a->lib->syncState().noteConflict(kSciLoop).text, QStringLiteral("from the desktop"));
        QCOMPARE(a->notes().tagsOf(kToolSmith), QStringList{QStringLiteral("meanwhile")});
        QVERIFY(a->lib->syncState().pendingCount() >= 2); // both sent by the next sync
        syncRound(*a, *b);
        QCOMPARE(b->notes().note(kSciLoop), QStringLiteral("typed during the sync"));
        QCOMPARE(b->notes().tagsOf(kToolSmith), QStringList{QStringLiteral("meanwhile")});
        verifySame(*a, *b);
    }

    void offlineKeepsTheCommitAndSendsItLater()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        syncRound(*a, *b);
        const QString away = remote + QStringLiteral(".away");
        QVERIFY(QDir().rename(remote, away)); // the NAS is off
        QVERIFY(a->notes().setStarred(kEnglish, true).ok());
        const SyncResult offline = a->sync();
        QCOMPARE(offline.outcome, SyncResult::Outcome::NotPushed);
        QVERIFY(!offline.message.isEmpty());
        QVERIFY(!a->lib->syncState().status().lastError.isEmpty());
        QVERIFY(a->notes().isStarred(kEnglish)); // nothing lost
        QVERIFY(a->notes().setNote(kEnglish, QStringLiteral("written offline")).ok());
        QCOMPARE(a->sync().outcome, SyncResult::Outcome::NotPushed);
        QVERIFY(QDir().rename(away, remote));
        const SyncResult back = a->sync();
        verifySynced(back);
        QVERIFY(back.pushed);
        verifySynced(b->sync());
        QVERIFY(b->notes().isStarred(kEnglish));
        QCOMPARE(b->notes().note(kEnglish), QStringLiteral("written offline"));
        verifySame(*a, *b);
    }

    void editsCommittedInTheFolderAreMerged()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPapers({kSciLoop, kDriftBench}, QStringLiteral("llm")).ok());
        syncRound(*a, *b);
        // The reader edits one file by hand and breaks another, and commits both.
        const QString sci = a->dir + u'/' + SyncFormat::paperPath(kSciLoop);
        QFile f(sci);
        QVERIFY(f.open(QIODevice::ReadOnly));
        std::optional<SyncRecord> r = SyncFormat::readPaper(f.readAll());
        f.close();
        QVERIFY(r);
        r->note = {QStringLiteral("written in an editor"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), {}};
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(SyncFormat::writePaper(*r));
        f.close();
        QFile broken(a->dir + u'/' + SyncFormat::paperPath(kDriftBench));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{ not json");
        broken.close();
        const Git commit = git({QStringLiteral("-c"), QStringLiteral("user.name=reader"), QStringLiteral("-c"), QStringLiteral("user.email=reader@localhost"),
                                QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("by hand")},
                               a->dir);
        QVERIFY2(commit.code == 0, qPrintable(commit.out));
        const SyncResult synced = a->sync();
        QVERIFY2(synced.ok(), qPrintable(synced.message));
        QCOMPARE(synced.warnings.size(), 1); // the broken file, named
        QVERIFY(synced.warnings.first().contains(SyncFormat::paperPath(kDriftBench)));
        QCOMPARE(a->notes().note(kSciLoop), QStringLiteral("written in an editor"));
        QCOMPARE(a->notes().tagsOf(kDriftBench), QStringList{QStringLiteral("llm")}); // the library's data is kept
        verifySynced(b->sync());
        QCOMPARE(b->notes().note(kSciLoop), QStringLiteral("written in an editor"));
        verifySame(*a, *b);
        verifyRepository(a->dir, true); // the broken file was written again from the library
        verifyRepository(b->dir, true);
        // Uncommitted edits are put back to the last commit.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ half-written");
        f.close();
        verifySynced(a->sync());
        verifyRepository(a->dir, true);
    }

    void dryRunChangesNothing()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        QVERIFY(a);
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("llm")).ok());
        SyncOptions dry;
        dry.dryRun = true;
        const SyncResult r = a->sync(dry);
        QVERIFY(r.ok());
        QCOMPARE(r.written, 1); // the paper (and tags.json)
        QVERIFY(a->lib->syncState().pendingCount() > 0);
        QCOMPARE(git({QStringLiteral("rev-list"), QStringLiteral("--all")}, remote).out, QString());
    }

    void networkRemoteThroughGitDaemon()
    {
        // git daemon serves a folder of bare repositories on 127.0.0.1; a pre-receive hook refuses
        // pushes while a file exists.
        const QString base = path(QStringLiteral("served"));
        QVERIFY(QDir().mkpath(base));
        const QString bare = base + QStringLiteral("/library.git");
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), bare}).code, 0);
        const QString refuse = base + QStringLiteral("/refuse");
        QFile hook(bare + QStringLiteral("/hooks/pre-receive"));
        QVERIFY(hook.open(QIODevice::WriteOnly));
        hook.write(QStringLiteral("#!/bin/sh\nif [ -e '%1' ]; then echo 'refused: the library is locked' >&2; exit 1; fi\nexit 0\n").arg(refuse).toUtf8());
        hook.close();
        QVERIFY(hook.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcess daemon;
        quint16 port = 0;
        for (int attempt = 0; attempt < 5 && port == 0; ++attempt) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 candidate = probe.serverPort();
            probe.close();
            daemon.start(QStringLiteral("git"),
                         {QStringLiteral("daemon"), QStringLiteral("--export-all"), QStringLiteral("--enable=receive-pack"),
                          QStringLiteral("--base-path=") + base, QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(candidate),
                          QStringLiteral("--reuseaddr"), base});
            if (!daemon.waitForStarted())
                QSKIP("git daemon cannot be started");
            // Ready when it accepts a connection (or gone when the port was taken meanwhile).
            for (int i = 0; i < 200 && daemon.state() == QProcess::Running; ++i) {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, candidate);
                if (s.waitForConnected(100)) {
                    port = candidate;
                    break;
                }
                QThread::msleep(25);
            }
            if (port == 0) {
                daemon.kill();
                daemon.waitForFinished();
            }
        }
        QVERIFY2(port != 0, "git daemon did not start listening");
        const auto stopDaemon = qScopeGuard([&daemon] {
            daemon.kill();
            daemon.waitForFinished();
        });
        const QString url = QStringLiteral("git://127.0.0.1:%1/library.git").arg(port);
        auto a = makeDevice(QStringLiteral("laptop"), url);
        auto b = makeDevice(QStringLiteral("desktop"), url);
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("net")).ok());
        syncRound(*a, *b);
        QCOMPARE(b->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("net")});

        // The remote refuses the push: both sides stay as they were, and the next sync sends it.
        QFile lock(refuse);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        const QString remoteBefore = git({QStringLiteral("rev-parse"), QStringLiteral("main")}, bare).out;
        QVERIFY(b->notes().setNote(kSciLoop, QStringLiteral("over the network")).ok());
        const SyncResult refused = b->sync();
        QCOMPARE(refused.outcome, SyncResult::Outcome::NotPushed);
        QVERIFY2(refused.message.contains(QStringLiteral("refused")) || refused.message.contains(QStringLiteral("hook")), qPrintable(refused.message));
        QCOMPARE(git({QStringLiteral("rev-parse"), QStringLiteral("main")}, bare).out, remoteBefore);
        QCOMPARE(b->notes().note(kSciLoop), QStringLiteral("over the network"));
        verifyRepository(bare, false);
        verifyRepository(b->dir, true);
        QVERIFY(QFile::remove(refuse));
        const SyncResult sent = b->sync();
        verifySynced(sent);
        QVERIFY(sent.pushed);
        verifySynced(a->sync());
        QCOMPARE(a->notes().note(kSciLoop), QStringLiteral("over the network"));
        verifySame(*a, *b);
        verifyRepository(bare, false);
    }

    void httpsLikeRemoteWithCredentials()
    {
        // An http remote that asks for a user and password, as a hosted https repository does: the
        // sync passes what the keychain holds (SyncOptions), and nothing of it reaches the repository.
        const QString base = path(QStringLiteral("http-served"));
        QVERIFY(QDir().mkpath(base));
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"),
                      base + QStringLiteral("/library.git")})
                     .code,
                 0);
        GitHttpServer server(base, "reader", "s3cret-token");
        QVERIFY(server.port() != 0);
        const QString url = QStringLiteral("http://127.0.0.1:%1/library.git").arg(server.port());
        auto a = makeDevice(QStringLiteral("laptop"), url);
        auto b = makeDevice(QStringLiteral("desktop"), url);
        QVERIFY(a && b);
        QVERIFY(a->notes().tagPaper(kSciLoop, QStringLiteral("https")).ok());
        const SyncResult without = a->sync();
        QCOMPARE(without.outcome, SyncResult::Outcome::NotPushed); // committed here, not sent
        QVERIFY(server.refused() > 0);
        SyncOptions withToken;
        withToken.user = "reader";
        withToken.secret = "s3cret-token";
        const SyncResult sent = a->sync(withToken);
        verifySynced(sent);
        QVERIFY(sent.pushed);
        verifySynced(b->sync(withToken));
        QCOMPARE(b->notes().tagsOf(kSciLoop), QStringList{QStringLiteral("https")});
        verifySame(*a, *b);
        for (const QString &dir : {a->dir, b->dir}) {
            QFile config(dir + QStringLiteral("/.git/config"));
            QVERIFY(config.open(QIODevice::ReadOnly));
            QVERIFY(!config.readAll().contains("s3cret"));
        }
        verifyRepository(base + QStringLiteral("/library.git"), false);
    }

    void killedSyncLosesNothing_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("after fetch") << QStringLiteral("fetched");
        QTest::newRow("after merge") << QStringLiteral("merged");
        QTest::newRow("after commit") << QStringLiteral("committed");
        QTest::newRow("after applying") << QStringLiteral("applied");
    }

    void killedSyncLosesNothing()
    {
        QFETCH(QString, step);
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        auto b = makeDevice(QStringLiteral("desktop"), remote);
        QVERIFY(a && b);
        QVERIFY(b->notes().tagPaper(kDriftBench, QStringLiteral("from-b")).ok());
        QVERIFY(b->notes().setNote(kJudgeRm, QStringLiteral("B wrote this")).ok());
        verifySynced(b->sync());
        for (const QString &id : {kSciLoop, kToolSmith, kEnglish})
            QVERIFY(a->notes().tagPaper(id, QStringLiteral("from-a")).ok());
        QVERIFY(a->notes().setNote(kSciLoop, QStringLiteral("A wrote this")).ok());

        // The real command line, stopped at the step and killed there.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAPERBOY_SYNC_PAUSE_AT"), step);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("--db"), a->db, QStringLiteral("sync")});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        while (!err.contains("paused at") && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("paused at " + step.toUtf8()), err.constData());
        p.kill();
        QVERIFY(p.waitForFinished());

        // The next sync completes, and nothing of either side is lost.
        verifySynced(a->sync());
        verifySynced(b->sync());
        verifySynced(a->sync());
        QCOMPARE(a->notes().tagsOf(kDriftBench), QStringList{QStringLiteral("from-b")});
        QCOMPARE(a->notes().note(kJudgeRm), QStringLiteral("B wrote this"));
        QCOMPARE(b->notes().tagsOf(kEnglish), QStringList{QStringLiteral("from-a")});
        QCOMPARE(b->notes().note(kSciLoop), QStringLiteral("A wrote this"));
        verifySame(*a, *b);
        verifyRepository(remote, false);
        verifyRepository(a->dir, true);
    }

    void commandLineSyncs()
    {
        const QString remote = makeRemote();
        auto a = makeDevice(QStringLiteral("laptop"), remote);
        QVERIFY(a);
        QVERIFY(a->notes().setStarred(kSciLoop, true).ok());
        const auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(PAPERBOY_BINARY), args);
            p.waitForFinished(120000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const QString db = path(QStringLiteral("cli.sqlite"));
        const QString dir = path(QStringLiteral("cli-sync"));
        auto [code, out] = run({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("init"), dir, QStringLiteral("--remote"), remote,
                                QStringLiteral("--name"), QStringLiteral("cli")});
        QVERIFY2(code == 0, qPrintable(out));
        verifySynced(a->sync());
        std::tie(code, out) = run({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--dry-run")});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("would")), qPrintable(out));
        std::tie(code, out) = run({QStringLiteral("--db"), db, QStringLiteral("sync")});
        QVERIFY2(code == 0, qPrintable(out));
        std::tie(code, out) = run({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(code == 0 && out.contains(QStringLiteral("\"pending\": 0")) && out.contains(QStringLiteral("\"device\": \"cli\"")), qPrintable(out));
        Library lib;
        QVERIFY(lib.open(db).ok());
        QVERIFY(lib.annotations().isStarred(kSciLoop));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
