// The rendered summary of one paper: untrusted Markdown shown inert, no remote loads.
#pragma once

#include "annotate/highlight.h"
#include "library/library.h"

#include <QHash>
#include <QTextBrowser>

#include <optional>

namespace Paperboy::Ui {

class SummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SummaryView(QWidget *parent = nullptr);

    void showPaper(const Core::PaperDetail &paper);
    void clearPaper();
    QString arxivId() const { return m_arxivId; }
    // Changes the header's tag line in place: the rest of the document, the scroll position, the
    // selection and the drawn highlights stay as they are.
    void setTags(const QStringList &tags);

    // Scrolls so section index (0-based, as in PaperDetail::sections) is at the top; false if absent.
    bool scrollToSection(int index);
    int sectionCount() const { return int(m_sections.size()); }

    // Pages down / up; false when already at the end / the top (Space then goes to the next paper).
    bool pageDown();
    bool pageUp();

    // Zoom steps relative to the default size, kept in settings.
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // Draws the paper's highlights where they anchor in the rendered text; returns the ids of those
    // that anchor nowhere (orphaned).
    QList<qint64> setHighlights(const QList<Core::Highlight> &highlights);
    // The current selection as a new highlight (anchor, section kind), or nothing without a selection.
    std::optional<Core::Highlight> highlightFromSelection() const;
    bool scrollToHighlight(qint64 id);
    // The highlight ranges drawn now: id → [start, end) in the document.
    QHash<qint64, std::pair<int, int>> drawnHighlights() const { return m_drawn; }
    // The text a drawn highlight covers now: its quote as re-anchored in this summary; "" when not drawn.
    QString drawnText(qint64 id) const;
    // Where the summary begins in a document of documentMarkdown(): just after the header's rule
    // (title, links, tags, abstract). Highlights are anchored in the text from there, so their
    // context never holds header text ("arXiv abstract · PDF"); 0 when there is no rule.
    static int summaryStart(const QTextDocument *doc);

    // Marks every occurrence of these words (search matches), case-insensitively.
    void highlightWords(const QStringList &words);
    int highlightedCount() const;

    // Nothing is ever loaded: not remote images, not local files.
    QVariant loadResource(int type, const QUrl &name) override;

    // Colours doc's text [start, start + length) as highlight h (its colour, its comment as tooltip).
    static void paintHighlight(QTextDocument *doc, int start, int length, const Core::Highlight &h);

    // The Markdown the view renders for a paper: a header with the links, then the summary; a single
    // tilde is text, ~~two~~ strike (Core::MarkdownDialect).
    static QString documentMarkdown(const Core::PaperDetail &paper);

Q_SIGNALS:
    // An http(s) link was activated (other schemes are ignored).
    void externalLinkActivated(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static QString headedMarkdown(const Core::PaperDetail &paper);
    void updateMeasure();

    int m_zoom = 0;
    QHash<qint64, std::pair<int, int>> m_drawn;
    QString m_arxivId;
    qint64 m_publisherId = 0; // whose summary is shown
    QList<Core::Section> m_sections;
};

} // namespace Paperboy::Ui
