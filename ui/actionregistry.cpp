// ActionRegistry: creation and lookup of the window's actions.
#include "actionregistry.h"

#include "common/settings.h"
#include "icons.h"

#include <QIcon>
#include <QMenu>
#include <QMenuBar>

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
    // The desktop theme's icon, or the bundled one (Icons::install); resolved again when either changes.
    if (const QString icon = Icons::forAction(id); !icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    m_byId.insert(id, a);
    m_order.append(a);
    m_menuById.insert(id, menu);
    m_defaults.insert(id, shortcuts);
    if (std::exchange(m_groupNext, false))
        m_groupStarts.insert(id);
    return a;
}

void ActionRegistry::addMenu(const QString &id, const QString &title)
{
    m_menus.append({id, title});
}

void ActionRegistry::fillMenuBar(QMenuBar *bar) const
{
    for (const auto &[id, title] : m_menus) {
        QMenu *menu = bar->addMenu(title);
        menu->setObjectName(QStringLiteral("menu.") + id);
        for (QAction *action : actionsInMenu(id)) {
            if (startsGroup(action) && !menu->isEmpty())
                menu->addSeparator();
            menu->addAction(action);
        }
    }
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

void ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    if (QAction *a = action(id))
        a->setShortcuts(shortcuts);
}

void ActionRegistry::resetShortcuts(const QString &id)
{
    setShortcuts(id, defaultShortcuts(id));
}

void ActionRegistry::loadOverrides()
{
    const QHash<QString, QStringList> overrides = Core::Settings::instance().shortcutOverrides();
    for (QAction *a : m_order) {
        const auto it = overrides.constFind(a->objectName());
        if (it == overrides.cend())
            continue;
        QList<QKeySequence> keys;
        for (const QString &k : it.value())
            if (!QKeySequence(k, QKeySequence::PortableText).isEmpty())
                keys << QKeySequence(k, QKeySequence::PortableText);
        a->setShortcuts(keys);
    }
}

void ActionRegistry::saveOverrides() const
{
    QHash<QString, QStringList> overrides;
    for (QAction *a : m_order) {
        const QString id = a->objectName();
        if (a->shortcuts() == m_defaults.value(id))
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::PortableText);
        overrides.insert(id, keys);
    }
    Core::Settings::instance().setShortcutOverrides(overrides);
}

QList<std::pair<QString, QString>> ActionRegistry::conflictsIn(const QHash<QString, QList<QKeySequence>> &shortcuts)
{
    // Triage mode's actions ("triage.*") take their keys only while the triage card has them
    // (TriageView takes them before the window's shortcuts): they share keys with the reader's
    // actions by design and are checked against each other only.
    QHash<std::pair<bool, QKeySequence>, QString> owner;
    QList<std::pair<QString, QString>> out;
    QStringList ids = shortcuts.keys();
    ids.sort();
    for (const QString &id : ids) {
        const bool triage = isTriageAction(id);
        for (const QKeySequence &k : shortcuts.value(id)) {
            if (k.isEmpty())
                continue;
            const auto it = owner.constFind({triage, k});
            if (it != owner.cend() && *it != id)
                out.append({*it, id});
            else
                owner.insert({triage, k}, id);
        }
    }
    return out;
}

QList<std::pair<QString, QString>> ActionRegistry::conflicts() const
{
    QHash<QString, QList<QKeySequence>> current;
    for (QAction *a : m_order)
        current.insert(a->objectName(), a->shortcuts());
    return conflictsIn(current);
}

QString ActionRegistry::keyText(const QKeySequence &keys)
{
    if (keys.count() == 1) {
        const QKeyCombination combo = keys[0];
        if (combo.keyboardModifiers() == Qt::NoModifier && combo.key() >= Qt::Key_A && combo.key() <= Qt::Key_Z)
            return QChar(u'a' + (combo.key() - Qt::Key_A));
    }
    return keys.toString(QKeySequence::NativeText);
}

} // namespace Paperboy::Ui
