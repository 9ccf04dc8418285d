// TerminalText: text from digests, servers or notes made safe to print on a terminal.
#pragma once

#include <QString>

namespace Paperboy::Core::TerminalText {

// Control characters (C0 but tab and line feed when lines are kept, DEL, C1) and the bidirectional
// overrides that reorder what a terminal shows are written out as \xNN / \uNNNN, so no escape
// sequence in a title or snippet reaches the terminal (a title cannot retitle the window, move the
// cursor or hide text). A tab or line feed inside one field of a tab-separated line is written out too.
//   "a\x1b]0;x\x07b" -> "a\x1b]0;x\x07b" (as eight visible characters)      "모델" -> "모델"
inline QString escaped(const QString &text, bool keepLines = false)
{
    const auto unsafe = [keepLines](char16_t c) {
        if (c < 0x20)
            return !(keepLines && (c == u'\n' || c == u'\t'));
        return c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    };
    qsizetype i = 0;
    while (i < text.size() && !unsafe(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text;
    QString out = text.first(i);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!unsafe(c))
            out += QChar(c);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace Paperboy::Core::TerminalText
