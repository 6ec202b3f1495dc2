#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace weav::sandbox::json {

// Record timestamps (created_at, updated_at) in Laravel's default form: 2025-11-06T17:35:34.000000Z.
QJsonValue timestamp(const QVariant &milliseconds);

// Event timestamps (closed_at, sent_at, first_response_at, ...) in the offset form that Weav's
// reference also shows: 2025-11-06T17:35:34+00:00.
QJsonValue timestampOffset(const QVariant &milliseconds);

QJsonValue string(const QVariant &value);
QJsonValue integer(const QVariant &value);
QJsonValue number(const QVariant &value);
QJsonValue boolean(const QVariant &value);

// A JSON array stored as text, or null when the column is NULL.
QJsonValue stringArray(const QVariant &jsonText);
QString arrayText(const QJsonArray &array);

// Parses an ISO 8601 date-time (Z or offset, optional fractional seconds) or a plain date
// (meaning 00:00:00Z) into milliseconds since the epoch.
std::optional<qint64> parseTime(const QString &text);

qint64 nowMs();
QString newId();
bool isUuid(const QString &text);

} // namespace weav::sandbox::json
