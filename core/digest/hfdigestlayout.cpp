// HfDigestLayout: split at paper headings, then md4c for each paper and each summary.
#include "hfdigestlayout.h"

#include "arxivid.h"
#include "digesttext.h"
#include "markdownoutline.h"
#include "sectionwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Paperboy::Core {

namespace {

using Block = MarkdownOutline::Block;
using BlockType = MarkdownOutline::BlockType;
using DigestText::dedent;
using DigestText::lineAt;
using DigestText::lineFrom;

// What every paper heading starts with, checked before the rest (most "#" lines of a digest are
// the summaries' own headings, "## 1. ..."): "##", blanks, then "arXiv:", four digits and a dot, or
// a lower-case letter.
bool mayBePaperHeading(QByteArrayView line)
{
    if (line.size() < 4 || !line.startsWith("##") || (line[2] != ' ' && line[2] != '\t'))
        return false;
    qsizetype i = 3;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    const QByteArrayView rest = line.sliced(i);
    const auto digit = [&](qsizetype k) { return k < rest.size() && rest[k] >= '0' && rest[k] <= '9'; };
    return rest.startsWith("arXiv:") || (digit(0) && digit(1) && digit(2) && digit(3) && rest.size() > 4 && rest[4] == '.')
        || (!rest.isEmpty() && rest[0] >= 'a' && rest[0] <= 'z');
}

// The id a paper heading names, as written; byte by byte what the pattern
//   ^##[ \t]+(?:arXiv:)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)[ \t]*#*[ \t]*$
// captures: "## 2505.16265" -> "2505.16265", "## arXiv:2505.16265v2 ##" -> "2505.16265v2",
// "## hep-th/9901001" -> "hep-th/9901001", "## 2505.1626" and "## 1. Motivation" -> nothing.
std::optional<QByteArrayView> paperHeadingId(QByteArrayView line)
{
    const auto isDigit = [&](qsizetype k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
    const auto isBlank = [&](qsizetype k) { return k < line.size() && (line[k] == ' ' || line[k] == '\t'); };
    const auto digitsFrom = [&](qsizetype k) {
        qsizetype n = 0;
        while (isDigit(k + n))
            ++n;
        return n;
    };
    if (!line.startsWith("##") || !isBlank(2))
        return std::nullopt;
    qsizetype i = 3;
    while (isBlank(i))
        ++i;
    if (line.sliced(i).startsWith("arXiv:"))
        i += 6;
    const qsizetype from = i;
    if (isDigit(i)) {
        if (digitsFrom(i) != 4 || i + 4 >= line.size() || line[i + 4] != '.')
            return std::nullopt;
        i += 5;
        const qsizetype n = digitsFrom(i);
        if (n < 4 || n > 5)
            return std::nullopt;
        i += n;
    } else if (i < line.size() && line[i] >= 'a' && line[i] <= 'z') {
        ++i;
        while (i < line.size() && ((line[i] >= 'a' && line[i] <= 'z') || line[i] == '-'))
            ++i;
        const auto upper = [&](qsizetype k) { return k < line.size() && line[k] >= 'A' && line[k] <= 'Z'; };
        if (i < line.size() && line[i] == '.' && upper(i + 1) && upper(i + 2))
            i += 3;
        if (i >= line.size() || line[i] != '/' || digitsFrom(i + 1) != 7)
            return std::nullopt;
        i += 8;
    } else {
        return std::nullopt;
    }
    if (i < line.size() && line[i] == 'v' && isDigit(i + 1))
        i += 1 + digitsFrom(i + 1);
    const qsizetype to = i;
    while (isBlank(i))
        ++i;
    while (i < line.size() && line[i] == '#')
        ++i;
    while (isBlank(i))
        ++i;
    if (i != line.size())
        return std::nullopt;
    return line.sliced(from, to - from);
}

// The paper heading a line of text is, if any (a line of at most 200 bytes that starts with "#").
std::optional<QByteArrayView> paperHeadingAt(QByteArrayView text, qsizetype pos, qsizetype nl)
{
    if (text[pos] != '#' || nl - pos >= 200)
        return std::nullopt;
    const QByteArrayView line = text.sliced(pos, nl - pos);
    return mayBePaperHeading(line) ? paperHeadingId(line) : std::nullopt;
}

// Calls found(offset, end of line, line number, id as written) for every paper heading of text.
template<typename Found>
void forEachPaperHeading(QByteArrayView text, Found found)
{
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        if (const auto id = paperHeadingAt(text, pos, nl))
            found(pos, nl, line, *id);
        pos = nl + 1;
        ++line;
    }
}

QString stripTitle(QString t)
{
    t = t.simplified();
    t.remove(HfDigestLayout::summaryLabel());
    static const QList<std::pair<QChar, QChar>> quotes{{u'"', u'"'},
                                                       {u'\'', u'\''},
                                                       {QChar(0x201C), QChar(0x201D)},
                                                       {QChar(0x2018), QChar(0x2019)},
                                                       {QChar(0x300C), QChar(0x300D)},
                                                       {QChar(0x300E), QChar(0x300F)},
                                                       {u'*', u'*'}};
    bool stripped = true;
    while (stripped && t.size() >= 2) {
        stripped = false;
        for (const auto &[open, close] : quotes) {
            if (t.front() == open && t.back() == close) {
                t = t.mid(1, t.size() - 2).trimmed();
                stripped = true;
            }
        }
    }
    return t;
}

// The number a heading line starts with: "## 1. x" -> 1, "3. **x**" -> 3, "**2) x**" -> 2.
int leadingNumber(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == '#' || line[i] == ' ' || line[i] == '*' || line[i] == '\t' || line[i] == '_'))
        ++i;
    int n = 0;
    qsizetype digits = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && digits < 3) {
        n = n * 10 + (line[i] - '0');
        ++i;
        ++digits;
    }
    if (digits && i < line.size() && (line[i] == '.' || line[i] == ')'))
        return n;
    return 0;
}

QString titleWithoutNumber(const QByteArray &text)
{
    QString t = QString::fromUtf8(text).simplified();
    // A leading "1." or "12)" (up to three ASCII digits) and the blanks after it.
    qsizetype digits = 0;
    while (digits < t.size() && digits < 3 && t.at(digits) >= u'0' && t.at(digits) <= u'9')
        ++digits;
    if (digits > 0 && digits < t.size() && (t.at(digits) == u'.' || t.at(digits) == u')')) {
        qsizetype cut = digits + 1;
        while (cut < t.size() && t.at(cut).isSpace())
            ++cut;
        t.remove(0, cut);
    }
    while (t.endsWith(u':') || t.endsWith(QChar(0xFF1A)))
        t.chop(1);
    return t.trimmed();
}

struct SectionStart {
    qsizetype start;
    QByteArray title;
    enum class Form { Heading, ListItem, BoldLine } form;
};

QList<SectionStart> findSectionStarts(const MarkdownOutline &outline)
{
    QList<SectionStart> starts;
    int level = 0;
    for (const Block &b : outline.blocks())
        if (b.type == BlockType::Heading && b.level >= 2 && b.start >= 0)
            level = level ? std::min(level, b.level) : b.level;
    if (level) {
        for (const Block &b : outline.blocks())
            if (b.type == BlockType::Heading && b.level == level && b.start >= 0)
                starts.append({b.start, b.text, SectionStart::Form::Heading});
        return starts;
    }
    for (const Block &b : outline.blocks())
        if (b.type == BlockType::OrderedList)
            for (const auto &item : b.items)
                if (item.start >= 0 && !item.leadStrong.trimmed().isEmpty())
                    starts.append({item.start, item.leadStrong, SectionStart::Form::ListItem});
    if (!starts.isEmpty())
        return starts;
    for (const Block &b : outline.blocks())
        if (b.type == BlockType::Paragraph && b.onlyStrong && b.start >= 0)
            starts.append({b.start, b.leadStrong, SectionStart::Form::BoldLine});
    return starts;
}

// chunk is the paper's text after its heading line; firstLine is the file line chunk starts on.
// texts, when given, gets the long texts as UTF-8 instead of the paper (see DigestUtf8).
Paper parsePaper(const QByteArray &chunk, int firstLine, const QString &id, const QString &file, QList<Diagnostic> &diags, DigestUtf8::Paper *texts)
{
    Paper paper;
    paper.arxivId = id;
    paper.line = firstLine - 1;
    const MarkdownOutline outline = MarkdownOutline::parse(chunk);
    const auto &blocks = outline.blocks();
    const auto warn = [&](int line, const QString &msg) { diags.append({Diagnostic::Severity::Warning, file, line, id, msg}); };

    qsizetype summaryMarker = -1; // index of the "**Summary**:" paragraph
    qsizetype code = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (paper.link.isEmpty() && b.type == BlockType::Paragraph) {
            if (!b.href.isEmpty())
                paper.link = QString::fromUtf8(b.href);
        }
        if (summaryMarker < 0 && b.type == BlockType::Paragraph && b.leadStrong.trimmed().toLower().startsWith("summary"))
            summaryMarker = i;
        if (code < 0 && b.type == BlockType::Code && b.fenceChar) {
            const QByteArray lang = b.codeLang.toLower();
            if (lang.isEmpty() || lang == "markdown" || lang == "md")
                code = i;
        }
    }
    if (paper.link.isEmpty() && QRegularExpression(QStringLiteral(R"(^\d{4}\.\d{4,5})")).match(id).hasMatch())
        paper.link = QStringLiteral("https://huggingface.co/papers/") + id;

    QByteArray summary;
    if (code >= 0) {
        const Block &b = blocks[code];
        summary = b.start >= 0 ? chunk.mid(b.start, b.codeEnd - b.start) : QByteArray();
        // A terminated fence is followed by its closing line; md4c runs an open one to the end.
        const QByteArray rest = b.codeEnd >= 0 ? chunk.mid(b.codeEnd) : QByteArray();
        const QByteArray closing = rest.trimmed().left(3);
        if (b.codeEnd >= 0 && closing != QByteArray(3, b.fenceChar)) {
            const int fenceLine = firstLine + lineAt(chunk, b.start) - 2;
            warn(fenceLine,
                 QCoreApplication::translate("DigestParser",
                                             "the code fence opened here is never closed; the summary runs to the "
                                             "next paper"));
        }
    } else {
        // An unfenced summary: everything after the "**Summary**:" line (or the link), minus a closing rule.
        qsizetype from = -1;
        for (qsizetype i = summaryMarker + 1; i < blocks.size(); ++i) {
            const Block &b = blocks[i];
            if (b.start < 0 || (summaryMarker < 0 && b.type == BlockType::Paragraph && !b.href.isEmpty() && b.text.contains("\xF0\x9F\x94\x97")))
                continue;
            from = b.start;
            break;
        }
        if (from >= 0) {
            summary = chunk.mid(from);
            QList<QByteArray> lines = summary.split('\n');
            while (
                !lines.isEmpty()
                && (lines.last().trimmed().isEmpty() || lines.last().trimmed() == "---" || lines.last().trimmed() == "***" || lines.last().trimmed() == "___"))
                lines.removeLast();
            summary = lines.join('\n');
        }
    }
    summary = DigestText::trimmed(summary);
    if (texts)
        texts->summary = summary;
    else
        paper.summaryMarkdown = QString::fromUtf8(summary);
    if (summary.isEmpty())
        warn(paper.line, QCoreApplication::translate("DigestParser", "no summary; the paper is kept with its id and link only"));
    HfDigestLayout::parseSummary(paper, summary, texts);
    if (!summary.isEmpty() && paper.sections.isEmpty())
        warn(paper.line, QCoreApplication::translate("DigestParser", "no sections recognised in the summary; it is kept whole"));
    return paper;
}

} // namespace

QString HfDigestLayout::name() const
{
    return QStringLiteral("hf-daily");
}

QString HfDigestLayout::expectation() const
{
    return QCoreApplication::translate("DigestParser", "'## <arXiv id>' headings");
}

int HfDigestLayout::recognitionScore(QByteArrayView text) const
{
    // Only lines that start with '#' can be paper headings: from one '#' to the next, not line by line.
    int headings = 0;
    for (qsizetype at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
        if (at > 0 && text[at - 1] != '\n')
            continue;
        qsizetype nl = text.indexOf('\n', at);
        if (nl < 0)
            nl = text.size();
        headings += paperHeadingAt(text, at, nl).has_value();
        at = nl;
    }
    return headings;
}

const QRegularExpression &HfDigestLayout::summaryLabel()
{
    static const QRegularExpression label(QStringLiteral(R"(^(?:논문\s*요약|요약|paper\s+summary|summary)\s*[:：]\s*)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return label;
}

void HfDigestLayout::parseSummary(Paper &paper, const QByteArray &text, DigestUtf8::Paper *texts)
{
    SectionWriter writer(paper, text, texts);
    const MarkdownOutline outline = MarkdownOutline::parse(text, MarkdownOutline::Detail::Structure);
    for (const Block &b : outline.blocks()) {
        if (b.type == BlockType::Heading && b.level == 1) {
            paper.title = stripTitle(QString::fromUtf8(b.text));
            break;
        }
    }
    const QList<SectionStart> starts = findSectionStarts(outline);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const SectionStart &s = starts[i];
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].start : text.size();
        const QByteArrayView slice = QByteArrayView(text).sliced(s.start, end - s.start);
        Section section;
        section.title = titleWithoutNumber(s.title);
        section.kind = classifySectionTitle(section.title);
        section.number = leadingNumber(lineFrom(text, s.start));
        const qsizetype firstLineEnd = slice.indexOf('\n');
        QByteArray rest = firstLineEnd < 0 ? QByteArray() : slice.sliced(firstLineEnd + 1).toByteArray();
        if (s.form == SectionStart::Form::ListItem) {
            // "1. **Title**: text" keeps ": text" as the start of the body.
            const QByteArrayView first = firstLineEnd < 0 ? slice : slice.first(firstLineEnd);
            const qsizetype close = first.indexOf("**", first.indexOf("**") + 2);
            QByteArrayView tail = close >= 0 ? first.sliced(close + 2).trimmed() : QByteArrayView();
            while (tail.startsWith(':'))
                tail = tail.sliced(1).trimmed();
            if (!tail.isEmpty())
                rest.prepend(tail.toByteArray() + "\n\n");
        } else if (s.form == SectionStart::Form::Heading) {
            const QByteArray underline = lineFrom(rest, 0).trimmed();
            if (!underline.isEmpty() && (underline.count('=') == underline.size() || underline.count('-') == underline.size()))
                rest = rest.mid(rest.indexOf('\n') < 0 ? rest.size() : rest.indexOf('\n') + 1);
        }
        // The section's Markdown: its slice without white space at the ends.
        writer.add(std::move(section), DigestText::trimmed(slice), dedent(rest));
    }
}

void HfDigestLayout::parse(const QByteArray &text, const QString &fileName, Digest &digest, DigestUtf8 *texts) const
{
    auto &diags = digest.diagnostics;
    const auto error = [&](int line, const QString &msg, const QString &id = {}) { diags.append({Diagnostic::Severity::Error, fileName, line, id, msg}); };

    // Paper headings, by line.
    struct Start {
        qsizetype offset; // of the heading line
        qsizetype bodyFrom; // just after it
        int line;
        QString id;
    };
    QList<Start> starts;
    forEachPaperHeading(text, [&](qsizetype offset, qsizetype end, int line, QByteArrayView written) {
        // A version names the same paper (2505.16938v2 is 2505.16938): one id for the paper.
        const QString id = QString::fromLatin1(written);
        starts.append({offset, end + 1, line, ArxivId::normalized(id).value_or(id)});
    });

    // The day: from the "# ... – YYYY-MM-DD" heading of the preamble, else from the file name.
    const QByteArray preamble = text.left(starts.isEmpty() ? text.size() : starts.first().offset);
    const MarkdownOutline preambleOutline = MarkdownOutline::parse(preamble);
    for (const Block &b : preambleOutline.blocks()) {
        if (b.type == BlockType::Heading && b.level == 1) {
            digest.title = QString::fromUtf8(b.text).simplified();
            digest.date = dateIn(digest.title);
            break;
        }
    }
    if (!digest.date.isValid())
        digest.date = dateOfFileName(fileName);
    if (!digest.date.isValid()) {
        error(0, QCoreApplication::translate("DigestParser", "no date: neither a '# … – YYYY-MM-DD' heading nor a YYYY-MM-DD file name"));
        return;
    }
    if (starts.isEmpty()) {
        error(0, QCoreApplication::translate("DigestParser", "no papers: expected '## <arXiv id>' headings"));
        return;
    }
    if (refuseTooManyPapers(starts.size(), fileName, digest))
        return;

    PaperIds ids;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const Start &s = starts[i];
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].offset : text.size();
        QString id = s.id;
        const qsizetype version = id.lastIndexOf(u'v');
        if (version > 0 && id.at(version - 1).isDigit())
            id.truncate(version); // a paper is its id; versions of it are the same paper
        if (!ids.admit(id, s.line, fileName, digest))
            continue;
        DigestUtf8::Paper *paperTexts = texts ? &texts->papers.emplace_back() : nullptr;
        digest.papers.append(parsePaper(text.mid(s.bodyFrom, std::max<qsizetype>(0, end - s.bodyFrom)), s.line + 1, id, fileName, diags, paperTexts));
    }
}

} // namespace Paperboy::Core
