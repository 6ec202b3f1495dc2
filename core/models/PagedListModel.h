#pragma once

#include "api/ApiClient.h"
#include "types/JsonReader.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcModels)

class Pager;

// The counts of one page (or one revealed part of a thread) after parsing.
struct PageIntake
{
    int received = 0;
    int queued = 0;
    int skippedWithoutId = 0;
    int droppedByClientFilter = 0;
    ParseIssues issues;
};

// The non-template base of the list models: a table that is filled page by page from one list
// endpoint through canFetchMore()/fetchMore(), with the loading state, the total from meta.total,
// and errors. Rows that arrive in one event-loop pass are queued and inserted with one
// beginInsertRows per side. The Pager delivers one page per pass, and pages that waited for a
// slower one come in consecutive passes: their rows are inserted together, up to maxParallel pages
// at a time, so several parallel pages cost the views one insertion.
//
// Two page orders: Forward (page 1, 2, ...; the default order of every list) and FromNewest for an
// oldest-first list that should show its end first (a conversation's thread). FromNewest needs
// meta.total to find the last page; without it the model pages forward.
//
// Nothing loads until reload(), loadAll() or a subclass's setFilter(); canFetchMore() is false
// until then, so a QAbstractItemModelTester's fetchMore() from its constructor does nothing.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        // The raw value to sort on: numbers, QDateTime as milliseconds, lower-cased strings.
        SortRole,
        // The whole row as QVariant::fromValue<T>.
        ObjectRole,
        // The first role a subclass may define.
        FirstResourceRole = Qt::UserRole + 16,
    };
    Q_ENUM(Role)

    enum class PageOrder { Forward, FromNewest };

    static constexpr int DefaultPerPage = 50;

    explicit PagedListModel(ApiClient *client, QObject *parent = nullptr);
    ~PagedListModel() override;

    ApiClient *client() const { return m_client; }

    // Rows per request, 1–100. Takes effect at the next reload() (or first loadAll()), because
    // page numbers count in the page size the list started with.
    void setPerPage(int perPage) { m_requestedPerPage = qBound(1, perPage, 100); }
    int perPage() const { return m_requestedPerPage; }
    // Requests in flight during loadAll().
    void setMaxParallel(int maxParallel) { m_maxParallel = qMax(1, maxParallel); }

    // Clears the rows and loads the first page.
    void reload();
    // Fetches every remaining page; in parallel when the server sends meta.last_page.
    void loadAll();
    // Fetches again after a failure, from where the model stopped.
    void retry();
    // Stops the page in flight. The rows stay; fetchMore() continues later.
    void cancel();

    bool isStarted() const { return m_started; }
    // A page is in flight, or rows are queued for insertion.
    bool isLoading() const { return m_loading; }
    // Every page has been loaded.
    bool isComplete() const { return m_endReached; }
    bool hasFailed() const { return m_failed; }
    bool isFeatureUnavailable() const { return m_unavailable; }
    // meta.total (adjusted by live updates), or -1 when the server sent none.
    qint64 totalCount() const { return m_total; }
    int skippedWithoutId() const { return m_skippedWithoutId; }
    int droppedByClientFilter() const { return m_droppedByClientFilter; }
    // The list path the model reads, e.g. /v1/conversations.
    QString endpoint() const;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    // After the rows of a page are queued; rowsReceived counts the page's items before filtering.
    void pageLoaded(int page, int rowsReceived);
    // The last page has been loaded.
    void completed();
    void loadFailed(const weav::core::ApiError &error);
    // The server has no such endpoint (404 without RESOURCE_NOT_FOUND, or 405).
    void featureUnavailable(const QString &reason);
    // Fields of a page with the wrong JSON type, and rows without an id, reported once per page.
    void parseIssuesFound(const QString &endpoint, int page, const QString &summary);

protected:
    // The list request without page and per_page: the path, the filters and the sort.
    virtual ApiRequest listRequest() const = 0;
    // Parses the items and queues the accepted rows at the end, or in front of every row when
    // atFront is set. Fills the counts of intake.
    virtual void queueItems(const QJsonArray &items, bool atFront, PageIntake &intake) = 0;
    virtual bool hasQueuedRows() const = 0;
    // Inserts the queued rows, with one beginInsertRows/endInsertRows per side.
    virtual void insertQueuedRows() = 0;
    // Drops rows and queued rows; called between beginResetModel() and endResetModel().
    virtual void dropRows() = 0;

    void setPageOrder(PageOrder order) { m_pageOrder = order; }
    // Clears the rows and loads the first page again, as reload(); for a changed filter.
    void restart();
    // Inserts the queued rows now, before a live update changes the rows.
    void flushQueuedRows();
    void adjustTotalCount(qint64 delta);

    // Whether rows beyond the first or the last loaded row may still come with a later page. A
    // live update that sorts there waits for that page instead of being inserted.
    bool mayHaveRowsBeforeFirst() const;
    bool mayHaveRowsAfterLast() const;

    // Marks a change of the rows in progress. fetchMore() calls from signal handlers (views,
    // QAbstractItemModelTester) are ignored while it lasts.
    class RowChange
    {
    public:
        explicit RowChange(PagedListModel *model) : m_model(model) { ++m_model->m_rowChanges; }
        ~RowChange() { --m_model->m_rowChanges; }
        RowChange(const RowChange &) = delete;
        RowChange &operator=(const RowChange &) = delete;

    private:
        PagedListModel *m_model;
    };

private:
    // The state of a FromNewest model that reads its list backwards from the last page.
    struct NewestPaging
    {
        bool active = false;
        // The next older page to request; 0 when every page has been requested.
        int nextOlderPage = 0;
        // The lowest page fetched so far, for logs and pageLoaded().
        int lowestPage = 0;
        // Page 1, kept from the first request, which served to learn the page count.
        QJsonArray firstPage;
        // Pages fetched by loadAll(), oldest first.
        QJsonArray olderPages;
        // Fetched rows not shown yet, oldest first.
        QJsonArray backlog;
    };

    void resetPagingState();
    void startPager(int firstPage, bool singlePage, qint64 limit = -1);
    void stopPager();
    void onPageReady(int page, const QJsonArray &items, qint64 total);
    void onPagerFinished();
    void onPagerFailed(const ApiError &error);

    void acceptForwardPage(int page, const QJsonArray &items);
    void acceptNewestPage(int page, const QJsonArray &items, qint64 total);
    void acceptOlderPage(int page, const QJsonArray &items);
    void continueNewestPaging();
    void finishNewestBulkLoad();
    void revealBacklog(qsizetype maxRows);
    bool isNewestPagingDone() const;

    void intake(int page, const QJsonArray &items, bool atFront);
    void reportParseIssues(int page, const PageIntake &intake);
    void scheduleFlush();
    void onFlushTimer();
    void setTotal(qint64 total);
    void markComplete();
    void updateLoading();

    QPointer<ApiClient> m_client;
    int m_requestedPerPage = DefaultPerPage;
    // The page size of the current list.
    int m_perPage = DefaultPerPage;
    int m_maxParallel = 6;
    PageOrder m_pageOrder = PageOrder::Forward;

    bool m_started = false;
    bool m_loading = false;
    bool m_endReached = false;
    bool m_completedSignalled = false;
    bool m_failed = false;
    bool m_unavailable = false;
    int m_nextPage = 1;
    qint64 m_total = -1;
    int m_skippedWithoutId = 0;
    int m_droppedByClientFilter = 0;
    int m_rowChanges = 0;
    // Pages queued since the last insertion.
    int m_pagesSinceFlush = 0;

    Pager *m_pager = nullptr;
    bool m_pagerIsBulk = false;
    // FromNewest: set once the first reply has told the page count (or that there is none).
    bool m_newestProbed = false;
    NewestPaging m_newest;

    QTimer m_flushTimer;
};

} // namespace weav::core
