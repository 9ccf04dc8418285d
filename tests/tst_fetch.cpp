// Network fetch against a real HTTP(S) server on 127.0.0.1: the client's limits and error classes,
// digest and Hugging Face sources, conditional GETs, and a library left intact by every failure.
#include "fetchfixture.h"
#include "testcorpus.h"
#include "testhttpserver.h"

#include "digest/digestparser.h"
#include "library/database.h"
#include "library/library.h"
#include "network/dailypapers.h"
#include "network/digestindex.h"
#include "network/fetchtask.h"
#include "network/httpclient.h"
#include "network/httpjob.h"
#include "network/sourceurl.h"
#include "network/urltemplate.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <paperboy/version.h>

using namespace Paperboy::Core;
using namespace std::chrono_literals;

namespace {

const QDate kDay(2025, 5, 24);
const QDate kDayBefore(2025, 5, 23);

// Small limits so the slow cases take a second, not minutes.
HttpLimits testLimits()
{
    HttpLimits l;
    l.transferTimeout = 2s;
    l.deadline = 10s;
    l.maxAttempts = 3;
    l.backoff = 50ms;
    l.maxRetryAfter = 5s;
    l.maxBodyBytes = 1024 * 1024;
    l.maxConcurrent = 4;
    return l;
}

HttpResponse fetchOne(HttpClient &client, const HttpRequest &request, int timeoutMs = 30000)
{
    HttpJob *job = client.get(request);
    HttpResponse out;
    bool done = false;
    QObject::connect(job, &HttpJob::finished, job, [&](HttpJob *j) {
        out = j->response();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("the request did not finish");
    return out;
}

HttpResponse fetchUrl(HttpClient &client, const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return fetchOne(client, r);
}

QSslConfiguration serverTls()
{
    QFile certFile(QStringLiteral(PAPERBOY_TEST_DATA "/tls/cert.pem"));
    QFile keyFile(QStringLiteral(PAPERBOY_TEST_DATA "/tls/key.pem"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        qFatal("cannot read the test certificate");
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(QSslCertificate(certFile.readAll()));
    c.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

QSslConfiguration clientTrustingTestCa()
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.addCaCertificates(QStringLiteral(PAPERBOY_TEST_DATA "/tls/cert.pem"));
    return c;
}

const FetchDayResult *find(const QList<FetchDayResult> &results, const QString &source, const QDate &day)
{
    for (const auto &r : results)
        if (r.source == source && r.day == day)
            return &r;
    return nullptr;
}

} // namespace

class TestFetch : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    // Mutable behaviour of the scripted routes.
    QString m_digestMode = QStringLiteral("ok");
    QString m_hfMode = QStringLiteral("ok");
    QSet<QDate> m_published;
    int m_digestVersion = 1;
    int m_digestDelayMs = 0;
    QHash<QString, int> m_hits;
    QString m_stalledBase; // /mixed/index.html lists m_stalledDay under /stalled/ there (empty: its own host)
    QDate m_stalledDay;

    TestResponse route(const TestRequest &req)
    {
        const QString path = req.path;
        const int hit = ++m_hits[path];
        if (path == QLatin1StringView("/ok"))
            return TestResponse::make(200, "OK", "hello").header("ETag", "\"v1\"").header("Last-Modified", "Sat, 24 May 2025 06:00:00 GMT");
        if (path == QLatin1StringView("/etag")) {
            if (req.header("If-None-Match") == "\"v1\"")
                return TestResponse::make(304, "Not Modified", {}, {});
            return TestResponse::make(200, "OK", "tagged").header("ETag", "\"v1\"");
        }
        if (path == QLatin1StringView("/404"))
            return TestResponse::make(404, "Not Found", "no such thing");
        if (path.startsWith(QLatin1StringView("/flaky500/")))
            return hit <= 2 ? TestResponse::make(500, "Internal Server Error", "oops") : TestResponse::make(200, "OK", "recovered");
        if (path == QLatin1StringView("/always500"))
            return TestResponse::make(500, "Internal Server Error", "oops");
        if (path == QLatin1StringView("/429"))
            return hit == 1 ? TestResponse::make(429, "Too Many Requests").header("Retry-After", "1") : TestResponse::make(200, "OK", "after the wait");
        if (path == QLatin1StringView("/429long"))
            return TestResponse::make(429, "Too Many Requests").header("Retry-After", "3600");
        if (path == QLatin1StringView("/503date")) {
            const QByteArray when = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::RFC2822Date).toLatin1();
            return hit == 1 ? TestResponse::make(503, "Service Unavailable").header("Retry-After", when) : TestResponse::make(200, "OK", "back");
        }
        if (path == QLatin1StringView("/stall")) {
            TestResponse r = TestResponse::make(200, "OK", QByteArray(1000, 'x'));
            r.mode = TestResponse::Body::Stall;
            r.stallAfter = 10;
            return r;
        }
        if (path == QLatin1StringView("/dribble")) {
            TestResponse r = TestResponse::make(200, "OK");
            r.mode = TestResponse::Body::Dribble;
            r.dribbleMs = 100;
            return r;
        }
        if (path == QLatin1StringView("/big-length"))
            return TestResponse::make(200, "OK", QByteArray(2 * 1024 * 1024, 'b'));
        if (path == QLatin1StringView("/big-stream")) {
            TestResponse r = TestResponse::make(200, "OK", QByteArray(2 * 1024 * 1024, 'b'));
            r.mode = TestResponse::Body::NoLength;
            return r;
        }
        if (path == QLatin1StringView("/loop/a"))
            return TestResponse::make(302, "Found").header("Location", "/loop/b");
        if (path == QLatin1StringView("/loop/b"))
            return TestResponse::make(302, "Found").header("Location", "/loop/a");
        if (path.startsWith(QLatin1StringView("/hop/")))
            return TestResponse::make(302, "Found").header("Location", "/hop/" + QByteArray::number(path.mid(5).toInt() + 1));
        if (path == QLatin1StringView("/moved"))
            return TestResponse::make(301, "Moved Permanently").header("Location", "/ok");
        if (path == QLatin1StringView("/to-other"))
            return TestResponse::make(302, "Found").header("Location", req.query.queryItemValue(QStringLiteral("target")).toLatin1());
        if (path == QLatin1StringView("/fat-headers")) {
            TestResponse r = TestResponse::make(200, "OK", "thin body");
            for (int i = 0; i < 40; ++i)
                r.header("X-Pad-" + QByteArray::number(i), QByteArray(1024, 'p'));
            return r;
        }
        if (path == QLatin1StringView("/gzip"))
            return TestResponse::make(200, "OK", FetchFixture::gzip("hello, compressed")).header("Content-Encoding", "gzip");
        if (path == QLatin1StringView("/gzip-bomb"))
            return TestResponse::make(200, "OK", FetchFixture::gzipBomb()).header("Content-Encoding", "gzip");
        if (path == QLatin1StringView("/gzip-broken")) // a gzip header, then no valid deflate block
            return TestResponse::make(200, "OK", QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10) + QByteArray(200, '\xff'))
                .header("Content-Encoding", "gzip");
        if (path == QLatin1StringView("/to-file"))
            return TestResponse::make(302, "Found").header("Location", "file:///etc/passwd");
        if (path == QLatin1StringView("/mixed/index.html")) {
            QByteArray page = "<ul>\n";
            for (const QDate &day : std::as_const(m_published)) {
                const QByteArray name = day.toString(Qt::ISODate).toLatin1() + ".md";
                const QByteArray href = day == m_stalledDay ? m_stalledBase.toLatin1() + "/stalled/" + name : "/d/" + name;
                page += "<li><a href=\"" + href + "\">" + name + "</a></li>\n";
            }
            return TestResponse::make(200, "OK", page + "</ul>\n", "text/html");
        }
        if (path == QLatin1StringView("/slow")) {
            TestResponse r = TestResponse::make(200, "OK", "slow");
            r.delayMs = 150;
            return r;
        }
        if (path.startsWith(QLatin1StringView("/d/")))
            return digestRoute(req, QDate::fromString(path.mid(3).chopped(3), Qt::ISODate));
        // A log kept as …/paper_logs/{yyyy}/{mm}/{dd}.md: only the zero-padded path names a day.
        static const QRegularExpression logPath(QStringLiteral("^/paper_logs/(\\d{4})/(\\d{2})/(\\d{2})\\.md$"));
        if (const auto m = logPath.match(path); m.hasMatch())
            return digestRoute(req, QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        // …/byday/{date}/digest.md: a file name without the day.
        static const QRegularExpression folderPath(QStringLiteral("^/byday/(\\d{4}-\\d{2}-\\d{2})/digest\\.md$"));
        if (const auto m = folderPath.match(path); m.hasMatch())
            return digestRoute(req, QDate::fromString(m.captured(1), Qt::ISODate));
        if (path.startsWith(QLatin1StringView("/to-latest/")))
            return TestResponse::make(302, "Found").header("Location", "/byday/latest.md");
        if (path == QLatin1StringView("/byday/latest.md"))
            return digestRoute(req, kDay);
        if (path.startsWith(QLatin1StringView("/idx/"))) {
            if (path == QLatin1StringView("/idx/index.html"))
                return TestResponse::make(200, "OK",
                                          "<html><body><h1>Digests</h1><ul>\n"
                                          "<li><a href=\"2025-05-24.md\">24 May</a></li>\n"
                                          "<li><a href='daily/2025-05-23-ko.md'>23 May</a></li>\n"
                                          "<li><a href=\"notes.md\">notes</a> <a href=\"2025-13-01.md\">typo</a></li>\n"
                                          "</ul></body></html>\n",
                                          "text/html");
            if (path == QLatin1StringView("/idx/2025-05-24.md"))
                return digestRoute(req, kDay);
            if (path == QLatin1StringView("/idx/daily/2025-05-23-ko.md"))
                return digestRoute(req, kDayBefore);
            return TestResponse::make(404, "Not Found");
        }
        if (path == QLatin1StringView("/hf/api/daily_papers"))
            return hfRoute(req, QDate::fromString(req.query.queryItemValue(QStringLiteral("date")), Qt::ISODate));
        return TestResponse::make(404, "Not Found");
    }

    TestResponse digestRoute(const TestRequest &req, const QDate &day)
    {
        TestResponse r;
        if (m_digestMode == QLatin1StringView("ok") || m_digestMode == QLatin1StringView("changed") || m_digestMode == QLatin1StringView("undated")) {
            if (!m_published.contains(day))
                return TestResponse::make(404, "Not Found");
            const QByteArray etag = "\"" + day.toString(Qt::ISODate).toLatin1() + "-v" + QByteArray::number(m_digestVersion) + "\"";
            if (req.header("If-None-Match") == etag)
                r = TestResponse::make(304, "Not Modified", {}, {});
            else {
                QByteArray body = FetchFixture::digest(day);
                if (m_digestVersion > 1)
                    body.replace("SciLoop", "SciLoop v" + QByteArray::number(m_digestVersion));
                if (m_digestMode == QLatin1StringView("undated")) // no "# … – YYYY-MM-DD" heading: the file name dates it
                    body = body.mid(body.indexOf('\n') + 1);
                r = TestResponse::make(200, "OK", body, "text/markdown; charset=utf-8");
                r.header("ETag", etag);
            }
        } else if (m_digestMode == QLatin1StringView("404")) {
            r = TestResponse::make(404, "Not Found");
        } else if (m_digestMode == QLatin1StringView("500")) {
            r = TestResponse::make(500, "Internal Server Error");
        } else if (m_digestMode == QLatin1StringView("timeout")) {
            r = TestResponse::make(200, "OK", FetchFixture::digest(day));
            r.mode = TestResponse::Body::Stall;
            r.stallAfter = 100;
        } else if (m_digestMode == QLatin1StringView("big")) {
            r = TestResponse::make(200, "OK", QByteArray(2 * 1024 * 1024, '#'));
        } else if (m_digestMode == QLatin1StringView("loop")) {
            r = TestResponse::make(302, "Found").header("Location", "/loop/a");
        } else if (m_digestMode == QLatin1StringView("html")) {
            r = TestResponse::make(200, "OK", "<html><body>Nothing here today</body></html>", "text/html");
        } else if (m_digestMode == QLatin1StringView("log")) { // the log layout's fixture, for its own day only
            QFile f(TestCorpus::logNewerDay());
            if (day == TestCorpus::kLogNewerDay && req.header("If-None-Match") == "\"log\"")
                r = TestResponse::make(304, "Not Modified", {}, {});
            else if (day == TestCorpus::kLogNewerDay && f.open(QIODevice::ReadOnly))
                r = TestResponse::make(200, "OK", f.readAll(), "text/markdown").header("ETag", "\"log\"");
            else
                r = TestResponse::make(404, "Not Found", "no such day");
        } else if (m_digestMode == QLatin1StringView("wrongdate")) {
            r = TestResponse::make(200, "OK", FetchFixture::digest(kDay), "text/markdown");
        } else if (m_digestMode == QLatin1StringView("gzipbomb")) {
            r = TestResponse::make(200, "OK", FetchFixture::gzipBomb(), "text/markdown").header("Content-Encoding", "gzip");
        } else if (m_digestMode == QLatin1StringView("tofile")) {
            r = TestResponse::make(302, "Found").header("Location", "file:///etc/passwd");
        }
        r.delayMs = m_digestDelayMs;
        return r;
    }

    TestResponse hfRoute(const TestRequest &req, const QDate &day)
    {
        if (m_hfMode == QLatin1StringView("500"))
            return TestResponse::make(500, "Internal Server Error");
        if (m_hfMode == QLatin1StringView("malformed"))
            return TestResponse::make(200, "OK", "[{\"paper\": {\"id\": \"2505.1", "application/json");
        if (m_hfMode == QLatin1StringView("object"))
            return TestResponse::make(200, "OK", "{\"error\": \"rate limited\"}", "application/json");
        if (m_hfMode == QLatin1StringView("noid"))
            return TestResponse::make(200, "OK", "[{\"paper\": {\"title\": \"no id\"}}]", "application/json");
        if (day == kDay) {
            if (req.header("If-None-Match") == "\"hf-24\"")
                return TestResponse::make(304, "Not Modified", {}, {});
            return TestResponse::make(200, "OK", FetchFixture::dailyPapersJson(), "application/json").header("ETag", "\"hf-24\"");
        }
        if (day == kDay.addDays(1))
            return TestResponse::make(200, "OK",
                                      "[{\"paper\": {\"id\": \"2505.99903\", \"title\": \"Sunday Paper\", \"summary\": \"Only on Sunday.\","
                                      " \"authors\": [{\"name\": \"A. Author\"}], \"upvotes\": 3}, \"numComments\": 0}]",
                                      "application/json");
        return TestResponse::make(200, "OK", "[]", "application/json");
    }

    // A server that stalls before its headers are complete: it sends nothing, or the status line and
    // then one header line that never ends (16 KiB every 5 ms, faster than Qt reads headers). Qt keeps
    // reading such a line after the request has failed, until the server goes: each test that uses
    // one has its own, gone at its end, so no connection is left for the next test.
    static TestHttpServer::Handler stallingHandler(bool endless)
    {
        return [endless](const TestRequest &) {
            TestResponse r = TestResponse::make(200, "OK");
            r.mode = endless ? TestResponse::Body::EndlessHeader : TestResponse::Body::Silent;
            r.dribbleMs = 5;
            r.dribbleBytes = 16 * 1024;
            return r;
        };
    }

    struct Run {
        QList<FetchDayResult> results;
        bool cancelled = false;
        bool allSucceeded = false;
    };

    Run runFetch(Library &library, const QStringList &sources, const QDate &from, const QDate &to, const HttpLimits &limits = testLimits(),
                 const std::function<void(FetchTask &)> &whileRunning = {})
    {
        FetchTask task(&library);
        task.setSources(sources);
        task.setRange(from, to);
        task.setLimits(limits);
        QSignalSpy finished(&task, &FetchTask::finished);
        if (const Status s = task.start(); !s)
            qFatal("fetch did not start: %s", qPrintable(s.message()));
        if (whileRunning)
            whileRunning(task);
        if (finished.isEmpty() && !finished.wait(60000))
            qFatal("fetch did not finish");
        return {task.results(), finished.first().first().toBool(), task.allSucceeded()};
    }

    void addSource(Library &library, const QString &name, Source::Kind kind, const QString &url)
    {
        Source s;
        s.name = name;
        s.kind = kind;
        s.url = url;
        QVERIFY2(library.network().addSource(s).ok(), qPrintable(name));
    }

    // A library with day 2025-05-24 fetched from the "feed" source (validators stored), the reader's
    // data on one paper, and the day's Hugging Face list from the "hf" source.
    void prepareLibrary(Library &library, const QTemporaryDir &dir)
    {
        QVERIFY(library.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(library, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + QStringLiteral("/d/{date}.md"));
        addSource(library, QStringLiteral("hf"), Source::Kind::HuggingFace, m_server.base() + QStringLiteral("/hf"));
        const Run r = runFetch(library, {QStringLiteral("feed"), QStringLiteral("hf")}, kDay, kDay);
        QVERIFY(r.allSucceeded);
        QVERIFY(library.annotations().tagPaper(QStringLiteral("2505.96938"), QStringLiteral("agents")).ok());
        QVERIFY(library.annotations().setNote(QStringLiteral("2505.96938"), QStringLiteral("읽을 것")).ok());
        QVERIFY(library.annotations().setStarred(QStringLiteral("2505.94810"), true).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setHandler([this](const TestRequest &r) { return route(r); });
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_digestMode = QStringLiteral("ok");
        m_hfMode = QStringLiteral("ok");
        m_published = {kDay, kDayBefore};
        m_digestVersion = 1;
        m_digestDelayMs = 0;
        m_stalledBase.clear();
        m_stalledDay = {};
        m_hits.clear();
        m_server.clearRequests();
    }

    // --- HttpClient ------------------------------------------------------------------------------

    void sendsUserAgentAndValidators()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/ok")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello"));
        QCOMPARE(r.etag, QByteArray("\"v1\""));
        QCOMPARE(r.lastModified, QByteArray("Sat, 24 May 2025 06:00:00 GMT"));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server.requests().last().header("User-Agent"), QByteArray("Paperboy/" PAPERBOY_VERSION));

        HttpRequest conditional;
        conditional.url = m_server.url(QStringLiteral("/etag"));
        conditional.ifNoneMatch = "\"v1\"";
        conditional.ifModifiedSince = "Sat, 24 May 2025 06:00:00 GMT";
        const HttpResponse again = fetchOne(client, conditional);
        QVERIFY(again.notModified());
        QVERIFY(again.body.isEmpty());
        QCOMPARE(m_server.requests().last().header("If-None-Match"), QByteArray("\"v1\""));
        QCOMPARE(m_server.requests().last().header("If-Modified-Since"), QByteArray("Sat, 24 May 2025 06:00:00 GMT"));
    }

    void notFoundIsNotRetried()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/404")));
        QCOMPARE(r.error.kind, FetchError::Kind::HttpStatus);
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.key(), QStringLiteral("http-404"));
        QVERIFY(r.error.message().contains(QStringLiteral("404")));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.body.isEmpty());
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/flaky500/a")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.body, QByteArray("recovered"));
        QCOMPARE(r.attempts, 3);
        // Backoff doubles: the third try comes at least 50 + 100 ms after the first.
        const auto &reqs = m_server.requests();
        QCOMPARE(reqs.size(), 3);
        QVERIFY(reqs[1].atMs - reqs[0].atMs >= 50);
        QVERIFY(reqs[2].atMs - reqs[1].atMs >= 100);

        const HttpResponse gaveUp = fetchUrl(client, m_server.url(QStringLiteral("/always500")));
        QCOMPARE(gaveUp.error.key(), QStringLiteral("http-500"));
        QCOMPARE(gaveUp.attempts, testLimits().maxAttempts);
    }

    void retryAfterIsHonoured()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/429")));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.body, QByteArray("after the wait"));
        const auto &reqs = m_server.requests();
        QCOMPARE(reqs.size(), 2);
        QVERIFY2(reqs[1].atMs - reqs[0].atMs >= 950, qPrintable(QString::number(reqs[1].atMs - reqs[0].atMs)));

        // An HTTP date on 503 works the same way.
        const HttpResponse dated = fetchUrl(client, m_server.url(QStringLiteral("/503date")));
        QVERIFY2(dated.ok(), qPrintable(dated.error.message()));
        QCOMPARE(dated.attempts, 2);

        // Longer than the cap: no waiting an hour, the request ends with the server's answer.
        QElapsedTimer clock;
        clock.start();
        const HttpResponse tooLong = fetchUrl(client, m_server.url(QStringLiteral("/429long")));
        QCOMPARE(tooLong.error.key(), QStringLiteral("http-429"));
        QVERIFY(tooLong.error.message().contains(QStringLiteral("3600")));
        QCOMPARE(tooLong.attempts, 1);
        QVERIFY(clock.elapsed() < 2000);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("5") << 5;
        QTest::newRow("spaces") << QByteArray(" 10 ") << 10;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("words") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("date") << QByteArray("Sat, 24 May 2025 06:02:00 GMT") << 120;
        QTest::newRow("past date") << QByteArray("Sat, 24 May 2025 05:00:00 GMT") << 0;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2025, 5, 24), QTime(6, 0), QTimeZone::UTC);
        const auto parsed = HttpClient::parseRetryAfter(value, now);
        if (seconds < 0)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(-1), seconds);
    }

    void slowBodyTimesOut()
    {
        HttpClient client;
        HttpLimits limits = testLimits();
        limits.transferTimeout = 300ms;
        limits.maxAttempts = 2;
        client.setLimits(limits);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/stall")));
        QCOMPARE(r.error.kind, FetchError::Kind::Timeout);
        QCOMPARE(r.error.key(), QStringLiteral("timeout"));
        QCOMPARE(r.attempts, 2); // a timeout is retried
        QVERIFY(r.body.isEmpty());
        QVERIFY(clock.elapsed() >= 600);
        QVERIFY(clock.elapsed() < 5000);
    }

    void totalDeadlineEndsADribble()
    {
        // A byte every 100 ms never trips the transfer timeout; the deadline ends it.
        HttpClient client;
        HttpLimits limits = testLimits();
        limits.transferTimeout = 1s;
        limits.deadline = 800ms;
        client.setLimits(limits);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/dribble")));
        QCOMPARE(r.error.kind, FetchError::Kind::Timeout);
        QVERIFY(r.error.detail.contains(QStringLiteral("0.8")));
        QVERIFY(clock.elapsed() >= 750);
        QVERIFY(clock.elapsed() < 3000);
    }

    void headerTimeoutEndsAStalledAnswer_data()
    {
        QTest::addColumn<bool>("endless");
        QTest::newRow("sends nothing") << false;
        QTest::newRow("endless header line") << true;
    }

    void headerTimeoutEndsAStalledAnswer()
    {
        // Qt shows no byte of the headers, so their own limit ends these, long before the transfer
        // timeout or the deadline would; a stalled answer is not asked for again.
        QFETCH(bool, endless);
        TestHttpServer stalled(stallingHandler(endless));
        QVERIFY(stalled.listen());
        HttpClient client;
        HttpLimits limits = testLimits();
        limits.headerTimeout = 300ms;
        limits.transferTimeout = 20s;
        limits.deadline = 10s;
        limits.maxAttempts = 3;
        client.setLimits(limits);
        const HttpResponse r = fetchUrl(client, stalled.url(QStringLiteral("/x")));
        QCOMPARE(r.error.key(), QStringLiteral("timeout"));
        QVERIFY2(r.error.detail.contains(QStringLiteral("no answer within 0.3 s")), qPrintable(r.error.detail));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(stalled.requests().size(), 1);

        // The same client goes on: the stalled answer holds up no later request.
        const HttpResponse next = fetchUrl(client, m_server.url(QStringLiteral("/ok")));
        QVERIFY2(next.ok(), qPrintable(next.error.message()));
    }

    void oversizedHeadersAreRefused()
    {
        HttpClient client;
        HttpLimits limits = testLimits();
        limits.maxHeaderBytes = 16 * 1024;
        client.setLimits(limits);
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/fat-headers"))); // 40 KiB of headers
        QCOMPARE(r.error.key(), QStringLiteral("too-large"));
        QVERIFY2(r.error.detail.contains(QStringLiteral("headers of 40 KiB")), qPrintable(r.error.detail));
        QCOMPARE(r.attempts, 1);

        client.setLimits(testLimits()); // 64 KiB
        const HttpResponse fine = fetchUrl(client, m_server.url(QStringLiteral("/fat-headers")));
        QVERIFY2(fine.ok(), qPrintable(fine.error.message()));
        QCOMPARE(fine.body, QByteArray("thin body"));
    }

    void compressedBodies()
    {
        HttpClient client;
        client.setLimits(testLimits()); // 1 MiB
        const HttpResponse plain = fetchUrl(client, m_server.url(QStringLiteral("/gzip")));
        QVERIFY2(plain.ok(), qPrintable(plain.error.message()));
        QCOMPARE(plain.body, QByteArray("hello, compressed"));

        // 64 KiB on the wire, 64 MiB decompressed: refused at the limit, as an oversized body.
        const HttpResponse bomb = fetchUrl(client, m_server.url(QStringLiteral("/gzip-bomb")));
        QCOMPARE(bomb.error.key(), QStringLiteral("too-large"));
        QVERIFY2(bomb.error.detail.contains(QStringLiteral("more than 1 MiB")), qPrintable(bomb.error.detail));
        QCOMPARE(bomb.status, 200);
        QCOMPARE(bomb.attempts, 1);
        QVERIFY(bomb.body.isEmpty());

        const HttpResponse broken = fetchUrl(client, m_server.url(QStringLiteral("/gzip-broken")));
        QCOMPARE(broken.error.key(), QStringLiteral("bad-format"));
        QCOMPARE(broken.attempts, 1);
    }

    void oversizedBodiesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("Content-Length") << QStringLiteral("/big-length");
        QTest::newRow("streamed") << QStringLiteral("/big-stream");
    }

    void oversizedBodiesAreRefused()
    {
        QFETCH(QString, path);
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(path));
        QCOMPARE(r.error.kind, FetchError::Kind::TooLarge);
        QCOMPARE(r.error.key(), QStringLiteral("too-large"));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.attempts, 1);
    }

    void redirects()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse moved = fetchUrl(client, m_server.url(QStringLiteral("/moved")));
        QVERIFY2(moved.ok(), qPrintable(moved.error.message()));
        QCOMPARE(moved.body, QByteArray("hello"));
        QCOMPARE(moved.finalUrl, m_server.url(QStringLiteral("/ok")));

        const HttpResponse loop = fetchUrl(client, m_server.url(QStringLiteral("/loop/a")));
        QCOMPARE(loop.error.kind, FetchError::Kind::RedirectLoop);
        QCOMPARE(m_server.requestCount(QStringLiteral("/loop/")), 2); // noticed on the way back, not after five hops

        m_server.clearRequests();
        const HttpResponse hops = fetchUrl(client, m_server.url(QStringLiteral("/hop/1")));
        QCOMPARE(hops.error.kind, FetchError::Kind::RedirectLoop);
        QCOMPARE(m_server.requestCount(QStringLiteral("/hop/")), testLimits().maxRedirects + 1);
    }

    void redirectToAnotherSchemeIsInsecure()
    {
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, m_server.url(QStringLiteral("/to-file")));
        QCOMPARE(r.error.kind, FetchError::Kind::InsecureRedirect);
        QCOMPARE(r.error.key(), QStringLiteral("insecure-redirect"));
        QVERIFY2(r.error.detail.contains(QStringLiteral("file:///etc/passwd")), qPrintable(r.error.detail));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.body.isEmpty());
    }

    void credentialsStayWithTheirHost()
    {
        TestHttpServer other([](const TestRequest &) { return TestResponse::make(200, "OK", "elsewhere"); });
        QVERIFY(other.listen());
        HttpClient client;
        client.setLimits(testLimits());
        QUrl url = m_server.url(QStringLiteral("/to-other"));
        url.setQuery(QStringLiteral("target=") + other.base() + QStringLiteral("/x"));
        HttpRequest withToken;
        withToken.url = url;
        withToken.authorization = "Bearer not-for-other-hosts";
        const HttpResponse refused = fetchOne(client, withToken);
        QCOMPARE(refused.error.kind, FetchError::Kind::InsecureRedirect);
        QCOMPARE(other.requests().size(), 0);
        QCOMPARE(m_server.requests().last().header("Authorization"), QByteArray("Bearer not-for-other-hosts"));

        // Without credentials the same redirect is fine.
        const HttpResponse plain = fetchUrl(client, url);
        QVERIFY2(plain.ok(), qPrintable(plain.error.message()));
        QCOMPARE(plain.body, QByteArray("elsewhere"));
    }

    void https()
    {
        TestHttpServer tls([](const TestRequest &req) {
            if (req.path == QLatin1StringView("/to-other"))
                return TestResponse::make(302, "Found").header("Location", req.query.queryItemValue(QStringLiteral("target")).toLatin1());
            return TestResponse::make(200, "OK", "secure");
        });
        QVERIFY(tls.listenTls(serverTls()));
        QVERIFY(tls.base().startsWith(QStringLiteral("https://")));

        // A certificate nobody vouches for: a TLS error, never ignored.
        HttpClient strict;
        strict.setLimits(testLimits());
        const HttpResponse untrusted = fetchUrl(strict, tls.url(QStringLiteral("/x")));
        QCOMPARE(untrusted.error.kind, FetchError::Kind::Tls);
        QCOMPARE(untrusted.error.key(), QStringLiteral("tls"));
        QCOMPARE(untrusted.attempts, 1);

        HttpClient client;
        client.setLimits(testLimits());
        client.setSslConfiguration(clientTrustingTestCa());
        const HttpResponse ok = fetchUrl(client, tls.url(QStringLiteral("/x")));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message()));
        QCOMPARE(ok.body, QByteArray("secure"));

        // https -> http is refused before the plain server hears a thing.
        QUrl down = tls.url(QStringLiteral("/to-other"));
        down.setQuery(QStringLiteral("target=") + m_server.base() + QStringLiteral("/ok"));
        m_server.clearRequests();
        const HttpResponse downgrade = fetchUrl(client, down);
        QCOMPARE(downgrade.error.kind, FetchError::Kind::InsecureRedirect);
        QCOMPARE(downgrade.error.key(), QStringLiteral("insecure-redirect"));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void concurrencyIsCapped()
    {
        HttpClient client;
        HttpLimits limits = testLimits();
        limits.maxConcurrent = 2;
        client.setLimits(limits);
        m_server.resetMaxInFlight();
        int done = 0;
        for (int i = 0; i < 6; ++i) {
            HttpRequest r;
            r.url = m_server.url(QStringLiteral("/slow"));
            connect(client.get(r), &HttpJob::finished, this, [&done](HttpJob *job) { done += job->response().ok(); });
        }
        QCOMPARE(client.queuedCount(), 6);
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
        QCOMPARE(m_server.maxInFlight(), 2);
    }

    void concurrencyIsCappedPerHostAndInAll()
    {
        // Two hosts, three requests each, queued host after host, each answered after 150 ms.
        QString seen; // the host of each request, in the order the servers saw them
        const auto slow = [&seen](QChar host) {
            return [&seen, host](const TestRequest &) {
                seen += host;
                TestResponse r = TestResponse::make(200, "OK", "slow");
                r.delayMs = 150;
                return r;
            };
        };
        TestHttpServer a(slow(u'a'));
        TestHttpServer b(slow(u'b'));
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        const auto runAll = [&](int perHost, int total) {
            HttpClient client;
            HttpLimits limits = testLimits();
            limits.maxConcurrent = perHost;
            limits.maxConcurrentTotal = total;
            client.setLimits(limits);
            seen.clear();
            int done = 0;
            for (TestHttpServer *server : {&a, &b})
                for (int i = 0; i < 3; ++i) {
                    HttpRequest r;
                    r.url = server->url(QStringLiteral("/slow"));
                    connect(client.get(r), &HttpJob::finished, this, [&done](HttpJob *job) { done += job->response().ok(); });
                }
            QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
        };

        // One at a time per host: b's requests do not wait behind a's.
        runAll(1, 16);
        QCOMPARE(a.maxInFlight(), 1);
        QCOMPARE(b.maxInFlight(), 1);
        QVERIFY2(seen.left(2).contains(u'b'), qPrintable(seen));

        // One at a time in all: strictly in order.
        a.resetMaxInFlight();
        b.resetMaxInFlight();
        runAll(2, 1);
        QCOMPARE(a.maxInFlight(), 1);
        QCOMPARE(b.maxInFlight(), 1);
        QCOMPARE(seen, QStringLiteral("aaabbb"));
    }

    void cancelStopsARequest()
    {
        HttpClient client;
        client.setLimits(testLimits());
        HttpRequest r;
        r.url = m_server.url(QStringLiteral("/stall"));
        HttpJob *job = client.get(r);
        HttpResponse out;
        bool done = false;
        connect(job, &HttpJob::finished, this, [&](HttpJob *j) {
            out = j->response();
            done = true;
        });
        QTRY_COMPARE(m_server.requestCount(QStringLiteral("/stall")), 1);
        job->cancel();
        QVERIFY(done);
        QCOMPARE(out.error.kind, FetchError::Kind::Cancelled);
        QCOMPARE(out.attempts, 1);
    }

    void connectionRefused()
    {
        quint16 closedPort;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        HttpClient client;
        client.setLimits(testLimits());
        const HttpResponse r = fetchUrl(client, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort)));
        QCOMPARE(r.error.kind, FetchError::Kind::Connection);
        QCOMPARE(r.attempts, 1);
    }

    void classify_data()
    {
        // The classes of failures a local server cannot produce (no DNS traffic leaves the machine).
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("key");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << QStringLiteral("dns");
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << QStringLiteral("tls");
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << QStringLiteral("timeout");
        QTest::newRow("transfer timeout") << int(QNetworkReply::OperationCanceledError) << QStringLiteral("timeout");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << QStringLiteral("connection");
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << QStringLiteral("connection");
        QTest::newRow("too many redirects") << int(QNetworkReply::TooManyRedirectsError) << QStringLiteral("redirect-loop");
        QTest::newRow("insecure redirect") << int(QNetworkReply::InsecureRedirectError) << QStringLiteral("insecure-redirect");
    }

    void classify()
    {
        QFETCH(int, error);
        QFETCH(QString, key);
        QCOMPARE(HttpClient::classify(error).key(), key);
    }

    // --- Parsers ---------------------------------------------------------------------------------

    void digestIndex()
    {
        const QByteArray page = "<a href=\"2025-05-24.md\">x</a> <a href='2025-05-24-draft.md'>draft</a>\n"
                                "- [23](daily/2025-05-23-ko.md)\n"
                                "https://cdn.example.org/archive/2025-05-22.md,\n"
                                "http://plain.example.org/2025-05-21.md\n"
                                "notes.md 2025-13-01.md ../2025-05-20.txt ftp://x/2025-05-19.md\n";
        const auto files = DigestIndex::parse(page, QUrl(QStringLiteral("https://example.org/digests/index.html")));
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.value(QDate(2025, 5, 24)), QUrl(QStringLiteral("https://example.org/digests/2025-05-24.md")));
        QCOMPARE(files.value(QDate(2025, 5, 23)), QUrl(QStringLiteral("https://example.org/digests/daily/2025-05-23-ko.md")));
        QCOMPARE(files.value(QDate(2025, 5, 22)), QUrl(QStringLiteral("https://cdn.example.org/archive/2025-05-22.md")));
        QVERIFY(!files.contains(QDate(2025, 5, 21))); // http on an https index

        // On an http index (typed by the user) http links are fine.
        const auto plain = DigestIndex::parse(page, QUrl(QStringLiteral("http://example.org/")));
        QCOMPARE(plain.value(QDate(2025, 5, 21)), QUrl(QStringLiteral("http://plain.example.org/2025-05-21.md")));
    }

    void dailyPapersJson()
    {
        QString error;
        const auto papers = DailyPapers::parse(FetchFixture::dailyPapersJson(), &error);
        QVERIFY2(papers, qPrintable(error));
        QCOMPARE(papers->size(), 4);
        const PaperMeta &first = papers->at(0);
        QCOMPARE(first.arxivId, QStringLiteral("2505.96938"));
        QVERIFY(first.title.startsWith(QStringLiteral("SciLoop: When the Agent Runs the Lab")));
        QCOMPARE(first.authors, (QStringList{QStringLiteral("SciLoop Team"), QStringLiteral("Hana Lee"), QStringLiteral("Minho Park")}));
        QVERIFY(first.abstract.contains(QStringLiteral("closed-loop set of agents")));
        QCOMPARE(first.upvotes, 113);
        QCOMPARE(first.comments, 4);
        QCOMPARE(first.github, QStringLiteral("https://github.com/example-lab/SciLoop"));
        QCOMPARE(first.aiKeywords.size(), 3);
        QCOMPARE(first.publishedAt, QDateTime(QDate(2025, 5, 22), QTime(17, 27, 43), QTimeZone::UTC));
        QCOMPARE(papers->at(2).authors, (QStringList{QStringLiteral("José Núñez"), QStringLiteral("김민준")}));
        QVERIFY(papers->at(3).github.isEmpty()); // "not a url" is not kept
        QVERIFY(papers->at(3).authors.isEmpty());

        QVERIFY(DailyPapers::parse("[]"));
        QVERIFY(!DailyPapers::parse("[{\"paper\": {\"id\": \"2505.1", &error));
        QVERIFY(error.contains(QStringLiteral("not JSON")));
        QVERIFY(!DailyPapers::parse("{\"papers\": []}", &error));
        QVERIFY(!DailyPapers::parse("[{\"paper\": {\"title\": \"x\"}}]", &error));
        QVERIFY(!DailyPapers::parse("[{\"paper\": {\"id\": \"bad id with spaces\"}}]"));

        QCOMPARE(DailyPapers::url(QStringLiteral("https://huggingface.co/"), kDay),
                 QUrl(QStringLiteral("https://huggingface.co/api/daily_papers?date=2025-05-24")));
    }

    void urlTemplates_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("isTemplate");
        QTest::addColumn<QByteArray>("expanded"); // for 2025-05-09, as sent; empty: refused
        QTest::addColumn<QString>("reason"); // words of the refusal
        QTest::newRow("date") << QStringLiteral("https://x.org/d/{date}.md") << true << QByteArray("https://x.org/d/2025-05-09.md") << QString();
        QTest::newRow("year month day") << QStringLiteral("https://x.org/paper_logs/{yyyy}/{mm}/{dd}.md") << true
                                        << QByteArray("https://x.org/paper_logs/2025/05/09.md") << QString();
        QTest::newRow("parts and date") << QStringLiteral("https://x.org/{yyyy}/{mm}/{date}.md") << true << QByteArray("https://x.org/2025/05/2025-05-09.md")
                                        << QString();
        QTest::newRow("in the query") << QStringLiteral("https://x.org/log?y={yyyy}&m={mm}&d={dd}") << true << QByteArray("https://x.org/log?y=2025&m=05&d=09")
                                      << QString();
        QTest::newRow("JSON brace in the query") << QStringLiteral("https://x.org/api?day={date}&f={\"a\":1}") << true
                                                 << QByteArray("https://x.org/api?day=2025-05-09&f=%7B%22a%22:1%7D") << QString();
        QTest::newRow("empty braces") << QStringLiteral("https://x.org/{}/{date}.md") << true << QByteArray("https://x.org/%7B%7D/2025-05-09.md") << QString();
        QTest::newRow("doubled braces") << QStringLiteral("https://x.org/{{date}}.md") << true << QByteArray("https://x.org/%7B2025-05-09%7D.md") << QString();
        QTest::newRow("encoded braces stay literal") << QStringLiteral("https://x.org/%7Bdate%7D/{date}.md") << true
                                                     << QByteArray("https://x.org/%7Bdate%7D/2025-05-09.md") << QString();
        QTest::newRow("escape kept") << QStringLiteral("https://x.org/a%20b/{date}.md") << true << QByteArray("https://x.org/a%20b/2025-05-09.md") << QString();
        QTest::newRow("lone percent before a day") << QStringLiteral("https://x.org/100%{dd}/{date}.md") << true
                                                   << QByteArray("https://x.org/100%2509/2025-05-09.md") << QString();
        QTest::newRow("index page") << QStringLiteral("https://x.org/index.html") << false << QByteArray("https://x.org/index.html") << QString();
        QTest::newRow("index with a literal brace") << QStringLiteral("https://x.org/a{b/index.html") << false << QByteArray("https://x.org/a%7Bb/index.html")
                                                    << QString();
        QTest::newRow("month only") << QStringLiteral("https://x.org/{mm}.md") << true << QByteArray() << QStringLiteral("one day");
        QTest::newRow("no day") << QStringLiteral("https://x.org/{yyyy}/{mm}.md") << true << QByteArray() << QStringLiteral("one day");
        QTest::newRow("no year") << QStringLiteral("https://x.org/{mm}/{dd}.md") << true << QByteArray() << QStringLiteral("one day");
        QTest::newRow("unknown") << QStringLiteral("https://x.org/{yyyy}/{mm}/{day}.md") << true << QByteArray() << QStringLiteral("{day}");
        QTest::newRow("upper case") << QStringLiteral("https://x.org/{YYYY}/{date}.md") << true << QByteArray() << QStringLiteral("{YYYY}");
        QTest::newRow("unknown on an index") << QStringLiteral("https://x.org/{lang}/index.html") << false << QByteArray() << QStringLiteral("{lang}");
        QTest::newRow("in the host") << QStringLiteral("https://{yyyy}.x.org/{date}.md") << true << QByteArray() << QStringLiteral("path or query");
        QTest::newRow("in the fragment") << QStringLiteral("https://x.org/{date}.md#{dd}") << true << QByteArray() << QStringLiteral("path or query");
        QTest::newRow("in the user info") << QStringLiteral("https://{secret}@x.org/{date}.md") << true << QByteArray() << QStringLiteral("path or query");
    }

    void urlTemplates()
    {
        QFETCH(QString, url);
        QFETCH(bool, isTemplate);
        QFETCH(QByteArray, expanded);
        QFETCH(QString, reason);
        QCOMPARE(UrlTemplate::isTemplate(url), isTemplate);
        const Status s = UrlTemplate::check(url);
        QCOMPARE(s.ok(), !expanded.isEmpty());
        if (!s.ok()) {
            QVERIFY2(s.message().contains(reason), qPrintable(s.message()));
            QVERIFY(!s.message().contains(QStringLiteral("secret"))); // a user info placeholder is not echoed
            return;
        }
        QCOMPARE(UrlTemplate::expand(url, QDate(2025, 5, 9)).toEncoded(), expanded);
    }

    void sourceUrls_data()
    {
        QTest::addColumn<bool>("hf");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("reason"); // words of the refusal, when they matter
        QTest::newRow("https by default") << false << QStringLiteral("example.org/d/{date}.md") << QStringLiteral("https://example.org/d/{date}.md")
                                          << QString();
        QTest::newRow("typed http kept") << false << QStringLiteral("http://127.0.0.1:8080/{date}.md") << QStringLiteral("http://127.0.0.1:8080/{date}.md")
                                         << QString();
        QTest::newRow("year month day") << false << QStringLiteral("example.org/paper_logs/{yyyy}/{mm}/{dd}.md")
                                        << QStringLiteral("https://example.org/paper_logs/{yyyy}/{mm}/{dd}.md") << QString();
        QTest::newRow("index") << false << QStringLiteral("https://example.org/index.html") << QStringLiteral("https://example.org/index.html") << QString();
        QTest::newRow("ftp") << false << QStringLiteral("ftp://example.org/{date}.md") << QString() << QString();
        QTest::newRow("password in URL") << false << QStringLiteral("https://me:secret@example.org/{date}.md") << QString() << QString();
        QTest::newRow("no host") << false << QStringLiteral("https:///{date}.md") << QString() << QString();
        QTest::newRow("no day") << false << QStringLiteral("example.org/paper_logs/{yyyy}/{mm}.md") << QString() << QStringLiteral("one day");
        QTest::newRow("month only") << false << QStringLiteral("https://example.org/{mm}.md") << QString() << QStringLiteral("one day");
        QTest::newRow("unknown placeholder") << false << QStringLiteral("https://example.org/{yyyy}/{mm}/{day}.md") << QString() << QStringLiteral("{day}");
        QTest::newRow("placeholder in the host") << false << QStringLiteral("https://{yyyy}.example.org/{date}.md") << QString()
                                                 << QStringLiteral("path or query");
        QTest::newRow("hf base") << true << QStringLiteral("huggingface.co") << QStringLiteral("https://huggingface.co") << QString();
        QTest::newRow("hf template") << true << QStringLiteral("https://huggingface.co/{date}") << QString() << QString();
        QTest::newRow("hf day parts") << true << QStringLiteral("https://huggingface.co/{yyyy}/{mm}/{dd}") << QString() << QString();
    }

    void sourceUrls()
    {
        QFETCH(bool, hf);
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        QString url = given;
        const Status s = SourceUrl::normalize(hf ? Source::Kind::HuggingFace : Source::Kind::Digest, &url);
        QCOMPARE(s.ok(), !expected.isEmpty());
        if (s.ok())
            QCOMPARE(url, expected);
        else
            QVERIFY2(s.message().contains(reason), qPrintable(s.message()));
    }

    // --- Library: schema 5 and its tables ------------------------------------------------------

    void migrationFromSchemaFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            Database v4;
            QVERIFY(v4.open(path, 4).ok());
            QVERIFY(v4.execScript(QStringLiteral("INSERT INTO sources(name, url, kind) VALUES ('old', 'https://example.org/{date}.md', 'digest');"
                                                 "INSERT INTO notes VALUES ('2505.96938', '메모', 'x');"))
                        .ok());
        }
        Library lib;
        QVERIFY(lib.open(path).ok());
        QCOMPARE(lib.database().version(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 5);
        QCOMPARE(lib.database().lastBackupPath(), path + QStringLiteral(".backup-v4"));
        const auto old = lib.network().source(QStringLiteral("old"));
        QVERIFY(old);
        QCOMPARE(old->url, QStringLiteral("https://example.org/{date}.md"));
        QVERIFY(old->enabled);
        QCOMPARE(old->auth, Source::Auth::None);
        QVERIFY(!old->lastRefresh.isValid());
        QCOMPARE(lib.annotations().note(QStringLiteral("2505.96938")), QStringLiteral("메모"));
        QVERIFY(!lib.network().httpValidators(QStringLiteral("https://example.org/2025-05-24.md")));
        QVERIFY(lib.network().listedDays().isEmpty());
    }

    void sourcesAndValidators()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        Source s;
        s.name = QStringLiteral("feed");
        s.url = QStringLiteral("https://example.org/{date}.md");
        s.auth = Source::Auth::Basic;
        s.username = QStringLiteral("alice");
        QVERIFY(lib.network().addSource(s).ok());
        QVERIFY(!lib.network().addSource(s).ok()); // the name is taken
        QVERIFY(lib.network().setSourceEnabled(QStringLiteral("feed"), false).ok());
        const auto back = lib.network().source(QStringLiteral("feed"));
        QVERIFY(back);
        QVERIFY(!back->enabled);
        QCOMPARE(back->auth, Source::Auth::Basic);
        QCOMPARE(back->username, QStringLiteral("alice"));
        QVERIFY(lib.network().storeHttpValidators(QStringLiteral("https://example.org/2025-05-24.md"), "\"e1\"", "Sat, 24 May 2025 06:00:00 GMT").ok());
        const auto v = lib.network().httpValidators(QStringLiteral("https://example.org/2025-05-24.md"));
        QVERIFY(v);
        QCOMPARE(v->etag, QByteArray("\"e1\""));
        QVERIFY(v->fetchedAt.isValid());
        QVERIFY(lib.network().removeSource(QStringLiteral("feed")).ok());
        QVERIFY(!lib.network().removeSource(QStringLiteral("feed")).ok());
        QVERIFY(lib.network().sources().isEmpty());

        // A disabled source is skipped unless named; none at all is an error, not an empty success.
        FetchTask task(&lib);
        QVERIFY(!task.start().ok());
    }

    // --- Digest sources ----------------------------------------------------------------------------

    void templateSourceFetchesMissingDaysThenCostsOne304Each()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + QStringLiteral("/d/{date}.md"));
        QSignalSpy daysChanged(&lib, &Library::daysChanged);

        const Run first = runFetch(lib, {}, QDate(2025, 5, 22), kDay);
        QCOMPARE(first.results.size(), 3);
        QVERIFY(!first.allSucceeded); // 05-22 is not published
        QCOMPARE(find(first.results, QStringLiteral("feed"), kDay)->outcome, FetchDayResult::Outcome::Imported);
        QCOMPARE(find(first.results, QStringLiteral("feed"), kDay)->papers, TestCorpus::kPapers);
        QCOMPARE(find(first.results, QStringLiteral("feed"), kDayBefore)->outcome, FetchDayResult::Outcome::Imported);
        const FetchDayResult *missing = find(first.results, QStringLiteral("feed"), QDate(2025, 5, 22));
        QCOMPARE(missing->outcome, FetchDayResult::Outcome::Failed);
        QCOMPARE(missing->error.key(), QStringLiteral("http-404"));
        QCOMPARE(lib.catalog().days().size(), 2);
        QCOMPARE(lib.catalog().papersOfDay(kDay).size(), TestCorpus::kPapers);
        QVERIFY(daysChanged.count() >= 1); // the window hears about the worker's imports
        // The source of an imported day is its URL, without credentials.
        QVERIFY(lib.network().httpValidators(m_server.base() + QStringLiteral("/d/2025-05-24.md")));

        m_server.clearRequests();
        const Run second = runFetch(lib, {}, kDayBefore, kDay);
        QVERIFY(second.allSucceeded);
        for (const auto &r : second.results) {
            QCOMPARE(r.outcome, FetchDayResult::Outcome::Unchanged);
            QCOMPARE(r.note, QStringLiteral("not modified"));
        }
        QCOMPARE(m_server.requests().size(), 2); // one request a day
        for (const auto &req : m_server.requests())
            QVERIFY(req.header("If-None-Match").startsWith("\"2025-05-2"));

        // The publisher fixes a digest: new ETag, the day is replaced.
        m_digestVersion = 2;
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        const Run third = runFetch(lib, {}, kDay, kDay);
        QVERIFY(third.allSucceeded);
        QCOMPARE(third.results.first().outcome, FetchDayResult::Outcome::Imported);
        QVERIFY(FetchFixture::visibleChecksum(lib) != before); // the checksum sees a changed summary
        QVERIFY(lib.catalog().paper(QStringLiteral("2505.96938"), kDay)->summaryMarkdown.contains(QStringLiteral("SciLoop v2")));

        // Imported by hand from a file: no validators, nothing missing, no request.
        const QDate handDay(2025, 5, 20);
        QVERIFY(lib.importer()
                    .importDigest(DigestParser::parse(FetchFixture::digest(handDay), QStringLiteral("2025-05-20.md")), QStringLiteral("2025-05-20.md"),
                                  FetchFixture::digest(handDay))
                    .outcome
                == ImportResult::Outcome::Imported);
        m_server.clearRequests();
        const Run fourth = runFetch(lib, {}, handDay, handDay);
        QVERIFY(fourth.allSucceeded);
        QCOMPARE(fourth.results.first().outcome, FetchDayResult::Outcome::Unchanged);
        QCOMPARE(fourth.results.first().note, QStringLiteral("already in the library"));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void indexSource()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("archive"), Source::Kind::Digest, m_server.base() + QStringLiteral("/idx/index.html"));
        const Run run = runFetch(lib, {}, QDate(2025, 5, 22), kDay);
        QCOMPARE(find(run.results, QStringLiteral("archive"), kDay)->outcome, FetchDayResult::Outcome::Imported);
        QCOMPARE(find(run.results, QStringLiteral("archive"), kDayBefore)->outcome, FetchDayResult::Outcome::Imported);
        QCOMPARE(find(run.results, QStringLiteral("archive"), kDayBefore)->url, m_server.base() + QStringLiteral("/idx/daily/2025-05-23-ko.md"));
        QCOMPARE(find(run.results, QStringLiteral("archive"), QDate(2025, 5, 22))->error.key(), QStringLiteral("not-listed"));
        QCOMPARE(m_server.requestCount(QStringLiteral("/idx/notes.md")), 0);
        QCOMPARE(lib.catalog().days().size(), 2);
    }

    void dayPartTemplateFollowsALogKeptByYearMonthDay()
    {
        // …/paper_logs/{yyyy}/{mm}/{dd}.md over a month's end: zero-padded parts, files named 30.md, 01.md.
        const QDate lacking(2025, 4, 29);
        const QList<QDate> published{QDate(2025, 4, 30), QDate(2025, 5, 1), QDate(2025, 5, 2)};
        m_published = QSet<QDate>(published.cbegin(), published.cend());
        const auto logUrl = [this](const QDate &day) -> QString {
            return m_server.base() + QStringLiteral("/paper_logs/") + day.toString(u"yyyy/MM/dd") + QStringLiteral(".md");
        };
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("log"), Source::Kind::Digest, m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{dd}.md"));

        const Run first = runFetch(lib, {}, lacking, published.last());
        QCOMPARE(first.results.size(), 4);
        QStringList targets;
        for (const auto &req : m_server.requests())
            targets << QString::fromLatin1(req.target);
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("/paper_logs/2025/04/29.md"), QStringLiteral("/paper_logs/2025/04/30.md"),
                              QStringLiteral("/paper_logs/2025/05/01.md"), QStringLiteral("/paper_logs/2025/05/02.md")}));
        for (const QDate &day : published) {
            const FetchDayResult *r = find(first.results, QStringLiteral("log"), day);
            QVERIFY(r);
            QCOMPARE(r->outcome, FetchDayResult::Outcome::Imported);
            QCOMPARE(r->papers, TestCorpus::kPapers);
            QCOMPARE(r->url, logUrl(day));
            QVERIFY(lib.catalog().hasDay(day));
            QVERIFY(lib.network().httpValidators(logUrl(day)));
        }
        // The day the server lacks fails alone and leaves no trace.
        const FetchDayResult *missing = find(first.results, QStringLiteral("log"), lacking);
        QCOMPARE(missing->outcome, FetchDayResult::Outcome::Failed);
        QCOMPARE(missing->error.key(), QStringLiteral("http-404"));
        QCOMPARE(missing->url, logUrl(lacking));
        QVERIFY(!lib.catalog().hasDay(lacking));
        QVERIFY(!lib.network().httpValidators(logUrl(lacking)));
        QCOMPARE(lib.catalog().days().size(), 3);
        QVERIFY(lib.network().source(QStringLiteral("log"))->lastRefresh.isValid()); // the server answered

        // Again: one 304 for each day there is, the lacking day asked again and failing again.
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        m_server.clearRequests();
        const Run second = runFetch(lib, {}, lacking, published.last());
        QCOMPARE(second.results.size(), 4);
        for (const QDate &day : published) {
            const FetchDayResult *r = find(second.results, QStringLiteral("log"), day);
            QCOMPARE(r->outcome, FetchDayResult::Outcome::Unchanged);
            QCOMPARE(r->note, QStringLiteral("not modified"));
        }
        QCOMPARE(find(second.results, QStringLiteral("log"), lacking)->error.key(), QStringLiteral("http-404"));
        QCOMPARE(m_server.requests().size(), 4);
        for (const auto &req : m_server.requests()) {
            const QDate day = QDate::fromString(req.path.mid(12, 10), u"yyyy/MM/dd");
            QVERIFY2(day.isValid(), qPrintable(req.path));
            QCOMPARE(req.header("If-None-Match"), day == lacking ? QByteArray() : QByteArray("\"" + day.toString(Qt::ISODate).toLatin1() + "-v1\""));
        }
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
    }

    void dayPartTemplateChecksTheDay()
    {
        // The per-day checks hold for any template: another day's digest at 2025/05/09.md is refused.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("log"), Source::Kind::Digest, m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{dd}.md"));
        m_digestMode = QStringLiteral("wrongdate");
        const Run run = runFetch(lib, {}, QDate(2025, 5, 9), QDate(2025, 5, 9));
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first().error.key(), QStringLiteral("bad-format"));
        QVERIFY2(run.results.first().error.message().contains(QStringLiteral("for 2025-05-24, not 2025-05-09")),
                 qPrintable(run.results.first().error.message()));
        QCOMPARE(m_server.requestCount(QStringLiteral("/paper_logs/2025/05/09.md")), 1);
        QVERIFY(lib.catalog().days().isEmpty());
    }

    void logLayoutFollowedByItsDateFolders()
    {
        // A log in the paper-log layout, followed as paper_logs/{yyyy}/{mm}/{dd}.md: its day imports
        // with titles, votes and authors, from the publisher the source names; the next refresh is a 304.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("Korean log"), Source::Kind::Digest, m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{dd}.md"));
        m_digestMode = QStringLiteral("log");
        const QDate day = TestCorpus::kLogNewerDay;
        Run run = runFetch(lib, {}, day.addDays(-1), day);
        QCOMPARE(run.results.size(), 2);
        QCOMPARE(m_server.requestCount(QStringLiteral("/paper_logs/2025/05/09.md")), 1);
        QCOMPARE(m_server.requestCount(QStringLiteral("/paper_logs/2025/05/08.md")), 1);
        QCOMPARE(lib.catalog().days().size(), 1);
        const auto paper = lib.catalog().paper(QStringLiteral("2505.97001"), day);
        QVERIFY(paper && paper->meta);
        QCOMPARE(paper->meta->upvotes, 42);
        QCOMPARE(paper->summary.publisher, QStringLiteral("Korean log"));
        QVERIFY(lib.catalog().paper(QStringLiteral("2505.97002"), day)->listing.title.startsWith(QStringLiteral("[IDK] Token")));
        run = runFetch(lib, {}, day, day);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first().outcome, FetchDayResult::Outcome::Unchanged);
        QCOMPARE(lib.publishers().all().size(), 1);
        m_digestMode = QStringLiteral("ok");
    }

    void undatedDigestTakesTheDayTheUrlNames()
    {
        // A digest whose heading has no date is dated by its file name: 09.md of {yyyy}/{mm}/{dd}.md
        // and digest.md of {date}/digest.md name no day themselves, the URL requested does. A
        // redirect to an undated file names no day: that digest fails.
        const QDate day(2025, 5, 9);
        m_published = {day, kDay};
        m_digestMode = QStringLiteral("undated");
        for (const QString &path : {QStringLiteral("/paper_logs/{yyyy}/{mm}/{dd}.md"), QStringLiteral("/byday/{date}/digest.md")}) {
            QTemporaryDir dir;
            Library lib;
            QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
            addSource(lib, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + path);
            const Run run = runFetch(lib, {}, day, day);
            QCOMPARE(run.results.size(), 1);
            QVERIFY2(run.results.first().outcome == FetchDayResult::Outcome::Imported, qPrintable(path + u' ' + run.results.first().error.message()));
            QCOMPARE(lib.catalog().days().size(), 1);
            QVERIFY(lib.catalog().hasDay(day));
            QCOMPARE(lib.catalog().papersOfDay(day).size(), TestCorpus::kPapers);
        }
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("latest"), Source::Kind::Digest, m_server.base() + QStringLiteral("/to-latest/{date}.md"));
        const Run run = runFetch(lib, {}, day, day);
        QCOMPARE(run.results.first().error.key(), QStringLiteral("bad-format"));
        QCOMPARE(m_server.requestCount(QStringLiteral("/byday/latest.md")), 1);
        QVERIFY(lib.catalog().days().isEmpty());
    }

    void invalidTemplateIsRefusedBeforeAnyRequest()
    {
        // Sources that did not pass SourceUrl (an older library, the Library API directly): their
        // days fail with the reason, nothing is asked, nothing changes.
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir);
        if (QTest::currentTestFailed())
            return;
        addSource(lib, QStringLiteral("monthly"), Source::Kind::Digest, m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}.md"));
        addSource(lib, QStringLiteral("typo"), Source::Kind::Digest, m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{day}.md"));
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        m_server.clearRequests();
        const Run run = runFetch(lib, {QStringLiteral("monthly"), QStringLiteral("typo")}, kDayBefore, kDay);
        QCOMPARE(run.results.size(), 4);
        for (const auto &r : run.results) {
            QCOMPARE(r.outcome, FetchDayResult::Outcome::Failed);
            QCOMPARE(r.error.key(), QStringLiteral("bad-format"));
            const QString words = r.source == QLatin1StringView("monthly") ? QStringLiteral("one day") : QStringLiteral("{day}");
            QVERIFY2(r.error.message().contains(words), qPrintable(r.error.message()));
        }
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
        QVERIFY(!lib.network().source(QStringLiteral("monthly"))->lastRefresh.isValid());
    }

    void wrongDayIsRefused()
    {
        // A server that answers every day with the same digest must not overwrite that day.
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        m_digestMode = QStringLiteral("wrongdate");
        const Run run = runFetch(lib, {QStringLiteral("feed")}, kDayBefore, kDayBefore);
        const FetchDayResult &r = run.results.first();
        QCOMPARE(r.error.key(), QStringLiteral("bad-format"));
        QVERIFY(r.error.message().contains(QStringLiteral("2025-05-24")));
        QVERIFY(!lib.catalog().hasDay(kDayBefore));
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
    }

    void failedFetchLeavesLibraryIntact_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("key");
        QTest::newRow("404") << QStringLiteral("404") << QStringLiteral("http-404");
        QTest::newRow("500 after retries") << QStringLiteral("500") << QStringLiteral("http-500");
        QTest::newRow("slow body") << QStringLiteral("timeout") << QStringLiteral("timeout");
        QTest::newRow("oversized") << QStringLiteral("big") << QStringLiteral("too-large");
        QTest::newRow("redirect loop") << QStringLiteral("loop") << QStringLiteral("redirect-loop");
        QTest::newRow("not a digest") << QStringLiteral("html") << QStringLiteral("bad-format");
        QTest::newRow("gzip bomb") << QStringLiteral("gzipbomb") << QStringLiteral("too-large");
        QTest::newRow("redirect to file://") << QStringLiteral("tofile") << QStringLiteral("insecure-redirect");
    }

    void failedFetchLeavesLibraryIntact()
    {
        QFETCH(QString, mode);
        QFETCH(QString, key);
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        const auto validators = lib.network().httpValidators(m_server.base() + QStringLiteral("/d/2025-05-24.md"));
        QVERIFY(validators);

        m_digestMode = mode;
        HttpLimits limits = testLimits();
        limits.transferTimeout = 300ms;
        limits.maxAttempts = 2;
        const Run run = runFetch(lib, {QStringLiteral("feed")}, kDayBefore, kDay, limits);
        QVERIFY(!run.allSucceeded);
        QCOMPARE(run.results.size(), 2);
        for (const auto &r : run.results) { // the present day (conditional) and the missing one alike
            QCOMPARE(r.outcome, FetchDayResult::Outcome::Failed);
            QCOMPARE(r.error.key(), key);
            QVERIFY(!r.error.message().isEmpty());
        }
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
        QVERIFY(!lib.catalog().hasDay(kDayBefore));
        QCOMPARE(lib.network().httpValidators(m_server.base() + QStringLiteral("/d/2025-05-24.md"))->etag, validators->etag);
        QCOMPARE(lib.annotations().tagsOf(QStringLiteral("2505.96938")), QStringList{QStringLiteral("agents")});
    }

    void concurrencyCapHoldsForARefresh()
    {
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + QStringLiteral("/d/{date}.md"));
        m_published.clear();
        for (int i = 0; i < 6; ++i)
            m_published.insert(kDay.addDays(-i));
        m_digestDelayMs = 150;
        m_server.resetMaxInFlight();
        HttpLimits limits = testLimits();
        limits.maxConcurrent = 2;
        FetchTask task(&lib);
        task.setRange(kDay.addDays(-5), kDay);
        task.setLimits(limits);
        QSignalSpy progressSpy(&task, &FetchTask::progress);
        QSignalSpy sourceSpy(&task, &FetchTask::sourceProgress);
        QSignalSpy finished(&task, &FetchTask::finished);
        QVERIFY(task.start().ok());
        QVERIFY(task.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(task.allSucceeded());
        QCOMPARE(task.total(), 6);
        QCOMPARE(m_server.maxInFlight(), 2);
        QCOMPARE(lib.catalog().days().size(), 6);
        QCOMPARE(progressSpy.first(), (QList<QVariant>{0, 6}));
        QCOMPARE(progressSpy.last(), (QList<QVariant>{6, 6}));
        QCOMPARE(sourceSpy.last(), (QList<QVariant>{QStringLiteral("feed"), 6, 6}));
        QVERIFY(lib.network().source(QStringLiteral("feed"))->lastRefresh.isValid());
    }

    void cancelLeavesLibraryIntact()
    {
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        const QDateTime refreshed = lib.network().source(QStringLiteral("feed"))->lastRefresh;
        m_digestMode = QStringLiteral("timeout");
        HttpLimits limits = testLimits();
        limits.transferTimeout = 20s;
        limits.deadline = 30s;
        QElapsedTimer clock;
        clock.start();
        const Run run = runFetch(lib, {QStringLiteral("feed")}, kDayBefore, kDay, limits, [this](FetchTask &task) {
            QTRY_VERIFY(m_server.requestCount(QStringLiteral("/d/")) >= 2);
            task.cancel();
        });
        QVERIFY(run.cancelled);
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(run.results.size(), 2);
        for (const auto &r : run.results)
            QCOMPARE(r.error.key(), QStringLiteral("cancelled"));
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
        QCOMPARE(lib.network().source(QStringLiteral("feed"))->lastRefresh, refreshed); // a cancelled refresh is not a refresh
    }

    void refusedAnswersStillCountAsARefresh_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("key");
        QTest::newRow("gzip bomb") << QStringLiteral("gzipbomb") << QStringLiteral("too-large");
        QTest::newRow("redirect to file://") << QStringLiteral("tofile") << QStringLiteral("insecure-redirect");
    }

    void refusedAnswersStillCountAsARefresh()
    {
        // The server answered, so this is no network trouble: the source counts as refreshed and the
        // window does not refresh it again at every start (RefreshController::startIfStale).
        QFETCH(QString, mode);
        QFETCH(QString, key);
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("feed"), Source::Kind::Digest, m_server.base() + QStringLiteral("/d/{date}.md"));
        m_digestMode = mode;
        const Run run = runFetch(lib, {}, kDay, kDay);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first().error.key(), key);
        QVERIFY(lib.network().source(QStringLiteral("feed"))->lastRefresh.isValid());
        QVERIFY(lib.catalog().isEmpty());
    }

    void stalledServerFailsAlone_data()
    {
        QTest::addColumn<bool>("endless");
        QTest::addColumn<bool>("sameHost");
        QTest::newRow("another host sends nothing") << false << false;
        QTest::newRow("another host, endless header line") << true << false;
        QTest::newRow("same host, endless header line") << true << true;
    }

    void stalledServerFailsAlone()
    {
        // An index lists its newest day at a URL that stalls, on another host (one request per host
        // at a time) or on the host of everything else (two at a time); the index's other days and a
        // second source work. The stalled request must not hold up any other: they all end before
        // it times out, and it fails alone, asked once.
        QFETCH(bool, endless);
        QFETCH(bool, sameHost);
        const TestHttpServer::Handler stall = stallingHandler(endless);
        TestHttpServer server([this, stall](const TestRequest &r) { return r.path.startsWith(u"/stalled/") ? stall(r) : route(r); });
        QVERIFY(server.listen());
        const QString base = sameHost ? server.base() : m_server.base();
        m_stalledBase = sameHost ? QString() : server.base();
        m_stalledDay = kDay;
        const QDate from = kDay.addDays(-3);
        m_published.clear();
        for (QDate d = from; d <= kDay; d = d.addDays(1))
            m_published.insert(d);

        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("archive"), Source::Kind::Digest, base + QStringLiteral("/mixed/index.html"));
        addSource(lib, QStringLiteral("hf"), Source::Kind::HuggingFace, base + QStringLiteral("/hf"));
        HttpLimits limits = testLimits();
        limits.maxConcurrent = sameHost ? 2 : 1;
        limits.headerTimeout = 3s;
        limits.transferTimeout = 3s;
        limits.maxAttempts = 2;
        const Run run = runFetch(lib, {}, from, kDay, limits); // results in the order the days ended

        QCOMPARE(run.results.size(), 8);
        const FetchDayResult &last = run.results.last();
        QCOMPARE(last.source, QStringLiteral("archive"));
        QCOMPARE(last.day, kDay);
        QCOMPARE(last.error.key(), QStringLiteral("timeout"));
        QVERIFY2(last.error.detail.contains(QStringLiteral("no answer within 3 s")), qPrintable(last.error.message()));
        for (qsizetype i = 0; i + 1 < run.results.size(); ++i)
            QVERIFY2(run.results[i].ok(),
                     qPrintable(run.results[i].source + u' ' + run.results[i].day.toString(Qt::ISODate) + u' ' + run.results[i].error.message()));
        QCOMPARE(server.requestCount(QStringLiteral("/stalled/")), 1);
        QCOMPARE(lib.catalog().days().size(), 3);
        QVERIFY(!lib.network().source(QStringLiteral("archive"))->lastRefresh.isValid()); // a timeout: tried again at start
        QVERIFY(lib.network().source(QStringLiteral("hf"))->lastRefresh.isValid());
    }

    void unreachableSourceIsNotMarkedRefreshed()
    {
        quint16 closedPort;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        addSource(lib, QStringLiteral("offline"), Source::Kind::Digest, QStringLiteral("http://127.0.0.1:%1/{date}.md").arg(closedPort));
        const Run run = runFetch(lib, {}, kDay, kDay);
        QCOMPARE(run.results.first().error.key(), QStringLiteral("connection"));
        QVERIFY(!lib.network().source(QStringLiteral("offline"))->lastRefresh.isValid());
        QVERIFY(lib.catalog().isEmpty());
    }

    // --- Hugging Face daily papers ------------------------------------------------------------------

    void dailyPapersEnrichAndAddMetadataOnlyPapers()
    {
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir); // the digest of 05-24 and its daily list
        if (QTest::currentTestFailed())
            return;
        QSignalSpy metaChanged(&lib, &Library::paperMetaChanged);

        // Enriched: a paper the digest lists.
        const auto novel = lib.network().paperMeta(QStringLiteral("2505.96938"));
        QVERIFY(novel);
        QVERIFY(novel->hasDigest);
        QCOMPARE(novel->authors.size(), 3);
        QCOMPARE(novel->upvotes, 113);
        QCOMPARE(novel->github, QStringLiteral("https://github.com/example-lab/SciLoop"));
        QVERIFY(novel->abstract.startsWith(QStringLiteral("Lab work repeats one loop")));
        QVERIFY(novel->fetchedAt.isValid());

        // Metadata only: listed by Hugging Face, in no digest. The digest tables do not know them.
        const QList<PaperMeta> orphans = lib.network().papersWithoutDigest(kDay);
        QCOMPARE(orphans.size(), 2);
        QCOMPARE(orphans[0].arxivId, QStringLiteral("2505.99901"));
        QCOMPARE(orphans[0].authors, (QStringList{QStringLiteral("José Núñez"), QStringLiteral("김민준")}));
        QVERIFY(!orphans[0].hasDigest);
        QVERIFY(!lib.catalog().paper(QStringLiteral("2505.99901")));
        QCOMPARE(lib.catalog().papersOfDay(kDay).size(), TestCorpus::kPapers);
        QCOMPARE(lib.network().paperMetaOfDay(kDay).size(), 4);
        QCOMPARE(lib.network().paperMetaOfDay(kDay).first().arxivId, QStringLiteral("2505.96938")); // the list's order

        // A day without a digest: all of its papers are metadata-only, and the day is listed.
        const Run sunday = runFetch(lib, {QStringLiteral("hf")}, kDay.addDays(1), kDay.addDays(1));
        QVERIFY(sunday.allSucceeded);
        QCOMPARE(sunday.results.first().papers, 1);
        QCOMPARE(sunday.results.first().withoutDigest, 1);
        QCOMPARE(lib.network().listedDays(), (QList<QDate>{kDay.addDays(1), kDay}));
        QVERIFY(!lib.catalog().hasDay(kDay.addDays(1)));
        QCOMPARE(lib.network().papersWithoutDigest(kDay.addDays(1)).first().title, QStringLiteral("Sunday Paper"));
        QVERIFY(metaChanged.count() >= 1);

        // Unchanged: one 304.
        m_server.clearRequests();
        const Run again = runFetch(lib, {QStringLiteral("hf")}, kDay, kDay);
        QVERIFY(again.allSucceeded);
        QCOMPARE(again.results.first().outcome, FetchDayResult::Outcome::Unchanged);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().header("If-None-Match"), QByteArray("\"hf-24\""));
        QCOMPARE(m_server.requests().first().query.queryItemValue(QStringLiteral("date")), QStringLiteral("2025-05-24"));
    }

    void badDailyPapersStoreNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("key");
        QTest::newRow("malformed JSON") << QStringLiteral("malformed") << QStringLiteral("bad-format");
        QTest::newRow("not an array") << QStringLiteral("object") << QStringLiteral("bad-format");
        QTest::newRow("entry without id") << QStringLiteral("noid") << QStringLiteral("bad-format");
        QTest::newRow("server error") << QStringLiteral("500") << QStringLiteral("http-500");
    }

    void badDailyPapersStoreNothing()
    {
        QFETCH(QString, mode);
        QFETCH(QString, key);
        QTemporaryDir dir;
        Library lib;
        prepareLibrary(lib, dir);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = FetchFixture::visibleChecksum(lib);
        m_hfMode = mode;
        const Run run = runFetch(lib, {QStringLiteral("hf")}, kDay, kDay.addDays(1));
        QCOMPARE(run.results.size(), 2);
        for (const auto &r : run.results)
            QCOMPARE(r.error.key(), key);
        QCOMPARE(FetchFixture::visibleChecksum(lib), before);
        QCOMPARE(lib.network().paperMetaOfDay(kDay).size(), 4);
        QVERIFY(!lib.network().hasPaperListing(kDay.addDays(1)));
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
