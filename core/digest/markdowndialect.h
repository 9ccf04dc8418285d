// Paperboy's Markdown: CommonMark with GitHub's tables, autolinks and ~~strikethrough~~, where a
// single tilde is text (Korean summaries write ranges as "0.7~1.4점").
#pragma once

#include <QString>

namespace Paperboy::Core::MarkdownDialect {

// The Markdown with every single "~" of its text escaped, so that a renderer with strikethrough on
// (md4c's MD_FLAG_STRIKETHROUGH and Qt's GitHub dialect take one tilde as well as two) strikes only
// ~~double~~ ones. Code spans, code blocks, autolinks, runs of three or more and tildes already
// escaped stay as they are; the rendered text is the same but for the strikethrough.
//   0.7~1.4점, 1.7~1.8점 -> 0.7\~1.4점, 1.7\~1.8점      ~~old~~ -> ~~old~~      `a~b` -> `a~b`
QString withLiteralTildes(const QString &markdown);

} // namespace Paperboy::Core::MarkdownDialect
