// Search results as a list model: one row per paper, with its snippet.
#pragma once

#include "roles.h"

#include "library/library.h"

#include <QAbstractListModel>

namespace Paperboy::Core {

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchResultModel(QObject *parent = nullptr);

    // New results (a new search); more: the search has more than these, loaded on fetchMore().
    void setResults(const QList<SearchHit> &hits, bool more = false);
    // The same search asked for more: hits begins with the rows shown, the rest is appended.
    void extend(const QList<SearchHit> &hits, bool more);
    const QList<SearchHit> &results() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A view at the end of the rows asks for more; moreWanted() passes it on, once per page.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreWanted();

private:
    QList<SearchHit> m_hits;
    bool m_more = false;
};

} // namespace Paperboy::Core
