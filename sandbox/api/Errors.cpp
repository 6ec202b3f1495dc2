#include "Errors.h"

namespace weav::sandbox {

HttpResponse errorResponse(int status, const QString &message, const QString &code, const QJsonObject &details)
{
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    if (!details.isEmpty())
        body.insert(QStringLiteral("errors"), details);
    return HttpResponse::json(status, body);
}

HttpResponse notFoundResponse()
{
    return errorResponse(404, QStringLiteral("Resource not found."), QStringLiteral("RESOURCE_NOT_FOUND"));
}

HttpResponse validationResponse(const QString &field, const QString &message)
{
    QJsonObject errors{{field, QJsonArray{message}}};
    return HttpResponse::json(422, QJsonObject{{QStringLiteral("message"), message},
                                               {QStringLiteral("errors"), errors}});
}

} // namespace weav::sandbox
