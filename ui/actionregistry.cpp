// ActionRegistry: creation and lookup of the window's actions.
#include "actionregistry.h"

namespace Paperboy::Ui {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &menu, const QList<QKeySequence> &shortcuts)
{
    Q_ASSERT(!m_byId.contains(id));
    auto *a = new QAction(text, this);
    a->setObjectName(id);
    a->setShortcuts(shortcuts);
    a->setShortcutContext(Qt::WindowShortcut);
    m_byId.insert(id, a);
    m_order.append(a);
    m_menuById.insert(id, menu);
    m_defaults.insert(id, shortcuts);
    return a;
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_byId.value(id);
}

QList<QAction *> ActionRegistry::actionsInMenu(const QString &menu) const
{
    QList<QAction *> out;
    for (QAction *a : m_order)
        if (m_menuById.value(a->objectName()) == menu)
            out.append(a);
    return out;
}

QString ActionRegistry::menuOf(const QAction *action) const
{
    return action ? m_menuById.value(action->objectName()) : QString();
}

QList<QKeySequence> ActionRegistry::defaultShortcuts(const QString &id) const
{
    return m_defaults.value(id);
}

} // namespace Paperboy::Ui
