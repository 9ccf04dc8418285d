// SyncController: SyncEngine::syncFile on a QThread, and the status bar's line.
#include "synccontroller.h"

#include "synclogdialog.h"
#include "syncsetupdialog.h"

#include "library/library.h"
#include "network/secretstore.h"
#include "sync/syncengine.h"

#include <QLabel>
#include <QLocale>
#include <QThread>
#include <QWidget>

namespace Paperboy::Ui {

using namespace Paperboy::Core;

SyncController::SyncController(Library *library, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_window(window)
    , m_secrets(new SecretStore(this))
    , m_label(new QLabel(window))
{
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    m_auto.setSingleShot(true);
    m_auto.setInterval(AutoSyncDelayMs);
    connect(&m_auto, &QTimer::timeout, this, &SyncController::syncNow);
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    // Every change of the reader's data is a change to send.
    connect(library, &Library::papersChanged, this, [this](const QStringList &, Changes what) {
        if (what != Changes(Change::Marked)) // marks for comparison stay on this machine
            changed();
    });
    connect(library, &Library::tagsChanged, this, &SyncController::changed);
    connect(library, &Library::queueChanged, this, &SyncController::changed);
    connect(library, &Library::historyChanged, this, &SyncController::changed);
    updateStatus();
}

SyncController::~SyncController()
{
    // A sync running now finishes: it commits what it has before the library closes.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncController::start()
{
    if (m_library->syncState().status().configured)
        QTimer::singleShot(StartDelayMs, this, &SyncController::syncNow);
}

void SyncController::changed()
{
    if (m_applying)
        return;
    if (updateStatus())
        m_auto.start();
}

void SyncController::syncNow()
{
    const SyncStatus s = m_library->syncState().status();
    if (!s.configured) {
        setUp();
        return;
    }
    if (m_busy) {
        m_again = true;
        return;
    }
    if (m_library->path().isEmpty() || m_library->path() == QLatin1StringView(":memory:")) {
        Q_EMIT message(tr("Sync needs a library file"), 5000);
        return;
    }
    m_auto.stop();
    m_retry.stop();
    // An https remote's token lives in the keychain only: read it for this sync and forget it.
    if (s.remote.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive)) {
        m_label->setText(tr("Syncing…"));
        m_label->show();
        m_busy = true; // while the keychain answers
        m_secrets->read(SyncEngine::secretKey(), [this](const SecretResult &r) { run(r.ok() ? r.secret : QByteArray()); });
        return;
    }
    run({});
}

void SyncController::run(const QByteArray &secret)
{
    SyncOptions options;
    options.user = m_library->syncState().value(QStringLiteral("user")).toUtf8();
    options.secret = secret;
    const QString path = m_library->path();
    auto result = std::make_shared<SyncResult>();
    m_thread = QThread::create([path, options, result] { *result = SyncEngine::syncFile(path, options); });
    m_thread->setObjectName(QStringLiteral("sync"));
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_busy = false;
        finished(*result);
    });
    m_busy = true;
    m_label->setText(tr("Syncing…"));
    m_label->setToolTip(QString());
    m_label->show();
    m_thread->start(QThread::LowPriority);
}

void SyncController::finished(const SyncResult &result)
{
    m_applying = true;
    m_library->notifyExternalUserDataChange(result.changedPapers, result.tagsChanged);
    m_applying = false;
    switch (result.outcome) {
    case SyncResult::Outcome::Synced:
        m_lastError.clear();
        Q_EMIT message(tr("Synced: %n paper(s) sent", nullptr, result.written) + QStringLiteral(", ") + tr("%n received", nullptr, result.received)
                           + (result.conflicts ? QStringLiteral(", ") + tr("%n note(s) edited on both machines kept twice", nullptr, result.conflicts) : QString()),
                       5000);
        break;
    case SyncResult::Outcome::UpToDate:
        m_lastError.clear();
        break;
    case SyncResult::Outcome::NotPushed:
    case SyncResult::Outcome::Failed:
        m_lastError = result.message;
        Q_EMIT message(tr("Sync failed: %1 (your changes are kept; it tries again later)").arg(result.message), 8000);
        m_retry.start();
        break;
    case SyncResult::Outcome::NotSetUp:
        m_lastError = result.message;
        break;
    }
    updateStatus();
    Q_EMIT synced(result);
    if (m_again) {
        m_again = false;
        m_auto.start();
    }
}

bool SyncController::updateStatus()
{
    if (m_busy)
        return true; // "Syncing…" until it ends (a sync runs only when set up)
    const SyncStatus s = m_library->syncState().status();
    if (!s.configured) {
        m_label->hide();
        return false;
    }
    const QLocale locale;
    QString text;
    const QString error = m_lastError.isEmpty() ? s.lastError : m_lastError;
    if (!error.isEmpty())
        text = tr("Sync failed");
    else if (s.lastSyncAt.isValid())
        text = tr("Synced %1").arg(locale.toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Not synced yet");
    if (s.pending > 0)
        text += QStringLiteral(" · ") + tr("%n pending", nullptr, s.pending);
    m_label->setText(text);
    QString tip = tr("Sync folder: %1").arg(s.dir);
    if (!s.remote.isEmpty())
        tip += u'\n' + tr("Remote: %1").arg(s.remote);
    if (!error.isEmpty())
        tip += u'\n' + error;
    tip += u'\n' + tr("Ctrl+Shift+S: sync now; File › Sync Log: every sync");
    m_label->setToolTip(tip);
    m_label->setAccessibleName(text);
    m_label->show();
    return true;
}

void SyncController::setUp()
{
    SyncSetupDialog dialog(m_library->syncState().status(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SyncEngine engine(*m_library);
    if (const Status s = engine.init(dialog.folder(), dialog.remote(), dialog.device()); !s) {
        Q_EMIT message(tr("Sync was not set up: %1").arg(s.message()), 8000);
        return;
    }
    m_library->syncState().setValue(QStringLiteral("user"), dialog.user());
    const auto go = [this] {
        Q_EMIT message(tr("Sync set up: syncing now"), 3000);
        updateStatus();
        syncNow();
    };
    if (dialog.token().isEmpty()) {
        go();
        return;
    }
    m_secrets->write(SyncEngine::secretKey(), dialog.token(), [this, go](const SecretResult &r) {
        if (!r.ok())
            Q_EMIT message(tr("The token was not saved in the keychain: %1").arg(r.message), 8000);
        go();
    });
}

void SyncController::showLog()
{
    auto *dialog = new SyncLogDialog(m_library->syncState().status(), m_library->syncState().log(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncLogDialog::syncRequested, this, &SyncController::syncNow);
    connect(this, &SyncController::synced, dialog, [this, dialog] { dialog->setEntries(m_library->syncState().status(), m_library->syncState().log()); });
    dialog->open();
}

} // namespace Paperboy::Ui
