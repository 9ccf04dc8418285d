// SecretStore: QtKeychain jobs with the insecure fallback off, errors put in words.
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Paperboy::Core {

namespace {

SecretResult resultOf(const QKeychain::Job *job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError: r.outcome = SecretResult::Outcome::Ok; return r;
    case QKeychain::EntryNotFound:
        r.outcome = SecretResult::Outcome::NotFound;
        r.message = QCoreApplication::translate("SecretStore", "the keychain has no entry %1").arg(job->key());
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: r.outcome = SecretResult::Outcome::NoKeychain; break;
    default: r.outcome = SecretResult::Outcome::Failed; break;
    }
    // Without a Secret Service (or KWallet) on the session bus, QtKeychain reports a D-Bus error
    // rather than NoBackendAvailable: either way the reader needs to hear that there is no keychain.
    if (r.outcome == SecretResult::Outcome::Failed && !QKeychain::isAvailable())
        r.outcome = SecretResult::Outcome::NoKeychain;
    r.message = r.outcome == SecretResult::Outcome::NoKeychain
        ? QCoreApplication::translate("SecretStore", "no system keychain is available (%1)").arg(job->errorString())
        : QCoreApplication::translate("SecretStore", "the system keychain could not be used (%1)").arg(job->errorString());
    return r;
}

template<typename Job>
Job *makeJob(QObject *parent, const QString &key)
{
    auto *job = new Job(QString::fromLatin1(SecretStore::Service), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    return job;
}

SecretResult waitFor(const std::function<void(std::function<void(const SecretResult &)>)> &start)
{
    QEventLoop loop;
    SecretResult result;
    bool done = false;
    start([&](const SecretResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyForSource(const QString &sourceName)
{
    return QStringLiteral("source/") + sourceName;
}

void SecretStore::write(const QString &key, const QByteArray &secret, std::function<void(const SecretResult &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) { done(resultOf(j)); });
    job->start();
}

void SecretStore::read(const QString &key, std::function<void(const SecretResult &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        SecretResult r = resultOf(j);
        if (r.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(const SecretResult &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        SecretResult r = resultOf(j);
        if (r.outcome == SecretResult::Outcome::NotFound) {
            r.outcome = SecretResult::Outcome::Ok;
            r.message.clear();
        }
        done(r);
    });
    job->start();
}

SecretResult SecretStore::writeAndWait(const QString &key, const QByteArray &secret)
{
    return waitFor([&](auto done) { write(key, secret, std::move(done)); });
}

SecretResult SecretStore::readAndWait(const QString &key)
{
    return waitFor([&](auto done) { read(key, std::move(done)); });
}

SecretResult SecretStore::removeAndWait(const QString &key)
{
    return waitFor([&](auto done) { remove(key, std::move(done)); });
}

} // namespace Paperboy::Core
