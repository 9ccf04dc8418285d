// `paperboy sources` and `paperboy fetch` through the real binary, against a server on 127.0.0.1.
#include "fetchfixture.h"
#include "testcorpus.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using FetchFixture::Run;

class TestFetchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    TestHttpServer m_server;

    Run paperboy(const QStringList &args) { return FetchFixture::paperboy(m_db, args); }

    // The digests of 2025-05-23 and 05-24, with an ETag each.
    static TestResponse digestOf(const TestRequest &req, const QDate &day)
    {
        if (day != QDate(2025, 5, 23) && day != QDate(2025, 5, 24))
            return TestResponse::make(404, "Not Found");
        const QByteArray etag = "\"" + day.toString(Qt::ISODate).toLatin1() + "\"";
        if (req.header("If-None-Match") == etag)
            return TestResponse::make(304, "Not Modified", {}, {});
        return TestResponse::make(200, "OK", FetchFixture::digest(day), "text/markdown").header("ETag", etag);
    }

    TestResponse route(const TestRequest &req)
    {
        if (req.path.startsWith(QLatin1StringView("/d/")))
            return digestOf(req, QDate::fromString(req.path.mid(3).chopped(3), Qt::ISODate));
        if (req.path.startsWith(QLatin1StringView("/paper_logs/")) && req.path.endsWith(QLatin1StringView(".md")))
            return digestOf(req, QDate::fromString(req.path.mid(12).chopped(3), u"yyyy/MM/dd"));
        if (req.path == QLatin1StringView("/hf/api/daily_papers")) {
            if (req.query.queryItemValue(QStringLiteral("date")) == QLatin1StringView("2025-05-24"))
                return TestResponse::make(200, "OK", FetchFixture::dailyPapersJson(), "application/json");
            return TestResponse::make(200, "OK", "[]", "application/json");
        }
        if (req.path.startsWith(QLatin1StringView("/bomb/"))) // 64 MiB of zeros, gzipped
            return TestResponse::make(200, "OK", FetchFixture::gzipBomb(), "text/markdown").header("Content-Encoding", "gzip");
        if (req.path.startsWith(QLatin1StringView("/tofile/")))
            return TestResponse::make(302, "Found").header("Location", "file:///etc/passwd");
        if (req.path == QLatin1StringView("/bad/api/daily_papers"))
            return TestResponse::make(200, "OK", "{not json", "application/json");
        return TestResponse::make(404, "Not Found");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        m_server.setHandler([this](const TestRequest &r) { return route(r); });
        QVERIFY(m_server.listen());
    }

    void sourcesAddListRemove()
    {
        Run r = paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"), m_server.base() + QStringLiteral("/d/{date}.md")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("added source feed (digest)")), qPrintable(r.out));
        r = paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("hf"), m_server.base() + QStringLiteral("/hf"), QStringLiteral("--kind"),
                      QStringLiteral("hf")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("added source hf (hf)")));

        // Taken name, unknown kind, missing URL, a password in the URL.
        r = paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("feed"), QStringLiteral("https://example.org/{date}.md")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already")));
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("https://e.org/"), QStringLiteral("--kind"),
                           QStringLiteral("rss")})
                     .code,
                 2);
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("x")}).code, 2);
        r = paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("https://me:pw@e.org/{date}.md")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains(QStringLiteral("pw@"))); // not even echoed back
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("frob")}).code, 2);

        r = paperboy({QStringLiteral("sources"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].split(u'\t'),
                 (QStringList{QStringLiteral("feed"), QStringLiteral("digest"), m_server.base() + QStringLiteral("/d/{date}.md"), QStringLiteral("enabled"),
                              QStringLiteral("never"), QStringLiteral("none")}));
        QCOMPARE(lines[1].split(u'\t').value(1), QStringLiteral("hf"));

        r = paperboy({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[1].toObject().value(QLatin1StringView("kind")).toString(), QStringLiteral("hf"));
        QVERIFY(array[0].toObject().value(QLatin1StringView("last_refresh")).isNull());

        r = paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("tmp"), QStringLiteral("example.org/{date}.md")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("https://example.org/{date}.md"))); // https unless typed
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("tmp")}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("tmp")}).code, 1);
        QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("list")}).out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    }

    void fetchPrintsEachDay()
    {
        Run r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("feed"), QStringLiteral("--from"), QStringLiteral("2025-05-23"),
                          QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("feed 2025-05-23: imported %1 papers").arg(TestCorpus::kPapers)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("feed 2025-05-24: imported %1 papers").arg(TestCorpus::kPapers)));
        QVERIFY(r.out.contains(QStringLiteral("2 days: 2 fetched, 0 unchanged, 0 failed")));
        QCOMPARE(paperboy({QStringLiteral("list"), QStringLiteral("days")}).out.split(u'\n', Qt::SkipEmptyParts).size(), 2);

        // The same days again: one 304 each.
        m_server.clearRequests();
        r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("feed"), QStringLiteral("--from"), QStringLiteral("2025-05-23"),
                      QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("feed 2025-05-24: unchanged (not modified)")), qPrintable(r.out));
        QCOMPARE(m_server.requests().size(), 2);
        for (const auto &req : m_server.requests())
            QVERIFY(!req.header("If-None-Match").isEmpty());
        const QJsonArray sources
            = QJsonDocument::fromJson(paperboy({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        for (const auto &v : sources)
            if (v[QLatin1StringView("name")].toString() == QLatin1StringView("feed"))
                QVERIFY(QDateTime::fromString(v[QLatin1StringView("last_refresh")].toString(), Qt::ISODate).isValid());
    }

    void fetchExitsOneWhenADayFails()
    {
        const Run r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("feed"), QStringLiteral("--from"),
                                QStringLiteral("2025-05-22"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("feed 2025-05-22: failed: not found (HTTP 404) [http-404]")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("feed 2025-05-24: unchanged")));
    }

    void fetchJson()
    {
        const Run r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("feed"), QStringLiteral("--source"), QStringLiteral("hf"),
                                QStringLiteral("--from"), QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-25"),
                                QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // the digest of 05-25 is not published
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 4);
        QHash<QString, QJsonObject> byKey;
        for (const auto &v : array)
            byKey.insert(v[QLatin1StringView("source")].toString() + u' ' + v[QLatin1StringView("date")].toString(), v.toObject());
        QCOMPARE(byKey[QStringLiteral("feed 2025-05-24")][QLatin1StringView("outcome")].toString(), QStringLiteral("unchanged"));
        QCOMPARE(byKey[QStringLiteral("feed 2025-05-25")][QLatin1StringView("error")].toString(), QStringLiteral("http-404"));
        const QJsonObject hf = byKey[QStringLiteral("hf 2025-05-24")];
        QCOMPARE(hf[QLatin1StringView("outcome")].toString(), QStringLiteral("imported"));
        QCOMPARE(hf[QLatin1StringView("papers")].toInt(), 4);
        QCOMPARE(hf[QLatin1StringView("without_digest")].toInt(), 2);
        QVERIFY(hf[QLatin1StringView("error")].isNull());
        QCOMPARE(byKey[QStringLiteral("hf 2025-05-25")][QLatin1StringView("papers")].toInt(), 0);
    }

    void dailyPapersText()
    {
        const Run r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("hf"), QStringLiteral("--from"),
                                QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 0);
        // No validators were sent by this server, so the list comes again and is stored again.
        QVERIFY2(r.out.contains(QStringLiteral("hf 2025-05-24: stored 4 papers (2 without a digest)")), qPrintable(r.out));

        QVERIFY(paperboy({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("broken"), m_server.base() + QStringLiteral("/bad"),
                          QStringLiteral("--kind"), QStringLiteral("hf")})
                    .code
                == 0);
        const Run bad = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("broken"), QStringLiteral("--from"),
                                  QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.out.contains(QStringLiteral("broken 2025-05-24: failed: bad format: not JSON")), qPrintable(bad.out));
        QVERIFY(bad.out.contains(QStringLiteral("[bad-format]")));
    }

    void refusedAnswersFailByClass()
    {
        // With the default limits: a gzip bomb is too large, a redirect to file:// is unsafe, and as
        // the servers answered, both sources count as refreshed (no refresh again at every start).
        // 2025-05-20 is a day the library does not have.
        for (const QString &name : {QStringLiteral("bomb"), QStringLiteral("tofile")})
            QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("add"), name, m_server.base() + u'/' + name + QStringLiteral("/{date}.md")}).code, 0);
        const Run r
            = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("bomb"), QStringLiteral("--source"), QStringLiteral("tofile"),
                        QStringLiteral("--from"), QStringLiteral("2025-05-20"), QStringLiteral("--to"), QStringLiteral("2025-05-20")});
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("bomb 2025-05-20: failed: too large: more than 32 MiB received [too-large]")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("tofile 2025-05-20: failed: refused an unsafe redirect: redirect to another scheme: "
                                               "file:///etc/passwd [insecure-redirect]")),
                 qPrintable(r.out));
        const QJsonArray sources
            = QJsonDocument::fromJson(paperboy({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
        int refreshed = 0;
        for (const auto &v : sources) {
            const QString name = v[QLatin1StringView("name")].toString();
            if (name == QLatin1StringView("bomb") || name == QLatin1StringView("tofile"))
                refreshed += QDateTime::fromString(v[QLatin1StringView("last_refresh")].toString(), Qt::ISODate).isValid();
        }
        QCOMPARE(refreshed, 2);
        for (const QString &name : {QStringLiteral("bomb"), QStringLiteral("tofile")})
            QCOMPARE(paperboy({QStringLiteral("sources"), QStringLiteral("remove"), name}).code, 0);
    }

    void dayPartTemplate()
    {
        // A log kept as …/paper_logs/{yyyy}/{mm}/{dd}.md, in a library of its own.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("log.sqlite"));
        const auto run = [&db](const QStringList &args) { return FetchFixture::paperboy(db, args); };
        const QString logUrl = m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{dd}.md");

        // Templates that name no single day, or use a placeholder there is not, are refused.
        Run r = run(
            {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("monthly"), m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}.md")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not name one day")), qPrintable(r.err));
        r = run(
            {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("typo"), m_server.base() + QStringLiteral("/paper_logs/{yyyy}/{mm}/{day}.md")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown placeholder {day}")), qPrintable(r.err));
        QVERIFY(run({QStringLiteral("sources"), QStringLiteral("list")}).out.contains(QStringLiteral("no sources")));

        r = run({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("log"), logUrl});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_server.clearRequests();
        r = run({QStringLiteral("fetch"), QStringLiteral("--from"), QStringLiteral("2025-05-22"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 1); // 05-22 is not there
        QVERIFY2(r.out.contains(QStringLiteral("log 2025-05-24: imported %1 papers").arg(TestCorpus::kPapers)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("log 2025-05-23: imported %1 papers").arg(TestCorpus::kPapers)));
        QVERIFY(r.out.contains(QStringLiteral("log 2025-05-22: failed: not found (HTTP 404) [http-404]")));
        QStringList targets;
        for (const auto &req : m_server.requests())
            targets << QString::fromLatin1(req.target);
        targets.sort();
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("/paper_logs/2025/05/22.md"), QStringLiteral("/paper_logs/2025/05/23.md"),
                              QStringLiteral("/paper_logs/2025/05/24.md")}));

        // Again: one conditional request a day, each answered 304.
        m_server.clearRequests();
        r = run({QStringLiteral("fetch"), QStringLiteral("--from"), QStringLiteral("2025-05-23"), QStringLiteral("--to"), QStringLiteral("2025-05-24"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server.requests().size(), 2);
        for (const auto &req : m_server.requests())
            QVERIFY(!req.header("If-None-Match").isEmpty());
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        for (const auto &v : array) {
            QCOMPARE(v[QLatin1StringView("outcome")].toString(), QStringLiteral("unchanged"));
            QCOMPARE(v[QLatin1StringView("url")].toString(),
                     m_server.base() + QStringLiteral("/paper_logs/")
                         + QDate::fromString(v[QLatin1StringView("date")].toString(), Qt::ISODate).toString(u"yyyy/MM/dd") + QStringLiteral(".md"));
        }
    }

    void fetchUsage()
    {
        Run r = paperboy({QStringLiteral("fetch"), QStringLiteral("--from"), QStringLiteral("May 24")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not a date")));
        r = paperboy({QStringLiteral("fetch"), QStringLiteral("--source"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no source named nope")));
        r = paperboy({QStringLiteral("fetch"), QStringLiteral("--from"), QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-01")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("after it ends")));
        r = paperboy({QStringLiteral("fetch"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 2);

        QTemporaryDir empty;
        r = FetchFixture::paperboy(empty.filePath(QStringLiteral("none.sqlite")), {QStringLiteral("fetch")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no sources")));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
