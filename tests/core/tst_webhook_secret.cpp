// The webhook secret's path from the credential store to the receiver: a delivery signed with the
// stored secret is accepted, one signed with another is refused, and a missing secret gets a message that names the fix.
// Not covered here: the keychain backend itself (tst_credentials runs it against gnome-keyring).

#include "credentials/MemoryCredentialStore.h"
#include "webhooks/WebhookReceiver.h"
#include "webhooks/WebhookSecret.h"
#include "webhooks/WebhookSignature.h"
#include "workspace/CredentialKeys.h"

#include <QJsonDocument>
#include <QTest>

using namespace weav::core;

namespace {

weav::net::HttpRequest signedDelivery(const QByteArray &secret, const QString &deliveryId)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("customer.created")},
                                                      {QStringLiteral("id"), deliveryId},
                                                      {QStringLiteral("organization_id"), QStringLiteral("ws")},
                                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                                                                           {QStringLiteral("email"), QStringLiteral("a@b.example")}}}})
                                .toJson(QJsonDocument::Compact);
    return weav::net::HttpRequest::make("POST", "/", body,
                                        {{"content-type", "application/json"},
                                         {"x-weav-event", "customer.created"},
                                         {"x-weav-signature", webhookSignature(body, secret)}});
}

} // namespace

class WebhookSecretTest : public QObject
{
    Q_OBJECT

private slots:
    void storedSecretVerifiesDeliveries()
    {
        MemoryCredentialStore store;
        QVERIFY(saveWebhookSecret(store, QStringLiteral("acme"), "stored-secret-1").ok);

        WebhookReceiverConfig config;
        config.eventLogPath = QStringLiteral(":memory:");
        const CredentialResult loaded = loadWebhookSecret(store, QStringLiteral("acme"), &config);
        QVERIFY(loaded.ok);
        QVERIFY(loaded.secret.isEmpty());
        QCOMPARE(config.secret, QByteArray("stored-secret-1"));

        WebhookReceiver receiver(config);
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QCOMPARE(receiver.handle(signedDelivery("stored-secret-1", QStringLiteral("d-1"))).status, 200);
        QCOMPARE(receiver.handle(signedDelivery("another-secret", QStringLiteral("d-2"))).status, 401);
    }

    void secretKeyIsPerProfile()
    {
        QCOMPARE(webhookSecretKey(QStringLiteral("acme")), QStringLiteral("profile/acme/webhook-secret"));
        QVERIFY(webhookSecretKey(QStringLiteral("acme")) != credentialKey(QStringLiteral("acme")));
    }

    void missingSecretNamesFix()
    {
        MemoryCredentialStore store;
        WebhookReceiverConfig config;
        const CredentialResult loaded = loadWebhookSecret(store, QStringLiteral("acme"), &config);
        QVERIFY(!loaded.ok);
        QCOMPARE(loaded.error.kind, CredentialResult::Error::Kind::NotFound);
        QVERIFY(loaded.error.message.contains(QStringLiteral("Settings")));
        QVERIFY(config.secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(WebhookSecretTest)
#include "tst_webhook_secret.moc"
