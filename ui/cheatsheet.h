// The "?" overlay: every action with its keys, grouped by menu, drawn over the window.
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace Paperboy::Ui {

class ActionRegistry;

// A child of the window laid over all of it, never part of its layout, so it cannot change the
// window's size. Its columns reflow to the window's width and it scrolls when they do not fit:
// arrows, j/k, Page Up/Down and Space scroll, any other key or a click closes it.
class CheatSheet : public QWidget
{
    Q_OBJECT

public:
    CheatSheet(ActionRegistry *actions, QWidget *window);

    void popUp();
    // The sheet as rich text, from the registry's current shortcuts, in this many columns of menus.
    QString html(int columns = 3) const;
    // How many columns of menus fit the sheet's width.
    int columnsThatFit() const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ActionRegistry *m_actions;
    QScrollArea *m_scroll;
    QLabel *m_label;
};

} // namespace Paperboy::Ui
