// UTF-8 by hand where it is hot: checking a whole digest before it is parsed, and reading code
// points one by one (the search tokenizer, the parser's trimming).
#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <cstring>

namespace Paperboy::Core {

// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF):
// what QByteArrayView::isValidUtf8 answers, in a few instructions a byte for a digest's mix of
// ASCII runs and three-byte Hangul (eight ASCII bytes are checked at once).
inline bool isWellFormedUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    const auto continuation = [](unsigned char c) { return (c & 0xC0) == 0x80; };
    while (p < end) {
        while (end - p >= 8) {
            std::uint64_t eight;
            std::memcpy(&eight, p, 8);
            if (eight & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
        } else if (b >= 0xE0 && b <= 0xEF) {
            if (end - p < 3 || !continuation(p[1]) || !continuation(p[2]) || (b == 0xE0 && p[1] < 0xA0) // overlong
                || (b == 0xED && p[1] > 0x9F)) // surrogate
                return false;
            p += 3;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (end - p < 2 || !continuation(p[1]))
                return false;
            p += 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (end - p < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3]) || (b == 0xF0 && p[1] < 0x90)
                || (b == 0xF4 && p[1] > 0x8F)) // overlong, past U+10FFFF
                return false;
            p += 4;
        } else {
            return false; // a stray continuation byte, C0, C1 or F5..FF
        }
    }
    return true;
}

// The code point at p (before end); anything that is not a well-formed sequence decodes as U+FFFD
// of length 1. *len gets the length in bytes.
inline char32_t decodeUtf8(const unsigned char *p, const unsigned char *end, int *len)
{
    const unsigned char b = p[0];
    if (b < 0x80) {
        *len = 1;
        return b;
    }
    const int n = (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || p + n > end) {
        *len = 1;
        return 0xFFFD;
    }
    char32_t c = n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80) {
            *len = 1;
            return 0xFFFD;
        }
        c = (c << 6) | (p[i] & 0x3F);
    }
    *len = n;
    return c;
}

} // namespace Paperboy::Core
