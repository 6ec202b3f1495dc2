#pragma once

#include "api/ApiClient.h"
#include "types/Conversation.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcCache)

class Pager;

// Every conversation of a workspace, kept on disk per profile so that the analytics dashboard opens
// from the cache and then fetches only what changed. The first refresh reads the whole list in
// parallel pages; later ones read the conversations updated since the newest updated_at seen (with
// a small overlap). Deleted conversations do not appear in an updated_since list, so after each
// incremental refresh the server's meta.total is compared with the cache, and a difference
// triggers a full reload.
//
// The file is read and written on a worker thread. Its format is private to this class and carries
// a version; a file of another version is ignored and rebuilt.
class ConversationCache : public QObject
{
    Q_OBJECT

public:
    // Asked again before the newest updated_at seen, for records written in the same second.
    static constexpr int OverlapMs = 2000;

    // The cache of this profile in defaultDirectory(), or in directory when it is given (tests).
    explicit ConversationCache(const QString &profileName, const QString &directory = {}, QObject *parent = nullptr);
    ~ConversationCache() override;

    QString filePath() const { return m_filePath; }

    // Reads the file on a worker thread; loaded() follows (also when there is no file yet).
    void load();
    bool isLoaded() const { return m_loaded; }

    // Fetches what changed since the last refresh (everything the first time), then saves the file.
    void refresh(ApiClient *client);
    void cancel();
    bool isRefreshing() const { return m_pager != nullptr || m_pagerFinished || m_checkingTotal; }

    // Every conversation, in the order first seen. The copy is implicitly shared and costs nothing,
    // so a worker thread can compute from it while the GUI thread goes on.
    QList<Conversation> conversations() const { return m_conversations; }
    // The conversations by id, built on each call.
    QHash<QString, Conversation> conversationsById() const;
    int size() const { return int(m_conversations.size()); }
    QDateTime newestUpdate() const { return m_newestUpdate; }
    // When the last refresh completed, or invalid.
    QDateTime refreshedAt() const { return m_refreshedAt; }

    static QString defaultDirectory();

signals:
    void loaded(int conversations);
    // received counts the conversations of this refresh; total is meta.total or -1.
    void progress(qint64 received, qint64 total);
    void refreshed(int changed);
    // The file was written (ok) or could not be written.
    void saved(bool ok);
    void failed(const weav::core::ApiError &error);
    void cancelled();

private:
    void fetch(bool full);
    void onPage(const QJsonArray &items, qint64 total);
    void mergePage(const QList<Conversation> &conversations);
    void onPagerFinished();
    void onFetchFinished();
    void checkTotal();
    void save();

    QPointer<ApiClient> m_client;
    QString m_filePath;
    // The conversations, and the position of each id in the list. The cache only adds and replaces:
    // a conversation deleted on the server leaves with the full reload that the total check starts.
    QList<Conversation> m_conversations;
    QHash<QString, qsizetype> m_indexById;
    QDateTime m_newestUpdate;
    QDateTime m_refreshedAt;
    Pager *m_pager = nullptr;
    bool m_fullFetch = false;
    bool m_checkingTotal = false;
    bool m_loaded = false;
    qint64 m_received = 0;
    qint64 m_total = -1;
    // Pages handed to a worker and not merged yet; the fetch ends when the pager has finished and
    // this is 0.
    int m_pagesConverting = 0;
    bool m_pagerFinished = false;
    // Counts fetches and cancellations, so that a page converted for an earlier one is dropped.
    quint64 m_generation = 0;
    int m_changed = 0;
};

} // namespace weav::core
