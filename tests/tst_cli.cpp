// The command line in-process (paperboy_cli): the table of commands makes the usage, each command's
// help and the dispatch; usage errors, date options and "--" behave the same for every command.
#include "commandline.h"
#include "library/library.h"
#include "testcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Paperboy;
using App::CommandLine;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// The dispatcher with the output captured: `paperboy --db DB ARGS...`.
Run paperboy(const QString &db, const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CommandLine::run(QStringList{QStringLiteral("paperboy"), QStringLiteral("--db"), db} + args, out, err);
    return r;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run paperboy(const QStringList &args) { return ::paperboy(m_db, args); }
    // A library file in a folder that does not exist: a command that opened it would fail.
    QString absentDb() const { return m_dir.filePath(QStringLiteral("absent/lib.sqlite")); }

    qsizetype searchCount(const QStringList &query)
    {
        const Run r = paperboy(
            QStringList{QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--")} + query);
        if (r.code != 0)
            return -1;
        return QJsonDocument::fromJson(r.out.toUtf8()).array().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        const Run r = paperboy({QStringLiteral("import"), TestCorpus::dir()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("imported 2025-05-24 (%1 papers)").arg(TestCorpus::kPapers)), qPrintable(r.out));
    }

    void outputIsCaptured()
    {
        const Run r = paperboy({QStringLiteral("list"), QStringLiteral("days")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2025-05-24\t%1\t%1\n").arg(TestCorpus::kPapers));
        QVERIFY(r.err.isEmpty());
    }

    // A folder of several days goes through the window's import (batches, parsing ahead): still a
    // line per file in the files' order, each as its batch is committed, a rejected file among
    // them rejected alone, and the next run finds the days unchanged.
    void importOfSeveralFilesKeepsTheirOrder()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QByteArray corpus = TestCorpus::dayBytes();
        QStringList files;
        for (int i = 0; i < 5; ++i) {
            const QString date = TestCorpus::kDay.addDays(10 + i).toString(Qt::ISODate);
            QFile f(folder.filePath(date + QStringLiteral(".md")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(i == 2 ? QByteArray("# nothing\n") : QByteArray(corpus).replace("2025-05-24", date.toUtf8()));
            files << f.fileName();
        }
        const QString db = m_dir.filePath(QStringLiteral("several.sqlite"));
        const auto lines = [&](const QString &third, const QString &others) {
            QStringList expected;
            for (int i = 0; i < 5; ++i)
                expected << files.at(i) + QStringLiteral(": ")
                        + (i == 2 ? third : others.arg(TestCorpus::kDay.addDays(10 + i).toString(Qt::ISODate)).arg(TestCorpus::kPapers));
            return expected.join(u'\n') + u'\n';
        };
        // Four days in, one file rejected: partly imported (3), not "nothing" (1).
        Run r = ::paperboy(db, {QStringLiteral("import"), folder.path()});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, lines(QStringLiteral("rejected"), QStringLiteral("imported %1 (%2 papers)")));
        QVERIFY2(r.err.contains(QStringLiteral("no papers")), qPrintable(r.err));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("days")});
        QCOMPARE(r.out.count(u'\n'), 4);
        r = ::paperboy(db, {QStringLiteral("import"), folder.path()});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.out, lines(QStringLiteral("rejected"), QStringLiteral("unchanged %1 (%2 papers)")));
        // Only the rejected file: nothing imported (1); only good files: 0.
        r = ::paperboy(db, {QStringLiteral("import"), files.at(2)});
        QCOMPARE(r.code, 1);
        r = ::paperboy(db, {QStringLiteral("import"), files.at(0), files.at(1)});
        QCOMPARE(r.code, 0);
    }

    // Two publishers of one day: list papers --json names them (the shown one first), list
    // publishers lists both, prefer switches whose summary and order the day has.
    void publishersInTheListAndPreferred()
    {
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("a")) && QDir(folder.path()).mkpath(QStringLiteral("log/2025/05")));
        QFile a(folder.filePath(QStringLiteral("a/2025-05-24.md")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(TestCorpus::dayBytes());
        a.close();
        QFile b(folder.filePath(QStringLiteral("log/2025/05/24.md")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("# Daily Papers – 2025-05-24\n\n## 2505.96410\n\n**Summary**:\n```markdown\n# ToolSmith\n\n## 1. 동기\n\n다른 요약입니다.\n```\n");
        b.close();
        const QString db = m_dir.filePath(QStringLiteral("publishers.sqlite"));
        QCOMPARE(::paperboy(db, {QStringLiteral("import"), a.fileName(), b.fileName()}).code, 0);
        Run r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray papers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(papers.size(), TestCorpus::kPapers);
        QCOMPARE(papers.at(0).toObject().value(QStringLiteral("publishers")).toArray(), QJsonArray{QStringLiteral("a")});
        QCOMPARE(papers.at(2).toObject().value(QStringLiteral("arxiv_id")).toString(), TestCorpus::kToolSmith);
        QCOMPARE(papers.at(2).toObject().value(QStringLiteral("publishers")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("log")}));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("publishers")});
        QCOMPARE(r.out.count(u'\n'), 2);
        QVERIFY(r.out.contains(QStringLiteral("\tlog\t1\t")));
        r = ::paperboy(db, {QStringLiteral("prefer"), QStringLiteral("log")});
        QCOMPARE(r.code, 0);
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")});
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("arxiv_id")).toString(), TestCorpus::kToolSmith);
        QCOMPARE(first.value(QStringLiteral("publishers")).toArray(), (QJsonArray{QStringLiteral("log"), QStringLiteral("a")}));
        QCOMPARE(::paperboy(db, {QStringLiteral("prefer"), QStringLiteral("nobody")}).code, 1);

        // remove: one publisher's digest, then the day; a star on a paper stays.
        QCOMPARE(::paperboy(db, {QStringLiteral("star"), TestCorpus::kSciLoop}).code, 0);
        QCOMPARE(::paperboy(db, {QStringLiteral("remove")}).code, 2);
        QCOMPARE(
            ::paperboy(
                db, {QStringLiteral("remove"), QStringLiteral("--day"), QStringLiteral("2025-05-24"), QStringLiteral("--publisher"), QStringLiteral("nobody")})
                .code,
            1);
        r = ::paperboy(db,
                       {QStringLiteral("remove"), QStringLiteral("--day"), QStringLiteral("2025-05-24"), QStringLiteral("--publisher"), QStringLiteral("log")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("removed the digest of 2025-05-24 by log")), qPrintable(r.out));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), TestCorpus::kPapers);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("arxiv_id")).toString(), TestCorpus::kSciLoop);
        r = ::paperboy(db, {QStringLiteral("remove"), QStringLiteral("--day"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 0);
        QCOMPARE(::paperboy(db, {QStringLiteral("list"), QStringLiteral("days")}).out, QString());
        QCOMPARE(::paperboy(db, {QStringLiteral("remove"), QStringLiteral("--day"), QStringLiteral("2025-05-24")}).code, 1);
        QCOMPARE(::paperboy(db, {QStringLiteral("import"), a.fileName()}).code, 0);
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("starred")).toBool());
    }

    // One table: names are unique, every entry has what the usage, the help and the dispatch need.
    void tableIsComplete()
    {
        QStringList names;
        for (const App::Command &c : CommandLine::commands()) {
            QVERIFY(c.name && c.synopsis && c.description && c.run);
            QVERIFY2(!names.contains(c.nameText()), c.name);
            names << c.nameText();
            QCOMPARE(CommandLine::command(c.nameText()), &c);
            QStringList options;
            for (const App::CommandOption &o : c.options) {
                QVERIFY(o.name && o.description);
                QVERIFY2(!options.contains(QLatin1StringView(o.name)), o.name);
                options << QLatin1StringView(o.name);
            }
            QVERIFY(!options.contains(QStringLiteral("help")));
        }
        for (const char *name : {"import", "search", "list", "tag", "untag", "note", "star", "compare", "export", "import-notes", "sources add", "sources list",
                                 "sources remove", "fetch", "recover", "prefer"})
            QVERIFY2(names.contains(QLatin1StringView(name)), name);
        QVERIFY(!CommandLine::command(QStringLiteral("frobnicate")));
    }

    // Without a command: the usage on stderr and exit 2; asked for (--help), on stdout and exit 0.
    // Both list every command of the table with its description.
    void usageListsEveryCommand()
    {
        const Run none = ::paperboy(absentDb(), {});
        QCOMPARE(none.code, 2);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.startsWith(QStringLiteral("paperboy: no command\n")), qPrintable(none.err));
        const Run help = ::paperboy(absentDb(), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.err.isEmpty());
        QCOMPARE(help.out, CommandLine::usage());
        for (const Run &r : {none, help}) {
            const QString text = r.out + r.err;
            for (const App::Command &c : CommandLine::commands()) {
                QVERIFY2(text.contains(QStringLiteral("  ") + c.nameText() + QStringLiteral("  ")), c.name);
                QVERIFY2(text.contains(translated(c.description)), c.name);
            }
            QVERIFY(text.contains(QStringLiteral("  recover  ")));
        }
        QVERIFY(!QFileInfo::exists(QFileInfo(absentDb()).path()));
    }

    void unknownCommandFails()
    {
        const Run r = paperboy({QStringLiteral("frobnicate"), QStringLiteral("--help")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: unknown command 'frobnicate'\n")), qPrintable(r.err));
        QVERIFY(r.err.contains(CommandLine::usage()));
    }

    // Every command of the table answers -h and --help, after it or before it, with its own usage
    // on stdout and exit 0, without opening the library.
    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args");
        for (const App::Command &c : CommandLine::commands()) {
            const QStringList words = c.nameText().split(u' ');
            QTest::addRow("%s --help", c.name) << c.nameText() << words + QStringList{QStringLiteral("--help")};
            QTest::addRow("%s -h", c.name) << c.nameText() << words + QStringList{QStringLiteral("-h")};
            QTest::addRow("--help %s", c.name) << c.nameText() << QStringList{QStringLiteral("--help")} + words;
            // After other words and options too, but not after "--".
            QTest::addRow("%s x --json -h", c.name) << c.nameText() << words + QStringList{QStringLiteral("x"), QStringLiteral("--json"), QStringLiteral("-h")};
        }
    }

    void everyCommandAnswersHelp()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        const App::Command *command = CommandLine::command(name);
        QVERIFY(command);
        const Run r = ::paperboy(absentDb(), args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.out, command->help());
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: paperboy [--db FILE] ") + name));
        QVERIFY(r.out.contains(translated(command->description)));
        for (const App::CommandOption &o : command->options) {
            QVERIFY2(r.out.contains(QStringLiteral("  ") + o.syntax() + QStringLiteral("  ")), o.name);
            if (!o.choices) {
                QVERIFY2(r.out.contains(translated(o.description)), o.name);
                continue;
            }
            // Values from another table (export --format): every one is listed, through the
            // description's pattern ("%1 or %2.").
            QStringList values = o.choices();
            QVERIFY2(values.size() >= 2, o.name);
            const QString last = values.takeLast();
            QVERIFY2(r.out.contains(translated(o.description).arg(values.join(QStringLiteral(", ")), last)), o.name);
        }
        QVERIFY(r.out.contains(QStringLiteral("  -h, --help  ")));
        QVERIFY(!QFileInfo::exists(QFileInfo(absentDb()).path()));
    }

    // The regressions: export took --help for an unknown option, import for a file to import,
    // import-notes for a bad file name.
    void helpIsNotAnArgument()
    {
        const Run exportHelp = ::paperboy(absentDb(), {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(exportHelp.code, 0);
        QVERIFY(!exportHelp.err.contains(QStringLiteral("Unknown option")));
        QVERIFY(exportHelp.out.contains(QStringLiteral("--format FORMAT")));
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run importHelp = paperboy({QStringLiteral("import"), flag});
            QCOMPARE(importHelp.code, 0);
            QVERIFY2(importHelp.err.isEmpty(), qPrintable(importHelp.err));
            QVERIFY(!importHelp.out.contains(QStringLiteral("2025-05-24")));
            QVERIFY(importHelp.out.startsWith(QStringLiteral("Usage: paperboy [--db FILE] import PATH...")));
            const Run notesHelp = paperboy({QStringLiteral("import-notes"), flag});
            QCOMPARE(notesHelp.code, 0);
            QVERIFY(notesHelp.out.startsWith(QStringLiteral("Usage: paperboy [--db FILE] import-notes FILE.json")));
        }
        // After "--" the word is a path like any other: here one that is not there.
        const Run asPath = paperboy({QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("--help")});
        QCOMPARE(asPath.code, 1);
        QVERIFY2(asPath.err.startsWith(QStringLiteral("--help: error: cannot read")), qPrintable(asPath.err));
        // And a tag may be any word after "--".
        const Run tagged = paperboy({QStringLiteral("tag"), TestCorpus::kJudgeRm, QStringLiteral("--"), QStringLiteral("--help")});
        QVERIFY2(tagged.code == 0, qPrintable(tagged.err));
        QCOMPARE(tagged.out, TestCorpus::kJudgeRm + QStringLiteral("\t--help\n"));
        QCOMPARE(paperboy({QStringLiteral("untag"), TestCorpus::kJudgeRm, QStringLiteral("--"), QStringLiteral("--help")}).out,
                 TestCorpus::kJudgeRm + QStringLiteral("\t\n"));
    }

    // A query that starts with "-" goes after "--", as the help of search says.
    void searchWordAfterDoubleDash()
    {
        QVERIFY(translated(CommandLine::command(QStringLiteral("search"))->details).contains(QStringLiteral("search --json -- -survey")));
        const qsizetype all = searchCount({QStringLiteral("모델")});
        const qsizetype without = searchCount({QStringLiteral("-확산"), QStringLiteral("모델")});
        const qsizetype with = searchCount({QStringLiteral("모델"), QStringLiteral("확산")});
        QVERIFY(all > 0 && with > 0 && without > 0);
        QCOMPARE(without + with, all);
        const Run option = paperboy({QStringLiteral("search"), QStringLiteral("-확산"), QStringLiteral("모델")});
        QCOMPARE(option.code, 2);
        QCOMPARE(paperboy({QStringLiteral("search"), QStringLiteral("--"), QStringLiteral("-확산")}).code, 2); // only a NOT
    }

    // A usage error is one line that names the command's help, for every command.
    void usageErrorNamesTheCommandsHelp_data()
    {
        QTest::addColumn<QString>("name");
        for (const App::Command &c : CommandLine::commands())
            if (c.arguments == App::Command::Arguments::Options)
                QTest::newRow(c.name) << c.nameText();
    }

    void usageErrorNamesTheCommandsHelp()
    {
        QFETCH(QString, name);
        const Run r = paperboy(name.split(u' ') + QStringList{QStringLiteral("--frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: ")), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("(see paperboy %1 --help)").arg(name)), qPrintable(r.err));
    }

    void groupHelp()
    {
        const Run help = ::paperboy(absentDb(), {QStringLiteral("sources"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out, CommandLine::groupHelp(QStringLiteral("sources")));
        for (const char *name : {"sources add", "sources list", "sources remove"})
            QVERIFY2(help.out.contains(QStringLiteral("  %1  ").arg(QLatin1StringView(name))), name);
        QVERIFY(!help.out.contains(QStringLiteral("  fetch")));
        for (const QStringList &args : {QStringList{QStringLiteral("sources")}, QStringList{QStringLiteral("sources"), QStringLiteral("frob")}}) {
            const Run r = ::paperboy(absentDb(), args);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err, QStringLiteral("paperboy: sources takes add, list, remove (see paperboy sources --help)\n"));
        }
        QVERIFY(!QFileInfo::exists(QFileInfo(absentDb()).path()));
    }

    // Every DATE option of every command is read by the same rule: YYYY-MM-DD, and --day goes with
    // neither --from nor --to.
    void dateOptionsAreReadAlike_data()
    {
        QTest::addColumn<QStringList>("args");
        int dated = 0;
        for (const App::Command &c : CommandLine::commands()) {
            for (const App::CommandOption &o : c.options) {
                if (!o.isDate())
                    continue;
                ++dated;
                QTest::addRow("%s --%s", c.name, o.name)
                    << c.nameText().split(u' ') + QStringList{QStringLiteral("--") + QLatin1StringView(o.name), QStringLiteral("2025-13-01")};
            }
        }
        QCOMPARE(dated, 7); // list --day; remove --day; export --day, --from, --to; fetch --from, --to
    }

    void dateOptionsAreReadAlike()
    {
        QFETCH(QStringList, args);
        const Run r = paperboy(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("paperboy: not a date: '2025-13-01' (use YYYY-MM-DD)")), qPrintable(r.err));
    }

    void dayGoesAlone()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.bib"));
        Run r = paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("--out"), out, QStringLiteral("--day"),
                          QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("give either --day or --from/--to")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        r = paperboy({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("--out"), out, QStringLiteral("--from"),
                      QStringLiteral("2025-05-24"), QStringLiteral("--to"), QStringLiteral("2025-05-24")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("wrote %1 (papers: %2)\n").arg(out).arg(TestCorpus::kPapers));
        r = paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--day"), QStringLiteral("2025-05-23")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        r = paperboy({QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--day"), QStringLiteral("2025-05-24")});
        QCOMPARE(r.out.count(u'\n'), TestCorpus::kPapers);
    }

    // A CSV export says how many highlight rows it wrote, and that there were none when the papers
    // have no highlights (then the file is only its header), not a count of papers.
    void csvExportCountsItsRows()
    {
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        const QStringList args{QStringLiteral("export"),
                               QStringLiteral("--format"),
                               QStringLiteral("csv"),
                               QStringLiteral("--day"),
                               QStringLiteral("2025-05-24"),
                               QStringLiteral("--out"),
                               csv};
        Run r = paperboy(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("wrote %1 with only its header row (highlights: 0, papers: %2)\n").arg(csv).arg(TestCorpus::kPapers));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 1);
        file.close();

        const QString db = m_dir.filePath(QStringLiteral("rows.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            Core::Highlight h;
            h.arxivId = QStringLiteral("2505.96265");
            h.sectionKind = QStringLiteral("results");
            h.exact = QStringLiteral("8% 초과하는 성능을 달성하였습니다");
            QVERIFY(lib.annotations().addHighlight(h).ok());
        }
        r = ::paperboy(db, args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("wrote %1 (highlights: 1, from papers: %2)\n").arg(csv).arg(TestCorpus::kPapers));
    }

    // A library that cannot be opened is exit 2, after the words were read.
    void libraryThatCannotBeOpened()
    {
        const QString db = m_dir.filePath(QStringLiteral("not-a-library.sqlite"));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        Run r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("days")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a Paperboy library")), qPrintable(r.err));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("days"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")) && !r.err.contains(QStringLiteral("not a Paperboy library")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
