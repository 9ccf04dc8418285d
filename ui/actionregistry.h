// The one owner of every user action: id, text, default shortcut, menu place.
#pragma once

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QSet>

class QMenuBar;

namespace Paperboy::Ui {

// Every action of the window is created here with a stable id ("paper.next", "view.zoom_in", ...),
// so menus, the command palette and the shortcut settings all see the same set.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ActionRegistry(QObject *parent = nullptr);

    // menu is the id of the top-level menu ("file", "go", "paper", "view", "help"). The action gets
    // the theme icon Icons::forAction(id) names, if any.
    QAction *add(const QString &id, const QString &text, const QString &menu, const QList<QKeySequence> &shortcuts = {});
    // The next action added opens a new group in its menu: a separator goes before it.
    void startGroup() { m_groupNext = true; }
    // A top-level menu, in the order of the menu bar.
    void addMenu(const QString &id, const QString &title);
    QList<std::pair<QString, QString>> menus() const { return m_menus; }
    bool startsGroup(const QAction *action) const { return action && m_groupStarts.contains(action->objectName()); }
    // One menu per addMenu (object name "menu.<id>"), its actions in order, groups apart.
    void fillMenuBar(QMenuBar *bar) const;

    QAction *action(const QString &id) const;
    QList<QAction *> actions() const { return m_order; }
    QList<QAction *> actionsInMenu(const QString &menu) const;
    QString menuOf(const QAction *action) const;
    QList<QKeySequence> defaultShortcuts(const QString &id) const;

    // User overrides, saved by action id (Settings > Shortcuts). An empty list removes every shortcut.
    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);
    void resetShortcuts(const QString &id);
    void loadOverrides(); // from Core::Settings::shortcutOverrides()
    void saveOverrides() const;

    // Pairs of action ids that share a key sequence.
    QList<std::pair<QString, QString>> conflicts() const;
    // How a shortcut reads where keys are listed (cheat sheet, palette): a letter pressed alone
    // lower case ("j", as typed; "J" would read as Shift+J), the rest as the platform writes it.
    static QString keyText(const QKeySequence &keys);
    static QList<std::pair<QString, QString>> conflictsIn(const QHash<QString, QList<QKeySequence>> &shortcuts);
    // Actions of triage mode: their keys work only on the triage card, over the window's own.
    static bool isTriageAction(const QString &id) { return id.startsWith(QLatin1StringView("triage.")); }

private:
    QHash<QString, QAction *> m_byId;
    QList<QAction *> m_order;
    QHash<QString, QString> m_menuById;
    QHash<QString, QList<QKeySequence>> m_defaults;
    QList<std::pair<QString, QString>> m_menus;
    QSet<QString> m_groupStarts;
    bool m_groupNext = false;
};

} // namespace Paperboy::Ui
