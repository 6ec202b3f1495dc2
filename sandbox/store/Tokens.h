#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace weav::sandbox {

class Database;

struct Ability
{
    static inline const QString Read = QStringLiteral("external-api:read");
    static inline const QString Write = QStringLiteral("external-api:write");
};

// A token as the server sees it after authentication.
struct TokenInfo
{
    QString id;
    QString workspaceId;
    QStringList abilities;
    std::optional<qint64> expiresAtMs;

    bool can(const QString &ability) const { return abilities.contains(ability); }
};

struct CreatedToken
{
    QString plainText;
    QString id;
};

// API tokens, stored only as SHA-256 hashes of their plain text.
namespace tokens {

QString hash(const QString &plainText);

// Creates a token for the named workspace. abilities are "read", "write" or "read,write" as on
// the command line (or the full ability names). Returns nullopt with a message on failure.
std::optional<CreatedToken> create(Database &database, const QString &workspaceName, const QString &name,
                                   const QString &abilities, std::optional<qint64> expiresAtMs,
                                   QString *errorMessage);

// Looks a bearer token up; nullopt when it is unknown. Expiry is checked by the caller.
std::optional<TokenInfo> find(Database &database, const QString &plainText);

// Deletes a token, so that requests with it get 401. Returns whether it existed.
bool revoke(Database &database, const QString &plainText);

// Deletes every token of the workspace with this name; returns how many.
int revokeNamed(Database &database, const QString &workspaceName, const QString &name);

} // namespace tokens

// Workspaces by name.
namespace workspaces {

std::optional<QString> idForName(Database &database, const QString &name);
// Returns the id of the named workspace, creating it when missing.
QString ensure(Database &database, const QString &name);
QStringList allIds(Database &database);

} // namespace workspaces

} // namespace weav::sandbox
