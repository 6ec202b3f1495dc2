#include "WebhookDispatcher.h"

namespace weav::sandbox {

struct WebhookDispatcher::Private
{
};

WebhookDispatcher::WebhookDispatcher(const SandboxConfig &, QObject *parent) : QObject(parent), d(new Private) {}

WebhookDispatcher::~WebhookDispatcher()
{
    delete d;
}

void WebhookDispatcher::publish(const QString &, const QString &, const QJsonObject &) {}

bool WebhookDispatcher::isEnabled() const
{
    return false;
}

int WebhookDispatcher::pendingCount() const
{
    return 0;
}

} // namespace weav::sandbox
