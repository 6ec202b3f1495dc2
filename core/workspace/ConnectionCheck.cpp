#include "ConnectionCheck.h"

#include "api/Endpoints.h"

#include <QEventLoop>
#include <QLoggingCategory>

namespace weav::core {

Q_LOGGING_CATEGORY(lcConnection, "weav.core.workspace")

namespace {

ApiRequest once(ApiRequest request)
{
    request.retryPolicy = RetryPolicy::none();
    return request;
}

} // namespace

QStringList ConnectionReport::findings() const
{
    QStringList lines;

    if (!reachable) {
        lines.append(ConnectionCheck::tr("The server could not be reached: %1").arg(error.message));
        return lines;
    }
    lines.append(ConnectionCheck::tr("The server answered in %1 ms.").arg(latencyMs));

    if (!authenticated) {
        lines.append(ConnectionCheck::tr("The token was not accepted (%1). Check that it is complete and has not "
                                         "expired, or create a new one in the Weav dashboard.")
                         .arg(error.message));
        return lines;
    }
    lines.append(ConnectionCheck::tr("The token is valid for this workspace."));

    if (canRead == Ability::Yes)
        lines.append(ConnectionCheck::tr("It can read (external-api:read)."));
    else if (canRead == Ability::No)
        lines.append(ConnectionCheck::tr("It cannot read: it lacks external-api:read, so lists stay empty."));

    if (canWrite == Ability::Yes)
        lines.append(ConnectionCheck::tr("It can write (external-api:write)."));
    else if (canWrite == Ability::No)
        lines.append(ConnectionCheck::tr("It cannot write: it lacks external-api:write, so assigning, replying and "
                                         "editing are turned off."));
    else
        lines.append(ConnectionCheck::tr("Whether it can write could not be determined: %1").arg(error.message));
    return lines;
}

ConnectionCheck::ConnectionCheck(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void ConnectionCheck::start()
{
    m_report = ConnectionReport();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    ApiCall *call = m_client->send(once(ApiRequest::get(endpoints::users(), query)));
    connect(call, &ApiCall::finished, this, &ConnectionCheck::onRead);
}

void ConnectionCheck::onRead(const ApiResponse &response)
{
    const ApiError &error = response.error;
    m_report.reachable = response.status > 0;
    m_report.latencyMs = response.status > 0 ? response.elapsedMs : -1;

    if (!m_report.reachable || error.isAuthentication()) {
        m_report.error = error;
        finish();
        return;
    }

    if (response.ok()) {
        m_report.authenticated = true;
        m_report.canRead = ConnectionReport::Ability::Yes;
    } else if (error.isMissingAbility()) {
        m_report.authenticated = true;
        m_report.canRead = ConnectionReport::Ability::No;
    } else {
        // Any other reply (a 404 page of another server, a 5xx) shows nothing about the token.
        m_report.error = error;
        finish();
        return;
    }

    ApiCall *call = m_client->send(once(ApiRequest::post(endpoints::customers(), QJsonObject())));
    connect(call, &ApiCall::finished, this, &ConnectionCheck::onWrite);
}

void ConnectionCheck::onWrite(const ApiResponse &response)
{
    const ApiError &error = response.error;
    if (error.isMissingAbility())
        m_report.canWrite = ConnectionReport::Ability::No;
    else if (error.httpStatus == 422)
        m_report.canWrite = ConnectionReport::Ability::Yes;
    else
        m_report.error = error;

    // NOTE: a server that answered 201 would have created an empty customer; the contract makes
    // email required, so a 201 means the server does not follow it. It is reported, not hidden.
    if (response.ok()) {
        m_report.canWrite = ConnectionReport::Ability::Yes;
        qCWarning(lcConnection) << "the write probe created a record; the server does not require a customer e-mail";
    }
    finish();
}

void ConnectionCheck::finish()
{
    emit finished(m_report);
}

ConnectionReport ConnectionCheck::runAndWait(ApiClient *client)
{
    ConnectionCheck check(client);
    ConnectionReport report;
    QEventLoop loop;
    connect(&check, &ConnectionCheck::finished, &loop, [&](const ConnectionReport &result) {
        report = result;
        loop.quit();
    });
    check.start();
    loop.exec();
    return report;
}

} // namespace weav::core
