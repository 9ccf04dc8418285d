// MarkdownLine: headings, links and HTML tags of one line, byte by byte (each line read once).
#include "markdownline.h"

namespace Paperboy::Core::MarkdownLine {

namespace {

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// The offset just past the bracket or parenthesis that closes the one at open, or -1; backslash
// escapes and nesting are honoured ("[[IDK] Token](…)").
qsizetype closingOf(QByteArrayView s, qsizetype open)
{
    const char opening = s[open];
    const char closing = opening == '[' ? ']' : ')';
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == opening) {
            ++depth;
        } else if (s[i] == closing && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The length of the HTML tag at s[at] ("<div>", "</video>", "<br/>", "<!-- … -->"), or 0;
// "<https://…>" (an autolink) and "a < b" are no tags. *nextGt caches where the next '>' is (-1:
// none is left), so a line of many '<' is read once.
qsizetype htmlTagAt(QByteArrayView s, qsizetype at, qsizetype *nextGt)
{
    if (at + 1 >= s.size() || s[at] != '<')
        return 0;
    qsizetype i = at + 1;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (s[i] == '/')
        ++i;
    if (i >= s.size())
        return 0;
    if (s[i] != '!' && s[i] != '?') {
        if (!letter(s[i]))
            return 0;
        while (i < s.size() && (letter(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            ++i;
        if (i < s.size() && !isBlank(s[i]) && s[i] != '/' && s[i] != '>')
            return 0;
    }
    if (*nextGt != -1 && *nextGt < i)
        *nextGt = s.indexOf('>', i);
    return *nextGt < 0 ? 0 : *nextGt + 1 - at;
}

} // namespace

Heading headingOf(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ')
        ++i;
    qsizetype marks = 0;
    while (i + marks < line.size() && line[i + marks] == '#')
        ++marks;
    if (marks == 0 || marks > 6 || (i + marks < line.size() && !isBlank(line[i + marks])))
        return {};
    QByteArrayView text = line.sliced(i + marks).trimmed();
    // A closing run of '#' after a blank is no part of the text.
    qsizetype close = text.size();
    while (close > 0 && text[close - 1] == '#')
        --close;
    if (close < text.size() && (close == 0 || isBlank(text[close - 1])))
        text = text.first(close).trimmed();
    return {int(marks), text};
}

QByteArray unescaped(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1]))
            ++i;
        out += s[i];
    }
    return out;
}

std::optional<Link> linkAt(QByteArrayView s, qsizetype at)
{
    if (at >= s.size() || s[at] != '[')
        return std::nullopt;
    const qsizetype textEnd = closingOf(s, at);
    if (textEnd < 0 || textEnd >= s.size() || s[textEnd] != '(')
        return std::nullopt;
    const qsizetype end = closingOf(s, textEnd);
    if (end < 0)
        return std::nullopt;
    QByteArrayView destination = s.sliced(textEnd + 1, end - textEnd - 2).trimmed();
    if (destination.startsWith('<')) {
        const qsizetype close = destination.indexOf('>');
        destination = close < 0 ? destination.sliced(1) : destination.sliced(1, close - 1);
    } else {
        qsizetype blank = 0;
        while (blank < destination.size() && !isBlank(destination[blank]))
            ++blank;
        destination = destination.first(blank);
    }
    return Link{s.sliced(at + 1, textEnd - at - 2), destination, end};
}

QByteArray withoutTags(QByteArrayView line)
{
    if (!line.contains('<'))
        return line.toByteArray();
    QByteArray out;
    out.reserve(line.size());
    qsizetype nextGt = -2;
    // Runs of backticks of a length that has no closing run further on, found once (lengths up to 16).
    quint32 unclosed = 0;
    for (qsizetype i = 0; i < line.size();) {
        if (line[i] == '`') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == '`')
                ++run;
            qsizetype end = i + run;
            if (run <= 16 && !(unclosed & (1u << run))) {
                const QByteArray fence(run, '`');
                qsizetype close = line.indexOf(fence, i + run);
                while (close >= 0 && close + run < line.size() && line[close + run] == '`') {
                    qsizetype longer = close + run;
                    while (longer < line.size() && line[longer] == '`')
                        ++longer;
                    close = line.indexOf(fence, longer);
                }
                if (close < 0)
                    unclosed |= 1u << run;
                else
                    end = close + run;
            }
            out += line.sliced(i, end - i);
            i = end;
        } else if (const qsizetype tag = htmlTagAt(line, i, &nextGt)) {
            i += tag;
        } else {
            out += line[i++];
        }
    }
    return out;
}

// Read once: the first text that is no image, link or tag answers no.
bool isInertLine(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && isBlank(line[i + 1]))
        i += 2;
    qsizetype nextGt = -2;
    for (; i < line.size();) {
        if (isBlank(line[i])) {
            ++i;
        } else if (const qsizetype tag = htmlTagAt(line, i, &nextGt)) {
            i += tag;
        } else if (const auto link = linkAt(line, line[i] == '!' ? i + 1 : i)) {
            i = link->end;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace Paperboy::Core::MarkdownLine
