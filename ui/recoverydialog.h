// Shown at start when the library file is damaged: restore the last backup or rebuild from digests.
#pragma once

#include "common/status.h"
#include "library/libraryrecovery.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Paperboy::Ui {

// Runs LibraryRecovery on the file (nothing may have it open) and accepts once the library is
// usable again; a failed attempt shows why and leaves the other choices open. Rejected = quit.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QString &libraryPath, const QString &problem, QWidget *parent = nullptr);

    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *rebuildButton() const { return m_rebuild; }
    QPushButton *quitButton() const { return m_quit; }
    QLabel *errorLabel() const { return m_error; }
    // What was done, one line for the status bar, once accepted.
    QString summary() const { return m_summary; }
    const Core::RecoveryReport &report() const { return m_report; }

private:
    void run(bool restore);

    Core::LibraryRecovery m_recovery;
    QPushButton *m_restore;
    QPushButton *m_rebuild;
    QPushButton *m_quit;
    QLabel *m_error;
    QString m_summary;
    Core::RecoveryReport m_report;
};

} // namespace Paperboy::Ui
