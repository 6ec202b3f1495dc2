#pragma once

#include "types/Conversation.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace weav::core {

class NameDirectory;

// The list filters and the sort of GET /v1/conversations. toQuery() sends them to the server.
// matches() applies the same filters on the client, so that a server that ignores a filter cannot
// make a list show rows that do not match. compare() orders rows as the server sorts them.
// An empty field is no filter.
struct ConversationFilter
{
    enum class SortKey { CreatedAt, UpdatedAt, LastMessageAt, Priority };

    // status, priority, channel and assigneeType take one value or a comma-separated list meaning
    // any of them ("high,urgent"), which the sandbox accepts too.
    QString status;       // open | closed
    QString priority;     // low | normal | high | urgent
    QString channel;      // email | chat
    QString assigneeType; // user | agent | none (unassigned)
    QString assigneeId;
    QString customerId;
    QString tag;
    // Subject contains, case-insensitive; surrounding spaces are ignored, as the server trims.
    QString text;
    // Inclusive.
    QDateTime createdFrom;
    // Exclusive.
    QDateTime createdTo;
    // Inclusive.
    QDateTime updatedSince;
    std::optional<bool> isSpam;

    // The server's default order: newest created first.
    SortKey sortKey = SortKey::CreatedAt;
    bool descending = true;

    // The filters and the sort as query items. '+' and '%' in values are percent-encoded, so that
    // a server that reads '+' as a space still gets them.
    QUrlQuery toQuery() const;

    // Whether the conversation passes every filter. A conversation without assignee_type but with
    // an assignee_id takes its kind from the directory's teammates and AI agents.
    bool matches(const Conversation &conversation, const NameDirectory &names) const;
    bool matches(const Conversation &conversation) const;

    // Orders a before b (< 0), after b (> 0), or as the same row (0) in the active sort. Priority
    // sorts by severity; a missing value sorts last in both directions; ties break by id in the
    // sort's direction.
    int compare(const Conversation &a, const Conversation &b) const;
    bool lessThan(const Conversation &a, const Conversation &b) const { return compare(a, b) < 0; }

    // "-created_at" style, as the sort query item.
    QString sortParameter() const;
    // Reads a sort query item; nullopt for an unknown key.
    static std::optional<std::pair<SortKey, bool>> parseSort(const QString &parameter);
    void setSort(SortKey key, bool descendingOrder);

    bool hasFilters() const;

    bool operator==(const ConversationFilter &other) const = default;

private:
    bool matchesChoices(const Conversation &conversation, const NameDirectory *names) const;
    bool matchesReferences(const Conversation &conversation) const;
    bool matchesTimes(const Conversation &conversation) const;
    bool matchesAll(const Conversation &conversation, const NameDirectory *names) const;
};

} // namespace weav::core
