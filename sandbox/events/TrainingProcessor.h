#pragma once

#include "api/Services.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace weav::sandbox {

// Moves URL training items pending → processing → ready|failed on the server's own time, as the
// real service does, and emits training.updated at each step. Each step waits
// SandboxConfig::urlProcessingMs. The sandbox never contacts the network: a URL whose host ends in
// ".invalid" fails, every other URL succeeds. An item deleted in the meantime is dropped quietly.
//
// The processor runs on the thread that created it, which needs an event loop.
// Items left pending or processing by an earlier run (or by the seed) continue when the server
// starts listening, through resumeUnfinished().
class TrainingProcessor : public QObject
{
    Q_OBJECT

public:
    explicit TrainingProcessor(Services &services, QObject *parent = nullptr);

    // Thread-safe: may be called from HTTP worker threads.
    void schedule(const QString &workspaceId, const QString &itemId);

    // Continues every URL item of every workspace that is still pending or processing.
    void resumeUnfinished();

private:
    void startProcessing(const QString &workspaceId, const QString &itemId);
    void finishProcessing(const QString &workspaceId, const QString &itemId, const QString &sourceUrl);

    // Sets the item's status, content and error when its status is still `from`. Returns the updated
    // item, or nullopt when the item was deleted or has moved on.
    std::optional<QJsonObject> transition(const QString &workspaceId, const QString &itemId, const QString &from,
                                          const QString &to, const QString &content = {}, const QString &error = {});
    void publishUpdated(const QString &workspaceId, const QJsonObject &item);
    int stepDelayMs() const;

    Services &m_services;
};

} // namespace weav::sandbox
