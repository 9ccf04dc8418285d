// CompareModel: cells are section bodies; "other" gathers the sections outside the seven, titled.
#include "comparemodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Paperboy::Core {

CompareModel::CompareModel(Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    connect(library, &Library::papersChanged, this, [this](const QStringList &ids, Changes what) {
        if (what & (Change::Tags | Change::Note))
            for (const QString &id : ids)
                refreshPaper(id);
    });
    connect(library, &Library::tagsChanged, this, [this] {
        for (Column &c : m_columns)
            c.tags = m_library->annotations().tagsOf(c.paper.listing.arxivId);
        if (!m_columns.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    });
}

void CompareModel::refreshPaper(const QString &arxivId)
{
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &c = m_columns[i];
        if (c.paper.listing.arxivId != arxivId)
            continue;
        const QStringList tags = m_library->annotations().tagsOf(arxivId);
        const QString note = m_library->annotations().note(arxivId);
        if (tags != c.tags) {
            c.tags = tags;
            Q_EMIT headerDataChanged(Qt::Horizontal, i, i);
        }
        if (note != c.note) {
            const bool hadNotesRow = m_rows.contains(QStringLiteral("notes"));
            c.note = note;
            const QStringList before = m_rows;
            rebuildRows();
            if (m_rows != before) {
                // The notes row appears or goes: a structural change.
                m_rows = before;
                beginResetModel();
                rebuildRows();
                endResetModel();
            } else if (hadNotesRow) {
                const QModelIndex cell = index(int(m_rows.indexOf(QStringLiteral("notes"))), i);
                Q_EMIT dataChanged(cell, cell);
            }
        }
    }
}

QList<std::pair<int, int>> CompareModel::numberSpans(const QString &text)
{
    // A sign, digits with thousands separators and a decimal part, then an optional unit. A bare
    // one-digit integer only counts with a unit.
    static const QRegularExpression number(QStringLiteral(R"((?<![\w.])[+\-−±]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:%p|%|pp|×|x(?![A-Za-z])|배|점))?)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression unit(QStringLiteral("(%p|%|pp|×|x|배|점)$"));
    QList<std::pair<int, int>> out;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString s = m.captured(0);
        const bool hasUnit = unit.match(s).hasMatch();
        const bool decimal = s.contains(u'.') || s.contains(u',');
        qsizetype digits = 0;
        for (QChar ch : s)
            digits += ch.isDigit() ? 1 : 0;
        if (!hasUnit && !decimal && digits < 2)
            continue;
        out.append({int(m.capturedStart(0)), int(m.capturedLength(0))});
    }
    return out;
}

void CompareModel::setShowNotes(bool show)
{
    if (show == m_showNotes)
        return;
    beginResetModel();
    m_showNotes = show;
    rebuildRows();
    endResetModel();
}

QString CompareModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{{QStringLiteral("motivation"), QT_TRANSLATE_NOOP("CompareModel", "Motivation")},
                                                     {QStringLiteral("contributions"), QT_TRANSLATE_NOOP("CompareModel", "Contributions")},
                                                     {QStringLiteral("method"), QT_TRANSLATE_NOOP("CompareModel", "Method")},
                                                     {QStringLiteral("experiments"), QT_TRANSLATE_NOOP("CompareModel", "Experiments")},
                                                     {QStringLiteral("results"), QT_TRANSLATE_NOOP("CompareModel", "Results")},
                                                     {QStringLiteral("limitations"), QT_TRANSLATE_NOOP("CompareModel", "Limitations")},
                                                     {QStringLiteral("future_work"), QT_TRANSLATE_NOOP("CompareModel", "Future work")},
                                                     {QStringLiteral("other"), QT_TRANSLATE_NOOP("CompareModel", "Other")},
                                                     {QStringLiteral("notes"), QT_TRANSLATE_NOOP("CompareModel", "Your notes")}};
    return QCoreApplication::translate("CompareModel", labels.value(kind, "Other"));
}

void CompareModel::setPapers(const QStringList &arxivIds)
{
    beginResetModel();
    m_columns.clear();
    for (const QString &column : arxivIds) {
        // "ID@PUBLISHER": that publisher's summary of the paper (summariesOf).
        const QString id = column.section(u'@', 0, 0);
        const qint64 publisher = column.section(u'@', 1).toLongLong();
        if (auto p = m_library->catalog().paper(id, {}, publisher))
            m_columns.append({*p, m_library->annotations().tagsOf(id), m_library->annotations().note(id), publisher ? p->summary.publisherId : 0});
    }
    rebuildRows();
    endResetModel();
}

QStringList CompareModel::papers() const
{
    QStringList ids;
    for (const Column &c : m_columns)
        ids << (c.publisher ? QStringLiteral("%1@%2").arg(c.paper.listing.arxivId).arg(c.publisher) : c.paper.listing.arxivId);
    return ids;
}

QStringList CompareModel::summariesOf(const Library &library, const QString &arxivId)
{
    QStringList columns;
    if (const auto paper = library.catalog().paper(arxivId))
        for (const SummaryRef &r : paper->summaries)
            columns << QStringLiteral("%1@%2").arg(arxivId).arg(r.publisherId);
    return columns;
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
    bool anyNote = false;
    for (const Column &c : m_columns)
        anyNote = anyNote || !c.note.trimmed().isEmpty();
    if (m_showNotes && anyNote)
        m_rows << QStringLiteral("notes");
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
    if (kind == QLatin1StringView("notes") && !c.note.trimmed().isEmpty())
        parts << c.note;
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
    case ArxivIdRole: return c.paper.listing.arxivId;
    case PublisherRole: return c.paper.summary.publisherId;
    case DateRole: return c.paper.listing.day;
    case SectionKindRole: return kind;
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
        if (role == SectionKindRole)
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
        if (c.paper.summaries.size() > 1)
            text += u'\n' + tr("summary by %1").arg(c.paper.summary.publisher);
        if (!c.tags.isEmpty())
            text += u'\n' + c.tags.join(QStringLiteral(" · "));
        return text;
    }
    case Qt::ToolTipRole: return headerData(section, orientation, Qt::DisplayRole); // the whole of what a narrow column cuts
    case TitleRole: return c.paper.listing.title;
    case ArxivIdRole: return c.paper.listing.arxivId;
    case DateRole: return c.paper.listing.day;
    default: return {};
    }
}

} // namespace Paperboy::Core
