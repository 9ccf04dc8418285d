// Tags, notes and highlights in the core: CRUD, anchoring, undo, and survival (re-import, delete and
// re-import, kill -9 while writing).
#include "annotate/annotationcommands.h"
#include "annotate/textquoteanchor.h"
#include "library/library.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Paperboy::Core;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write");
}

const QString kJudgeRm = TestCorpus::kJudgeRm;
} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_digest;

    std::unique_ptr<Library> freshLibrary(const QString &name)
    {
        auto lib = std::make_unique<Library>();
        if (!lib->open(m_dir.filePath(name)).ok())
            qFatal("cannot open");
        lib->importer().importFile(m_digest);
        return lib;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_digest = m_dir.filePath(QStringLiteral("2025-05-24.md"));
        writeFile(m_digest, TestCorpus::dayBytes());
    }

    void tagsWithColoursCountsAndManagement()
    {
        auto lib = freshLibrary(QStringLiteral("tags.sqlite"));
        QVERIFY(lib->annotations().tagPaper(kJudgeRm, QStringLiteral("보상 모델")).ok());
        QVERIFY(lib->annotations().tagPaper(QStringLiteral("2505.96938"), QStringLiteral("보상 모델")).ok());
        QVERIFY(lib->annotations().tagPaper(kJudgeRm, QStringLiteral("RL")).ok());
        QVERIFY(lib->annotations().tagPaper(kJudgeRm, QStringLiteral("rl")).ok()); // same tag, any case
        QCOMPARE(lib->annotations().tagsOf(kJudgeRm), (QStringList{QStringLiteral("RL"), QStringLiteral("보상 모델")}));
        auto tags = lib->annotations().tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[1].count, 2);
        QVERIFY(!lib->annotations().tagPaper(kJudgeRm, QStringLiteral("  ")).ok());

        QVERIFY(lib->annotations().setTagColor(QStringLiteral("RL"), QStringLiteral("#ff0000")).ok());
        QCOMPARE(lib->annotations().tags()[0].color, QStringLiteral("#ff0000"));
        QVERIFY(lib->annotations().renameTag(QStringLiteral("RL"), QStringLiteral("강화 학습")).ok());
        QVERIFY(lib->annotations().tagsOf(kJudgeRm).contains(QStringLiteral("강화 학습")));
        QVERIFY(!lib->annotations().renameTag(QStringLiteral("강화 학습"), QStringLiteral("보상 모델")).ok()); // exists: merge instead
        QVERIFY(lib->annotations().mergeTags(QStringLiteral("강화 학습"), QStringLiteral("보상 모델")).ok());
        QCOMPARE(lib->annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("보상 모델")});
        QCOMPARE(lib->annotations().tags().size(), 1);
        QCOMPARE(lib->annotations().tags()[0].count, 2);
        QVERIFY(lib->annotations().deleteTag(QStringLiteral("보상 모델")).ok());
        QVERIFY(lib->annotations().tagsOf(kJudgeRm).isEmpty());
        QVERIFY(!lib->annotations().deleteTag(QStringLiteral("보상 모델")).ok());
    }

    void anchoring_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("changed");
        QTest::addColumn<QString>("expected"); // the text found in changed; empty = orphaned
        QTest::addColumn<bool>("exact");
        const QString base = QStringLiteral("모델은 RM-Bench에서 8% 높은 성능을 보였다. 추가로 모델은 RM-Bench에서 안정적이었다.");
        QTest::newRow("unchanged") << base << 4 << 8 << base << QStringLiteral("RM-Bench") << true;
        // The second "RM-Bench" is picked by its context, also after text was inserted before both.
        const int second = int(base.lastIndexOf(QStringLiteral("RM-Bench")));
        QTest::newRow("repeated-phrase") << base << second << 8 << QStringLiteral("서론 추가. ") + base << QStringLiteral("RM-Bench") << true;
        const QString quoted = QStringLiteral("Judge-RM은 RM-Bench에서 BT RM을 8% 초과하는 성능을 달성하였습니다");
        const QString edited = QStringLiteral("결과: ") + quoted + QStringLiteral(". 끝.");
        QTest::newRow("edited-quote") << edited << int(edited.indexOf(quoted)) << int(quoted.size())
                                      << QStringLiteral("결과: Judge-RM은 RM-Bench에서 BT RM을 9% 초과하는 성능을 달성했습니다. 끝.")
                                      << QStringLiteral("Judge-RM은 RM-Bench에서 BT RM을 9% 초과하는 성능을 달성했습니다") << false;
        QTest::newRow("gone") << base << 4 << 8 << QStringLiteral("전혀 다른 요약입니다. 관계가 없습니다.") << QString() << false;
    }

    void anchoring()
    {
        QFETCH(QString, original);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(QString, changed);
        QFETCH(QString, expected);
        QFETCH(bool, exact);
        const Highlight h = TextQuoteAnchor::describe(original, start, length);
        QCOMPARE(h.exact, original.mid(start, length));
        QVERIFY(h.prefix.size() <= TextQuoteAnchor::ContextLength && h.suffix.size() <= TextQuoteAnchor::ContextLength);
        const auto m = TextQuoteAnchor::locate(changed, h);
        if (expected.isEmpty()) {
            QVERIFY(!m.isValid());
            return;
        }
        QVERIFY(m.isValid());
        QCOMPARE(m.exact, exact);
        if (exact) {
            QCOMPARE(changed.mid(m.start, m.length), expected);
            // The repeated phrase resolves to the second occurrence in the changed text too.
            QCOMPARE(m.start, int(changed.indexOf(h.prefix + h.exact)) + int(h.prefix.size()));
        } else {
            QVERIFY(TextQuoteAnchor::similarity(changed.mid(m.start, m.length), expected) > 0.9);
        }
    }

    void highlightsStoredWithAnchors()
    {
        auto lib = freshLibrary(QStringLiteral("hl.sqlite"));
        const QString text = lib->catalog().paper(kJudgeRm)->summaryMarkdown;
        const int at = int(text.indexOf(QStringLiteral("8% 초과")));
        Highlight h = TextQuoteAnchor::describe(text, at, int(QStringLiteral("8% 초과").size()));
        h.arxivId = kJudgeRm;
        h.sectionKind = QStringLiteral("results");
        h.comment = QStringLiteral("핵심 수치 & \"8%\"");
        QVERIFY(lib->annotations().addHighlight(h).ok());
        QVERIFY(h.id > 0);
        QCOMPARE(lib->annotations().highlights(kJudgeRm).size(), 1);
        QCOMPARE(lib->annotations().highlights(kJudgeRm)[0].exact, QStringLiteral("8% 초과"));
        QCOMPARE(lib->annotations().highlights(kJudgeRm)[0].comment, h.comment);
        QVERIFY(lib->annotations().updateHighlight(h.id, QStringLiteral("#a0e0ff"), QStringLiteral("수정")).ok());
        QCOMPARE(lib->annotations().highlights(kJudgeRm)[0].color, QStringLiteral("#a0e0ff"));
        QCOMPARE(lib->catalog().papersOfDay(QDate(2025, 5, 24))[lib->catalog().paper(kJudgeRm)->listing.position].highlightCount, 1);
        QVERIFY(lib->annotations().removeHighlight(h.id).ok());
        QVERIFY(lib->annotations().highlights(kJudgeRm).isEmpty());
        QVERIFY(!lib->annotations().removeHighlight(h.id).ok());
    }

    void undoAndRedo()
    {
        auto lib = freshLibrary(QStringLiteral("undo.sqlite"));
        QUndoStack stack;
        const QStringList two{kJudgeRm, QStringLiteral("2505.96938")};
        QVERIFY(lib->annotations().tagPaper(kJudgeRm, QStringLiteral("x")).ok()); // already has it: undo must keep it
        stack.push(new TagCommand(lib.get(), two, QStringLiteral("x"), true));
        QCOMPARE(lib->annotations().tagsOf(QStringLiteral("2505.96938")), QStringList{QStringLiteral("x")});
        stack.undo();
        QVERIFY(lib->annotations().tagsOf(QStringLiteral("2505.96938")).isEmpty());
        QCOMPARE(lib->annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("x")});
        stack.redo();
        QCOMPARE(lib->annotations().tagsOf(QStringLiteral("2505.96938")), QStringList{QStringLiteral("x")});

        // Typing bursts merge into one step.
        stack.push(new NoteCommand(lib.get(), kJudgeRm, QString(), QStringLiteral("a")));
        stack.push(new NoteCommand(lib.get(), kJudgeRm, QStringLiteral("a"), QStringLiteral("ab")));
        QCOMPARE(lib->annotations().note(kJudgeRm), QStringLiteral("ab"));
        stack.undo();
        QCOMPARE(lib->annotations().note(kJudgeRm), QString());
        stack.redo();
        QCOMPARE(lib->annotations().note(kJudgeRm), QStringLiteral("ab"));

        Highlight h = TextQuoteAnchor::describe(QStringLiteral("abc def ghi"), 4, 3);
        h.arxivId = kJudgeRm;
        h.comment = QStringLiteral("c");
        auto *cmd = new HighlightCommand(lib.get(), h, true);
        stack.push(cmd);
        const qint64 id = lib->annotations().highlights(kJudgeRm).first().id;
        stack.undo();
        QVERIFY(lib->annotations().highlights(kJudgeRm).isEmpty());
        stack.redo();
        QCOMPARE(lib->annotations().highlights(kJudgeRm).size(), 1);
        Highlight stored = lib->annotations().highlights(kJudgeRm).first();
        stack.push(new HighlightCommand(lib.get(), stored, false));
        QVERIFY(lib->annotations().highlights(kJudgeRm).isEmpty());
        stack.undo();
        QCOMPARE(lib->annotations().highlights(kJudgeRm).first().id, stored.id);
        QCOMPARE(lib->annotations().highlights(kJudgeRm).first().comment, QStringLiteral("c"));
        Q_UNUSED(id);
    }

    void userDataSurvivesReimportAndDeletion()
    {
        auto lib = freshLibrary(QStringLiteral("survive.sqlite"));
        QVERIFY(lib->annotations().tagPaper(kJudgeRm, QStringLiteral("keep")).ok());
        QVERIFY(lib->annotations().setNote(kJudgeRm, QStringLiteral("노트는 남는다")).ok());
        QVERIFY(lib->annotations().setStarred(kJudgeRm, true).ok());
        QVERIFY(lib->annotations().setRead(kJudgeRm, true).ok());
        Highlight h = TextQuoteAnchor::describe(lib->catalog().paper(kJudgeRm)->summaryMarkdown, 10, 12);
        h.arxivId = kJudgeRm;
        QVERIFY(lib->annotations().addHighlight(h).ok());
        const auto check = [&] {
            QCOMPARE(lib->annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("keep")});
            QCOMPARE(lib->annotations().note(kJudgeRm), QStringLiteral("노트는 남는다"));
            QVERIFY(lib->annotations().isStarred(kJudgeRm));
            QVERIFY(lib->annotations().isRead(kJudgeRm));
            QCOMPARE(lib->annotations().highlights(kJudgeRm).size(), 1);
            QCOMPARE(lib->searchIndex().search(SearchQuery::parse(QStringLiteral("노트는"))).size(), 1);
        };
        // A changed digest.
        const QString changed = m_dir.filePath(QStringLiteral("changed/2025-05-24.md"));
        QDir().mkpath(QFileInfo(changed).path());
        QByteArray data = TestCorpus::dayBytes();
        data.replace("Judge-RM: 생성적", "Judge-RM (v2): 생성적");
        writeFile(changed, data);
        QCOMPARE(lib->importer().importFile(changed).outcome, ImportResult::Outcome::Imported);
        check();
        // The day deleted, then imported again.
        QVERIFY(lib->importer().deleteDay(QDate(2025, 5, 24)).ok());
        QVERIFY(lib->catalog().days().isEmpty());
        QVERIFY(!lib->catalog().paper(kJudgeRm));
        QCOMPARE(lib->annotations().tagsOf(kJudgeRm), QStringList{QStringLiteral("keep")});
        QCOMPARE(lib->importer().importFile(m_digest).outcome, ImportResult::Outcome::Imported);
        check();
        // And the highlight still anchors in the re-imported summary.
        QVERIFY(TextQuoteAnchor::locate(lib->catalog().paper(kJudgeRm)->summaryMarkdown, lib->annotations().highlights(kJudgeRm).first()).isValid());
    }

    void killDuringWritesLosesNothingCommitted()
    {
        const QString path = m_dir.filePath(QStringLiteral("kill.sqlite"));
        freshLibrary(QStringLiteral("kill.sqlite")); // create and import, then close
        QProcess writer;
        writer.start(QStringLiteral(PAPERBOY_KILLWRITER), {path});
        QVERIFY(writer.waitForStarted());
        QStringList committed;
        while (committed.size() < 60 && writer.waitForReadyRead(20000))
            while (writer.canReadLine())
                committed << QString::fromUtf8(writer.readLine()).trimmed();
        QVERIFY2(committed.size() >= 60, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        writer.kill(); // SIGKILL: no destructors, no close
        QVERIFY(writer.waitForFinished());
        // Lines already printed are committed; a later one may also have landed before the kill.
        Library lib;
        QVERIFY(lib.open(path).ok());
        QSqlQuery q(lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(lib.database().execScript(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);")).ok());
        static const QRegularExpression line(QStringLiteral(R"(^committed (\d+) (\S+)$)"));
        QHash<QString, int> lastNote;
        for (const QString &l : std::as_const(committed)) {
            const auto m = line.match(l);
            QVERIFY2(m.hasMatch(), qPrintable(l));
            lastNote[m.captured(2)] = std::max(lastNote.value(m.captured(2), -1), m.captured(1).toInt());
            QVERIFY(lib.annotations().tagsOf(m.captured(2)).contains(QStringLiteral("t%1").arg(m.captured(1))));
        }
        for (auto it = lastNote.cbegin(); it != lastNote.cend(); ++it) {
            // The note holds the last printed text or a later one (written after the last line was read).
            const int stored = lib.annotations().note(it.key()).mid(3).toInt();
            QVERIFY2(stored >= it.value(), qPrintable(lib.annotations().note(it.key())));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
