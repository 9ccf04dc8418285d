// File › Sync Log…: where the sync stands and what each sync did, newest first.
#pragma once

#include "sync/syncresult.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTreeWidget;

namespace Paperboy::Ui {

class SyncLogDialog : public QDialog
{
    Q_OBJECT

public:
    SyncLogDialog(const Core::SyncStatus &status, const QList<Core::SyncLogEntry> &entries, QWidget *parent = nullptr);

    void setEntries(const Core::SyncStatus &status, const QList<Core::SyncLogEntry> &entries);
    QTreeWidget *list() const { return m_list; }
    QString summary() const;

Q_SIGNALS:
    void syncRequested();

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace Paperboy::Ui
