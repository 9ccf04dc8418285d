// WindowHost: one MainWindow at a time, rebuilt on LanguageChange.
#include "windowhost.h"

#include "importcontroller.h"
#include "mainwindow.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace Paperboy::App {

WindowHost::WindowHost(Core::Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_window(new Ui::MainWindow(library))
{
    QCoreApplication::instance()->installEventFilter(this);
}

WindowHost::~WindowHost()
{
    delete m_window;
}

bool WindowHost::eventFilter(QObject *watched, QEvent *event)
{
    // Installing or removing a translator sends LanguageChange to the application once per
    // translator; one rebuild covers them all.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &WindowHost::rebuildWhenIdle);
    }
    return QObject::eventFilter(watched, event);
}

void WindowHost::rebuildWhenIdle()
{
    // Above level 1 a modal dialog or menu of the old window is still on the stack (the Settings
    // dialog that changed the language, say): deleting the window now would pull it from under it.
    // A running import would be cancelled with it, so that finishes first too.
    if (QThread::currentThread()->loopLevel() > 1 || m_window->importer()->isRunning()) {
        QTimer::singleShot(50, this, &WindowHost::rebuildWhenIdle);
        return;
    }
    rebuild();
}

void WindowHost::rebuild()
{
    m_pending = false;
    Ui::MainWindow *old = m_window;
    const bool shown = old->isVisible();
    // The close handler flushes the note being edited and saves what restoreState() reads back;
    // sent as an event it closes nothing, so the application does not quit with its last window.
    QCloseEvent save;
    QCoreApplication::sendEvent(old, &save);

    m_window = new Ui::MainWindow(m_library);
    if (shown) {
        m_window->show();
        m_window->activateWindow();
    }
    old->hide();
    old->deleteLater();
    Q_EMIT windowRebuilt();
}

} // namespace Paperboy::App
