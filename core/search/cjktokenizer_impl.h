// CjkTokenizer::tokenizeRaw: the scanner itself, inline so each sink is called directly.
#pragma once

#include "common/utf8.h"

#include <QChar>
#include <QString>

#include <cstring>

namespace Paperboy::Core::TokenizerDetail {

enum class Cls { Space, Other, Word, Cjk };

inline bool isCjk(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || (c >= 0x1100 && c <= 0x11FF) // Hangul Jamo
        || (c >= 0x3130 && c <= 0x318F) // Hangul compatibility Jamo
        || (c >= 0x3040 && c <= 0x30FF) // Hiragana, Katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0x20000 && c <= 0x2FA1F); // CJK extensions B..
}

inline Cls classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return Cls::Word;
        return (c == ' ' || c == '\t' || c == '\n' || c == '\r') ? Cls::Space : Cls::Other;
    }
    if (isCjk(c))
        return Cls::Cjk;
    if (QChar::isSpace(c))
        return Cls::Space;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return Cls::Word;
    return Cls::Other;
}

} // namespace Paperboy::Core::TokenizerDetail

namespace Paperboy::Core {

template<typename RawSink>
bool CjkTokenizer::tokenizeRaw(const char *text, int size, RawSink &&sink, Rules rules)
{
    using namespace TokenizerDetail;
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + size;
    const auto *p = begin;
    char buf[256];
    // The last CJK character before a run of white space: its offset and length, -1 when none
    // (always none under Rules::Runs).
    const bool bridges = rules == Rules::Bridged;
    int bridgeStart = -1;
    int bridgeLen = 0;
    while (p < end) {
        int len = 0;
        const char32_t c = decodeUtf8(p, end, &len);
        const Cls cls = classify(c);
        if (cls == Cls::Word) {
            const auto *s = p;
            bool ascii = c < 0x80;
            p += len;
            while (p < end) {
                const char32_t d = decodeUtf8(p, end, &len);
                if (classify(d) != Cls::Word)
                    break;
                ascii = ascii && d < 0x80;
                p += len;
            }
            const int n = int(p - s);
            bool more;
            if (ascii && n <= int(sizeof buf)) {
                for (int i = 0; i < n; ++i) {
                    const char ch = char(s[i]);
                    buf[i] = (ch >= 'A' && ch <= 'Z') ? char(ch - 'A' + 'a') : ch;
                }
                more = sink(buf, n, int(s - begin), int(p - begin), true);
            } else {
                const QByteArray folded = QString::fromUtf8(reinterpret_cast<const char *>(s), n).toCaseFolded().toUtf8();
                more = sink(folded.constData(), int(folded.size()), int(s - begin), int(p - begin), true);
            }
            if (!more)
                return false;
            bridgeStart = -1;
        } else if (cls == Cls::Cjk) {
            int prevStart = int(p - begin);
            int prevEnd = prevStart + len;
            if (bridgeStart >= 0) {
                std::memcpy(buf, text + bridgeStart, size_t(bridgeLen));
                std::memcpy(buf + bridgeLen, text + prevStart, size_t(len));
                if (!sink(buf, bridgeLen + len, bridgeStart, prevEnd, false))
                    return false;
            }
            p += len;
            bool single = true;
            while (p < end) {
                const char32_t d = decodeUtf8(p, end, &len);
                if (classify(d) != Cls::Cjk)
                    break;
                const int curStart = int(p - begin);
                if (!sink(text + prevStart, curStart + len - prevStart, prevStart, curStart + len, false))
                    return false;
                prevStart = curStart;
                prevEnd = curStart + len;
                single = false;
                p += len;
            }
            if (single && !sink(text + prevStart, prevEnd - prevStart, prevStart, prevEnd, false))
                return false;
            if (bridges) {
                bridgeStart = prevStart;
                bridgeLen = prevEnd - prevStart;
            }
        } else {
            if (cls == Cls::Other)
                bridgeStart = -1;
            p += len;
        }
    }
    return true;
}

} // namespace Paperboy::Core
