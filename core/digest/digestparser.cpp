// The digest parser: split at paper headings, then md4c for each paper and each summary.
#include "digestparser.h"

#include "arxivid.h"
#include "markdownoutline.h"

#include "common/regularfile.h"
#include "common/utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Paperboy::Core {

namespace {

using Block = MarkdownOutline::Block;
using BlockType = MarkdownOutline::BlockType;

// "## 2505.16265", "## arXiv:2505.16265v2", "## hep-th/9901001"
const QRegularExpression &paperHeadingPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^##[ \t]+(?:arXiv:)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)[ \t]*#*[ \t]*$)"));
    return re;
}

// What every paper heading starts with, checked before the pattern (most "#" lines of a digest are
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

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(std::max<qsizetype>(0, offset)).count('\n')) + 1;
}

// CRLF and lone CR become LF; NUL and invalid UTF-8 become U+FFFD. Returns clean UTF-8.
QByteArray normalize(const QByteArray &raw, const QString &file, QList<Diagnostic> &diags)
{
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.contains('\r')) {
        bytes.replace("\r\n", "\n");
        bytes.replace('\r', '\n');
    }
    // The usual case, clean UTF-8 without NUL, is returned as it is (shared, not copied).
    if (!bytes.contains('\0') && isWellFormedUtf8(bytes))
        return bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    const bool badUtf8 = decoder.hasError();
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.replace(QChar(0), QChar::ReplacementCharacter);
    if (badUtf8 || nul >= 0) {
        const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
        diags.append({Diagnostic::Severity::Warning,
                      file,
                      int(text.left(at).count(u'\n')) + 1,
                      {},
                      QCoreApplication::translate("DigestParser", "invalid bytes (not UTF-8 text) replaced by U+FFFD")});
    }
    return text.toUtf8();
}

QString stripTitle(QString t)
{
    t = t.simplified();
    static const QRegularExpression prefix(QStringLiteral(R"(^(?:논문\s*요약|요약|paper\s+summary|summary)\s*[:：]\s*)"),
                                           QRegularExpression::CaseInsensitiveOption);
    t.remove(prefix);
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

// The code point at s[at] and its length (decodeUtf8).
char32_t codePointAt(QByteArrayView s, qsizetype at, int *length)
{
    const auto *data = reinterpret_cast<const unsigned char *>(s.data());
    return decodeUtf8(data + at, data + s.size(), length);
}

// QString::trimmed on UTF-8: white space as QChar::isSpace has it (U+3000, U+00A0, ...) off both
// ends, and byte order marks (U+FEFF) too, which QString::fromUtf8 drops at the start of a text:
// so a trimmed text decodes to exactly its own characters.
QByteArrayView trimmedUtf8(QByteArrayView s)
{
    qsizetype from = 0, to = s.size();
    const auto trimmable = [](char32_t c) { return c == 0xFEFF || QChar::isSpace(c); };
    while (from < to) {
        int length = 1;
        if (!trimmable(codePointAt(s, from, &length)))
            break;
        from += length;
    }
    while (to > from) {
        qsizetype start = to - 1;
        while (start > from && to - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        int length = 1;
        const char32_t c = codePointAt(s, start, &length);
        if (start + length != to || !trimmable(c))
            break;
        to = start;
    }
    return s.sliced(from, to - from);
}

QByteArray trimmedUtf8(const QByteArray &s)
{
    const QByteArrayView t = trimmedUtf8(QByteArrayView(s));
    return t.size() == s.size() ? s : t.toByteArray();
}

// Removes the indentation every non-blank line shares, empties lines of white space, and trims
// white space off both ends (as QString::trimmed would).
QByteArray dedent(const QByteArray &text)
{
    qsizetype common = -1;
    bool spacesInBlankLines = false;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(pos, nl - pos);
        if (line.trimmed().isEmpty()) {
            spacesInBlankLines = spacesInBlankLines || !line.isEmpty();
        } else {
            qsizetype n = 0;
            while (n < line.size() && line[n] == ' ')
                ++n;
            common = common < 0 ? n : std::min(common, n);
        }
        pos = nl + 1;
    }
    if (common <= 0 && !spacesInBlankLines)
        return trimmedUtf8(text); // the usual case: nothing to take out but the ends
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(pos, nl - pos);
        if (!line.trimmed().isEmpty())
            out += line.sliced(std::max<qsizetype>(0, common));
        out += '\n';
        pos = nl + 1;
    }
    return trimmedUtf8(out);
}

QByteArray lineFrom(const QByteArray &text, qsizetype start)
{
    const qsizetype nl = text.indexOf('\n', start);
    return text.mid(start, nl < 0 ? -1 : nl - start);
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

void parseSections(Paper &paper, const QByteArray &text, DigestUtf8::Paper *texts);

// The UTF-16 length of valid UTF-8: one unit a sequence, two for the four-byte ones.
qsizetype utf16Length(QByteArrayView utf8)
{
    qsizetype n = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80;
        n += b >= 0xF0;
    }
    return n;
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
    summary = trimmedUtf8(summary);
    if (texts)
        texts->summary = summary;
    else
        paper.summaryMarkdown = QString::fromUtf8(summary);
    if (summary.isEmpty())
        warn(paper.line, QCoreApplication::translate("DigestParser", "no summary; the paper is kept with its id and link only"));
    parseSections(paper, summary, texts);
    if (!summary.isEmpty() && paper.sections.isEmpty())
        warn(paper.line, QCoreApplication::translate("DigestParser", "no sections recognised in the summary; it is kept whole"));
    return paper;
}

// Splits a summary into sections. text is the summary as UTF-8; unless texts is given, it is
// paper.summaryMarkdown's. texts, when given, gets the sections' bodies and Markdown slices instead
// of the sections' QStrings.
void parseSections(Paper &paper, const QByteArray &text, DigestUtf8::Paper *texts)
{
    paper.sections.clear();
    if (texts)
        texts->sections.clear();
    // A section's Markdown is a slice of the summary: UTF-8 offsets are carried over to UTF-16 ones
    // as the sections go by (they are in order).
    qsizetype at8 = 0, at16 = 0;
    const auto toUtf16 = [&](qsizetype offset8) {
        if (offset8 < at8)
            at8 = at16 = 0;
        at16 += utf16Length(QByteArrayView(text).sliced(at8, offset8 - at8));
        at8 = offset8;
        return at16;
    };
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
        // The section's Markdown: its slice without white space at the ends.
        const QByteArrayView markdown = trimmedUtf8(slice);
        const qsizetype from16 = toUtf16(markdown.data() - text.constData());
        const qsizetype end16 = toUtf16(markdown.data() + markdown.size() - text.constData());
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
        const QByteArray body = dedent(rest);
        if (texts) {
            texts->sections.append({body, from16, end16 - from16});
        } else {
            const QStringView summary(paper.summaryMarkdown);
            if (end16 <= summary.size()) {
                section.markdown = summary.sliced(from16, end16 - from16).toString();
                section.markdownFrom = from16;
            } else { // text is not summaryMarkdown's own UTF-8 (parseSummary of a string with lone surrogates)
                section.markdown = QString::fromUtf8(markdown);
            }
            section.body = QString::fromUtf8(body);
        }
        paper.sections.append(section);
    }
}

} // namespace

void DigestParser::parseSummary(Paper &paper)
{
    parseSections(paper, paper.summaryMarkdown.toUtf8(), nullptr);
}

namespace {

Digest parseDigest(const QByteArray &content, const QString &fileName, DigestUtf8 *texts)
{
    if (texts)
        *texts = {};
    Digest digest;
    auto &diags = digest.diagnostics;
    const auto error = [&](int line, const QString &msg, const QString &id = {}) { diags.append({Diagnostic::Severity::Error, fileName, line, id, msg}); };
    if (content.isEmpty()) {
        error(0, QCoreApplication::translate("DigestParser", "the file is empty"));
        return digest;
    }
    if (content.size() > DigestParser::MaxFileBytes) {
        error(0,
              QCoreApplication::translate("DigestParser", "the file is %1 MiB; digests over %2 MiB are refused")
                  .arg(content.size() / (1024 * 1024))
                  .arg(DigestParser::MaxFileBytes / (1024 * 1024)));
        return digest;
    }
    const QByteArray text = normalize(content, fileName, diags);

    // Paper headings, by line.
    struct Start {
        qsizetype offset; // of the heading line
        qsizetype bodyFrom; // just after it
        int line;
        QString id;
    };
    QList<Start> starts;
    qsizetype pos = 0;
    int line = 1;
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        if (text[pos] == '#' && nl - pos < 200 && mayBePaperHeading(QByteArrayView(text).sliced(pos, nl - pos))) {
            const auto m = paperHeadingPattern().match(QString::fromUtf8(text.constData() + pos, nl - pos));
            if (m.hasMatch())
                // A version names the same paper (2505.16938v2 is 2505.16938): one id for the paper.
                starts.append({pos, nl + 1, line, ArxivId::normalized(m.capturedView(1)).value_or(m.captured(1))});
        }
        pos = nl + 1;
        ++line;
    }

    // The day: from the "# ... – YYYY-MM-DD" heading of the preamble, else from the file name.
    const QByteArray preamble = text.left(starts.isEmpty() ? text.size() : starts.first().offset);
    static const QRegularExpression datePattern(QStringLiteral(R"((\d{4})-(\d{2})-(\d{2}))"));
    const MarkdownOutline preambleOutline = MarkdownOutline::parse(preamble);
    for (const Block &b : preambleOutline.blocks()) {
        if (b.type == BlockType::Heading && b.level == 1) {
            digest.title = QString::fromUtf8(b.text).simplified();
            const auto m = datePattern.match(digest.title);
            if (m.hasMatch())
                digest.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            break;
        }
    }
    if (!digest.date.isValid()) {
        const auto m = datePattern.match(QFileInfo(fileName).fileName());
        if (m.hasMatch() && m.capturedStart() == 0)
            digest.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (!digest.date.isValid()) {
        error(0, QCoreApplication::translate("DigestParser", "no date: neither a '# … – YYYY-MM-DD' heading nor a YYYY-MM-DD file name"));
        return digest;
    }
    if (starts.isEmpty()) {
        error(0, QCoreApplication::translate("DigestParser", "no papers: expected '## <arXiv id>' headings"));
        return digest;
    }
    if (starts.size() > DigestParser::MaxPapersPerDay) {
        error(0,
              QCoreApplication::translate("DigestParser", "the file lists %1 papers; a day holds at most %2")
                  .arg(starts.size())
                  .arg(DigestParser::MaxPapersPerDay));
        return digest;
    }

    QHash<QString, int> seen;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const Start &s = starts[i];
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].offset : text.size();
        QString id = s.id;
        const qsizetype version = id.lastIndexOf(u'v');
        if (version > 0 && id.at(version - 1).isDigit())
            id.truncate(version); // a paper is its id; versions of it are the same paper
        if (const auto it = seen.constFind(id); it != seen.cend()) {
            error(s.line, QCoreApplication::translate("DigestParser", "the paper appears again (first at line %1); this entry is skipped").arg(*it), id);
            continue;
        }
        seen.insert(id, s.line);
        DigestUtf8::Paper *paperTexts = texts ? &texts->papers.emplace_back() : nullptr;
        digest.papers.append(parsePaper(text.mid(s.bodyFrom, std::max<qsizetype>(0, end - s.bodyFrom)), s.line + 1, id, fileName, diags, paperTexts));
    }
    return digest;
}

} // namespace

Digest DigestParser::parse(const QByteArray &content, const QString &fileName)
{
    return parseDigest(content, fileName, nullptr);
}

Digest DigestParser::parseForImport(const QByteArray &content, const QString &fileName, DigestUtf8 *texts)
{
    return parseDigest(content, fileName, texts);
}

Digest DigestParser::parseFile(const QString &path)
{
    Diagnostic problem;
    if (const std::optional<QByteArray> content = readFile(path, &problem))
        return parse(*content, path);
    Digest d;
    d.diagnostics.append(problem);
    return d;
}

std::optional<QByteArray> DigestParser::readFile(const QString &path, Diagnostic *problem, qint64 maxBytes)
{
    RegularFile file = readRegularFile(path, maxBytes);
    if (file.ok())
        return std::move(file.content);
    QString message = file.message;
    if (file.problem == RegularFile::Problem::CannotRead)
        message = QCoreApplication::translate("DigestParser", "cannot read: %1").arg(file.message);
    else if (file.problem == RegularFile::Problem::TooLarge && file.reportedSize > maxBytes) // refused by its size, unread
        message = QCoreApplication::translate("DigestParser", "the file is %1 MiB; digests over %2 MiB are refused")
                      .arg(file.reportedSize / (1024 * 1024))
                      .arg(maxBytes / (1024 * 1024));
    *problem = {Diagnostic::Severity::Error, path, 0, {}, message};
    return std::nullopt;
}

} // namespace Paperboy::Core
