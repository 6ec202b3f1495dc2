#include "ConversationQuery.h"

#include "types/JsonReader.h"

#include <QRegularExpression>

namespace weav::core::cli {

namespace {

// Limits of the list filters on the server; a longer value is rejected there with 422.
constexpr int MaxTagLength = 50;
constexpr int MaxTextLength = 255;

} // namespace

const QStringList &ConversationQuery::statuses()
{
    static const QStringList values{QStringLiteral("open"), QStringLiteral("closed")};
    return values;
}

const QStringList &ConversationQuery::priorities()
{
    static const QStringList values{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                    QStringLiteral("urgent")};
    return values;
}

const QStringList &ConversationQuery::channels()
{
    static const QStringList values{QStringLiteral("email"), QStringLiteral("chat")};
    return values;
}

const QStringList &ConversationQuery::assigneeTypes()
{
    static const QStringList values{QStringLiteral("user"), QStringLiteral("agent"), QStringLiteral("none")};
    return values;
}

const QStringList &ConversationQuery::sortKeys()
{
    static const QStringList values{
        QStringLiteral("created_at"),      QStringLiteral("-created_at"), QStringLiteral("updated_at"),
        QStringLiteral("-updated_at"),     QStringLiteral("last_message_at"), QStringLiteral("-last_message_at"),
        QStringLiteral("priority"),        QStringLiteral("-priority")};
    return values;
}

QList<OptionSpec> ConversationQuery::options()
{
    return {{QStringLiteral("status"), true},       {QStringLiteral("priority"), true},
            {QStringLiteral("channel"), true},      {QStringLiteral("assignee-type"), true},
            {QStringLiteral("tag"), true},          {QStringLiteral("q"), true},
            {QStringLiteral("created-from"), true}, {QStringLiteral("created-to"), true},
            {QStringLiteral("sort"), true}};
}

QDateTime ConversationQuery::parseDate(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    return parseTimestamp(trimmed);
}

bool ConversationQuery::readChoice(const CommandLine &line, const QString &option, const QStringList &allowed,
                                   QString *target, QString *error)
{
    if (!line.isSet(option))
        return true;

    const QString value = line.value(option).trimmed();
    if (!allowed.contains(value)) {
        *error = tr("The --%1 value \"%2\" is invalid; use one of: %3.")
                     .arg(option, line.value(option), allowed.join(QStringLiteral(", ")));
        return false;
    }
    *target = value;
    return true;
}

bool ConversationQuery::readDate(const CommandLine &line, const QString &option, QDateTime *target, QString *error)
{
    if (!line.isSet(option))
        return true;

    const QDateTime time = parseDate(line.value(option));
    if (!time.isValid()) {
        *error = tr("The --%1 value \"%2\" is not a date; use an ISO 8601 date or date-time such as 2024-05-01 "
                    "or 2024-05-01T09:30:00Z.")
                     .arg(option, line.value(option));
        return false;
    }
    *target = time;
    return true;
}

bool ConversationQuery::readText(const CommandLine &line, const QString &option, int maxLength, QString *target,
                                 QString *error)
{
    if (!line.isSet(option))
        return true;

    const QString value = line.value(option).trimmed();
    if (value.isEmpty()) {
        *error = tr("The --%1 value is empty; give the text to filter by.").arg(option);
        return false;
    }
    if (value.size() > maxLength) {
        *error = tr("The --%1 value is %n characters long; use at most %2.", nullptr, int(value.size()))
                     .arg(option)
                     .arg(maxLength);
        return false;
    }
    *target = value;
    return true;
}

bool ConversationQuery::read(const CommandLine &line, QString *error)
{
    const bool valid = readChoice(line, QStringLiteral("status"), statuses(), &status, error)
                       && readChoice(line, QStringLiteral("priority"), priorities(), &priority, error)
                       && readChoice(line, QStringLiteral("channel"), channels(), &channel, error)
                       && readChoice(line, QStringLiteral("assignee-type"), assigneeTypes(), &assigneeType, error)
                       && readChoice(line, QStringLiteral("sort"), sortKeys(), &sort, error)
                       && readText(line, QStringLiteral("tag"), MaxTagLength, &tag, error)
                       && readText(line, QStringLiteral("q"), MaxTextLength, &text, error)
                       && readDate(line, QStringLiteral("created-from"), &createdFrom, error)
                       && readDate(line, QStringLiteral("created-to"), &createdTo, error);
    return valid;
}

ConversationFilter ConversationQuery::filter() const
{
    ConversationFilter result;
    result.status = status;
    result.priority = priority;
    result.channel = channel;
    result.assigneeType = assigneeType;
    result.tag = tag;
    result.text = text;
    result.createdFrom = createdFrom;
    result.createdTo = createdTo;
    if (const auto parsed = ConversationFilter::parseSort(sort))
        result.setSort(parsed->first, parsed->second);
    return result;
}

QUrlQuery ConversationQuery::toQuery() const
{
    return filter().toQuery();
}

bool ConversationQuery::matches(const Conversation &conversation) const
{
    return filter().matches(conversation);
}

} // namespace weav::core::cli
