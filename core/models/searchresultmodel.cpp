// SearchResultModel: display text is "title — date", the snippet has the matches in brackets.
#include "searchresultmodel.h"

#include "common/daylabel.h"
#include "roles.h"

#include <QLocale>

namespace Paperboy::Core {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setResults(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = (h.title.isEmpty() ? h.arxivId : h.title) + QStringLiteral("  —  ") + dayLabel(h.day);
        const QString snippet = h.snippetWith(QStringLiteral("«"), QStringLiteral("»"));
        if (!snippet.isEmpty())
            text += u'\n' + snippet;
        return text;
    }
    case Qt::ToolTipRole: return h.arxivId;
    case ArxivIdRole: return h.arxivId;
    case DateRole: return h.day;
    case SnippetRole: return h.snippet;
    default: return {};
    }
}

} // namespace Paperboy::Core
