// DailyBackup: VACUUM INTO a partial file on a worker connection, rename, keep the newest three.
#include "dailybackup.h"

#include "library/database.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Paperboy::Core {

namespace {

const QString kInfix = QStringLiteral(".backup-daily-");

// A running copy stops at the next chance when *cancel is set (the window is closing).
int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

Status makeCopy(const QString &libraryPath, const QString &target, const std::atomic_bool *cancel)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // left by a copy that was stopped; VACUUM INTO wants no file there
    {
        Database db;
        if (Status s = db.open(libraryPath); !s)
            return Status::failure(DailyBackup::tr("cannot open %1 for its daily backup: %2").arg(libraryPath, s.message()));
        if (cancel)
            sqlite3_progress_handler(db.handle(), 1000, stopWhenCancelled, const_cast<std::atomic_bool *>(cancel));
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec()) {
            const QString error = q.lastError().databaseText();
            q.finish();
            QFile::remove(partial);
            if (cancel && cancel->load())
                return Status::failure(DailyBackup::tr("the daily backup of %1 was stopped").arg(libraryPath));
            return Status::failure(DailyBackup::tr("the daily backup of %1 failed: %2").arg(libraryPath, error));
        }
    }
    // On disk before it takes the name, so a crash leaves either the old copies or a whole new one.
    {
        QFile f(partial);
        if (!f.open(QIODevice::ReadOnly) || ::fsync(f.handle()) != 0) {
            QFile::remove(partial);
            return Status::failure(DailyBackup::tr("the daily backup %1 cannot be saved: %2").arg(partial, f.errorString()));
        }
    }
    // rename(2) replaces a copy of the same day in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return Status::failure(DailyBackup::tr("the daily backup %1 cannot be saved: %2").arg(target, error));
    }
    return Status::success();
}

Status makeAndRotate(const QString &libraryPath, QString *made, const std::atomic_bool *cancel)
{
    const QString target = libraryPath + kInfix + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    if (Status s = makeCopy(libraryPath, target, cancel); !s)
        return s;
    if (made)
        *made = target;
    const QFileInfoList copies = DailyBackup::existing(libraryPath);
    QStringList failed;
    for (qsizetype i = DailyBackup::Keep; i < copies.size(); ++i)
        if (!QFile::remove(copies.at(i).absoluteFilePath()))
            failed << copies.at(i).absoluteFilePath();
    if (!failed.isEmpty())
        return Status::failure(DailyBackup::tr("the daily backup was made, but older ones cannot be deleted: %1").arg(failed.join(QStringLiteral(", "))));
    return Status::success();
}

} // namespace

DailyBackup::DailyBackup(Library *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckMsecs);
    connect(m_timer, &QTimer::timeout, this, &DailyBackup::check);
    m_timer->start();
    check();
}

DailyBackup::~DailyBackup()
{
    m_cancel = true; // closing should not wait for a copy of a large library
    blockSignals(true);
    done();
}

QFileInfoList DailyBackup::existing(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QRegularExpression pattern(QStringLiteral("^%1%2(\\d{8})$").arg(QRegularExpression::escape(library.fileName()), QRegularExpression::escape(kInfix)));
    QFileInfoList copies;
    for (const QFileInfo &f : QDir(library.absolutePath()).entryInfoList({library.fileName() + kInfix + u'*'}, QDir::Files))
        if (pattern.match(f.fileName()).hasMatch())
            copies << f;
    // The date in the name first (yyyyMMdd sorts as text), then the time it was written.
    std::sort(copies.begin(), copies.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.fileName() != b.fileName() ? a.fileName() > b.fileName() : a.lastModified() > b.lastModified();
    });
    return copies;
}

bool DailyBackup::isDue(const QString &libraryPath, const QDateTime &now)
{
    QDateTime newest;
    for (const QFileInfo &f : existing(libraryPath))
        if (!newest.isValid() || f.lastModified() > newest)
            newest = f.lastModified();
    return !newest.isValid() || newest.secsTo(now) >= IntervalSecs;
}

Status DailyBackup::make(const QString &libraryPath, QString *made)
{
    return makeAndRotate(libraryPath, made, nullptr);
}

void DailyBackup::check()
{
    const QString path = m_library->path();
    if (m_worker || m_library->isReadOnly() || path == QLatin1StringView(":memory:") || m_library->catalog().isEmpty() || !isDue(path))
        return;
    m_made.clear();
    m_worker = QThread::create([this, path] {
        QString made;
        m_result = makeAndRotate(path, &made, &m_cancel);
        m_made = made;
        QMetaObject::invokeMethod(this, &DailyBackup::done, Qt::QueuedConnection);
    });
    m_worker->start(QThread::LowPriority);
}

void DailyBackup::wait()
{
    done();
}

void DailyBackup::done()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    Q_EMIT finished(m_result.ok(), m_made, m_result.message());
}

} // namespace Paperboy::Core
