#include "refreshdialogs.h"

#include "network/fetchtask.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using namespace Core;

RefreshRangeDialog::RefreshRangeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("refreshRangeDialog"));
    setWindowTitle(tr("Refresh a Range"));
}

std::optional<std::pair<QDate, QDate>> RefreshRangeDialog::ask(QWidget *parent, const QDate &first, const QDate &last)
{
    RefreshRangeDialog dialog(parent);
    auto *from = new QDateEdit(first, &dialog);
    auto *to = new QDateEdit(last, &dialog);
    from->setObjectName(QStringLiteral("from"));
    to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(QDate::currentDate());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *note = new QLabel(tr("At most %n days at a time; days already in the library cost one request each.", nullptr, FetchTask::MaxDays), &dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Refresh"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair{std::min(from->date(), to->date()), std::max(from->date(), to->date())};
}

RefreshLogDialog::RefreshLogDialog(QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("refreshLog"));
    setWindowTitle(tr("Refresh Log"));
    resize(900, 420);
    m_tree->setObjectName(QStringLiteral("refreshLogTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Source"), tr("Day"), tr("Result"), tr("Papers"), tr("Details"), tr("URL")});
    m_tree->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
}

void RefreshLogDialog::setResults(const QList<FetchDayResult> &results, bool running)
{
    m_tree->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const FetchDayResult &r : results) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, r.source);
        item->setText(1, r.day.toString(Qt::ISODate));
        switch (r.outcome) {
        case FetchDayResult::Outcome::Imported: item->setText(2, tr("new")); break;
        case FetchDayResult::Outcome::Unchanged: item->setText(2, tr("unchanged")); break;
        case FetchDayResult::Outcome::Failed:
            item->setText(2, tr("failed"));
            item->setIcon(2, warning);
            break;
        }
        item->setText(3, r.papers > 0 ? QString::number(r.papers) : QString());
        item->setText(4, r.ok() ? r.note : r.error.message());
        item->setText(5, r.url);
        item->setData(0, Qt::UserRole, r.error.key());
    }
    if (results.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(4, running ? tr("The refresh is running…") : tr("Nothing was refreshed since Paperboy started."));
    }
    m_tree->sortByColumn(1, Qt::DescendingOrder);
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace Paperboy::Ui
