// The day list: one row per day, newest first, with paper, unread and muted counts.
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

    // Loads further days when the view scrolls to the end (200 at a time).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int totalDays() const { return m_total; }

    // Row of a day, loading rows up to it if needed; -1 when the library has no such day.
    int rowOf(const QDate &date);
    QDate dateAt(int row) const;

    static constexpr int PageSize = 200;

public Q_SLOTS:
    void reload();

private:
    // The read state of these papers changed: their days' counts.
    void refreshCounts(const QStringList &arxivIds);

    Library *m_library;
    QList<DayInfo> m_days;
    int m_total = 0;
};

} // namespace Paperboy::Core
