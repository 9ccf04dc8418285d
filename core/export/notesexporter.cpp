// NotesExporter: collecting the snapshot from the Library, and the Markdown, HTML, PDF, BibTeX and CSV
// writers over it (JSON is in NotesJson).
#include "notesexporter.h"

#include "annotate/textquoteanchor.h"
#include "common/atomicfile.h"
#include "export/markup.h"
#include "export/notesjson.h"
#include "library/library.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

namespace Paperboy::Core {

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
    const QColor c = QColor::fromString(background);
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() > 0.6 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

QString sectionHeading(const Section &s)
{
    if (s.number > 0 && !s.title.isEmpty())
        return QStringLiteral("%1. %2").arg(s.number).arg(s.title);
    return s.title;
}

// A digest summary without sections: everything but its "# title" line.
QString summaryWithoutTitle(const QString &markdown)
{
    QString text = markdown;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1StringView("# "))) {
        const qsizetype end = trimmed.indexOf(u'\n');
        return end < 0 ? QString() : trimmed.mid(end + 1).trimmed();
    }
    return trimmed;
}

// The part of the summary an export shows, as sections (a summary without sections is one untitled section).
QList<Section> includedSections(const ExportPaper &p, const ExportOptions &o)
{
    if (o.summaries == ExportOptions::Summaries::None)
        return {};
    QList<Section> all = p.sections;
    if (all.isEmpty() && !p.summaryMarkdown.trimmed().isEmpty()) {
        Section whole;
        whole.body = summaryWithoutTitle(p.summaryMarkdown);
        whole.markdown = p.summaryMarkdown;
        all << whole;
    }
    if (o.summaries == ExportOptions::Summaries::Full)
        return all;
    QList<Section> out;
    for (const Section &s : std::as_const(all)) {
        const bool untitled = p.sections.isEmpty();
        const bool marked = std::any_of(p.highlights.cbegin(), p.highlights.cend(), [&](const Highlight &h) {
            if (untitled)
                return true;
            if (h.sectionKind != sectionKindName(s.kind))
                return false;
            // Several sections can be "other": the one that holds the quote.
            return s.kind != SectionKind::Other || TextQuoteAnchor::locate(s.body, h).isValid();
        });
        if (marked)
            out << s;
    }
    return out;
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString exportTitle(const ExportSet &set, const ExportOptions &o)
{
    const QString title = o.title.isEmpty() ? NotesExporter::tr("Paperboy notes") : o.title;
    return set.description.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, set.description);
}

QString exportedLine(const ExportSet &set)
{
    return NotesExporter::tr("Papers: %1 · exported %2").arg(set.papers.size()).arg(set.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString displayTitle(const ExportPaper &p)
{
    return p.title.isEmpty() ? p.arxivId : p.title;
}

// --- Markdown -------------------------------------------------------------------------------

// Plain text made literal in CommonMark (and Obsidian): punctuation that could start markup is
// backslash-escaped. In block text (a quote of several lines) so are line starts that would begin a
// list, heading or quote; inline text (a heading, link text) is one line and needs no more.
QString markdownText(const QString &text, bool block = true)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~$&");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = block;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r')
            continue;
        if (lineStart && (c == u' ' || c == u'\t'))
            continue; // leading blanks would make an indented code block
        if (lineStart && (c == u'-' || c == u'+' || c == u'='))
            out += u'\\';
        if (special.contains(c))
            out += u'\\';
        out += c;
        if (lineStart && c.isDigit()) {
            // "1. " or "1) " at a line start would be a list item.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                out += text.mid(i + 1, j - i - 1) + u'\\' + text.at(j);
                i = j;
            }
        }
        lineStart = block && c == u'\n';
    }
    return out;
}

// A heading's or a link's text on one line.
QString markdownInline(const QString &text)
{
    return markdownText(text.simplified(), false);
}

// Text as a blockquote: every line prefixed, empty lines kept inside the quote.
QString quoted(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString &l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
        l = l.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + l;
    }
    return lines.join(u'\n');
}

// The reader's own Markdown, closed off so it cannot swallow what follows (an unclosed code fence).
QString containedMarkdown(const QString &markdown)
{
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text = text.trimmed();
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"), QRegularExpression::MultilineOption);
    QString open;
    auto it = fence.globalMatch(text);
    while (it.hasNext()) {
        const QString f = it.next().captured(1);
        if (open.isEmpty())
            open = f;
        else if (f.at(0) == open.at(0) && f.size() >= open.size())
            open.clear();
    }
    if (!open.isEmpty())
        text += u'\n' + open;
    return text;
}

QString metaLine(const ExportPaper &p, const ExportOptions &o)
{
    QStringList parts;
    parts << QStringLiteral("[arXiv:%1](%2)").arg(markdownInline(p.arxivId), QString(p.arxivUrl()).replace(u' ', QStringLiteral("%20")));
    if (p.day().isValid())
        parts << dayText(p.day());
    if (p.starred)
        parts << NotesExporter::tr("★ starred");
    if (o.includeTags && !p.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : p.tags)
            tags << markdownInline(t);
        parts << NotesExporter::tr("tags: %1").arg(tags.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

// The body of one paper (everything under its title), headings starting at level.
QString markdownPaperBody(const ExportPaper &p, const ExportOptions &o, int level)
{
    const QString h = QString(level, u'#') + u' ';
    const QString sub = QString(level + 1, u'#') + u' ';
    QString out;
    if (o.includeHighlights && !p.highlights.isEmpty()) {
        out += h + NotesExporter::tr("Highlights") + QStringLiteral("\n\n");
        for (const Highlight &hl : p.highlights) {
            QString quote = markdownText(hl.exact.trimmed());
            if (!hl.comment.trimmed().isEmpty())
                quote += QStringLiteral("\n\n— ") + containedMarkdown(hl.comment);
            out += quoted(quote) + QStringLiteral("\n\n");
        }
    }
    if (o.includeNotes && !p.note.trimmed().isEmpty())
        out += h + NotesExporter::tr("Note") + QStringLiteral("\n\n") + containedMarkdown(p.note) + QStringLiteral("\n\n");
    const QList<Section> sections = includedSections(p, o);
    if (!sections.isEmpty()) {
        out += h + NotesExporter::tr("Summary") + QStringLiteral("\n\n");
        for (const Section &s : sections) {
            if (!sectionHeading(s).isEmpty())
                out += sub + markdownInline(sectionHeading(s)) + QStringLiteral("\n\n");
            out += containedMarkdown(s.body) + QStringLiteral("\n\n");
        }
    }
    return out;
}

QByteArray renderMarkdown(const ExportSet &set, const ExportOptions &o, const std::function<void(int, int)> &progress,
                          const std::atomic_bool *cancel, bool *stopped)
{
    QString out = QStringLiteral("# ") + markdownInline(exportTitle(set, o)) + QStringLiteral("\n\n");
    out += markdownText(exportedLine(set)) + QStringLiteral("\n\n");
    for (int i = 0; i < set.papers.size(); ++i) {
        if (cancelled(cancel)) {
            *stopped = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        out += QStringLiteral("---\n\n## ") + markdownInline(displayTitle(p)) + QStringLiteral("\n\n") + metaLine(p, o)
               + QStringLiteral("\n\n") + markdownPaperBody(p, o, 3);
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return out.toUtf8();
}

// YAML double-quoted scalar: \ and " escaped, anything unprintable as \uXXXX.
QString yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"')
            out += u'\\' + QString(c);
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0xfeff || u == 0x2028 || u == 0x2029 || u == 0xfffe || u == 0xffff)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString yamlList(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return key + QStringLiteral(": []\n");
    QString out = key + QStringLiteral(":\n");
    for (const QString &v : values)
        out += QStringLiteral("  - ") + yamlString(v) + u'\n';
    return out;
}

// Text for [[target|alias]]: Obsidian ends the alias at | or ]].
QString wikiAlias(const QString &text)
{
    QString s = text.simplified();
    s.replace(u'|', u'/');
    s.replace(u'[', u'(');
    s.replace(u']', u')');
    return s;
}

QString frontMatter(const ExportPaper &p, const ExportOptions &o)
{
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: ") + yamlString(displayTitle(p)) + u'\n';
    out += QStringLiteral("arxiv: ") + yamlString(p.arxivId) + u'\n';
    if (p.day().isValid())
        out += QStringLiteral("date: ") + dayText(p.day()) + u'\n';
    out += QStringLiteral("url: ") + yamlString(p.arxivUrl()) + u'\n';
    if (!p.link.isEmpty() && p.link != p.arxivUrl())
        out += QStringLiteral("source: ") + yamlString(p.link) + u'\n';
    if (o.includeTags) {
        QStringList tags;
        for (const QString &t : p.tags) {
            const QString tag = NotesExporter::obsidianTag(t);
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        }
        out += yamlList(QStringLiteral("tags"), tags);
        out += yamlList(QStringLiteral("paperboy-tags"), p.tags);
    }
    QStringList aliases;
    if (!p.title.isEmpty())
        aliases << wikiAlias(p.title);
    aliases << p.arxivId;
    out += yamlList(QStringLiteral("aliases"), aliases);
    out += QStringLiteral("starred: %1\n").arg(p.starred ? QStringLiteral("true") : QStringLiteral("false"));
    out += QStringLiteral("---\n\n");
    return out;
}

QList<ExportFile> renderMarkdownFolder(const ExportSet &set, const ExportOptions &o, const std::function<void(int, int)> &progress,
                                       const std::atomic_bool *cancel, bool *stopped)
{
    // Names first: links between the notes need every note's file name.
    QStringList names;
    QSet<QString> used;
    for (const ExportPaper &p : set.papers) {
        QString name = o.existingFiles.value(p.arxivId, NotesExporter::noteFileName(p));
        if (used.contains(name.toLower()))
            name = NotesExporter::safeFileName(p.arxivId) + QStringLiteral(".md");
        used.insert(name.toLower());
        names << name;
    }
    QList<ExportFile> files;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (cancelled(cancel)) {
            *stopped = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        QString out = frontMatter(p, o);
        out += QStringLiteral("# ") + markdownInline(displayTitle(p)) + QStringLiteral("\n\n") + metaLine(p, o) + QStringLiteral("\n\n");
        out += markdownPaperBody(p, o, 2);
        // Related notes: papers of this export sharing a tag, or named in this paper's note.
        QStringList related;
        for (int j = 0; j < set.papers.size() && related.size() < 50; ++j) {
            if (j == i)
                continue;
            const ExportPaper &q = set.papers.at(j);
            QStringList shared;
            if (o.includeTags)
                for (const QString &t : p.tags)
                    if (q.tags.contains(t, Qt::CaseInsensitive))
                        shared << markdownInline(t);
            const bool named = o.includeNotes && p.note.contains(q.arxivId);
            if (shared.isEmpty() && !named)
                continue;
            QString target = names.at(j);
            target.chop(3); // ".md"
            QString line = QStringLiteral("- [[%1|%2]]").arg(target, wikiAlias(displayTitle(q)));
            if (!shared.isEmpty())
                line += QStringLiteral(" — ") + NotesExporter::tr("tags: %1").arg(shared.join(QStringLiteral(", ")));
            related << line;
        }
        if (!related.isEmpty())
            out += QStringLiteral("## ") + NotesExporter::tr("Related") + QStringLiteral("\n\n") + related.join(u'\n') + QStringLiteral("\n");
        files.append({names.at(i), out.toUtf8()});
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return files;
}

// --- HTML and PDF ----------------------------------------------------------------------------

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

// The papers as XHTML elements (no <html>/<head>): shared by the HTML file and the PDF. For the PDF
// (forQt) a highlight is a two-cell table, since Qt's rich text draws no borders outside tables.
QByteArray htmlBody(const ExportSet &set, const ExportOptions &o, const QHash<QString, QString> &tagColors, bool forQt,
                    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel, bool *stopped)
{
    QByteArray out;
    out += "<h1>" + x(exportTitle(set, o)) + "</h1>\n";
    out += "<p class=\"meta\">"
           + x(exportedLine(set)) + "</p>\n";
    out += "<div class=\"toc\">\n<h2>" + x(NotesExporter::tr("Contents")) + "</h2>\n<ol>\n";
    for (const ExportPaper &p : set.papers)
        out += "<li><a href=\"#" + x(anchorId(p.arxivId)) + "\">" + x(displayTitle(p)) + "</a> <span class=\"id\">" + x(p.arxivId)
               + "</span></li>\n";
    out += "</ol>\n</div>\n";
    const bool paged = o.summaries != ExportOptions::Summaries::None;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (cancelled(cancel)) {
            *stopped = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        out += QByteArray("<div class=\"paper") + (paged ? " paged" : "") + "\" id=\"" + x(anchorId(p.arxivId)) + "\">\n";
        out += "<h2 class=\"title\">" + x(displayTitle(p)) + "</h2>\n";
        out += "<p class=\"meta\"><a href=\"" + x(p.arxivUrl()) + "\">arXiv:" + x(p.arxivId) + "</a>";
        if (p.day().isValid())
            out += " · " + x(dayText(p.day()));
        if (p.starred)
            out += " · " + x(NotesExporter::tr("★ starred"));
        out += "</p>\n";
        if (o.includeTags && !p.tags.isEmpty()) {
            out += "<p class=\"tags\">";
            for (const QString &t : p.tags) {
                const QString bg = cssColor(tagColors.value(t.toLower()), QStringLiteral("#7f8c8d"));
                out += "<span class=\"tag\" style=\"background-color:" + bg.toUtf8() + ";color:" + textColorOn(bg).toUtf8() + "\">&#160;"
                       + x(t) + "&#160;</span> ";
            }
            out += "</p>\n";
        }
        if (o.includeHighlights && !p.highlights.isEmpty()) {
            out += "<h3>" + x(NotesExporter::tr("Highlights")) + "</h3>\n";
            for (const Highlight &h : p.highlights) {
                const QString color = cssColor(h.color);
                if (forQt)
                    out += "<table class=\"highlight\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td width=\"10\" style=\"background-color:"
                           + color.toUtf8() + "\"></td><td style=\"background-color:#fafafa\">\n";
                else
                    out += "<blockquote class=\"highlight\" style=\"border-left-color:" + color.toUtf8() + "\">\n";
                out += "<p><span class=\"mark\" style=\"background-color:" + color.toUtf8() + ";color:#000000\">" + x(h.exact.trimmed())
                       + "</span></p>\n";
                if (!h.comment.trimmed().isEmpty())
                    out += "<div class=\"comment\">" + Markup::markdownToXhtml(h.comment, Markup::Images::AsLinks) + "</div>\n";
                if (!h.sectionKind.isEmpty())
                    out += "<p class=\"where\">" + x(h.sectionKind) + "</p>\n";
                out += forQt ? "</td></tr></table>\n" : "</blockquote>\n";
            }
        }
        if (o.includeNotes && !p.note.trimmed().isEmpty())
            out += "<h3>" + x(NotesExporter::tr("Note")) + "</h3>\n<div class=\"note\">\n" + Markup::markdownToXhtml(p.note, Markup::Images::AsLinks)
                   + "</div>\n";
        const QList<Section> sections = includedSections(p, o);
        if (!sections.isEmpty()) {
            out += "<h3>" + x(NotesExporter::tr("Summary")) + "</h3>\n<div class=\"summary\">\n";
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

const char kFontFamilies[] = "'Noto Sans CJK KR','Noto Sans KR','Apple SD Gothic Neo','Malgun Gothic','Noto Sans','DejaVu Sans',sans-serif";

QByteArray renderHtml(const ExportSet &set, const ExportOptions &o, const QHash<QString, QString> &tagColors,
                      const std::function<void(int, int)> &progress, const std::atomic_bool *cancel, bool *stopped)
{
    const QByteArray body = htmlBody(set, o, tagColors, false, progress, cancel, stopped);
    if (*stopped)
        return {};
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                     "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                     "<meta name=\"generator\" content=\"Paperboy\" />\n<title>" + x(exportTitle(set, o)) + "</title>\n<style>\n";
    out += QByteArray("body{font-family:") + kFontFamilies + ";line-height:1.6;max-width:52em;margin:2em auto;padding:0 1em;color:#1e1e1e}\n"
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
    out += body;
    out += "</body>\n</html>\n";
    return out;
}

// QTextDocument understands a subset of CSS: no borders outside tables, no media queries.
const char kPdfStyle[] = "h1{font-size:20pt}h2{font-size:15pt;margin-top:14pt}h3{font-size:12pt;margin-top:10pt}h4{font-size:11pt}"
                         ".meta{color:#59606a}.toc .id{color:#8a9099}.where{color:#8a9099;font-size:8pt}"
                         "blockquote{-qt-block-indent:1}table.highlight{margin-top:6px;margin-bottom:6px}"
                         "pre{background-color:#f5f6f8}code{background-color:#f5f6f8}"
                         "td,th{padding:3pt}.paged{page-break-before:always}";

ExportResult renderPdf(const ExportSet &set, const ExportOptions &o, const QHash<QString, QString> &tagColors,
                       const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.status = Status::failure(NotesExporter::tr("PDF export needs the graphical application (fonts)"));
        return result;
    }
    bool stopped = false;
    // The PDF pages are laid out after the papers: count them as one more step.
    const int total = int(set.papers.size()) + 1;
    const auto step = [&](int done, int) {
        if (progress)
            progress(done, total);
    };
    const QByteArray body = htmlBody(set, o, tagColors, true, step, cancel, &stopped);
    if (stopped) {
        result.cancelled = true;
        return result;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Paperboy"));
        writer.setTitle(exportTitle(set, o));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(o.pageSize == ExportOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);

        QTextDocument doc;
        QFont font;
        font.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"), QStringLiteral("Noto Sans"),
                          QStringLiteral("DejaVu Sans")});
        font.setPointSizeF(10);
        // Glyphs that contextual features substitute (Latin digits in Noto CJK, ligatures) have no
        // reverse cmap entry, so Qt writes no ToUnicode for them and copy/paste or pdftotext lose them.
        for (const QFont::Tag tag : {QFont::Tag("liga"), QFont::Tag("calt"), QFont::Tag("locl")})
            font.setFeature(tag, 0);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QString::fromUtf8(kPdfStyle));
        doc.setHtml(QString::fromUtf8(body));
        doc.documentLayout()->setPaintDevice(&writer); // lay out in the PDF's units, not the screen's
        const QFontMetricsF metrics(font, &writer);
        const qreal footer = metrics.height() * 2;
        const QSizeF page(writer.width(), writer.height() - footer);
        doc.setPageSize(page);
        const int pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            result.status = Status::failure(NotesExporter::tr("cannot start the PDF"));
            return result;
        }
        const QString title = exportTitle(set, o);
        for (int i = 0; i < pages; ++i) {
            if (cancelled(cancel)) {
                painter.end();
                result.cancelled = true;
                return result;
            }
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * page.height(), page.width(), page.height());
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(font);
            painter.setPen(QColor(0x80, 0x86, 0x8f));
            const QRectF footerRect(0, writer.height() - metrics.height(), page.width(), metrics.height());
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideRight, page.width() * 0.8));
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        }
        painter.end();
        result.pageCount = pages;
    }
    step(total, total);
    result.files.append({QString(), buffer.data()});
    return result;
}

// --- BibTeX and CSV ---------------------------------------------------------------------------

QString bibtexYear(const ExportPaper &p)
{
    // New ids are YYMM.NNNNN (since 2007); old ones are archive/YYMMNNN.
    static const QRegularExpression modern(QStringLiteral(R"(^(\d{2})(\d{2})\.\d{4,5}(v\d+)?$)"));
    static const QRegularExpression old(QStringLiteral(R"(^[a-z\-]+(\.[A-Z]{2})?/(\d{2})(\d{2})\d{3}(v\d+)?$)"));
    if (const auto m = modern.match(p.arxivId); m.hasMatch())
        return QString::number(2000 + m.captured(1).toInt());
    if (const auto m = old.match(p.arxivId); m.hasMatch()) {
        const int yy = m.captured(2).toInt();
        return QString::number(yy >= 91 ? 1900 + yy : 2000 + yy);
    }
    return p.day().isValid() ? QString::number(p.day().year()) : QString();
}

QByteArray renderBibtex(const ExportSet &set, const ExportOptions &o, const std::function<void(int, int)> &progress,
                        const std::atomic_bool *cancel, bool *stopped)
{
    QString out;
    for (int i = 0; i < set.papers.size(); ++i) {
        if (cancelled(cancel)) {
            *stopped = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        QList<std::pair<QString, QString>> fields;
        fields.append({QStringLiteral("title"), u'{' + NotesExporter::bibtexEscaped(displayTitle(p).simplified()) + u'}'});
        const QString year = bibtexYear(p);
        if (!year.isEmpty())
            fields.append({QStringLiteral("year"), year});
        fields.append({QStringLiteral("eprint"), NotesExporter::bibtexEscaped(p.arxivId)});
        fields.append({QStringLiteral("archivePrefix"), QStringLiteral("arXiv")});
        fields.append({QStringLiteral("url"), NotesExporter::bibtexEscaped(p.arxivUrl())});
        if (o.includeTags && !p.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : p.tags)
                tags << NotesExporter::bibtexEscaped(QString(t).replace(u',', u' ').simplified());
            fields.append({QStringLiteral("keywords"), tags.join(QStringLiteral(", "))});
        }
        if (o.includeNotes && !p.note.trimmed().isEmpty())
            fields.append({QStringLiteral("annote"), NotesExporter::bibtexEscaped(p.note.trimmed())});
        out += QStringLiteral("@misc{%1,\n").arg(NotesExporter::bibtexKey(p.arxivId));
        for (const auto &[name, value] : std::as_const(fields))
            out += QStringLiteral("  %1 = {%2},\n").arg(name.leftJustified(13), value);
        out += QStringLiteral("}\n\n");
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return out.toUtf8();
}

QByteArray renderCsv(const ExportSet &set, const ExportOptions &o, const std::function<void(int, int)> &progress,
                     const std::atomic_bool *cancel, bool *stopped)
{
    QString out = Markup::csvRow({QStringLiteral("paper"), QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("section"),
                                  QStringLiteral("quote"), QStringLiteral("comment"), QStringLiteral("color"), QStringLiteral("tags")})
                  + QStringLiteral("\r\n");
    for (int i = 0; i < set.papers.size(); ++i) {
        if (cancelled(cancel)) {
            *stopped = true;
            return {};
        }
        const ExportPaper &p = set.papers.at(i);
        const QString tags = o.includeTags ? p.tags.join(QStringLiteral("; ")) : QString();
        for (const Highlight &h : p.highlights) {
            out += Markup::csvRow({p.arxivId, p.title, dayText(p.day()), h.sectionKind, h.exact, h.comment, h.color, tags})
                   + QStringLiteral("\r\n");
        }
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return out.toUtf8();
}

QString describeScope(const ExportScope &scope)
{
    QStringList parts;
    if (!scope.ids.isEmpty())
        parts << (scope.ids.size() == 1 ? scope.ids.first() : NotesExporter::tr("%1 chosen papers").arg(scope.ids.size()));
    if (scope.marked)
        parts << NotesExporter::tr("marked papers");
    if (scope.query)
        parts << NotesExporter::tr("search results");
    if (scope.from.isValid() && scope.from == scope.to)
        parts << dayText(scope.from);
    else if (scope.from.isValid() || scope.to.isValid())
        parts << QStringLiteral("%1 – %2").arg(dayText(scope.from), dayText(scope.to)).trimmed();
    for (const QString &t : scope.tags)
        parts << NotesExporter::tr("tag “%1”").arg(t);
    if (scope.starredOnly)
        parts << NotesExporter::tr("starred");
    if (scope.annotatedOnly)
        parts << NotesExporter::tr("annotated");
    if (parts.isEmpty())
        parts << NotesExporter::tr("all papers");
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ExportPaper::arxivUrl() const
{
    return QStringLiteral("https://arxiv.org/abs/") + arxivId;
}

bool NotesExporter::formatFromName(const QString &name, Format *format)
{
    static const QHash<QString, Format> names{
        {QStringLiteral("md"), Format::Markdown},         {QStringLiteral("markdown"), Format::Markdown},
        {QStringLiteral("md-folder"), Format::MarkdownFolder}, {QStringLiteral("html"), Format::Html},
        {QStringLiteral("pdf"), Format::Pdf},             {QStringLiteral("bibtex"), Format::BibTeX},
        {QStringLiteral("bib"), Format::BibTeX},          {QStringLiteral("json"), Format::Json},
        {QStringLiteral("csv"), Format::Csv},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.cend())
        return false;
    *format = *it;
    return true;
}

QString NotesExporter::formatName(Format format)
{
    switch (format) {
    case Format::Markdown: return QStringLiteral("md");
    case Format::MarkdownFolder: return QStringLiteral("md-folder");
    case Format::Html: return QStringLiteral("html");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::BibTeX: return QStringLiteral("bibtex");
    case Format::Json: return QStringLiteral("json");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

QString NotesExporter::fileSuffix(Format format)
{
    switch (format) {
    case Format::MarkdownFolder: return {};
    case Format::BibTeX: return QStringLiteral("bib");
    default: return formatName(format);
    }
}

ExportSet NotesExporter::collect(Library &library, const ExportScope &scope)
{
    ExportSet set;
    set.createdAt = QDateTime::currentDateTimeUtc();
    const bool everything = scope.ids.isEmpty() && !scope.marked && !scope.query && !scope.from.isValid() && !scope.to.isValid()
                            && scope.tags.isEmpty() && !scope.starredOnly && !scope.annotatedOnly;

    QStringList ids;
    bool datesChecked = false;
    if (!scope.ids.isEmpty()) {
        ids = scope.ids;
        ids.removeDuplicates();
    } else if (scope.marked) {
        ids = library.annotations().markedPapers();
    } else if (scope.query) {
        for (const SearchHit &hit : library.searchIndex().search(*scope.query, scope.searchLimit))
            ids << hit.arxivId;
    } else if (scope.annotatedOnly || scope.starredOnly) {
        // Only annotated papers can pass (a star is an annotation): skip reading every other paper.
        ids = library.userDataSync().annotatedPapersBetween(scope.from, scope.to);
        if (!scope.from.isValid() && !scope.to.isValid())
            ids += library.userDataSync().papersWithoutEntries();
        datesChecked = true;
    } else {
        for (const PaperListing &l : library.catalog().papersBetween(scope.from, scope.to))
            ids << l.arxivId;
        if (!scope.from.isValid() && !scope.to.isValid())
            ids += library.userDataSync().papersWithoutEntries();
        datesChecked = true;
    }

    QSet<QString> usedTags;
    for (const QString &id : std::as_const(ids)) {
        if (scope.marked && !scope.ids.isEmpty() && !library.annotations().isMarked(id))
            continue;
        const QList<QDate> days = library.catalog().daysOf(id);
        if (!datesChecked && (scope.from.isValid() || scope.to.isValid())) {
            const bool inRange = std::any_of(days.cbegin(), days.cend(), [&](const QDate &d) {
                return (!scope.from.isValid() || d >= scope.from) && (!scope.to.isValid() || d <= scope.to);
            });
            if (!inRange)
                continue;
        }
        const PaperUserData data = library.userDataSync().userData(id);
        if (days.isEmpty() && !data.hasAnnotations() && !data.readAt.isValid() && data.title.isEmpty()) {
            if (!scope.ids.isEmpty())
                set.unknownIds << id;
            continue;
        }
        if (scope.starredOnly && !data.starredAt.isValid())
            continue;
        if (scope.annotatedOnly && !data.hasAnnotations())
            continue;
        const bool hasTags = std::all_of(scope.tags.cbegin(), scope.tags.cend(),
                                         [&](const QString &t) { return data.tags.contains(t.trimmed(), Qt::CaseInsensitive); });
        if (!hasTags)
            continue;

        ExportPaper p;
        p.arxivId = id;
        p.title = data.title;
        p.link = data.link;
        p.days = days;
        if (!days.isEmpty()) {
            if (const auto detail = library.catalog().paper(id, days.first())) {
                p.title = detail->listing.title;
                p.link = detail->link;
                p.summaryMarkdown = detail->summaryMarkdown;
                p.sections = detail->sections;
            }
        }
        p.starred = data.starredAt.isValid();
        p.starredAt = data.starredAt;
        p.read = data.readAt.isValid();
        p.readAt = data.readAt;
        p.tags = data.tags;
        p.note = data.note;
        p.noteUpdatedAt = data.noteUpdatedAt;
        p.highlights = data.highlights;
        for (const QString &t : std::as_const(p.tags))
            usedTags.insert(t.toLower());
        set.papers.append(std::move(p));
    }
    for (const TagInfo &t : library.annotations().tags())
        if (everything || usedTags.contains(t.name.toLower()))
            set.tags.append({t.name, t.color});
    set.description = describeScope(scope);
    return set;
}

ExportResult NotesExporter::render(const ExportSet &set, Format format, const ExportOptions &options,
                                   const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    QHash<QString, QString> tagColors;
    for (const ExportTag &t : set.tags)
        tagColors.insert(t.name.toLower(), t.color);
    ExportResult result;
    bool stopped = false;
    switch (format) {
    case Format::Pdf:
        return renderPdf(set, options, tagColors, progress, cancel);
    case Format::MarkdownFolder:
        result.files = renderMarkdownFolder(set, options, progress, cancel, &stopped);
        break;
    case Format::Markdown:
        result.files.append({QString(), renderMarkdown(set, options, progress, cancel, &stopped)});
        break;
    case Format::Html:
        result.files.append({QString(), renderHtml(set, options, tagColors, progress, cancel, &stopped)});
        break;
    case Format::BibTeX:
        result.files.append({QString(), renderBibtex(set, options, progress, cancel, &stopped)});
        break;
    case Format::Json:
        if (cancelled(cancel))
            stopped = true;
        else
            result.files.append({QString(), NotesJson::write(set, options)});
        if (progress && !stopped)
            progress(int(set.papers.size()), int(set.papers.size()));
        break;
    case Format::Csv:
        result.files.append({QString(), renderCsv(set, options, progress, cancel, &stopped)});
        break;
    }
    if (stopped) {
        result.files.clear();
        result.cancelled = true;
    }
    return result;
}

Status NotesExporter::write(const ExportResult &result, Format format, const QString &path)
{
    if (!result.status)
        return result.status;
    if (result.cancelled)
        return Status::failure(NotesExporter::tr("the export was cancelled"));
    if (path.isEmpty())
        return Status::failure(NotesExporter::tr("no destination given"));
    const QFileInfo info(path);
    if (format != Format::MarkdownFolder) {
        if (info.isDir())
            return Status::failure(NotesExporter::tr("%1 is a folder; give a file name").arg(path));
        if (result.files.size() != 1)
            return Status::failure(NotesExporter::tr("nothing to write"));
        return AtomicFile::write(path, result.files.first().data);
    }
    if (info.exists() && !info.isDir())
        return Status::failure(NotesExporter::tr("%1 is a file; md-folder writes into a folder").arg(path));
    // Names are checked before anything is written, so a bad one changes nothing.
    for (const ExportFile &f : result.files)
        if (f.name.isEmpty() || f.name.contains(u'/') || f.name.contains(u'\\') || f.name.startsWith(u'.'))
            return Status::failure(NotesExporter::tr("refusing to write the file name “%1”").arg(f.name));
    if (!QDir().mkpath(path))
        return Status::failure(NotesExporter::tr("cannot make the folder %1").arg(path));
    const QDir dir(path);
    const QString root = QFileInfo(path).canonicalFilePath();
    QStringList skipped;
    int written = 0;
    for (const ExportFile &f : result.files) {
        const QString target = dir.filePath(f.name);
        // A vault is often synced or shared, so anyone who can write to it can leave a link there,
        // pointing anywhere: never write through one (AtomicFile::Links::Refuse), nor into anything
        // but a regular file directly in the folder.
        if (QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath() != root) {
            skipped << f.name;
            continue;
        }
        AtomicFile::Failure failure;
        if (const Status s = AtomicFile::write(target, f.data, AtomicFile::Links::Refuse, &failure); !s) {
            if (failure.problem == AtomicFile::Problem::Link || failure.problem == AtomicFile::Problem::NotRegularFile) {
                skipped << f.name;
                continue;
            }
            return s;
        }
        ++written;
    }
    if (!skipped.isEmpty()) {
        QStringList named = skipped.mid(0, 5);
        if (skipped.size() > named.size())
            named << NotesExporter::tr("and %n more", nullptr, int(skipped.size() - named.size()));
        return Status::failure(NotesExporter::tr("wrote %n note(s) into %1 but left alone what is a link or not a regular file there: %2",
                                                 nullptr, written)
                                   .arg(path, named.join(QStringLiteral(", "))));
    }
    return Status::success();
}

QHash<QString, QString> NotesExporter::existingNoteFiles(const QString &folder)
{
    QHash<QString, QString> found;
    static const QRegularExpression arxivLine(QStringLiteral(R"re(^arxiv:\s*"?([^"\r\n]+?)"?\s*$)re"), QRegularExpression::MultilineOption);
    // Links are not followed: what they point at is not the vault's (and could be any file).
    QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QString &name : std::as_const(files)) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString head = QString::fromUtf8(f.read(4096));
        if (!head.startsWith(QLatin1StringView("---\n")) && !head.startsWith(QLatin1StringView("---\r\n")))
            continue;
        const qsizetype end = head.indexOf(QLatin1StringView("\n---"), 3);
        const auto m = arxivLine.match(end < 0 ? head : head.left(end));
        if (m.hasMatch() && !found.contains(m.captured(1)))
            found.insert(m.captured(1), name);
    }
    return found;
}

QString NotesExporter::safeFileName(const QString &name, int maxBytes)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*#^[]");
    QString s;
    for (const uint c : name.toUcs4()) {
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfffd || (c < 0x80 && forbidden.contains(QChar(char16_t(c)))))
            s += u'_';
        else
            s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    s = s.simplified();
    // At most maxBytes of UTF-8, cut between characters.
    if (s.toUtf8().size() > maxBytes) {
        QString cut;
        int bytes = 0;
        for (const uint c : s.toUcs4()) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            bytes += int(ch.toUtf8().size());
            if (bytes > maxBytes)
                break;
            cut += ch;
        }
        s = cut;
    }
    while (!s.isEmpty() && (s.endsWith(u'.') || s.endsWith(u' ')))
        s.chop(1);
    if (s.startsWith(u'.'))
        s[0] = u'_';
    if (s.isEmpty())
        return QStringLiteral("_");
    static const QRegularExpression reserved(QStringLiteral(R"(^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(s).hasMatch())
        s.prepend(u'_');
    return s;
}

QString NotesExporter::noteFileName(const ExportPaper &paper)
{
    const QString base = paper.title.isEmpty() ? paper.arxivId : paper.arxivId + u' ' + paper.title;
    return safeFileName(base) + QStringLiteral(".md");
}

QString NotesExporter::bibtexKey(const QString &arxivId)
{
    QString key = QStringLiteral("arXiv:");
    for (const QChar c : arxivId)
        key += (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'/' || c == u'_')) ? c : u'-';
    return key;
}

QString NotesExporter::bibtexEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : Markup::xmlSafe(text)) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\textbackslash{}"); break;
        case u'{': out += QStringLiteral("\\textbraceleft{}"); break;
        case u'}': out += QStringLiteral("\\textbraceright{}"); break;
        case u'$': out += QStringLiteral("\\$"); break;
        case u'&': out += QStringLiteral("\\&"); break;
        case u'%': out += QStringLiteral("\\%"); break;
        case u'#': out += QStringLiteral("\\#"); break;
        case u'_': out += QStringLiteral("\\_"); break;
        case u'~': out += QStringLiteral("\\textasciitilde{}"); break;
        case u'^': out += QStringLiteral("\\textasciicircum{}"); break;
        case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

QString NotesExporter::obsidianTag(const QString &tag)
{
    QString out;
    for (const QChar c : tag.trimmed()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-' || c == u'/' || c.isSurrogate())
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_') && out.size() > 1)
        out.chop(1);
    if (out == QLatin1StringView("_"))
        return {};
    // A tag of digits only is not a tag in Obsidian.
    if (!out.isEmpty() && std::all_of(out.cbegin(), out.cend(), [](QChar c) { return c.isDigit(); }))
        out.prepend(u'_');
    return out;
}

} // namespace Paperboy::Core
