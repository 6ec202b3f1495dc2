#include "WebhookSecret.h"

#include "WebhookReceiver.h"
#include "workspace/CredentialKeys.h"

#include <QCoreApplication>

namespace weav::core {

CredentialResult loadWebhookSecret(CredentialStore &store, const QString &profileName, WebhookReceiverConfig *config)
{
    CredentialResult result = store.readAndWait(webhookSecretKey(profileName));
    if (!result.ok) {
        if (result.error.kind == CredentialResult::Error::Kind::NotFound) {
            result.error.message = QCoreApplication::translate("weav::core::WebhookSecret",
                                                               "No webhook secret is stored for the profile \"%1\". Enter the "
                                                               "secret of the workspace's webhook in Settings.")
                                       .arg(profileName);
        }
        return result;
    }

    config->secret = result.secret.toUtf8();
    result.secret.clear();
    return result;
}

CredentialResult saveWebhookSecret(CredentialStore &store, const QString &profileName, const QByteArray &secret)
{
    return store.writeAndWait(webhookSecretKey(profileName), QString::fromUtf8(secret));
}

} // namespace weav::core
