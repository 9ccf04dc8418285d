// SummaryView: Markdown → QTextDocument built off-screen, then shown.
#include "summaryview.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace Paperboy::Ui {

SummaryView::SummaryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(QStringLiteral("summaryView"));
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

QString SummaryView::documentMarkdown(const Core::PaperDetail &paper)
{
    const QString id = paper.listing.arxivId;
    QString header;
    if (!paper.summaryMarkdown.trimmed().startsWith(u'#'))
        header += QStringLiteral("# %1\n\n").arg(paper.listing.title.isEmpty() ? id : paper.listing.title);
    QStringList links;
    if (!paper.link.isEmpty())
        links << QStringLiteral("[%1](%2)").arg(tr("Hugging Face"), paper.link);
    links << QStringLiteral("[%1](https://arxiv.org/abs/%2)").arg(tr("arXiv abstract"), id)
          << QStringLiteral("[%1](https://arxiv.org/pdf/%2)").arg(tr("PDF"), id);
    header += QStringLiteral("**%1** · %2 · %3\n\n").arg(id, QLocale().toString(paper.listing.day, QLocale::ShortFormat), links.join(QStringLiteral(" · ")));
    if (!paper.listing.tags.isEmpty())
        header += tr("Tags: %1").arg(paper.listing.tags.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    header += QStringLiteral("---\n\n");
    if (paper.summaryMarkdown.trimmed().isEmpty())
        return header + tr("*This paper has no summary.*");
    return header + paper.summaryMarkdown;
}

void SummaryView::showPaper(const Core::PaperDetail &paper)
{
    m_arxivId = paper.listing.arxivId;
    m_sections = paper.sections;
    // Laying out block by block while Markdown loads is slow; build the document first, then show it.
    auto *doc = new QTextDocument(this);
    doc->setDefaultFont(font());
    doc->setMarkdown(documentMarkdown(paper), QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                             | QTextDocument::MarkdownNoHTML));
    setDocument(doc); // deletes the previous document, which is our child too
    verticalScrollBar()->setValue(0);
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
