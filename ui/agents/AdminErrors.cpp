#include "AdminErrors.h"

#include "admin/AdminErrorText.h"
#include "common/ErrorText.h"

namespace weav::ui {

QString AdminErrors::describe(const core::ApiError &error, const QString &failure)
{
    const QString explained = core::AdminErrorText::explain(error);
    if (explained.isEmpty())
        return ErrorText::describe(error, failure);
    return tr("%1: %2").arg(failure, explained);
}

QString AdminErrors::reason(const core::ApiError &error)
{
    const QString explained = core::AdminErrorText::explain(error);
    if (!explained.isEmpty())
        return explained;

    QString text = ErrorText::reason(error);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    const QString next = ErrorText::remedy(error);
    return next.isEmpty() ? text : text + QLatin1Char(' ') + next;
}

} // namespace weav::ui
