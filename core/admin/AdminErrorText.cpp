#include "AdminErrorText.h"

#include "api/Endpoints.h"

namespace weav::core {

namespace {

// Whether the request went to /agents or /agents/{id}; error.endpoint is "METHOD /path".
bool concernsAgent(const ApiError &error)
{
    const QString path = error.endpoint.section(QLatin1Char(' '), 1);
    return path == endpoints::agents() || path.startsWith(endpoints::agents() + QLatin1Char('/'));
}

} // namespace

QString AdminErrorText::explain(const ApiError &error)
{
    if (error.isMissingAbility()) {
        return tr("The token may not change this workspace. Use a token with the external-api:write ability, "
                  "created in the Weav dashboard.");
    }
    if (error.httpStatus == 403 && error.code == QLatin1String("FORBIDDEN") && concernsAgent(error))
        return tr("The copilot agent cannot be deleted or deactivated. Change its other settings instead.");
    if (error.code == QLatin1String("INVALID_AGENT")) {
        return tr("An agent given for the training data is not an agent of this workspace. Choose agents from "
                  "this workspace's agent list.");
    }
    if (error.code == QLatin1String("NO_URLS_PROVIDED")) {
        return tr("The server found no valid web address in the request. Give addresses that start with http:// "
                  "or https://.");
    }
    if (error.code == QLatin1String("URL_DISCOVERY_REQUIRED"))
        return tr("Web pages are added as a list of addresses, not as a single training item.");
    if (error.code == QLatin1String("INVALID_TYPE"))
        return tr("The server does not accept this type of training data. Add text, Q&A pairs, files or web pages.");
    if (error.code == QLatin1String("PROCESSING_FAILED")) {
        return tr("The server could not process the training data. Try again later, and if it fails again, give "
                  "the request id to Weav support.");
    }
    if (error.httpStatus == 413)
        return tr("The server rejected the upload as too large. Split the file into smaller files.");
    return {};
}

} // namespace weav::core
