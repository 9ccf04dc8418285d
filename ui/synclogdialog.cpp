// SyncLogDialog: the sync's settings and state above a list of its runs.
#include "synclogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Paperboy::Ui {

namespace {
enum Column { TimeColumn, ResultColumn, SentColumn, ReceivedColumn, MessageColumn };
}

SyncLogDialog::SyncLogDialog(const Core::SyncStatus &status, const QList<Core::SyncLogEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("syncLogDialog"));
    setWindowTitle(tr("Sync Log"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("syncLogList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Time"), tr("Result"), tr("Sent"), tr("Received"), tr("Message")});
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *now = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::ActionRole);
    now->setAutoDefault(false);
    connect(now, &QPushButton::clicked, this, &SyncLogDialog::syncRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const int width = parent ? std::min(900, std::max(480, parent->width() * 8 / 10)) : 720;
    resize(width, 420);
    setEntries(status, entries);
    m_list->setFocus();
}

void SyncLogDialog::setEntries(const Core::SyncStatus &status, const QList<Core::SyncLogEntry> &entries)
{
    const QLocale locale;
    QStringList lines;
    if (!status.configured) {
        lines << tr("Sync is not set up (File › Set Up Sync).");
    } else {
        lines << tr("Folder: %1").arg(status.dir);
        lines << (status.remote.isEmpty() ? tr("Remote: none (this machine only)") : tr("Remote: %1").arg(status.remote));
        lines << tr("Machine: %1").arg(status.device);
        lines << (status.lastSyncAt.isValid() ? tr("Last sync: %1").arg(locale.toString(status.lastSyncAt.toLocalTime(), QLocale::LongFormat))
                                              : tr("Last sync: never"));
        lines << tr("%n paper(s) changed here since then", nullptr, status.pending);
        if (!status.lastError.isEmpty())
            lines << tr("Last error: %1").arg(status.lastError);
    }
    m_summary->setText(lines.join(u'\n'));

    m_list->clear();
    QList<Core::SyncLogEntry> newest = entries;
    std::sort(newest.begin(), newest.end(), [](const Core::SyncLogEntry &a, const Core::SyncLogEntry &b) { return a.at > b.at; });
    for (const Core::SyncLogEntry &e : newest) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TimeColumn, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(ResultColumn, e.ok ? tr("synced") : tr("failed"));
        item->setText(SentColumn, locale.toString(e.written));
        item->setText(ReceivedColumn, locale.toString(e.received));
        item->setText(MessageColumn, e.message);
        item->setToolTip(MessageColumn, e.message);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = TimeColumn; c < MessageColumn; ++c)
        m_list->resizeColumnToContents(c);
}

QString SyncLogDialog::summary() const
{
    return m_summary->text();
}

} // namespace Paperboy::Ui
