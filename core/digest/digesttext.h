// UTF-8 text helpers every digest layout reads with: trimming, dedenting, lines and UTF-16 lengths.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Paperboy::Core::DigestText {

// QString::trimmed on UTF-8: white space as QChar::isSpace has it (U+3000, U+00A0, ...) off both
// ends, and byte order marks (U+FEFF) too, which QString::fromUtf8 drops at the start of a text:
// so a trimmed text decodes to exactly its own characters.
//   "\u3000 abc \n" -> "abc"
QByteArrayView trimmed(QByteArrayView s);
// The same, sharing s when there is nothing to take off.
QByteArray trimmed(const QByteArray &s);

// Removes the indentation every non-blank line shares, empties lines of white space, and trims
// white space off both ends (as QString::trimmed would).
//   "   a\n     b\n  \n   c" -> "a\n  b\n\nc"
QByteArray dedent(const QByteArray &text);

// The line that starts at offset start, without its line end.
QByteArray lineFrom(const QByteArray &text, qsizetype start);
// The 1-based number of the line holding offset.
int lineAt(const QByteArray &text, qsizetype offset);

// The UTF-16 length of valid UTF-8: one unit a sequence, two for the four-byte ones.
qsizetype utf16Length(QByteArrayView utf8);

} // namespace Paperboy::Core::DigestText
