// Selecting text of the summary with the keyboard, as a vim or Okular reader does: `v` starts a
// selection at the first word on screen, h j k l / w b / 0 $ (and the arrows, Home, End) extend it,
// Enter highlights it (Shift+Enter with a comment), y copies it, Esc or v ends.
#pragma once

#include <QObject>
#include <QTextCursor>

namespace Paperboy::Ui {

class SummaryView;

class CaretMode : public QObject
{
    Q_OBJECT

public:
    explicit CaretMode(SummaryView *view, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Starts a selection at the top of the visible summary (never in the header); false when no
    // paper is shown.
    bool start();
    // Ends the mode; the selection is kept when keep, else cleared.
    void end(bool keep = false);
    // The keys of the mode, for the cheat sheet and the status line: (keys, what they do).
    static QList<std::pair<QString, QString>> keys();

Q_SIGNALS:
    void highlightRequested(bool withComment);
    void message(const QString &text, int timeoutMs);
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The move a key makes, or NoMove when the key is not the mode's.
    static QTextCursor::MoveOperation moveFor(int key, const QString &text);
    bool handle(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    SummaryView *m_view;
    bool m_active = false;
};

} // namespace Paperboy::Ui
