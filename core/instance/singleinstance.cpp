// SingleInstance: QLocalServer / QLocalSocket with a one-line JSON message and a one-line answer.
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <cerrno>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Paperboy::Core {

namespace {
constexpr qsizetype kMaxMessage = 1 << 20; // a command line's worth of paths, not more

// Whether path is a folder only this user can enter: its own, with no access for anyone else (what
// the XDG base directory specification asks of XDG_RUNTIME_DIR). A link counts only if followLink.
bool isPrivateFolder(const QString &path, bool followLink)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {
    };
    if ((followLink ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st)) != 0)
        return false;
    return S_ISDIR(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0;
}

// Where the socket goes: XDG_RUNTIME_DIR when it is private, else paperboy-<uid> in the temporary
// folder, made private here. Another user may have made that one first, or made it a link: then
// it is not ours and there is no single instance.
QString socketFolder(QString *error)
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (QDir::isAbsolutePath(runtime) && isPrivateFolder(runtime, true))
        return QDir::cleanPath(runtime);
    const QString own = QDir::cleanPath(QDir::tempPath()) + QStringLiteral("/paperboy-%1").arg(::geteuid());
    if (::mkdir(QFile::encodeName(own).constData(), 0700) != 0 && errno != EEXIST) {
        const QString why = qt_error_string(errno);
        *error = SingleInstance::tr("cannot make the folder %1: %2").arg(own, why);
        return {};
    }
    if (!isPrivateFolder(own, false)) {
        *error = SingleInstance::tr("%1 is not a folder only you can enter").arg(own);
        return {};
    }
    return own;
}
} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
{
    m_name = serverNameFor(libraryPath, &m_nameError);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &libraryPath, QString *error)
{
    QString problem;
    const QString folder = socketFolder(&problem);
    if (folder.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const QString canonical = QFileInfo(libraryPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return folder + QStringLiteral("/paperboy-%1").arg(QString::fromLatin1(hash));
}

bool SingleInstance::forwardToRunning(const QStringList &files, int timeoutMs, QString *warning)
{
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // The folder keeps other users out, but root can put anyone's socket there: the listener's
    // credentials, taken by the kernel when it began listening, say whose it is.
    ucred peer{};
    socklen_t length = sizeof peer;
    if (::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &peer, &length) != 0) {
        const QString why = qt_error_string(errno);
        if (warning)
            *warning = tr("cannot tell whose process listens at %1 (%2): nothing was handed to it").arg(m_name, why);
        return false;
    }
    if (peer.uid != ::geteuid()) {
        if (warning)
            *warning = tr("the process listening at %1 runs as user %2, not as you: nothing was handed to it").arg(m_name).arg(peer.uid);
        return false;
    }
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
    if (m_name.isEmpty()) {
        if (error)
            *error = m_nameError;
        return false;
    }
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
