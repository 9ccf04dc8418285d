// TagModel: two fixed rows, then the tags; counts re-read when the library says something changed.
#include "tagmodel.h"

#include <QColor>
#include <QCoreApplication>

namespace Paperboy::Core {

TagModel::TagModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &Library::paperChanged, this, &TagModel::reload);
    connect(library, &Library::tagsChanged, this, &TagModel::reload);
    connect(library, &Library::daysChanged, this, &TagModel::reload);
    reload();
}

void TagModel::reload()
{
    beginResetModel();
    m_starred = m_library->annotations().starredCount();
    m_unread = m_library->annotations().unreadPaperCount();
    m_tags = m_library->annotations().tags();
    endResetModel();
}

int TagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 + int(m_tags.size());
}

QVariant TagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int kind = row == 0 ? StarredRow : row == 1 ? UnreadRow : TagRow;
    const TagInfo *tag = kind == TagRow ? &m_tags.at(row - 2) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (kind == StarredRow)
            return QCoreApplication::translate("TagModel", "★ Starred (%1)").arg(m_starred);
        if (kind == UnreadRow)
            return QCoreApplication::translate("TagModel", "Unread (%1)").arg(m_unread);
        return QStringLiteral("%1 (%2)").arg(tag->name).arg(tag->count);
    case Qt::DecorationRole: return tag ? QVariant(QColor(tag->color)) : QVariant();
    case KindRole: return kind;
    case NameRole: return tag ? tag->name : QString();
    case CountRole: return kind == StarredRow ? m_starred : kind == UnreadRow ? m_unread : tag->count;
    case ColorRole: return tag ? tag->color : QString();
    default: return {};
    }
}

} // namespace Paperboy::Core
