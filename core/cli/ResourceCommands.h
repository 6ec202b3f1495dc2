#pragma once

#include "CommandContext.h"
#include "ResourceColumns.h"

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

// Prints one resource: field and value lines in a table, one CSV row under a header, or the JSON
// object as the API returned it.
void printResource(CommandContext &context, const QJsonObject &object, const ResourceColumns &columns, ParseIssues *issues);
// Notes the fields of the endpoint's reply that had an unexpected type.
void reportParseIssues(CommandContext &context, const QString &endpoint, const ParseIssues &issues);

// The resources that `RESOURCE list` accepts besides conversations.
QStringList listableResources();
QList<OptionSpec> exportOptions();

} // namespace weav::core::cli
