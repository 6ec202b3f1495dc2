#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace weav::ui {

// Failed requests in words for a person: what failed, on which thing, why, and what to do next.
// Codes, statuses and request ids go to details(), for a tooltip or a bug report.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::ErrorText)

public:
    // "<failure>: <reason> <what to do>", e.g. failure = "Could not close “Card declined”".
    static QString describe(const core::ApiError &error, const QString &failure);

    // Why the request failed, in plain words.
    static QString reason(const core::ApiError &error);
    // What the person can do next.
    static QString remedy(const core::ApiError &error);
    // Endpoint, HTTP status, code and request id on one line.
    static QString details(const core::ApiError &error);

    // The channel's assignment rule (the meaning of INVALID_ASSIGNEE_TYPE) as a person reads it.
    // chatAgentName is the AI agent that started the chat, emailAgentName the workspace's active
    // email agent; either may be empty when it is not known.
    static QString assignmentRule(const QString &channel, const QString &chatAgentName = {},
                                  const QString &emailAgentName = {});

    // The server's messages for one field, e.g. "content"; for "tags" also those of "tags.0",
    // "tags.1", ... Empty when the field has none.
    static QStringList fieldMessages(const core::ApiError &error, const QString &field);

private:
    static QString httpReason(const core::ApiError &error);
    static QString httpRemedy(const core::ApiError &error);
    static QString withRequestId(const QString &sentence, const core::ApiError &error);
};

} // namespace weav::ui
