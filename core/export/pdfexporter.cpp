// PdfExporter: the HTML body laid out page by page with QPdfWriter.
#include "pdfexporter.h"

#include "export/exportcontent.h"
#include "export/htmlexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QColor>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace Paperboy::Core {

namespace {

// QTextDocument understands a subset of CSS: no borders outside tables, no media queries.
const char kPdfStyle[] = "h1{font-size:20pt}h2{font-size:15pt;margin-top:14pt}h3{font-size:12pt;margin-top:10pt}h4{font-size:11pt}"
                         ".meta{color:#59606a}.toc .id{color:#8a9099}.where{color:#8a9099;font-size:8pt}"
                         "blockquote{-qt-block-indent:1}table.highlight{margin-top:6px;margin-bottom:6px}"
                         "pre{background-color:#f5f6f8}code{background-color:#f5f6f8}"
                         "td,th{padding:3pt}.paged{page-break-before:always}";

// The papers of a part of the PDF (see render).
constexpr int PapersPerPart = 20;

// body as parts: what comes before the first paper (title, contents), then papersPerPart papers at
// a time; 0: one part. A part's first paper does not break its page: every part starts a page.
QList<QByteArray> splitAtPapers(const QByteArray &body, int papersPerPart)
{
    static const QByteArray paged = "<div class=\"paper paged\"";
    if (papersPerPart <= 0)
        return {body};
    QList<QByteArray> parts;
    qsizetype from = 0;
    int inPart = papersPerPart; // the part before the first paper ends at it
    for (qsizetype at = body.indexOf(paged); at >= 0; at = body.indexOf(paged, at + paged.size())) {
        if (inPart == papersPerPart) {
            if (at > from)
                parts << body.mid(from, at - from);
            from = at;
            inPart = 0;
        }
        ++inPart;
    }
    parts << body.mid(from);
    for (QByteArray &part : parts)
        if (part.startsWith(paged))
            part.replace(0, paged.size(), "<div class=\"paper\"");
    return parts;
}

} // namespace

QString PdfExporter::description() const
{
    return Exporter::tr("PDF");
}

ExportResult PdfExporter::render(const ExportSet &set, const ExportOptions &o, const Progress &progress, const std::atomic_bool *cancel) const
{
    ExportResult result;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.status = Status::failure(Exporter::tr("PDF export needs the graphical application (fonts)"));
        return result;
    }
    bool cancelled = false;
    // The PDF pages are laid out after the papers: count them as one more step.
    const int total = int(set.papers.size()) + 1;
    const auto step = [&](int done, int) {
        if (progress)
            progress(done, total);
    };
    const QByteArray body = HtmlExporter::body(set, o, HtmlExporter::Reader::QtRichText, step, cancel, &cancelled);
    if (cancelled)
        return cancelledResult();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Paperboy"));
        writer.setTitle(ExportContent::title(set, o));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(o.pageSize == ExportOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);

        QFont font;
        font.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
        font.setPointSizeF(10);
        // Glyphs that contextual features substitute (Latin digits in Noto CJK, ligatures) have no
        // reverse cmap entry, so Qt writes no ToUnicode for them and copy/paste or pdftotext lose them.
        for (const QFont::Tag tag : {QFont::Tag("liga"), QFont::Tag("calt"), QFont::Tag("locl")})
            font.setFeature(tag, 0);
        const QFontMetricsF metrics(font, &writer);
        const qreal footer = metrics.height() * 2;
        const QSizeF page(writer.width(), writer.height() - footer);
        // Each paper begins a page (unless only titles are exported), so the body is laid out in parts
        // of a few papers, a document each: drawing one page of a single large document walks its
        // blocks from the first, which made large exports grow faster than their size. The parts are
        // all laid out before drawing (the footer says "page / pages"); together they hold what the
        // one document held.
        std::vector<std::unique_ptr<QTextDocument>> docs;
        int pages = 0;
        for (const QByteArray &part : splitAtPapers(body, o.summaries != ExportOptions::Summaries::None ? PapersPerPart : 0)) {
            if (isCancelled(cancel))
                return cancelledResult();
            auto doc = std::make_unique<QTextDocument>();
            doc->setDefaultFont(font);
            doc->setDefaultStyleSheet(QString::fromUtf8(kPdfStyle));
            doc->setHtml(QString::fromUtf8(part));
            doc->documentLayout()->setPaintDevice(&writer); // lay out in the PDF's units, not the screen's
            doc->setPageSize(page);
            pages += doc->pageCount();
            docs.push_back(std::move(doc));
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            result.status = Status::failure(Exporter::tr("cannot start the PDF"));
            return result;
        }
        const QString title = ExportContent::title(set, o);
        int shown = 0;
        for (const auto &doc : docs) {
            for (int i = 0; i < doc->pageCount(); ++i, ++shown) {
                if (isCancelled(cancel)) {
                    painter.end();
                    return cancelledResult();
                }
                if (shown > 0)
                    writer.newPage();
                painter.save();
                painter.translate(0, -i * page.height());
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = QRectF(0, i * page.height(), page.width(), page.height());
                doc->documentLayout()->draw(&painter, context);
                painter.restore();
                painter.setFont(font);
                painter.setPen(QColor(0x80, 0x86, 0x8f));
                const QRectF footerRect(0, writer.height() - metrics.height(), page.width(), metrics.height());
                painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideRight, page.width() * 0.8));
                painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1 / %2").arg(shown + 1).arg(pages));
            }
        }
        painter.end();
        result.pageCount = pages;
    }
    step(total, total);
    result.files.append({QString(), buffer.data()});
    return result;
}

} // namespace Paperboy::Core
