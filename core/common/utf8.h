// Checking UTF-8 quickly: every digest an import reads is checked whole before it is parsed.
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
                || (b == 0xED && p[1] > 0x9F))                                                          // surrogate
                return false;
            p += 3;
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (end - p < 2 || !continuation(p[1]))
                return false;
            p += 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (end - p < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3])
                || (b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] > 0x8F)) // overlong, past U+10FFFF
                return false;
            p += 4;
        } else {
            return false; // a stray continuation byte, C0, C1 or F5..FF
        }
    }
    return true;
}

} // namespace Paperboy::Core
