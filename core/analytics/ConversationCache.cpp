#include "ConversationCache.h"

#include "api/Endpoints.h"
#include "api/Pager.h"
#include "types/JsonReader.h"
#include "workspace/DraftStore.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace weav::core {

Q_LOGGING_CATEGORY(lcCache, "weav.core.cache")

namespace {

// Version 2 is a QDataStream of the fields. Version 1 was CBOR of the API objects, which took
// several times longer to write and read for the same conversations.
constexpr quint32 FileMagic = 0x57564343; // "WVCC"
constexpr quint32 FileVersion = 2;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

struct CacheContents
{
    QList<Conversation> conversations;
    QHash<QString, qsizetype> indexById;
    QDateTime newestUpdate;
    QDateTime refreshedAt;
};

void writeConversation(QDataStream &stream, const Conversation &c)
{
    stream << c.id << c.channel << c.customerId << c.subject << c.status << c.priority << c.assigneeId
           << c.assigneeType << c.closedAt << c.firstResponseAt << c.lastMessageAt << c.isSpam << c.spamScore
           << c.createdAt << c.updatedAt << c.tags << c.agentId;
}

void readConversation(QDataStream &stream, Conversation &c)
{
    stream >> c.id >> c.channel >> c.customerId >> c.subject >> c.status >> c.priority >> c.assigneeId
        >> c.assigneeType >> c.closedAt >> c.firstResponseAt >> c.lastMessageAt >> c.isSpam >> c.spamScore
        >> c.createdAt >> c.updatedAt >> c.tags >> c.agentId;
}

// The file: magic, version, newest_update, refreshed_at, count, then the conversations. A file of
// another version, or one cut short, reads as an empty cache, which the next refresh rebuilds.
CacheContents readFile(const QString &path)
{
    CacheContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return contents;

    QDataStream stream(&file);
    stream.setVersion(StreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    stream >> magic >> version;
    if (magic != FileMagic || version != FileVersion) {
        qCInfo(lcCache) << "ignoring a cache file of another format or version:" << path;
        return contents;
    }

    qint64 count = 0;
    stream >> contents.newestUpdate >> contents.refreshedAt >> count;
    if (count < 0 || count > file.size()) {
        qCWarning(lcCache) << "ignoring a damaged cache file:" << path;
        return {};
    }

    contents.conversations.reserve(count);
    contents.indexById.reserve(count);
    for (qint64 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        Conversation conversation;
        readConversation(stream, conversation);
        if (contents.indexById.contains(conversation.id))
            continue;
        contents.indexById.insert(conversation.id, contents.conversations.size());
        contents.conversations.append(std::move(conversation));
    }
    if (stream.status() != QDataStream::Ok) {
        qCWarning(lcCache) << "ignoring a cache file cut short:" << path;
        return {};
    }
    return contents;
}

bool writeFile(const QString &path, const QList<Conversation> &conversations, const QDateTime &newestUpdate, const QDateTime &refreshedAt)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;

    QDataStream stream(&file);
    stream.setVersion(StreamVersion);
    stream << FileMagic << FileVersion << newestUpdate << refreshedAt << qint64(conversations.size());
    for (const Conversation &conversation : conversations)
        writeConversation(stream, conversation);
    return stream.status() == QDataStream::Ok && file.commit();
}

// Reads one page of API objects into conversations; runs on a worker thread.
QList<Conversation> convertPage(const QJsonArray &items)
{
    QList<Conversation> conversations;
    conversations.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (std::optional<Conversation> conversation = Conversation::fromJson(value.toObject()))
            conversations.append(std::move(*conversation));
    }
    return conversations;
}

} // namespace

ConversationCache::ConversationCache(const QString &profileName, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_filePath(QDir(directory.isEmpty() ? defaultDirectory() : directory).filePath(DraftStore::fileNameFor(profileName).replace(QLatin1String(".json"), QLatin1String(".cache"))))
{
}

ConversationCache::~ConversationCache() = default;

QString ConversationCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/conversations");
}

QHash<QString, Conversation> ConversationCache::conversationsById() const
{
    QHash<QString, Conversation> byId;
    byId.reserve(m_conversations.size());
    for (const Conversation &conversation : m_conversations)
        byId.insert(conversation.id, conversation);
    return byId;
}

void ConversationCache::load()
{
    auto *watcher = new QFutureWatcher<CacheContents>(this);
    connect(watcher, &QFutureWatcher<CacheContents>::finished, this, [this, watcher] {
        watcher->deleteLater();
        CacheContents contents = watcher->result();
        m_conversations = std::move(contents.conversations);
        m_indexById = std::move(contents.indexById);
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
    m_total = -1;
    m_changed = 0;
    m_pagesConverting = 0;
    m_pagerFinished = false;
    ++m_generation;

    QUrlQuery query;
    if (full) {
        m_conversations.clear();
        m_indexById.clear();
        m_newestUpdate = {};
    } else {
        query.addQueryItem(QStringLiteral("updated_since"), formatTimestamp(m_newestUpdate.addMSecs(-OverlapMs)));
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("updated_at"));
    }

    m_pager = new Pager(m_client, ApiRequest::get(endpoints::conversations(), query), this);
    m_pager->setPerPage(100);
    connect(m_pager, &Pager::pageReady, this, [this](int, const QJsonArray &items, qint64 total) { onPage(items, total); });
    connect(m_pager, &Pager::finished, this, &ConversationCache::onPagerFinished);
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        ++m_generation;
        m_pagesConverting = 0;
        m_pager->deleteLater();
        m_pager = nullptr;
        emit failed(error);
    });
    m_pager->start();
}

// A page's conversations are read on a worker thread and merged here, so that the GUI thread only
// inserts them. Pages can merge in any order, because the cache is keyed by id.
void ConversationCache::onPage(const QJsonArray &items, qint64 total)
{
    m_received += items.size();
    m_total = total;
    ++m_pagesConverting;

    auto *watcher = new QFutureWatcher<QList<Conversation>>(this);
    connect(watcher, &QFutureWatcher<QList<Conversation>>::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        --m_pagesConverting;
        mergePage(watcher->result());
        emit progress(m_received, m_total);
        if (m_pagerFinished && m_pagesConverting == 0)
            onFetchFinished();
    });
    watcher->setFuture(QtConcurrent::run(convertPage, items));
}

void ConversationCache::mergePage(const QList<Conversation> &conversations)
{
    for (const Conversation &conversation : conversations) {
        if (conversation.updatedAt.isValid() && (!m_newestUpdate.isValid() || conversation.updatedAt > m_newestUpdate))
            m_newestUpdate = conversation.updatedAt;

        const auto existing = m_indexById.constFind(conversation.id);
        if (existing == m_indexById.cend()) {
            m_indexById.insert(conversation.id, m_conversations.size());
            m_conversations.append(conversation);
            ++m_changed;
        } else if (!(m_conversations.at(*existing) == conversation)) {
            m_conversations[*existing] = conversation;
            ++m_changed;
        }
    }
}

void ConversationCache::onPagerFinished()
{
    m_pager->deleteLater();
    m_pager = nullptr;
    m_pagerFinished = true;
    if (m_pagesConverting == 0)
        onFetchFinished();
}

void ConversationCache::onFetchFinished()
{
    m_pagerFinished = false;
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
    if (!m_pager && !m_pagerFinished)
        return;

    // Pages still on a worker belong to this fetch and are dropped when they arrive.
    ++m_generation;
    m_pagesConverting = 0;
    m_pagerFinished = false;
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }

    // A cancelled full fetch leaves a partial list, which must not pass for a complete one.
    if (m_fullFetch)
        m_newestUpdate = {};
    emit cancelled();
}

void ConversationCache::save()
{
    const QString path = m_filePath;
    const QList<Conversation> conversations = m_conversations;
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
