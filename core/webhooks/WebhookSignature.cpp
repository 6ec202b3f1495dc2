#include "WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace weav::core {

QByteArray webhookSignature(const QByteArray &body, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool isValidWebhookSignature(const QByteArray &body, const QByteArray &secret, const QByteArray &signature)
{
    if (secret.isEmpty())
        return false;

    const QByteArray expected = webhookSignature(body, secret);
    return equalInConstantTime(expected, signature.trimmed().toLower());
}

bool equalInConstantTime(const QByteArray &left, const QByteArray &right)
{
    if (left.size() != right.size())
        return false;

    // Every byte is visited and the differences are OR-ed together, so there is no early exit.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        difference |= static_cast<unsigned char>(left[i] ^ right[i]);
    return difference == 0;
}

} // namespace weav::core
