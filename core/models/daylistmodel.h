// The day list: one row per day, newest first, with paper and unread counts.
#pragma once

#include "library/library.h"

#include <QAbstractListModel>

namespace Paperboy::Core {

class DayListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit DayListModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QDate &date) const;
    QDate dateAt(int row) const;

public Q_SLOTS:
    void reload();
    void refreshCounts();

private:
    Library *m_library;
    QList<DayInfo> m_days;
};

} // namespace Paperboy::Core
