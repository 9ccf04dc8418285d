// TagModel: two fixed rows, then the tags; counts re-read when the library says something changed.
#include "tagmodel.h"

#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Paperboy::Core {

QIcon TagModel::swatch(const QString &color)
{
    // A small dot in the tag's colour, outlined so a pale or grey one is seen on any background.
    static QHash<QString, QIcon> made;
    if (const auto it = made.constFind(color); it != made.cend())
        return *it;
    QIcon icon;
    for (const int size : {SwatchSize, SwatchSize * 2}) {
        QPixmap dot(size, size);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor fill(color);
        p.setBrush(fill);
        p.setPen(QPen(fill.darker(160), size / 8.0));
        const qreal inset = size / 6.0;
        p.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        p.end();
        icon.addPixmap(dot);
    }
    made.insert(color, icon);
    return icon;
}

TagModel::TagModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &Library::papersChanged, this, &TagModel::papersChanged);
    connect(library, &Library::tagsChanged, this, &TagModel::reload);
    connect(library, &Library::daysChanged, this, &TagModel::reload);
    reload();
}

void TagModel::reload()
{
    // Counts read again (an import, a renamed or recoloured tag), changed in place.
    if (const int starred = m_library->annotations().starredCount(); std::exchange(m_starred, starred) != starred)
        Q_EMIT dataChanged(index(StarredRow), index(StarredRow));
    if (const int unread = m_library->annotations().unreadPaperCount(); std::exchange(m_unread, unread) != unread)
        Q_EMIT dataChanged(index(UnreadRow), index(UnreadRow));
    setTags(m_library->annotations().tags());
}

void TagModel::setTags(const QList<TagInfo> &fresh)
{
    // Rows change in place while the same tags are listed; another set of tags resets the model.
    bool sameTags = fresh.size() == m_tags.size();
    for (qsizetype i = 0; sameTags && i < fresh.size(); ++i)
        sameTags = fresh.at(i).id == m_tags.at(i).id;
    if (!sameTags) {
        beginResetModel();
        m_tags = fresh;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const TagInfo &f = fresh.at(i), &known = m_tags.at(i);
        if (f.count == known.count && f.name == known.name && f.color == known.color)
            continue;
        m_tags[i] = f;
        Q_EMIT dataChanged(index(int(i) + 2), index(int(i) + 2));
    }
}

void TagModel::papersChanged(const QStringList &arxivIds, Changes what)
{
    // Stars and read state say which way they changed, and only for papers whose state did: the
    // counts move by the papers some digest lists, no count over the library needed.
    if (what & (Change::Starred | Change::Unstarred | Change::Read | Change::Unread)) {
        const int listed = m_library->catalog().countListed(arxivIds);
        if (what & Change::Starred)
            m_starred += listed;
        if (what & Change::Unstarred)
            m_starred -= listed;
        if (what & Change::Read)
            m_unread -= listed;
        if (what & Change::Unread)
            m_unread += listed;
        const int first = what & (Change::Starred | Change::Unstarred) ? 0 : 1;
        const int last = what & (Change::Read | Change::Unread) ? 1 : 0;
        Q_EMIT dataChanged(index(first), index(last));
    }
    if (what & Change::Tags)
        setTags(m_library->annotations().tags());
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
    case Qt::DecorationRole: return tag ? QVariant(swatch(tag->color)) : QVariant();
    case FilterKindRole: return kind;
    case TagNameRole: return tag ? tag->name : QString();
    case TagCountRole: return kind == StarredRow ? m_starred : kind == UnreadRow ? m_unread : tag->count;
    case TagColorRole: return tag ? tag->color : QString();
    default: return {};
    }
}

} // namespace Paperboy::Core
