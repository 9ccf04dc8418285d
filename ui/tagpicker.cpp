// TagPicker: an editable combo box with inline completion for adding, a fixed one for removing.
#include "tagpicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Paperboy::Ui {

TagPicker::TagPicker(Mode mode, const QStringList &choices, int paperCount, QWidget *parent)
    : QDialog(parent)
    , m_box(new QComboBox(this))
{
    setObjectName(QStringLiteral("tagPicker"));
    setWindowTitle(mode == Mode::Add ? tr("Add Tag") : tr("Remove Tag"));
    auto *label = new QLabel(mode == Mode::Add ? tr("Tag %n paper(s) with (a new name creates the tag):", nullptr, paperCount)
                                               : tr("Remove from %n paper(s):", nullptr, paperCount),
                             this);
    m_box->addItems(choices);
    if (mode == Mode::Add) {
        m_box->setEditable(true);
        m_box->setInsertPolicy(QComboBox::NoInsert);
        m_box->setCurrentText(QString());
        m_box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_box->completer()->setFilterMode(Qt::MatchContains);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_box);
    layout->addWidget(buttons);
}

QString TagPicker::tag() const
{
    return m_box->currentText().trimmed();
}

} // namespace Paperboy::Ui
