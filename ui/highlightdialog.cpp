// HighlightDialog: the quote, a comment field and a choice of colours.
#include "highlightdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace Paperboy::Ui {

HighlightDialog::HighlightDialog(const QString &quote, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QPlainTextEdit(this))
    , m_color(new QComboBox(this))
{
    setObjectName(QStringLiteral("highlightDialog"));
    setWindowTitle(tr("Highlight"));
    auto *quoteLabel = new QLabel(QStringLiteral("“%1”").arg(quote.left(300)), this);
    quoteLabel->setWordWrap(true);
    const QList<std::pair<QString, QString>> colors{{tr("Yellow"), QStringLiteral("#ffe066")},
                                                    {tr("Green"), QStringLiteral("#b2f2bb")},
                                                    {tr("Blue"), QStringLiteral("#a5d8ff")},
                                                    {tr("Pink"), QStringLiteral("#fcc2d7")},
                                                    {tr("Orange"), QStringLiteral("#ffd8a8")}};
    for (const auto &[name, hex] : colors) {
        m_color->addItem(name, hex);
        m_color->setItemData(m_color->count() - 1, QColor(hex), Qt::DecorationRole);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter makes a new line of the comment; Ctrl+Enter saves, as in a chat or a commit message.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QDialog::accept);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    auto *form = new QFormLayout(this);
    form->addRow(quoteLabel);
    form->addRow(tr("Comment:"), m_comment);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(buttons);
}

QString HighlightDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString HighlightDialog::color() const
{
    return m_color->currentData().toString();
}

} // namespace Paperboy::Ui
