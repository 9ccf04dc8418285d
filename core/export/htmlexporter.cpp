// HtmlExporter: the papers as XHTML (shared with the PDF) and the page around them.
#include "htmlexporter.h"

#include "common/tagcolor.h"

#include "annotate/textquoteanchor.h"
#include "export/exportcontent.h"
#include "export/markup.h"

#include <QColor>
#include <QHash>

#include <algorithm>

namespace Paperboy::Core {

using namespace ExportContent;

namespace {

const QString kDefaultHighlightColor = QStringLiteral("#ffe066");

// Colours come from the library (or an imported file): only #rrggbb reaches a style attribute.
QString cssColor(const QString &color, const QString &fallback = kDefaultHighlightColor)
{
    const QColor c = QColor::fromString(color);
    return c.isValid() ? c.name() : fallback;
}

// Black or white, whichever reads better on the colour.
QString textColorOn(const QString &background)
{
    return TagColor::textOn(QColor::fromString(background)).name();
}

constexpr char16_t kMarkOpen = 0xE000;
constexpr char16_t kMarkClose = 0xE001;

// Section Markdown → XHTML with the paper's highlights coloured where their quote is found verbatim.
// Markers (private-use characters) go around each quote before md4c runs; afterwards a pair becomes
// a <span> only when nothing but text lies between them, so the result stays well-formed.
QByteArray sectionHtml(const QString &body, const QList<Highlight> &highlights)
{
    QString text = body;
    text.remove(QChar(kMarkOpen));
    text.remove(QChar(kMarkClose));
    struct Range {
        int start, end;
        QString color;
    };
    QList<Range> ranges;
    for (const Highlight &h : highlights) {
        const auto m = TextQuoteAnchor::locate(text, h);
        if (m.isValid() && m.exact && m.length > 0)
            ranges.append({m.start, m.start + m.length, cssColor(h.color)});
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    QStringList colors;
    QString marked;
    int at = 0;
    for (const Range &r : std::as_const(ranges)) {
        if (r.start < at)
            continue; // overlaps the previous one
        marked += text.mid(at, r.start - at) + QChar(kMarkOpen) + text.mid(r.start, r.end - r.start) + QChar(kMarkClose);
        colors << r.color;
        at = r.end;
    }
    marked += text.mid(at);
    QString html = QString::fromUtf8(Markup::markdownToXhtml(marked, Markup::Images::AsLinks));
    QString out;
    int next = 0;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype open = html.indexOf(QChar(kMarkOpen), pos);
        if (open < 0)
            break;
        const qsizetype close = html.indexOf(QChar(kMarkClose), open);
        const QString color = colors.value(next++);
        out += html.mid(pos, open - pos);
        if (close < 0) {
            pos = open + 1;
            continue;
        }
        const QString inner = html.mid(open + 1, close - open - 1);
        const qsizetype lastLt = out.lastIndexOf(u'<'), lastGt = out.lastIndexOf(u'>');
        const bool inTag = lastLt > lastGt;
        if (inTag || inner.contains(u'<') || inner.contains(u'>') || inner.contains(QChar(kMarkOpen)) || color.isEmpty())
            out += inner;
        else
            out += QStringLiteral("<span class=\"mark\" style=\"background-color:%1;color:#000000\">%2</span>").arg(color, inner);
        pos = close + 1;
    }
    out += html.mid(pos);
    out.remove(QChar(kMarkOpen));
    out.remove(QChar(kMarkClose));
    return out.toUtf8();
}

QString anchorId(const QString &arxivId)
{
    QString id = QStringLiteral("paper-");
    for (const QChar c : arxivId)
        id += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : u'-';
    return id;
}

QByteArray x(const QString &text)
{
    return Markup::xmlEscaped(text);
}

const char kFontFamilies[] = "'Noto Sans CJK KR','Noto Sans KR','Apple SD Gothic Neo','Malgun Gothic','Noto Sans','DejaVu Sans',sans-serif";

} // namespace

QString HtmlExporter::description() const
{
    return Exporter::tr("HTML, one self-contained page");
}

QByteArray HtmlExporter::body(const ExportSet &set, const ExportOptions &o, Reader reader, const Progress &progress, const std::atomic_bool *cancel,
                              bool *cancelled)
{
    const bool forQt = reader == Reader::QtRichText;
    QHash<QString, QString> tagColors;
    for (const ExportTag &t : set.tags)
        tagColors.insert(t.name.toLower(), t.color);
    QByteArray out;
    out += "<h1>" + x(title(set, o)) + "</h1>\n";
    out += "<p class=\"meta\">" + x(exportedLine(set)) + "</p>\n";
    out += "<div class=\"toc\">\n<h2>" + x(Exporter::tr("Contents")) + "</h2>\n<ol>\n";
    for (const ExportPaper &p : set.papers)
        out += "<li><a href=\"#" + x(anchorId(p.arxivId)) + "\">" + x(displayTitle(p)) + "</a> <span class=\"id\">" + x(p.arxivId) + "</span></li>\n";
    out += "</ol>\n</div>\n";
    const bool paged = o.summaries != ExportOptions::Summaries::None;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (isCancelled(cancel)) {
            *cancelled = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        out += QByteArray("<div class=\"paper") + (paged ? " paged" : "") + "\" id=\"" + x(anchorId(p.arxivId)) + "\">\n";
        out += "<h2 class=\"title\">" + x(displayTitle(p)) + "</h2>\n";
        out += "<p class=\"meta\"><a href=\"" + x(p.arxivUrl()) + "\">arXiv:" + x(p.arxivId) + "</a>";
        if (p.day().isValid())
            out += " · " + x(dayText(p.day()));
        if (const QString publishers = ExportContent::publishersText(p); !publishers.isEmpty())
            out += " · " + x(publishers);
        if (p.starred)
            out += " · " + x(Exporter::tr("★ starred"));
        out += "</p>\n";
        if (o.includeTags && !p.tags.isEmpty()) {
            out += "<p class=\"tags\">";
            for (const QString &t : p.tags) {
                const QString bg = cssColor(tagColors.value(t.toLower()), TagColor::fallback());
                out += "<span class=\"tag\" style=\"background-color:" + bg.toUtf8() + ";color:" + textColorOn(bg).toUtf8() + "\">&#160;" + x(t)
                    + "&#160;</span> ";
            }
            out += "</p>\n";
        }
        if (o.includeHighlights && !p.highlights.isEmpty()) {
            out += "<h3>" + x(Exporter::tr("Highlights")) + "</h3>\n";
            for (const Highlight &h : p.highlights) {
                const QString color = cssColor(h.color);
                if (forQt)
                    out += "<table class=\"highlight\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td width=\"10\" style=\"background-color:"
                        + color.toUtf8() + "\"></td><td style=\"background-color:#fafafa\">\n";
                else
                    out += "<blockquote class=\"highlight\" style=\"border-left-color:" + color.toUtf8() + "\">\n";
                out += "<p><span class=\"mark\" style=\"background-color:" + color.toUtf8() + ";color:#000000\">" + x(h.exact.trimmed()) + "</span></p>\n";
                if (!h.comment.trimmed().isEmpty())
                    out += "<div class=\"comment\">" + Markup::markdownToXhtml(h.comment, Markup::Images::AsLinks) + "</div>\n";
                if (!h.sectionKind.isEmpty())
                    out += "<p class=\"where\">" + x(h.sectionKind) + "</p>\n";
                out += forQt ? "</td></tr></table>\n" : "</blockquote>\n";
            }
        }
        if (o.includeNotes && !p.note.trimmed().isEmpty())
            out += "<h3>" + x(Exporter::tr("Note")) + "</h3>\n<div class=\"note\">\n"
                + Markup::markdownToXhtml(Markup::headingsFrom(p.note, 4), Markup::Images::AsLinks) + "</div>\n";
        const QList<Section> sections = includedSections(p, o);
        if (!sections.isEmpty()) {
            out += "<h3>" + x(Exporter::tr("Summary")) + "</h3>\n<div class=\"summary\">\n";
            for (const Section &s : sections) {
                if (!sectionHeading(s).isEmpty())
                    out += "<h4>" + x(sectionHeading(s)) + "</h4>\n";
                QList<Highlight> mine;
                for (const Highlight &h : p.highlights)
                    if (p.sections.isEmpty() || h.sectionKind == sectionKindName(s.kind))
                        mine << h;
                out += sectionHtml(s.body, o.includeHighlights ? mine : QList<Highlight>());
            }
            out += "</div>\n";
        }
        out += "</div>\n";
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return out;
}

ExportResult HtmlExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    bool cancelled = false;
    const QByteArray papers = body(set, o, Reader::Browser, progress, cancel, &cancelled);
    if (cancelled)
        return cancelledResult();
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                     "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                     "<meta name=\"generator\" content=\"Paperboy\" />\n<title>"
        + x(title(set, o)) + "</title>\n<style>\n";
    out += QByteArray("body{font-family:") + kFontFamilies
        + ";line-height:1.6;max-width:52em;margin:2em auto;padding:0 1em;color:#1e1e1e}\n"
          "code,pre{font-family:'Noto Sans Mono CJK KR','DejaVu Sans Mono',monospace;font-size:.9em}\n"
          "pre{white-space:pre-wrap;background:#f5f6f8;padding:.6em;border-radius:4px}\n"
          "h2.title{border-bottom:1px solid #d0d4d9;padding-bottom:.2em;margin-top:2.2em}\n"
          ".meta{color:#59606a;font-size:.9em}.toc .id{color:#8a9099;font-size:.85em}\n"
          ".tag{border-radius:.8em;padding:.05em .3em;font-size:.85em;margin-right:.2em}\n"
          "blockquote.highlight{margin:.8em 0;padding:.3em .9em;border-left:.35em solid #ffe066;background:#fafafa}\n"
          "blockquote.highlight p{margin:.3em 0}.where{color:#8a9099;font-size:.8em}\n"
          ".mark{padding:0 .1em;border-radius:2px}.note{background:#f7f9fc;padding:.2em .9em;border-radius:4px}\n"
          "table{border-collapse:collapse}th,td{border:1px solid #c8ccd2;padding:.3em .5em}\n"
          "@media print{body{max-width:none;margin:0;padding:0}a{color:inherit;text-decoration:none}"
          ".toc{break-after:page}.paper.paged{break-before:page}blockquote,pre,tr{break-inside:avoid}"
          "h2,h3,h4{break-after:avoid}}\n</style>\n</head>\n<body>\n";
    out += papers;
    out += "</body>\n</html>\n";
    return oneFile(out);
}

} // namespace Paperboy::Core
