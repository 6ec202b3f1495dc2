#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace weav::sandbox {

class Database;
struct SandboxConfig;

// Receives every change as a contract webhook event. Implementations must be thread-safe:
// handlers publish from HTTP worker threads.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void publish(const QString &workspaceId, const QString &event, const QJsonObject &data) = 0;
};

// The shared objects that handlers may use besides their request, shared by all worker threads.
struct Services
{
    Database &database;
    const SandboxConfig &config;
    EventSink *events = nullptr;
    // Starts the background pending → processing → ready|failed progression of a URL item.
    std::function<void(const QString &workspaceId, const QString &itemId)> scheduleUrlProcessing;
};

} // namespace weav::sandbox
