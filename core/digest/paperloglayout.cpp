// PaperLogLayout: split at "###" lines, keep the bullets of each paper, split them at their labels.
#include "paperloglayout.h"

#include "arxivid.h"
#include "digesttext.h"
#include "markdownline.h"
#include "markdownoutline.h"
#include "sectionwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace Paperboy::Core {

namespace {

using Block = MarkdownOutline::Block;
using BlockType = MarkdownOutline::BlockType;
using MarkdownLine::Heading;
using MarkdownLine::headingOf;
using MarkdownLine::isBlank;
using MarkdownLine::isInertLine;
using MarkdownLine::linkAt;
using MarkdownLine::unescaped;
using MarkdownLine::withoutTags;

// The arXiv id a link names: https://arxiv.org/abs/2505.16938v2 and https://arxiv.org/pdf/2505.16938
// -> 2505.16938; anything else -> nothing.
std::optional<QString> arxivIdOfLink(QByteArrayView url)
{
    if (url.size() > 2048)
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral(R"(^(?:https?:)?//(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/([^?#]+?)(?:\.pdf)?/?(?:[?#].*)?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(url));
    if (!m.hasMatch())
        return std::nullopt;
    return ArxivId::normalized(m.capturedView(1));
}

// A paper heading's title (its link's text as written, escapes taken out; else its whole text) and
// link (the heading's link, else the first arXiv URL in it).
struct PaperHeading {
    QString title;
    QString link;
    std::optional<QString> id;
};

PaperHeading paperHeadingOf(QByteArrayView text)
{
    PaperHeading h;
    if (const auto link = linkAt(text, 0)) {
        h.title = QString::fromUtf8(unescaped(link->text)).trimmed();
        h.link = QString::fromUtf8(link->destination);
    } else {
        h.title = QString::fromUtf8(unescaped(text)).trimmed();
        static const QRegularExpression bare(QStringLiteral(R"(https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/[^\s)>\]]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
        h.link = bare.match(h.title).captured();
    }
    if (!h.link.isEmpty())
        h.id = arxivIdOfLink(h.link.toUtf8());
    return h;
}

// "Vote: 75" and "Authors: A, B" lines.
bool readMetadata(QByteArrayView line, Paper &paper)
{
    const QByteArrayView t = line.trimmed();
    const auto field
        = [&](QByteArrayView name) { return t.size() > name.size() && t.first(name.size()).compare(name, Qt::CaseInsensitive) == 0 && t[name.size()] == ':'; };
    if (field("Vote")) {
        bool ok = false;
        const int votes = t.sliced(5).trimmed().toInt(&ok);
        if (ok && votes >= 0)
            paper.votes = votes;
        return true;
    }
    if (field("Authors")) {
        for (const QByteArray &name : t.sliced(8).toByteArray().split(','))
            if (const QString n = QString::fromUtf8(name).trimmed(); !n.isEmpty())
                paper.authors << n;
        return true;
    }
    return false;
}

// The summary of a paper: its text after the heading without the lines that say something else
// (Vote, Authors) or nothing readable (images, links only, HTML), runs of blank lines made one.
QByteArray summaryOf(const QByteArray &body, Paper &paper)
{
    const MarkdownOutline outline = MarkdownOutline::parse(body);
    QByteArray summary;
    bool blank = true; // the last line kept was blank (or none was)
    const auto keep = [&](QByteArrayView line) {
        const bool empty = line.trimmed().isEmpty();
        if (empty && blank)
            return;
        summary += line;
        summary += '\n';
        blank = empty;
    };
    // Where each block's lines start: the line of its first text, the fence line before it for
    // fenced code; -1 for a block without text (an image alone: its lines go with the block before).
    const QList<Block> &blocks = outline.blocks();
    QList<qsizetype> starts;
    for (const Block &b : blocks) {
        qsizetype start = b.start;
        if (start > 0 && b.type == BlockType::Code && b.fenceChar)
            start = body.lastIndexOf('\n', start - 2) + 1;
        starts.append(start);
    }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (starts[i] < 0)
            continue;
        qsizetype end = body.size();
        for (qsizetype k = i + 1; k < blocks.size(); ++k)
            if (starts[k] >= 0) {
                end = starts[k];
                break;
            }
        bool inFence = b.type == BlockType::Code;
        const bool codeBlock = inFence;
        const bool mayHoldMetadata = b.type == BlockType::Paragraph || b.type == BlockType::Html;
        for (qsizetype pos = starts[i]; pos < end;) {
            qsizetype nl = body.indexOf('\n', pos);
            if (nl < 0 || nl > end)
                nl = end;
            const QByteArrayView line = QByteArrayView(body).sliced(pos, nl - pos);
            pos = nl + 1;
            const QByteArrayView trimmed = line.trimmed();
            if (codeBlock) {
                keep(line);
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence; // a fence inside a list item
                keep(line);
            } else if (inFence) {
                keep(line);
            } else if (trimmed.isEmpty()) {
                keep(line);
            } else if ((mayHoldMetadata && readMetadata(line, paper)) || b.type == BlockType::Html || b.type == BlockType::Rule || isInertLine(line)) {
                continue;
            } else {
                keep(withoutTags(line));
            }
        }
    }
    return DigestText::trimmed(summary);
}

// "- ***What's New***: text": the label "What's New" and where the text after it starts; a bullet,
// a numbered item or a paragraph may carry one, with two or three stars (or underscores).
struct Label {
    QString title;
    qsizetype textFrom = -1; // offset in the summary
};

std::optional<Label> labelAt(const QByteArray &summary, qsizetype start)
{
    const QByteArray line = DigestText::lineFrom(summary, start);
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && isBlank(line[i + 1])) {
        i += 2;
    } else {
        qsizetype d = i;
        while (d < line.size() && line[d] >= '0' && line[d] <= '9')
            ++d;
        if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && isBlank(line[d + 1]))
            i = d + 2;
    }
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i >= line.size() || (line[i] != '*' && line[i] != '_'))
        return std::nullopt;
    const char mark = line[i];
    qsizetype run = 0;
    while (i + run < line.size() && line[i + run] == mark)
        ++run;
    if (run < 2 || run > 3)
        return std::nullopt;
    const qsizetype close = line.indexOf(QByteArray(run, mark), i + run);
    if (close < 0)
        return std::nullopt;
    QByteArrayView title = QByteArrayView(line).sliced(i + run, close - i - run).trimmed();
    qsizetype after = close + run;
    while (after < line.size() && isBlank(line[after]))
        ++after;
    const QByteArrayView fullColon("\xEF\xBC\x9A"); // "："
    if (after < line.size() && line[after] == ':') {
        ++after;
    } else if (QByteArrayView(line).sliced(after).startsWith(fullColon)) {
        after += fullColon.size();
    } else if (title.endsWith(':')) {
        title.chop(1);
    } else if (title.endsWith(fullColon)) {
        title.chop(fullColon.size());
    } else {
        return std::nullopt; // bold words that open a sentence, no label
    }
    while (after < line.size() && isBlank(line[after]))
        ++after;
    const QString text = QString::fromUtf8(unescaped(title)).simplified();
    if (text.isEmpty())
        return std::nullopt;
    return Label{text, start + after};
}

// The sections of a summary: one per label, running to the next; text before the first label, or a
// summary without labels, is one section of kind Other titled "Summary".
void parseSections(Paper &paper, const QByteArray &summary, DigestUtf8::Paper *texts)
{
    SectionWriter writer(paper, summary, texts);
    if (summary.isEmpty())
        return;
    const MarkdownOutline outline = MarkdownOutline::parse(summary, MarkdownOutline::Detail::Structure, MarkdownOutline::Items::AllLists);
    struct Start {
        qsizetype start;
        Label label;
    };
    QList<Start> starts;
    for (const Block &b : outline.blocks()) {
        if (b.type == BlockType::UnorderedList || b.type == BlockType::OrderedList) {
            for (const auto &item : b.items)
                if (item.start >= 0 && !item.leadStrong.trimmed().isEmpty())
                    if (auto label = labelAt(summary, item.start))
                        starts.append({item.start, *label});
        } else if (b.type == BlockType::Paragraph && b.start >= 0 && !b.leadStrong.trimmed().isEmpty()) {
            if (auto label = labelAt(summary, b.start))
                starts.append({b.start, *label});
        }
    }
    const auto whole = [&](qsizetype end) {
        const QByteArrayView slice = QByteArrayView(summary).first(end);
        Section section;
        section.title = QCoreApplication::translate("DigestParser", "Summary");
        section.kind = SectionKind::Other;
        writer.add(std::move(section), DigestText::trimmed(slice), DigestText::dedent(slice.toByteArray()));
    };
    if (starts.isEmpty()) {
        whole(summary.size());
        return;
    }
    if (!DigestText::trimmed(QByteArrayView(summary).first(starts.first().start)).isEmpty())
        whole(starts.first().start);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const Start &s = starts[i];
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].start : summary.size();
        const QByteArrayView slice = QByteArrayView(summary).sliced(s.start, end - s.start);
        const qsizetype lineEnd = std::min(end, summary.indexOf('\n', s.start) < 0 ? summary.size() : summary.indexOf('\n', s.start));
        // The text after the label, then the lines below it (dedented apart: they are indented
        // under the bullet, the first line is not).
        QByteArray body = QByteArrayView(summary).sliced(s.label.textFrom, lineEnd - s.label.textFrom).trimmed().toByteArray();
        const QByteArray below = lineEnd < end ? DigestText::dedent(summary.mid(lineEnd + 1, end - lineEnd - 1)) : QByteArray();
        if (!below.isEmpty())
            body += (body.isEmpty() ? "" : "\n") + below;
        Section section;
        section.title = s.label.title;
        section.kind = classifySectionTitle(section.title);
        writer.add(std::move(section), DigestText::trimmed(slice), DigestText::trimmed(body));
    }
}

// body is the paper's text after its heading line, which is line headingLine of the file.
Paper parsePaper(const QByteArray &body, int headingLine, const PaperHeading &heading, const QString &file, QList<Diagnostic> &diags, DigestUtf8::Paper *texts)
{
    Paper paper;
    paper.arxivId = *heading.id;
    paper.link = heading.link;
    paper.title = heading.title;
    paper.line = headingLine;
    const QByteArray summary = summaryOf(body, paper);
    if (texts)
        texts->summary = summary;
    else
        paper.summaryMarkdown = QString::fromUtf8(summary);
    if (summary.isEmpty())
        diags.append({Diagnostic::Severity::Warning, file, paper.line, paper.arxivId,
                      QCoreApplication::translate("DigestParser", "no summary; the paper is kept with its id and link only")});
    parseSections(paper, summary, texts);
    return paper;
}

bool isPaperHeadingWithArxivLink(const Heading &h)
{
    return h.level == 3 && h.text.startsWith('[') && (h.text.contains("arxiv.org/") || h.text.contains("arXiv.org/"));
}

// Calls found(line, offset, end of line, heading) for every heading line of text up to level 3.
// Inside a code fence ("# a comment") only a paper heading with its arXiv link counts, and ends the
// fence: one left open runs to the next paper, not to the end of the day.
template<typename Found>
void forEachHeading(QByteArrayView text, Found found)
{
    qsizetype pos = 0;
    int line = 1;
    char fence = 0;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        qsizetype first = pos;
        while (first < nl && isBlank(text[first]))
            ++first;
        if (nl - first >= 3 && (text[first] == '`' || text[first] == '~') && text[first + 1] == text[first] && text[first + 2] == text[first]) {
            if (!fence)
                fence = text[first];
            else if (fence == text[first])
                fence = 0;
        } else if (first < nl && text[first] == '#' && first - pos <= 3) {
            const Heading h = headingOf(text.sliced(pos, nl - pos));
            if (h.level >= 1 && h.level <= 3 && (!fence || isPaperHeadingWithArxivLink(h))) {
                fence = 0;
                if (!found(line, pos, nl, h))
                    return;
            }
        }
        pos = nl + 1;
        ++line;
    }
}

} // namespace

QString PaperLogLayout::name() const
{
    return QStringLiteral("paper-log");
}

QString PaperLogLayout::expectation() const
{
    return QCoreApplication::translate("DigestParser", "'### [Title](https://arxiv.org/abs/<id>)' headings");
}

int PaperLogLayout::recognitionScore(QByteArrayView text) const
{
    // Only heading lines count: from one '#' to the next, not line by line (code fences are not
    // followed here; a paper heading in one is rare and only adds to the score).
    int score = 0;
    bool dayHeading = false;
    for (qsizetype at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
        qsizetype lineStart = at;
        while (lineStart > 0 && at - lineStart < 3 && text[lineStart - 1] == ' ')
            --lineStart;
        if (lineStart > 0 && text[lineStart - 1] != '\n')
            continue;
        qsizetype nl = text.indexOf('\n', at);
        if (nl < 0)
            nl = text.size();
        const Heading h = headingOf(text.sliced(lineStart, nl - lineStart));
        if (isPaperHeadingWithArxivLink(h))
            ++score;
        else if (h.level == 2 && h.text.startsWith("Daily Papers"))
            dayHeading = true;
        at = nl;
    }
    return score + (dayHeading && score > 0 ? 1 : 0);
}

void PaperLogLayout::parse(const QByteArray &text, const QString &fileName, Digest &digest, DigestUtf8 *texts) const
{
    auto &diags = digest.diagnostics;
    const auto error = [&](int line, const QString &msg, const QString &id = {}) { diags.append({Diagnostic::Severity::Error, fileName, line, id, msg}); };

    // Papers from their "###" line to the next heading up to level 3. A "#" or "##" line after the
    // first paper starts text of no paper, and so does one that is an arXiv id (an hf-daily paper)
    // before it; when something stands under such a line, it is reported.
    struct Entry {
        qsizetype bodyFrom;
        qsizetype end;
        int line;
        QByteArrayView heading;
    };
    QList<Entry> entries;
    struct Stray {
        int line;
        QByteArrayView heading;
    };
    QList<Stray> strays;
    qsizetype firstPaper = -1;
    forEachHeading(text, [&](int line, qsizetype offset, qsizetype end, const Heading &h) {
        if (!entries.isEmpty() && entries.last().end < 0)
            entries.last().end = offset;
        if (h.level == 3) {
            entries.append({std::min(end + 1, text.size()), -1, line, h.text});
            if (firstPaper < 0)
                firstPaper = offset;
        } else if (firstPaper >= 0 || ArxivId::isValid(QString::fromUtf8(h.text))) {
            // Text under the heading, up to the next heading, that is not blank.
            qsizetype next = text.indexOf("\n#", end);
            const QByteArrayView under = QByteArrayView(text).sliced(std::min(end, text.size()), (next < 0 ? text.size() : next) - std::min(end, text.size()));
            if (!under.trimmed().isEmpty())
                strays.append({line, h.text});
        }
        return true;
    });
    if (!entries.isEmpty() && entries.last().end < 0)
        entries.last().end = text.size();

    // The day: from a "## Daily Papers (YYYY-MM-DD)" heading (any "#" or "##" heading with a date)
    // before the first paper, else from the path or the file name.
    const MarkdownOutline preamble = MarkdownOutline::parse(text.left(firstPaper < 0 ? text.size() : firstPaper));
    for (const Block &b : preamble.blocks()) {
        if (b.type == BlockType::Heading && b.level <= 2) {
            const QString title = QString::fromUtf8(b.text).simplified();
            if (const QDate date = dateIn(title); date.isValid()) {
                digest.title = title;
                digest.date = date;
                break;
            }
        }
    }
    if (!digest.date.isValid())
        digest.date = dateOfPath(fileName);
    if (!digest.date.isValid())
        digest.date = dateOfFileName(fileName);
    if (!digest.date.isValid()) {
        error(0,
              QCoreApplication::translate("DigestParser",
                                          "no date (paper-log layout): neither a '## Daily Papers (YYYY-MM-DD)' heading nor a "
                                          "…/YYYY/MM/DD.md path or a YYYY-MM-DD file name"));
        return;
    }
    if (refuseTooManyPapers(entries.size(), fileName, digest))
        return;

    // Text of no paper is reported where it stands, between the papers.
    qsizetype nextStray = 0;
    const auto reportStraysBefore = [&](int line) {
        for (; nextStray < strays.size() && strays[nextStray].line < line; ++nextStray) {
            const QString heading = QString::fromUtf8(strays[nextStray].heading).simplified();
            error(strays[nextStray].line,
                  QCoreApplication::translate("DigestParser",
                                              "the heading “%1” starts no paper of the paper-log layout (a paper starts with "
                                              "'### [Title](https://arxiv.org/abs/<id>)'); the text under it is skipped")
                      .arg(heading.left(120)),
                  ArxivId::normalized(heading).value_or(QString()));
        }
    };
    PaperIds ids;
    for (const Entry &e : entries) {
        reportStraysBefore(e.line);
        const PaperHeading heading = paperHeadingOf(e.heading);
        if (!heading.id) {
            error(e.line,
                  QCoreApplication::translate("DigestParser", "the heading of “%1” has no arXiv link (https://arxiv.org/abs/<id>); the paper is skipped")
                      .arg(heading.title.left(120)));
            continue;
        }
        if (!ids.admit(*heading.id, e.line, fileName, digest))
            continue;
        DigestUtf8::Paper *paperTexts = texts ? &texts->papers.emplace_back() : nullptr;
        digest.papers.append(parsePaper(text.mid(e.bodyFrom, std::max<qsizetype>(0, e.end - e.bodyFrom)), e.line, heading, fileName, diags, paperTexts));
    }
    reportStraysBefore(std::numeric_limits<int>::max());
    if (digest.papers.isEmpty())
        error(0,
              QCoreApplication::translate("DigestParser", "no papers (paper-log layout): no '### [Title](https://arxiv.org/abs/<id>)' heading could be read"));
}

} // namespace Paperboy::Core
