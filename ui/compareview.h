// Papers side by side: a window with one column per paper and one row per section kind.
#pragma once

#include "actionregistry.h"

#include "common/status.h"
#include "export/compareexporter.h"

#include <QDate>
#include <QHash>
#include <QHeaderView>
#include <QMainWindow>

class QTableView;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace Paperboy::Core {
class Library;
class CompareModel;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

// The compare table's column headers: each line of a paper's header (title, id and date,
// publisher, tags) cut with an ellipsis to the column's width, never clipped mid-letter.
class ElidingHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit ElidingHeader(QWidget *parent = nullptr)
        : QHeaderView(Qt::Horizontal, parent)
    {
    }
    // The text the section shows at its present width.
    QString shownText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

// Each cell is a read-only QTextBrowser holding the rendered section, with the paper's highlights
// drawn and, in results rows, the figures emphasised. The table keeps the keyboard focus: arrows
// move between cells, j / k between rows, 1…7 jump to a kind, Enter opens the paper in the reader,
// h highlights the selection of the current cell, Esc closes. Columns resize, move by drag (or
// Alt+Shift+Left/Right) and can be removed; a Sections menu chooses the rows.
//
// A cell is an overview: it shows at most MaxCellCharacters of a section's Markdown, each line cut to
// MaxCellLine, followed by a note when something was cut (the paper's summary view shows it all).
// The longest section of the real digests is about 2,000 characters and their longest line about 230,
// so real sections are never cut; a hostile 10 MB line, laid out in full, took 43 s.
class CompareView : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxCellCharacters = 20000;
    static constexpr qsizetype MaxCellLine = 4000;

    // What a cell shows of markdown; *cut says whether anything was left out.
    static QString cellMarkdown(const QString &markdown, bool *cut);
    // The note below a cut cell's text.
    static QString cutNote();

    // New highlights go on undo (the reader's stack, so Ctrl+Z there takes them back).
    CompareView(Core::Library *library, QUndoStack *undo, QWidget *parent = nullptr);
    ~CompareView() override;

    void setPapers(const QStringList &arxivIds, const QStringList &visibleKinds = {});
    Core::CompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ActionRegistry *actions() const { return m_actions; }
    QTextBrowser *cell(int row, int column) const;
    QModelIndex currentCell() const;
    void setCurrentCell(int row, int column);

    // Writes the comparison as shown (column order, visible rows) to path.
    Core::Status exportTo(Core::CompareExporter::Format format, const QString &path);
    // Saves the papers and visible rows under name (replacing a comparison of that name).
    Core::Status saveAs(const QString &name);
    QString savedName() const { return m_savedName; }
    void setSavedName(const QString &name);

public Q_SLOTS:
    void nextRow();
    void previousRow();
    void jumpToRow(int number); // 1…7: the canonical kind of that number, if shown
    void openCurrentPaper();
    void highlightSelection(bool withComment = false);
    void removeCurrentPaper();
    void moveCurrentColumn(int delta);
    void setKindVisible(const QString &kind, bool visible);
    void showAllKinds();
    void exportInteractively();
    void saveInteractively();

Q_SIGNALS:
    void paperOpenRequested(const QDate &day, const QString &arxivId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void rebuildCells();
    void fillCell(QTextBrowser *browser, const QModelIndex &index);
    void resizeRows();
    void fitColumns();
    void updateCurrentMark(const QModelIndex &current, const QModelIndex &previous);
    void syncKindActions();
    void refreshHighlights(const QString &arxivId);
    void updateTitle();

    Core::Library *m_library;
    QUndoStack *m_undo;
    Core::CompareModel *m_model;
    QTableView *m_table;
    QTimer *m_resizeTimer;
    ActionRegistry *m_actions;
    QHash<QString, QAction *> m_kindActions;
    QString m_savedName;
    bool m_syncingHeader = false;
    QPoint m_keep{-1, -1}; // the current cell (column, row) across model resets
};

} // namespace Paperboy::Ui
