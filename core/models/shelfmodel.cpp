// ShelfModel: two fixed rows, then the smart lists in their order.
#include "shelfmodel.h"

#include <QCoreApplication>
#include <QTimer>

namespace Paperboy::Core {

ShelfModel::ShelfModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
    , m_recount(new QTimer(this))
{
    m_recount->setSingleShot(true);
    m_recount->setInterval(150); // a run of decisions (triage at speed) is counted once
    connect(m_recount, &QTimer::timeout, this, &ShelfModel::recount);
    connect(library, &Library::smartListsChanged, this, &ShelfModel::reloadLists);
    connect(library, &Library::queueChanged, m_recount, qOverload<>(&QTimer::start));
    connect(library, &Library::daysChanged, m_recount, qOverload<>(&QTimer::start));
    connect(library, &Library::tagsChanged, m_recount, qOverload<>(&QTimer::start));
    connect(library, &Library::papersChanged, m_recount, [this](const QStringList &, Changes) { m_recount->start(); });
    reload();
}

void ShelfModel::reload()
{
    reloadLists();
    recount();
}

void ShelfModel::reloadLists()
{
    // Same lists in the same order: rows change in place; another set resets the rows below the fixed two.
    const QList<SmartList> fresh = m_library->smartLists().lists();
    bool same = fresh.size() == m_lists.size();
    for (qsizetype i = 0; same && i < fresh.size(); ++i)
        same = fresh.at(i).id == m_lists.at(i).id;
    if (!same) {
        if (!m_lists.isEmpty()) {
            beginRemoveRows({}, FixedRows, FixedRows + int(m_lists.size()) - 1);
            m_lists.clear();
            m_counts.clear();
            endRemoveRows();
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, FixedRows, FixedRows + int(fresh.size()) - 1);
            m_lists = fresh;
            for (const SmartList &l : fresh)
                m_counts << m_library->smartLists().count(l);
            endInsertRows();
        }
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i).name == m_lists.at(i).name && fresh.at(i).query == m_lists.at(i).query)
            continue;
        m_lists[i] = fresh.at(i);
        m_counts[i] = m_library->smartLists().count(fresh.at(i));
        Q_EMIT dataChanged(index(FixedRows + int(i)), index(FixedRows + int(i)));
    }
}

void ShelfModel::recount()
{
    const auto update = [this](int row, int &known, int fresh) {
        if (std::exchange(known, fresh) != fresh)
            Q_EMIT dataChanged(index(row), index(row));
    };
    update(0, m_later, m_library->readingQueue().count());
    update(1, m_read, m_library->searchIndex().count(SearchQuery::parse(recentQuery())));
    for (qsizetype i = 0; i < m_lists.size(); ++i)
        update(FixedRows + int(i), m_counts[i], m_library->smartLists().count(m_lists.at(i)));
}

int ShelfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedRows + int(m_lists.size());
}

QVariant ShelfModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int kind = row == 0 ? LaterRow : row == 1 ? RecentRow : SmartListRow;
    const SmartList *list = kind == SmartListRow ? &m_lists.at(row - FixedRows) : nullptr;
    const int count = kind == LaterRow ? m_later : kind == RecentRow ? m_read : m_counts.at(row - FixedRows);
    switch (role) {
    case Qt::DisplayRole:
        if (kind == LaterRow)
            return QCoreApplication::translate("ShelfModel", "◷ Later (%1)").arg(count);
        if (kind == RecentRow)
            return QCoreApplication::translate("ShelfModel", "↺ Recently Read (%1)").arg(count);
        return QStringLiteral("◇ %1 (%2)").arg(list->name).arg(count);
    case Qt::ToolTipRole:
        return kind == SmartListRow ? QCoreApplication::translate("ShelfModel", "Smart list: %1").arg(list->query) : QVariant();
    case FilterKindRole: return kind;
    case TagCountRole: return count;
    case QueryRole: return kind == LaterRow ? laterQuery() : kind == RecentRow ? recentQuery() : list->query;
    case SmartListIdRole: return list ? list->id : 0;
    case TagNameRole: return list ? list->name : QString();
    default: return {};
    }
}

} // namespace Paperboy::Core
