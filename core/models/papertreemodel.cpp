// PaperTreeModel: two levels, papers (internal id 0) and sections (internal id = paper row + 1).
#include "papertreemodel.h"

#include "roles.h"

#include <QFont>

namespace Paperboy::Core {

PaperTreeModel::PaperTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
    connect(library, &Library::paperChanged, this, &PaperTreeModel::refreshPaper);
    connect(library, &Library::daysChanged, this, [this] { setDay(m_day); });
    connect(library, &Library::tagsChanged, this, [this] { setDay(m_day); });
    connect(library, &Library::paperMetaChanged, this, [this] { setDay(m_day); });
}

void PaperTreeModel::setDay(const QDate &day)
{
    beginResetModel();
    m_day = day;
    m_papers.clear();
    m_tagColors.clear();
    for (const TagInfo &t : m_library->annotations().tags())
        m_tagColors.insert(t.name, t.color);
    if (day.isValid()) {
        for (const PaperListing &p : m_library->catalog().papersOfDay(day)) {
            Row row{p, {}};
            if (auto detail = m_library->catalog().paper(p.arxivId, day))
                for (const Section &s : detail->sections)
                    row.sections.append({sectionKindName(s.kind), s.number ? QStringLiteral("%1. %2").arg(s.number).arg(s.title) : s.title});
            m_papers.append(row);
        }
        // Papers Hugging Face listed that no digest has yet, after the digest's own.
        for (const PaperMeta &m : m_library->network().papersWithoutDigest(day)) {
            Row row;
            row.listing.arxivId = m.arxivId;
            row.listing.day = day;
            row.listing.title = m.title;
            row.listing.starred = m_library->annotations().isStarred(m.arxivId);
            row.listing.read = m_library->annotations().isRead(m.arxivId);
            row.listing.tags = m_library->annotations().tagsOf(m.arxivId);
            row.noDigest = true;
            m_papers.append(row);
        }
    }
    endResetModel();
}

void PaperTreeModel::refreshPaper(const QString &arxivId)
{
    const QModelIndex idx = indexOfPaper(arxivId);
    if (!idx.isValid())
        return;
    Row &row = m_papers[idx.row()];
    if (row.noDigest) {
        row.listing.starred = m_library->annotations().isStarred(arxivId);
        row.listing.read = m_library->annotations().isRead(arxivId);
        row.listing.tags = m_library->annotations().tagsOf(arxivId);
        Q_EMIT dataChanged(idx, idx);
        return;
    }
    const auto fresh = m_library->catalog().papersOfDay(m_day);
    for (const auto &p : fresh) {
        if (p.arxivId == arxivId) {
            m_papers[idx.row()].listing = p;
            for (const QString &t : p.tags)
                if (!m_tagColors.contains(t))
                    for (const TagInfo &info : m_library->annotations().tags())
                        m_tagColors.insert(info.name, info.color);
            Q_EMIT dataChanged(idx, idx);
            return;
        }
    }
}

QModelIndex PaperTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_papers.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_papers.size())
        return {};
    return row < m_papers.at(parent.row()).sections.size() ? createIndex(row, 0, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex PaperTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PaperTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_papers.size());
    if (parent.internalId() == 0 && parent.row() < m_papers.size())
        return int(m_papers.at(parent.row()).sections.size());
    return 0;
}

int PaperTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PaperTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isSection = index.internalId() != 0;
    const Row &row = m_papers.at(isSection ? int(index.internalId() - 1) : index.row());
    const PaperListing &p = row.listing;
    if (isSection) {
        const auto &[kind, title] = row.sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return title;
        case SectionIndexRole: return index.row();
        case SectionKindRole: return kind;
        case ArxivIdRole: return p.arxivId;
        case DateRole: return p.day;
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: {
        QString text = p.title.isEmpty() ? p.arxivId : p.title;
        if (p.starred)
            text.prepend(QStringLiteral("★ "));
        return text;
    }
    case Qt::ToolTipRole:
        return row.noDigest ? tr("%1\n%2\nNo digest yet: listed by Hugging Face, shown with its abstract").arg(p.arxivId, p.title)
                            : QStringLiteral("%1\n%2").arg(p.arxivId, p.title);
    case NoDigestRole: return row.noDigest;
    case Qt::FontRole: {
        QFont f;
        f.setBold(!p.read);
        return f;
    }
    case ArxivIdRole: return p.arxivId;
    case DateRole: return p.day;
    case StarredRole: return p.starred;
    case ReadRole: return p.read;
    case MarkedRole: return p.marked;
    case TagsRole: return p.tags;
    case TagColorsRole: {
        QStringList colors;
        for (const QString &t : p.tags)
            colors << m_tagColors.value(t, QStringLiteral("#7f8c8d"));
        return colors;
    }
    case SectionIndexRole: return -1;
    default: return {};
    }
}

QModelIndex PaperTreeModel::indexOfPaper(const QString &arxivId) const
{
    for (int i = 0; i < m_papers.size(); ++i)
        if (m_papers.at(i).listing.arxivId == arxivId)
            return index(i, 0);
    return {};
}

} // namespace Paperboy::Core
