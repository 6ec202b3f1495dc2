#include "Tokens.h"

#include "Database.h"
#include "api/Json.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace weav::sandbox {

namespace tokens {

namespace {

QString randomSecret(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    secret.reserve(length);
    for (int i = 0; i < length; ++i)
        secret.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]));
    return secret;
}

std::optional<QStringList> parseAbilities(const QString &text)
{
    QStringList abilities;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part == QLatin1String("read") || part == Ability::Read)
            abilities.append(Ability::Read);
        else if (part == QLatin1String("write") || part == Ability::Write)
            abilities.append(Ability::Write);
        else
            return std::nullopt;
    }
    abilities.removeDuplicates();
    if (abilities.isEmpty())
        return std::nullopt;
    return abilities;
}

} // namespace

QString hash(const QString &plainText)
{
    return QString::fromLatin1(QCryptographicHash::hash(plainText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<CreatedToken> create(Database &database, const QString &workspaceName, const QString &name,
                                   const QString &abilitiesText, std::optional<qint64> expiresAtMs,
                                   QString *errorMessage)
{
    const std::optional<QStringList> abilities = parseAbilities(abilitiesText);
    if (!abilities) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Invalid abilities \"%1\": use read, write or read,write.").arg(abilitiesText);
        return std::nullopt;
    }

    const std::optional<QString> workspaceId = workspaces::idForName(database, workspaceName);
    if (!workspaceId) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Workspace \"%1\" not found in %2; create it with weav-sandbox seed.")
                                .arg(workspaceName, database.filePath());
        return std::nullopt;
    }

    CreatedToken token;
    token.id = json::newId();
    token.plainText = QStringLiteral("weav_") + randomSecret(48);

    WriteTransaction transaction(database);
    sql::exec(transaction.db(),
              QStringLiteral("INSERT INTO tokens (id, workspace_id, name, token_hash, abilities, expires_at, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {token.id, *workspaceId, name, hash(token.plainText), abilities->join(QLatin1Char(',')),
               expiresAtMs ? QVariant(*expiresAtMs) : QVariant(QMetaType(QMetaType::LongLong)), json::nowMs()});
    transaction.commit();
    return token;
}

std::optional<TokenInfo> find(Database &database, const QString &plainText)
{
    QSqlQuery query = sql::exec(database.connection(),
                                QStringLiteral("SELECT id, workspace_id, abilities, expires_at FROM tokens WHERE token_hash = ?"),
                                {hash(plainText)});
    if (!query.next())
        return std::nullopt;

    TokenInfo info;
    info.id = query.value(0).toString();
    info.workspaceId = query.value(1).toString();
    info.abilities = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!query.value(3).isNull())
        info.expiresAtMs = query.value(3).toLongLong();
    return info;
}

bool revoke(Database &database, const QString &plainText)
{
    QMutexLocker lock(&database.writeMutex());
    QSqlQuery query = sql::exec(database.connection(), QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"), {hash(plainText)});
    database.noteCommit();
    return query.numRowsAffected() > 0;
}

int revokeNamed(Database &database, const QString &workspaceName, const QString &name)
{
    const std::optional<QString> workspaceId = workspaces::idForName(database, workspaceName);
    if (!workspaceId)
        return 0;

    QMutexLocker lock(&database.writeMutex());
    QSqlQuery query = sql::exec(database.connection(), QStringLiteral("DELETE FROM tokens WHERE workspace_id = ? AND name = ?"),
                                {*workspaceId, name});
    database.noteCommit();
    return query.numRowsAffected();
}

} // namespace tokens

namespace workspaces {

std::optional<QString> idForName(Database &database, const QString &name)
{
    QSqlQuery query = sql::exec(database.connection(), QStringLiteral("SELECT id FROM workspaces WHERE name = ?"), {name});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString ensure(Database &database, const QString &name)
{
    if (const auto existing = idForName(database, name))
        return *existing;

    const QString id = json::newId();
    WriteTransaction transaction(database);
    sql::exec(transaction.db(), QStringLiteral("INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)"),
              {id, name, json::nowMs()});
    transaction.commit();
    return id;
}

QStringList allIds(Database &database)
{
    QStringList ids;
    QSqlQuery query = sql::exec(database.connection(), QStringLiteral("SELECT id FROM workspaces ORDER BY created_at, id"));
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

} // namespace workspaces

} // namespace weav::sandbox
