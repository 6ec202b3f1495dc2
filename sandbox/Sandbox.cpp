#include "Sandbox.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "events/TrainingProcessor.h"
#include "events/TrafficSimulator.h"
#include "events/WebhookDispatcher.h"
#include "faults/Faults.h"
#include "http/HttpServer.h"
#include "http/Multipart.h"
#include "resources/Resources.h"
#include "store/Database.h"
#include "store/Tokens.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>

namespace weav::sandbox {

Q_LOGGING_CATEGORY(lcHttp, "weav.sandbox.http")

struct Sandbox::Private
{
    explicit Private(const SandboxConfig &config)
        : config(config), database(config.dataPath), faults(this->config), rateLimiter(config.rateLimitPerMinute)
    {
    }

    SandboxConfig config;
    Database database;
    Router router;
    FaultInjector faults;
    RateLimiter rateLimiter;
    std::unique_ptr<Services> services;
    std::unique_ptr<WebhookDispatcher> webhooks;
    std::unique_ptr<TrainingProcessor> training;
    std::unique_ptr<TrafficSimulator> traffic;
    std::unique_ptr<HttpServer> server;

    QMutex tokenCacheMutex;
    QHash<QString, TokenInfo> tokenCache;

    // Successful GET replies by thread, workspace, target and Host (list links carry the host),
    // valid while the database's change stamp is the one they were made under. A list page costs a
    // COUNT and the JSON of 100 rows; a repeated one costs a hash lookup.
    struct CachedReply
    {
        QByteArray stamp;
        HttpResponse response;
    };
    static constexpr int MaxCachedReplies = 1024;
    QMutex replyCacheMutex;
    QHash<QByteArray, CachedReply> replyCache;
    HttpResponse runCached(RequestContext &ctx, const Route &route);

    std::optional<TokenInfo> authenticate(const QByteArray &authorization);
    HttpResponse route(const HttpRequest &request, const QString &requestId, RateDecision &rate);
    std::optional<HttpResponse> parseBody(RequestContext &ctx, const Route &route);
    HttpResponse run(RequestContext &ctx, const Route &route);
};

namespace {

QString requestIdFor(const HttpRequest &request)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString given = QString::fromLatin1(request.header("x-request-id"));
    return safe.match(given).hasMatch() ? given : json::newId();
}

// The path as it goes into the log: control characters escaped, so a crafted path cannot forge a
// second line, and anything shaped like an API token masked, for a client that put one in the path.
QString loggablePath(const QString &path)
{
    static const QRegularExpression token(QStringLiteral("weav_[A-Za-z0-9]+"));
    QString safe;
    safe.reserve(path.size());
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            safe += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe.replace(token, QStringLiteral("weav_***"));
}

bool isWriteMethod(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

} // namespace

Sandbox::Sandbox(const SandboxConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(config))
{
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::open(QString *errorMessage)
{
    if (!d->database.open(errorMessage))
        return false;

    d->webhooks = std::make_unique<WebhookDispatcher>(d->config);
    d->services = std::make_unique<Services>(Services{d->database, d->config, d->webhooks.get(), {}});
    d->training = std::make_unique<TrainingProcessor>(*d->services);
    d->services->scheduleUrlProcessing = [training = d->training.get()](const QString &workspaceId, const QString &itemId) {
        training->schedule(workspaceId, itemId);
    };

    registerAllRoutes(d->router);
    return true;
}

bool Sandbox::listen(QString *errorMessage)
{
    d->server = std::make_unique<HttpServer>([this](const HttpRequest &request) { return handle(request); },
                                             d->config.workerThreads);

    const QHostAddress address(d->config.host);
    if (address.isNull()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Invalid --host \"%1\": give an IP address such as 127.0.0.1.").arg(d->config.host);
        return false;
    }
    if (!d->server->listen(address, d->config.port, errorMessage))
        return false;

    d->config.port = d->server->serverPort();
    d->training->resumeUnfinished();

    if (d->config.simulatedMessagesPerMinute > 0) {
        d->traffic = std::make_unique<TrafficSimulator>(*d->services);
        d->traffic->start(d->config.simulatedMessagesPerMinute);
    }
    return true;
}

void Sandbox::stop()
{
    if (d->traffic)
        d->traffic.reset();
    if (d->server) {
        d->server->close();
        d->server.reset();
    }
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->config.host);
    url.setPort(d->config.port);
    return url;
}

const SandboxConfig &Sandbox::config() const
{
    return d->config;
}

Database &Sandbox::database()
{
    return d->database;
}

WebhookDispatcher *Sandbox::webhooks() const
{
    return d->webhooks.get();
}

void Sandbox::setFaultRates(double errorRate, double dropRate)
{
    d->faults.setRates(errorRate, dropRate);
}

std::pair<double, double> Sandbox::faultRates() const
{
    return d->faults.rates();
}

bool Sandbox::revokeToken(const QString &plainText)
{
    const bool existed = tokens::revoke(d->database, plainText);
    QMutexLocker lock(&d->tokenCacheMutex);
    d->tokenCache.remove(tokens::hash(plainText));
    return existed;
}

const Router &Sandbox::router() const
{
    return d->router;
}

HttpResponse Sandbox::handle(const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();

    const QString requestId = requestIdFor(request);
    RateDecision rate;
    HttpResponse response = d->route(request, requestId, rate);

    response.setHeader("X-Request-Id", requestId.toLatin1());
    response.setHeader("Server", "weav-sandbox/" WEAV_VERSION);
    if (d->rateLimiter.enabled() && rate.limit > 0) {
        response.setHeader("X-RateLimit-Limit", QByteArray::number(rate.limit));
        response.setHeader("X-RateLimit-Remaining", QByteArray::number(rate.remaining));
        if (!rate.allowed)
            response.setHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds));
    }

    const QString outcome = response.dropConnection ? QStringLiteral("dropped") : QString::number(response.status);
    qCInfo(lcHttp).noquote() << request.method << loggablePath(request.path) << outcome
                             << (response.code.isEmpty() ? QStringLiteral("-") : response.code)
                             << QStringLiteral("request_id=%1").arg(requestId)
                             << QStringLiteral("%1ms").arg(timer.elapsed());
    return response;
}

std::optional<TokenInfo> Sandbox::Private::authenticate(const QByteArray &authorization)
{
    static const QByteArray prefix = "bearer ";
    if (!authorization.toLower().startsWith(prefix))
        return std::nullopt;

    const QString plainText = QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
    if (plainText.isEmpty())
        return std::nullopt;

    const QString key = tokens::hash(plainText);
    {
        QMutexLocker lock(&tokenCacheMutex);
        const auto cached = tokenCache.constFind(key);
        if (cached != tokenCache.cend())
            return *cached;
    }

    std::optional<TokenInfo> info = tokens::find(database, plainText);
    if (info) {
        QMutexLocker lock(&tokenCacheMutex);
        tokenCache.insert(key, *info);
    }
    return info;
}

HttpResponse Sandbox::Private::route(const HttpRequest &request, const QString &requestId, RateDecision &rate)
{
    const Router::Match match = router.match(request.method, request.path);
    if (!match.route) {
        const QString routePath = request.path.mid(1);
        if (match.allowedMethods.isEmpty())
            return errorResponse(404, QStringLiteral("The route %1 could not be found.").arg(routePath));

        QStringList allowed = match.allowedMethods;
        if (allowed.contains(QLatin1String("GET")))
            allowed.append(QStringLiteral("HEAD"));
        HttpResponse response = errorResponse(
            405, QStringLiteral("The %1 method is not supported for route %2. Supported methods: %3.")
                     .arg(QString::fromLatin1(request.method), routePath, allowed.join(QStringLiteral(", "))));
        response.setHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return response;
    }

    const std::optional<TokenInfo> token = authenticate(request.header("authorization"));
    if (!token)
        return errorResponse(401, QStringLiteral("Unauthenticated."), QStringLiteral("UNAUTHENTICATED"));
    if (token->expiresAtMs && *token->expiresAtMs <= json::nowMs())
        return errorResponse(401, QStringLiteral("Unauthenticated: the API token has expired."), QStringLiteral("UNAUTHENTICATED"));

    if (rateLimiter.enabled()) {
        rate = rateLimiter.hit(token->id, json::nowMs());
        if (!rate.allowed)
            return errorResponse(429, QStringLiteral("Too Many Attempts."));
    }

    const FaultDecision fault = faults.next();
    if (fault.drop || fault.error) {
        HttpResponse response = fault.drop
            ? HttpResponse()
            : errorResponse(500, QStringLiteral("Internal processing failed (injected fault)."), QStringLiteral("PROCESSING_FAILED"));
        response.dropConnection = fault.drop;
        response.delayMs = fault.delayMs;
        return response;
    }

    const QString ability = isWriteMethod(request.method) ? Ability::Write : Ability::Read;
    HttpResponse response;
    if (!token->can(ability)) {
        response = errorResponse(403,
                                 QStringLiteral("This token does not have the %1 ability required for %2 requests.")
                                     .arg(ability, QString::fromLatin1(request.method)),
                                 QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    } else {
        RequestContext ctx(request, *services);
        ctx.params = match.params;
        ctx.workspaceId = token->workspaceId;
        ctx.tokenId = token->id;
        ctx.requestId = requestId;
        response = request.method == "GET" ? runCached(ctx, *match.route) : run(ctx, *match.route);
    }
    response.delayMs = fault.delayMs;
    return response;
}

HttpResponse Sandbox::Private::runCached(RequestContext &ctx, const Route &route)
{
    // PRAGMA data_version counts per connection, and each thread has its own, so stamps compare only
    // within one thread: the thread is part of the key.
    const QByteArray key = QByteArray::number(quintptr(QThread::currentThreadId())) + ' ' + ctx.workspaceId.toLatin1() + ' '
        + ctx.request.target + ' ' + ctx.request.header("host");
    const QByteArray stamp = database.changeStamp();
    {
        QMutexLocker lock(&replyCacheMutex);
        const auto cached = replyCache.constFind(key);
        if (cached != replyCache.cend() && cached->stamp == stamp)
            return cached->response;
    }

    HttpResponse response = run(ctx, route);
    if (response.status == 200) {
        QMutexLocker lock(&replyCacheMutex);
        if (replyCache.size() >= MaxCachedReplies)
            replyCache.clear();
        replyCache.insert(key, {stamp, response});
    }
    return response;
}

std::optional<HttpResponse> Sandbox::Private::parseBody(RequestContext &ctx, const Route &route)
{
    const HttpRequest &request = ctx.request;
    if (!isWriteMethod(request.method) || request.body.trimmed().isEmpty())
        return std::nullopt;

    const QByteArray contentType = request.header("content-type");
    if (route.options.acceptsMultipart && contentType.toLower().startsWith("multipart/form-data")) {
        const auto parts = parseMultipart(request.body, multipartBoundary(contentType));
        if (!parts)
            return errorResponse(400, QStringLiteral("The multipart/form-data body is malformed."));
        ctx.multipart = true;
        ctx.parts = *parts;
        return std::nullopt;
    }

    if (!isJsonContentType(contentType)) {
        const QString accepted = route.options.acceptsMultipart
            ? QStringLiteral("application/json or multipart/form-data")
            : QStringLiteral("application/json");
        return errorResponse(415, QStringLiteral("Unsupported content type \"%1\": send %2.")
                                      .arg(QString::fromLatin1(contentType), accepted));
    }

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return errorResponse(400, QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                                      .arg(error.errorString())
                                      .arg(error.offset));
    if (!document.isObject())
        return errorResponse(400, QStringLiteral("The request body must be a JSON object."));

    ctx.body = document.object();
    return std::nullopt;
}

HttpResponse Sandbox::Private::run(RequestContext &ctx, const Route &route)
{
    for (auto it = ctx.params.cbegin(); it != ctx.params.cend(); ++it) {
        if (!json::isUuid(it.value()))
            return notFoundResponse();
    }

    if (auto rejected = parseBody(ctx, route))
        return *rejected;

    HttpResponse response;
    try {
        response = route.handler(ctx);
    } catch (const std::exception &error) {
        qCWarning(lcHttp).noquote() << "handler failed:" << ctx.request.method << ctx.request.path
                                    << QStringLiteral("request_id=%1").arg(ctx.requestId) << error.what();
        const bool creating = ctx.request.method == "POST";
        return errorResponse(500, creating ? QStringLiteral("The resource could not be created.")
                                           : QStringLiteral("Internal server error."),
                             creating ? QStringLiteral("CREATION_FAILED") : QString());
    }

    if (response.status < 400 && services->events) {
        for (const PendingEvent &event : std::as_const(ctx.pendingEvents))
            services->events->publish(ctx.workspaceId, event.event, event.data);
    }
    return response;
}

} // namespace weav::sandbox
