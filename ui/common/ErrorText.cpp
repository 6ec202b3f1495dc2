#include "ErrorText.h"

namespace weav::ui {

using core::ApiError;

namespace {

// The server's message as a sentence that ends with one full stop.
QString asSentence(const QString &message)
{
    const QString text = message.trimmed();
    if (text.isEmpty() || text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) || text.endsWith(QLatin1Char('?')))
        return text;
    return text + QLatin1Char('.');
}

} // namespace

QString ErrorText::describe(const ApiError &error, const QString &failure)
{
    QString text = tr("%1: %2").arg(failure, reason(error));
    const QString next = remedy(error);
    if (!next.isEmpty())
        text += QLatin1Char(' ') + next;
    return text;
}

QString ErrorText::reason(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        return tr("the workspace could not be reached (no network connection, or the server is down).");
    case ApiError::Kind::Timeout:
        return tr("the server did not reply in time.");
    case ApiError::Kind::Cancelled:
        return tr("the request was cancelled.");
    case ApiError::Kind::Configuration:
        return asSentence(error.message);
    case ApiError::Kind::InvalidResponse:
        return tr("the server's reply could not be read: %1").arg(asSentence(error.message));
    case ApiError::Kind::Http:
        return httpReason(error);
    }
    return error.message;
}

QString ErrorText::httpReason(const ApiError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("INVALID_ASSIGNEE_TYPE"))
        return tr("this channel does not allow that assignee.");
    if (code == QLatin1String("INVALID_ASSIGNEE"))
        return tr("the chosen assignee does not belong to this workspace.");
    if (code == QLatin1String("INVALID_SENDER"))
        return tr("the teammate this console sends as does not belong to this workspace.");
    if (error.isAuthentication())
        return tr("the server refused the token (it is missing, wrong, revoked or expired).");
    if (error.isMissingAbility())
        return tr("the token lacks the ability this request needs.");
    if (error.httpStatus == 403)
        return tr("the workspace forbids this: %1").arg(asSentence(error.message));
    if (error.isNotFound())
        return tr("it no longer exists in this workspace.");
    if (error.isFeatureUnavailable())
        return tr("the server does not offer %1.").arg(error.endpoint);
    if (error.isValidation()) {
        QStringList messages;
        for (const QStringList &fieldMessages : error.fieldErrors)
            messages.append(fieldMessages);
        return tr("the server rejected some values: %1").arg(messages.join(QLatin1Char(' ')));
    }
    if (error.httpStatus == 429)
        return tr("too many requests were sent in a short time.");
    if (error.httpStatus >= 500)
        return tr("the server failed while handling it: %1").arg(asSentence(error.message));
    return asSentence(error.message);
}

QString ErrorText::remedy(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        return {};
    case ApiError::Kind::Network:
        return tr("Check the network connection and try again.");
    case ApiError::Kind::Timeout:
        return tr("Try again in a moment.");
    case ApiError::Kind::Configuration:
        if (error.code == QLatin1String("NO_TEAMMATE"))
            return tr("Choose the teammate you reply as in the connection settings.");
        return tr("Check the connection settings.");
    case ApiError::Kind::InvalidResponse:
        return withRequestId(tr("Try again; if it happens again, report it to the workspace admin"), error) + QLatin1Char('.');
    case ApiError::Kind::Http:
        return httpRemedy(error);
    }
    return {};
}

QString ErrorText::httpRemedy(const ApiError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("INVALID_ASSIGNEE_TYPE"))
        return tr("Pick a teammate, nobody, or the AI agent the channel allows.");
    if (code == QLatin1String("INVALID_ASSIGNEE"))
        return tr("Pick another teammate or AI agent; the list may be out of date.");
    if (code == QLatin1String("INVALID_SENDER"))
        return tr("Choose another teammate to reply as in the connection settings.");
    if (error.isAuthentication())
        return tr("Sign in again with a valid token.");
    if (error.isMissingAbility())
        return tr("Ask a workspace admin for a token with the external-api:write ability.");
    if (error.httpStatus == 403)
        return tr("Change it in the Weav dashboard, or ask a workspace admin.");
    if (error.isNotFound())
        return tr("Reload the list to see what the workspace contains now.");
    if (error.isFeatureUnavailable())
        return tr("Ask the workspace admin whether this server offers it.");
    if (error.httpStatus == 422)
        return tr("Correct the values and try again.");
    if (error.httpStatus == 429) {
        if (error.retryAfterSeconds > 0)
            return tr("Wait %n second(s) and try again.", nullptr, error.retryAfterSeconds);
        return tr("Wait a minute and try again.");
    }
    if (error.httpStatus >= 500)
        return withRequestId(tr("Try again in a moment; if it keeps failing, report it to the workspace admin"), error)
            + QLatin1Char('.');
    return withRequestId(tr("Try again; if it happens again, report it to the workspace admin"), error) + QLatin1Char('.');
}

QString ErrorText::details(const ApiError &error)
{
    QStringList parts;
    if (!error.endpoint.isEmpty())
        parts.append(error.endpoint);
    if (error.httpStatus > 0)
        parts.append(QStringLiteral("HTTP %1").arg(error.httpStatus));
    if (!error.code.isEmpty())
        parts.append(error.code);
    if (!error.requestId.isEmpty())
        parts.append(tr("request id %1").arg(error.requestId));
    if (!error.message.isEmpty())
        parts.append(error.message);
    return parts.join(QStringLiteral(" · "));
}

QString ErrorText::withRequestId(const QString &sentence, const ApiError &error)
{
    if (error.requestId.isEmpty())
        return sentence;
    return tr("%1 (request id %2)").arg(sentence, error.requestId);
}

QString ErrorText::assignmentRule(const QString &channel, const QString &chatAgentName, const QString &emailAgentName)
{
    if (channel == QLatin1String("chat")) {
        if (chatAgentName.isEmpty())
            return tr("A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started "
                      "the chat. Pick one of those.");
        return tr("A chat conversation can be assigned to a teammate, to nobody, or to the AI agent that started "
                  "the chat (%1). Pick one of those.")
            .arg(chatAgentName);
    }
    if (channel == QLatin1String("email")) {
        if (emailAgentName.isEmpty())
            return tr("An email conversation can be assigned to a teammate, to nobody, or to the workspace's active "
                      "email agent. Pick one of those.");
        return tr("An email conversation can be assigned to a teammate, to nobody, or to the workspace's active "
                  "email agent (%1). Pick one of those.")
            .arg(emailAgentName);
    }
    return tr("This conversation's channel does not allow that assignee. Pick a teammate or nobody.");
}

QStringList ErrorText::fieldMessages(const ApiError &error, const QString &field)
{
    QStringList messages = error.fieldErrors.value(field);
    const QString itemPrefix = field + QLatin1Char('.');
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (it.key().startsWith(itemPrefix))
            messages.append(it.value());
    }
    return messages;
}

} // namespace weav::ui
