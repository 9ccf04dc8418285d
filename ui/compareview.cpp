// CompareView: a QTableView over CompareModel with a read-only browser in every cell.
#include "compareview.h"

#include "highlightdialog.h"
#include "inertbrowser.h"
#include "summaryview.h"

#include "annotate/annotationcommands.h"
#include "annotate/textquoteanchor.h"
#include "common/inertdocument.h"
#include "common/settings.h"
#include "digest/markdowndialect.h"
#include "digest/sectionkind.h"
#include "library/library.h"
#include "models/comparemodel.h"

#include <QApplication>
#include <QDesktopServices>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <cmath>
#include <memory>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

namespace {

constexpr auto kMarkdownFeatures = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// Where to cut a line at most at limit: before a space near the end when there is one, never inside a
// surrogate pair.
qsizetype cutPoint(QStringView line, qsizetype limit)
{
    qsizetype at = limit;
    const qsizetype space = line.left(limit).lastIndexOf(u' ');
    if (space > 0 && space >= limit - 80)
        at = space;
    else if (at > 0 && line.at(at - 1).isHighSurrogate())
        --at;
    return at;
}

// Every cell is covered by its browser, so the table lays out no text of its own. The default
// delegate would lay out the whole section (DisplayRole), a hostile 10 MB line included, on every
// paint and every time it places a cell's browser (updateEditorGeometry asks the style where the
// item's text goes).
class CoveredCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *, const QStyleOptionViewItem &, const QModelIndex &) const override { }
    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return {}; }
    // Where the style puts an item's text, asked without the text, which only its size would change.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.features &= ~QStyleOptionViewItem::HasDisplay;
        const QWidget *view = option.widget;
        QStyle *style = view ? view->style() : QApplication::style();
        editor->setGeometry(style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view));
    }
};

QStringList allKinds()
{
    QStringList kinds;
    for (SectionKind k : canonicalSectionKinds())
        kinds << sectionKindName(k);
    return kinds << QStringLiteral("other") << QStringLiteral("notes");
}

} // namespace

QString CompareView::cellMarkdown(const QString &markdown, bool *cut)
{
    *cut = false;
    QString shown;
    qsizetype from = 0;
    while (from <= markdown.size() && shown.size() < MaxCellCharacters) {
        qsizetype end = markdown.indexOf(u'\n', from);
        if (end < 0)
            end = markdown.size();
        const QStringView line = QStringView(markdown).mid(from, end - from);
        const qsizetype limit = std::min(MaxCellLine, MaxCellCharacters - shown.size());
        if (line.size() > limit) {
            shown += line.left(cutPoint(line, limit));
            shown += u'…';
            *cut = true;
        } else {
            shown += line;
        }
        if (end < markdown.size())
            shown += u'\n';
        from = end + 1;
    }
    if (from < markdown.size())
        *cut = true;
    return *cut ? shown : markdown;
}

QString CompareView::cutNote()
{
    return tr("The rest of this section is cut here: a comparison cell shows at most %1 characters, and %2 of a line. "
              "The paper's summary shows all of it (Enter opens the paper).")
        .arg(QLocale().toString(MaxCellCharacters), QLocale().toString(MaxCellLine));
}

QString ElidingHeader::shownText(int logicalIndex) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const int width = sectionSize(logicalIndex) - 2 * margin - 2;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = fontMetrics().elidedText(line, Qt::ElideRight, std::max(width, 0));
    return lines.join(u'\n');
}

void ElidingHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = shownText(logicalIndex);
}

CompareView::CompareView(Library *library, QUndoStack *undo, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_undo(undo)
    , m_model(new CompareModel(library, this))
    , m_table(new QTableView(this))
    , m_resizeTimer(new QTimer(this))
    , m_actions(new ActionRegistry(this))
{
    setObjectName(QStringLiteral("compareView"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_model->setShowNotes(true);

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CoveredCellDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setHorizontalHeader(new ElidingHeader(m_table));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    columns->setMinimumSectionSize(160);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    setCentralWidget(m_table);
    setStyleSheet(QStringLiteral("QTextBrowser#compareCell { border: 1px solid palette(mid); }"
                                 "QTextBrowser#compareCell[current=\"true\"] { border: 2px solid palette(highlight); }"));

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(0);
    connect(m_resizeTimer, &QTimer::timeout, this, &CompareView::resizeRows);
    connect(columns, &QHeaderView::sectionResized, m_resizeTimer, qOverload<>(&QTimer::start));

    // A dragged column moves the paper in the model (so exports and saved comparisons keep the order);
    // the header itself stays in model order.
    connect(columns, &QHeaderView::sectionMoved, this, [this, columns](int, int from, int to) {
        if (m_syncingHeader)
            return;
        m_syncingHeader = true;
        columns->moveSection(to, from);
        m_syncingHeader = false;
        const QModelIndex cur = currentCell();
        m_model->moveColumn(from, to);
        if (cur.isValid())
            setCurrentCell(cur.row(), to);
    });
    connect(columns, &QWidget::customContextMenuRequested, this, [this, columns](const QPoint &pos) {
        const int column = columns->logicalIndexAt(pos);
        if (column < 0)
            return;
        setCurrentCell(std::max(0, currentCell().row()), column);
        QMenu menu;
        menu.addAction(m_actions->action(QStringLiteral("compare.open_paper")));
        menu.addAction(m_actions->action(QStringLiteral("compare.move_left")));
        menu.addAction(m_actions->action(QStringLiteral("compare.move_right")));
        menu.addAction(m_actions->action(QStringLiteral("compare.remove_paper")));
        menu.exec(columns->viewport()->mapToGlobal(pos));
    });

    // A reset (rows shown or hidden, a note added) clears the view's current cell: keep it by position.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex cur = currentCell();
        m_keep = cur.isValid() ? QPoint(cur.column(), cur.row()) : QPoint(-1, -1);
    });
    connect(m_model, &QAbstractItemModel::columnsAboutToBeRemoved, this, [this] {
        const QModelIndex cur = currentCell();
        m_keep = cur.isValid() ? QPoint(cur.column(), cur.row()) : QPoint(-1, -1);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CompareView::rebuildCells);
    connect(m_model, &QAbstractItemModel::columnsMoved, this, &CompareView::rebuildCells);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &CompareView::rebuildCells);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int r = from.row(); r <= to.row(); ++r)
            for (int c = from.column(); c <= to.column(); ++c)
                if (QTextBrowser *b = cell(r, c))
                    fillCell(b, m_model->index(r, c));
        m_resizeTimer->start();
    });
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, [this] { m_table->horizontalHeader()->resizeSections(QHeaderView::Interactive); });
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Core::Changes what) {
        if (what & Core::Change::Highlights)
            for (const QString &id : ids)
                refreshHighlights(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::updateCurrentMark);

    createActions();
    m_actions->loadOverrides();
    statusBar();
    resize(1400, 900);
}

CompareView::~CompareView() = default;

void CompareView::createActions()
{
    const auto add = [this](const char *id, const QString &text, const char *menu, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = m_actions->add(QString::fromLatin1(id), text, QString::fromLatin1(menu), keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    using K = QKeySequence;
    m_actions->addMenu(QStringLiteral("compare"), tr("&Comparison"));
    m_actions->addMenu(QStringLiteral("go"), tr("&Go"));
    m_actions->addMenu(QStringLiteral("sections"), tr("&Sections"));
    add("compare.open_paper", tr("&Open in Reader"), "compare", {K(Qt::Key_Return), K(Qt::Key_Enter)}, &CompareView::openCurrentPaper);
    add("compare.highlight", tr("&Highlight Selection"), "compare", {K(Qt::Key_H)}, [this] { highlightSelection(false); });
    add("compare.highlight_comment", tr("Highlight with &Comment…"), "compare", {K(Qt::SHIFT | Qt::Key_H)}, [this] { highlightSelection(true); });
    add("compare.copy", tr("&Copy"), "compare", {K::Copy}, [this] {
        if (QTextBrowser *b = cell(currentCell().row(), currentCell().column()))
            b->copy();
    });
    m_actions->startGroup();
    add("compare.move_left", tr("Move Column &Left"), "compare", {K(Qt::ALT | Qt::SHIFT | Qt::Key_Left)}, [this] { moveCurrentColumn(-1); });
    add("compare.move_right", tr("Move Column &Right"), "compare", {K(Qt::ALT | Qt::SHIFT | Qt::Key_Right)}, [this] { moveCurrentColumn(1); });
    add("compare.remove_paper", tr("Re&move Paper from Comparison"), "compare", {K(Qt::Key_Delete)}, &CompareView::removeCurrentPaper);
    m_actions->startGroup();
    add("compare.export", tr("&Export…"), "compare", {K(Qt::CTRL | Qt::Key_E)}, &CompareView::exportInteractively);
    add("compare.save", tr("&Save Comparison…"), "compare", {K(Qt::CTRL | Qt::Key_S)}, &CompareView::saveInteractively);
    m_actions->startGroup();
    add("compare.close", tr("Clo&se"), "compare", {K(Qt::Key_Escape), K(Qt::CTRL | Qt::Key_W)}, &QWidget::close);

    add("compare.next_row", tr("&Next Section"), "go", {K(Qt::Key_J)}, &CompareView::nextRow);
    add("compare.previous_row", tr("&Previous Section"), "go", {K(Qt::Key_K)}, &CompareView::previousRow);
    m_actions->startGroup();
    for (int n = 1; n <= 7; ++n) {
        QAction *jump = m_actions->add(QStringLiteral("compare.row_%1").arg(n), tr("Section &%1").arg(n), QStringLiteral("go"), {K(Qt::Key_0 + n)});
        connect(jump, &QAction::triggered, this, [this, n] { jumpToRow(n); });
        addAction(jump);
    }

    const QStringList kinds = allKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const QString kind = kinds.at(i);
        QAction *toggle = m_actions->add(QStringLiteral("compare.show_") + kind, CompareModel::kindLabel(kind), QStringLiteral("sections"),
                                         {K(Qt::CTRL | (Qt::Key_1 + i))});
        toggle->setCheckable(true);
        toggle->setChecked(true);
        connect(toggle, &QAction::triggered, this, [this, kind](bool on) { setKindVisible(kind, on); });
        addAction(toggle);
        m_kindActions.insert(kind, toggle);
    }
    m_actions->startGroup();
    add("compare.show_all", tr("Show &All Sections"), "sections", {K(Qt::CTRL | Qt::Key_0)}, &CompareView::showAllKinds);

    m_actions->fillMenuBar(menuBar());
}

void CompareView::setPapers(const QStringList &arxivIds, const QStringList &visibleKinds)
{
    m_model->setPapers(arxivIds);
    m_model->setVisibleKinds(visibleKinds);
    syncKindActions();
    fitColumns();
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        setCurrentCell(0, 0);
    updateTitle();
}

void CompareView::fitColumns()
{
    // Columns share the window's width; a column never gets narrower than a readable measure.
    const int n = std::max(1, m_model->columnCount());
    const int available = m_table->width() - m_table->verticalHeader()->width() - m_table->verticalScrollBar()->sizeHint().width() - 2 * m_table->frameWidth();
    const int width = std::max(280, available / n);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, width);
    m_resizeTimer->start();
}

void CompareView::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The first layout of the window decides the width the columns share.
    QTimer::singleShot(0, this, &CompareView::fitColumns);
}

void CompareView::setSavedName(const QString &name)
{
    m_savedName = name;
    updateTitle();
}

void CompareView::updateTitle()
{
    const QString papers = tr("Compare %n paper(s)", nullptr, m_model->columnCount());
    setWindowTitle(m_savedName.isEmpty() ? papers : QStringLiteral("%1 — %2").arg(m_savedName, papers));
}

QTextBrowser *CompareView::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_model->rowCount() || column >= m_model->columnCount())
        return nullptr;
    return qobject_cast<QTextBrowser *>(m_table->indexWidget(m_model->index(row, column)));
}

QModelIndex CompareView::currentCell() const
{
    return m_table->currentIndex();
}

void CompareView::setCurrentCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CompareView::rebuildCells()
{
    QModelIndex cur = currentCell();
    const QPoint keep = cur.isValid() ? QPoint(cur.column(), cur.row()) : m_keep;
    m_keep = QPoint(-1, -1);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QModelIndex index = m_model->index(r, c);
            auto *browser = qobject_cast<QTextBrowser *>(m_table->indexWidget(index));
            if (!browser) {
                browser = new InertBrowser(m_table);
                browser->setObjectName(QStringLiteral("compareCell"));
                // The table keeps the focus, so the keys stay the comparison's; the mouse still selects.
                browser->setFocusPolicy(Qt::NoFocus);
                browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
                browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
                browser->viewport()->installEventFilter(this);
                m_table->setIndexWidget(index, browser);
            }
            fillCell(browser, index);
        }
    }
    if (keep.x() >= 0 && m_model->rowCount() > 0 && m_model->columnCount() > 0)
        setCurrentCell(std::min(keep.y(), m_model->rowCount() - 1), std::min(keep.x(), m_model->columnCount() - 1));
    updateCurrentMark(currentCell(), {});
    updateTitle();
    m_resizeTimer->start();
}

void CompareView::fillCell(QTextBrowser *browser, const QModelIndex &index)
{
    browser->setProperty("row", index.row());
    browser->setProperty("column", index.column());
    const QString kind = index.data(SectionKindRole).toString();
    const QString arxivId = index.data(ArxivIdRole).toString();
    browser->setProperty("arxivId", arxivId);
    browser->setProperty("kind", kind);
    auto *doc = new Core::InertDocument(browser); // a section's images are not loaded
    doc->setDefaultFont(font());
    int drawn = 0;
    if (index.data(MissingRole).toBool()) {
        doc->setMarkdown(QStringLiteral("*%1*").arg(kind == QLatin1StringView("notes") ? tr("No note") : tr("Not in this summary")), kMarkdownFeatures);
        QTextCursor all(doc);
        all.select(QTextCursor::Document);
        QTextCharFormat grey;
        grey.setForeground(palette().color(QPalette::PlaceholderText));
        all.mergeCharFormat(grey);
        browser->setProperty("missing", true);
    } else {
        bool cut = false;
        doc->setMarkdown(Core::MarkdownDialect::withLiteralTildes(cellMarkdown(index.data(MarkdownRole).toString(), &cut)), kMarkdownFeatures);
        browser->setProperty("missing", false);
        const QString text = doc->toPlainText();
        browser->setProperty("cut", cut);
        browser->setProperty("shownLength", int(text.size())); // highlights lie in this part; the note follows
        if (kind == QLatin1StringView("results")) {
            // Figures stand out so a row of results can be scanned across papers.
            QTextCharFormat figure;
            figure.setFontWeight(QFont::Bold);
            figure.setForeground(palette().color(QPalette::Link));
            // Each span costs a pass over its paragraph's layout (QTextCursor::setPosition): figures of a
            // hostile 10 MB line would take hours, so only paragraphs of a readable length get them,
            // and only the first few hundred of a cell.
            constexpr qsizetype MaxFigures = 400;
            constexpr int MaxParagraph = 20000;
            const auto spans = CompareModel::numberSpans(text);
            for (const auto &[start, length] : spans.mid(0, MaxFigures)) {
                if (doc->findBlock(start).length() > MaxParagraph)
                    continue;
                QTextCursor c(doc);
                c.setPosition(start);
                c.setPosition(start + length, QTextCursor::KeepAnchor);
                c.mergeCharFormat(figure);
            }
        }
        for (const Highlight &h : m_library->annotations().highlights(arxivId)) {
            if (h.sectionKind != kind)
                continue;
            const auto match = TextQuoteAnchor::locate(text, h);
            if (!match.isValid())
                continue;
            SummaryView::paintHighlight(doc, match.start, match.length, h);
            ++drawn;
        }
        if (cut) {
            QTextCursor end(doc);
            end.movePosition(QTextCursor::End);
            QTextBlockFormat block; // a plain paragraph, whatever list, quote or code block came last
            block.setTopMargin(6);
            QTextCharFormat note;
            note.setFontItalic(true);
            note.setForeground(palette().color(QPalette::PlaceholderText));
            end.insertBlock(block, note);
            end.insertText(cutNote(), note);
        }
    }
    browser->setProperty("highlights", drawn);
    browser->setDocument(doc); // the previous document was the browser's child too
}

void CompareView::refreshHighlights(const QString &arxivId)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (QTextBrowser *b = cell(r, c); b && b->property("arxivId").toString() == arxivId)
                fillCell(b, m_model->index(r, c));
}

void CompareView::resizeRows()
{
    // Rows take the height of their tallest cell, up to most of the window; taller cells scroll.
    const int cap = std::max(160, m_table->viewport()->height() * 3 / 5);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        int tallest = 48;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QTextBrowser *b = cell(r, c);
            if (!b)
                continue;
            // Measured on a copy (the cell's own document keeps following the cell's width), at the
            // width the text has beside a scroll bar: a cell that once showed one then lets it go.
            const int frame = 2 * 2 + 4; // the current cell's border is 2 px
            // Its parent is the cell's InertDocument: Qt then asks the parent for images, not the disk.
            const std::unique_ptr<QTextDocument> probe(b->document()->clone(b->document()));
            probe->setTextWidth(std::max(40, m_table->columnWidth(c) - frame - b->verticalScrollBar()->sizeHint().width()));
            tallest = std::max(tallest, int(std::ceil(probe->size().height())) + frame);
        }
        m_table->setRowHeight(r, std::min(tallest, cap));
    }
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_resizeTimer->start();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    // A click in a cell makes it the current one.
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto *browser = qobject_cast<QTextBrowser *>(watched->parent())) {
            const int row = browser->property("row").toInt(), column = browser->property("column").toInt();
            if (currentCell().row() != row || currentCell().column() != column)
                setCurrentCell(row, column);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void CompareView::updateCurrentMark(const QModelIndex &current, const QModelIndex &previous)
{
    const auto mark = [this](const QModelIndex &i, bool on) {
        if (QTextBrowser *b = cell(i.row(), i.column())) {
            b->setProperty("current", on);
            b->style()->unpolish(b);
            b->style()->polish(b);
        }
    };
    if (previous.isValid())
        mark(previous, false);
    if (current.isValid())
        mark(current, true);
    if (current.isValid())
        statusBar()->showMessage(QStringLiteral("%1 — %2").arg(m_model->headerData(current.column(), Qt::Horizontal, TitleRole).toString(),
                                                               CompareModel::kindLabel(current.data(SectionKindRole).toString())));
}

void CompareView::nextRow()
{
    const QModelIndex cur = currentCell();
    setCurrentCell(std::min(cur.row() + 1, m_model->rowCount() - 1), std::max(0, cur.column()));
}

void CompareView::previousRow()
{
    const QModelIndex cur = currentCell();
    setCurrentCell(std::max(cur.row() - 1, 0), std::max(0, cur.column()));
}

void CompareView::jumpToRow(int number)
{
    const QList<SectionKind> kinds = canonicalSectionKinds();
    if (number < 1 || number > kinds.size())
        return;
    const QString kind = sectionKindName(kinds.at(number - 1));
    const int row = int(m_model->rowKinds().indexOf(kind));
    if (row < 0) {
        statusBar()->showMessage(tr("%1 is hidden (Sections menu)").arg(CompareModel::kindLabel(kind)), 4000);
        return;
    }
    setCurrentCell(row, std::max(0, currentCell().column()));
}

void CompareView::openCurrentPaper()
{
    const QModelIndex cur = currentCell();
    if (!cur.isValid())
        return;
    Q_EMIT paperOpenRequested(cur.data(DateRole).toDate(), cur.data(ArxivIdRole).toString());
}

void CompareView::highlightSelection(bool withComment)
{
    const QModelIndex cur = currentCell();
    QTextBrowser *b = cell(cur.row(), cur.column());
    const QString kind = cur.data(SectionKindRole).toString();
    if (!b || !b->textCursor().hasSelection() || b->property("missing").toBool()) {
        statusBar()->showMessage(tr("Select text in a cell first"), 4000);
        return;
    }
    if (kind == QLatin1StringView("notes")) {
        statusBar()->showMessage(tr("Notes are yours to edit, not to highlight"), 4000);
        return;
    }
    const QString arxivId = cur.data(ArxivIdRole).toString();
    const auto paper = m_library->catalog().paper(arxivId, cur.data(DateRole).toDate(), cur.data(PublisherRole).toLongLong());
    if (!paper)
        return;
    // Only the section's text counts: a cut cell's note below it is not part of the summary.
    const QTextCursor sel = b->textCursor();
    const int shown = b->property("shownLength").toInt();
    const int selectionEnd = std::min(sel.selectionEnd(), shown);
    if (selectionEnd <= sel.selectionStart()) {
        statusBar()->showMessage(tr("Select text in a cell first"), 4000);
        return;
    }
    const Highlight inCell = TextQuoteAnchor::describe(b->document()->toPlainText().left(shown), sel.selectionStart(), selectionEnd - sel.selectionStart());
    // Anchor it in the text the reader shows, so it is found there with its full context.
    QTextDocument reader;
    reader.setMarkdown(SummaryView::documentMarkdown(*paper), kMarkdownFeatures);
    const QString full = reader.toPlainText().mid(SummaryView::summaryStart(&reader)); // the summary's text, not the header's
    const auto match = TextQuoteAnchor::locate(full, inCell);
    Highlight h = match.isValid() ? TextQuoteAnchor::describe(full, match.start, match.length) : inCell;
    if (h.exact.trimmed().isEmpty())
        return;
    h.arxivId = arxivId;
    h.sectionKind = kind;
    h.publisherId = paper->summary.publisherId;
    if (withComment) {
        HighlightDialog dialog(h.exact, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        h.comment = dialog.comment();
        h.color = dialog.color();
    }
    if (m_undo)
        m_undo->push(new HighlightCommand(m_library, h, true));
    else
        m_library->annotations().addHighlight(h);
    statusBar()->showMessage(tr("Highlighted in %1").arg(arxivId), 3000);
}

void CompareView::removeCurrentPaper()
{
    const QModelIndex cur = currentCell();
    if (!cur.isValid())
        return;
    if (m_model->columnCount() <= 1) {
        close();
        return;
    }
    m_model->removePaper(cur.column());
}

void CompareView::moveCurrentColumn(int delta)
{
    const QModelIndex cur = currentCell();
    if (!cur.isValid())
        return;
    const int to = cur.column() + delta;
    if (m_model->moveColumn(cur.column(), to))
        setCurrentCell(cur.row(), to);
}

void CompareView::setKindVisible(const QString &kind, bool visible)
{
    QStringList shown = m_model->visibleKinds().isEmpty() ? allKinds() : m_model->visibleKinds();
    if (visible && !shown.contains(kind))
        shown << kind;
    if (!visible)
        shown.removeAll(kind);
    if (shown.isEmpty()) {
        statusBar()->showMessage(tr("At least one section stays shown"), 4000);
        syncKindActions();
        return;
    }
    QStringList ordered; // the model keeps the fixed order anyway; this keeps saved lists tidy
    for (const QString &k : allKinds())
        if (shown.contains(k))
            ordered << k;
    m_model->setVisibleKinds(ordered == allKinds() ? QStringList() : ordered);
    syncKindActions();
}

void CompareView::showAllKinds()
{
    m_model->setVisibleKinds({});
    syncKindActions();
}

void CompareView::syncKindActions()
{
    const QStringList shown = m_model->visibleKinds();
    for (auto it = m_kindActions.cbegin(); it != m_kindActions.cend(); ++it)
        it.value()->setChecked(shown.isEmpty() || shown.contains(it.key()));
}

Status CompareView::exportTo(CompareExporter::Format format, const QString &path)
{
    return CompareExporter::write(*m_model, format, path);
}

void CompareView::exportInteractively()
{
    const QString dir = Core::Settings::instance().compareExportDir();
    const QString md = tr("Markdown table (*.md)"), html = tr("HTML page (*.html)"), csv = tr("CSV for spreadsheets (*.csv)");
    QString filter = md;
    QString name = m_savedName.isEmpty() ? tr("comparison") : m_savedName;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"), QDir(dir).filePath(name + QStringLiteral(".md")),
                                                      QStringList{md, html, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    CompareExporter::Format format;
    if (!CompareExporter::formatFromName(QFileInfo(path).suffix().toLower(), &format))
        format = filter == html ? CompareExporter::Format::Html : filter == csv ? CompareExporter::Format::Csv : CompareExporter::Format::Markdown;
    Core::Settings::instance().setCompareExportDir(QFileInfo(path).absolutePath());
    if (const Status s = exportTo(format, path); !s) {
        QMessageBox::warning(this, tr("Export Comparison"), s.message());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

Status CompareView::saveAs(const QString &name)
{
    const Status s = m_library->annotations().saveComparison({name.trimmed(), m_model->papers(), m_model->visibleKinds()});
    if (s)
        setSavedName(name.trimmed());
    return s;
}

void CompareView::saveInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Comparison"), tr("Name:"), QLineEdit::Normal, m_savedName, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (const Status s = saveAs(name); !s) {
        QMessageBox::warning(this, tr("Save Comparison"), s.message());
        return;
    }
    statusBar()->showMessage(tr("Saved as “%1”; reopen it from the command palette").arg(name.trimmed()), 5000);
}

} // namespace Paperboy::Ui
