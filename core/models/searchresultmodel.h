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

    void setResults(const QList<SearchHit> &hits);
    const QList<SearchHit> &results() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace Paperboy::Core
