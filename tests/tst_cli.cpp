// The command line in-process (paperboy_cli): the table of commands makes the usage, each command's
// help and the dispatch; usage errors, date options and "--" behave the same for every command.
#include "commandline.h"
#include "library/library.h"
#include "recommenderfixture.h"
#include "testcorpus.h"
#include "topicsfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
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

    // list later / smart-lists and search --list: the reading queue in its order, the saved
    // searches with the number of papers each finds, a smart list run from the command line.
    void laterAndSmartListsFromTheCommandLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("lists.sqlite"));
        QCOMPARE(::paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code, 0);
        {
            Paperboy::Core::Library lib;
            QVERIFY(lib.open(db).ok());
            QVERIFY(lib.readingQueue().add({TestCorpus::kJudgeRm, TestCorpus::kSciLoop}).ok());
            QVERIFY(lib.smartLists().add(QStringLiteral("Queue"), QStringLiteral("is:later")).ok());
        }
        Run r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("later")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(TestCorpus::kJudgeRm + QStringLiteral("\t2025-05-24\t")));
        QVERIFY(lines.at(1).startsWith(TestCorpus::kSciLoop));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("later"), QStringLiteral("--json")});
        const QJsonArray later = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(later.size(), 2);
        QVERIFY(!later.at(0).toObject().value(QStringLiteral("added_at")).toString().isEmpty());
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("smart-lists"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.at(0).toObject().value(QStringLiteral("papers")).toInt(), 2);
        QCOMPARE(lists.at(0).toObject().value(QStringLiteral("query")).toString(), QStringLiteral("is:later"));
        r = ::paperboy(db, {QStringLiteral("search"), QStringLiteral("--list"), QStringLiteral("queue")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(TestCorpus::kJudgeRm), qPrintable(r.out)); // the queue's order
        QCOMPARE(r.out.count(u'\n'), 2);
        QCOMPARE(::paperboy(db, {QStringLiteral("search"), QStringLiteral("--list"), QStringLiteral("nope")}).code, 2);
    }

    // mute add|remove|list: the rule mutes at once (list days counts the day's muted papers and
    // leaves them out of its unread count), and in a library of its own, so the others stay unmuted.
    void muteRulesFromTheCommandLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("mute.sqlite"));
        QCOMPARE(::paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code, 0);
        Run r = ::paperboy(db, {QStringLiteral("mute"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
        r = ::paperboy(db, {QStringLiteral("mute"), QStringLiteral("add"), QStringLiteral("강화"), QStringLiteral("학습")});
        QCOMPARE(r.code, 0);
        const QRegularExpression line(QStringLiteral("^muted 강화 학습 \\((\\d+) papers\\)\n$"));
        const QRegularExpressionMatch m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int muted = m.captured(1).toInt();
        QVERIFY(muted > 10 && muted < TestCorpus::kPapers);
        // The joined spelling is the same rule's papers, and the same rule in another case is refused.
        r = ::paperboy(db, {QStringLiteral("mute"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("강화학습")});
        QCOMPARE(r.code, 0);
        const QJsonArray rules = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("phrase")).toString(), QStringLiteral("강화 학습"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("papers")).toInt(), muted);
        QCOMPARE(::paperboy(db, {QStringLiteral("mute"), QStringLiteral("add"), QStringLiteral("강화학습")}).code, 1);
        QCOMPARE(::paperboy(db, {QStringLiteral("mute"), QStringLiteral("add")}).code, 2);
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("days"), QStringLiteral("--json")});
        const QJsonObject day = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(day.value(QStringLiteral("muted")).toInt(), muted);
        QCOMPARE(day.value(QStringLiteral("unread")).toInt(), TestCorpus::kPapers - muted);
        QCOMPARE(::paperboy(db, {QStringLiteral("list"), QStringLiteral("days")}).out,
                 QStringLiteral("2025-05-24\t%1\t%2\n").arg(TestCorpus::kPapers).arg(TestCorpus::kPapers - muted));
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("papers"), QStringLiteral("--json")});
        int flagged = 0;
        for (const QJsonValue &p : QJsonDocument::fromJson(r.out.toUtf8()).array())
            flagged += p.toObject().value(QStringLiteral("muted")).toBool();
        QCOMPARE(flagged, muted);
        r = ::paperboy(db, {QStringLiteral("mute"), QStringLiteral("list")});
        QCOMPARE(r.out, QStringLiteral("강화 학습\t%1\n강화학습\t%1\n").arg(muted));
        // Removing one leaves the other muting the same papers; removing both unmutes them.
        QCOMPARE(::paperboy(db, {QStringLiteral("mute"), QStringLiteral("remove"), QStringLiteral("강화 학습")}).code, 0);
        QCOMPARE(::paperboy(db, {QStringLiteral("mute"), QStringLiteral("remove"), QStringLiteral("강화 학습")}).code, 1);
        r = ::paperboy(db, {QStringLiteral("mute"), QStringLiteral("remove"), QStringLiteral("--json"), QStringLiteral("강화학습")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = ::paperboy(db, {QStringLiteral("list"), QStringLiteral("days"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("muted")).toInt(), 0);
        QVERIFY(::paperboy(db, {QStringLiteral("mute"), QStringLiteral("--help")}).out.contains(QStringLiteral("mute add")));
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

    // rank --day D: the digest's order with a warning until there are enough signals, then the
    // starred topic first with reasons that are words of the papers; --tag ranks by one tag's papers.
    void rankFromTheCommandLine()
    {
        using namespace RecommenderFixture;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rank.sqlite"));
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            QVERIFY(importAll(lib, dir));
        }
        const QString last = kFirstDay.addDays(kDays - 1).toString(Qt::ISODate);
        Run r = ::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), last, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("not enough signals")), qPrintable(r.err));
        QJsonArray papers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(papers.size(), kPapersPerDay);
        for (int i = 0; i < papers.size(); ++i) {
            QCOMPARE(papers.at(i)[QStringLiteral("arxiv_id")].toString(), paperId(kDays - 1, i)); // the digest's order
            QVERIFY(papers.at(i)[QStringLiteral("score")].isNull());
        }

        // Topic A starred on the first days, tagged "sparse" on three of them.
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            for (int d = 0; d < 6; ++d)
                for (int p = 0; p < kPapersPerDay; ++p)
                    if (topicAt(p) == Kind::A)
                        QVERIFY(lib.annotations().setStarred(paperId(d, p), true).ok());
            for (int d = 0; d < 3; ++d)
                for (int p = 0; p < kPapersPerDay; ++p)
                    if (topicAt(p) == Kind::B)
                        QVERIFY(lib.annotations().tagPapers({paperId(d, p)}, QStringLiteral("robots")).ok());
        }
        r = ::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), last, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        papers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(papers.size(), kPapersPerDay);
        double previous = 2;
        for (int i = 0; i < papers.size(); ++i) {
            const double score = papers.at(i)[QStringLiteral("score")].toDouble(-1);
            QVERIFY(score >= 0 && score <= 1);
            QVERIFY(score <= previous);
            previous = score;
        }
        QCOMPARE(topicOf(papers.at(0)[QStringLiteral("arxiv_id")].toString()), Kind::A);
        QCOMPARE(topicOf(papers.at(1)[QStringLiteral("arxiv_id")].toString()), Kind::A);
        const QString first = papers.at(0)[QStringLiteral("arxiv_id")].toString();
        const QJsonArray reasons = papers.at(0)[QStringLiteral("reasons")].toArray();
        QVERIFY(!reasons.isEmpty());
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            const auto detail = lib.catalog().paper(first, kFirstDay.addDays(kDays - 1));
            QVERIFY(detail);
            const QString text = textOf(lib, detail->listing);
            for (const QJsonValue &reason : reasons)
                QVERIFY2(text.contains(reason.toString().toCaseFolded()), qPrintable(reason.toString()));
        }
        QVERIFY(papers.at(0)[QStringLiteral("closest_starred")].toString().startsWith(QStringLiteral("2601.")));

        // A line per paper: id, score, title, reasons.
        r = ::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), last});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kPapersPerDay);
        QCOMPARE(lines.first().split(u'\t').first(), first);
        QCOMPARE(lines.first().split(u'\t').size(), 4);

        // --tag robots: topic B first.
        r = ::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), last, QStringLiteral("--tag"), QStringLiteral("robots"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        papers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(topicOf(papers.at(0)[QStringLiteral("arxiv_id")].toString()), Kind::B);
        QCOMPARE(topicOf(papers.at(1)[QStringLiteral("arxiv_id")].toString()), Kind::B);
        // A tag without enough papers: the digest's order and why.
        r = ::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), last, QStringLiteral("--tag"), QStringLiteral("nothing")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("not enough signals")));

        // Usage: --day is needed and must be a day of the library.
        QCOMPARE(::paperboy(db, {QStringLiteral("rank")}).code, 2);
        QCOMPARE(::paperboy(db, {QStringLiteral("rank"), QStringLiteral("--day"), QStringLiteral("2020-01-01")}).code, 1);
        QCOMPARE(::paperboy(db, {QStringLiteral("rank"), QStringLiteral("extra"), QStringLiteral("--day"), last}).code, 2);
    }

    // similar ID: the papers most like it, with the shared terms; 1 for an unknown paper, 2 for bad usage.
    void similarFromTheCommandLine()
    {
        Run r = paperboy({QStringLiteral("similar"), TestCorpus::kSciLoop, QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!found.isEmpty() && found.size() <= 3);
        for (const QJsonValue &v : found) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("arxiv_id")).toString() != TestCorpus::kSciLoop);
            QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2025-05-24"));
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("score")).toDouble() > 0);
            QVERIFY(!o.value(QStringLiteral("terms")).toArray().isEmpty());
        }
        r = paperboy({QStringLiteral("similar"), TestCorpus::kSciLoop, QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), found.size());
        const QStringList fields = lines.first().split(u'\t');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), found.first().toObject().value(QStringLiteral("arxiv_id")).toString());
        QCOMPARE(fields.at(4).split(QStringLiteral(", ")).size(), found.first().toObject().value(QStringLiteral("terms")).toArray().size());
        r = paperboy({QStringLiteral("similar"), QStringLiteral("2599.99999")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2599.99999")), qPrintable(r.err));
        QCOMPARE(paperboy({QStringLiteral("similar")}).code, 2);
        QCOMPARE(paperboy({QStringLiteral("similar"), TestCorpus::kSciLoop, QStringLiteral("--limit"), QStringLiteral("0")}).code, 2);
        QCOMPARE(paperboy({QStringLiteral("similar"), TestCorpus::kSciLoop, TestCorpus::kJudgeRm}).code, 2);
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
                                 "sources remove", "fetch", "recover", "prefer", "stats", "topics"})
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

    // sync init, sync and sync status (the syncing itself: tst_sync).
    void syncCommands()
    {
        const QString db = m_dir.filePath(QStringLiteral("sync.sqlite"));
        Run r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("sync init")), qPrintable(r.out));
        r = ::paperboy(db, {QStringLiteral("sync")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sync init")), qPrintable(r.err));
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("init")});
        QCOMPARE(r.code, 2);
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("init"), m_dir.filePath(QStringLiteral("syncdir")), QStringLiteral("--token-from-stdin")});
        QCOMPARE(r.code, 2); // a token is for an https remote
        const QString dir = m_dir.filePath(QStringLiteral("syncdir"));
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("init"), dir, QStringLiteral("--name"), QStringLiteral("desk")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/.git")));
        QVERIFY(::paperboy(db, {QStringLiteral("import"), TestCorpus::day()}).code == 0);
        QVERIFY(::paperboy(db, {QStringLiteral("tag"), TestCorpus::kSciLoop, QStringLiteral("llm")}).code == 0);
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("device")).toString(), QStringLiteral("desk"));
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 2); // the paper and the new tag's colour
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("sent")).toInt(), 1);
        r = ::paperboy(db, {QStringLiteral("sync")}); // no remote: committed in the folder
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/papers/2505/96/%1.json").arg(TestCorpus::kSciLoop)));
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
        status = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);
        QVERIFY(!status.value(QStringLiteral("last_sync")).toString().isEmpty());
        r = ::paperboy(db, {QStringLiteral("sync"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QStringLiteral("pending changes: 0")), qPrintable(r.out));
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
        QCOMPARE(dated, 12); // list --day; remove --day; rank --day; export --day, --from, --to; fetch --from, --to; stats, topics --from, --to
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

    // stats: the store's figures as a summary and as JSON, for the range given or the last 365 days.
    void statsSummaryAndJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("stats.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        const QString a = TestCorpus::kSciLoop, b = TestCorpus::kDriftBench, c = TestCorpus::kToolSmith;
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            // At noon UTC: the same local date in any time zone within eleven hours of UTC.
            QSqlQuery q(lib.database().sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events(at, arxiv_id, kind) VALUES "
                                          "('2025-05-20T12:00:00.000Z', '%1', 'read'), ('2025-05-20T12:01:00.000Z', '%2', 'read'), "
                                          "('2025-05-21T12:00:00.000Z', '%1', 'keep'), ('2025-05-21T12:00:00.000Z', '%2', 'later'), "
                                          "('2025-05-21T12:00:00.000Z', '%3', 'skip'), ('2025-05-26T12:00:00.000Z', '%3', 'read')")
                               .arg(a, b, c)));
            QVERIFY(lib.annotations().tagPapers({a, b}, QStringLiteral("agents")).ok());
        }
        Run r = ::paperboy(db,
                           {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2025-05-19"), QStringLiteral("--to"),
                            QStringLiteral("2025-05-25"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2025-05-19"));
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2025-05-25"));
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("read")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("kept")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("later")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("decisions")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("days_read")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("longest_streak")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("longest_streak_end")).toString(), QStringLiteral("2025-05-20"));
        QCOMPARE(totals.value(QStringLiteral("current_streak")).toInt(), 0);
        const QJsonArray days = json.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days[1].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-05-20"));
        QCOMPARE(days[1].toObject().value(QStringLiteral("read")).toInt(), 2);
        QCOMPARE(days[2].toObject().value(QStringLiteral("kept")).toInt(), 1);
        QCOMPARE(days[2].toObject().value(QStringLiteral("decisions")).toInt(), 3);
        const QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
        QCOMPARE(weeks.size(), 1);
        QCOMPARE(weeks[0].toObject(),
                 (QJsonObject{{QStringLiteral("week"), QStringLiteral("2025-W21")},
                              {QStringLiteral("monday"), QStringLiteral("2025-05-19")},
                              {QStringLiteral("keep"), 1},
                              {QStringLiteral("later"), 1},
                              {QStringLiteral("skip"), 1}}));
        QCOMPARE(json.value(QStringLiteral("months")).toArray(), QJsonArray{QStringLiteral("2025-05")});
        const QJsonArray tags = json.value(QStringLiteral("top_tags")).toArray();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0].toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("agents"));
        QCOMPARE(tags[0].toObject().value(QStringLiteral("papers")).toInt(), 2);
        QCOMPARE(tags[0].toObject().value(QStringLiteral("per_month")).toArray(), QJsonArray{2});

        r = ::paperboy(db,
                       {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2025-05-19"), QStringLiteral("--to"), QStringLiteral("2025-05-25")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Reading statistics from 2025-05-19 to 2025-05-25 (local dates)\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2025-W21  2025-05-19     1      1     1\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\n  agents +2  2025-05: 2\n"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\nDecisions +3\n"))), qPrintable(r.out));

        // Without dates: the last 365 days up to today; --from alone: up to today.
        r = ::paperboy(db, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject year = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(year.value(QStringLiteral("to")).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(year.value(QStringLiteral("days")).toArray().size(), 365);
        r = ::paperboy(db, {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2025-05-26")});
        year = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(year.value(QStringLiteral("to")).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(year.value(QStringLiteral("totals")).toObject().value(QStringLiteral("read")).toInt(), 1);

        r = ::paperboy(db,
                       {QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2025-05-26"), QStringLiteral("--to"), QStringLiteral("2025-05-25")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--from 2025-05-26 is after --to 2025-05-25")), qPrintable(r.err));
        r = ::paperboy(db, {QStringLiteral("stats"), QStringLiteral("weekly")});
        QCOMPARE(r.code, 2);
    }

    // topics: the invented word of TopicsFixture first, as lines and as JSON.
    void topicsLinesAndJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("topics.sqlite"));
        const QString digests = m_dir.filePath(QStringLiteral("topics-digests"));
        QVERIFY(QDir().mkpath(digests));
        {
            Core::Library lib;
            QVERIFY(lib.open(db).ok());
            QVERIFY(TopicsFixture::fill(lib, digests));
        }
        const int burst = TopicsFixture::kBurstWeeks * 2 * TopicsFixture::kBurstPerDay;
        Run r = ::paperboy(db, {QStringLiteral("topics"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("quuxformer\t")), qPrintable(r.out));
        QVERIFY2(lines[0].endsWith(QStringLiteral("\t%1\t0").arg(burst)), qPrintable(r.out));
        QVERIFY2(lines[1].startsWith(QStringLiteral("퀵스포머\t")), qPrintable(r.out));

        r = ::paperboy(db, {QStringLiteral("topics"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("to")).toString(), TopicsFixture::lastDay().toString(Qt::ISODate));
        QCOMPARE(json.value(QStringLiteral("weeks")).toArray().size(), TopicsFixture::kWeeks);
        const QJsonObject first = json.value(QStringLiteral("topics")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("term")).toString(), QStringLiteral("quuxformer"));
        QCOMPARE(first.value(QStringLiteral("recent")).toInt(), burst);
        QCOMPARE(first.value(QStringLiteral("weekly")).toArray().size(), TopicsFixture::kWeeks);
        QCOMPARE(first.value(QStringLiteral("papers")).toArray().size(), burst);

        // Before the word: it is not there.
        r = ::paperboy(db, {QStringLiteral("topics"), QStringLiteral("--to"), TopicsFixture::kFirstMonday.addDays(7 * 20).toString(Qt::ISODate)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("quuxformer")), qPrintable(r.out));
        r = ::paperboy(db, {QStringLiteral("topics"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(r.code, 2);
        r = ::paperboy(db, {QStringLiteral("topics"), QStringLiteral("--from"), QStringLiteral("2026-05-26"), QStringLiteral("--to"), QStringLiteral("2026-05-25")});
        QCOMPARE(r.code, 2);
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
