#pragma once

#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace weav::net {

class HttpWorker;
class TcpListener;

// A small HTTP/1.1 server: keep-alive, pipelining, chunked request bodies, `Expect: 100-continue`,
// and a body limit checked before the body is read. Connections are spread over worker threads;
// the handler is called on a worker thread and must be thread-safe.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr qint64 MaxBodyBytes = 12 * 1024 * 1024;
    static constexpr qint64 MaxHeadBytes = 64 * 1024;

    explicit HttpServer(Handler handler, int workerCount = 0, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *errorMessage = nullptr);
    void close();

    QHostAddress serverAddress() const;
    quint16 serverPort() const;

private:
    friend class TcpListener;
    void dispatchConnection(qintptr socketDescriptor);

    Handler m_handler;
    std::unique_ptr<QThread> m_acceptorThread;
    std::unique_ptr<TcpListener> m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    QList<HttpWorker *> m_workers;
    int m_nextWorker = 0;
};

} // namespace weav::net
