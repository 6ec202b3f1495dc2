#include "TrainingProcessor.h"

#include "SandboxConfig.h"
#include "api/Json.h"
#include "resources/Resources.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

namespace weav::sandbox {

Q_LOGGING_CATEGORY(lcTraining, "weav.sandbox.training")

TrainingProcessor::TrainingProcessor(Services &services, QObject *parent) : QObject(parent), m_services(services) {}

void TrainingProcessor::schedule(const QString &workspaceId, const QString &itemId)
{
    // Queued so that the timer is created on this object's thread, whichever thread calls.
    QMetaObject::invokeMethod(
        this,
        [this, workspaceId, itemId] {
            QTimer::singleShot(stepDelayMs(), this, [this, workspaceId, itemId] { startProcessing(workspaceId, itemId); });
        },
        Qt::QueuedConnection);
}

void TrainingProcessor::resumeUnfinished()
{
    try {
        QSqlQuery rows = sql::exec(m_services.database.connection(),
                                   QStringLiteral("SELECT workspace_id, id, status, source_url FROM training_items "
                                                  "WHERE type = 'url' AND status IN ('pending', 'processing')"));
        int resumed = 0;
        while (rows.next()) {
            const QString workspaceId = rows.value(0).toString();
            const QString itemId = rows.value(1).toString();
            const QString sourceUrl = rows.value(3).toString();
            if (rows.value(2).toString() == QLatin1String("pending")) {
                schedule(workspaceId, itemId);
            } else {
                QTimer::singleShot(stepDelayMs(), this, [this, workspaceId, itemId, sourceUrl] {
                    finishProcessing(workspaceId, itemId, sourceUrl);
                });
            }
            ++resumed;
        }
        if (resumed > 0)
            qCInfo(lcTraining) << "resumed" << resumed << "unfinished URL training items";
    } catch (const std::exception &error) {
        qCWarning(lcTraining).noquote() << "could not resume unfinished training items:" << error.what();
    }
}

int TrainingProcessor::stepDelayMs() const
{
    return qMax(0, m_services.config.urlProcessingMs);
}

void TrainingProcessor::startProcessing(const QString &workspaceId, const QString &itemId)
{
    try {
        const auto item = transition(workspaceId, itemId, QStringLiteral("pending"), QStringLiteral("processing"));
        if (!item)
            return;
        publishUpdated(workspaceId, *item);

        const QString sourceUrl = item->value(QStringLiteral("source_url")).toString();
        QTimer::singleShot(stepDelayMs(), this, [this, workspaceId, itemId, sourceUrl] {
            finishProcessing(workspaceId, itemId, sourceUrl);
        });
    } catch (const std::exception &error) {
        qCWarning(lcTraining).noquote() << "could not start processing training item" << itemId << error.what();
    }
}

void TrainingProcessor::finishProcessing(const QString &workspaceId, const QString &itemId, const QString &sourceUrl)
{
    // The .invalid top-level domain is reserved, so its hosts never resolve.
    const bool unreachable = QUrl(sourceUrl).host().endsWith(QLatin1String(".invalid"));
    const QString processing = QStringLiteral("processing");

    try {
        const auto item = unreachable
            ? transition(workspaceId, itemId, processing, QStringLiteral("failed"), {},
                         QStringLiteral("Could not fetch %1: the host could not be resolved.").arg(sourceUrl))
            : transition(workspaceId, itemId, processing, QStringLiteral("ready"),
                         QStringLiteral("Text extracted from %1.").arg(sourceUrl));
        if (!item)
            return;
        if (unreachable)
            qCInfo(lcTraining).noquote() << "training item" << itemId << "failed: could not fetch" << sourceUrl;
        publishUpdated(workspaceId, *item);
    } catch (const std::exception &error) {
        qCWarning(lcTraining).noquote() << "could not finish processing training item" << itemId << error.what();
    }
}

std::optional<QJsonObject> TrainingProcessor::transition(const QString &workspaceId, const QString &itemId,
                                                         const QString &from, const QString &to,
                                                         const QString &content, const QString &error)
{
    WriteTransaction transaction(m_services.database);
    const QSqlQuery result = sql::exec(transaction.db(),
                                       QStringLiteral("UPDATE training_items SET status = ?, content = ?, error = ?, updated_at = ? "
                                                      "WHERE id = ? AND workspace_id = ? AND status = ?"),
                                       {to, sql::nullable(content), sql::nullable(error), json::nowMs(), itemId,
                                        workspaceId, from});
    if (result.numRowsAffected() == 0)
        return std::nullopt;

    auto item = loadTrainingItem(transaction.db(), workspaceId, itemId);
    transaction.commit();
    return item;
}

void TrainingProcessor::publishUpdated(const QString &workspaceId, const QJsonObject &item)
{
    if (m_services.events)
        m_services.events->publish(workspaceId, QStringLiteral("training.updated"), item);
}

} // namespace weav::sandbox
