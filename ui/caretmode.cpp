// CaretMode: an event filter on the summary view. While it is active the view takes the mode's
// keys before the window's shortcuts (ShortcutOverride), moves the cursor's position with the
// anchor kept, and keeps the cursor on screen.
#include "caretmode.h"

#include "summaryview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QScrollBar>

namespace Paperboy::Ui {

CaretMode::CaretMode(SummaryView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    view->installEventFilter(this);
    // Another paper (or another summary of it) ends the selection.
    connect(view, &QTextEdit::textChanged, this, [this] {
        if (m_active)
            end();
    });
}

QList<std::pair<QString, QString>> CaretMode::keys()
{
    return {{QStringLiteral("v"), tr("start / end selecting with the keyboard")},
            {QStringLiteral("h j k l"), tr("extend by a character / a line (or the arrows)")},
            {QStringLiteral("w b"), tr("extend to the next / previous word")},
            {QStringLiteral("0 $"), tr("extend to the start / end of the line")},
            {tr("Enter"), tr("highlight the selection (Shift+Enter: with a comment)")},
            {QStringLiteral("y"), tr("copy the selection")},
            {tr("Esc"), tr("stop selecting")}};
}

bool CaretMode::start()
{
    if (m_view->arxivId().isEmpty() || m_view->document()->isEmpty())
        return false;
    // The first character on screen, or the summary's first when the header is on screen.
    const int top = m_view->cursorForPosition(QPoint(2, 2)).position();
    const int first = std::max(top, SummaryView::summaryStart(m_view->document()));
    QTextCursor c(m_view->document());
    c.setPosition(first);
    if (c.atBlockEnd() && !c.atEnd())
        c.movePosition(QTextCursor::NextCharacter); // not on an empty line
    c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    m_view->setTextCursor(c);
    m_view->setFocus();
    m_active = true;
    Q_EMIT activeChanged(true);
    Q_EMIT message(tr("Selecting: h j k l, w b, 0 $ extend · Enter highlights · y copies · Esc stops"), 0);
    return true;
}

void CaretMode::end(bool keep)
{
    if (!m_active)
        return;
    m_active = false;
    if (!keep) {
        QTextCursor c = m_view->textCursor();
        c.clearSelection();
        m_view->setTextCursor(c);
    }
    Q_EMIT activeChanged(false);
    Q_EMIT message(QString(), 0);
}

QTextCursor::MoveOperation CaretMode::moveFor(int key, const QString &text)
{
    switch (key) {
    case Qt::Key_H:
    case Qt::Key_Left: return QTextCursor::PreviousCharacter;
    case Qt::Key_L:
    case Qt::Key_Right: return QTextCursor::NextCharacter;
    case Qt::Key_J:
    case Qt::Key_Down: return QTextCursor::Down;
    case Qt::Key_K:
    case Qt::Key_Up: return QTextCursor::Up;
    case Qt::Key_W: return QTextCursor::NextWord;
    case Qt::Key_B: return QTextCursor::PreviousWord;
    case Qt::Key_0:
    case Qt::Key_Home: return QTextCursor::StartOfLine;
    case Qt::Key_Dollar:
    case Qt::Key_End: return QTextCursor::EndOfLine;
    default: return text == QLatin1StringView("$") ? QTextCursor::EndOfLine : QTextCursor::NoMove;
    }
}

bool CaretMode::handle(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const bool shift = modifiers & Qt::ShiftModifier;
    if (const QTextCursor::MoveOperation move = moveFor(key, text); move != QTextCursor::NoMove && !(modifiers & (Qt::ControlModifier | Qt::AltModifier))) {
        QTextCursor c = m_view->textCursor();
        c.movePosition(move, QTextCursor::KeepAnchor);
        // Never into the header: the selection stays in the summary's text.
        const int floor = SummaryView::summaryStart(m_view->document());
        if (c.position() < floor) {
            const int anchor = c.anchor();
            c.setPosition(anchor);
            c.setPosition(floor, QTextCursor::KeepAnchor);
        }
        m_view->setTextCursor(c);
        m_view->ensureCursorVisible();
        return true;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        end(true);
        Q_EMIT highlightRequested(shift);
        return true;
    case Qt::Key_Y: {
        const QString selected = m_view->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
        QApplication::clipboard()->setText(selected);
        end(true);
        Q_EMIT message(tr("Copied %n character(s)", nullptr, int(selected.size())), 4000);
        return true;
    }
    case Qt::Key_Escape:
    case Qt::Key_V: end(); return true;
    default: return false;
    }
}

bool CaretMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || !m_active)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = moveFor(key->key(), key->text()) != QTextCursor::NoMove
            || QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Y, Qt::Key_Escape, Qt::Key_V}.contains(key->key());
        if (!ours || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // the key comes to the view, not to the window's shortcuts
            return true;
        }
        return handle(key->key(), key->modifiers(), key->text());
    }
    if (event->type() == QEvent::FocusOut && !m_view->hasFocus())
        end(true); // the keys went elsewhere: the selection stays, the mode does not
    return QObject::eventFilter(watched, event);
}

} // namespace Paperboy::Ui
