// FocusFrame: a 2 px border in the palette's highlight colour around a pane while it has the keys.
#pragma once

#include <QWidget>

namespace Paperboy::Ui {

// Lies over its pane (a child of it, transparent for the mouse) and draws only the border, so the
// pane keeps its own frame and layout; the colour is read from the palette when drawn, so light and
// dark colours and a change between them need nothing more.
class FocusFrame : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Width = 2;

    // Shows the frame on pane while pane has the focus (a context menu over it does not take it away).
    static FocusFrame *attach(QWidget *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusFrame(QWidget *pane);
    void follow();

    QWidget *m_pane;
};

} // namespace Paperboy::Ui
