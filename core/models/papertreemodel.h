// The papers of one day in digest order; each paper row has its sections as children.
#pragma once

#include "library/library.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Paperboy::Core {

class PaperTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit PaperTreeModel(Library *library, QObject *parent = nullptr);

    // Another day: a reset.
    void setDay(const QDate &day);
    // The same day read again: rows updated in place when its papers are the same.
    void reload();
    QDate day() const { return m_day; }
    // Muted papers (MuteRules) are left out unless shown (View › Show Muted Papers) or revealed:
    // a paper opened from elsewhere (a search result) is shown on its day while the day is.
    void setShowMuted(bool show);
    bool showsMuted() const { return m_showMuted; }
    QModelIndex reveal(const QString &arxivId);

    // For you: each paper's score and reasons (by arXiv id), the rows in score order (Ranked: moved,
    // not reset, so the current paper stays current), in the day's order (DayOrder; with an empty
    // hash, the day as the digest lists it), or where they are (KeepRows: only the scores change).
    // Cleared when another day is set.
    enum class Order { DayOrder, Ranked, KeepRows };
    void setRecommendations(const QHash<QString, Recommendation> &byPaper, Order order);
    bool isRanked() const { return m_ranked; }
    bool hasRecommendations() const { return !m_recommendations.isEmpty(); }
    // A paper's score and reasons, when the day shown is ranked.
    std::optional<Recommendation> recommendation(const QString &arxivId) const;
    // The papers of the rows, in row order.
    QList<PaperListing> listings() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int paperCount() const { return int(m_papers.size()); }
    QModelIndex indexOfPaper(const QString &arxivId) const;

private:
    // The rows of these papers: flags set in place, anything else read again in one query.
    void papersChanged(const QStringList &arxivIds, Changes what);
    void tagsChanged();
    void readTagColors();

    struct SectionRow {
        QString kind; // canonical name
        QString title; // as the tree shows it
        int index = 0; // in its summary's sections
        qint64 publisherId = 0; // whose summary
        bool operator==(const SectionRow &) const = default;
    };
    struct Row {
        PaperListing listing;
        QList<SectionRow> sections;
        bool noDigest = false; // only a daily-papers listing names it
        int digestOrder = 0; // its place as readDay() read it
    };
    QList<Row> readDay(const QDate &day) const;
    void setRows(QList<Row> rows);
    // The rows in score order when ranked (ties and unranked papers in the day's order), else the day's.
    void sortRows(QList<Row> &rows) const;
    Library *m_library;
    QDate m_day;
    QList<Row> m_papers;
    QHash<QString, int> m_rowOf; // arXiv id → row
    QHash<QString, QString> m_tagColors; // tag name → colour
    bool m_showMuted = false;
    QStringList m_revealed; // muted papers of the day shown all the same
    QHash<QString, Recommendation> m_recommendations;
    bool m_ranked = false;
};

} // namespace Paperboy::Core
