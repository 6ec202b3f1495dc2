// The HTTP transport over real sockets: keep-alive, pipelining, chunked bodies, Expect: 100-continue,
// size limits and malformed requests, and concurrent writers on one database.
// Not covered here: TLS (the sandbox serves plain HTTP on loopback only) and HTTP/2.

#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

// Reads from the socket until `predicate(buffer)` holds or the socket closes or time runs out.
QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &predicate, int timeoutMs = 5000)
{
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (!predicate(buffer) && timer.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(100);
        buffer.append(socket.readAll());
    }
    return buffer;
}

int countResponses(const QByteArray &buffer)
{
    return int(buffer.count("HTTP/1.1 "));
}

} // namespace

class HttpServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fixture.start(true));
        authorization = "Authorization: Bearer " + fixture.writeToken.toLatin1() + "\r\n";
    }

    void keepAliveServesSeveralRequests()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        for (int i = 0; i < 3; ++i) {
            socket.write("GET /v1/companies HTTP/1.1\r\nHost: test\r\n" + authorization + "\r\n");
            const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n") && b.endsWith("}"); });
            QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.constData());
            QVERIFY(reply.contains("Connection: keep-alive"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void pipelinedRequestsAnswerInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        socket.write("GET /v1/companies HTTP/1.1\r\nHost: t\r\nX-Request-Id: first\r\n" + authorization + "\r\n"
                     "GET /v1/nothing HTTP/1.1\r\nHost: t\r\nX-Request-Id: second\r\n" + authorization + "\r\n");
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return countResponses(b) == 2 && b.endsWith("}"); });

        QCOMPARE(countResponses(reply), 2);
        const qsizetype first = reply.indexOf("X-Request-Id: first");
        const qsizetype second = reply.indexOf("X-Request-Id: second");
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QVERIFY(reply.indexOf("HTTP/1.1 404") > first);
    }

    void connectionCloseIsHonoured()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        socket.write("GET /v1/companies HTTP/1.1\r\nHost: t\r\nConnection: close\r\n" + authorization + "\r\n");
        const QByteArray reply = readUntil(socket, [](const QByteArray &) { return false; }, 3000);
        QVERIFY(reply.startsWith("HTTP/1.1 200"));
        QVERIFY(reply.contains("Connection: close"));
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState || socket.waitForDisconnected(2000));
    }

    void chunkedBodyIsAssembled()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        const QByteArray body = "{\"name\":\"Chunked Inc\"}";
        QByteArray request = "POST /v1/companies HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                             "Transfer-Encoding: chunked\r\n" + authorization + "\r\n";
        request += QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n";
        request += QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\n\r\n";
        socket.write(request);

        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 201"), reply.constData());
        QVERIFY(reply.contains("Chunked Inc"));
    }

    void expectContinueGetsInterimReply()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        const QByteArray body = "{\"name\":\"Patient Ltd\"}";
        socket.write("POST /v1/companies HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + authorization + "\r\n");
        const QByteArray interim = readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue"), interim.constData());

        socket.write(body);
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 201"), reply.constData());
    }

    void oversizedBodyIs413BeforeUpload()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        // Only the head is sent: the server must answer from Content-Length alone.
        const qint64 length = 12 * 1024 * 1024 + 1;
        socket.write("POST /v1/companies HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                     "Content-Length: " + QByteArray::number(length) + "\r\n" + authorization + "\r\n");
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.constData());
        QVERIFY(reply.contains("\"error\""));
        QVERIFY(reply.contains("X-Request-Id: "));
    }

    void bodyAtLimitIsRead()
    {
        // 12 MiB exactly is accepted by the transport; the JSON parser then rejects the padding.
        QByteArray body(12 * 1024 * 1024, ' ');
        body[0] = '{';
        body[body.size() - 1] = '}';
        const Reply reply = fixture.http("POST", QStringLiteral("/v1/companies"), body,
                                         {{"authorization", "Bearer " + fixture.writeToken.toLatin1()},
                                          {"content-type", "application/json"}}, 30000);
        QCOMPARE(reply.status, 422);
    }

    void oversizedHeadIs431()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        socket.write("GET /v1/companies HTTP/1.1\r\nX-Padding: " + QByteArray(70 * 1024, 'a'));
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 431"), reply.left(200).constData());
    }

    void malformedRequestLineIs400()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        socket.write("HELLO\r\n\r\n");
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
        QVERIFY(reply.contains("X-Request-Id: "));
    }

    void invalidContentLengthIs400()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
        QVERIFY(socket.waitForConnected(3000));

        socket.write("POST /v1/companies HTTP/1.1\r\nContent-Length: twelve\r\n\r\n");
        const QByteArray reply = readUntil(socket, [](const QByteArray &b) { return b.endsWith("}"); });
        QVERIFY2(reply.startsWith("HTTP/1.1 400"), reply.constData());
    }

    void serverSurvivesGarbage()
    {
        for (int round = 0; round < 20; ++round) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, fixture.baseUrl().port());
            QVERIFY(socket.waitForConnected(3000));
            QByteArray garbage;
            for (int i = 0; i < 512; ++i)
                garbage.append(char((i * 7919 + round * 104729) % 256));
            socket.write(garbage);
            socket.waitForBytesWritten(1000);
            socket.abort();
        }

        const Reply reply = fixture.http("GET", QStringLiteral("/v1/companies"), {},
                                         {{"authorization", "Bearer " + fixture.writeToken.toLatin1()}});
        QCOMPARE(reply.status, 200);
    }

    void concurrentWritersKeepEveryRow()
    {
        // Many connections write at once; every create must land exactly once.
        constexpr int Requests = 120;
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Requests; ++i) {
            QNetworkRequest request(QUrl(fixture.baseUrl().toString() + QStringLiteral("/v1/companies")));
            request.setRawHeader("Authorization", "Bearer " + fixture.writeToken.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            const QByteArray body = "{\"name\":\"Parallel " + QByteArray::number(i) + "\",\"domain\":\"p" + QByteArray::number(i) + ".example\"}";
            replies.append(network.post(request, body));
        }

        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);

        int created = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++created;
            reply->deleteLater();
        }
        QCOMPARE(created, Requests);

        const QJsonArray all = fixture.listAll(QStringLiteral("/v1/companies?q=Parallel"));
        QCOMPARE(all.size(), Requests);
        QSet<QString> names;
        for (const QJsonValue &company : all)
            names.insert(company.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names.size(), Requests);
    }

private:
    SandboxFixture fixture;
    QByteArray authorization;
};

QTEST_GUILESS_MAIN(HttpServerTest)
#include "tst_http_server.moc"
