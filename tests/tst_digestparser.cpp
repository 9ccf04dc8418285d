// DigestParser on the test corpus (and the corpus day when given), the sample, the format variants and bad input.
#include "common/utf8.h"
#include "digest/arxivid.h"
#include "digest/digestlayoutregistry.h"
#include "digest/digestparser.h"
#include "testcorpus.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Paperboy::Core;

namespace {

QByteArray paperBlock(const QByteArray &id, const QByteArray &summary, bool fenced = true)
{
    QByteArray b = "## " + id + "\n🔗 https://huggingface.co/papers/" + id + "\n\n**Summary**:\n";
    b += fenced ? "```markdown\n" + summary + "\n```\n" : summary + "\n";
    b += "\n---\n\n";
    return b;
}

const QByteArray kHeader = "# 📰 Hugging Face Daily Papers – 2025-06-01\n\n";

const QByteArray kSevenHeadings = "# 논문 요약: \"Test Paper\"\n\n## 1. 핵심 동기와 문제 정의\n\n동기.\n\n## 2. 주요 기여 및 참신성\n\n기여.\n\n"
                                  "## 3. 모델 아키텍처 및 학습 설정\n\n방법.\n\n## 4. 실험 설정\n\n실험.\n\n## 5. 정량적 결과\n\n결과 12.5%.\n\n"
                                  "## 6. 한계점 및 잠재적 실패 요인\n\n한계.\n\n## 7. 후속 연구 아이디어 또는 확장 방향\n\n후속.";

QStringList kindNames(const Paper &p)
{
    QStringList out;
    for (const auto &s : p.sections)
        out << sectionKindName(s.kind);
    return out;
}

const QStringList kCanonical{QStringLiteral("motivation"), QStringLiteral("contributions"), QStringLiteral("method"),     QStringLiteral("experiments"),
                             QStringLiteral("results"),    QStringLiteral("limitations"),   QStringLiteral("future_work")};

int errorCount(const Digest &d)
{
    return int(std::count_if(d.diagnostics.cbegin(), d.diagnostics.cend(), [](const Diagnostic &x) { return x.isError(); }));
}

QStringList sectionTitles(const Paper &p)
{
    QStringList out;
    for (const auto &s : p.sections)
        out << s.title;
    return out;
}

QStringList paperIds(const Digest &d)
{
    QStringList out;
    for (const Paper &p : d.papers)
        out << p.arxivId;
    return out;
}

// The 1-based line of the first occurrence of marker in content.
int lineOf(const QByteArray &content, const QByteArray &marker)
{
    return int(content.left(content.indexOf(marker)).count('\n')) + 1;
}

// Each section's Markdown is its slice of the summary (the contract of Section::markdownFrom).
bool sectionsAreSlices(const Paper &p)
{
    for (const Section &s : p.sections)
        if (s.markdownFrom < 0 || p.summaryMarkdown.sliced(s.markdownFrom, s.markdown.size()) != s.markdown)
            return false;
    return true;
}

const QString kHf = QStringLiteral("hf-daily");
const QString kLog = QStringLiteral("paper-log");

// The log layout, written here: a day heading, then "### [Title](link)" papers.
const QByteArray kLogHeader = "## Daily Papers (2025-06-01)\n\n";

QByteArray logPaper(const QByteArray &heading, const QByteArray &body)
{
    return "### " + heading + "\n\n" + body + "\n";
}

const QByteArray kLabelled = "- ***What's New***: 새로운 방법을 제안합니다.\n- ***Technical Details***: 두 단계로 학습합니다.\n"
                             "- ***Performance Highlights***: 정확도가 12.5% 올랐습니다.\n";

const QStringList kThreeParts{QStringLiteral("contributions"), QStringLiteral("method"), QStringLiteral("results")};

} // namespace

class TestDigestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The project's own day (tests/data/digests): every form of the drift it holds.
    void corpusDigest()
    {
        const Digest d = DigestParser::parseFile(TestCorpus::day());
        QCOMPARE(d.layout, kHf);
        QCOMPARE(d.date, TestCorpus::kDay);
        QCOMPARE(d.papers.size(), TestCorpus::kPapers);
        QCOMPARE(errorCount(d), 0);
        QMap<QString, const Paper *> byId;
        for (const Paper &p : d.papers) {
            byId.insert(p.arxivId, &p);
            QVERIFY2(!p.title.isEmpty(), qPrintable(p.arxivId));
            QVERIFY2(!p.title.startsWith(QStringLiteral("논문 요약")), qPrintable(p.title));
            QCOMPARE(p.link, QStringLiteral("https://huggingface.co/papers/") + p.arxivId);
            for (qsizetype i = 0; i < p.sections.size(); ++i) {
                QVERIFY(!p.sections[i].body.isEmpty());
                QVERIFY(p.summaryMarkdown.contains(p.sections[i].markdown)); // verbatim slices
            }
            if (p.arxivId != TestCorpus::kMissingPart) {
                QCOMPARE(kindNames(p), kCanonical);
                for (int i = 0; i < 7; ++i)
                    QCOMPARE(p.sections[i].number, i + 1);
            }
        }
        QCOMPARE(byId.size(), TestCorpus::kPapers); // no paper twice
        QCOMPARE(d.papers[0].arxivId, TestCorpus::kSciLoop);
        QCOMPARE(d.papers[1].arxivId, TestCorpus::kDriftBench);
        QCOMPARE(d.papers[2].arxivId, TestCorpus::kToolSmith);
        QCOMPARE(d.papers[1].title, QStringLiteral("Think Long, Drift Far: Measuring Instruction Following in Reasoning Models"));
        QCOMPARE(d.papers[0].title, QStringLiteral("SciLoop: 가설에서 검증까지 이어지는 자동 연구 루프"));

        const Paper &judgeRm = *byId.value(TestCorpus::kJudgeRm);
        QCOMPARE(d.papers.at(33).arxivId, TestCorpus::kJudgeRm);
        QVERIFY(judgeRm.sections[0].markdown.startsWith(QStringLiteral("1. **핵심 동기와 문제 정의**")));
        QCOMPARE(judgeRm.sections[0].title, QStringLiteral("핵심 동기와 문제 정의"));
        QVERIFY(judgeRm.sections[0].body.startsWith(QStringLiteral("- 대형 언어 모델을"))); // dedented
        QVERIFY(judgeRm.sections[2].body.contains(QStringLiteral("\n  - **지도 학습 미세 조정(SFT)**"))); // nesting kept
        int listForm = 0;
        for (const Paper &p : d.papers)
            listForm += p.sections.value(0).markdown.startsWith(QStringLiteral("1. **"));
        QCOMPARE(listForm, 1);

        const Paper &bold = *byId.value(TestCorpus::kBoldLines);
        QVERIFY(bold.sections[0].markdown.startsWith(QStringLiteral("**1. 핵심 동기와 문제 정의**")));
        QCOMPARE(bold.sections[4].title, QStringLiteral("정량적 결과"));
        QVERIFY(bold.sections[4].body.contains(QStringLiteral("0.81~0.86"))); // a range, kept as typed

        const Paper &english = *byId.value(TestCorpus::kEnglish);
        QCOMPARE(english.title, QStringLiteral("ClearSpeech: Robust Speech Recognition for Noisy Lectures"));
        QCOMPARE(english.sections[0].title, QStringLiteral("Motivation and problem"));

        const Paper &missing = *byId.value(TestCorpus::kMissingPart);
        QCOMPARE(kindNames(missing),
                 (QStringList{QStringLiteral("motivation"), QStringLiteral("contributions"), QStringLiteral("method"), QStringLiteral("experiments"),
                              QStringLiteral("results"), QStringLiteral("future_work")}));
        QCOMPARE(missing.sections.last().number, 7);
        QVERIFY(missing.sections[0].body.contains(QStringLiteral("KV-캐시")));

        const Paper &code = *byId.value(TestCorpus::kWithCode);
        QVERIFY(code.sections[2].body.contains(QStringLiteral("~~~python\nconfig = LoRAConfig(rank=16, alpha=32)")));
        QVERIFY(code.sections[3].body.contains(QStringLiteral("**하드웨어**: 24GB GPU 1장")));
        QVERIFY(code.title.contains(QStringLiteral("LoRA 미세조정")));
    }

    // Extra check on the real published digest (PAPERBOY_REAL_DIGESTS): all 47 papers in seven parts.
    void realDigest()
    {
        PAPERBOY_REQUIRE_REAL_DIGEST("2025-05-24.md");
        const Digest d = DigestParser::parseFile(TestCorpus::realDir() + QStringLiteral("/2025-05-24.md"));
        QCOMPARE(d.date, QDate(2025, 5, 24));
        QCOMPARE(d.layout, kHf);
        QCOMPARE(d.papers.size(), 47);
        QCOMPARE(errorCount(d), 0);
        int listForm = 0;
        for (const Paper &p : d.papers) {
            QVERIFY2(!p.title.isEmpty(), qPrintable(p.arxivId));
            QVERIFY2(!p.title.startsWith(QStringLiteral("논문 요약")), qPrintable(p.title));
            QCOMPARE(p.link, QStringLiteral("https://huggingface.co/papers/") + p.arxivId);
            QCOMPARE(kindNames(p), kCanonical);
            for (int i = 0; i < 7; ++i) {
                QCOMPARE(p.sections[i].number, i + 1);
                QVERIFY(!p.sections[i].body.isEmpty());
                QVERIFY(p.summaryMarkdown.contains(p.sections[i].markdown)); // verbatim slices
            }
            if (p.sections[0].markdown.startsWith(QStringLiteral("1. **")))
                ++listForm;
        }
        QCOMPARE(listForm, 1);
        const Paper &listPaper = *std::find_if(d.papers.cbegin(), d.papers.cend(), [](const Paper &p) { return p.arxivId == QStringLiteral("2505.16265"); });
        QVERIFY(listPaper.sections[0].markdown.startsWith(QStringLiteral("1. **핵심 동기와 문제 정의**")));
        QCOMPARE(listPaper.sections[0].title, QStringLiteral("핵심 동기와 문제 정의"));
        QVERIFY(listPaper.sections[0].body.startsWith(QStringLiteral("- 대형 언어 모델을"))); // dedented
        QCOMPARE(d.papers[0].arxivId, QStringLiteral("2505.16938"));
    }

    // The log layout's newer form (tests/data/log-layout): thumbnails, video, votes, authors and
    // labelled bullets with three stars and with two.
    void logLayoutNewerDay()
    {
        const Digest d = DigestParser::parseFile(TestCorpus::logNewerDay());
        QCOMPARE(d.layout, kLog);
        QCOMPARE(d.date, TestCorpus::kLogNewerDay);
        QCOMPARE(d.title, QStringLiteral("Daily Papers (2025-05-09)"));
        QVERIFY2(d.diagnostics.isEmpty(), qPrintable(d.diagnostics.value(0).toString()));
        QCOMPARE(paperIds(d),
                 (QStringList{QStringLiteral("2505.97001"), QStringLiteral("2505.97002"), QStringLiteral("2505.97003"), QStringLiteral("2505.97004")}));
        for (const Paper &p : d.papers) {
            QVERIFY2(sectionsAreSlices(p), qPrintable(p.arxivId));
            // Thumbnails, videos, HTML and the Vote/Authors lines are no part of the summary.
            for (const char *inert : {"![", "Watch Video", "<div", "<video", "<br", "<span", "Vote:", "Authors:", "cdn-"})
                QVERIFY2(!p.summaryMarkdown.contains(QLatin1StringView(inert)), qPrintable(p.arxivId + u' ' + QLatin1StringView(inert)));
            for (const Section &s : p.sections) {
                QVERIFY(!s.body.isEmpty());
                QVERIFY2(!s.body.contains(QStringLiteral("***")) && !s.body.contains(QStringLiteral("<span")), qPrintable(s.body));
            }
        }

        const Paper &luma = d.papers[0];
        QCOMPARE(luma.title, QStringLiteral("LumaStep: 단계별 보상으로 확산 모델을 정렬하는 방법"));
        QCOMPARE(luma.link, QStringLiteral("https://arxiv.org/abs/2505.97001"));
        QCOMPARE(luma.line, 3);
        QCOMPARE(luma.votes, 42);
        QCOMPARE(luma.authors, (QStringList{QStringLiteral("Minji Park"), QStringLiteral("Daniel Okafor"), QStringLiteral("Hyunwoo Lee")}));
        QCOMPARE(kindNames(luma), kThreeParts);
        QCOMPARE(sectionTitles(luma),
                 (QStringList{QStringLiteral("What's New"), QStringLiteral("Technical Details"), QStringLiteral("Performance Highlights")}));
        QVERIFY(luma.summaryMarkdown.startsWith(QStringLiteral("- ***What's New***: LumaStep은")));
        QVERIFY(luma.sections[0].markdown.startsWith(QStringLiteral("- ***What's New***:")));
        QVERIFY(luma.sections[0].body.startsWith(QStringLiteral("LumaStep은 확산 모델(Diffusion Model)의")));
        QVERIFY(luma.sections[2].body.contains(QStringLiteral("0.7~1.2점"))); // a range, as typed
        QCOMPARE(luma.sections[0].number, 0);

        const Paper &idk = d.papers[1];
        QCOMPARE(idk.title, QStringLiteral("[IDK] Token: 모르는 것을 모른다고 말하는 언어 모델")); // brackets inside the link text
        QCOMPARE(idk.votes, 17);
        QCOMPARE(kindNames(idk), kThreeParts); // "**What's New**:", two stars
        QCOMPARE(idk.sections[0].title, QStringLiteral("What's New"));
        QVERIFY(idk.sections[0].body.startsWith(QStringLiteral("언어 모델의 어휘에 [IDK] 토큰을")));
        QVERIFY(idk.summaryMarkdown.startsWith(QStringLiteral("- **What's New**:")));

        const Paper &patchwork = d.papers[2];
        QCOMPARE(patchwork.link, QStringLiteral("https://arxiv.org/pdf/2505.97003v2")); // the id without pdf/ and version
        QCOMPARE(patchwork.authors.size(), 4);
        QCOMPARE(patchwork.authors[0], QStringLiteral("Tomás Herrera"));
        QCOMPARE(kindNames(patchwork),
                 (QStringList{QStringLiteral("motivation"), QStringLiteral("method"), QStringLiteral("experiments"), QStringLiteral("limitations"),
                              QStringLiteral("other")}));
        QCOMPARE(patchwork.sections[4].title, QStringLiteral("Conclusion"));
        QCOMPARE(patchwork.sections[1].body,
                 QStringLiteral(
                     "상위 정책이 지도 조각(패치)을 고르고 하위 정책이 그 안에서 움직이는 두 단계 구조를 사용합니다.\n하위 정책은 모든 패치가 공유합니다."));

        const Paper &tilde = d.papers[3];
        QCOMPARE(tilde.title, QStringLiteral("Tilde_Net: *별표*와 밑줄이 있는 제목")); // backslash escapes taken out
        QCOMPARE(tilde.votes, 3);
        QCOMPARE(tilde.sections[0].body,
                 QStringLiteral("도구 호출을 `<tool>` 태그로 감싸는 새 형식을 제안합니다.형식은 기존 JSON 호출과 호환됩니다.")); // code kept, <br> not
        QCOMPARE(tilde.sections[1].body, QStringLiteral("호출 성공률이 72.5%에서 88.1%로 높아졌습니다 (5회 평균)."));
    }

    // The older form: plain bullets, one section of kind Other; no date heading, so the day comes
    // from the path (paper_logs/2023/11/20.md).
    void logLayoutOlderDay()
    {
        const Digest d = DigestParser::parseFile(TestCorpus::logOlderDay());
        QCOMPARE(d.layout, kLog);
        QCOMPARE(d.date, TestCorpus::kLogOlderDay);
        QVERIFY(d.title.isEmpty());
        QVERIFY2(d.diagnostics.isEmpty(), qPrintable(d.diagnostics.value(0).toString()));
        QCOMPARE(paperIds(d), (QStringList{QStringLiteral("2311.97101"), QStringLiteral("2311.97102"), QStringLiteral("2311.97103")}));
        for (const Paper &p : d.papers) {
            QCOMPARE(kindNames(p), QStringList{QStringLiteral("other")});
            QCOMPARE(p.sections[0].title, QStringLiteral("Summary"));
            QCOMPARE(p.sections[0].markdown, p.summaryMarkdown);
            QCOMPARE(p.sections[0].body, p.summaryMarkdown);
            QVERIFY(sectionsAreSlices(p));
            QCOMPARE(p.votes, -1);
            QVERIFY(p.authors.isEmpty());
            QCOMPARE(p.link, QStringLiteral("https://arxiv.org/abs/") + p.arxivId);
            QVERIFY(p.summaryMarkdown.startsWith(QStringLiteral("- ")));
            QVERIFY(!p.summaryMarkdown.contains(QStringLiteral("###"))); // a paper ends at the next heading
        }
        QCOMPARE(d.papers[0].title, QStringLiteral("Seoraebeol: A Korean Instruction Dataset Built from Public Records"));
        QCOMPARE(d.papers[0].line, 1);
        QVERIFY(d.papers[1].sections[0].body.contains(QStringLiteral("봅니다:\n  - (1) 블록 입력과 출력의 코사인 유사도"))); // nesting kept
        QVERIFY(d.papers[1].summaryMarkdown.endsWith(QStringLiteral("1% 미만이었습니다.")));
    }

    // What the log layout does with a defect: the rest of the day is read; the defect is named
    // at its line (marker) and, when it has one, with its paper's id.
    void logLayoutBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QByteArray>("marker");
        QTest::addColumn<QString>("paperId");
        QTest::newRow("missing link") << kLogHeader + logPaper("[Good One](https://arxiv.org/abs/2506.97001)", kLabelled)
                + logPaper("[Elsewhere Only](https://example.org/paper/7)", kLabelled) + logPaper("Bare Heading", kLabelled)
                + logPaper("[Good Two](https://arxiv.org/abs/2506.97002)", kLabelled)
                                      << QStringList{QStringLiteral("2506.97001"), QStringLiteral("2506.97002")} << QStringLiteral("has no arXiv link") << true
                                      << QByteArray("### [Elsewhere") << QString();
        QTest::newRow("no bullets") << kLogHeader
                + logPaper("[Only Votes](https://arxiv.org/abs/2506.97003)", "![](https://example.org/t.png)\n\nVote: 5\n\nAuthors: A Kim, B Lee\n")
                                    << QStringList{QStringLiteral("2506.97003")} << QStringLiteral("no summary") << false << QByteArray("### [Only")
                                    << QStringLiteral("2506.97003");
        QTest::newRow("html only") << kLogHeader
                + logPaper("[Only Video](https://arxiv.org/abs/2506.97004)",
                           "[Watch Video](https://example.org/v.mp4)\n<div><video controls src=\"https://example.org/v.mp4\" muted=\"false\"></video></div>\n")
                                   << QStringList{QStringLiteral("2506.97004")} << QStringLiteral("no summary") << false << QByteArray("### [Only")
                                   << QStringLiteral("2506.97004");
        QTest::newRow("duplicate") << kLogHeader + logPaper("[First](https://arxiv.org/abs/2506.97005)", kLabelled)
                + logPaper("[Second](https://arxiv.org/pdf/2506.97005v2)", "- 두 번째 판입니다.\n")
                                   << QStringList{QStringLiteral("2506.97005")} << QStringLiteral("appears again") << true << QByteArray("### [Second")
                                   << QStringLiteral("2506.97005");
        // A paper of the hf-daily layout inside a log file: the log layout reads the file (it has
        // more of its headings); the "## <id>" part belongs to no log paper and is skipped, not merged
        // into the paper before it.
        QTest::newRow("hf paper inside") << kLogHeader + logPaper("[Before](https://arxiv.org/abs/2506.97006)", kLabelled)
                + paperBlock("2506.97008", "# HF 요약\n\n## 1. 동기\n\n끼어든 내용") + logPaper("[After](https://arxiv.org/abs/2506.97007)", kLabelled)
                                         << QStringList{QStringLiteral("2506.97006"), QStringLiteral("2506.97007")} << QStringLiteral("starts no paper") << true
                                         << QByteArray("## 2506.97008") << QStringLiteral("2506.97008");
    }

    void logLayoutBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, ids);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        QFETCH(QByteArray, marker);
        QFETCH(QString, paperId);
        const Digest d = DigestParser::parse(content, QStringLiteral("2025-06-01.md"));
        QCOMPARE(d.layout, kLog);
        QCOMPARE(d.date, QDate(2025, 6, 1));
        QCOMPARE(paperIds(d), ids);
        const auto it = std::find_if(d.diagnostics.cbegin(), d.diagnostics.cend(), [&](const Diagnostic &x) { return x.message.contains(message); });
        QVERIFY2(it != d.diagnostics.cend(), qPrintable(message));
        QCOMPARE(it->isError(), isError);
        QCOMPARE(it->line, lineOf(content, marker));
        QCOMPARE(it->paperId, paperId);
        QCOMPARE(errorCount(d),
                 isError ? int(std::count_if(d.diagnostics.cbegin(), d.diagnostics.cend(), [&](const Diagnostic &x) { return x.message.contains(message); }))
                         : 0);
        for (const Paper &p : d.papers)
            QVERIFY(sectionsAreSlices(p));
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        if (name == QLatin1StringView("missing link")) {
            QVERIFY(it->message.contains(QStringLiteral("Elsewhere Only"))); // names the paper it skips
            QCOMPARE(errorCount(d), 2); // and the bare heading too
            QCOMPARE(d.diagnostics.last().line, lineOf(content, "### Bare"));
            QVERIFY(d.diagnostics.last().message.contains(QStringLiteral("Bare Heading")));
        } else if (name == QLatin1StringView("no bullets")) {
            QCOMPARE(d.papers[0].votes, 5);
            QCOMPARE(d.papers[0].authors, (QStringList{QStringLiteral("A Kim"), QStringLiteral("B Lee")}));
            QVERIFY(d.papers[0].summaryMarkdown.isEmpty());
            QVERIFY(d.papers[0].sections.isEmpty());
            QCOMPARE(d.papers[0].title, QStringLiteral("Only Votes"));
        } else if (name == QLatin1StringView("html only")) {
            QVERIFY(d.papers[0].summaryMarkdown.isEmpty());
            QVERIFY(d.papers[0].sections.isEmpty());
        } else if (name == QLatin1StringView("duplicate")) {
            QCOMPARE(d.papers[0].title, QStringLiteral("First")); // the first entry is kept
            QCOMPARE(kindNames(d.papers[0]), kThreeParts);
        } else if (name == QLatin1StringView("hf paper inside")) {
            QVERIFY(!d.papers[0].summaryMarkdown.contains(QStringLiteral("2506.97008")));
            QVERIFY(!d.papers[0].summaryMarkdown.contains(QStringLiteral("끼어든")));
            QCOMPARE(kindNames(d.papers[1]), kThreeParts);
        }
    }

    // A file of no layout is rejected with one error that says what each layout expects.
    void unrecognisedFileNamesEveryLayout_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("dated heading") << kHeader + "오늘은 소개할 논문이 없습니다.\n" << QStringLiteral("x.md") << QStringLiteral("no papers: expected");
        QTest::newRow("dated path") << QByteArray("그냥 글입니다.\n") << QStringLiteral("logs/2025/06/01.md") << QStringLiteral("no papers: expected");
        QTest::newRow("undated") << QByteArray("# 메모\n\n그냥 글입니다.\n") << QStringLiteral("notes.md") << QStringLiteral("no date");
        // Paper-like headings of neither layout: "## 2506.1" is no id, "### Title" has no link.
        QTest::newRow("near misses") << kLogHeader + "## 2506.1\n\n### Title\n\n- 글\n" << QStringLiteral("x.md") << QStringLiteral("no papers: expected");
    }

    void unrecognisedFileNamesEveryLayout()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        const Digest d = DigestParser::parse(content, fileName);
        QVERIFY(d.layout.isEmpty());
        QVERIFY(d.papers.isEmpty());
        QCOMPARE(d.diagnostics.size(), 1);
        const Diagnostic &e = d.diagnostics.first();
        QVERIFY(e.isError());
        QCOMPARE(e.file, fileName);
        QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
        QCOMPARE(DigestLayoutRegistry::layouts().size(), 2);
        for (const DigestLayout *layout : DigestLayoutRegistry::layouts()) {
            QVERIFY2(e.message.contains(layout->name()), qPrintable(e.message));
            QVERIFY2(e.message.contains(layout->expectation()), qPrintable(e.message));
        }
        QVERIFY(e.message.contains(QStringLiteral("'## <arXiv id>' headings (hf-daily)")));
        QVERIFY(e.message.contains(QStringLiteral("'### [Title](https://arxiv.org/abs/<id>)' headings (paper-log)")));
    }

    // The layout comes from the file's structure, never from its name; the date from the heading
    // first, then the name or path the layout accepts.
    void layoutIsRecognisedByStructure_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("papers");
        const QByteArray log = logPaper("[Log Paper](https://arxiv.org/abs/2506.97010)", kLabelled);
        QTest::newRow("hf named like a log") << kHeader + paperBlock("2506.00001", kSevenHeadings) << QStringLiteral("/data/paper_logs/2025/05/09.md") << kHf
                                             << QDate(2025, 6, 1) << 1;
        QTest::newRow("hf, no heading, log path") << paperBlock("2506.00001", kSevenHeadings) << QStringLiteral("paper_logs/2025/05/09.md") << kHf << QDate()
                                                  << 0;
        QTest::newRow("log named like hf") << kLogHeader + log << QStringLiteral("2025-05-24.md") << kLog << QDate(2025, 6, 1) << 1;
        QTest::newRow("log dated by name") << log << QStringLiteral("/x/2025-05-24.md") << kLog << QDate(2025, 5, 24) << 1;
        QTest::newRow("log dated by path") << log << QStringLiteral("paper_logs/2024/02/29.md") << kLog << QDate(2024, 2, 29) << 1;
        QTest::newRow("log undated") << log << QStringLiteral("notes.md") << kLog << QDate() << 0;
        // Mixed: more headings of one layout win; a tie goes to the earlier layout (hf-daily).
        QTest::newRow("hf with a log heading") << kHeader + paperBlock("2506.00001", kSevenHeadings) + paperBlock("2506.00002", kSevenHeadings) + log
                                               << QStringLiteral("x.md") << kHf << QDate(2025, 6, 1) << 2;
        QTest::newRow("tie") << kHeader + paperBlock("2506.00001", kSevenHeadings) + log << QStringLiteral("x.md") << kHf << QDate(2025, 6, 1) << 1;
        QTest::newRow("tie broken by the day heading")
            << kLogHeader + paperBlock("2506.00001", kSevenHeadings) + log << QStringLiteral("x.md") << kLog << QDate(2025, 6, 1) << 1;
    }

    void layoutIsRecognisedByStructure()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, layout);
        QFETCH(QDate, date);
        QFETCH(int, papers);
        const Digest d = DigestParser::parse(content, fileName);
        QCOMPARE(d.layout, layout);
        QCOMPARE(d.date, date);
        QCOMPARE(d.papers.size(), papers);
        if (date.isValid()) {
            if (QTest::currentDataTag() != QByteArray("tie broken by the day heading"))
                QCOMPARE(errorCount(d), 0);
        } else {
            QVERIFY(d.diagnostics.last().message.startsWith(QStringLiteral("no date")));
            QCOMPARE(d.diagnostics.last().message.contains(kLog), layout == kLog); // the log layout names itself
        }
    }

    void layoutRegistry()
    {
        QStringList names;
        for (const DigestLayout *layout : DigestLayoutRegistry::layouts())
            names << layout->name();
        QCOMPARE(names, (QStringList{kHf, kLog}));
        QCOMPARE(DigestLayoutRegistry::find(kLog)->name(), kLog);
        QCOMPARE(DigestLayoutRegistry::find(QStringLiteral("docx")), nullptr);
        QCOMPARE(DigestLayoutRegistry::recognise(TestCorpus::dayBytes())->name(), kHf);
        QCOMPARE(DigestLayoutRegistry::recognise(TestCorpus::read(TestCorpus::logNewerDay()))->name(), kLog);
        QCOMPARE(DigestLayoutRegistry::recognise("# notes\n\njust text\n"), nullptr);
        // Judged on the first 64 KiB; past them only when nothing there is of any layout.
        const QByteArray late = QByteArray(70 * 1024, '\n') + logPaper("[Late](https://arxiv.org/abs/2506.97011)", kLabelled);
        QCOMPARE(DigestLayoutRegistry::recognise(late)->name(), kLog);
    }

    // Extra check on the real published digests of the log layout, kept beside the real digests
    // ($PAPERBOY_REAL_DIGESTS/../digests-log-layout).
    void realLogDigests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("labelled");
        QTest::newRow("older") << QStringLiteral("2023-11-20.md") << QDate(2023, 11, 20) << false;
        QTest::newRow("newer") << QStringLiteral("2025-05-09.md") << QDate(2025, 5, 9) << true;
    }

    void realLogDigests()
    {
        QFETCH(QString, file);
        QFETCH(QDate, date);
        QFETCH(bool, labelled);
        if (TestCorpus::realDir().isEmpty())
            QSKIP("extra check on the real published log-layout digests: set PAPERBOY_REAL_DIGESTS=DIR to run it");
        const QString path = TestCorpus::realLogDir() + u'/' + file;
        if (TestCorpus::realLogDir().isEmpty() || !QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("no %1 in digests-log-layout beside PAPERBOY_REAL_DIGESTS").arg(file)));
        const Digest d = DigestParser::parseFile(path);
        QCOMPARE(d.layout, kLog);
        QCOMPARE(d.date, date);
        QCOMPARE(errorCount(d), 0); // no paper rejected
        QVERIFY(d.papers.size() >= 10);
        for (const Paper &p : d.papers) {
            QVERIFY2(!p.title.isEmpty(), qPrintable(p.arxivId));
            QVERIFY2(p.link.startsWith(QStringLiteral("https://arxiv.org/")), qPrintable(p.link));
            QVERIFY2(!p.sections.isEmpty(), qPrintable(p.arxivId));
            QVERIFY(sectionsAreSlices(p));
            for (const Section &s : p.sections)
                QVERIFY2(!s.body.isEmpty(), qPrintable(p.arxivId));
            QVERIFY(!p.summaryMarkdown.contains(QStringLiteral("![")));
            QVERIFY(!p.summaryMarkdown.contains(QStringLiteral("Vote:")));
            if (labelled) {
                QVERIFY2(p.votes >= 0, qPrintable(p.arxivId));
                QVERIFY2(!p.authors.isEmpty(), qPrintable(p.arxivId));
                QCOMPARE(kindNames(p), kThreeParts);
            } else {
                QCOMPARE(kindNames(p), QStringList{QStringLiteral("other")});
            }
        }
    }

    // The defective digests of tests/data/broken: each keeps what can be kept and says what is wrong.
    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        QTest::newRow("unclosed fence") << QStringLiteral("unclosed-fence.md")
                                        << QStringList{QStringLiteral("2506.90001"), QStringLiteral("2506.90002"), QStringLiteral("2506.90003")}
                                        << QStringLiteral("never closed") << false;
        QTest::newRow("no summary") << QStringLiteral("no-summary.md") << QStringList{QStringLiteral("2506.90011"), QStringLiteral("2506.90012")}
                                    << QStringLiteral("no summary; the paper is kept") << false;
        QTest::newRow("bad bytes") << QStringLiteral("bad-bytes.md") << QStringList{QStringLiteral("2506.90021")} << QStringLiteral("invalid bytes") << false;
        QTest::newRow("no papers") << QStringLiteral("no-papers.md") << QStringList{} << QStringLiteral("no papers") << true;
        QTest::newRow("duplicate") << QStringLiteral("duplicate-paper.md") << QStringList{QStringLiteral("2506.90031")} << QStringLiteral("appears again")
                                   << true;
        QTest::newRow("wrong link") << QStringLiteral("wrong-link.md") << QStringList{QStringLiteral("2506.90041")} << QString() << false;
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ids);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        const QString path = QStringLiteral(PAPERBOY_TEST_DATA "/broken/") + file;
        QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("missing test data: %1").arg(path)));
        const Digest d = DigestParser::parseFile(path);
        QStringList found;
        for (const Paper &p : d.papers)
            found << p.arxivId;
        QCOMPARE(found, ids);
        if (message.isEmpty()) {
            QCOMPARE(errorCount(d), 0);
        } else {
            const auto it = std::find_if(d.diagnostics.cbegin(), d.diagnostics.cend(), [&](const Diagnostic &x) { return x.message.contains(message); });
            QVERIFY2(it != d.diagnostics.cend(), qPrintable(message));
            QCOMPARE(it->isError(), isError);
            QVERIFY(it->toString().contains(file)); // names the file
        }
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        if (name == QLatin1StringView("unclosed fence")) {
            // The open fence runs only to the next paper, which is read whole.
            QCOMPARE(d.papers[2].title, QStringLiteral("뒤따르는 요약"));
            QCOMPARE(kindNames(d.papers[2]), QStringList{QStringLiteral("results")});
            QVERIFY(!d.papers[1].summaryMarkdown.contains(QStringLiteral("뒤따르는")));
        } else if (name == QLatin1StringView("no summary")) {
            QVERIFY(d.papers[0].sections.isEmpty());
            QCOMPARE(d.papers[1].title, QStringLiteral("요약만 있는 논문"));
            QVERIFY(d.papers[1].summaryMarkdown.contains(QStringLiteral("요약 문단 하나뿐")));
        } else if (name == QLatin1StringView("bad bytes")) {
            QCOMPARE(kindNames(d.papers[0]), (QStringList{QStringLiteral("motivation"), QStringLiteral("results")}));
            QVERIFY(d.papers[0].sections[0].body.contains(QChar::ReplacementCharacter));
            QVERIFY(d.papers[0].sections[1].body.contains(QStringLiteral("3.2%")));
        } else if (name == QLatin1StringView("duplicate")) {
            QCOMPARE(d.papers[0].title, QStringLiteral("첫 번째 판")); // the first entry is kept
        } else if (name == QLatin1StringView("wrong link")) {
            // The 🔗 line is kept as written; the heading that is no id starts no paper.
            QCOMPARE(d.papers[0].link, QStringLiteral("https://huggingface.co/papers/2506.99999"));
            QCOMPARE(kindNames(d.papers[0]), QStringList{QStringLiteral("contributions")});
        }
    }

    // One normal form of an arXiv id for digests, notes files and the command line.
    void arxivIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normal"); // empty: refused
        QTest::newRow("new") << QStringLiteral("2505.16938") << QStringLiteral("2505.16938");
        QTest::newRow("version") << QStringLiteral("2505.16938v2") << QStringLiteral("2505.16938");
        QTest::newRow("prefix") << QStringLiteral(" arXiv:2505.16938v12 ") << QStringLiteral("2505.16938");
        QTest::newRow("lower prefix") << QStringLiteral("arxiv:0704.0001") << QStringLiteral("0704.0001");
        QTest::newRow("four digits") << QStringLiteral("1412.6980") << QStringLiteral("1412.6980");
        QTest::newRow("old") << QStringLiteral("hep-th/9901001v1") << QStringLiteral("hep-th/9901001");
        QTest::newRow("old class") << QStringLiteral("math.gt/0309136") << QStringLiteral("math.GT/0309136");
        QTest::newRow("html") << QStringLiteral("x)<img src=x onerror=alert(1)>") << QString();
        QTest::newRow("line break") << QStringLiteral("2505.16938\nb") << QString();
        QTest::newRow("path") << QStringLiteral("../../x") << QString();
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QString();
        QTest::newRow("short") << QStringLiteral("2505.169") << QString();
        QTest::newRow("month 13") << QStringLiteral("2513.00001") << QString();
        QTest::newRow("five digits too early") << QStringLiteral("1412.00001") << QString();
        QTest::newRow("four digits too late") << QStringLiteral("2505.1693") << QString();
        QTest::newRow("before arXiv's scheme") << QStringLiteral("0703.0001") << QString();
        QTest::newRow("old scheme too late") << QStringLiteral("hep-th/0801001") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void arxivIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, normal);
        QCOMPARE(ArxivId::normalized(text).value_or(QString()), normal);
    }

    // A version in a digest's heading names the paper without it.
    void headingVersionIsDropped()
    {
        const Digest d = DigestParser::parse(kHeader + paperBlock("2506.00001v3", kSevenHeadings) + paperBlock("arXiv:2506.00002", kSevenHeadings),
                                             QStringLiteral("2025-06-01.md"));
        QCOMPARE(d.papers.size(), 2);
        QCOMPARE(d.papers[0].arxivId, QStringLiteral("2506.00001"));
        QCOMPARE(d.papers[1].arxivId, QStringLiteral("2506.00002"));
    }

    void sampleDigest()
    {
        const Digest d = DigestParser::parseFile(QStringLiteral(PAPERBOY_SOURCE_DIR "/resources/sample/2025-01-15.md"));
        QCOMPARE(d.date, QDate(2025, 1, 15));
        QCOMPARE(d.papers.size(), 4);
        QCOMPARE(errorCount(d), 0);
        QCOMPARE(d.papers[0].title, QStringLiteral("Attention Is All You Need"));
        QCOMPARE(kindNames(d.papers[1]), kCanonical); // list form
        QCOMPARE(
            kindNames(d.papers[2]),
            (QStringList{QStringLiteral("motivation"), QStringLiteral("contributions"), QStringLiteral("results"), QStringLiteral("limitations")})); // English
        QCOMPARE(d.papers[3].sections.size(), 5); // parts 3 and 7 missing
    }

    void variants_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("title");

        QTest::newRow("headings") << kHeader + paperBlock("2506.00001", kSevenHeadings) << kCanonical << QStringLiteral("Test Paper");
        QByteArray crlf = "\xEF\xBB\xBF" + kHeader + paperBlock("2506.00001", kSevenHeadings);
        crlf.replace("\n", "\r\n");
        QTest::newRow("bom-crlf") << crlf << kCanonical << QStringLiteral("Test Paper");
        QTest::newRow("unfenced") << kHeader + paperBlock("2506.00001", kSevenHeadings, false) << kCanonical << QStringLiteral("Test Paper");
        QTest::newRow("bold-lines") << kHeader
                + paperBlock("2506.00001", "# “Bold Lines”\n\n**1. Motivation**\n\ntext\n\n**2. Key contributions**\n\ntext\n\n**3. Results**\n\n+4.2 BLEU")
                                    << QStringList{QStringLiteral("motivation"), QStringLiteral("contributions"), QStringLiteral("results")}
                                    << QStringLiteral("Bold Lines");
        QTest::newRow("english-h3") << kHeader
                + paperBlock("2506.00001",
                             "# Paper summary: Deep Thing\n\n### Problem\n\nx\n\n### Method\n\ny\n\n### Limitations\n\nz\n\n### Acknowledgements\n\nw")
                                    << QStringList{QStringLiteral("motivation"), QStringLiteral("method"), QStringLiteral("limitations"),
                                                   QStringLiteral("other")}
                                    << QStringLiteral("Deep Thing");
        QTest::newRow("date-from-name-only") << QByteArray(paperBlock("2506.00001", kSevenHeadings)) << kCanonical << QStringLiteral("Test Paper");
    }

    void variants()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, kinds);
        QFETCH(QString, title);
        const Digest d = DigestParser::parse(content, QStringLiteral("2025-06-01.md"));
        QCOMPARE(errorCount(d), 0);
        QCOMPARE(d.date, QDate(2025, 6, 1));
        QCOMPARE(d.papers.size(), 1);
        QCOMPARE(d.papers[0].arxivId, QStringLiteral("2506.00001"));
        QCOMPARE(d.papers[0].title, title);
        QCOMPARE(kindNames(d.papers[0]), kinds);
        QVERIFY(!d.papers[0].summaryMarkdown.contains(QStringLiteral("---")));
        QVERIFY(!d.papers[0].summaryMarkdown.contains(u'\r'));
    }

    void paperWithoutSummaryIsKept()
    {
        const QByteArray content = kHeader + "## 2506.00001\n🔗 https://huggingface.co/papers/2506.00001\n\n---\n\n" + paperBlock("2506.00002", kSevenHeadings);
        const Digest d = DigestParser::parse(content, QStringLiteral("x.md"));
        QCOMPARE(d.papers.size(), 2);
        QVERIFY(d.papers[0].summaryMarkdown.isEmpty());
        QCOMPARE(d.papers[1].sections.size(), 7);
        QCOMPARE(errorCount(d), 0);
        const auto it = std::find_if(d.diagnostics.cbegin(), d.diagnostics.cend(), [](const Diagnostic &x) {
            return x.paperId == QStringLiteral("2506.00001") && x.message.contains(QStringLiteral("no summary"));
        });
        QVERIFY(it != d.diagnostics.cend());
        QCOMPARE(it->line, 3);
    }

    void unterminatedFenceStopsAtNextPaper()
    {
        QByteArray first = "## 2506.00001\n\n**Summary**:\n```markdown\n" + kSevenHeadings + "\n\n";
        const QByteArray content = kHeader + first + paperBlock("2506.00002", kSevenHeadings);
        const Digest d = DigestParser::parse(content, QStringLiteral("x.md"));
        QCOMPARE(d.papers.size(), 2);
        QCOMPARE(d.papers[0].sections.size(), 7);
        QCOMPARE(d.papers[1].sections.size(), 7);
        QVERIFY(!d.papers[0].summaryMarkdown.contains(QStringLiteral("2506.00002")));
        const auto it = std::find_if(d.diagnostics.cbegin(), d.diagnostics.cend(),
                                     [](const Diagnostic &x) { return x.message.contains(QStringLiteral("never closed")); });
        QVERIFY(it != d.diagnostics.cend());
        QCOMPARE(it->line, 6);
        QCOMPARE(it->paperId, QStringLiteral("2506.00001"));
    }

    void duplicateIdsReportedFirstKept()
    {
        const QByteArray content = kHeader + paperBlock("2506.00001", kSevenHeadings) + paperBlock("2506.00001", "# Other\n\n## Results\n\nx");
        const Digest d = DigestParser::parse(content, QStringLiteral("x.md"));
        QCOMPARE(d.papers.size(), 1);
        QCOMPARE(d.papers[0].title, QStringLiteral("Test Paper"));
        QCOMPARE(errorCount(d), 1);
        QVERIFY(d.diagnostics.last().message.contains(QStringLiteral("appears again")));
    }

    void garbageBytesAreReplaced()
    {
        QByteArray summary = kSevenHeadings;
        summary.replace("동기.", QByteArray("bad \xFF\xFE\x00 bytes", 14));
        const Digest d = DigestParser::parse(kHeader + paperBlock("2506.00001", summary), QStringLiteral("x.md"));
        QCOMPARE(d.papers.size(), 1);
        QCOMPARE(d.papers[0].sections.size(), 7);
        QVERIFY(d.papers[0].sections[0].body.contains(QChar::ReplacementCharacter));
        QCOMPARE(errorCount(d), 0);
        QVERIFY(!d.diagnostics.isEmpty());
        QVERIFY(d.diagnostics.first().message.contains(QStringLiteral("invalid bytes")));
    }

    void importTextsAreTheParsedOnes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("corpus") << TestCorpus::dayBytes();
        if (!TestCorpus::realDir().isEmpty())
            QTest::newRow("real") << TestCorpus::read(TestCorpus::realDir() + QStringLiteral("/2025-05-24.md"));
        QByteArray crlf = "\xEF\xBB\xBF" + kHeader + paperBlock("2506.00001", kSevenHeadings);
        crlf.replace("\n", "\r\n");
        QTest::newRow("bom-crlf") << crlf;
        QByteArray garbage = kSevenHeadings;
        garbage.replace("동기.", QByteArray("bad \xFF\xFE\x00 bytes", 14));
        QTest::newRow("garbage") << kHeader + paperBlock("2506.00001", garbage);
        // Indented list-form sections (dedented), blank lines of spaces, ideographic spaces at the ends.
        QTest::newRow("list-form") << kHeader
                + paperBlock("2506.00002",
                             "\xE3\x80\x80# T\n\n1. **Motivation**: why\n   more\n   \n   last\xE3\x80\x80\n"
                             "2. **Results**\n    +4.2 BLEU\n\n      deep\n");
        QTest::newRow("no-summary") << kHeader + "## 2506.00003\n🔗 https://huggingface.co/papers/2506.00003\n\n---\n";
        // Characters outside the BMP (two UTF-16 units) before and inside sections, no-break and
        // ideographic spaces at a section's ends, a setext heading underline, tabs.
        QTest::newRow("astral") << kHeader
                + paperBlock("2506.00004",
                             "# 🔬 \xF0\xA0\x80\x80 제목\n\n## 1. 동기 🧪\n본문 😀\xC2\xA0\n\n"
                             "## 2. Results\n\t+1.0 😀\n\xE3\x80\x80\n## 3. 한계\n-----\n끝\xE3\x80\x80");
        // Byte order marks at the start of a summary and of a section's body (QString::fromUtf8 drops one
        // at the start of a text).
        QTest::newRow("bom") << kHeader
                + paperBlock("2506.00006", "\xEF\xBB\xBF# T\n\n## 1. Motivation\n\xEF\xBB\xBF why \xEF\xBB\xBF\n\n## 2. Results\n\xEF\xBB\xBF\xE3\x80\x80+1\n");
        QTest::newRow("indented") << kHeader + paperBlock("2506.00005", "# T\n\n**1. Motivation**\n\n      deep\n    \n    less\n\n**2. Limitations**\n  x\n");
        // The log layout: both fixtures, and every defect it reports at once.
        QTest::newRow("log-newer") << TestCorpus::read(TestCorpus::logNewerDay());
        QTest::newRow("log-older") << TestCorpus::read(TestCorpus::logOlderDay());
        QTest::newRow("log-defects") << kLogHeader + logPaper("[Good](https://arxiv.org/abs/2506.97001)", kLabelled)
                + logPaper("[No Link](https://example.org/7)", kLabelled) + logPaper("[Votes Only](https://arxiv.org/abs/2506.97002)", "Vote: 4\n")
                + logPaper("[Html](https://arxiv.org/abs/2506.97003)", "<div><video controls src=\"v.mp4\"></video></div>\n")
                + logPaper("[Good Again](https://arxiv.org/pdf/2506.97001v3)", kLabelled) + "## 2506.97004\n🔗 https://huggingface.co/papers/2506.97004\n\n"
                + logPaper("[😀 Astral \\[x\\]](https://arxiv.org/abs/2506.97005)", "\xEF\xBB\xBF- 앞 😀\n- **Results**: 😀 +1\n  더\xE3\x80\x80\n");
        for (const QString &file : {QStringLiteral("2023-11-20.md"), QStringLiteral("2025-05-09.md")})
            if (!TestCorpus::realLogDir().isEmpty() && QFile::exists(TestCorpus::realLogDir() + u'/' + file))
                QTest::addRow("real-log-%s", qPrintable(file)) << TestCorpus::read(TestCorpus::realLogDir() + u'/' + file);
    }

    void importTextsAreTheParsedOnes()
    {
        // What an import stores from DigestUtf8 must be exactly the UTF-8 of what parse() gives.
        QFETCH(QByteArray, content);
        DigestUtf8 texts;
        const Digest d = DigestParser::parseForImport(content, QStringLiteral("2025-06-01.md"), &texts);
        const Digest plain = DigestParser::parse(content, QStringLiteral("2025-06-01.md"));
        QVERIFY(!plain.papers.isEmpty());
        QCOMPARE(d.papers.size(), plain.papers.size());
        QCOMPARE(texts.papers.size(), plain.papers.size());
        QCOMPARE(d.date, plain.date);
        QCOMPARE(d.layout, plain.layout);
        QCOMPARE(d.diagnostics.size(), plain.diagnostics.size());
        for (qsizetype i = 0; i < d.diagnostics.size(); ++i)
            QCOMPARE(d.diagnostics.at(i).toString(), plain.diagnostics.at(i).toString());
        bool anySections = false;
        for (qsizetype i = 0; i < plain.papers.size(); ++i) {
            const Paper &p = plain.papers.at(i);
            const Paper &q = d.papers.at(i);
            QCOMPARE(q.arxivId, p.arxivId);
            QCOMPARE(q.title, p.title);
            QCOMPARE(q.link, p.link);
            QCOMPARE(q.votes, p.votes);
            QCOMPARE(q.authors, p.authors);
            QCOMPARE(texts.papers.at(i).summary, p.summaryMarkdown.toUtf8());
            QVERIFY(q.summaryMarkdown.isEmpty()); // left to the texts
            QCOMPARE(texts.papers.at(i).sections.size(), p.sections.size());
            QCOMPARE(q.sections.size(), p.sections.size());
            for (qsizetype k = 0; k < p.sections.size(); ++k) {
                const Section &sec = p.sections.at(k);
                const DigestUtf8::Section &text = texts.papers.at(i).sections.at(k);
                QCOMPARE(q.sections.at(k).title, sec.title);
                QCOMPARE(q.sections.at(k).kind, sec.kind);
                QCOMPARE(q.sections.at(k).number, sec.number);
                QVERIFY(q.sections.at(k).body.isEmpty() && q.sections.at(k).markdown.isEmpty());
                QCOMPARE(text.body, sec.body.toUtf8());
                QCOMPARE(text.markdownFrom, sec.markdownFrom);
                QCOMPARE(text.markdownLength, sec.markdown.size());
                QCOMPARE(p.summaryMarkdown.sliced(text.markdownFrom, text.markdownLength), sec.markdown);
                anySections = true;
            }
        }
        QVERIFY(anySections || QTest::currentDataTag() == QByteArray("no-summary"));
    }

    // The import's UTF-8 check says what Qt's says, for every sequence of one to three bytes, the
    // boundaries of four-byte ones, ASCII runs around the eight-byte steps, and the corpus day.
    void wellFormedUtf8IsQtsAnswer()
    {
        const auto same = [](const QByteArray &b) { return isWellFormedUtf8(b) == QByteArrayView(b).isValidUtf8(); };
        const auto bytes = [](std::initializer_list<int> values) {
            QByteArray out;
            for (int v : values)
                out.append(char(v));
            return out;
        };
        int invalid = 0;
        for (int a = 0; a < 256; ++a) {
            QVERIFY(same(QByteArray(1, char(a))));
            for (int b = 0; b < 256; ++b) {
                const QByteArray two = bytes({a, b});
                QVERIFY2(same(two), two.toHex().constData());
                if (a >= 0xE0)
                    for (int c = 0; c < 256; ++c) {
                        const QByteArray three = bytes({a, b, c});
                        if (!same(three))
                            QFAIL(three.toHex().constData());
                        invalid += !QByteArrayView(three).isValidUtf8();
                    }
                if (a >= 0xF0)
                    for (const int c : {0x80, 0xBF, 0x61})
                        for (const int d : {0x80, 0xBF, 0x61}) {
                            const QByteArray four = bytes({a, b, c, d});
                            QVERIFY2(same(four), four.toHex().constData());
                        }
            }
        }
        QVERIFY(invalid > 0);
        for (int run = 0; run < 20; ++run) {
            const QByteArray ascii(run, 'x');
            for (const QByteArray &tail : {QByteArray("\xEB\xAA\xA8"), QByteArray("\xEB\xAA"), QByteArray("\x80"), QByteArray("\xED\xA0\x80x")}) {
                QVERIFY(same(ascii + tail));
                QVERIFY(same(tail + ascii));
                QVERIFY(same(ascii + tail + ascii));
            }
        }
        const QByteArray digest = TestCorpus::dayBytes();
        QVERIFY(isWellFormedUtf8(digest));
        QVERIFY(!isWellFormedUtf8(digest + "\xFF"));
        QVERIFY(!isWellFormedUtf8(digest.left(digest.indexOf("\xEB") + 1)));
    }

    void rejectedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("2025-06-01.md") << QStringLiteral("empty");
        QTest::newRow("no-date") << paperBlock("2506.00001", kSevenHeadings) << QStringLiteral("notes.md") << QStringLiteral("no date");
        QTest::newRow("no-papers") << kHeader + "just text\n" << QStringLiteral("x.md") << QStringLiteral("no papers");
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) & 0xFF);
        QTest::newRow("binary") << binary << QStringLiteral("blob.bin") << QStringLiteral("no date");
    }

    void rejectedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        const Digest d = DigestParser::parse(content, fileName);
        QVERIFY(d.hasErrors());
        QVERIFY(d.papers.isEmpty());
        QVERIFY2(d.diagnostics.last().message.contains(message), qPrintable(d.diagnostics.last().toString()));
        QCOMPARE(d.diagnostics.last().file, fileName);
    }

    void hugeFileRefusedWithoutReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2025-06-01.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30)); // 1 GiB, sparse
        f.close();
        const Digest d = DigestParser::parseFile(path);
        QVERIFY(d.hasErrors());
        QVERIFY(d.diagnostics.first().message.contains(QStringLiteral("1024 MiB")));
    }

    void sectionKinds_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ko-motivation") << QStringLiteral("1. 핵심 동기와 문제 정의") << QStringLiteral("motivation");
        QTest::newRow("ko-results") << QStringLiteral("실험 결과") << QStringLiteral("results");
        QTest::newRow("ko-experiments") << QStringLiteral("4. 실험 설정") << QStringLiteral("experiments");
        QTest::newRow("ko-method") << QStringLiteral("모델 아키텍처 및 학습 설정") << QStringLiteral("method");
        QTest::newRow("ko-limits") << QStringLiteral("한계점 및 잠재적 실패 요인") << QStringLiteral("limitations");
        QTest::newRow("ko-future") << QStringLiteral("후속 연구 아이디어 또는 확장 방향") << QStringLiteral("future_work");
        QTest::newRow("en-contrib") << QStringLiteral("Key Contributions") << QStringLiteral("contributions");
        QTest::newRow("en-setup") << QStringLiteral("Experimental setup") << QStringLiteral("experiments");
        QTest::newRow("en-future") << QStringLiteral("7) Future work") << QStringLiteral("future_work");
        QTest::newRow("other") << QStringLiteral("Acknowledgements") << QStringLiteral("other");
        // The log layout's labels.
        QTest::newRow("log-new") << QStringLiteral("What's New") << QStringLiteral("contributions");
        QTest::newRow("log-new-typographic") << QStringLiteral("What\u2019s New") << QStringLiteral("contributions");
        QTest::newRow("log-technical") << QStringLiteral("Technical Details") << QStringLiteral("method");
        QTest::newRow("log-performance") << QStringLiteral("Performance Highlights") << QStringLiteral("results");
        QTest::newRow("log-methodology") << QStringLiteral("Methodology") << QStringLiteral("method");
        QTest::newRow("log-ablation") << QStringLiteral("Ablation Study") << QStringLiteral("experiments");
        QTest::newRow("log-background") << QStringLiteral("Background") << QStringLiteral("motivation");
        QTest::newRow("log-future") << QStringLiteral("Future Work") << QStringLiteral("future_work");
        QTest::newRow("log-conclusion") << QStringLiteral("Conclusion") << QStringLiteral("other");
    }

    void sectionKinds()
    {
        QFETCH(QString, title);
        QFETCH(QString, kind);
        QCOMPARE(sectionKindName(classifySectionTitle(title)), kind);
    }

    // A device reports size 0 and never ends; opening a FIFO for reading waits for a writer. Both are
    // refused before they are opened, also behind a link.
    void notARegularFileIsRefused()
    {
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("2025-06-02.md"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const QString fifo = dir.filePath(QStringLiteral("2025-06-03.md"));
        QCOMPARE(std::system(qPrintable(QStringLiteral("mkfifo '%1'").arg(fifo))), 0);
        for (const QString &path : {zero, fifo, dir.path()}) {
            const Digest d = DigestParser::parseFile(path);
            QVERIFY(d.hasErrors());
            QVERIFY2(d.diagnostics.first().message.contains(QStringLiteral("not a regular file")), qPrintable(d.diagnostics.first().toString()));
        }
    }

    // /proc files report size 0 whatever they hold: reading stops past the limit, not at their end.
    void sizeZeroFileIsReadOnlyToTheLimit()
    {
        QTemporaryDir dir;
        const QString pagemap = dir.filePath(QStringLiteral("2025-06-04.md"));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/pagemap"), pagemap)); // 8 bytes per page of the address space
        const Digest d = DigestParser::parseFile(pagemap);
        QVERIFY(d.hasErrors());
        QVERIFY2(d.diagnostics.first().message.contains(QStringLiteral("larger than 64 MiB")), qPrintable(d.diagnostics.first().toString()));
    }

    // The limit at small sizes: a file that reports its size is refused by it; a /proc file that
    // reports 0 is read whole under the limit and refused past it, having read no further than the
    // first 64 KiB chunk past it (the process's own count of bytes read, rchar, says so).
    void readingStopsAtTheLimit()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("2025-06-05.md"));
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(200, 'x')) == 200);
        f.close();
        Diagnostic problem;
        QCOMPARE(DigestParser::readFile(small, &problem, 200).value_or(QByteArray()), QByteArray(200, 'x'));
        QVERIFY(!DigestParser::readFile(small, &problem, 199));
        QVERIFY(problem.isError());

        const QString status = QStringLiteral("/proc/self/status");
        QCOMPARE(QFileInfo(status).size(), 0);
        QVERIFY(DigestParser::readFile(status, &problem, 1 << 20).value_or(QByteArray()).startsWith("Name:"));
        QVERIFY(!DigestParser::readFile(status, &problem, 16));
        QCOMPARE(problem.message, QStringLiteral("larger than %1").arg(QLocale().formattedDataSize(16, 0)));

        const auto bytesRead = [] {
            QFile io(QStringLiteral("/proc/self/io"));
            const QByteArray text = io.open(QIODevice::ReadOnly) ? io.readAll() : QByteArray();
            const qsizetype at = text.indexOf("rchar: ");
            return at < 0 ? qint64(-1) : text.mid(at + 7, text.indexOf('\n', at) - at - 7).toLongLong();
        };
        const QString pagemap = dir.filePath(QStringLiteral("2025-06-06.md"));
        QVERIFY(QFile::link(QStringLiteral("/proc/self/pagemap"), pagemap));
        const qint64 before = bytesRead();
        QVERIFY(before >= 0);
        QVERIFY(!DigestParser::readFile(pagemap, &problem, 4096));
        const qint64 read = bytesRead() - before; // with the first reading of /proc/self/io
        QVERIFY2(read > 4096 && read <= 4096 + 64 * 1024 + 1024, qPrintable(QString::number(read)));
        QCOMPARE(problem.message, QStringLiteral("larger than %1").arg(QLocale().formattedDataSize(4096, 0)));
    }
};

QTEST_GUILESS_MAIN(TestDigestParser)
#include "tst_digestparser.moc"
