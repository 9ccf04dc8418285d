// Text conversions the exporters share: RFC 4180 CSV fields, Markdown → XHTML (md4c), XML-safe text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Paperboy::Core::Markup {

// One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. A field
// that a spreadsheet would run as a formula (first character = + - @, tab or CR) gets a leading '.
//   a,b -> "a,b"      say "hi" -> "say ""hi"""      plain -> plain      =1+1 -> '=1+1
QString csvField(const QString &text);
// Fields joined by commas, without the line break.
QString csvRow(const QStringList &fields);

enum class Images {
    Keep, // <img src="..."> as md4c writes it
    AsLinks, // <a href="...">alt</a>: a self-contained page loads nothing from elsewhere
};

// Markdown → XHTML fragment with md4c (tables, ~~strikethrough~~ where a single ~ is text; raw HTML in the input is escaped, not
// passed through). Characters XML 1.0 forbids are dropped first, so the result always parses. Only
// http(s), mailto and #in-page targets stay links or images; any other (javascript:, vbscript:,
// data:, file:, a relative path) becomes the link's text or the image's alt text.
//   [x](javascript:alert(1)) -> x      [x](https://a.b) -> <a href="https://a.b">x</a>
QByteArray markdownToXhtml(const QString &markdown, Images images = Images::Keep);

// The Markdown with its top-level headings moved down so that the highest is at level `top` (a note
// under the export's "Note" heading must not sit beside the paper's heading); levels keep their
// order and stop at 6. A setext heading becomes an ATX one. Headings already at `top` or below stay.
//   top 4: "## 메모\n### 세부" -> "#### 메모\n##### 세부"      "메모\n===" -> "#### 메모"
QString headingsFrom(const QString &markdown, int top);

// The text without the characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/FFFF;
// lone surrogates).
QString xmlSafe(const QString &text);
// xmlSafe, then &, <, >, " escaped: for element text and attribute values.
QByteArray xmlEscaped(const QString &text);

} // namespace Paperboy::Core::Markup
