// The CLI end to end: import exit codes and diagnostics, search and list output (text and JSON).
#include "testcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run {
        int code;
        QString out;
        QString err;
    };

    Run paperboy(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands must not need a display at all
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERBOY_BINARY), QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args);
        if (!p.waitForFinished(60000))
            qFatal("paperboy did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        const Run r = paperboy({QStringLiteral("import"), TestCorpus::dir()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("imported 2025-05-24 (%1 papers)").arg(TestCorpus::kPapers)));
    }

    void reimportIsUnchanged()
    {
        const Run r = paperboy({QStringLiteral("import"), TestCorpus::day()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("unchanged")));
    }

    void rejectedFileExitsOne()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("notes.md")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("# nothing\n");
        bad.close();
        const Run r = paperboy({QStringLiteral("import"), bad.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("rejected")));
        QVERIFY2(r.err.contains(QStringLiteral("error: no date")), qPrintable(r.err));
        QCOMPARE(paperboy({QStringLiteral("import"), dir.filePath(QStringLiteral("missing.md"))}).code, 1);
    }

    void searchText()
    {
        const Run r = paperboy({QStringLiteral("search"), QStringLiteral("강화학습"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QStringList cols = line.split(u'\t');
            QCOMPARE(cols.size(), 4);
            QCOMPARE(cols[1], QStringLiteral("2025-05-24"));
            QVERIFY(cols[3].contains(u'['));
        }
    }

    void searchJsonWithSection()
    {
        const Run r = paperboy(
            {QStringLiteral("search"), QStringLiteral("RM-Bench"), QStringLiteral("--section"), QStringLiteral("experiments"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a[0].toObject()[QStringLiteral("arxiv_id")].toString(), QStringLiteral("2505.96265"));
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--section"), QStringLiteral("nope")}).code, 2);
    }

    void searchByTagOption()
    {
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("모델"), QStringLiteral("--tag"), QStringLiteral("없는 태그"), QStringLiteral("--json")})
                     .out.trimmed(),
                 QStringLiteral("[\n]"));
    }

    void listDaysAndPapers()
    {
        Run r = paperboy({QStringLiteral("list"), QStringLiteral("days"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject()[QStringLiteral("papers")].toInt(), TestCorpus::kPapers);
        r = paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--day"), QStringLiteral("2025-05-24"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), TestCorpus::kPapers);
        const QJsonObject first = a[0].toObject();
        for (const char *key : {"arxiv_id", "date", "position", "title", "sections", "starred", "read", "tags", "has_note", "highlights"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first[QStringLiteral("sections")].toArray().size(), 7);
        QCOMPARE(paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--day"), QStringLiteral("yesterday")}).code, 2);
        QCOMPARE(paperboy({QStringLiteral("list"), QStringLiteral("things")}).code, 2);
    }

    void userDataCommands()
    {
        QCOMPARE(paperboy({QStringLiteral("tag"), QStringLiteral("2505.96265"), QStringLiteral("보상 모델"), QStringLiteral("rl")}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("untag"), QStringLiteral("2505.96265"), QStringLiteral("rl")}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("star"), QStringLiteral("2505.96265")}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("note"), QStringLiteral("2505.96265"), QStringLiteral("--set"), QStringLiteral("메모 & {x} $y")}).code, 0);
        QTemporaryDir dir;
        QFile noteFile(dir.filePath(QStringLiteral("n.md")));
        QVERIFY(noteFile.open(QIODevice::WriteOnly));
        noteFile.write("# 파일에서\n\n- 항목\n");
        noteFile.close();
        QCOMPARE(paperboy({QStringLiteral("note"), QStringLiteral("2505.96938"), QStringLiteral("--file"), noteFile.fileName()}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("note"), QStringLiteral("2505.96938")}).out, QStringLiteral("# 파일에서\n\n- 항목\n"));

        const QJsonArray a
            = QJsonDocument::fromJson(paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")}).out.toUtf8()).array();
        QJsonObject judgeRm;
        for (const auto &v : a)
            if (v.toObject()[QStringLiteral("arxiv_id")].toString() == QStringLiteral("2505.96265"))
                judgeRm = v.toObject();
        QCOMPARE(judgeRm[QStringLiteral("tags")].toArray(), QJsonArray{QStringLiteral("보상 모델")});
        QVERIFY(judgeRm[QStringLiteral("starred")].toBool());
        QVERIFY(judgeRm[QStringLiteral("has_note")].toBool());
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("메모"), QStringLiteral("--json")}).out.count(QStringLiteral("2505.96265")), 1);

        QCOMPARE(paperboy({QStringLiteral("star"), QStringLiteral("2505.96265"), QStringLiteral("--off")}).code, 0);
        for (const auto &v :
             QJsonDocument::fromJson(paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")}).out.toUtf8()).array())
            if (v.toObject()[QStringLiteral("arxiv_id")].toString() == QStringLiteral("2505.96265"))
                QVERIFY(!v.toObject()[QStringLiteral("starred")].toBool());
        // Unknown ids and missing arguments are refused with a reason.
        const Run unknown = paperboy({QStringLiteral("tag"), QStringLiteral("9999.00001"), QStringLiteral("x")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no paper 9999.00001")));
        QCOMPARE(paperboy({QStringLiteral("note"), QStringLiteral("2505.96265")}).out, QStringLiteral("메모 & {x} $y"));
        QCOMPARE(paperboy({QStringLiteral("note"), QStringLiteral("2505.96265"), QStringLiteral("--set"), QStringLiteral("a"), QStringLiteral("--file"),
                           QStringLiteral("b")})
                     .code,
                 2);
        QCOMPARE(paperboy({QStringLiteral("star")}).code, 2);
    }

    // Titles, snippets, tags and notes come from digests, servers and notes files: no escape
    // sequence in them reaches the terminal through the text output.
    void controlCharactersAreWrittenOut()
    {
        const QString db = m_dir.filePath(QStringLiteral("escapes.sqlite"));
        const QString digest = m_dir.filePath(QStringLiteral("2025-06-09.md"));
        QFile f(digest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# \xF0\x9F\x93\xB0 Hugging Face Daily Papers \xE2\x80\x93 2025-06-09\n\n## 2506.90101\n"
                "\xF0\x9F\x94\x97 https://huggingface.co/papers/2506.90101\n\n**Summary**:\n```markdown\n"
                "# Evil \x1b]0;pwned\x07title \x1b[2J\xC2\x9B"
                "31m\xE2\x80\xAE"
                "txt.exe\n\n## 1. Motivation\n\nZyxwords \x1b[31mred\x1b[0m here.\n```\n");
        f.close();
        QCOMPARE(paperboy({QStringLiteral("import"), digest}, db).code, 0);
        QCOMPARE(paperboy({QStringLiteral("tag"), QStringLiteral("2506.90101"), QStringLiteral("a\x1b[8mhidden")}, db).code, 0);
        QCOMPARE(
            paperboy({QStringLiteral("note"), QStringLiteral("2506.90101"), QStringLiteral("--set"), QStringLiteral("line 1\n\x1b]52;c;cGF5\x07line 2")}, db)
                .code,
            0);
        const QList<Run> runs{paperboy({QStringLiteral("list"), QStringLiteral("papers")}, db),
                              paperboy({QStringLiteral("search"), QStringLiteral("zyxwords")}, db),
                              paperboy({QStringLiteral("tag"), QStringLiteral("2506.90101"), QStringLiteral("b")}, db),
                              paperboy({QStringLiteral("note"), QStringLiteral("2506.90101")}, db)};
        for (const Run &r : runs) {
            QCOMPARE(r.code, 0);
            QVERIFY(!r.out.isEmpty());
            for (const QChar c : r.out)
                QVERIFY2(c == u'\n' || c == u'\t'
                             || (c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() < 0xa0) && c.unicode() != 0x202e),
                         qPrintable(QStringLiteral("U+%1 in %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(r.out)));
        }
        QVERIFY2(runs[0].out.contains(QStringLiteral("Evil \\x1b]0;pwned\\x07title")), qPrintable(runs[0].out));
        QVERIFY2(runs[0].out.contains(QStringLiteral("\\x9b31m\\u202etxt.exe")), qPrintable(runs[0].out));
        QVERIFY2(runs[1].out.contains(QStringLiteral("\\x1b[31mred")), qPrintable(runs[1].out));
        QVERIFY2(runs[2].out.contains(QStringLiteral("a\\x1b[8mhidden")), qPrintable(runs[2].out));
        QCOMPARE(runs[3].out, QStringLiteral("line 1\n\\x1b]52;c;cGF5\\x07line 2")); // lines kept, escapes written out
    }

    // Every command answers --help and -h with its own usage on stdout and exit 0, and opens no
    // library for it: export used to refuse "--help" as an unknown option, import to import a file of
    // that name, import-notes to take it for a bad file name.
    void commandsAnswerHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("option");
        QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")} << QStringLiteral("paperboy [--db FILE] export")
                                       << QStringLiteral("--summaries");
        QTest::newRow("export -h") << QStringList{QStringLiteral("export"), QStringLiteral("-h")} << QStringLiteral("paperboy [--db FILE] export")
                                   << QStringLiteral("--page-size");
        QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("paperboy [--db FILE] import")
                                       << QStringLiteral("PATH");
        QTest::newRow("import-notes -h") << QStringList{QStringLiteral("import-notes"), QStringLiteral("-h")}
                                         << QStringLiteral("paperboy [--db FILE] import-notes") << QStringLiteral("FILE.json");
        QTest::newRow("search --help") << QStringList{QStringLiteral("search"), QStringLiteral("--help")} << QStringLiteral("paperboy [--db FILE] search")
                                       << QStringLiteral("--limit");
        QTest::newRow("sources add --help") << QStringList{QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--help")}
                                            << QStringLiteral("paperboy [--db FILE] sources add") << QStringLiteral("--token-from-stdin");
        QTest::newRow("recover --help") << QStringList{QStringLiteral("recover"), QStringLiteral("--help")} << QStringLiteral("paperboy [--db FILE] recover")
                                        << QStringLiteral("--restore-backup");
    }

    void commandsAnswerHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        QFETCH(QString, option);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("none/lib.sqlite")); // a folder that is not there
        const Run r = paperboy(args, db);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(usage), qPrintable(r.out));
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none"))));
    }

    // A query word that starts with "-" (a NOT) goes after "--", which ends the options.
    void searchWordAfterDoubleDash()
    {
        const auto count = [this](const QStringList &query) {
            const Run r = paperboy(
                QStringList{QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--")}
                + query);
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array().size() : -1;
        };
        const qsizetype all = count({QStringLiteral("모델")});
        const qsizetype without = count({QStringLiteral("-확산"), QStringLiteral("모델")});
        const qsizetype with = count({QStringLiteral("모델"), QStringLiteral("확산")});
        QVERIFY(all > 0 && with > 0);
        QVERIFY(without > 0);
        QCOMPARE(without + with, all);
        // Without "--" the word is an unknown option, and nothing but a NOT is no query.
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("-확산"), QStringLiteral("모델")}).code, 2);
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("-확산")}).code, 2);
    }

    // export shows its progress on stderr when that is a terminal (script(1) gives it one), and
    // nothing of it when stderr is a pipe.
    void exportShowsProgressOnATerminal()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("progress.pdf"));
        const QStringList args{QStringLiteral("--db"),
                               m_db,
                               QStringLiteral("export"),
                               QStringLiteral("--format"),
                               QStringLiteral("pdf"),
                               QStringLiteral("--day"),
                               QStringLiteral("2025-05-24"),
                               QStringLiteral("--out"),
                               pdf};
        const Run piped = paperboy(args.mid(2));
        QCOMPARE(piped.code, 0);
        QVERIFY2(!piped.err.contains(QStringLiteral("exporting")), qPrintable(piped.err));
        QVERIFY(!piped.out.contains(u'%'));

        QStringList quoted{QStringLiteral(PAPERBOY_BINARY)};
        for (const QString &a : args)
            quoted << u'\'' + a + u'\'';
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("script"), {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), quoted.join(u' '), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString terminal = QString::fromUtf8(p.readAllStandardOutput());
        static const QRegularExpression step(QStringLiteral("\r\x1b\\[Kpaperboy: exporting: [0-9]+%"));
        QVERIFY2(terminal.count(step) >= 10, qPrintable(terminal)); // one line rewritten as the papers are laid out
        QVERIFY2(terminal.contains(QStringLiteral("\r\x1b[Kwrote ")), qPrintable(terminal)); // the progress line is cleared first
    }

    void environmentVariableNamesTheLibrary()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAPERBOY_DB"), m_db);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAPERBOY_BINARY), {QStringLiteral("list"), QStringLiteral("days")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QStringLiteral("2025-05-24\t%1\t%1").arg(TestCorpus::kPapers)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
