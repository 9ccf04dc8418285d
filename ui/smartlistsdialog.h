// Smart lists (Ctrl+Shift+L): rename (F2), change the search (Ctrl+E), reorder (Alt+Up/Down) and
// delete (Delete) the saved searches of the sidebar.
#pragma once

#include "common/status.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Paperboy::Core {
class Library;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class SmartListsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SmartListsDialog(Core::Library *library, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // What the buttons do, on the current row (also for tests).
    bool renameCurrent(const QString &name);
    bool setCurrentQuery(const QString &query);
    bool moveCurrent(int by);
    bool deleteCurrent();

private:
    void reload(qint64 select = 0);
    qint64 currentId() const;
    bool report(const Core::Status &s);
    void updateButtons();

    Core::Library *m_library;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_rename;
    QPushButton *m_edit;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
};

} // namespace Paperboy::Ui
