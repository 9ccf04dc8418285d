// DayListModel: reads the days through Library and follows its change signals.
#include "daylistmodel.h"

#include "common/daylabel.h"
#include "roles.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Paperboy::Core {

DayListModel::DayListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &Library::daysChanged, this, &DayListModel::reload);
    connect(library, &Library::paperMetaChanged, this, &DayListModel::reload);
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Changes what) {
        // A star unmutes a paper (MuteRules): the muted and unread counts move.
        if (what & (Change::Read | Change::Unread | Change::Starred | Change::Unstarred))
            refreshCounts(ids);
    });
    m_total = m_library->catalog().readerDayCount();
    m_days = m_library->catalog().readerDays(0, PageSize);
}

void DayListModel::reload()
{
    // The days read again, as many as are loaded plus the new ones, merged into the rows by date
    // (both newest first): new days inserted, gone ones removed, changed counts updated in place,
    // so the view keeps its current day and nothing is reset.
    const int total = m_library->catalog().readerDayCount();
    const int wanted = std::max<int>(PageSize, int(m_days.size()) + std::max(0, total - m_total));
    const QList<DayInfo> fresh = m_library->catalog().readerDays(0, wanted);
    m_total = total;
    int row = 0;
    const auto removeRows = [this](int first, int last) {
        beginRemoveRows({}, first, last);
        m_days.remove(first, last - first + 1);
        endRemoveRows();
    };
    for (const DayInfo &d : fresh) {
        int gone = row;
        while (gone < m_days.size() && m_days.at(gone).date > d.date)
            ++gone;
        if (gone > row)
            removeRows(row, gone - 1);
        if (row < m_days.size() && m_days.at(row).date == d.date) {
            DayInfo &known = m_days[row];
            if (known.paperCount != d.paperCount || known.unreadCount != d.unreadCount || known.withoutDigest != d.withoutDigest
                || known.mutedCount != d.mutedCount) {
                known = d;
                Q_EMIT dataChanged(index(row), index(row));
            }
        } else {
            beginInsertRows({}, row, row);
            m_days.insert(row, d);
            endInsertRows();
        }
        ++row;
    }
    if (row < m_days.size())
        removeRows(row, int(m_days.size()) - 1);
}

void DayListModel::refreshCounts(const QStringList &arxivIds)
{
    // Only the days that list the papers, counted again in one query and changed in place.
    const QList<DayInfo> fresh = m_library->catalog().readerDaysOf(arxivIds);
    for (const DayInfo &d : fresh) {
        for (int row = 0; row < m_days.size(); ++row) {
            if (m_days.at(row).date != d.date)
                continue;
            DayInfo &known = m_days[row];
            if (known.paperCount != d.paperCount || known.unreadCount != d.unreadCount || known.withoutDigest != d.withoutDigest
                || known.mutedCount != d.mutedCount) {
                known = d;
                Q_EMIT dataChanged(index(row), index(row));
            }
            break;
        }
    }
}

bool DayListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_days.size() < m_total;
}

void DayListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<DayInfo> more = m_library->catalog().readerDays(int(m_days.size()), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_days.size());
        return;
    }
    beginInsertRows({}, int(m_days.size()), int(m_days.size() + more.size()) - 1);
    m_days += more;
    endInsertRows();
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
        const QString date = dayLabel(d.date);
        if (d.paperCount == 0)
            return tr("%1  (%2, no digest)").arg(date).arg(d.withoutDigest);
        return d.unreadCount > 0 ? tr("%1  (%2 / %3)").arg(date).arg(d.unreadCount).arg(d.paperCount) : tr("%1  (%2)").arg(date).arg(d.paperCount);
    }
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %n paper(s)", nullptr, d.paperCount).arg(QLocale().toString(d.date, QLocale::LongFormat)) + u'\n'
            + tr("%n unread", nullptr, d.unreadCount);
        if (d.withoutDigest > 0)
            tip += u'\n' + tr("%n more listed by Hugging Face without a digest", nullptr, d.withoutDigest);
        if (d.mutedCount > 0)
            tip += u'\n' + tr("%n muted (hidden by a mute rule)", nullptr, d.mutedCount);
        return tip;
    }
    case Qt::FontRole: {
        QFont f;
        f.setBold(d.unreadCount > 0);
        f.setItalic(d.paperCount == 0);
        return f;
    }
    case NoDigestRole: return d.withoutDigest;
    case DateRole: return d.date;
    case PaperCountRole: return d.paperCount;
    case UnreadCountRole: return d.unreadCount;
    case MutedRole: return d.mutedCount;
    default: return {};
    }
}

int DayListModel::rowOf(const QDate &date)
{
    for (;;) {
        for (int i = 0; i < m_days.size(); ++i)
            if (m_days.at(i).date == date)
                return i;
        // Days are newest first: an older day than the last loaded one may be further down.
        if (!canFetchMore({}) || (!m_days.isEmpty() && m_days.last().date < date))
            return -1;
        fetchMore({});
    }
}

QDate DayListModel::dateAt(int row) const
{
    return row >= 0 && row < m_days.size() ? m_days.at(row).date : QDate();
}

} // namespace Paperboy::Core
