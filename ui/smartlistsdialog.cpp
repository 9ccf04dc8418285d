// SmartListsDialog: a list over SmartLists::lists(); every change goes through the store, which
// tells the sidebar (smartListsChanged), and the list is read again.
#include "smartlistsdialog.h"

#include "library/library.h"
#include "search/searchquery.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

SmartListsDialog::SmartListsDialog(Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_edit(new QPushButton(tr("Change &Search…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("smartListsDialog"));
    setWindowTitle(tr("Smart Lists"));
    auto *intro = new QLabel(tr("A smart list is a saved search: words and filters such as tag:NAME, is:unread, is:starred, is:later, "
                                "from:YYYY-MM-DD, to:YYYY-MM-DD and section:results. Save the search shown with Ctrl+D."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("smartListList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Papers"), tr("Search")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const auto button = [](QPushButton *b, const char *name, const QKeySequence &keys, const QString &tip) {
        b->setObjectName(QString::fromLatin1(name));
        b->setShortcut(keys);
        b->setToolTip(tip);
    };
    button(m_rename, "renameButton", QKeySequence(Qt::Key_F2), tr("Give the smart list another name (F2)"));
    button(m_edit, "editButton", QKeySequence(Qt::CTRL | Qt::Key_E), tr("Change the search the smart list runs (Ctrl+E)"));
    button(m_up, "upButton", QKeySequence(Qt::ALT | Qt::Key_Up), tr("One place up in the sidebar (Alt+Up)"));
    button(m_down, "downButton", QKeySequence(Qt::ALT | Qt::Key_Down), tr("One place down in the sidebar (Alt+Down)"));
    button(m_delete, "deleteButton", QKeySequence(Qt::Key_Delete), tr("Delete the smart list; no paper changes (Delete)"));
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Smart List"), tr("Name:"), QLineEdit::Normal, item->text(0), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString query = QInputDialog::getText(this, tr("Change Search"), tr("Search of “%1”:").arg(item->text(0)), QLineEdit::Normal, item->text(2), &ok);
        if (ok)
            setCurrentQuery(query);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &SmartListsDialog::deleteCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SmartListsDialog::updateButtons);
    m_status->setObjectName(QStringLiteral("smartListStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_edit, m_up, m_down, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(640, 360);
    reload();
    m_list->setFocus();
}

void SmartListsDialog::reload(qint64 select)
{
    m_list->clear();
    for (const SmartList &l : m_library->smartLists().lists()) {
        auto *item = new QTreeWidgetItem(m_list, {l.name, QString::number(m_library->smartLists().count(l)), l.query});
        item->setData(0, Qt::UserRole, l.id);
        if (l.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (m_list->topLevelItemCount() == 0)
        m_status->setText(tr("No smart lists yet: search (/), then Ctrl+D saves the search."));
    updateButtons();
}

qint64 SmartListsDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void SmartListsDialog::updateButtons()
{
    const bool any = currentId() != 0;
    for (QPushButton *b : {m_rename, m_edit, m_up, m_down, m_delete})
        b->setEnabled(any);
}

bool SmartListsDialog::report(const Status &s)
{
    if (!s)
        m_status->setText(s.message());
    return bool(s);
}

bool SmartListsDialog::renameCurrent(const QString &name)
{
    const qint64 id = currentId();
    if (!id || !report(m_library->smartLists().rename(id, name)))
        return false;
    m_status->setText(tr("Renamed to “%1”.").arg(name.simplified()));
    reload(id);
    return true;
}

bool SmartListsDialog::setCurrentQuery(const QString &query)
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const SearchQuery parsed = SearchQuery::parse(query);
    if (parsed.isEmpty()) {
        m_status->setText(tr("A smart list needs words or filters."));
        return false;
    }
    if (!report(m_library->smartLists().setQuery(id, query)))
        return false;
    m_status->setText(parsed.errors.isEmpty() ? tr("Search changed.") : parsed.errors.join(QStringLiteral("; ")));
    reload(id);
    return true;
}

bool SmartListsDialog::moveCurrent(int by)
{
    const qint64 id = currentId();
    if (!id || !report(m_library->smartLists().move(id, by)))
        return false;
    reload(id);
    return true;
}

bool SmartListsDialog::deleteCurrent()
{
    const qint64 id = currentId();
    const QString name = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    if (!id || !report(m_library->smartLists().remove(id)))
        return false;
    reload();
    m_status->setText(tr("Deleted “%1”.").arg(name));
    return true;
}

} // namespace Paperboy::Ui
