#pragma once

#include "CommandContext.h"

namespace weav::core {
class ApiClient;
}

namespace weav::core::cli {

// Resolves the workspace and the token and configures the client. Returns Success, or the exit
// code of the failure it reported.
int connectClient(CommandContext &context, ApiClient &client);

// `check`: runs the connection check and prints its findings.
int runCheck(CommandContext &context);
// `customers|companies|agents|users|training list`.
int runResourceList(CommandContext &context, const QString &resource);
// `conversations list` with filters, applied by the server and again on the rows that come back.
int runConversationsList(CommandContext &context);
// `conversations get ID`.
int runConversationsGet(CommandContext &context);
// `export conversations --out FILE [--bom]`: every matching conversation, as CSV.
int runExportConversations(CommandContext &context);

// The resources that `RESOURCE list` accepts besides conversations.
QStringList listableResources();
QList<OptionSpec> exportOptions();

} // namespace weav::core::cli
