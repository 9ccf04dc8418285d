// MarkdownExporter: escaping for CommonMark, and the one-file layout.
#include "markdownexporter.h"

#include "digest/markdowndialect.h"
#include "export/exportcontent.h"
#include "export/markup.h"

#include <QRegularExpression>

namespace Paperboy::Core {

using namespace ExportContent;

namespace {

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

// The reader's own Markdown, closed off so it cannot swallow what follows (an unclosed code fence), its
// single tildes escaped.
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
    return MarkdownDialect::withLiteralTildes(text); // a GitHub-style viewer would strike "0.7~1.4점, 1.7~1.8점"
}

} // namespace

QString MarkdownExporter::description() const
{
    return Exporter::tr("Markdown, one file");
}

QString MarkdownExporter::escaped(const QString &text, bool block)
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

QString MarkdownExporter::inlineText(const QString &text)
{
    return escaped(text.simplified(), false);
}

QString MarkdownExporter::metaLine(const ExportPaper &p, const ExportOptions &o)
{
    QStringList parts;
    parts << QStringLiteral("[arXiv:%1](%2)").arg(inlineText(p.arxivId), QString(p.arxivUrl()).replace(u' ', QStringLiteral("%20")));
    if (p.day().isValid())
        parts << dayText(p.day());
    if (const QString publishers = ExportContent::publishersText(p); !publishers.isEmpty())
        parts << inlineText(publishers);
    if (p.starred)
        parts << Exporter::tr("★ starred");
    if (o.includeTags && !p.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : p.tags)
            tags << inlineText(t);
        parts << Exporter::tr("tags: %1").arg(tags.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

QString MarkdownExporter::paperBody(const ExportPaper &p, const ExportOptions &o, int level)
{
    const QString h = QString(level, u'#') + u' ';
    const QString sub = QString(level + 1, u'#') + u' ';
    QString out;
    if (o.includeHighlights && !p.highlights.isEmpty()) {
        out += h + Exporter::tr("Highlights") + QStringLiteral("\n\n");
        for (const Highlight &hl : p.highlights) {
            QString quote = escaped(hl.exact.trimmed());
            if (!hl.comment.trimmed().isEmpty())
                quote += QStringLiteral("\n\n— ") + containedMarkdown(hl.comment);
            out += quoted(quote) + QStringLiteral("\n\n");
        }
    }
    if (o.includeNotes && !p.note.trimmed().isEmpty())
        out += h + Exporter::tr("Note") + QStringLiteral("\n\n") + containedMarkdown(Markup::headingsFrom(p.note, level + 1)) + QStringLiteral("\n\n");
    const QList<Section> sections = includedSections(p, o);
    if (!sections.isEmpty()) {
        out += h + Exporter::tr("Summary") + QStringLiteral("\n\n");
        for (const Section &s : sections) {
            if (!sectionHeading(s).isEmpty())
                out += sub + inlineText(sectionHeading(s)) + QStringLiteral("\n\n");
            out += containedMarkdown(s.body) + QStringLiteral("\n\n");
        }
    }
    return out;
}

ExportResult MarkdownExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    QString out = QStringLiteral("# ") + inlineText(title(set, o)) + QStringLiteral("\n\n");
    out += escaped(exportedLine(set)) + QStringLiteral("\n\n");
    for (int i = 0; i < set.papers.size(); ++i) {
        if (isCancelled(cancel))
            return cancelledResult();
        const ExportPaper &p = set.papers.at(i);
        out += QStringLiteral("---\n\n## ") + inlineText(displayTitle(p)) + QStringLiteral("\n\n") + metaLine(p, o) + QStringLiteral("\n\n")
            + paperBody(p, o, 3);
        if (progress)
            progress(i + 1, int(set.papers.size()));
    }
    return oneFile(out.toUtf8());
}

} // namespace Paperboy::Core
