// SearchIndex::search over the corpus day: Korean, English, ids, filters, notes, ranking, snippets.
#include "library/library.h"
#include "library/searchrunner.h"
#include "search/searchquery.h"
#include "testcorpus.h"

#include <cmath>

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_lib;

    static QStringList ids(const Library &lib, const QString &query)
    {
        QStringList out;
        for (const SearchHit &h : lib.searchIndex().search(SearchQuery::parse(query), 1000))
            out << h.arxivId;
        return out;
    }

    QStringList ids(const QString &query, int limit = 100)
    {
        QString error;
        QStringList out;
        for (const SearchHit &h : m_lib.searchIndex().search(SearchQuery::parse(query), limit, &error))
            out << h.arxivId;
        if (!error.isEmpty())
            qWarning("search error: %s", qPrintable(error));
        return out;
    }

    // Papers whose summary contains every needle, checked by plain substring search.
    QStringList containing(const QStringList &needles, Qt::CaseSensitivity cs = Qt::CaseSensitive)
    {
        QStringList out;
        for (const PaperListing &p : m_lib.catalog().papersOfDay(QDate(2025, 5, 24))) {
            const QString text = m_lib.catalog().paper(p.arxivId)->summaryMarkdown;
            if (std::all_of(needles.cbegin(), needles.cend(), [&](const QString &n) { return text.contains(n, cs); }))
                out << p.arxivId;
        }
        return out;
    }

    // A digest of day `date` with one paper per (id, text), written to dir and imported into lib;
    // titles[id], when given, is the paper's title (else "논문 <id>").
    static void importDay(Library &lib, const QTemporaryDir &dir, const QString &date, const QList<std::pair<QString, QString>> &papers,
                          const QHash<QString, QString> &titles = {})
    {
        QByteArray digest = "# 📰 Hugging Face Daily Papers – " + date.toUtf8() + "\n\n";
        for (const auto &[id, text] : papers)
            digest += "## " + id.toUtf8() + "\n🔗 https://huggingface.co/papers/" + id.toUtf8() + "\n\n**Summary**:\n```markdown\n# "
                + titles.value(id, QStringLiteral("논문 ") + id).toUtf8() + "\n\n## 1. 핵심 동기\n\n" + text.toUtf8() + "\n```\n\n";
        const QString file = dir.filePath(date + QStringLiteral(".md"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(digest);
        f.close();
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
    }

    static QStringList idsOf(const QList<SearchHit> &hits)
    {
        QStringList out;
        for (const SearchHit &h : hits)
            out << h.arxivId;
        return out;
    }

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

    // Five days made from the corpus day (other dates, other arXiv ids): 220 entries, enough for
    // the paths a large library takes (sampled "in most papers?" check, newest first).
    struct Large {
        QTemporaryDir dir;
        Library lib;
        QHash<QString, QString> text; // arXiv id -> summary
    };
    static void makeLarge(Large &large)
    {
        const QByteArray corpusBytes = TestCorpus::dayBytes();
        QVERIFY(!corpusBytes.isEmpty());
        const QByteArray real = corpusBytes;
        QStringList files;
        for (int k = 0; k < 5; ++k) {
            QByteArray data = real;
            data.replace("2505.", QByteArray::number(2510 + k) + '.');
            data.replace("2025-05-24", QByteArray("2025-06-0") + QByteArray::number(k + 1));
            const QString file = large.dir.filePath(QStringLiteral("2025-06-0%1.md").arg(k + 1));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
            files << file;
        }
        QVERIFY(large.lib.open(large.dir.filePath(QStringLiteral("large.sqlite"))).ok());
        for (const ImportResult &r : large.lib.importer().importPaths(files))
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
        for (int k = 0; k < 5; ++k)
            for (const PaperListing &p : large.lib.catalog().papersOfDay(QDate(2025, 6, k + 1)))
                large.text.insert(p.arxivId, large.lib.catalog().paper(p.arxivId)->summaryMarkdown);
        QCOMPARE(large.text.size(), 5 * TestCorpus::kPapers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_lib.open(m_dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(m_lib.importer().importFile(TestCorpus::day()).outcome, ImportResult::Outcome::Imported);
    }

    void whatReadersTypeFindsIt()
    {
        // A day whose summaries write the words as Korean summaries do; each query as a reader
        // would type it finds its paper (issue classes: typed phrases, joined compounds with a
        // one-syllable part, NOT and OR, stray punctuation, other Unicode forms, id starts).
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("typed.sqlite"))).ok());
        const QList<std::pair<QString, QString>> papers{
            {QStringLiteral("2505.16938"), QStringLiteral("웹 에이전트가 다중 턴 대화에서 종단 간 학습으로 행동합니다.")},
            {QStringLiteral("2505.16901"), QStringLiteral("다중 모달 대형 언어 모델의 비디오 이해를 다룹니다.")},
            {QStringLiteral("2505.16902"), QStringLiteral("확산 모델로 비디오를 생성하며 GRPO로 보상을 학습합니다.")},
            {QStringLiteral("2505.17000"), QStringLiteral("RLHF와 DPO를 비교하고 강화 학습의 보상 설계를 봅니다.")},
        };
        importDay(lib, dir, QStringLiteral("2025-05-26"), papers);
        const auto found = [&](const QString &query) { return sorted(ids(lib, query)); };
        QCOMPARE(found(QStringLiteral("\"다중 모달 대형 언어 모델\"")), QStringList{QStringLiteral("2505.16901")});
        QCOMPARE(found(QStringLiteral("웹에이전트")), QStringList{QStringLiteral("2505.16938")});
        QCOMPARE(found(QStringLiteral("다중턴")), QStringList{QStringLiteral("2505.16938")});
        QCOMPARE(found(QStringLiteral("종단간")), QStringList{QStringLiteral("2505.16938")});
        QCOMPARE(found(QStringLiteral("비디오 NOT 확산")), QStringList{QStringLiteral("2505.16901")});
        QCOMPARE(found(QStringLiteral("비디오 -확산")), QStringList{QStringLiteral("2505.16901")});
        QCOMPARE(found(QStringLiteral("2505.16938 OR 확산")), (QStringList{QStringLiteral("2505.16902"), QStringLiteral("2505.16938")}));
        QCOMPARE(ids(lib, QStringLiteral("2505.16938 OR 확산")).value(0), QStringLiteral("2505.16938")); // the id first
        QCOMPARE(found(QStringLiteral("2505.169")), (QStringList{QStringLiteral("2505.16901"), QStringLiteral("2505.16902"), QStringLiteral("2505.16938")}));
        QCOMPARE(found(QStringLiteral("2505.169 비디오")), (QStringList{QStringLiteral("2505.16901"), QStringLiteral("2505.16902")}));
        QCOMPARE(found(QStringLiteral("강화 학습 - 보상")), QStringList{QStringLiteral("2505.17000")});
        QCOMPARE(found(QStringLiteral("RLHF / DPO")), QStringList{QStringLiteral("2505.17000")});
        QCOMPARE(found(QStringLiteral("비디오 — 이해")), QStringList{QStringLiteral("2505.16901")});
        QCOMPARE(found(QStringLiteral("ＧＲＰＯ")), QStringList{QStringLiteral("2505.16902")});
        QCOMPARE(found(QStringLiteral("\u1107\u1175\u1103\u1175\u110B\u1169")), // 비디오, decomposed
                 (QStringList{QStringLiteral("2505.16901"), QStringLiteral("2505.16902")}));
    }

    void wordsFindTheWordsThatContainThem()
    {
        // As in Zotero's quick search, a word finds the words it is part of: "video" finds
        // QuickVideo and videos, "llm" finds MLLMs, "seek" finds NovelSeek; excluded the same way.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("inside.sqlite"))).ok());
        importDay(lib, dir, QStringLiteral("2025-05-26"),
                  {
                      {QStringLiteral("2505.30001"), QStringLiteral("QuickVideo는 긴 영상을 빠르게 이해합니다.")},
                      {QStringLiteral("2505.30002"), QStringLiteral("여러 videos를 MLLMs로 요약합니다.")},
                      {QStringLiteral("2505.30003"), QStringLiteral("NovelSeek는 LLM 기반 연구 에이전트입니다.")},
                      {QStringLiteral("2505.30004"), QStringLiteral("이미지 편집만 다룹니다.")},
                  });
        const auto found = [&](const QString &query) { return sorted(ids(lib, query)); };
        QCOMPARE(found(QStringLiteral("video")), (QStringList{QStringLiteral("2505.30001"), QStringLiteral("2505.30002")}));
        QCOMPARE(found(QStringLiteral("Ｖｉｄｅｏ")), (QStringList{QStringLiteral("2505.30001"), QStringLiteral("2505.30002")}));
        QCOMPARE(found(QStringLiteral("llm")), (QStringList{QStringLiteral("2505.30002"), QStringLiteral("2505.30003")}));
        QCOMPARE(found(QStringLiteral("seek")), QStringList{QStringLiteral("2505.30003")});
        QCOMPARE(found(QStringLiteral("vid*")), (QStringList{QStringLiteral("2505.30001"), QStringLiteral("2505.30002")}));
        QCOMPARE(found(QStringLiteral("llm -video")), QStringList{QStringLiteral("2505.30003")});
        QVERIFY(found(QStringLiteral("zzvideo")).isEmpty());
        // A word imported later is found at once, on this connection and on another one.
        Library other;
        QVERIFY(other.open(dir.filePath(QStringLiteral("inside.sqlite"))).ok());
        QCOMPARE(sorted(ids(other, QStringLiteral("video"))).size(), 2);
        importDay(lib, dir, QStringLiteral("2025-05-27"), {{QStringLiteral("2505.30005"), QStringLiteral("VideoRAG를 제안합니다.")}});
        QVERIFY(ids(lib, QStringLiteral("video")).contains(QStringLiteral("2505.30005")));
        QVERIFY(ids(other, QStringLiteral("video")).contains(QStringLiteral("2505.30005")));
    }

    void longCompoundsFindTheirSpacedForms()
    {
        // A compound of five words typed joined: the text writes it spaced, or partly joined. Its
        // spellings break where the index never has the two syllables side by side.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("long.sqlite"))).ok());
        importDay(lib, dir, QStringLiteral("2025-05-26"),
                  {
                      {QStringLiteral("2505.31001"), QStringLiteral("다중 모달 대형 언어 모델의 추론을 봅니다.")},
                      {QStringLiteral("2505.31002"), QStringLiteral("멀티모달 대형 언어모델로 비디오를 이해합니다.")},
                      {QStringLiteral("2505.31003"), QStringLiteral("대형 언어 모델과 다중 작업 학습을 다룹니다.")},
                      {QStringLiteral("2505.31004"), QStringLiteral("MLLM의미 표현과 GPT로는 어려운 작업을 봅니다.")},
                  });
        // One syllable right after another script starts a run: "MLLM의미", "GPT로는".
        QCOMPARE(ids(lib, QStringLiteral("MLLM의")), QStringList{QStringLiteral("2505.31004")});
        QCOMPARE(ids(lib, QStringLiteral("GPT로")), QStringList{QStringLiteral("2505.31004")});
        QCOMPARE(ids(lib, QStringLiteral("다중모달대형언어모델")), QStringList{QStringLiteral("2505.31001")});
        QCOMPARE(ids(lib, QStringLiteral("멀티모달대형언어모델")), QStringList{QStringLiteral("2505.31002")});
        QCOMPARE(sorted(ids(lib, QStringLiteral("대형언어모델"))),
                 (QStringList{QStringLiteral("2505.31001"), QStringLiteral("2505.31002"), QStringLiteral("2505.31003")}));
    }

    void loneSyllablesFindTheRunsTheyEnd()
    {
        // "봇" in 로봇, "환" in 변환: the index holds those runs as one bigram each, none starting
        // with the syllable. The vocabulary keeps the bigram that ends each run.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("ends.sqlite"))).ok());
        importDay(lib, dir, QStringLiteral("2025-05-26"),
                  {
                      {QStringLiteral("2505.33001"), QStringLiteral("가정용 로봇. 조작 정책을 학습합니다.")},
                      {QStringLiteral("2505.33002"), QStringLiteral("봇 탐지와 스팸을 다룹니다.")},
                      {QStringLiteral("2505.33003"), QStringLiteral("이미지 변환(style)을 봅니다.")},
                      {QStringLiteral("2505.33004"), QStringLiteral("환경 모델을 학습합니다.")},
                      {QStringLiteral("2505.33005"), QStringLiteral("대화형 에이전트를 평가합니다.")},
                  });
        QCOMPARE(sorted(ids(lib, QStringLiteral("봇"))), (QStringList{QStringLiteral("2505.33001"), QStringLiteral("2505.33002")}));
        QCOMPARE(sorted(ids(lib, QStringLiteral("환"))), (QStringList{QStringLiteral("2505.33003"), QStringLiteral("2505.33004")}));
        QCOMPARE(sorted(ids(lib, QStringLiteral("학습 -봇"))), (QStringList{QStringLiteral("2505.33004")}));
        // A second connection (the window's, while the command line imports) sees the new endings.
        Library reader;
        QVERIFY(reader.open(dir.filePath(QStringLiteral("ends.sqlite"))).ok());
        QCOMPARE(ids(reader, QStringLiteral("봇")).size(), 2);
        importDay(lib, dir, QStringLiteral("2025-05-27"), {{QStringLiteral("2505.33006"), QStringLiteral("챗봇 응답을 비교합니다.")}});
        QCOMPARE(ids(reader, QStringLiteral("봇")).size(), 3);
    }

    void punctuationKeepsPhrasesApart()
    {
        // "MLLM의" is the word with its particle, joined or spaced, not "(MLLM)의"; a phrase does
        // not reach across punctuation next to Hangul.
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("scripts.sqlite"))).ok());
        importDay(lib, dir, QStringLiteral("2025-05-26"),
                  {
                      {QStringLiteral("2505.34001"), QStringLiteral("전문 모델을 결합하여 MLLM의 추론을 돕습니다.")},
                      {QStringLiteral("2505.34002"), QStringLiteral("다중 모달 대형 언어 모델(MLLM)의 추론 능력을 봅니다.")},
                      {QStringLiteral("2505.34003"), QStringLiteral("작은 MLLM 의 추론을 봅니다.")},
                      {QStringLiteral("2505.34004"), QStringLiteral("모델(LLM)을 평가하는 벤치마크입니다.")},
                      {QStringLiteral("2505.34005"), QStringLiteral("- **강화**: 학습률을 낮춥니다. 보상 모델을 씁니다.")},
                  });
        QCOMPARE(sorted(ids(lib, QStringLiteral("MLLM의"))), (QStringList{QStringLiteral("2505.34001"), QStringLiteral("2505.34003")}));
        QCOMPARE(sorted(ids(lib, QStringLiteral("\"(MLLM)의\""))), QStringList{QStringLiteral("2505.34002")});
        QCOMPARE(ids(lib, QStringLiteral("모델LLM")), QStringList());
        QCOMPARE(ids(lib, QStringLiteral("LLM을")), QStringList());
        QCOMPARE(sorted(ids(lib, QStringLiteral("MLLM"))).size(), 3);
        // Between two Hangul runs the same: "강화: 학습" is not 강화학습; "보상 모델" is 보상모델.
        QCOMPARE(ids(lib, QStringLiteral("강화학습")), QStringList());
        QCOMPARE(ids(lib, QStringLiteral("\"강화 학습\"")), QStringList());
        QCOMPARE(ids(lib, QStringLiteral("보상모델")), QStringList{QStringLiteral("2505.34005")});
        QCOMPARE(ids(lib, QStringLiteral("강화 학습")), QStringList{QStringLiteral("2505.34005")});
        // The snippet still marks the words found, past the punctuation.
        const QList<SearchHit> hits = lib.searchIndex().search(SearchQuery::parse(QStringLiteral("능력")));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippetWith(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("(MLLM)의 추론 [능력]")),
                 qPrintable(hits.first().snippet));
    }

    void papersWithTheWordsInTheTitleComeFirst()
    {
        // One paper names the word in its title once; another repeats it eight times in its
        // summary. The title's paper comes first, for a rare word (ranked) and for one in most
        // papers (listed newest first, the titles' papers before the rest).
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("titles.sqlite"))).ok());
        QList<std::pair<QString, QString>> papers{
            {QStringLiteral("2505.32001"), QStringLiteral("증류 증류 증류 증류 증류 증류 증류 증류 방법을 비교합니다.")},
            {QStringLiteral("2505.32002"), QStringLiteral("작은 모델을 만듭니다.")},
        };
        for (int i = 0; i < 20; ++i)
            papers.append({QStringLiteral("2505.3%1").arg(i + 3100, 4, 10, QChar(u'0')), QStringLiteral("데이터 정제와 평가 %1번째 실험입니다.").arg(i)});
        importDay(lib, dir, QStringLiteral("2025-05-26"), papers, {{QStringLiteral("2505.32002"), QStringLiteral("지식 증류의 새 방법")}});
        QCOMPARE(ids(lib, QStringLiteral("증류")), (QStringList{QStringLiteral("2505.32002"), QStringLiteral("2505.32001")}));

        Large large;
        makeLarge(large);
        if (QTest::currentTestFailed())
            return;
        QStringList titled;
        for (int k = 0; k < 5; ++k)
            for (const PaperListing &p : large.lib.catalog().papersOfDay(QDate(2025, 6, k + 1)))
                if (p.title.contains(QStringLiteral("모델")))
                    titled << p.arxivId;
        QVERIFY(titled.size() >= 5);
        const QList<SearchHit> hits = large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("모델")), 1000);
        QVERIFY(hits.size() > large.text.size() / 2); // the path for words in most papers
        QStringList first;
        for (qsizetype i = 0; i < titled.size(); ++i)
            first << hits.at(i).arxivId;
        QCOMPARE(sorted(first), sorted(titled));
    }

    void wordsSideBySideRankFirst()
    {
        // "보상 모델": the paper that writes the two words together ranks above one that has each
        // word as often or more, apart (among papers that have neither, so the words are rare).
        QTemporaryDir dir;
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("near.sqlite"))).ok());
        QList<std::pair<QString, QString>> papers{
            {QStringLiteral("2505.20001"), QStringLiteral("보상은 중요합니다. 보상을 늘립니다. 다른 방법과 큰 모델, 작은 모델을 봅니다.")},
            {QStringLiteral("2505.20002"), QStringLiteral("이 논문은 보상 모델을 새로 학습하고 그 모델을 평가합니다.")},
        };
        for (int i = 0; i < 18; ++i)
            papers.append({QStringLiteral("2505.2%1").arg(i + 100, 4, 10, QChar(u'0')), QStringLiteral("데이터 정제와 평가 지표 %1번째 실험입니다.").arg(i)});
        importDay(lib, dir, QStringLiteral("2025-05-27"), papers);
        QCOMPARE(ids(lib, QStringLiteral("보상 모델")), (QStringList{QStringLiteral("2505.20002"), QStringLiteral("2505.20001")}));
        QCOMPARE(ids(lib, QStringLiteral("모델 보상")).size(), 2); // the same papers either way
    }

    void searchesRunOffTheCallersThread()
    {
        // The runner answers as the index does, later, on its own connection; a newer search
        // supersedes one still running or queued (only its hits arrive), and cancel() drops one.
        SearchRunner runner(&m_lib);
        QSignalSpy spy(&runner, &SearchRunner::finished);
        const SearchQuery model = SearchQuery::parse(QStringLiteral("모델"));
        runner.start(model, 50);
        QVERIFY(runner.isBusy());
        QCOMPARE(spy.size(), 0); // not answered on this thread
        QVERIFY(spy.wait(10000));
        QVERIFY(!runner.isBusy());
        const auto hits = spy.at(0).at(0).value<QList<SearchHit>>();
        const QList<SearchHit> direct = m_lib.searchIndex().search(model, 50);
        QCOMPARE(hits.size(), direct.size());
        for (qsizetype i = 0; i < hits.size(); ++i)
            QCOMPARE(hits.at(i).arxivId, direct.at(i).arxivId);

        spy.clear();
        QStringList words; // a slow one: 32 long joined compounds, each asked in 16 spellings
        for (int i = 0; i < SearchQuery::MaxWords; ++i)
            words << QStringLiteral("강화학습기반다중모달모델%1").arg(QChar(0xAC00 + i));
        runner.start(SearchQuery::parse(words.join(u' ')), 50);
        runner.start(SearchQuery::parse(QStringLiteral("에이전트")), 50);
        QVERIFY(spy.wait(10000));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<SearchHit>>().size(), m_lib.searchIndex().search(SearchQuery::parse(QStringLiteral("에이전트")), 50).size());

        spy.clear();
        runner.start(model, 50);
        runner.cancel();
        QVERIFY(!runner.isBusy());
        QTest::qWait(300);
        QCOMPARE(spy.size(), 0);
    }

    void koreanWordFindsInflectedForms()
    {
        // "모델" must find "모델이", "모델을", ...: every paper whose text has it in any form.
        const QStringList found = ids(QStringLiteral("모델"));
        QCOMPARE(sorted(found), sorted(containing({QStringLiteral("모델")})));
        QVERIFY(found.size() > 20);
        const QStringList withParticle = containing({QStringLiteral("모델을")});
        QVERIFY(!withParticle.isEmpty());
        for (const QString &id : withParticle)
            QVERIFY(found.contains(id));
    }

    void spacedAndJoinedCompoundsFindEachOther()
    {
        const QStringList joinedQuery = ids(QStringLiteral("\"강화학습\""));
        const QStringList spacedQuery = ids(QStringLiteral("\"강화 학습\""));
        QVERIFY(!joinedQuery.isEmpty());
        QCOMPARE(sorted(joinedQuery), sorted(spacedQuery));
        const QStringList expected = sorted(containing({QStringLiteral("강화 학습")}) + containing({QStringLiteral("강화학습")}));
        QStringList unique = expected;
        unique.removeDuplicates();
        QCOMPARE(sorted(joinedQuery), unique);
        // Unquoted words are ANDed, so the spaced form matches the joined text too.
        for (const QString &id : containing({QStringLiteral("강화학습")}))
            QVERIFY(ids(QStringLiteral("강화 학습")).contains(id));
        // And the joined word, unquoted, is the phrase: it finds the spaced text as well.
        QCOMPARE(sorted(ids(QStringLiteral("강화학습"))), unique);
        QVERIFY(!containing({QStringLiteral("강화 학습")}).isEmpty());
    }

    // One paper per spelling of a compound, and a few that must not match it.
    void compoundsMatchInEverySpacing()
    {
        QTemporaryDir dir;
        const QStringList texts = {
            QStringLiteral("강화학습모델을 제안한다."), // 0: joined
            QStringLiteral("강화 학습 모델을 제안한다."), // 1: spaced
            QStringLiteral("강화학습 모델을 제안한다."), // 2: partly spaced
            QStringLiteral("강화\n학습모델을 제안한다."), // 3: across a line break
            QStringLiteral("모델을 강화하고 학습한다."), // 4: the words, not the compound
            QStringLiteral("학습 강화 모델을 제안한다."), // 5: another order
        };
        QByteArray digest = "# 📰 Hugging Face Daily Papers – 2025-07-01\n\n";
        for (int i = 0; i < texts.size(); ++i)
            digest += QStringLiteral("## 2507.0000%1\n🔗 https://huggingface.co/papers/2507.0000%1\n\n**Summary**:\n```markdown\n"
                                     "# 논문 %1\n\n## 1. 핵심 동기와 문제 정의\n\n%2\n```\n\n")
                          .arg(i)
                          .arg(texts.at(i))
                          .toUtf8();
        const QString file = dir.filePath(QStringLiteral("2025-07-01.md"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(digest);
        f.close();
        Library lib;
        QVERIFY(lib.open(dir.filePath(QStringLiteral("lib.sqlite"))).ok());
        QCOMPARE(lib.importer().importFile(file).outcome, ImportResult::Outcome::Imported);
        const auto paper = [](int i) { return QStringLiteral("2507.0000%1").arg(i); };
        const QStringList compound = {paper(0), paper(1), paper(2), paper(3)};
        for (const QString &query : {QStringLiteral("강화학습모델"), QStringLiteral("\"강화 학습 모델\""), QStringLiteral("\"강화학습 모델\""),
                                     QStringLiteral("\"강화 학습모델\""), QStringLiteral("강화학습모델*")})
            QCOMPARE(sorted(ids(lib, query)), compound);
        QCOMPARE(sorted(ids(lib, QStringLiteral("강화학습"))), compound);
        // Separate words are ANDed, so every paper with both has them.
        QCOMPARE(sorted(ids(lib, QStringLiteral("강화 학습"))), sorted(compound + QStringList{paper(4), paper(5)}));
        // No bigram is made across a space: "습모" is only in the papers that write "학습모델".
        QCOMPARE(sorted(ids(lib, QStringLiteral("학습모"))), (QStringList{paper(0), paper(3)}));
        QCOMPARE(sorted(ids(lib, QStringLiteral("모델 -강화학습"))), (QStringList{paper(4), paper(5)}));
    }

    void englishIsCaseInsensitiveWithPrefix()
    {
        const QStringList lower = ids(QStringLiteral("diffusion"));
        QCOMPARE(sorted(lower), sorted(ids(QStringLiteral("DIFFUSION"))));
        QCOMPARE(sorted(lower), sorted(containing({QStringLiteral("diffusion")}, Qt::CaseInsensitive)));
        const QStringList prefix = ids(QStringLiteral("diffus*"));
        QVERIFY(prefix.size() >= lower.size());
        for (const QString &id : lower)
            QVERIFY(prefix.contains(id));
    }

    void arxivIdMatchesExactly()
    {
        QCOMPARE(ids(QStringLiteral("2505.96265")), QStringList{QStringLiteral("2505.96265")});
        QCOMPARE(ids(QStringLiteral("2505.9626")), QStringList{}); // not an id, and no such number
        QCOMPARE(ids(QStringLiteral("2505.99999")), QStringList{});
    }

    void sectionFilter()
    {
        // "8%" of Judge-RM is in its results section only.
        const QStringList inResults = ids(QStringLiteral("Judge-RM section:results"));
        QVERIFY(inResults.contains(QStringLiteral("2505.96265")));
        QVERIFY(ids(QStringLiteral("RM-Bench section:limitations")).isEmpty());
        QVERIFY(ids(QStringLiteral("RM-Bench section:experiments")).contains(QStringLiteral("2505.96265")));
    }

    void filtersCombine()
    {
        QVERIFY(m_lib.annotations().setStarred(QStringLiteral("2505.96938"), true).ok());
        QVERIFY(m_lib.annotations().tagPaper(QStringLiteral("2505.94810"), QStringLiteral("reading")).ok());
        QVERIFY(m_lib.annotations().setRead(QStringLiteral("2505.94810"), true).ok());
        QCOMPARE(ids(QStringLiteral("is:starred")), QStringList{QStringLiteral("2505.96938")});
        const QStringList starredWithWord
            = containing({QStringLiteral("모델")}).contains(QStringLiteral("2505.96938")) ? QStringList{QStringLiteral("2505.96938")} : QStringList{};
        QCOMPARE(ids(QStringLiteral("모델 is:starred")), starredWithWord);
        QCOMPARE(ids(QStringLiteral("DriftBench is:starred")), QStringList{}); // only in an unstarred paper
        QCOMPARE(ids(QStringLiteral("tag:reading")), QStringList{QStringLiteral("2505.94810")});
        QCOMPARE(ids(QStringLiteral("지시 tag:reading")), QStringList{QStringLiteral("2505.94810")});
        QVERIFY(!ids(QStringLiteral("지시 is:unread")).contains(QStringLiteral("2505.94810")));
        QVERIFY(ids(QStringLiteral("모델 from:2025-05-25")).isEmpty());
        QVERIFY(!ids(QStringLiteral("모델 from:2025-05-24 to:2025-05-24")).isEmpty());
    }

    void notesAreSearchable()
    {
        QVERIFY(ids(QStringLiteral("고양이")).isEmpty());
        QVERIFY(m_lib.annotations().setNote(QStringLiteral("2505.96410"), QStringLiteral("고양이 실험을 다시 볼 것")).ok());
        QCOMPARE(ids(QStringLiteral("고양이")), QStringList{QStringLiteral("2505.96410")});
        QVERIFY(m_lib.annotations().setNote(QStringLiteral("2505.96410"), QStringLiteral("강아지")).ok());
        QVERIFY(ids(QStringLiteral("고양이")).isEmpty());
        QCOMPARE(ids(QStringLiteral("강아지")), QStringList{QStringLiteral("2505.96410")});
    }

    void reimportKeepsIndexConsistent()
    {
        // Importing a publisher's day again (changed bytes) must not leave stale index entries behind;
        // another publisher's digest of the day (the corpus, from its own folder) stays found.
        QTemporaryDir dir;
        const QByteArray corpusBytes = TestCorpus::dayBytes();
        QVERIFY(!corpusBytes.isEmpty());
        QFile out(dir.filePath(QStringLiteral("2025-05-24.md")));
        for (const char *name : {"SciSeek", "SciFind"}) {
            QByteArray data = corpusBytes;
            data.replace("SciLoop", name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
            out.close();
            QCOMPARE(m_lib.importer().importFile(out.fileName()).outcome, ImportResult::Outcome::Imported);
        }
        QVERIFY(ids(QStringLiteral("SciSeek")).isEmpty());
        QCOMPARE(ids(QStringLiteral("SciLoop")), QStringList{QStringLiteral("2505.96938")});
        QCOMPARE(ids(QStringLiteral("SciFind")), QStringList{QStringLiteral("2505.96938")});
        QCOMPARE(ids(QStringLiteral("강아지")), QStringList{QStringLiteral("2505.96410")}); // the note survived
        QVERIFY(m_lib.database().execScript(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1);")).ok());
    }

    void equalRanksListTheNewestDayFirst()
    {
        // Five days with the same summaries under other ids: a rare word ranks its five papers
        // equally, and the newest day comes first (entry ids grow with the day).
        Large large;
        makeLarge(large);
        const QList<SearchHit> hits = large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("Judge-RM")), 5);
        QCOMPARE(hits.size(), 5);
        for (int i = 1; i < hits.size(); ++i) {
            QCOMPARE(hits[i].rank, hits[i - 1].rank);
            QVERIFY2(hits[i].day < hits[i - 1].day, qPrintable(hits[i].day.toString(Qt::ISODate)));
        }
    }

    // The window pages through results (a larger limit gives the same first results and more), shows
    // the true total, and can list the newest day first instead of the best match.
    void pagesTotalsAndNewestFirst()
    {
        Large large;
        makeLarge(large);
        if (QTest::currentTestFailed())
            return;
        for (const QString &typed : {QStringLiteral("모델"), QStringLiteral("강화 학습"), QStringLiteral("Judge-RM"), QStringLiteral("모델 -데이터"),
                                     QStringLiteral("is:unread"), QStringLiteral("2510.96265 OR 보상")}) {
            const SearchQuery query = SearchQuery::parse(typed);
            const QList<SearchHit> all = large.lib.searchIndex().search(query, 5000);
            QVERIFY2(!all.isEmpty(), qPrintable(typed));
            // The total counts each paper once, as the list does.
            QString error;
            QCOMPARE(large.lib.searchIndex().count(query, &error), int(all.size()));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // Page by page: each page starts with the one before.
            for (const int limit : {7, 20, 100}) {
                const QList<SearchHit> page = large.lib.searchIndex().search(query, limit);
                QCOMPARE(page.size(), std::min<qsizetype>(limit, all.size()));
                for (qsizetype i = 0; i < page.size(); ++i)
                    QCOMPARE(page.at(i).arxivId, all.at(i).arxivId);
            }
            // Newest first: the same papers, by day (newest first), then by their place in the day.
            const QList<SearchHit> newest = large.lib.searchIndex().search(query, 5000, nullptr, SearchIndex::Order::Newest);
            QCOMPARE(sorted(idsOf(newest)), sorted(idsOf(all)));
            for (qsizetype i = 1; i < newest.size(); ++i) {
                QVERIFY2(newest.at(i - 1).day >= newest.at(i).day, qPrintable(typed));
                // (the papers an id names come first within their day)
                if (newest.at(i - 1).day == newest.at(i).day && !query.idsOred) {
                    const auto order = large.lib.catalog().papersOfDay(newest.at(i).day);
                    const auto at = [&](const QString &id) {
                        return std::find_if(order.cbegin(), order.cend(), [&](const PaperListing &p) { return p.arxivId == id; }) - order.cbegin();
                    };
                    QVERIFY(at(newest.at(i - 1).arxivId) < at(newest.at(i).arxivId));
                }
            }
        }
        QCOMPARE(large.lib.searchIndex().count(SearchQuery::parse(QStringLiteral("zzqqxx"))), 0);
    }

    void wordsInMostPapersComeNewestFirst()
    {
        Large large;
        makeLarge(large);
        if (QTest::currentTestFailed())
            return;
        // The word found in most papers; the check only means something when that is over half.
        QString word;
        qsizetype most = 0;
        for (const QString &candidate : {QStringLiteral("모델"), QStringLiteral("학습"), QStringLiteral("성능"), QStringLiteral("제안")}) {
            const auto n = std::count_if(large.text.cbegin(), large.text.cend(), [&](const QString &t) { return t.contains(candidate); });
            if (n > most) {
                most = n;
                word = candidate;
            }
        }
        QVERIFY2(most * 2 > large.text.size(), qPrintable(word));
        const QList<SearchHit> hits = large.lib.searchIndex().search(SearchQuery::parse(word), 1000);
        QCOMPARE(hits.size(), most);
        // The papers with the word in the title first, then the others; each part newest first.
        const auto titled = [&](const SearchHit &h) { return h.title.contains(word); };
        const auto firstUntitled = std::find_if_not(hits.cbegin(), hits.cend(), titled);
        QVERIFY(std::none_of(firstUntitled, hits.cend(), titled));
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QVERIFY(large.text.value(hits[i].arxivId).contains(word) || titled(hits[i]));
            QVERIFY2(hits[i].snippet.contains(SearchHit::MatchStart), qPrintable(hits[i].snippet));
            if (i > 0 && titled(hits[i - 1]) == titled(hits[i]))
                QVERIFY(hits[i - 1].day >= hits[i].day);
        }
        QCOMPARE(hits.first().day, QDate(2025, 6, 5));
        // A filter on the same path.
        QVERIFY(large.lib.annotations().setRead(hits.first().arxivId, true).ok());
        const QList<SearchHit> unread = large.lib.searchIndex().search(SearchQuery::parse(word + QStringLiteral(" is:unread")), 1000);
        QCOMPARE(unread.size(), most - 1);
        QVERIFY(std::none_of(unread.cbegin(), unread.cend(), [&](const SearchHit &h) { return h.arxivId == hits.first().arxivId; }));
    }

    void prefixSearchNamesTheWordsOfTheVocabulary()
    {
        Large large;
        makeLarge(large);
        if (QTest::currentTestFailed())
            return;
        // A word starting with the prefix, as the tokenizer splits words (letters and digits).
        static const QRegularExpression diffus(QStringLiteral(R"((?<![\p{L}\p{N}])diffus)"), QRegularExpression::CaseInsensitiveOption);
        QStringList expected;
        for (auto it = large.text.cbegin(); it != large.text.cend(); ++it)
            if (diffus.match(it.value()).hasMatch())
                expected << it.key();
        QVERIFY(expected.size() >= 10);
        QStringList found;
        for (const SearchHit &h : large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("Diffus*")), 1000)) {
            found << h.arxivId;
            QVERIFY2(h.snippet.contains(SearchHit::MatchStart), qPrintable(h.snippet));
        }
        QCOMPARE(sorted(found), sorted(expected));
        // Excluded by prefix.
        for (const SearchHit &h : large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("모델 -diffus*")), 1000))
            QVERIFY(!expected.contains(h.arxivId));
        // A word that only a note brings is in the vocabulary at once, and goes when the note does not
        // (a stale word matches nothing).
        const QString paper = large.text.keys().first();
        QVERIFY(large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("zyxwv*"))).isEmpty());
        QVERIFY(large.lib.annotations().setNote(paper, QStringLiteral("Zyxwvutronics 다시 볼 것")).ok());
        QCOMPARE(large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("zyxwv*"))).value(0).arxivId, paper);
        QSqlQuery q(large.lib.database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'zyxwvutronics'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(large.lib.annotations().setNote(paper, QStringLiteral("다른 메모")).ok());
        QVERIFY(large.lib.searchIndex().search(SearchQuery::parse(QStringLiteral("zyxwv*"))).isEmpty());
        // A word beside another word with the same prefix: the prefix stands for both.
        const QString other = large.text.keys().last();
        QVERIFY(large.lib.annotations().setNote(other, QStringLiteral("Qwertzology")).ok());
        QVERIFY(large.lib.annotations().setNote(paper, QStringLiteral("Qwertyology")).ok());
        QCOMPARE(sorted(ids(large.lib, QStringLiteral("qwert*"))), sorted({paper, other}));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_terms WHERE term = 'qwertyology'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void rankingAndSnippets()
    {
        // A title match outranks a body match.
        const QList<SearchHit> hits = m_lib.searchIndex().search(SearchQuery::parse(QStringLiteral("Judge-RM")), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().arxivId, QStringLiteral("2505.96265"));
        QVERIFY(hits.first().snippet.contains(SearchHit::MatchStart));
        QVERIFY(hits.first().snippetWith(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[Judge-RM]")));
        for (int i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].rank <= hits[i].rank);
        QCOMPARE(m_lib.searchIndex().search(SearchQuery::parse(QStringLiteral("모델")), 3).size(), 3);
        // Snippets are text: the summary's bold and code marks are not shown.
        const QList<SearchHit> bold = m_lib.searchIndex().search(SearchQuery::parse(QStringLiteral("\"프레임워크 제안\"")), 5);
        const auto sciLoop = std::find_if(bold.cbegin(), bold.cend(), [](const SearchHit &h) { return h.arxivId == TestCorpus::kSciLoop; });
        QVERIFY(sciLoop != bold.cend());
        for (const SearchHit &h : bold)
            QVERIFY2(!h.snippet.contains(QStringLiteral("**")) && !h.snippet.contains(u'`'), qPrintable(h.snippet));
        QVERIFY2(sciLoop->snippetWith(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[프레임워크 제안]:")), qPrintable(sciLoop->snippet));
    }

    // paperboy_rank with the query's terms: the spellings of a compound are one term (their
    // occurrences add up, and so do their rows for the idf), an excluded phrase is none.
    void rankCountsSpellingsAsOneTerm()
    {
        QSqlQuery q(m_lib.database().sql());
        // The text in the second column: the first is a title, which earns its own bonus.
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.r USING fts5(t, x, tokenize = 'paperboy 2')")));
        const QStringList docs = {QStringLiteral("강화학습 모델"), QStringLiteral("강화 학습 모델, 강화학습"),
                                  QStringLiteral("모델"),          QStringLiteral("기타"),
                                  QStringLiteral("기타"),          QStringLiteral("기타"),
                                  QStringLiteral("기타"),          QStringLiteral("기타"),
                                  QStringLiteral("기타"),          QStringLiteral("기타")};
        for (int i = 0; i < docs.size(); ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.r(rowid, t, x) VALUES (%1, '', '%2')").arg(i + 1).arg(docs.at(i))));
        const auto scores = [&](const QString &typed) {
            const SearchQuery query = SearchQuery::parse(typed).withSpacings();
            QMap<int, double> out;
            QSqlQuery r(m_lib.database().sql());
            r.prepare(QStringLiteral("SELECT rowid, paperboy_rank(r, 1.0, 1.0, ?) FROM temp.r WHERE r MATCH ?"));
            r.addBindValue(query.phraseTerms());
            r.addBindValue(query.matchExpression());
            if (r.exec())
                while (r.next())
                    out.insert(r.value(0).toInt(), -r.value(1).toDouble());
            return out;
        };
        constexpr double k1 = 1.2;
        const auto saturated = [](double f) { return f * (k1 + 1) / (f + k1); };
        // One term: no idf; the paper with the compound twice (two spellings) scores higher.
        QMap<int, double> one = scores(QStringLiteral("강화학습"));
        QCOMPARE(one.keys(), (QList<int>{1, 2}));
        QCOMPARE(one.value(1), saturated(1));
        QCOMPARE(one.value(2), saturated(2));
        // Two terms: the compound's idf counts the rows of each spelling, added up (2 + 1 of 10:
        // row 2 has both).
        const double idfCompound = std::log((10 - 3 + 0.5) / (3 + 0.5));
        const double idfModel = std::log((10 - 3 + 0.5) / (3 + 0.5));
        QMap<int, double> two = scores(QStringLiteral("강화학습 모델"));
        QCOMPARE(two.keys(), (QList<int>{1, 2}));
        QVERIFY(qFuzzyCompare(two.value(1), idfCompound * saturated(1) + idfModel * saturated(1)));
        QVERIFY(qFuzzyCompare(two.value(2), idfCompound * saturated(2) + idfModel * saturated(1)));
        // An excluded word is not a term: one term left, no idf.
        QMap<int, double> without = scores(QStringLiteral("모델 -강화학습"));
        QCOMPARE(without.keys(), QList<int>{3});
        QCOMPARE(without.value(3), saturated(1));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.r")));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
