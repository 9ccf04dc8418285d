// PublishersDialog: a list over Publishers::all(); its two changes go through the library, which
// tells the reader (daysChanged), and the list is read again.
#include "publishersdialog.h"

#include "library/library.h"
#include "library/publishers.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paperboy::Ui {

PublishersDialog::PublishersDialog(Core::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_prefer(new QPushButton(tr("&Prefer"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
{
    setObjectName(QStringLiteral("publishersDialog"));
    setWindowTitle(tr("Publishers"));
    auto *intro = new QLabel(tr("When several publishers summarised a paper, the preferred one's summary is shown first "
                                "and its order of the day's papers is kept; P shows the next one."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("publisherList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Digests"), tr("Place")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_prefer->setObjectName(QStringLiteral("preferButton"));
    m_prefer->setToolTip(tr("Show this publisher's summaries first (Ctrl+P)"));
    m_prefer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setToolTip(tr("Give this publisher the name the reader shows (F2)"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_prefer, &QPushButton::clicked, this, &PublishersDialog::preferCurrent);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Publisher"), tr("Name for %1:").arg(item->text(2)), QLineEdit::Normal,
                                                   item->data(0, Qt::UserRole + 1).toString(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PublishersDialog::updateButtons);
    m_status->setObjectName(QStringLiteral("publisherStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_prefer);
    buttons->addWidget(m_rename);
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
    reload();
    m_list->setFocus();
    resize(560, 340);
}

void PublishersDialog::reload()
{
    const qint64 keep = currentId();
    m_list->clear();
    bool first = true;
    for (const Core::PublisherInfo &p : m_library->publishers().all()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, first ? tr("%1 (preferred)").arg(p.name) : p.name);
        item->setData(0, Qt::UserRole, p.id);
        item->setData(0, Qt::UserRole + 1, p.name);
        if (first) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        item->setText(1, QLocale().toString(p.digests));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, p.key);
        item->setToolTip(2, p.key);
        if (p.id == keep || (first && keep == 0))
            m_list->setCurrentItem(item);
        first = false;
    }
    if (m_list->topLevelItemCount() == 0)
        m_status->setText(tr("No digests yet: publishers appear as digests are imported or fetched."));
    updateButtons();
}

void PublishersDialog::updateButtons()
{
    // The preferred publisher is the first row: preferring it again would change nothing.
    m_prefer->setEnabled(m_list->currentItem() && m_list->indexOfTopLevelItem(m_list->currentItem()) > 0);
    m_rename->setEnabled(m_list->currentItem() != nullptr);
}

qint64 PublishersDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

bool PublishersDialog::report(const Core::Status &status, const QString &done)
{
    m_status->setText(status ? done : tr("Not saved: %1").arg(status.message()));
    reload();
    return status.ok();
}

bool PublishersDialog::preferCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    const QString name = m_list->currentItem()->data(0, Qt::UserRole + 1).toString();
    return report(m_library->publishers().prefer(id), tr("Summaries by %1 are shown first.").arg(name));
}

bool PublishersDialog::renameCurrent(const QString &name)
{
    const qint64 id = currentId();
    if (id == 0)
        return false;
    return report(m_library->publishers().rename(id, name), tr("Renamed to %1.").arg(name.trimmed()));
}

} // namespace Paperboy::Ui
