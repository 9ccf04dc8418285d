// Holds Paperboy's one main window and builds it anew when the interface language changes.
#pragma once

#include <QObject>

namespace Paperboy::Core {
class Library;
}
namespace Paperboy::Ui {
class MainWindow;
}

namespace Paperboy::App {

// MainWindow creates its menus and actions with tr() once, in its constructor, so a new language
// reaches it by building the window again: on QEvent::LanguageChange the old window saves its state
// (geometry, docks, splitter, day and paper, through its close handler), a new one restores it and
// takes its place. Comparison windows and the search pane close on the way.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    explicit WindowHost(Core::Library *library, QObject *parent = nullptr);
    ~WindowHost() override;

    Ui::MainWindow *window() const { return m_window; }

public Q_SLOTS:
    // Replaces the window now. Called for every LanguageChange once the application is back in its
    // main event loop (never from inside a dialog the old window is running).
    void rebuild();

Q_SIGNALS:
    void windowRebuilt(); // window() is the new one

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildWhenIdle();

    Core::Library *m_library;
    Ui::MainWindow *m_window;
    bool m_pending = false;
};

} // namespace Paperboy::App
