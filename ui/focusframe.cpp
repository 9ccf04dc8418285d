// FocusFrame: follows its pane's focus and size; draws a highlight-coloured border.
#include "focusframe.h"

#include <QEvent>
#include <QFocusEvent>
#include <QPainter>

namespace Paperboy::Ui {

FocusFrame *FocusFrame::attach(QWidget *pane)
{
    return new FocusFrame(pane);
}

FocusFrame::FocusFrame(QWidget *pane)
    : QWidget(pane)
    , m_pane(pane)
{
    setObjectName(QStringLiteral("focusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    pane->installEventFilter(this);
}

void FocusFrame::follow()
{
    setGeometry(m_pane->rect());
    raise(); // over the viewport and the scroll bars
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_pane)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        follow();
        show();
        break;
    case QEvent::FocusOut:
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            hide();
        break;
    case QEvent::Resize:
        if (isVisible())
            follow();
        break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor colour = palette().color(QPalette::Active, QPalette::Highlight);
    const QRect r = rect();
    // Four bands rather than a stroked rectangle: exact pixels at any device pixel ratio.
    painter.fillRect(QRect(r.left(), r.top(), r.width(), Width), colour);
    painter.fillRect(QRect(r.left(), r.bottom() - Width + 1, r.width(), Width), colour);
    painter.fillRect(QRect(r.left(), r.top(), Width, r.height()), colour);
    painter.fillRect(QRect(r.right() - Width + 1, r.top(), Width, r.height()), colour);
}

} // namespace Paperboy::Ui
