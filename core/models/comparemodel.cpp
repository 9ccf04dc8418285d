// CompareModel: cells are section bodies; "other" gathers the sections outside the seven, titled.
#include "comparemodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Paperboy::Core {

CompareModel::CompareModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
}

QString CompareModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("motivation"), QT_TRANSLATE_NOOP("CompareModel", "Motivation")},
        {QStringLiteral("contributions"), QT_TRANSLATE_NOOP("CompareModel", "Contributions")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("CompareModel", "Method")},
        {QStringLiteral("experiments"), QT_TRANSLATE_NOOP("CompareModel", "Experiments")},
        {QStringLiteral("results"), QT_TRANSLATE_NOOP("CompareModel", "Results")},
        {QStringLiteral("limitations"), QT_TRANSLATE_NOOP("CompareModel", "Limitations")},
        {QStringLiteral("future_work"), QT_TRANSLATE_NOOP("CompareModel", "Future work")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("CompareModel", "Other")}};
    return QCoreApplication::translate("CompareModel", labels.value(kind, "Other"));
}

void CompareModel::setPapers(const QStringList &arxivIds)
{
    beginResetModel();
    m_columns.clear();
    for (const QString &id : arxivIds) {
        if (auto p = m_library->paper(id))
            m_columns.append({*p, m_library->tagsOf(id)});
    }
    rebuildRows();
    endResetModel();
}

QStringList CompareModel::papers() const
{
    QStringList ids;
    for (const Column &c : m_columns)
        ids << c.paper.listing.arxivId;
    return ids;
}

void CompareModel::setVisibleKinds(const QStringList &kinds)
{
    beginResetModel();
    m_visible = kinds;
    rebuildRows();
    endResetModel();
}

void CompareModel::rebuildRows()
{
    m_rows.clear();
    for (SectionKind k : canonicalSectionKinds())
        m_rows << sectionKindName(k);
    bool anyOther = false;
    for (const Column &c : m_columns)
        for (const Section &s : c.paper.sections)
            anyOther = anyOther || s.kind == SectionKind::Other;
    if (anyOther)
        m_rows << QStringLiteral("other");
    if (!m_visible.isEmpty()) {
        QStringList kept;
        for (const QString &r : std::as_const(m_rows))
            if (m_visible.contains(r))
                kept << r;
        m_rows = kept;
    }
}

bool CompareModel::moveColumn(int from, int to)
{
    if (from < 0 || from >= m_columns.size() || to < 0 || to >= m_columns.size() || from == to)
        return false;
    beginMoveColumns({}, from, from, {}, to > from ? to + 1 : to);
    m_columns.move(from, to);
    endMoveColumns();
    return true;
}

bool CompareModel::removePaper(int column)
{
    if (column < 0 || column >= m_columns.size())
        return false;
    beginRemoveColumns({}, column, column);
    m_columns.removeAt(column);
    endRemoveColumns();
    return true;
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Column &c = m_columns.at(index.column());
    const QString kind = m_rows.at(index.row());
    QStringList parts;
    for (const Section &s : c.paper.sections) {
        if (sectionKindName(s.kind) != kind)
            continue;
        parts << (kind == QLatin1StringView("other") ? QStringLiteral("**%1**\n\n%2").arg(s.title, s.body) : s.body);
    }
    const QString markdown = parts.join(QStringLiteral("\n\n"));
    switch (role) {
    case Qt::DisplayRole:
    case MarkdownRole: return markdown;
    case MissingRole: return parts.isEmpty();
    case ArxivIdRole2: return c.paper.listing.arxivId;
    case DayRole: return c.paper.listing.day;
    case KindRole: return kind;
    case Qt::ToolTipRole: return QStringLiteral("%1 — %2").arg(c.paper.listing.title, kindLabel(kind));
    default: return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        if (role == Qt::DisplayRole)
            return kindLabel(m_rows.at(section));
        if (role == KindRole)
            return m_rows.at(section);
        return {};
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = c.paper.listing.title.isEmpty() ? c.paper.listing.arxivId : c.paper.listing.title;
        text += QStringLiteral("\n%1 · %2").arg(c.paper.listing.arxivId, QLocale().toString(c.paper.listing.day, QLocale::ShortFormat));
        if (!c.tags.isEmpty())
            text += u'\n' + c.tags.join(QStringLiteral(" · "));
        return text;
    }
    case TitleRole: return c.paper.listing.title;
    case ArxivIdRole2: return c.paper.listing.arxivId;
    case DayRole: return c.paper.listing.day;
    default: return {};
    }
}

} // namespace Paperboy::Core
