// CompareTray: a list refreshed whenever the marks change.
#include "comparetray.h"

#include "library/library.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paperboy::Ui {

namespace {
enum { ArxivIdRole = Qt::UserRole + 1, DayRole };
}

CompareTray::CompareTray(Core::Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("compareTray"));
    m_list->setObjectName(QStringLiteral("compareTrayList"));
    m_list->setAccessibleName(tr("Papers marked for comparison"));
    m_hint->setWordWrap(true);
    m_compare->setToolTip(tr("Open the marked papers side by side (C)"));
    m_clear->setToolTip(tr("Unmark every paper (Shift+X)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    connect(m_compare, &QPushButton::clicked, this, &CompareTray::compareRequested);
    connect(m_clear, &QPushButton::clicked, this, &CompareTray::clearRequested);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT paperActivated(item->data(DayRole).toDate(), item->data(ArxivIdRole).toString()); });
    connect(library, &Core::Library::marksChanged, this, &CompareTray::refresh);
    connect(library, &Core::Library::daysChanged, this, &CompareTray::refresh);
    refresh();
}

QStringList CompareTray::papers() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(ArxivIdRole).toString();
    return ids;
}

void CompareTray::refresh()
{
    m_list->clear();
    const QStringList marked = m_library->annotations().markedPapers();
    for (const QString &id : marked) {
        const auto paper = m_library->catalog().paper(id);
        // A mark outlives its digest (deleted day): it stays listed so it can be unmarked.
        const QString title = paper ? paper->listing.title : tr("(not in the library)");
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(title, id), m_list);
        item->setData(ArxivIdRole, id);
        item->setData(DayRole, paper ? paper->listing.day : QDate());
        item->setToolTip(title);
    }
    m_hint->setText(marked.size() < 2 ? tr("Mark papers with X (2 to 6), then press C.") : tr("%n paper(s) marked.", nullptr, int(marked.size())));
    m_compare->setEnabled(marked.size() >= 2);
    m_clear->setEnabled(!marked.isEmpty());
}

} // namespace Paperboy::Ui
