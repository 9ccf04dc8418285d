// The top of the sidebar: Later (the reading queue), Recently read and the smart lists, each with
// the number of papers it holds; each stands for a search (QueryRole) the window runs.
#pragma once

#include "roles.h"

#include "library/library.h"

#include <QAbstractListModel>

class QTimer;

namespace Paperboy::Core {

class ShelfModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // FilterKindRole values, apart from TagModel's.
    enum Kind { LaterRow = 10, RecentRow = 11, SmartListRow = 12 };

    explicit ShelfModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The searches the fixed rows stand for.
    static QString laterQuery() { return QStringLiteral("is:later"); }
    static QString recentQuery() { return QStringLiteral("is:read sort:read"); }
    static constexpr int FixedRows = 2;

public Q_SLOTS:
    // Counts read again; rows inserted, removed or changed in place.
    void reload();

private:
    void reloadLists();
    void recount();

    Library *m_library;
    int m_later = 0;
    int m_read = 0;
    QList<SmartList> m_lists;
    QList<int> m_counts;
    QTimer *m_recount; // counts of smart lists after a change, once per burst of changes
};

} // namespace Paperboy::Core
