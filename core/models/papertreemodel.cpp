// PaperTreeModel: two levels, papers (internal id 0) and sections (internal id = paper row + 1).
#include "papertreemodel.h"

#include "roles.h"

#include <QFont>

#include <algorithm>

namespace Paperboy::Core {

PaperTreeModel::PaperTreeModel(Library *library, QObject *parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
    connect(library, &Library::papersChanged, this, &PaperTreeModel::papersChanged);
    connect(library, &Library::daysChanged, this, &PaperTreeModel::reload);
    connect(library, &Library::tagsChanged, this, &PaperTreeModel::tagsChanged);
    connect(library, &Library::paperMetaChanged, this, &PaperTreeModel::reload);
}

void PaperTreeModel::readTagColors()
{
    m_tagColors.clear();
    for (const TagInfo &t : m_library->annotations().tags())
        m_tagColors.insert(t.name, t.color);
}

void PaperTreeModel::tagsChanged()
{
    // Tags renamed, recoloured, merged, deleted or created: the same rows with other tags.
    readTagColors();
    QStringList ids;
    for (const Row &row : std::as_const(m_papers))
        ids << row.listing.arxivId;
    if (!ids.isEmpty())
        papersChanged(ids, Change::Tags);
}

QList<PaperTreeModel::Row> PaperTreeModel::readDay(const QDate &day) const
{
    QList<Row> rows;
    if (!day.isValid())
        return rows;
    const QHash<QString, QList<SectionHeading>> sections = m_library->catalog().sectionsOfDay(day);
    for (const PaperListing &p : m_library->catalog().papersOfDay(day)) {
        if (p.muted && !m_showMuted && !m_revealed.contains(p.arxivId))
            continue;
        Row row{p, {}};
        // Each summary's sections: the shown one's first, then the other publishers', named.
        const QList<SectionHeading> headings = sections.value(p.arxivId);
        const qint64 shown = headings.isEmpty() ? 0 : headings.first().publisherId;
        for (const SectionHeading &s : headings) {
            SectionRow section{s.kind, s.number ? QStringLiteral("%1. %2").arg(s.number).arg(s.title) : s.title, s.index, s.publisherId};
            if (s.publisherId != shown)
                section.title = tr("%1 — %2").arg(s.publisher, section.title);
            row.sections.append(section);
        }
        rows.append(row);
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
        rows.append(row);
    }
    for (int i = 0; i < rows.size(); ++i)
        rows[i].digestOrder = i;
    sortRows(rows);
    return rows;
}

void PaperTreeModel::sortRows(QList<Row> &rows) const
{
    const auto score = [this](const Row &r) {
        const auto it = m_recommendations.constFind(r.listing.arxivId);
        return it == m_recommendations.cend() ? -1.0 : it->score;
    };
    if (m_ranked)
        std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            const double sa = score(a), sb = score(b);
            return sa != sb ? sa > sb : a.digestOrder < b.digestOrder;
        });
    else
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.digestOrder < b.digestOrder; });
}

std::optional<Recommendation> PaperTreeModel::recommendation(const QString &arxivId) const
{
    const auto it = m_recommendations.constFind(arxivId);
    return it == m_recommendations.cend() ? std::nullopt : std::optional<Recommendation>(*it);
}

QList<PaperListing> PaperTreeModel::listings() const
{
    QList<PaperListing> out;
    out.reserve(m_papers.size());
    for (const Row &row : m_papers)
        out.append(row.listing);
    return out;
}

void PaperTreeModel::setRecommendations(const QHash<QString, Recommendation> &byPaper, Order order)
{
    m_recommendations = byPaper;
    if (order != Order::KeepRows)
        m_ranked = order == Order::Ranked && !byPaper.isEmpty();
    QList<Row> rows = m_papers;
    if (order != Order::KeepRows)
        sortRows(rows);
    bool moved = false;
    for (qsizetype i = 0; !moved && i < rows.size(); ++i)
        moved = rows.at(i).listing.arxivId != m_papers.at(i).listing.arxivId;
    if (moved) {
        // The rows move: persistent indexes (the current paper, its sections) go with them.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> newRow;
        for (int i = 0; i < rows.size(); ++i)
            newRow.insert(rows.at(i).listing.arxivId, i);
        const QModelIndexList from = persistentIndexList();
        QList<int> target(m_papers.size());
        for (int i = 0; i < m_papers.size(); ++i)
            target[i] = newRow.value(m_papers.at(i).listing.arxivId, i);
        setRows(std::move(rows));
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &old : from) {
            if (old.internalId() == 0)
                to << createIndex(target.value(old.row(), old.row()), old.column(), quintptr(0));
            else
                to << createIndex(old.row(), old.column(), quintptr(target.value(int(old.internalId() - 1)) + 1));
        }
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (!m_papers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_papers.size()) - 1, 0), {ForYouScoreRole, ForYouReasonsRole, ClosestStarredRole, ClosestStarredTitleRole, Qt::ToolTipRole, Qt::SizeHintRole});
}

void PaperTreeModel::setRows(QList<Row> rows)
{
    m_papers = std::move(rows);
    m_rowOf.clear();
    for (int i = 0; i < m_papers.size(); ++i)
        if (!m_rowOf.contains(m_papers.at(i).listing.arxivId))
            m_rowOf.insert(m_papers.at(i).listing.arxivId, i);
}

void PaperTreeModel::setDay(const QDate &day)
{
    beginResetModel();
    if (day != m_day) {
        m_revealed.clear();
        m_recommendations.clear(); // another day's papers: ranked again by whoever ranks
    }
    m_day = day;
    readTagColors();
    setRows(readDay(day));
    endResetModel();
}

void PaperTreeModel::setShowMuted(bool show)
{
    if (show == m_showMuted)
        return;
    m_showMuted = show;
    reload();
}

QModelIndex PaperTreeModel::reveal(const QString &arxivId)
{
    if (const QModelIndex shown = indexOfPaper(arxivId); shown.isValid())
        return shown;
    m_revealed << arxivId;
    reload();
    return indexOfPaper(arxivId);
}

void PaperTreeModel::reload()
{
    // The shown day read again after an import or new metadata. The same papers with as many
    // sections each: the rows change in place and the view keeps its current paper and selection.
    // Other papers (the day's digest was replaced): a reset.
    QList<Row> rows = readDay(m_day);
    bool same = rows.size() == m_papers.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).listing.arxivId == m_papers.at(i).listing.arxivId && rows.at(i).sections.size() == m_papers.at(i).sections.size()
            && rows.at(i).noDigest == m_papers.at(i).noDigest;
    if (!same) {
        beginResetModel();
        readTagColors();
        setRows(std::move(rows));
        endResetModel();
        return;
    }
    readTagColors();
    setRows(std::move(rows));
    if (m_papers.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_papers.size()) - 1, 0));
    for (int r = 0; r < m_papers.size(); ++r) {
        const QModelIndex paper = index(r, 0);
        if (const int n = rowCount(paper); n > 0)
            Q_EMIT dataChanged(index(0, 0, paper), index(n - 1, 0, paper));
    }
}

void PaperTreeModel::papersChanged(const QStringList &arxivIds, Changes what)
{
    QList<int> rows;
    for (const QString &id : arxivIds)
        if (const auto it = m_rowOf.constFind(id); it != m_rowOf.cend())
            rows << *it;
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    constexpr Changes flags = Change::Starred | Change::Unstarred | Change::Read | Change::Unread;
    if ((what & ~flags) == Changes()) {
        // The signal says which way: nothing to ask the library.
        for (int r : std::as_const(rows)) {
            PaperListing &p = m_papers[r].listing;
            if (what & Change::Starred)
                p.starred = true;
            if (what & Change::Unstarred)
                p.starred = false;
            if (what & Change::Read)
                p.read = true;
            if (what & Change::Unread)
                p.read = false;
            if (what & Change::Starred)
                p.muted = false; // a starred paper is never muted
        }
        // Unstarred: muted again when a rule matches (the row stays until the day is read again).
        if (what & Change::Unstarred) {
            QStringList listed;
            for (int r : std::as_const(rows))
                if (!m_papers.at(r).noDigest)
                    listed << m_papers.at(r).listing.arxivId;
            if (!listed.isEmpty())
                for (const PaperListing &p : m_library->catalog().papersOfDay(m_day, listed))
                    m_papers[m_rowOf.value(p.arxivId)].listing.muted = p.muted;
        }
    } else {
        QStringList listed;
        for (int r : std::as_const(rows)) {
            Row &row = m_papers[r];
            if (!row.noDigest) {
                listed << row.listing.arxivId;
                continue;
            }
            row.listing.starred = m_library->annotations().isStarred(row.listing.arxivId);
            row.listing.read = m_library->annotations().isRead(row.listing.arxivId);
            row.listing.tags = m_library->annotations().tagsOf(row.listing.arxivId);
        }
        bool newTag = false;
        if (!listed.isEmpty()) {
            for (const PaperListing &p : m_library->catalog().papersOfDay(m_day, listed)) {
                m_papers[m_rowOf.value(p.arxivId)].listing = p;
                for (const QString &t : p.tags)
                    newTag = newTag || !m_tagColors.contains(t);
            }
        }
        if (newTag)
            readTagColors();
    }
    // One dataChanged per run of adjacent rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), 0));
        i = j + 1;
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
        const SectionRow &section = row.sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return section.title;
        case SectionIndexRole: return section.index;
        case SectionKindRole: return section.kind;
        case PublisherRole: return section.publisherId;
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
    case Qt::ToolTipRole: {
        QString tip = row.noDigest ? tr("%1\n%2\nNo digest yet: listed by Hugging Face, shown with its abstract").arg(p.arxivId, p.title)
                                   : QStringLiteral("%1\n%2").arg(p.arxivId, p.title);
        if (p.muted)
            tip += u'\n' + tr("Muted: a mute rule matches its summary");
        if (p.seen == PaperListing::Seen::Again)
            tip += u'\n' + tr("Listed before with the same summary, first on %1").arg(p.firstSeen.toString(Qt::ISODate));
        else if (p.seen == PaperListing::Seen::Updated)
            tip += u'\n' + tr("Updated: listed before with another summary, first on %1").arg(p.firstSeen.toString(Qt::ISODate));
        if (const auto it = m_recommendations.constFind(p.arxivId); it != m_recommendations.cend()) {
            tip += u'\n' + tr("For you: %1%").arg(qRound(it->score * 100));
            if (!it->reasons.isEmpty())
                tip += u'\n' + tr("Because of: %1").arg(it->reasons.join(QStringLiteral(", ")));
            if (!it->closestStarred.isEmpty())
                tip += u'\n' + tr("Closest starred paper: %1 (%2)").arg(it->closestStarredTitle, it->closestStarred);
        }
        return tip;
    }
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
    case MutedRole: return p.muted;
    case SeenRole: return int(p.seen);
    case FirstSeenRole: return p.firstSeen;
    case LaterRole: return p.later;
    case DayPositionRole: return p.position;
    case TitleRole: return p.title;
    case ForYouScoreRole:
    case ForYouReasonsRole:
    case ClosestStarredRole:
    case ClosestStarredTitleRole: {
        const auto it = m_recommendations.constFind(p.arxivId);
        if (it == m_recommendations.cend())
            return {};
        if (role == ForYouScoreRole)
            return it->score;
        if (role == ForYouReasonsRole)
            return it->reasons;
        return role == ClosestStarredRole ? it->closestStarred : it->closestStarredTitle;
    }
    default: return {};
    }
}

QModelIndex PaperTreeModel::indexOfPaper(const QString &arxivId) const
{
    const auto it = m_rowOf.constFind(arxivId);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, 0);
}

} // namespace Paperboy::Core
