// The reader's lists: putting papers into Later and ordering it, saving the search shown as a
// smart list, and managing the smart lists.
#pragma once

#include <QObject>

class QWidget;

namespace Paperboy::Core {
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class ReaderController;
class SearchPane;

class ListsController : public QObject
{
    Q_OBJECT

public:
    ListsController(Core::Library *library, ReaderController *reader, SearchPane *search, QWidget *window, QObject *parent = nullptr);

public Q_SLOTS:
    // l: the selected papers into Later, or out of it when all of them are in it.
    void toggleLater();
    // Alt+Up / Alt+Down: the current paper one place towards the front or the back of Later.
    void moveUp() { moveInLater(-1); }
    void moveDown() { moveInLater(1); }
    void moveInLater(int by);
    // Ctrl+D: the search shown, under a name asked for, as a smart list.
    void saveSearch();
    // Ctrl+Shift+L: rename, change, reorder and delete smart lists.
    void manageSmartLists();

Q_SIGNALS:
    void message(const QString &text, int msecs);

private:
    // The search shows Later (in its order): its results follow the queue's new order.
    void refreshQueueSearch();

    Core::Library *m_library;
    ReaderController *m_reader;
    SearchPane *m_search;
    QWidget *m_window;
};

} // namespace Paperboy::Ui
