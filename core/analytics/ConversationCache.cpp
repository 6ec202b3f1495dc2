#include "ConversationCache.h"

#include "api/Endpoints.h"
#include "api/Pager.h"
#include "types/JsonReader.h"
#include "workspace/DraftStore.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace weav::core {

Q_LOGGING_CATEGORY(lcCache, "weav.core.cache")

namespace {

constexpr int FileVersion = 1;

struct CacheContents
{
    QHash<QString, Conversation> conversations;
    QDateTime newestUpdate;
    QDateTime refreshedAt;
};

// The file is CBOR: {version, newest_update, refreshed_at, conversations: [API objects]}.
CacheContents readFile(const QString &path)
{
    CacheContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return contents;

    const QCborMap root = QCborValue::fromCbor(file.readAll()).toMap();
    if (root.value(QStringLiteral("version")).toInteger() != FileVersion) {
        qCInfo(lcCache) << "ignoring a cache file of another version:" << path;
        return contents;
    }

    const QCborArray items = root.value(QStringLiteral("conversations")).toArray();
    contents.conversations.reserve(items.size());
    for (const QCborValue &item : items) {
        if (std::optional<Conversation> conversation = Conversation::fromJson(item.toMap().toJsonObject()))
            contents.conversations.insert(conversation->id, std::move(*conversation));
    }
    contents.newestUpdate = parseTimestamp(root.value(QStringLiteral("newest_update")).toString());
    contents.refreshedAt = parseTimestamp(root.value(QStringLiteral("refreshed_at")).toString());
    return contents;
}

bool writeFile(const QString &path, const QList<Conversation> &conversations, const QDateTime &newestUpdate, const QDateTime &refreshedAt)
{
    QCborArray items;
    for (const Conversation &conversation : conversations)
        items.append(QCborMap::fromJsonObject(conversation.toJson()));

    QCborMap root;
    root.insert(QStringLiteral("version"), FileVersion);
    root.insert(QStringLiteral("newest_update"), formatTimestamp(newestUpdate));
    root.insert(QStringLiteral("refreshed_at"), formatTimestamp(refreshedAt));
    root.insert(QStringLiteral("conversations"), items);

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(root.toCborValue().toCbor()) >= 0 && file.commit();
}

} // namespace

ConversationCache::ConversationCache(const QString &profileName, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_filePath(QDir(directory.isEmpty() ? defaultDirectory() : directory).filePath(DraftStore::fileNameFor(profileName).replace(QLatin1String(".json"), QLatin1String(".cbor"))))
{
}

ConversationCache::~ConversationCache() = default;

QString ConversationCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/conversations");
}

void ConversationCache::load()
{
    auto *watcher = new QFutureWatcher<CacheContents>(this);
    connect(watcher, &QFutureWatcher<CacheContents>::finished, this, [this, watcher] {
        watcher->deleteLater();
        CacheContents contents = watcher->result();
        m_conversations = std::move(contents.conversations);
        m_newestUpdate = contents.newestUpdate;
        m_refreshedAt = contents.refreshedAt;
        m_loaded = true;
        qCInfo(lcCache) << "loaded" << m_conversations.size() << "conversations from" << m_filePath;
        emit loaded(int(m_conversations.size()));
    });
    watcher->setFuture(QtConcurrent::run(readFile, m_filePath));
}

void ConversationCache::refresh(ApiClient *client)
{
    if (isRefreshing())
        return;

    m_client = client;
    fetch(!m_newestUpdate.isValid() || m_conversations.isEmpty());
}

void ConversationCache::fetch(bool full)
{
    m_fullFetch = full;
    m_received = 0;
    m_changed = 0;

    QUrlQuery query;
    if (full) {
        m_conversations.clear();
        m_newestUpdate = {};
    } else {
        query.addQueryItem(QStringLiteral("updated_since"), formatTimestamp(m_newestUpdate.addMSecs(-OverlapMs)));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_at"));
    }

    m_pager = new Pager(m_client, ApiRequest::get(endpoints::conversations(), query), this);
    m_pager->setPerPage(100);
    connect(m_pager, &Pager::pageReady, this, [this](int, const QJsonArray &items, qint64 total) { onPage(items, total); });
    connect(m_pager, &Pager::finished, this, &ConversationCache::onFetchFinished);
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        m_pager->deleteLater();
        m_pager = nullptr;
        emit failed(error);
    });
    m_pager->start();
}

void ConversationCache::onPage(const QJsonArray &items, qint64 total)
{
    for (const QJsonValue &value : items) {
        std::optional<Conversation> conversation = Conversation::fromJson(value.toObject());
        if (!conversation)
            continue;
        if (conversation->updatedAt.isValid() && (!m_newestUpdate.isValid() || conversation->updatedAt > m_newestUpdate))
            m_newestUpdate = conversation->updatedAt;

        auto existing = m_conversations.find(conversation->id);
        if (existing == m_conversations.end() || !(*existing == *conversation))
            ++m_changed;
        m_conversations.insert(conversation->id, std::move(*conversation));
    }
    m_received += items.size();
    emit progress(m_received, total);
}

void ConversationCache::onFetchFinished()
{
    m_pager->deleteLater();
    m_pager = nullptr;

    if (m_fullFetch) {
        m_refreshedAt = QDateTime::currentDateTimeUtc();
        save();
        emit refreshed(m_changed);
        return;
    }
    checkTotal();
}

void ConversationCache::checkTotal()
{
    m_checkingTotal = true;
    ApiCall *call = m_client->send(ApiRequest::get(endpoints::conversations(), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}}));
    connect(call, &ApiCall::finished, this, [this](const ApiResponse &response) {
        m_checkingTotal = false;
        if (!response.ok()) {
            emit failed(response.error);
            return;
        }

        const qint64 total = response.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
        if (total >= 0 && total != m_conversations.size()) {
            qCInfo(lcCache) << "the server has" << total << "conversations and the cache" << m_conversations.size() << "- reloading all";
            fetch(true);
            return;
        }
        m_refreshedAt = QDateTime::currentDateTimeUtc();
        save();
        emit refreshed(m_changed);
    });
}

void ConversationCache::cancel()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
        // A cancelled full fetch leaves a partial list, which must not pass for a complete one.
        if (m_fullFetch)
            m_newestUpdate = {};
        emit cancelled();
    }
}

void ConversationCache::save()
{
    const QString path = m_filePath;
    const QList<Conversation> conversations = m_conversations.values();
    const QDateTime newest = m_newestUpdate;
    const QDateTime refreshedAt = m_refreshedAt;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (!watcher->result())
            qCWarning(lcCache) << "the conversation cache could not be written to" << path;
        emit saved(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(writeFile, path, conversations, newest, refreshedAt));
}

} // namespace weav::core
