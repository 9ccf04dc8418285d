// DayListModel: reads the days through Library and follows its change signals.
#include "daylistmodel.h"

#include "roles.h"

#include <QFont>
#include <QLocale>

namespace Paperboy::Core {

DayListModel::DayListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &Library::daysChanged, this, &DayListModel::reload);
    connect(library, &Library::paperChanged, this, &DayListModel::refreshCounts);
    reload();
}

void DayListModel::reload()
{
    beginResetModel();
    m_days = m_library->days();
    endResetModel();
}

void DayListModel::refreshCounts()
{
    const QList<DayInfo> fresh = m_library->days();
    if (fresh.size() != m_days.size()) {
        reload();
        return;
    }
    m_days = fresh;
    if (!m_days.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_days.size()) - 1));
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const DayInfo &d = m_days.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = QLocale().toString(d.date, QLocale::ShortFormat);
        return d.unreadCount > 0 ? tr("%1  (%2 / %3)").arg(date).arg(d.unreadCount).arg(d.paperCount)
                                 : tr("%1  (%2)").arg(date).arg(d.paperCount);
    }
    case Qt::ToolTipRole:
        return tr("%1: %n paper(s)", nullptr, d.paperCount).arg(QLocale().toString(d.date, QLocale::LongFormat))
             + u'\n' + tr("%n unread", nullptr, d.unreadCount);
    case Qt::FontRole: {
        QFont f;
        f.setBold(d.unreadCount > 0);
        return f;
    }
    case DateRole: return d.date;
    case PaperCountRole: return d.paperCount;
    case UnreadCountRole: return d.unreadCount;
    default: return {};
    }
}

int DayListModel::rowOf(const QDate &date) const
{
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i).date == date)
            return i;
    return -1;
}

QDate DayListModel::dateAt(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days.at(row).date : QDate();
}

} // namespace Paperboy::Core
