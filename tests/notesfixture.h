// A library made from the corpus day plus the reader's data that exports must carry faithfully:
// tags (Korean, spaces, TeX and YAML specials), notes with Markdown, quotes, $, {}, &, emoji and Korean,
// highlights with comments and colours, stars, read state, and data on a paper no digest lists.
// Also the helpers the notes tests share: running programs, an RFC 4180 reader, a Markdown outline
// through md4c.
#pragma once

#include "annotate/textquoteanchor.h"
#include "library/library.h"
#include "testcorpus.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <md4c.h>

namespace NotesFixture {

using namespace Paperboy::Core;

inline const QString kJudgeRm = QStringLiteral("2505.96265");
inline const QString kSciLoop = QStringLiteral("2505.96938");
inline const QString kDriftBench = QStringLiteral("2505.94810");
inline const QString kOrphan = QStringLiteral("2401.00001"); // no digest lists it
inline const QString kTrickyTag = QStringLiteral("C++ {tricky} $5 & 100% #1 a_b ~ ^ \\ \"q\": x");

inline const QString kJudgeRmNote = QStringLiteral("**중요**: 보상 모델 $x^2$ & {중괄호} 100%, #1, under_score ~ ^ \\ 😀\n"
                                                   "\n"
                                                   "> 인용된 문장입니다.\n"
                                                   "> 둘째 줄 & <b>태그 아님</b>\n"
                                                   "\n"
                                                   "- 항목 하나 [[위키 링크 아님]]\n"
                                                   "- 2505.96938 과 비교할 것\n"
                                                   "\n"
                                                   "![원격 그림](https://example.com/remote.png)\n"
                                                   "\n"
                                                   "```python\n"
                                                   "print('}')  # 닫는 중괄호\n"
                                                   "```\n");

inline const QString kSciLoopNote
    = QStringLiteral("짧은 메모: 재현 가능성 🤔 — \"따옴표\" 와 'apostrophe'\n\n```\n닫히지 않은 코드 블록");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands must not need a display
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return {-1, {}, QStringLiteral("cannot start %1").arg(program)};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Run paperboy(const QString &db, const QStringList &args)
{
    return run(QStringLiteral(PAPERBOY_BINARY), QStringList{QStringLiteral("--db"), db} + args);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline const Section *sectionOf(const PaperDetail &p, SectionKind kind)
{
    for (const Section &s : p.sections)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

// A highlight on the text of one section, as the reader would make it.
inline Highlight highlightIn(Library &lib, const QString &id, SectionKind kind, const QString &exact, const QString &color, const QString &comment)
{
    const auto paper = lib.catalog().paper(id);
    if (!paper)
        qFatal("no paper %s", qPrintable(id));
    const Section *s = sectionOf(*paper, kind);
    if (!s || !s->body.contains(exact))
        qFatal("%s: no \"%s\" in %s", qPrintable(id), qPrintable(exact), qPrintable(sectionKindName(kind)));
    Highlight h = TextQuoteAnchor::describe(s->body, int(s->body.indexOf(exact)), int(exact.size()));
    h.arxivId = id;
    h.sectionKind = sectionKindName(kind);
    h.color = color;
    h.comment = comment;
    return h;
}

// Imports the corpus day and annotates a few papers. Returns false (with a message) on failure.
inline bool build(Library &lib, const QString &path, QString *error)
{
    const auto check = [&](const Status &s) {
        if (!s && error->isEmpty())
            *error = s.message();
        return s.ok();
    };
    if (!check(lib.open(path)))
        return false;
    const ImportResult r = lib.importer().importFile(TestCorpus::day());
    if (r.outcome == ImportResult::Outcome::Rejected) {
        *error = QStringLiteral("the digest was rejected");
        return false;
    }
    bool ok = true;
    for (const QString &tag : {QStringLiteral("보상 모델"), QStringLiteral("rl"), kTrickyTag})
        ok = check(lib.annotations().tagPaper(kJudgeRm, tag)) && ok;
    ok = check(lib.annotations().tagPaper(kSciLoop, QStringLiteral("보상 모델"))) && ok;
    ok = check(lib.annotations().tagPaper(kSciLoop, QStringLiteral("2025"))) && ok; // digits only: not an Obsidian tag as it is
    ok = check(lib.annotations().setTagColor(QStringLiteral("보상 모델"), QStringLiteral("#e67e22"))) && ok;
    ok = check(lib.annotations().setTagColor(kTrickyTag, QStringLiteral("#2e86de"))) && ok;
    ok = check(lib.annotations().setNote(kJudgeRm, kJudgeRmNote)) && ok;
    ok = check(lib.annotations().setNote(kSciLoop, kSciLoopNote)) && ok;
    ok = check(lib.annotations().setStarred(kJudgeRm, true)) && ok;
    ok = check(lib.annotations().setStarred(kDriftBench, true)) && ok;
    ok = check(lib.annotations().setRead(kJudgeRm, true)) && ok;

    QList<Highlight> hs{
        highlightIn(lib, kJudgeRm, SectionKind::Results, QStringLiteral("8% 초과하는 성능을 달성하였습니다"), QStringLiteral("#a0e0ff"),
                    QStringLiteral("핵심 수치 & \"8%\" {x} <b>아님</b>\n둘째 줄, 쉼표")),
        highlightIn(lib, kJudgeRm, SectionKind::Method, QStringLiteral("내부 사고 과정을 모델링하여"), QStringLiteral("#ffe066"), QString()),
        // Crosses the end of bold text in the Markdown: must not break the HTML it is drawn in.
        highlightIn(lib, kSciLoop, SectionKind::Contributions, QStringLiteral("프레임워크 제안**: SciLoop는"), QStringLiteral("#b8f2b8"),
                    QStringLiteral("경계를 넘는 강조 😀")),
        highlightIn(lib, kSciLoop, SectionKind::Results, QStringLiteral("41.2%에서 48.9%로"), QStringLiteral("#ffb3c6"), QStringLiteral("$ 와 _ 와 # 100%")),
    };
    for (Highlight &h : hs)
        ok = check(lib.annotations().addHighlight(h)) && ok;

    // Data on a paper the library has no digest for.
    ok = check(lib.annotations().setNote(kOrphan, QStringLiteral("아직 가져오지 않은 논문의 메모"))) && ok;
    ok = check(lib.annotations().tagPaper(kOrphan, QStringLiteral("rl"))) && ok;
    ok = check(lib.annotations().setStarred(kOrphan, true)) && ok;
    return ok;
}

// RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote. Returns
// false on anything else (a bare quote, text after a closing quote, a lone LF between records).
inline bool parseCsv(const QString &text, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field");
                    return false;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                    return false;
                }
                field += text.at(i++);
            }
        }
        if (i >= n) {
            *error = QStringLiteral("the last record has no CRLF");
            return false;
        }
        if (text.at(i) == u',') {
            row << field;
            field.clear();
            ++i;
        } else if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows->append(row);
            row.clear();
            i += 2;
        } else {
            *error = QStringLiteral("unexpected character %1 at %2").arg(text.at(i)).arg(i);
            return false;
        }
    }
    return true;
}

// What md4c sees in a Markdown text: headings, block quotes (outermost, as text), wiki links.
struct MarkdownOutline {
    struct Heading {
        int level;
        QString text;
    };
    QList<Heading> headings;
    QStringList quotes;
    QStringList wikiTargets;
    int images = 0;

    QStringList headingTexts(int level) const
    {
        QStringList out;
        for (const Heading &h : headings)
            if (h.level == level)
                out << h.text;
        return out;
    }

    static MarkdownOutline of(const QByteArray &markdown)
    {
        struct State {
            MarkdownOutline outline;
            int heading = 0;
            int quoteDepth = 0;
            QString headingText;
            QString quoteText;
        } state;
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_WIKILINKS | MD_FLAG_NOHTML;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *user) -> int {
            auto *s = static_cast<State *>(user);
            if (type == MD_BLOCK_H) {
                s->heading = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
                s->headingText.clear();
            } else if (type == MD_BLOCK_QUOTE) {
                if (s->quoteDepth++ == 0)
                    s->quoteText.clear();
            } else if (type == MD_BLOCK_P && s->quoteDepth > 0 && !s->quoteText.isEmpty()) {
                s->quoteText += u'\n';
            }
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *user) -> int {
            auto *s = static_cast<State *>(user);
            if (type == MD_BLOCK_H) {
                s->outline.headings.append({s->heading, s->headingText});
                s->heading = 0;
            } else if (type == MD_BLOCK_QUOTE && --s->quoteDepth == 0) {
                s->outline.quotes << s->quoteText;
            }
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *user) -> int {
            auto *s = static_cast<State *>(user);
            if (type == MD_SPAN_WIKILINK) {
                const MD_ATTRIBUTE &target = static_cast<MD_SPAN_WIKILINK_DETAIL *>(detail)->target;
                s->outline.wikiTargets << QString::fromUtf8(target.text, qsizetype(target.size));
            } else if (type == MD_SPAN_IMG) {
                ++s->outline.images;
            }
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) -> int { return 0; };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user) -> int {
            auto *s = static_cast<State *>(user);
            const QString t = type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral("\n") : QString::fromUtf8(text, qsizetype(size));
            if (s->heading)
                s->headingText += t;
            if (s->quoteDepth > 0)
                s->quoteText += t;
            return 0;
        };
        md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &state);
        return state.outline;
    }
};

// Whitespace-free text, for finding a sentence in text another program wrapped.
inline QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace NotesFixture
