#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace weav::core {

// A field of a reply that did not have the JSON type the contract gives it.
struct ParseIssue
{
    QString type;     // "Conversation"
    QString field;    // "spam_score"
    QString expected; // "number"
    QString actual;   // "string"
};

// Collects the parse issues of one reply, so that a caller can report them with the endpoint once.
struct ParseIssues
{
    QList<ParseIssue> issues;

    bool isEmpty() const { return issues.isEmpty(); }
    // "Conversation.spam_score: expected number, got string; ..."
    QString summary(int maxItems = 5) const;
};

// Parses ISO 8601 timestamps in the forms the API uses: 2023-11-07T05:31:56Z,
// 2025-11-06T17:35:34+00:00, with or without fractional seconds (up to nanoseconds). Returns an
// invalid QDateTime for anything else. The result is in UTC.
QDateTime parseTimestamp(const QString &text);
// The ISO 8601 form with milliseconds and Z, for caches and exports.
QString formatTimestamp(const QDateTime &time);

// Reads fields of one JSON object tolerantly: unknown fields are ignored, a missing or null field
// is "not set", and a field of the wrong type is recorded as a ParseIssue and read as not set.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const char *type, ParseIssues *issues);

    bool has(const char *key) const;
    QString string(const char *key);
    QDateTime time(const char *key);
    bool boolean(const char *key, bool fallback = false);
    std::optional<bool> optionalBoolean(const char *key);
    std::optional<qint64> integer(const char *key);
    std::optional<double> number(const char *key);
    QStringList stringList(const char *key);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);

private:
    QJsonValue value(const char *key) const;
    void mismatch(const char *key, const char *expected, const QJsonValue &actual);

    const QJsonObject &m_object;
    const char *m_type;
    ParseIssues *m_issues;
};

QString jsonTypeName(const QJsonValue &value);

// A JSON value from an optional or a string that may be empty, for request bodies and caches.
QJsonValue nullableString(const QString &text);
QJsonValue nullableTime(const QDateTime &time);

} // namespace weav::core
