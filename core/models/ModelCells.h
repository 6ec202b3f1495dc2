#pragma once

#include "NameDirectory.h"

#include <QDateTime>
#include <QVariant>

// Cell values shared by the list models. Each returns what a role needs for one kind of value, or
// an invalid QVariant for the roles it does not serve.
namespace weav::core::cells {

// Shown while a name is being fetched.
QString loadingText();

// A name from the directory. DisplayRole: the name, or "…" while it loads. When the name could not
// be loaded (or there is no directory), DisplayRole is the id and ToolTipRole explains why.
// SortRole: the lower-cased name, or "" while it is unknown.
QVariant name(NameDirectory *names, NameDirectory::Kind kind, const QString &id, int role);

// A time. DisplayRole: the QDateTime (relative text is the view's job). ToolTipRole: ISO 8601 in
// UTC. SortRole: milliseconds since the epoch, or an invalid QVariant for a missing time.
QVariant time(const QDateTime &value, int role);

// Plain text. DisplayRole and ToolTipRole: the text. SortRole: the text in lower case.
QVariant text(const QString &value, int role);

// A number that may be missing. DisplayRole and SortRole: the number, or an invalid QVariant.
QVariant number(std::optional<qint64> value, int role);

// Orders by created_at, newest first, as every list of the API does by default: a missing time
// sorts last, and ties break by id, descending.
template <typename T>
bool newestCreatedFirst(const T &a, const T &b)
{
    const bool hasA = a.createdAt.isValid();
    const bool hasB = b.createdAt.isValid();
    if (hasA != hasB)
        return hasA;
    if (hasA && a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace weav::core::cells
