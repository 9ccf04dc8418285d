// RecoveryDialog: the two ways back, with what each one keeps, in the reader's words.
#include "recoverydialog.h"

#include "library/userdatabackup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paperboy::Ui {

RecoveryDialog::RecoveryDialog(const QString &libraryPath, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_recovery(libraryPath)
    , m_restore(new QPushButton(tr("&Restore Backup"), this))
    , m_rebuild(new QPushButton(tr("Re&build from Digests"), this))
    , m_quit(new QPushButton(tr("&Quit"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("The Library Is Damaged"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("Paperboy cannot use the library file:\n%1").arg(problem), this);
    what->setObjectName(QStringLiteral("recoveryProblem"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);

    const QList<Core::LibraryBackupFile> backups = m_recovery.databaseBackups();
    QString backupText;
    if (backups.isEmpty())
        backupText = tr("There is no backup of the library file.");
    else
        backupText = tr("Last backup: %1, from %2.").arg(backups.first().path, QLocale().toString(backups.first().modified, QLocale::ShortFormat));
    const QString json = m_recovery.userDataBackup();
    Core::UserDataBackup::Contents contents;
    QString userText;
    if (!json.isEmpty() && Core::UserDataBackup::read(json, &contents))
        userText = tr("Your tags, notes, highlights, stars and read state are kept in %1 (%2 papers, saved %3) and are merged back either way.")
                       .arg(json)
                       .arg(contents.archive.papers.size())
                       .arg(QLocale().toString(contents.writtenAt.toLocalTime(), QLocale::ShortFormat));
    else
        userText = tr("No backup of your tags, notes and highlights was found: only what the library backup holds can come back.");
    auto *choices = new QLabel(backupText + u'\n' + userText + u'\n'
                                   + tr("Restore puts the backup in place of the damaged file; Rebuild makes a new library from the "
                                        "digest files it was imported from. The damaged file is kept beside it either way."),
                               this);
    choices->setWordWrap(true);
    layout->addWidget(choices);
    m_error->setObjectName(QStringLiteral("recoveryError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_rebuild->setObjectName(QStringLiteral("rebuildLibrary"));
    m_quit->setObjectName(QStringLiteral("quitRecovery"));
    m_restore->setEnabled(!backups.isEmpty());
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_rebuild, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    (backups.isEmpty() ? m_rebuild : m_restore)->setDefault(true);
    layout->addWidget(buttons);
    // The buttons do their work first; only success closes the dialog.
    connect(m_restore, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_rebuild, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
}

void RecoveryDialog::run(bool restore)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = {};
    const Core::Status s = restore ? m_recovery.restoreBackup({}, &m_report) : m_recovery.rebuild({}, &m_report);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_error->setText(tr("That did not work: %1").arg(s.message()));
        m_error->show();
        return;
    }
    m_summary = restore
        ? tr("The library was restored from %1; the damaged file is kept as %2.").arg(m_report.restoredFrom, m_report.setAside)
        : tr("The library was rebuilt from %n digest(s); the damaged file is kept as %1.", nullptr, m_report.digestsImported).arg(m_report.setAside);
    accept();
}

} // namespace Paperboy::Ui
