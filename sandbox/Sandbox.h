#pragma once

#include "SandboxConfig.h"
#include "api/Router.h"
#include "http/HttpMessage.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace weav::sandbox {

class Database;
class WebhookDispatcher;

// A Weav-compatible server: the store, the routes of every resource, and the request pipeline
// (authentication, rate limit, faults, abilities, body parsing, the handler, webhook events, one log
// line). handle() runs the pipeline without a socket, so tests can call it directly; listen()
// puts it behind the HTTP server.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(const SandboxConfig &config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens (and if needed creates) the database. Must succeed before handle() or listen().
    bool open(QString *errorMessage);

    // Starts the HTTP server and the background work (webhook delivery, URL processing, simulated
    // traffic). With port 0 a free port is picked; baseUrl() tells which.
    bool listen(QString *errorMessage);
    void stop();

    QUrl baseUrl() const;
    const SandboxConfig &config() const;
    Database &database();
    WebhookDispatcher *webhooks() const;
    const Router &router() const;

    // Deletes a token and removes it from the authentication cache, so that the next request with it
    // gets 401. Returns whether it existed.
    bool revokeToken(const QString &plainText);

    // The injected error and drop rates, changeable while the server runs.
    void setFaultRates(double errorRate, double dropRate);
    std::pair<double, double> faultRates() const;

    // The whole request pipeline. Thread-safe.
    HttpResponse handle(const HttpRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace weav::sandbox
