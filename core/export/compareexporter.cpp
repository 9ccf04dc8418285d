// CompareExporter: the three formats over CompareModel's cells and headers.
#include "compareexporter.h"

#include "common/atomicfile.h"
#include "digest/markdowndialect.h"
#include "export/markup.h"
#include "models/comparemodel.h"

namespace Paperboy::Core {

namespace {

QString columnTitle(const CompareModel &m, int c)
{
    const QString title = m.headerData(c, Qt::Horizontal, TitleRole).toString();
    const QString id = m.headerData(c, Qt::Horizontal, ArxivIdRole).toString();
    return title.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(title, id);
}

QString rowKind(const CompareModel &m, int r)
{
    return m.headerData(r, Qt::Vertical, SectionKindRole).toString();
}

QString markdownCell(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\n', QStringLiteral("<br>"));
    return MarkdownDialect::withLiteralTildes(s.trimmed());
}

using Markup::csvField;

} // namespace

bool CompareExporter::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1StringView("md") || name == QLatin1StringView("markdown"))
        *format = Format::Markdown;
    else if (name == QLatin1StringView("html"))
        *format = Format::Html;
    else if (name == QLatin1StringView("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

QByteArray CompareExporter::markdownToHtml(const QString &markdown)
{
    return Markup::markdownToXhtml(markdown);
}

QByteArray CompareExporter::toMarkdown(const CompareModel &m)
{
    QString out = QStringLiteral("| %1 |").arg(QCoreApplication::translate("CompareExporter", "Section"));
    QString rule = QStringLiteral("|---|");
    for (int c = 0; c < m.columnCount(); ++c) {
        out += QStringLiteral(" %1 |").arg(markdownCell(columnTitle(m, c)));
        rule += QStringLiteral("---|");
    }
    out += u'\n' + rule + u'\n';
    for (int r = 0; r < m.rowCount(); ++r) {
        out += QStringLiteral("| %1 |").arg(CompareModel::kindLabel(rowKind(m, r)));
        for (int c = 0; c < m.columnCount(); ++c) {
            const QModelIndex i = m.index(r, c);
            const QString cell = i.data(MissingRole).toBool() ? QStringLiteral("—") : markdownCell(i.data(MarkdownRole).toString());
            out += u' ' + cell + QStringLiteral(" |");
        }
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray CompareExporter::toHtml(const CompareModel &m)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\">\n<head>\n"
                     "<meta charset=\"UTF-8\" />\n<title>"
        + QCoreApplication::translate("CompareExporter", "Comparison").toHtmlEscaped().toUtf8()
        + "</title>\n"
          "<style>body{font-family:'Noto Sans CJK KR','Noto Sans KR',sans-serif;margin:1.5em}"
          "table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.5em;vertical-align:top}"
          "th{background:#f1f3f5}td.missing{color:#999;text-align:center}"
          "@media print{th{background:none}}</style>\n</head>\n<body>\n<table>\n<thead><tr><th></th>";
    for (int c = 0; c < m.columnCount(); ++c) {
        const QString title = columnTitle(m, c);
        out += "<th>" + title.toHtmlEscaped().toUtf8() + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (int r = 0; r < m.rowCount(); ++r) {
        out += "<tr><th>" + CompareModel::kindLabel(rowKind(m, r)).toHtmlEscaped().toUtf8() + "</th>";
        for (int c = 0; c < m.columnCount(); ++c) {
            const QModelIndex i = m.index(r, c);
            if (i.data(MissingRole).toBool())
                out += "<td class=\"missing\">—</td>";
            else
                out += "<td>" + markdownToHtml(i.data(MarkdownRole).toString()) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</body>\n</html>\n";
    return out;
}

QByteArray CompareExporter::toCsv(const CompareModel &m)
{
    QStringList lines;
    QStringList header{QStringLiteral("section")};
    for (int c = 0; c < m.columnCount(); ++c)
        header << csvField(columnTitle(m, c));
    lines << header.join(u',');
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList row{csvField(rowKind(m, r))};
        for (int c = 0; c < m.columnCount(); ++c)
            row << csvField(m.index(r, c).data(MarkdownRole).toString());
        lines << row.join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Status CompareExporter::write(const CompareModel &model, Format format, const QString &path)
{
    const QByteArray data = format == Format::Markdown ? toMarkdown(model) : format == Format::Html ? toHtml(model) : toCsv(model);
    return AtomicFile::write(path, data);
}

} // namespace Paperboy::Core
