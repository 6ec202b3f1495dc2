#pragma once

#include <QByteArray>

namespace weav::core {

// Computes the X-Weav-Signature value for a body: the lowercase hex HMAC-SHA256 of the raw body
// keyed with the webhook secret.
QByteArray webhookSignature(const QByteArray &body, const QByteArray &secret);

// Checks a received X-Weav-Signature value against the body. Surrounding whitespace and the case
// of the hex digits are ignored. The digests are compared in constant time, so the reply time does
// not show how many leading characters of a forged signature were right. An empty secret matches
// nothing.
bool isValidWebhookSignature(const QByteArray &body, const QByteArray &secret, const QByteArray &signature);

// Compares two byte strings in a time that depends only on their lengths, not on where they first
// differ. Strings of different lengths are unequal at once, because a length is not secret here
// (every SHA-256 hex digest has 64 characters).
bool equalInConstantTime(const QByteArray &left, const QByteArray &right);

} // namespace weav::core
