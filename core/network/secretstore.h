// Tokens and passwords of sources in the system keychain (QtKeychain), and nowhere else.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Paperboy::Core {

struct SecretResult {
    enum class Outcome { Ok, NotFound, NoKeychain, Failed };
    Outcome outcome = Outcome::Failed;
    QByteArray secret; // a successful read only
    QString message; // for the user, when not Ok

    bool ok() const { return outcome == Outcome::Ok; }
};

// Secrets live in the platform's store under the service "paperboy" (Secret Service or KWallet on
// Linux, the Keychain on macOS, the Credential Manager on Windows). When there is none, every call
// fails with NoKeychain and nothing is written anywhere: there is no plain-file fallback. A secret
// is never logged, and a SecretStore never keeps one after handing it over.
//
// The calls are asynchronous; done runs once, in this object's thread, unless the store is
// deleted first. The *AndWait forms spin a local event loop (the command line and tests).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Service = "paperboy";

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain entry of a source's token or password: "source/<name>".
    static QString keyForSource(const QString &sourceName);

    void write(const QString &key, const QByteArray &secret, std::function<void(const SecretResult &)> done);
    void read(const QString &key, std::function<void(const SecretResult &)> done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, std::function<void(const SecretResult &)> done);

    SecretResult writeAndWait(const QString &key, const QByteArray &secret);
    SecretResult readAndWait(const QString &key);
    SecretResult removeAndWait(const QString &key);
};

} // namespace Paperboy::Core
