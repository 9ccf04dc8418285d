// Secrets against the real keychain (the gnome-keyring that ./dev test starts in a D-Bus session):
// store, read back, delete; tokens reach the server and nothing else (no file, no setting, no log).
#include "fetchfixture.h"
#include "testhttpserver.h"

#include "library/library.h"
#include "network/fetchtask.h"
#include "network/secretstore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Paperboy::Core;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

// Everything anything logs, at every level, is kept; only warnings and worse are passed on.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_suffix;
    QByteArray m_token;
    QByteArray m_password;
    QStringList m_keys; // created here, removed at the end
    QStringList m_outputs; // what the command line printed
    TestHttpServer m_server;
    TestHttpServer m_otherHost;

    // Each form a secret could take on disk or in a log.
    QList<QByteArray> forms() const
    {
        QList<QByteArray> out;
        for (const QByteArray &secret : {m_token, m_password}) {
            out << secret << secret.toBase64() << secret.toHex();
            const QString text = QString::fromLatin1(secret);
            out << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
        out << ("alice:" + m_password).toBase64();
        return out;
    }

    QStringList filesContainingSecrets(const QStringList &roots) const
    {
        QStringList hits;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = f.readAll();
                for (const QByteArray &form : forms())
                    if (bytes.contains(form))
                        hits << f.fileName();
            }
        }
        return hits;
    }

    Library m_library;

    Library &library() { return m_library; }

    QString name(const QString &what) const { return QStringLiteral("secret-test-%1-%2").arg(what, m_suffix); }

    void addSourceWithSecret(const QString &sourceName, const QString &url, Source::Auth auth, const QByteArray &secret, const QString &user = {})
    {
        SecretStore store;
        const QString key = SecretStore::keyForSource(sourceName);
        m_keys << key;
        const SecretResult written = store.writeAndWait(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));
        Source s;
        s.name = sourceName;
        s.url = url;
        s.auth = auth;
        s.username = user;
        QVERIFY(library().network().addSource(s).ok());
    }

    QList<FetchDayResult> fetch(const QString &sourceName)
    {
        FetchTask task(&library());
        task.setSources({sourceName});
        task.setRange(QDate(2025, 5, 24), QDate(2025, 5, 24));
        QSignalSpy finished(&task, &FetchTask::finished);
        if (const Status s = task.start(); !s)
            qFatal("%s", qPrintable(s.message()));
        if (finished.isEmpty() && !finished.wait(30000))
            qFatal("fetch did not finish");
        return task.results();
    }

    FetchFixture::Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {})
    {
        QProcessEnvironment verbose = env;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const FetchFixture::Run r = FetchFixture::paperboy(m_dir.filePath(QStringLiteral("lib.sqlite")), args, input, verbose);
        m_outputs << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("paperboy"));
        QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
        // Every logging category speaks at debug level: none of them may say a secret.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previousHandler = qInstallMessageHandler(capture);
        m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_token = "pbt-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        m_password = "pbp-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        // Digests by date at /d/YYYY-MM-DD.md (and at /YYYY-MM-DD.md on the other host); an index
        // page whose links come in its query.
        const auto dated = [](const TestRequest &req) {
            const QDate day = QDate::fromString(req.path.section(u'/', -1).chopped(3), Qt::ISODate);
            if (!day.isValid())
                return TestResponse::make(404, "Not Found");
            return TestResponse::make(200, "OK", FetchFixture::digest(day), "text/markdown");
        };
        m_server.setHandler([dated](const TestRequest &req) {
            if (req.path == QLatin1StringView("/index.html"))
                return TestResponse::make(200, "OK", req.query.queryItemValue(QStringLiteral("links"), QUrl::FullyDecoded).toUtf8(), "text/html");
            return dated(req);
        });
        QVERIFY(m_server.listen());
        m_otherHost.setHandler(dated);
        QVERIFY(m_otherHost.listen());

        // No keychain is a failure here, not a skip: ./dev test provides one.
        SecretStore store;
        const QString probe = SecretStore::keyForSource(name(QStringLiteral("probe")));
        const SecretResult r = store.writeAndWait(probe, "probe");
        QVERIFY2(r.ok(),
                 qPrintable(QStringLiteral("the keychain is not available (%1); run the tests with ./dev test, which "
                                           "starts a D-Bus session with an unlocked gnome-keyring")
                                .arg(r.message)));
        QVERIFY(store.removeAndWait(probe).ok());
    }

    void cleanupTestCase()
    {
        SecretStore store;
        for (const QString &key : std::as_const(m_keys))
            store.removeAndWait(key);
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void storeReadDelete()
    {
        SecretStore store;
        const QString key = SecretStore::keyForSource(name(QStringLiteral("plain")));
        m_keys << key;
        QVERIFY(store.writeAndWait(key, m_token).ok());
        const SecretResult read = store.readAndWait(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, m_token);
        // Overwritten, not duplicated.
        QVERIFY(store.writeAndWait(key, m_password).ok());
        QCOMPARE(store.readAndWait(key).secret, m_password);
        QVERIFY(store.removeAndWait(key).ok());
        const SecretResult gone = store.readAndWait(key);
        QCOMPARE(gone.outcome, SecretResult::Outcome::NotFound);
        QVERIFY(gone.secret.isEmpty());
        QVERIFY(store.removeAndWait(key).ok()); // removing what is not there is fine
    }

    void asynchronousCalls()
    {
        SecretStore store;
        const QString key = SecretStore::keyForSource(name(QStringLiteral("async")));
        m_keys << key;
        bool written = false;
        store.write(key, m_token, [&](const SecretResult &r) { written = r.ok(); });
        QVERIFY(!written); // nothing happens before the event loop runs
        QTRY_VERIFY(written);
        QByteArray back;
        store.read(key, [&](const SecretResult &r) { back = r.secret; });
        QTRY_COMPARE(back, m_token);
        QVERIFY(store.removeAndWait(key).ok());
    }

    void bearerTokenReachesTheServer()
    {
        const QString source = name(QStringLiteral("bearer"));
        addSourceWithSecret(source, m_server.base() + QStringLiteral("/d/{date}.md"), Source::Auth::Bearer, m_token);
        m_server.clearRequests();
        const auto results = fetch(source);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().ok(), qPrintable(results.first().error.message()));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("Authorization"), "Bearer " + m_token);
        QVERIFY(!results.first().url.contains(QString::fromLatin1(m_token)));
    }

    void basicAuthReachesTheServer()
    {
        const QString source = name(QStringLiteral("basic"));
        addSourceWithSecret(source, m_server.base() + QStringLiteral("/d/{date}.md"), Source::Auth::Basic, m_password, QStringLiteral("alice"));
        m_server.clearRequests();
        // A day the library does not have yet (05-24 came from the bearer source).
        FetchTask task(&library());
        task.setSources({source});
        task.setRange(QDate(2025, 5, 23), QDate(2025, 5, 23));
        QSignalSpy finished(&task, &FetchTask::finished);
        QVERIFY(task.start().ok());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("Authorization"), "Basic " + ("alice:" + m_password).toBase64());
    }

    void indexFilesElsewhereGetNoToken()
    {
        const QString source = name(QStringLiteral("index"));
        const QString links = QStringLiteral("<a href=\"%1/2025-05-22.md\">elsewhere</a>").arg(m_otherHost.base());
        addSourceWithSecret(source, m_server.base() + QStringLiteral("/index.html?links=") + QString::fromLatin1(QUrl::toPercentEncoding(links)),
                            Source::Auth::Bearer, m_token);
        m_server.clearRequests();
        FetchTask task(&library());
        task.setSources({source});
        task.setRange(QDate(2025, 5, 22), QDate(2025, 5, 22));
        QSignalSpy finished(&task, &FetchTask::finished);
        QVERIFY(task.start().ok());
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server.requests().first().header("Authorization"), "Bearer " + m_token); // the index: its own host
        QCOMPARE(m_otherHost.requests().size(), 1);
        QVERIFY(m_otherHost.requests().first().header("Authorization").isEmpty());
    }

    void missingSecretFailsTheSource()
    {
        Source s;
        s.name = name(QStringLiteral("nosecret"));
        s.url = m_server.base() + QStringLiteral("/d/{date}.md");
        s.auth = Source::Auth::Bearer;
        QVERIFY(library().network().addSource(s).ok());
        m_server.clearRequests();
        const auto results = fetch(s.name);
        QCOMPARE(results.first().error.key(), QStringLiteral("credentials"));
        QCOMPARE(m_server.requests().size(), 0); // not sent without its token
    }

    void commandLineKeepsTheTokenInTheKeychain()
    {
        const QString source = name(QStringLiteral("cli"));
        m_keys << SecretStore::keyForSource(source);
        FetchFixture::Run r = cli(
            {QStringLiteral("sources"), QStringLiteral("add"), source, m_server.base() + QStringLiteral("/d/{date}.md"), QStringLiteral("--token-from-stdin")},
            m_token + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("keychain")));
        SecretStore store;
        QCOMPARE(store.readAndWait(SecretStore::keyForSource(source)).secret, m_token); // the newline is not part of it
        r = cli({QStringLiteral("sources"), QStringLiteral("list")});
        QVERIFY(r.out.contains(source + u'\t'));
        QVERIFY(r.out.contains(QStringLiteral("\tbearer")));

        m_server.clearRequests();
        r = cli({QStringLiteral("fetch"), QStringLiteral("--source"), source, QStringLiteral("--from"), QStringLiteral("2025-05-21"), QStringLiteral("--to"),
                 QStringLiteral("2025-05-21")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().first().header("Authorization"), "Bearer " + m_token);

        // Basic authentication from the command line.
        const QString basic = name(QStringLiteral("clibasic"));
        m_keys << SecretStore::keyForSource(basic);
        r = cli({QStringLiteral("sources"), QStringLiteral("add"), basic, m_server.base() + QStringLiteral("/d/{date}.md"),
                 QStringLiteral("--token-from-stdin"), QStringLiteral("--user"), QStringLiteral("alice")},
                m_password);
        QCOMPARE(r.code, 0);
        m_server.clearRequests();
        r = cli({QStringLiteral("fetch"), QStringLiteral("--source"), basic, QStringLiteral("--from"), QStringLiteral("2025-05-20"), QStringLiteral("--to"),
                 QStringLiteral("2025-05-20")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.requests().first().header("Authorization"), "Basic " + ("alice:" + m_password).toBase64());

        // Removing the source removes its secret.
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), source}).code, 0);
        QCOMPARE(store.readAndWait(SecretStore::keyForSource(source)).outcome, SecretResult::Outcome::NotFound);
        QCOMPARE(cli({QStringLiteral("sources"), QStringLiteral("remove"), basic}).code, 0);
        QCOMPARE(store.readAndWait(SecretStore::keyForSource(basic)).outcome, SecretResult::Outcome::NotFound);
    }

    void noKeychainNoSource()
    {
        // A session bus that is not there: the command says so and stores nothing, anywhere.
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        const QString source = name(QStringLiteral("nobus"));
        const FetchFixture::Run r = cli(
            {QStringLiteral("sources"), QStringLiteral("add"), source, m_server.base() + QStringLiteral("/d/{date}.md"), QStringLiteral("--token-from-stdin")},
            m_token, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
        QVERIFY(!library().network().source(source));
    }

    // Last: everything above has run; the secrets are in none of the files or logs.
    void secretsAreNowhereElse()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("test/marker"), true); // the settings file exists, to be read
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        const QStringList roots{m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation), QFileInfo(settings.fileName()).absolutePath()};
        // The database (with its -wal and -shm), the settings, anything else written under these.
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("lib.sqlite"))));
        const QStringList hits = filesContainingSecrets(roots);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        QVERIFY(capturedLog.size() > 0); // debug logging was on and did say things
        QStringList said = capturedLog + m_outputs;
        for (const QString &line : std::as_const(said))
            for (const QByteArray &form : forms())
                QVERIFY2(!line.toUtf8().contains(form), qPrintable(line));
        // The command line's own logs (every category at debug level) were in m_outputs.
        QVERIFY(!m_outputs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
