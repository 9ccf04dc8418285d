// MarkdownLine: one line of Markdown read by hand, where the digest layouts need its exact bytes
// (a heading's link text as written, the HTML tags to leave out) rather than md4c's rendering.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Paperboy::Core::MarkdownLine {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// An ATX heading line: its level (1-6) and its text without the marks, or level 0.
//   "### [T](u)" -> 3, "[T](u)"      "## Daily Papers (2025-05-09) ##" -> 2, "Daily Papers (2025-05-09)"
//   "#hashtag", "####### x" -> 0
struct Heading {
    int level = 0;
    QByteArrayView text;
};
Heading headingOf(QByteArrayView line);

// A link "[text](destination "title")" starting at s[at], brackets nested and escaped as CommonMark
// has them: its text and destination as written and where it ends.
//   "[[IDK] Token](https://arxiv.org/abs/2412.01234)" -> text "[IDK] Token", destination "https://…"
//   "[a](<b c> "t")" -> "a", "b c"          "[a] (b)", "[a](b" -> nothing
struct Link {
    QByteArrayView text;
    QByteArrayView destination;
    qsizetype end = 0; // just past the closing parenthesis
};
std::optional<Link> linkAt(QByteArrayView s, qsizetype at);

// Markdown's backslash escapes taken out: "\[IDK\] \*x\* a\b" -> "[IDK] *x* a\b".
QByteArray unescaped(QByteArrayView s);

// The line without its HTML tags; code spans are left as they are.
//   "text<br>more <span>(x)</span>" -> "textmore (x)"      "`<tool>` call" -> "`<tool>` call"
//   "a < b", "<https://example.org>" -> unchanged
QByteArray withoutTags(QByteArrayView line);

// A line that holds nothing but images, links and HTML tags (and perhaps a bullet mark):
//   "![](thumb.png)", "[Watch Video](v.mp4)", "<div><video src=v.mp4></video></div>", "- " -> true
//   "- text [link](x)", "Vote: 3" -> false
bool isInertLine(QByteArrayView line);

} // namespace Paperboy::Core::MarkdownLine
