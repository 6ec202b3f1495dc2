#include "UrlReprocess.h"

#include "TrainingLogging.h"
#include "admin/TrainingRequests.h"
#include "api/Endpoints.h"
#include "workspace/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace weav::ui {

namespace {

void removeFailedItem(core::Session *session, const QString &failedId, ReprocessOutcome outcome, QObject *context,
                      std::function<void(const ReprocessOutcome &)> done)
{
    session->send(core::ApiRequest::remove(core::endpoints::trainingItem(failedId)), context,
                  [failedId, outcome, done](const core::ApiResponse &response) mutable {
                      // A 404 means that the failed item is gone already.
                      outcome.failedItemRemoved = response.ok() || response.error.isNotFound();
                      if (!outcome.failedItemRemoved) {
                          outcome.removeError = response.error;
                          qCWarning(lcTraining).noquote() << "the failed training item" << failedId
                                                          << "was not deleted after processing it again:"
                                                          << response.error.summary();
                      }
                      done(outcome);
                  });
}

} // namespace

void reprocessUrlItem(core::Session *session, const core::TrainingItem &failed, QObject *context,
                      std::function<void(const ReprocessOutcome &outcome)> done)
{
    qCInfo(lcTraining).noquote() << "processing the page of failed training item" << failed.id << "again";
    const core::ApiRequest request = core::trainingRequests::processUrls({QUrl(failed.sourceUrl)}, failed.agentIds);
    QPointer<core::Session> guard(session);
    session->send(request, context, [guard, failedId = failed.id, context, done](const core::ApiResponse &response) {
        ReprocessOutcome outcome;
        if (!response.ok()) {
            outcome.error = response.error;
            qCWarning(lcTraining).noquote() << "processing training item" << failedId << "again failed:"
                                            << response.error.summary();
            done(outcome);
            return;
        }

        const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
        const std::optional<core::TrainingItem> item =
            items.isEmpty() ? std::nullopt : core::TrainingItem::fromJson(items.first().toObject());
        if (!item) {
            outcome.error.kind = core::ApiError::Kind::InvalidResponse;
            outcome.error.message = QCoreApplication::translate("weav::ui::UrlReprocess", "The reply lists no training item.");
            outcome.error.endpoint = QStringLiteral("POST ") + core::endpoints::trainingUrlsProcess();
            outcome.error.requestId = response.requestId;
            done(outcome);
            return;
        }

        outcome.accepted = true;
        outcome.newItem = *item;
        if (!guard) {
            done(outcome);
            return;
        }
        removeFailedItem(guard, failedId, outcome, context, done);
    });
}

} // namespace weav::ui
