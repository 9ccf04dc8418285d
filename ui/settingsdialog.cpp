// SettingsDialog: a General page (language, reading) and a Shortcuts page over the ActionRegistry.
#include "settingsdialog.h"

#include "actionregistry.h"
#include "common/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Paperboy::Ui {

using Core::Settings;

namespace {
std::function<void(const QString &)> &languageSwitch()
{
    static std::function<void(const QString &)> apply;
    return apply;
}
} // namespace

void SettingsDialog::setLanguageSwitch(std::function<void(const QString &)> apply)
{
    languageSwitch() = std::move(apply);
}

SettingsDialog::SettingsDialog(ActionRegistry *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_language(new QComboBox(this))
    , m_markRead(new QSpinBox(this))
    , m_keepSample(new QCheckBox(this))
    , m_table(new QTableWidget(this))
    , m_conflicts(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);

    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    // Each language by its own name, so a reader who cannot read the current one still finds theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::instance().language())));
    m_language->setToolTip(tr("The language of menus and messages, and the format of dates and numbers"));
    form->addRow(tr("&Language:"), m_language);
    m_markRead->setRange(0, 600);
    m_markRead->setSuffix(tr(" s"));
    m_markRead->setSpecialValueText(tr("Never (only with M)"));
    m_markRead->setValue(Settings::instance().markReadSeconds());
    form->addRow(tr("Mark a paper read after it is shown for:"), m_markRead);
    m_keepSample->setObjectName(QStringLiteral("keepSample"));
    m_keepSample->setText(tr("&Keep the sample digest after my own digests are imported"));
    m_keepSample->setChecked(Settings::instance().keepSample());
    form->addRow(QString(), m_keepSample);
    tabs->addTab(general, tr("&General"));

    auto *keys = new QWidget(tabs);
    auto *keysLayout = new QVBoxLayout(keys);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    const QList<QAction *> all = actions->actions();
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        QString text = all[row]->text();
        text.remove(u'&');
        auto *item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, all[row]->objectName());
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, item);
        auto *edit = new QKeySequenceEdit(all[row]->shortcut(), m_table);
        edit->setClearButtonEnabled(true);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, &SettingsDialog::checkConflicts);
        m_table->setCellWidget(row, 1, edit);
    }
    keysLayout->addWidget(m_table);
    m_conflicts->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("conflictLabel"));
    keysLayout->addWidget(m_conflicts);
    tabs->addTab(keys, tr("&Shortcuts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
            const auto defaults = m_actions->defaultShortcuts(id);
            static_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1))->setKeySequence(defaults.value(0));
        }
        m_markRead->setValue(2);
        m_keepSample->setChecked(false);
        m_language->setCurrentIndex(0);
    });
    resize(640, 560);
    checkConflicts();
}

QHash<QString, QList<QKeySequence>> SettingsDialog::edited() const
{
    QHash<QString, QList<QKeySequence>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
        const QKeySequence k = static_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1))->keySequence();
        // The editor shows the first shortcut; unchanged actions keep their alternates (Ctrl+Shift+P …).
        QList<QKeySequence> keys = m_actions->action(id)->shortcuts();
        if (keys.value(0) != k)
            keys = k.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{k};
        out.insert(id, keys);
    }
    return out;
}

void SettingsDialog::setShortcutForRow(int row, const QKeySequence &keys)
{
    static_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1))->setKeySequence(keys);
    checkConflicts();
}

bool SettingsDialog::hasConflicts() const
{
    return !ActionRegistry::conflictsIn(edited()).isEmpty();
}

void SettingsDialog::checkConflicts()
{
    const auto conflicts = ActionRegistry::conflictsIn(edited());
    QStringList lines;
    QSet<QString> ids;
    for (const auto &[a, b] : conflicts) {
        ids << a << b;
        QString ta = m_actions->action(a)->text(), tb = m_actions->action(b)->text();
        ta.remove(u'&');
        tb.remove(u'&');
        lines << tr("“%1” and “%2” use the same key.").arg(ta, tb);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 0);
        const bool clash = ids.contains(item->data(Qt::UserRole).toString());
        item->setForeground(clash ? QBrush(Qt::red) : palette().brush(QPalette::Text));
        item->setToolTip(clash ? tr("This key is used by another action") : QString());
    }
    m_conflicts->setText(lines.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
}

void SettingsDialog::accept()
{
    if (hasConflicts())
        return;
    const auto keys = edited();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        m_actions->setShortcuts(it.key(), it.value());
    m_actions->saveOverrides();
    Settings &settings = Settings::instance();
    settings.setMarkReadSeconds(m_markRead->value());
    settings.setKeepSample(m_keepSample->isChecked());
    const QString chosen = m_language->currentData().toString();
    const bool switchLanguage = chosen != settings.language();
    settings.setLanguage(chosen);
    QDialog::accept();
    if (switchLanguage && languageSwitch())
        languageSwitch()(chosen);
}

} // namespace Paperboy::Ui
