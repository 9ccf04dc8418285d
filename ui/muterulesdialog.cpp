// MuteRulesDialog: a field, the list of rules and a line for what happened; the keys do everything.
#include "muterulesdialog.h"

#include "library/library.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Paperboy::Ui {

MuteRulesDialog::MuteRulesDialog(Core::Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("muteRulesDialog"));
    setWindowTitle(tr("Mute Rules"));
    auto *about = new QLabel(tr("Papers whose title, summary or authors have one of these words or phrases are hidden from their day "
                                "unless starred. Korean matches with or without spaces (강화학습, 강화 학습), English in any case. "
                                "View › Show Muted Papers shows them."),
                             this);
    about->setWordWrap(true);
    m_field->setObjectName(QStringLiteral("muteRuleField"));
    m_field->setPlaceholderText(tr("A word or phrase, then Enter"));
    m_field->setClearButtonEnabled(true);
    auto *fieldLabel = new QLabel(tr("&Mute:"), this);
    fieldLabel->setBuddy(m_field);
    m_list->setObjectName(QStringLiteral("muteRuleList"));
    m_list->installEventFilter(this);
    auto *listLabel = new QLabel(tr("&Rules (Delete removes one):"), this);
    listLabel->setBuddy(m_list);
    m_message->setObjectName(QStringLiteral("muteRuleMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *remove = buttons->addButton(tr("Remo&ve"), QDialogButtonBox::ActionRole);
    // Return belongs to the field (it adds a rule): no button takes it.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(remove, &QPushButton::clicked, this, &MuteRulesDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (!m_field->text().trimmed().isEmpty() && addRule(m_field->text()))
            m_field->clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    auto *row = new QHBoxLayout;
    row->addWidget(fieldLabel);
    row->addWidget(m_field, 1);
    layout->addLayout(row);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    m_field->setFocus();
    resize(460, 380);
}

QString MuteRulesDialog::message() const
{
    return m_message->text();
}

void MuteRulesDialog::reload(const QString &select)
{
    m_list->clear();
    for (const Core::MuteRule &rule : m_library->muteRules().rules()) {
        auto *item = new QListWidgetItem(tr("%1 (%n paper(s) muted)", nullptr, rule.papers).arg(rule.phrase), m_list);
        item->setData(Qt::UserRole, rule.phrase);
        item->setData(Qt::UserRole + 1, rule.papers);
        if (rule.phrase.compare(select, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool MuteRulesDialog::addRule(const QString &phrase)
{
    const Core::Status s = m_library->muteRules().add(phrase);
    if (!s) {
        m_message->setText(s.message());
        return false;
    }
    const QString rule = Core::MuteRules::normalized(phrase);
    reload(rule);
    const int papers = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole + 1).toInt() : 0;
    m_message->setText(tr("“%1” mutes %n paper(s).", nullptr, papers).arg(rule));
    return true;
}

bool MuteRulesDialog::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString rule = item->data(Qt::UserRole).toString();
    const int row = m_list->currentRow();
    const Core::Status s = m_library->muteRules().remove(rule);
    if (!s) {
        m_message->setText(s.message());
        return false;
    }
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_message->setText(tr("“%1” no longer mutes anything.").arg(rule));
    return true;
}

bool MuteRulesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
