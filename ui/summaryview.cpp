// SummaryView: Markdown → QTextDocument built off-screen, then shown.
#include "summaryview.h"

#include "codeblockhighlighter.h"

#include "annotate/textquoteanchor.h"
#include "common/daylabel.h"
#include "common/inertdocument.h"
#include "common/settings.h"
#include "digest/hfdigestlayout.h"
#include "digest/markdowndialect.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

namespace Paperboy::Ui {

SummaryView::SummaryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("summaryView"));
    setZoom(Core::Settings::instance().zoom());
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            return;
        Q_EMIT externalLinkActivated(url);
        QDesktopServices::openUrl(url);
    });
}

QVariant SummaryView::loadResource(int, const QUrl &)
{
    return {};
}

namespace {

// Text from elsewhere (Hugging Face metadata) as literal Markdown: every ASCII punctuation
// character escaped, line breaks folded, so it renders exactly as written and never as markup.
QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text.simplified()) {
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            out += u'\\';
        out += c;
    }
    return out;
}

// An http(s) URL in a form safe inside a Markdown link destination; empty for anything else.
QString safeLink(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return {};
    return QString::fromLatin1(u.toEncoded(QUrl::FullyEncoded)).replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
}

} // namespace

QString SummaryView::documentMarkdown(const Core::PaperDetail &paper)
{
    return Core::MarkdownDialect::withLiteralTildes(headedMarkdown(paper));
}

QString SummaryView::headedMarkdown(const Core::PaperDetail &paper)
{
    const QString id = paper.listing.arxivId;
    const Core::PaperMeta *meta = paper.meta ? &*paper.meta : nullptr;
    QString header;
    QString summary = paper.summaryMarkdown;
    // The title first: the summary's own "# " heading when it starts with one, then the header.
    if (const QString trimmed = summary.trimmed(); trimmed.startsWith(QLatin1StringView("# "))) {
        const qsizetype end = trimmed.indexOf(u'\n');
        const QString heading = trimmed.left(end < 0 ? trimmed.size() : end);
        // "# 논문 요약: "Title"": the title as the paper list shows it, without the label and quotes.
        const bool labelled = !paper.listing.title.isEmpty() && Core::HfDigestLayout::summaryLabel().match(heading.mid(2).trimmed()).hasMatch();
        header += (labelled ? QStringLiteral("# ") + literal(paper.listing.title) : heading) + QStringLiteral("\n\n");
        summary = end < 0 ? QString() : trimmed.mid(end + 1);
    } else if (!trimmed.startsWith(u'#')) {
        const QString title = paper.listing.title.isEmpty() ? id : paper.listing.title;
        header += QStringLiteral("# %1\n\n").arg(paper.noDigest ? literal(title) : title);
    }
    QStringList links;
    // The digest's own link: Hugging Face's page in its own layout; an arXiv link is the one below.
    const QString linkHost = QUrl(paper.link).host().toLower();
    if (!paper.link.isEmpty() && !linkHost.endsWith(QLatin1StringView("arxiv.org")))
        links << QStringLiteral("[%1](%2)").arg(linkHost.endsWith(QLatin1StringView("huggingface.co")) ? tr("Hugging Face") : tr("Source"), paper.link);
    links << QStringLiteral("[%1](https://arxiv.org/abs/%2)").arg(tr("arXiv abstract"), id)
          << QStringLiteral("[%1](https://arxiv.org/pdf/%2)").arg(tr("PDF"), id);
    if (meta) {
        if (const QString github = safeLink(meta->github); !github.isEmpty())
            links << QStringLiteral("[%1](%2)").arg(tr("GitHub"), github);
    }
    // Listed on an earlier day (PaperMemory): since when, and whether the summary changed; muted by a rule.
    QString day = Core::dayLabel(paper.listing.day);
    const QString firstSeen = paper.listing.firstSeen.toString(Qt::ISODate);
    if (paper.listing.seen == Core::PaperListing::Seen::Again)
        day += QStringLiteral(" · ") + tr("first seen %1").arg(firstSeen);
    else if (paper.listing.seen == Core::PaperListing::Seen::Updated)
        day += QStringLiteral(" · ") + tr("updated, first seen %1").arg(firstSeen);
    if (paper.listing.muted)
        day += QStringLiteral(" · ") + tr("muted");
    header += QStringLiteral("**%1** · %2 · %3\n\n").arg(id, day, links.join(QStringLiteral(" · ")));
    if (paper.summaries.size() > 1) {
        // Several publishers summarised the paper: whose this is, and the others (P shows the next).
        QStringList others;
        for (const Core::SummaryRef &r : paper.summaries)
            if (r.publisherId != paper.summary.publisherId)
                others << literal(r.publisher);
        header += QStringLiteral("*%1*\n\n")
                      .arg(tr("Summary by %1 · also by %2 (P: next summary)")
                               .arg(QStringLiteral("**%1**").arg(literal(paper.summary.publisher)), others.join(QStringLiteral(", "))));
    }
    if (meta) {
        // Hugging Face's word on the paper: who wrote it, how many upvoted it.
        constexpr qsizetype MaxAuthors = 12;
        QStringList names;
        for (qsizetype i = 0; i < std::min(meta->authors.size(), MaxAuthors); ++i)
            names << literal(meta->authors.at(i));
        QString byline = names.join(QStringLiteral(", "));
        if (meta->authors.size() > MaxAuthors)
            byline += tr(" and %n more", nullptr, int(meta->authors.size() - MaxAuthors));
        QStringList facts;
        if (!byline.isEmpty())
            facts << byline;
        facts << tr("▲ %n upvote(s)", nullptr, meta->upvotes);
        if (meta->comments > 0)
            facts << tr("%n comment(s)", nullptr, meta->comments);
        header += QStringLiteral("*%1*\n\n").arg(facts.join(QStringLiteral(" · ")));
    }
    if (const auto &r = paper.recommendation) {
        // For you: the score, the terms that raised it and the starred paper it is most like.
        QString line = tr("For you %1%").arg(qRound(r->score * 100));
        if (!r->reasons.isEmpty())
            line += QStringLiteral(" · ") + tr("because of %1").arg(literal(r->reasons.join(QStringLiteral(", "))));
        if (!r->closestStarred.isEmpty())
            line += QStringLiteral(" · ") + tr("most like ★ %1 (%2)").arg(literal(r->closestStarredTitle.isEmpty() ? r->closestStarred : r->closestStarredTitle), r->closestStarred);
        header += QStringLiteral("*%1*\n\n").arg(line);
    }
    if (!paper.listing.tags.isEmpty())
        header += literal(tr("Tags: %1").arg(paper.listing.tags.join(QStringLiteral(", ")))) + QStringLiteral("\n\n");
    if (meta && !meta->abstract.trimmed().isEmpty())
        header += QStringLiteral("> **%1** %2\n\n").arg(tr("Abstract:"), literal(meta->abstract));
    header += QStringLiteral("---\n\n");
    if (paper.noDigest)
        return header + tr("*No digest lists this paper yet: above is its abstract from Hugging Face. A refresh brings its summary once a digest has it.*");
    if (paper.summaryMarkdown.trimmed().isEmpty())
        return header + tr("*This paper has no summary.*");
    return header + summary;
}

void SummaryView::showPaper(const Core::PaperDetail &paper)
{
    m_arxivId = paper.listing.arxivId;
    m_publisherId = paper.summary.publisherId;
    m_sections = paper.sections;
    // Laying out block by block while Markdown loads is slow; build the document first, then show it.
    auto *doc = new Core::InertDocument(this); // the summary's images name anything: nothing is read for them
    doc->setDefaultFont(font());
    const QString markdown = documentMarkdown(paper);
    doc->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    // Highlight now rather than on the next event-loop turn, so the paper never shows uncoloured first.
    auto *highlighter = new CodeBlockHighlighter(doc, palette().color(QPalette::Base).lightness() < 128);
    if (markdown.contains(QStringLiteral("```")) || markdown.contains(QStringLiteral("~~~")))
        highlighter->rehighlight();
    setDocument(doc); // deletes the previous document, which is our child too
    verticalScrollBar()->setValue(0);
}

void SummaryView::setTags(const QStringList &tags)
{
    // The header ends at the rule (or at the abstract's quote); the tag line is the header paragraph
    // that starts with the label, never the title.
    const QString label = tr("Tags: %1").arg(QString());
    QTextBlock tagLine;
    QTextBlock last;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat f = b.blockFormat();
        if (f.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth) || f.intProperty(QTextFormat::BlockQuoteLevel) > 0)
            break;
        if (f.headingLevel() == 0 && b.text().startsWith(label))
            tagLine = b;
        last = b;
    }
    const QString text = tr("Tags: %1").arg(tags.join(QStringLiteral(", ")));
    QTextCursor c(document());
    const int lengthBefore = document()->characterCount();
    int at = -1;
    if (tagLine.isValid() && tags.isEmpty()) {
        at = tagLine.position() - 1;
        c.setPosition(at);
        c.setPosition(tagLine.position() + tagLine.length() - 1, QTextCursor::KeepAnchor);
        c.removeSelectedText();
    } else if (tagLine.isValid()) {
        at = tagLine.position();
        c.setPosition(at);
        c.setPosition(tagLine.position() + tagLine.length() - 1, QTextCursor::KeepAnchor);
        c.insertText(text, QTextCharFormat());
    } else if (!tags.isEmpty() && last.isValid()) {
        QTextBlockFormat paragraph = last.blockFormat();
        paragraph.setHeadingLevel(0);
        at = last.position() + last.length() - 1;
        c.setPosition(at);
        c.insertBlock(paragraph, QTextCharFormat());
        c.insertText(text, QTextCharFormat());
    }
    // The highlights below moved with their text (their colours are in it); so do their ranges.
    if (const int delta = document()->characterCount() - lengthBefore; at >= 0 && delta != 0) {
        for (auto &range : m_drawn) {
            if (range.first >= at) {
                range.first += delta;
                range.second += delta;
            }
        }
    }
}

void SummaryView::paintHighlight(QTextDocument *doc, int start, int length, const Core::Highlight &h)
{
    QTextCursor c(doc);
    c.setPosition(start);
    c.setPosition(start + length, QTextCursor::KeepAnchor);
    QTextCharFormat f;
    f.setBackground(QColor(h.color));
    f.setForeground(QColor(Qt::black)); // highlight colours are light: dark text on light and dark palettes
    if (!h.comment.isEmpty())
        f.setToolTip(h.comment);
    c.mergeCharFormat(f);
}

int SummaryView::summaryStart(const QTextDocument *doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            return b.position() + b.length();
    return 0;
}

QList<qint64> SummaryView::setHighlights(const QList<Core::Highlight> &highlights)
{
    m_drawn.clear();
    QList<qint64> orphaned;
    const QString text = document()->toPlainText();
    const int from = std::min(summaryStart(document()), int(text.size()));
    const QString summary = text.mid(from);
    for (const Core::Highlight &h : highlights) {
        auto match = Core::TextQuoteAnchor::locate(summary, h);
        if (match.isValid())
            match.start += from;
        else
            match = Core::TextQuoteAnchor::locate(text, h); // made in the header (the abstract)
        if (!match.isValid()) {
            orphaned << h.id;
            continue;
        }
        paintHighlight(document(), match.start, match.length, h);
        m_drawn.insert(h.id, {match.start, match.start + match.length});
    }
    return orphaned;
}

QString SummaryView::drawnText(qint64 id) const
{
    const auto it = m_drawn.constFind(id);
    if (it == m_drawn.cend())
        return {};
    QTextCursor c(document());
    c.setPosition(it->first);
    c.setPosition(it->second, QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

std::optional<Core::Highlight> SummaryView::highlightFromSelection() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection() || m_arxivId.isEmpty())
        return std::nullopt;
    const QString text = document()->toPlainText();
    const int start = c.selectionStart();
    // Anchored in the summary's text, so its context is the summary's words, not the header's.
    const int from = start >= summaryStart(document()) ? summaryStart(document()) : 0;
    Core::Highlight h = Core::TextQuoteAnchor::describe(text.mid(from), start - from, c.selectionEnd() - start);
    if (h.exact.trimmed().isEmpty())
        return std::nullopt;
    h.arxivId = m_arxivId;
    h.publisherId = m_publisherId;
    // The section whose title comes last before the selection.
    qsizetype best = -1;
    for (const Core::Section &s : m_sections) {
        const qsizetype at = text.lastIndexOf(s.title, start);
        if (!s.title.isEmpty() && at >= 0 && at > best) {
            best = at;
            h.sectionKind = Core::sectionKindName(s.kind);
        }
    }
    return h;
}

bool SummaryView::scrollToHighlight(qint64 id)
{
    const auto it = m_drawn.constFind(id);
    if (it == m_drawn.cend())
        return false;
    QTextCursor c(document());
    c.setPosition(it->first);
    const QRectF r = document()->documentLayout()->blockBoundingRect(c.block());
    verticalScrollBar()->setValue(int(r.top()));
    return true;
}

bool SummaryView::pageDown()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->setValue(bar->value() + bar->pageStep());
    return true;
}

bool SummaryView::pageUp()
{
    QScrollBar *bar = verticalScrollBar();
    if (bar->value() <= bar->minimum())
        return false;
    bar->setValue(bar->value() - bar->pageStep());
    return true;
}

void SummaryView::setZoom(int steps)
{
    steps = std::clamp(steps, -6, 12);
    if (steps > m_zoom)
        zoomIn(steps - m_zoom);
    else if (steps < m_zoom)
        zoomOut(m_zoom - steps);
    m_zoom = steps;
    Core::Settings::instance().setZoom(m_zoom);
    updateMeasure();
}

void SummaryView::highlightWords(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat mark;
    mark.setBackground(QColor(255, 214, 0));
    mark.setForeground(QColor(Qt::black)); // readable on light and dark palettes
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        QTextCursor c(document());
        while (!(c = document()->find(w, c)).isNull())
            selections.append({c, mark});
    }
    setExtraSelections(selections);
}

int SummaryView::highlightedCount() const
{
    return int(extraSelections().size());
}

void SummaryView::resizeEvent(QResizeEvent *event)
{
    // The margins first: QTextEdit lays the text out to the viewport's width in its resizeEvent, and a
    // margin changed after that left the lines as wide as before, running under the right margin.
    updateMeasure();
    QTextBrowser::resizeEvent(event);
}

void SummaryView::updateMeasure()
{
    // A readable measure: lines of at most about 90 characters, centred in a wide pane.
    const int maxWidth = fontMetrics().averageCharWidth() * 90;
    const int margin = std::max(0, (width() - maxWidth) / 2);
    setViewportMargins(margin, 0, margin, 0);
}

void SummaryView::clearPaper()
{
    m_arxivId.clear();
    m_sections.clear();
    clear();
}

bool SummaryView::scrollToSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return false;
    const QString title = m_sections.at(index).title;
    // The header repeats nothing of the sections, so the first block holding the title is the section's.
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(title)) {
            const qreal y = document()->documentLayout()->blockBoundingRect(b).top();
            verticalScrollBar()->setValue(int(y));
            return true;
        }
    }
    return false;
}

} // namespace Paperboy::Ui
