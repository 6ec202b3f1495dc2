#pragma once

#include "CommandContext.h"
#include "ResourceColumns.h"
#include "admin/FieldRules.h"

namespace weav::core {
class ApiClient;
struct ApiRequest;
} // namespace weav::core

namespace weav::core::cli {

// `agents get ID`.
int runAgentsGet(CommandContext &context);
// `agents create --name N [FIELDS]`: checks the fields, creates the agent and prints it.
int runAgentsCreate(CommandContext &context);
// `agents update ID FIELDS`: checks the given fields, changes only those and prints the agent.
int runAgentsUpdate(CommandContext &context);
// `agents delete ID`: prints nothing on success.
int runAgentsDelete(CommandContext &context);

// --name, --description, --tone, --response-length, --max-messages, --avatar-url, --active.
QList<OptionSpec> agentFieldOptions();

// The columns of `agents get`, create and update: every field but the phrase and rule lists.
ResourceColumns agentDetailColumns();

// --- Shared by the agent and the training data commands ---------------------------------------

// Reports a failed request: its summary, each field error under the option that sets the field,
// and what the error means for agents and training data. Returns the exit code for the error.
int reportAdminFailure(CommandContext &context, const ApiError &error);

// Reports values that weavctl rejected before sending, one line per field, and returns Validation.
int reportRejectedFields(CommandContext &context, const FieldErrors &errors);

// Sends the request, then prints the resource of the reply in the context's format. Returns
// Success, or the exit code of the failure it reported.
int sendAndPrintResource(CommandContext &context, ApiClient &client, const ApiRequest &request,
                         const ResourceColumns &columns);

// Sends a DELETE and prints nothing on success.
int sendDelete(CommandContext &context, const QString &path);

} // namespace weav::core::cli
