// SingleInstance: QLocalServer / QLocalSocket with a one-line JSON message and a one-line answer.
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Paperboy::Core {

namespace {
constexpr qsizetype kMaxMessage = 1 << 20; // a command line's worth of paths, not more
}

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(libraryPath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &libraryPath)
{
    const QString canonical = QFileInfo(libraryPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("paperboy-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::forwardToRunning(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &f : files)
        paths.append(QFileInfo(f).absoluteFilePath());
    const QByteArray message = QJsonDocument(QJsonObject{{QStringLiteral("files"), paths}}).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The answer says the running instance has the files; without it this process goes on itself.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    if (m_server)
        return true;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // Nobody answered forwardToRunning, so a socket file that is still there is stale.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            if (error)
                *error = server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > kMaxMessage) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
                QStringList files;
                for (const QJsonValue &v : doc.object().value(QStringLiteral("files")).toArray())
                    if (v.isString() && QFileInfo(v.toString()).isAbsolute())
                        files << v.toString();
                socket->write("ok\n");
                socket->flush();
                Q_EMIT filesReceived(files);
            });
        }
    });
    return true;
}

} // namespace Paperboy::Core
