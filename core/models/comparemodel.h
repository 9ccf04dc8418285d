// Papers side by side: one column per paper, one row per section kind in the digest's fixed order.
#pragma once

#include "roles.h"

#include "library/library.h"

#include <QAbstractTableModel>

namespace Paperboy::Core {

// Rows are the canonical kinds in reading order (motivation … future work) that are visible, then
// "other" when any paper has sections outside the seven. A paper without a section of a row's kind
// has an explicit empty cell (MissingRole). Columns can be moved and removed.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MinPapers = 2;
    static constexpr int MaxPapers = 6;

    explicit CompareModel(Library *library, QObject *parent = nullptr);

    // A column is an arXiv id (the summary its day shows) or "ID@PUBLISHER" (that publisher's).
    void setPapers(const QStringList &arxivIds);
    QStringList papers() const;
    // The columns that put every publisher's summary of a paper side by side.
    static QStringList summariesOf(const Library &library, const QString &arxivId);
    // Kinds shown (canonical names, "other" included); empty = every kind.
    void setVisibleKinds(const QStringList &kinds);
    QStringList visibleKinds() const { return m_visible; }
    QStringList rowKinds() const { return m_rows; }

    // A last row "notes" with each paper's own note (the compare window shows it; exports follow the model).
    void setShowNotes(bool show);
    bool showNotes() const { return m_showNotes; }

    bool moveColumn(int from, int to);
    bool removePaper(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const QString &kind);
    // Where the figures are in a text: percentages, scores, speedups ("12.5%", "+3.1", "2.4×", "1,024",
    // "3배"), as [start, length). Lone single digits (list numbers, "3 datasets") are left alone.
    static QList<std::pair<int, int>> numberSpans(const QString &text);

private:
    void rebuildRows();
    void refreshPaper(const QString &arxivId);

    struct Column {
        PaperDetail paper;
        QStringList tags;
        QString note;
        qint64 publisher = 0; // asked for with "@PUBLISHER"
    };
    Library *m_library;
    QList<Column> m_columns;
    QStringList m_visible;
    QStringList m_rows;
    bool m_showNotes = false;
};

} // namespace Paperboy::Core
