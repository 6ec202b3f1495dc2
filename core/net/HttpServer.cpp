#include "HttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace weav::net {

Q_LOGGING_CATEGORY(lcHttpServer, "weav.core.net.http")

namespace {

constexpr int IdleTimeoutMs = 120 * 1000;

HttpResponse plainError(int status, const QString &message)
{
    QJsonObject body{{QStringLiteral("error"), message}};
    return HttpResponse::json(status, body);
}

} // namespace

class TcpListener : public QTcpServer
{
public:
    explicit TcpListener(HttpServer *server) : m_server(server) {}

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        m_server->dispatchConnection(socketDescriptor);
    }

private:
    HttpServer *m_server;
};

// One client connection, owned by a worker thread. Requests on a connection are answered in order;
// while one is being answered, later bytes wait in the buffer.
class HttpConnection : public QObject
{
public:
    HttpConnection(qintptr descriptor, const HttpServer::Handler &handler, QObject *parent)
        : QObject(parent), m_handler(handler)
    {
        m_socket = new QTcpSocket(this);
        m_socket->setSocketDescriptor(descriptor);
        m_peer = m_socket->peerAddress().toString();

        m_idleTimer.setSingleShot(true);
        m_idleTimer.setInterval(IdleTimeoutMs);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
        m_idleTimer.start();

        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    enum class State { Head, Body, ChunkedBody, Busy, Closing };

    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        m_idleTimer.start();
        process();
    }

    void process()
    {
        while (m_state != State::Busy && m_state != State::Closing) {
            const bool progressed = m_state == State::Head ? readHead()
                                  : m_state == State::Body ? readBody()
                                                           : readChunkedBody();
            if (!progressed)
                return;
        }
    }

    bool readHead()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > HttpServer::MaxHeadBytes)
                fail(431, QStringLiteral("The request header is larger than 64 KiB."));
            return false;
        }

        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);

        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            fail(400, QStringLiteral("The request line is malformed."));
            return false;
        }

        m_request = HttpRequest();
        m_request.method = requestLine[0].toUpper();
        m_request.peerAddress = m_peer;
        const bool http10 = requestLine[2] == "HTTP/1.0";

        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_request.setTarget(requestLine[1]);

        const QByteArray connection = m_request.header("connection").toLower();
        m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

        if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
            m_state = State::ChunkedBody;
            sendContinueIfExpected();
            return true;
        }

        bool ok = true;
        const QByteArray lengthHeader = m_request.header("content-length");
        m_bodyLength = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || m_bodyLength < 0) {
            fail(400, QStringLiteral("The Content-Length header is invalid."));
            return false;
        }
        if (m_bodyLength > HttpServer::MaxBodyBytes) {
            fail(413, QStringLiteral("The request body is larger than the 12 MiB limit."));
            return false;
        }

        m_state = State::Body;
        if (m_bodyLength > 0)
            sendContinueIfExpected();
        return true;
    }

    bool readBody()
    {
        if (m_buffer.size() < m_bodyLength)
            return false;

        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        dispatch();
        return true;
    }

    bool readChunkedBody()
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;

            bool ok = false;
            const QByteArray sizeField = m_buffer.left(lineEnd).split(';').value(0).trimmed();
            const qint64 chunkSize = sizeField.toLongLong(&ok, 16);
            if (!ok || chunkSize < 0) {
                fail(400, QStringLiteral("The chunked request body is malformed."));
                return false;
            }

            if (chunkSize == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
                const bool noTrailers = m_buffer.mid(lineEnd, 4) == "\r\n\r\n";
                if (!noTrailers && trailerEnd < 0)
                    return false;
                m_buffer.remove(0, noTrailers ? lineEnd + 4 : trailerEnd + 4);
                dispatch();
                return true;
            }

            if (m_request.body.size() + chunkSize > HttpServer::MaxBodyBytes) {
                fail(413, QStringLiteral("The request body is larger than the 12 MiB limit."));
                return false;
            }
            if (m_buffer.size() < lineEnd + 2 + chunkSize + 2)
                return false;

            m_request.body.append(m_buffer.mid(lineEnd + 2, chunkSize));
            m_buffer.remove(0, lineEnd + 2 + chunkSize + 2);
        }
    }

    void sendContinueIfExpected()
    {
        if (m_request.header("expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    void dispatch()
    {
        m_state = State::Busy;
        const HttpResponse response = m_handler(m_request);

        if (response.delayMs > 0) {
            QPointer<HttpConnection> self(this);
            QTimer::singleShot(response.delayMs, this, [self, response] {
                if (self)
                    self->finish(response);
            });
            return;
        }
        finish(response);
    }

    void finish(const HttpResponse &response)
    {
        if (response.dropConnection) {
            m_state = State::Closing;
            m_socket->abort();
            return;
        }

        write(response, m_request.method == "HEAD");

        if (!m_keepAlive) {
            m_state = State::Closing;
            m_socket->disconnectFromHost();
            return;
        }

        m_state = State::Head;
        m_request = HttpRequest();
        process();
    }

    // Answers a request the transport cannot pass on. The reply carries an X-Request-Id (the
    // client's, when the head was read, else a new one) and the log line names the request as far
    // as it was parsed.
    void fail(int status, const QString &message)
    {
        static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
        QString requestId = QString::fromLatin1(m_request.header("x-request-id"));
        if (!safeId.match(requestId).hasMatch())
            requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

        const QString method = m_request.method.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(m_request.method);
        const QString path = m_request.path.isEmpty() ? QStringLiteral("-") : m_request.path.left(200).toHtmlEscaped();
        qCInfo(lcHttpServer).noquote() << method << path << status << QStringLiteral("- request_id=%1").arg(requestId) << "rejected from" << m_peer
                                       << message;

        HttpResponse response = plainError(status, message);
        response.setHeader("X-Request-Id", requestId.toLatin1());
        m_keepAlive = false;
        write(response, false);
        m_state = State::Closing;
        m_socket->disconnectFromHost();
    }

    void write(const HttpResponse &response, bool headOnly)
    {
        QByteArray out;
        out.reserve(256 + response.body.size());
        out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &header : response.headers)
            out += header.first + ": " + header.second + "\r\n";
        if (response.status != 204)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        out += "\r\n";
        if (!headOnly && response.status != 204)
            out += response.body;
        m_socket->write(out);
    }

    HttpServer::Handler m_handler;
    QTcpSocket *m_socket = nullptr;
    QString m_peer;
    QTimer m_idleTimer;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::Head;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
};

// A thread that owns connections.
class HttpWorker : public QObject
{
public:
    explicit HttpWorker(const HttpServer::Handler &handler) : m_handler(handler)
    {
        m_thread.setObjectName(QStringLiteral("weav-http-worker"));
        moveToThread(&m_thread);
        m_thread.start();
    }

    ~HttpWorker() override { stop(); }

    void adopt(qintptr descriptor)
    {
        QMetaObject::invokeMethod(this, [this, descriptor] { new HttpConnection(descriptor, m_handler, this); },
                                  Qt::QueuedConnection);
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(this, [this] { qDeleteAll(children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    HttpServer::Handler m_handler;
    QThread m_thread;
};

HttpServer::HttpServer(Handler handler, int workerCount, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    if (workerCount <= 0)
        workerCount = qMax(2, QThread::idealThreadCount());
    for (int i = 0; i < workerCount; ++i)
        m_workers.append(new HttpWorker(m_handler));

    // The listening socket has a thread of its own, so that a busy or blocked owner thread (a GUI, a
    // test waiting on a socket) never stops connections from being accepted.
    m_acceptorThread = std::make_unique<QThread>();
    m_acceptorThread->setObjectName(QStringLiteral("weav-http-acceptor"));
    m_acceptorThread->start();
}

HttpServer::~HttpServer()
{
    close();
    m_acceptorThread->quit();
    m_acceptorThread->wait();
    for (HttpWorker *worker : std::as_const(m_workers)) {
        worker->stop();
        delete worker;
    }
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    bool listening = false;
    QString error;
    QObject context;
    context.moveToThread(m_acceptorThread.get());
    QMetaObject::invokeMethod(&context, [&] {
        m_listener = std::make_unique<TcpListener>(this);
        listening = m_listener->listen(address, port);
        if (listening) {
            m_address = m_listener->serverAddress();
            m_port = m_listener->serverPort();
        } else {
            error = m_listener->errorString();
            m_listener.reset();
        }
    }, Qt::BlockingQueuedConnection);

    if (!listening && errorMessage)
        *errorMessage = error;
    return listening;
}

void HttpServer::close()
{
    if (!m_listener)
        return;
    QObject context;
    context.moveToThread(m_acceptorThread.get());
    QMetaObject::invokeMethod(&context, [this] { m_listener.reset(); }, Qt::BlockingQueuedConnection);
}

QHostAddress HttpServer::serverAddress() const
{
    return m_address;
}

quint16 HttpServer::serverPort() const
{
    return m_port;
}

// Runs on the acceptor thread.
void HttpServer::dispatchConnection(qintptr socketDescriptor)
{
    HttpWorker *worker = m_workers[m_nextWorker];
    m_nextWorker = (m_nextWorker + 1) % m_workers.size();
    worker->adopt(socketDescriptor);
}

} // namespace weav::net
