// Publishers: the places the library's digests came from, with their number of digests; one of
// them is preferred (its summary is shown when several publishers summarised a paper) and each can
// be renamed.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Paperboy::Core {
class Library;
class Status;
} // namespace Paperboy::Core

namespace Paperboy::Ui {

class PublishersDialog : public QDialog
{
    Q_OBJECT

public:
    PublishersDialog(Core::Library *library, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    // What the buttons (and F2 in the list) run; a failure is shown in the dialog.
    bool preferCurrent();
    bool renameCurrent(const QString &name);

private:
    void reload();
    void updateButtons();
    qint64 currentId() const;
    bool report(const Core::Status &status, const QString &done);

    Core::Library *m_library;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_prefer;
    QPushButton *m_rename;
};

} // namespace Paperboy::Ui
