// CheatSheet: a translucent child of the window; any key or click closes it.
#include "cheatsheet.h"

#include "actionregistry.h"
#include "caretmode.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace Paperboy::Ui {

CheatSheet::CheatSheet(ActionRegistry *actions, QWidget *window)
    : QWidget(window)
    , m_actions(actions)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("cheatSheet"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_scroll);
    m_scroll->setObjectName(QStringLiteral("cheatSheetScroll"));
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: transparent; }"));
    m_scroll->viewport()->setAutoFillBackground(false);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAutoFillBackground(true);
    m_label->setMargin(24);
    m_scroll->setWidget(m_label);
    hide();
}

int CheatSheet::columnsThatFit() const
{
    // As many menus side by side as the sheet's width holds, measured on the sheet's own text
    // (a long action name or key list widens its column).
    const int room = std::max(0, (isVisible() ? width() : parentWidget()->width()) - 2 * 24 - 2 * 24 - 20);
    const int most = std::max(1, int(m_actions->menus().size()));
    QTextDocument doc;
    doc.setDefaultFont(m_label->font());
    for (int columns = most; columns > 1; --columns) {
        doc.setHtml(html(columns));
        if (doc.idealWidth() <= room)
            return columns;
    }
    return 1;
}

QString CheatSheet::html(int columns) const
{
    columns = std::max(1, columns);
    QString out = QStringLiteral("<h2>%1</h2><table cellspacing=\"8\">").arg(tr("Keyboard shortcuts"));
    // Every menu of the registry, in the menu bar's order, `columns` menus to a row.
    const auto menus = m_actions->menus();
    for (qsizetype i = 0; i < menus.size(); ++i) {
        auto [id, title] = menus.at(i);
        title.remove(u'&');
        if (i % columns == 0)
            out += QStringLiteral("<tr>");
        out += QStringLiteral("<td valign=\"top\"><b>%1</b><table>").arg(title.toHtmlEscaped());
        for (QAction *a : m_actions->actionsInMenu(id)) {
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << ActionRegistry::keyText(k).toHtmlEscaped();
            QString text = a->text();
            text.remove(u'&');
            out += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(keys.join(QStringLiteral(", ")), text.toHtmlEscaped());
        }
        out += QStringLiteral("</table></td>");
        if (i % columns == columns - 1 || i == menus.size() - 1)
            out += QStringLiteral("</tr>");
    }
    // The keys of keyboard selection, which are not actions of the menus.
    out += QStringLiteral("</table><p><b>%1</b></p><table cellspacing=\"4\">").arg(tr("Selecting in the summary (after v)").toHtmlEscaped());
    for (const auto &[keys, what] : CaretMode::keys())
        out += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    return out + QStringLiteral("</table><p>%1</p>").arg(tr("Arrows scroll; any other key closes."));
}

void CheatSheet::popUp()
{
    setGeometry(parentWidget()->rect());
    m_label->setText(html(columnsThatFit()));
    m_label->adjustSize();
    m_scroll->verticalScrollBar()->setValue(0);
    show();
    raise();
    setFocus();
}

void CheatSheet::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible()) {
        m_label->setText(html(columnsThatFit()));
        m_label->adjustSize();
    }
}

bool CheatSheet::event(QEvent *event)
{
    // While the sheet is up, every key is for it, not for the window's shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CheatSheet::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_J: bar->setValue(bar->value() + bar->singleStep() * 3); return;
    case Qt::Key_Up:
    case Qt::Key_K: bar->setValue(bar->value() - bar->singleStep() * 3); return;
    case Qt::Key_PageDown:
    case Qt::Key_Space: bar->setValue(bar->value() + bar->pageStep()); return;
    case Qt::Key_PageUp: bar->setValue(bar->value() - bar->pageStep()); return;
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta: return; // a modifier alone (Shift for "?") closes nothing
    default: hide();
    }
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
