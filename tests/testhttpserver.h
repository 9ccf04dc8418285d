// A small HTTP/1.1 server on 127.0.0.1 for the network tests: real sockets, scripted answers.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

struct TestRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    qint64 atMs = 0; // since the server was made

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct TestResponse {
    enum class Body {
        Whole, // Content-Length, the body, close
        NoLength, // no Content-Length: the body, then close (the client counts what it receives)
        Stall, // Content-Length of the whole body, the first stallAfter bytes, then silence
        Dribble, // no Content-Length, then one byte every dribbleMs, forever
        Silent, // reads the request, then sends nothing (the connection stays open)
        EndlessHeader, // the status line, then one header line that never ends: dribbleBytes every dribbleMs
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Body mode = Body::Whole;
    int delayMs = 0; // before the status line
    qint64 stallAfter = 0;
    int dribbleMs = 100;
    int dribbleBytes = 1; // EndlessHeader

    static TestResponse make(int status, const QByteArray &reason, const QByteArray &body = {}, const QByteArray &type = "text/plain; charset=utf-8")
    {
        TestResponse r;
        r.status = status;
        r.reason = reason;
        r.body = body;
        if (!type.isEmpty())
            r.headers.append({"Content-Type", type});
        return r;
    }
    TestResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

class TestHttpServer
{
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
        m_clock.start();
    }
    ~TestHttpServer()
    {
        for (const auto &s : std::as_const(m_sockets))
            if (s)
                s->abort();
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    bool listen() { return start(std::make_unique<QTcpServer>()); }
    bool listenTls(const QSslConfiguration &configuration)
    {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(configuration);
        m_tls = true;
        return start(std::move(server));
    }

    quint16 port() const { return m_server->serverPort(); }
    QString base() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()); }
    QUrl url(const QString &path) const { return QUrl(base() + path); }

    const QList<TestRequest> &requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const
    {
        int n = 0;
        for (const auto &r : m_requests)
            n += r.path.startsWith(pathPrefix);
        return n;
    }
    void clearRequests() { m_requests.clear(); }
    int maxInFlight() const { return m_maxInFlight; }
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }

private:
    bool start(std::unique_ptr<QTcpServer> server)
    {
        m_server = std::move(server);
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, &m_context, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }

    void accept(QTcpSocket *socket)
    {
        m_sockets.append(socket);
        QObject::connect(socket, &QTcpSocket::readyRead, &m_context, [this, socket] { onRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, &m_context, [this, socket] {
            done(socket);
            socket->deleteLater();
        });
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (socket->property("answered").toBool())
            return;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        socket->setProperty("answered", true);
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        TestRequest req;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.target = first.value(1);
        const QUrl u(QString::fromLatin1(req.target));
        req.path = u.path();
        req.query = QUrlQuery(u);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        req.atMs = m_clock.elapsed();
        m_requests.append(req);
        socket->setProperty("inflight", true);
        m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
        const TestResponse response = m_handler ? m_handler(req) : TestResponse::make(404, "Not Found");
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, [this, socket, response] { answer(socket, response); });
        else
            answer(socket, response);
    }

    void answer(QTcpSocket *socket, const TestResponse &r)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        for (const auto &h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Connection: close\r\n";
        switch (r.mode) {
        case TestResponse::Body::Whole:
            socket->write(head + "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
            finishWriting(socket);
            break;
        case TestResponse::Body::NoLength:
            socket->write(head + "\r\n" + r.body);
            finishWriting(socket);
            break;
        case TestResponse::Body::Stall:
            socket->write(head + "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body.left(r.stallAfter));
            break;
        case TestResponse::Body::Dribble: {
            socket->write(head + "\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(r.dribbleMs);
            break;
        }
        case TestResponse::Body::Silent: break;
        case TestResponse::Body::EndlessHeader: {
            socket->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\nX-Endless: ");
            auto *timer = new QTimer(socket);
            const QByteArray chunk(std::max(1, r.dribbleBytes), 'h');
            QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] { socket->write(chunk); });
            timer->start(r.dribbleMs);
            break;
        }
        }
    }

    // The answer counts as done once it is all handed to the system, before the client can see its
    // end: so a client that waits for one answer before asking again is never counted twice.
    void finishWriting(QTcpSocket *socket)
    {
        const auto check = [this, socket] {
            if (socket->bytesToWrite() == 0) {
                done(socket);
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, &m_context, check);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            QObject::connect(ssl, &QSslSocket::encryptedBytesWritten, &m_context, check);
    }

    void done(QTcpSocket *socket)
    {
        if (socket->property("inflight").toBool()) {
            socket->setProperty("inflight", false);
            --m_inFlight;
        }
        m_buffers.remove(socket);
    }

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QObject m_context; // owns the connections; goes before the sockets do
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<TestRequest> m_requests;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    bool m_tls = false;
};
