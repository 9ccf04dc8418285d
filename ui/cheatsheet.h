// The "?" overlay: every action with its keys, grouped by menu, drawn over the window.
#pragma once

#include <QWidget>

class QLabel;

namespace Paperboy::Ui {

class ActionRegistry;

class CheatSheet : public QWidget
{
    Q_OBJECT

public:
    CheatSheet(ActionRegistry *actions, QWidget *parent);

    void popUp();
    // The sheet as rich text, from the registry's current shortcuts.
    QString html() const;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    ActionRegistry *m_actions;
    QLabel *m_label;
};

} // namespace Paperboy::Ui
