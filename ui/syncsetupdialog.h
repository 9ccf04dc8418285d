// File › Set Up Sync…: where the sync repository is, the remote it syncs with, this machine's name.
#pragma once

#include "sync/syncresult.h"

#include <QDialog>

class QLineEdit;

namespace Paperboy::Ui {

// A folder (a git work tree, made when missing), a remote (a path or file://, ssh:// or https://
// URL; empty: this machine only, e.g. a folder another program keeps in step), the machine's name
// (its commits' author), and for an https remote a user and a token, which go to the keychain only.
class SyncSetupDialog : public QDialog
{
    Q_OBJECT

public:
    SyncSetupDialog(const Core::SyncStatus &current, QWidget *parent = nullptr);

    QString folder() const;
    QString remote() const;
    QString device() const;
    QString user() const;
    QByteArray token() const;

private:
    void updateOk();

    QLineEdit *m_folder;
    QLineEdit *m_remote;
    QLineEdit *m_device;
    QLineEdit *m_user;
    QLineEdit *m_token;
};

} // namespace Paperboy::Ui
