// One running Paperboy per library: a second start hands its files to the first and exits.
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Paperboy::Core {

// The first process for a library listens on a local socket named after the user and the library
// file; a later one connects, sends the files it was given (one JSON line, absolute paths) and,
// once the first has answered, exits. A stale socket left by a crashed process is removed.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when a running instance took the files (and will raise its window): exit then.
    bool forwardToRunning(const QStringList &files, int timeoutMs = 3000);
    // Becomes the instance others hand their files to; false (with a reason) when that fails.
    bool listen(QString *error = nullptr);
    QString serverName() const { return m_name; }

    static QString serverNameFor(const QString &libraryPath);

Q_SIGNALS:
    // Another start asked for these files (absolute paths; may be empty: just show the window).
    void filesReceived(const QStringList &files);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Paperboy::Core
