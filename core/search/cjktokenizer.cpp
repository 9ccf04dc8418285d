// CjkTokenizer: a UTF-8 scanner and its FTS5 glue.
#include "cjktokenizer.h"

#include <QString>

#include <sqlite3.h>

namespace Paperboy::Core {

namespace {

enum class Cls { Space, Other, Word, Cjk };

bool isCjk(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3)      // Hangul syllables
        || (c >= 0x1100 && c <= 0x11FF)      // Hangul Jamo
        || (c >= 0x3130 && c <= 0x318F)      // Hangul compatibility Jamo
        || (c >= 0x3040 && c <= 0x30FF)      // Hiragana, Katakana
        || (c >= 0x3400 && c <= 0x4DBF)      // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF)      // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF)      // CJK compatibility ideographs
        || (c >= 0x20000 && c <= 0x2FA1F);   // CJK extensions B..
}

Cls classify(char32_t c)
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

// Decodes one code point at p; invalid bytes decode as U+FFFD of length 1.
char32_t decode(const unsigned char *p, const unsigned char *end, int *len)
{
    const unsigned char b = p[0];
    int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || p + n > end) {
        *len = 1;
        return 0xFFFD;
    }
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
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

QByteArray foldWord(const char *s, int n)
{
    bool ascii = true;
    for (int i = 0; i < n && ascii; ++i)
        ascii = (unsigned char)s[i] < 0x80;
    if (ascii) {
        QByteArray out(s, n);
        for (char &c : out)
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        return out;
    }
    return QString::fromUtf8(s, n).toCaseFolded().toUtf8();
}

struct Fts5Glue {
    static int create(void *, const char **, int, Fts5Tokenizer **out)
    {
        static int dummy = 0;
        *out = reinterpret_cast<Fts5Tokenizer *>(&dummy);
        return SQLITE_OK;
    }
    static void destroy(Fts5Tokenizer *) {}
    static int tokenize(Fts5Tokenizer *, void *ctx, int, const char *text, int size,
                        int (*token)(void *, int, const char *, int, int, int))
    {
        int rc = SQLITE_OK;
        CjkTokenizer::tokenize(text, size, [&](const QByteArray &t, int start, int end) {
            if (rc == SQLITE_OK)
                rc = token(ctx, 0, t.constData(), int(t.size()), start, end);
        });
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
};

} // namespace

void CjkTokenizer::tokenize(const char *text, int size, const Sink &sink)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + size;
    const auto *p = begin;
    // The last CJK character before a run of white space: its offset and length, -1 when none.
    int bridgeStart = -1;
    int bridgeLen = 0;
    while (p < end) {
        int len = 0;
        const char32_t c = decode(p, end, &len);
        const Cls cls = classify(c);
        if (cls == Cls::Word) {
            const auto *s = p;
            p += len;
            while (p < end) {
                const char32_t d = decode(p, end, &len);
                if (classify(d) != Cls::Word)
                    break;
                p += len;
            }
            sink(foldWord(reinterpret_cast<const char *>(s), int(p - s)), int(s - begin), int(p - begin));
            bridgeStart = -1;
        } else if (cls == Cls::Cjk) {
            // Offsets of each character of the run.
            int prevStart = int(p - begin);
            int prevEnd = prevStart + len;
            if (bridgeStart >= 0)
                sink(QByteArray(text + bridgeStart, bridgeLen) + QByteArray(text + prevStart, len), bridgeStart, prevEnd);
            p += len;
            bool single = true;
            while (p < end) {
                const char32_t d = decode(p, end, &len);
                if (classify(d) != Cls::Cjk)
                    break;
                const int curStart = int(p - begin);
                sink(QByteArray(text + prevStart, curStart + len - prevStart), prevStart, curStart + len);
                prevStart = curStart;
                prevEnd = curStart + len;
                single = false;
                p += len;
            }
            if (single)
                sink(QByteArray(text + prevStart, prevEnd - prevStart), prevStart, prevEnd);
            bridgeStart = prevStart;
            bridgeLen = prevEnd - prevStart;
        } else {
            if (cls == Cls::Other)
                bridgeStart = -1;
            p += len;
        }
    }
}

Status CjkTokenizer::registerWith(sqlite3 *db)
{
    if (!db)
        return Status::failure(QStringLiteral("no SQLite handle"));
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("this SQLite has no FTS5: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (!api)
        return Status::failure(QStringLiteral("cannot reach the FTS5 API"));
    fts5_tokenizer tokenizer{&Fts5Glue::create, &Fts5Glue::destroy, &Fts5Glue::tokenize};
    if (api->xCreateTokenizer(api, "paperboy", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Status::failure(QStringLiteral("cannot register the search tokenizer"));
    return Status::success();
}

} // namespace Paperboy::Core
