// DigestText: byte-level helpers over clean UTF-8 (what DigestParser hands every layout).
#include "digesttext.h"

#include "common/utf8.h"

#include <QChar>

#include <algorithm>

namespace Paperboy::Core::DigestText {

namespace {

// The code point at s[at] and its length (decodeUtf8).
char32_t codePointAt(QByteArrayView s, qsizetype at, int *length)
{
    const auto *data = reinterpret_cast<const unsigned char *>(s.data());
    return decodeUtf8(data + at, data + s.size(), length);
}

} // namespace

QByteArrayView trimmed(QByteArrayView s)
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

QByteArray trimmed(const QByteArray &s)
{
    const QByteArrayView t = trimmed(QByteArrayView(s));
    return t.size() == s.size() ? s : t.toByteArray();
}

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
        return trimmed(text); // the usual case: nothing to take out but the ends
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
    return trimmed(out);
}

QByteArray lineFrom(const QByteArray &text, qsizetype start)
{
    const qsizetype nl = text.indexOf('\n', start);
    return text.mid(start, nl < 0 ? -1 : nl - start);
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(std::max<qsizetype>(0, offset)).count('\n')) + 1;
}

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

} // namespace Paperboy::Core::DigestText
