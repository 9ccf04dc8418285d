// LibraryUpgrade: Database::open on a worker thread behind a busy progress dialog.
#include "libraryupgrade.h"

#include "library/database.h"

#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <QTimer>
#include <memory>

namespace Paperboy::Ui {

bool LibraryUpgrade::needed(const QString &path)
{
    const int version = Core::Database::fileVersion(path);
    return version > 0 && version < Core::Database::latestVersion();
}

Core::Status LibraryUpgrade::run(const QString &path, QWidget *parent, int delayMs)
{
    const int from = Core::Database::fileVersion(path);
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(tr("Paperboy"));
    dialog.setLabelText(tr("Upgrading the library to a new format. This happens once and can take a minute for a large library.\n"
                           "The library as it was is kept in %1.")
                            .arg(QDir::toNativeSeparators(path + QStringLiteral(".backup-v%1").arg(from))));
    dialog.setCancelButton(nullptr); // a migration is one transaction: it finishes or leaves the file as it was
    dialog.setRange(0, 0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setWindowModality(Qt::ApplicationModal);
    QTimer::singleShot(delayMs, &dialog, [&dialog] { dialog.show(); });

    QEventLoop loop;
    Core::Status result;
    const std::unique_ptr<QThread> worker(QThread::create([&] {
        {
            Core::Database db;
            result = db.open(path);
        }
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    }));
    worker->start();
    loop.exec();
    worker->wait();
    return result;
}

} // namespace Paperboy::Ui
