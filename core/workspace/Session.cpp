#include "Session.h"

#include "api/Endpoints.h"

namespace weav::core {

Q_LOGGING_CATEGORY(lcSession, "weav.core.session")

namespace {

constexpr int MaxProbeDelayMs = 30000;

} // namespace

Session::Session(const Profile &profile, const QString &token, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new ApiClient(nullptr, this))
    , m_names(new NameDirectory(m_client, this))
{
    m_client->setBaseUrl(profile.baseUrl);
    m_client->setAllowPlainHttp(profile.allowPlainHttp);
    m_client->setToken(token);

    connect(m_client, &ApiClient::unauthenticated, this, &Session::onUnauthenticated);
    connect(m_client, &ApiClient::reachabilityChanged, this, &Session::onReachabilityChanged);
    connect(m_client, &ApiClient::rateLimitChanged, this, [this](int limit, int remaining) {
        m_rateLimitLimit = limit;
        m_rateLimitRemaining = remaining;
        emit rateLimitChanged(limit, remaining);
    });

    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &Session::probe);
}

// The name directory goes first: its pagers cancel their calls in flight, which the client owns.
Session::~Session()
{
    delete m_names;
}

void Session::setTeammateId(const QString &userId)
{
    const QString trimmed = userId.trimmed();
    if (trimmed == m_profile.teammateId)
        return;
    m_profile.teammateId = trimmed;
    emit teammateIdChanged(trimmed);
}

void Session::applyReport(const ConnectionReport &report)
{
    m_report = report;
    m_canWrite = report.canWrite != ConnectionReport::Ability::No;
    emit abilitiesChanged();
}

QString Session::readOnlyReason() const
{
    if (m_canWrite)
        return {};
    return tr("This token may only read: it lacks the external-api:write ability. "
              "Ask a workspace admin for a token that may write.");
}

void Session::noteSynced()
{
    m_lastSync = QDateTime::currentDateTimeUtc();
    emit lastSyncChanged(m_lastSync);
}

void Session::send(const ApiRequest &request, QObject *context, Callback callback)
{
    dispatch(request, context, std::move(callback));
}

void Session::dispatch(const ApiRequest &request, QObject *context, Callback callback)
{
    ApiCall *call = m_client->send(request);
    QPointer<QObject> guard(context);
    connect(call, &ApiCall::finished, this, [this, request, guard, callback = std::move(callback)](const ApiResponse &response) {
        if (response.error.isAuthentication()) {
            m_parked.append({request, guard, callback, response});
            return;
        }
        if (guard && callback)
            callback(response);
    });
}

void Session::onUnauthenticated(const ApiError &error)
{
    if (m_tokenRequested)
        return;
    m_tokenRequested = true;
    qCInfo(lcSession) << "the server refused the token on" << error.endpoint;
    emit tokenRequired(error);
}

void Session::renewToken(const QString &token)
{
    m_client->setToken(token);
    m_tokenRequested = false;

    const QList<Parked> parked = std::exchange(m_parked, {});
    for (const Parked &item : parked) {
        if (item.context)
            dispatch(item.request, item.context, item.callback);
    }
    emit tokenRenewed();
}

void Session::abandonParkedRequests()
{
    m_tokenRequested = false;
    const QList<Parked> parked = std::exchange(m_parked, {});
    for (const Parked &item : parked) {
        if (item.context && item.callback)
            item.callback(item.response);
    }
}

void Session::onReachabilityChanged(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    if (reachable) {
        m_probeTimer.stop();
        m_probeDelayMs = m_probeBaseMs;
    } else {
        m_probeDelayMs = m_probeBaseMs;
        m_probeTimer.start(m_probeDelayMs);
    }
    qCInfo(lcSession) << (reachable ? "the workspace is reachable again" : "the workspace is unreachable");
    emit reachabilityChanged(reachable);
}

void Session::probe()
{
    ApiRequest request = ApiRequest::get(endpoints::users(), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}});
    request.retryPolicy = RetryPolicy::none();
    ApiCall *call = m_client->send(request);
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        if (m_reachable)
            return;
        const bool replied = response.status > 0;
        if (replied)
            return; // ApiClient has reported reachability and onReachabilityChanged() stopped probing.
        m_probeDelayMs = qMin(m_probeDelayMs * 2, MaxProbeDelayMs);
        m_probeTimer.start(m_probeDelayMs);
    });
}

} // namespace weav::core
