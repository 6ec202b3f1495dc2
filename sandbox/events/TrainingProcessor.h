#pragma once

#include "api/Services.h"

#include <QObject>

namespace weav::sandbox {

// Moves URL training items pending → processing → ready|failed on the server's own time, as the
// real service does, and emits training.updated at each step. The sandbox never contacts the
// network: a URL whose host ends in ".invalid" fails, every other URL succeeds.
class TrainingProcessor : public QObject
{
    Q_OBJECT

public:
    explicit TrainingProcessor(Services &services, QObject *parent = nullptr);

    // Thread-safe: may be called from HTTP worker threads.
    void schedule(const QString &workspaceId, const QString &itemId);

private:
    Services &m_services;
};

} // namespace weav::sandbox
