// SyncSetupDialog: a form; SyncController does the setting up.
#include "syncsetupdialog.h"

#include "sync/syncengine.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Paperboy::Ui {

SyncSetupDialog::SyncSetupDialog(const Core::SyncStatus &current, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_remote(new QLineEdit(this))
    , m_device(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_token(new QLineEdit(this))
{
    setObjectName(QStringLiteral("syncSetupDialog"));
    setWindowTitle(tr("Set Up Sync"));
    auto *intro = new QLabel(tr("Your tags, notes, highlights, stars, read marks, Later and decisions are written to a git "
                                "folder, one file per paper, and merged with the other machines' through the remote."),
                             this);
    intro->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    m_folder->setText(current.dir.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sync"))
                                            : current.dir);
    m_remote->setObjectName(QStringLiteral("syncRemote"));
    m_remote->setText(current.remote);
    m_remote->setPlaceholderText(tr("ssh://nas/srv/paperboy.git, https://…, /mnt/share/paperboy.git or empty"));
    m_device->setObjectName(QStringLiteral("syncDevice"));
    m_device->setText(current.device.isEmpty() ? Core::SyncEngine::defaultDevice() : current.device);
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("https only; kept in the system keychain"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Sync Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy from addRow
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Remote:"), m_remote);
    form->addRow(tr("&Machine name:"), m_device);
    form->addRow(tr("&User (https):"), m_user);
    form->addRow(tr("&Token (https):"), m_token);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Up and &Sync"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &SyncSetupDialog::updateOk);
    connect(m_device, &QLineEdit::textChanged, this, &SyncSetupDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(std::max(520, sizeHint().width()), sizeHint().height());
    updateOk();
    m_remote->setFocus();
}

void SyncSetupDialog::updateOk()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!folder().isEmpty() && !device().isEmpty());
}

QString SyncSetupDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString SyncSetupDialog::remote() const
{
    return m_remote->text().trimmed();
}

QString SyncSetupDialog::device() const
{
    return m_device->text().trimmed();
}

QString SyncSetupDialog::user() const
{
    return m_user->text().trimmed();
}

QByteArray SyncSetupDialog::token() const
{
    return m_token->text().toUtf8();
}

} // namespace Paperboy::Ui
