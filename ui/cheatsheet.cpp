// CheatSheet: a translucent child of the window; any key or click closes it.
#include "cheatsheet.h"

#include "actionregistry.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Paperboy::Ui {

CheatSheet::CheatSheet(ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("cheatSheet"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label, 0, Qt::AlignCenter);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAutoFillBackground(true);
    m_label->setMargin(24);
    hide();
}

QString CheatSheet::html() const
{
    const QList<std::pair<QString, QString>> menus{{QStringLiteral("file"), tr("File")}, {QStringLiteral("edit"), tr("Edit")}, {QStringLiteral("go"), tr("Go")},
                                                   {QStringLiteral("paper"), tr("Paper")}, {QStringLiteral("view"), tr("View")},
                                                   {QStringLiteral("help"), tr("Help")}};
    QString out = QStringLiteral("<h2>%1</h2><table cellspacing=\"8\"><tr>").arg(tr("Keyboard shortcuts"));
    for (const auto &[id, title] : menus) {
        out += QStringLiteral("<td valign=\"top\"><b>%1</b><table>").arg(title.toHtmlEscaped());
        for (QAction *a : m_actions->actionsInMenu(id)) {
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
            QString text = a->text();
            text.remove(u'&');
            out += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(keys.join(QStringLiteral(", ")), text.toHtmlEscaped());
        }
        out += QStringLiteral("</table></td>");
    }
    return out + QStringLiteral("</tr></table><p>%1</p>").arg(tr("Press any key to close."));
}

void CheatSheet::popUp()
{
    m_label->setText(html());
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus();
}

bool CheatSheet::event(QEvent *event)
{
    // While the sheet is up, every key is for it (to close it), not for the window's shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CheatSheet::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    hide();
}

void CheatSheet::mousePressEvent(QMouseEvent *)
{
    hide();
}

void CheatSheet::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 110));
}

} // namespace Paperboy::Ui
