// libFuzzer target: any bytes through QJsonDocument::fromJson and, for each JSON object found,
// through every resource type's fromJson. A value that parses must survive toJson and fromJson
// unchanged and without parse issues, both as a QJsonObject and as JSON text.
// Objects are taken from the top level, from a top-level array, from a page's "data" array and
// from a webhook delivery's "data" object.

#include "types/Agent.h"
#include "types/Conversation.h"
#include "types/Message.h"
#include "types/People.h"
#include "types/TrainingItem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace weav::core;

namespace {

QByteArray compactText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Prints what went wrong and aborts, so that libFuzzer saves the input as a crash.
template <typename T>
[[noreturn]] void failRoundTrip(const char *type, const char *what, const T &parsed, const std::optional<T> &reparsed)
{
    std::fprintf(stderr, "%s: %s\n  parsed:   %s\n  reparsed: %s\n", type, what, compactText(parsed.toJson()).constData(),
                 reparsed ? compactText(reparsed->toJson()).constData() : "nothing");
    std::abort();
}

template <typename T>
void checkReparsed(const char *type, const char *route, const T &parsed, const QJsonObject &written)
{
    ParseIssues issues;
    const std::optional<T> reparsed = T::fromJson(written, &issues);
    if (!reparsed)
        failRoundTrip(type, route, parsed, reparsed);

    if (!(*reparsed == parsed))
        failRoundTrip(type, route, parsed, reparsed);

    if (!issues.isEmpty()) {
        std::fprintf(stderr, "%s: %s has parse issues: %s\n", type, route, qPrintable(issues.summary()));
        failRoundTrip(type, route, parsed, reparsed);
    }
}

// Parses the object as T and checks the round trips of the result. An object that T rejects is no
// failure, because the target checks only that nothing crashes and that accepted values are stable.
template <typename T>
void parseAndRoundTrip(const QJsonObject &object, const char *type)
{
    ParseIssues issues;
    const std::optional<T> parsed = T::fromJson(object, &issues);
    const QString summary = issues.summary();
    if (issues.isEmpty() != summary.isEmpty()) {
        std::fprintf(stderr, "%s: ParseIssues::summary() is \"%s\" for %lld issues\n", type, qPrintable(summary),
                     static_cast<long long>(issues.issues.size()));
        std::abort();
    }
    if (!parsed)
        return;

    if (parsed->id.isEmpty()) {
        std::fprintf(stderr, "%s: fromJson returned a value without an id\n", type);
        std::abort();
    }

    const QJsonObject written = parsed->toJson();

    checkReparsed(type, "fromJson(toJson())", *parsed, written);

    const QJsonObject fromText = QJsonDocument::fromJson(compactText(written)).object();
    checkReparsed(type, "fromJson(toJson()) through JSON text", *parsed, fromText);
}

void parseAsEveryType(const QJsonObject &object)
{
    parseAndRoundTrip<Conversation>(object, "Conversation");
    parseAndRoundTrip<Message>(object, "Message");
    parseAndRoundTrip<User>(object, "User");
    parseAndRoundTrip<Customer>(object, "Customer");
    parseAndRoundTrip<Company>(object, "Company");
    parseAndRoundTrip<Agent>(object, "Agent");
    parseAndRoundTrip<TrainingItem>(object, "TrainingItem");
}

void parseArrayItems(const QJsonArray &array)
{
    for (const QJsonValue &item : array) {
        if (item.isObject())
            parseAsEveryType(item.toObject());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);

    if (document.isArray())
        parseArrayItems(document.array());

    if (document.isObject()) {
        const QJsonObject object = document.object();
        parseAsEveryType(object);

        const QJsonValue data = object.value(QLatin1String("data"));
        if (data.isObject())
            parseAsEveryType(data.toObject());
        parseArrayItems(data.toArray());
    }
    return 0;
}
