// One running Paperboy per library: a second start hands its files to the first and exits.
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Paperboy::Core {

// The first process for a library listens on a local socket named after the library file, in a
// folder only its user can enter ($XDG_RUNTIME_DIR, else a folder of its own in the temporary
// folder), so no other user can listen there first; a later one connects, checks that the listener
// runs as its own user, sends the files it was given (one JSON line, absolute paths) and, once the
// first has answered, exits. A stale socket left by a crashed process is removed.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when a running instance took the files (and will raise its window): exit then. False
    // when none did; when the listener runs as another user it is sent nothing and *warning says so.
    bool forwardToRunning(const QStringList &files, int timeoutMs = 3000, QString *warning = nullptr);
    // Becomes the instance others hand their files to; false (with a reason) when that fails.
    bool listen(QString *error = nullptr);
    QString serverName() const { return m_name; }

    // The socket's path; empty (with *error) when there is no folder only this user can enter.
    // Makes the folder in the temporary folder when needed.
    static QString serverNameFor(const QString &libraryPath, QString *error = nullptr);

Q_SIGNALS:
    // Another start asked for these files (absolute paths; may be empty: just show the window).
    void filesReceived(const QStringList &files);

private:
    QString m_name;
    QString m_nameError; // why there is no name
    QLocalServer *m_server = nullptr;
};

} // namespace Paperboy::Core
