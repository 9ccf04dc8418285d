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

void SearchResultModel::setResults(const QList<SearchHit> &hits, bool more)
{
    beginResetModel();
    m_hits = hits;
    m_more = more;
    endResetModel();
}

void SearchResultModel::extend(const QList<SearchHit> &hits, bool more)
{
    const qsizetype shown = m_hits.size();
    bool samePrefix = hits.size() >= shown;
    for (qsizetype i = 0; samePrefix && i < shown; ++i)
        samePrefix = hits.at(i).arxivId == m_hits.at(i).arxivId;
    if (!samePrefix) { // the library changed between the pages: show the new list whole
        setResults(hits, more);
        return;
    }
    m_more = more;
    if (hits.size() == shown)
        return;
    beginInsertRows({}, int(shown), int(hits.size()) - 1);
    m_hits.append(hits.mid(shown));
    endInsertRows();
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    m_more = false; // until the page arrives
    Q_EMIT moreWanted();
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
