// Markup: the escaping and conversion rules every exporter uses.
#include "markup.h"

#include <QRegularExpression>

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

} // namespace

QString csvField(const QString &text)
{
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

QByteArray markdownToXhtml(const QString &markdown, Images images)
{
    QByteArray out;
    const QByteArray in = xmlSafe(markdown).toUtf8();
    md_html(in.constData(), MD_SIZE(in.size()), appendHtml, &out, MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML,
            MD_HTML_FLAG_XHTML);
    if (images == Images::AsLinks && out.contains("<img ")) {
        // md4c writes <img src="URL" alt="TEXT" [title="T"] />, attribute values already escaped.
        static const QRegularExpression img(QStringLiteral(R"re(<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? />)re"));
        QString html = QString::fromUtf8(out);
        html.replace(img, QStringLiteral(R"re(<a class="image" href="\1">\2</a>)re"));
        out = html.toUtf8();
    }
    return out;
}

} // namespace Paperboy::Core::Markup
