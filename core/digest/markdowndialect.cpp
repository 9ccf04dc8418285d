// MarkdownDialect: md4c finds the text; its single tildes get a backslash.
#include "markdowndialect.h"

#include <md4c.h>

#include <QList>

namespace Paperboy::Core::MarkdownDialect {

namespace {

struct TildeFinder {
    const char *begin = nullptr;
    const char *end = nullptr;
    int autolinks = 0; // inside an autolink: a backslash would end or change its URL
    QList<qsizetype> singles; // byte offsets of the tildes to escape, ascending

    bool isTilde(const char *p) const { return p >= begin && p < end && *p == '~'; }

    void text(MD_TEXTTYPE type, const char *p, unsigned size)
    {
        if (type != MD_TEXT_NORMAL || autolinks > 0 || p < begin || p + size > end)
            return;
        for (const char *q = p; q < p + size; ++q) {
            if (*q != '~' || isTilde(q - 1) || isTilde(q + 1))
                continue;
            qsizetype backslashes = 0;
            for (const char *b = q - 1; b >= begin && *b == '\\'; --b)
                ++backslashes;
            if (backslashes % 2 == 0) // an odd number: the tilde is escaped already
                singles.append(q - begin);
        }
    }
};

} // namespace

QString withLiteralTildes(const QString &markdown)
{
    if (!markdown.contains(u'~'))
        return markdown;
    const QByteArray in = markdown.toUtf8();
    TildeFinder finder;
    finder.begin = in.constData();
    finder.end = in.constData() + in.size();
    MD_PARSER parser{};
    parser.abi_version = 0;
    // What the renderers take as text, without strikethrough so that every tilde stays text.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *user) {
        if (type == MD_SPAN_A && static_cast<MD_SPAN_A_DETAIL *>(detail)->is_autolink)
            ++static_cast<TildeFinder *>(user)->autolinks;
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *detail, void *user) {
        if (type == MD_SPAN_A && static_cast<MD_SPAN_A_DETAIL *>(detail)->is_autolink)
            --static_cast<TildeFinder *>(user)->autolinks;
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *p, MD_SIZE size, void *user) {
        static_cast<TildeFinder *>(user)->text(type, p, size);
        return 0;
    };
    md_parse(in.constData(), MD_SIZE(in.size()), &parser, &finder);
    if (finder.singles.isEmpty())
        return markdown;
    QByteArray out;
    out.reserve(in.size() + finder.singles.size());
    qsizetype at = 0;
    for (const qsizetype tilde : std::as_const(finder.singles)) {
        out.append(in.constData() + at, tilde - at);
        out.append('\\');
        at = tilde;
    }
    out.append(in.constData() + at, in.size() - at);
    return QString::fromUtf8(out);
}

} // namespace Paperboy::Core::MarkdownDialect
