// Markup: the escaping and conversion rules every exporter uses.
#include "markup.h"

#include "digest/markdowndialect.h"
#include "digest/markdownoutline.h"

#include <QByteArrayList>
#include <QRegularExpression>

#include <algorithm>
#include <string>

#include <md4c-html.h>

namespace Paperboy::Core::Markup {

namespace {

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *out)
{
    static_cast<QByteArray *>(out)->append(text, qsizetype(size));
}

bool allowedInXml(char32_t c)
{
    if (c < 0x20)
        return c == 0x09 || c == 0x0A || c == 0x0D;
    return (c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Where an exported page may send a reader: the web, mail, or a place on the page itself.
bool allowedTarget(QByteArrayView url)
{
    if (url.startsWith('#'))
        return true;
    const qsizetype colon = url.indexOf(':');
    if (colon < 0)
        return false; // a relative path names a file beside the export, which is not there
    const QByteArray scheme = url.first(colon).toByteArray().toLower();
    return scheme == "http" || scheme == "https" || scheme == "mailto";
}

// md4c writes <a href="URL"[ title="T"]> (never nested) and <img src="URL" alt="ALT"[ title="T"] />,
// with attribute values escaped, so a quote or > inside one is always an entity.
QByteArray withInertTargets(const QByteArray &html)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype a = html.indexOf("<a href=\"", pos);
        const qsizetype img = html.indexOf("<img src=\"", pos);
        const qsizetype at = a < 0 ? img : img < 0 ? a : std::min(a, img);
        if (at < 0)
            break;
        const bool isLink = at == a;
        const qsizetype urlFrom = at + (isLink ? 9 : 10);
        const qsizetype urlEnd = html.indexOf('"', urlFrom);
        const qsizetype tagEnd = urlEnd < 0 ? -1 : html.indexOf('>', urlEnd);
        if (tagEnd < 0)
            break;
        out += html.sliced(pos, at - pos);
        if (allowedTarget(QByteArrayView(html).sliced(urlFrom, urlEnd - urlFrom))) {
            out += html.sliced(at, tagEnd + 1 - at);
            pos = tagEnd + 1;
        } else if (isLink) {
            // The text stays; the opening tag and its </a> go.
            const qsizetype close = html.indexOf("</a>", tagEnd);
            if (close < 0) {
                pos = tagEnd + 1;
                continue;
            }
            out += html.sliced(tagEnd + 1, close - tagEnd - 1);
            pos = close + 4;
        } else {
            const qsizetype altFrom = html.indexOf("alt=\"", urlEnd);
            const qsizetype altEnd = altFrom < 0 || altFrom > tagEnd ? -1 : html.indexOf('"', altFrom + 5);
            if (altEnd >= 0)
                out += html.sliced(altFrom + 5, altEnd - altFrom - 5);
            pos = tagEnd + 1;
        }
    }
    out += html.sliced(pos);
    return out;
}

} // namespace

QString csvField(const QString &raw)
{
    // Spreadsheets run a cell that starts with one of these as a formula (=HYPERLINK(...) and
    // worse); titles, summaries and notes come from elsewhere, so such a cell gets a leading
    // apostrophe, as OWASP advises, which spreadsheets show as plain text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString text = !raw.isEmpty() && formulaStarts.contains(raw.front()) ? u'\'' + raw : raw;
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRow(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',');
}

QString xmlSafe(const QString &text)
{
    bool clean = true;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 ? !allowedInXml(c.unicode()) : (c.isSurrogate() || c.unicode() >= 0xFFFE)) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    std::u32string kept;
    kept.reserve(size_t(text.size()));
    for (const uint c : text.toUcs4()) // lone surrogates come out as U+FFFD
        if (allowedInXml(char32_t(c)))
            kept.push_back(char32_t(c));
    return QString::fromUcs4(kept.data(), qsizetype(kept.size()));
}

QByteArray xmlEscaped(const QString &text)
{
    return xmlSafe(text).toHtmlEscaped().toUtf8();
}

QString headingsFrom(const QString &markdown, int top)
{
    if (!markdown.contains(u'#') && !markdown.contains(u'=') && !markdown.contains(u'-'))
        return markdown;
    const QByteArray in = markdown.toUtf8();
    const MarkdownOutline outline = MarkdownOutline::parse(in, MarkdownOutline::Detail::Structure);
    int highest = 7;
    for (const MarkdownOutline::Block &b : outline.blocks())
        if (b.type == MarkdownOutline::BlockType::Heading && b.start >= 0)
            highest = std::min(highest, b.level);
    if (highest >= top)
        return markdown;
    const int shift = top - highest;
    QByteArray out;
    qsizetype at = 0;
    for (const MarkdownOutline::Block &b : outline.blocks()) {
        if (b.type != MarkdownOutline::BlockType::Heading || b.start < 0)
            continue;
        const QByteArray hashes(std::min(6, b.level + shift), '#');
        qsizetype text = b.start;
        while (text < in.size() && in.at(text) == ' ')
            ++text;
        out.append(in.constData() + at, b.start - at);
        if (text < in.size() && in.at(text) == '#') { // ATX: "## Title" gets more #
            qsizetype after = text;
            while (after < in.size() && in.at(after) == '#')
                ++after;
            out.append(hashes);
            at = after;
        } else { // setext: its text lines joined on one ATX line, the underline dropped
            qsizetype end = in.indexOf('\n', text);
            QByteArrayList lines;
            while (end >= 0) {
                const QByteArray line = in.mid(text, end - text).trimmed();
                if (!line.isEmpty() && (line.count('=') == line.size() || line.count('-') == line.size()))
                    break;
                lines << line;
                text = end + 1;
                end = in.indexOf('\n', text);
            }
            out.append(hashes + ' ' + lines.join(' '));
            at = end < 0 ? in.size() : end;
        }
    }
    out.append(in.constData() + at, in.size() - at);
    return QString::fromUtf8(out);
}

QByteArray markdownToXhtml(const QString &markdown, Images images)
{
    QByteArray out;
    const QByteArray in = xmlSafe(MarkdownDialect::withLiteralTildes(markdown)).toUtf8();
    md_html(in.constData(), MD_SIZE(in.size()), appendHtml, &out, MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML, MD_HTML_FLAG_XHTML);
    if (images == Images::AsLinks && out.contains("<img ")) {
        // md4c writes <img src="URL" alt="TEXT" [title="T"] />, attribute values already escaped.
        static const QRegularExpression img(QStringLiteral(R"re(<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? />)re"));
        QString html = QString::fromUtf8(out);
        html.replace(img, QStringLiteral(R"re(<a href="\1" class="image">\2</a>)re"));
        out = html.toUtf8();
    }
    return withInertTargets(out);
}

} // namespace Paperboy::Core::Markup
