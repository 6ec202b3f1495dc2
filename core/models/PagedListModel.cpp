#include "PagedListModel.h"

#include "api/Pager.h"

namespace weav::core {

Q_LOGGING_CATEGORY(lcModels, "weav.core.models")

PagedListModel::PagedListModel(ApiClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PagedListModel::onFlushTimer);
}

PagedListModel::~PagedListModel()
{
    // The pager is a child and cancels its requests when deleted; it must not call back into a
    // model that is being destroyed.
    if (m_pager)
        m_pager->disconnect(this);
}

QString PagedListModel::endpoint() const
{
    return listRequest().path;
}

void PagedListModel::reload()
{
    restart();
}

void PagedListModel::restart()
{
    if (!m_client)
        return;

    stopPager();
    m_flushTimer.stop();
    m_pagesSinceFlush = 0;
    {
        RowChange change(this);
        beginResetModel();
        dropRows();
        endResetModel();
    }

    resetPagingState();
    m_started = true;
    startPager(1, true);
}

void PagedListModel::resetPagingState()
{
    m_perPage = m_requestedPerPage;
    m_endReached = false;
    m_completedSignalled = false;
    m_failed = false;
    m_unavailable = false;
    m_nextPage = 1;
    m_newestProbed = false;
    m_newest = NewestPaging();
    m_skippedWithoutId = 0;
    m_droppedByClientFilter = 0;
    setTotal(-1);
}

void PagedListModel::loadAll()
{
    if (!m_client)
        return;
    if (!m_started) {
        resetPagingState();
        m_started = true;
    }
    if (m_endReached || m_unavailable || (m_pager && m_pagerIsBulk))
        return;

    // A single page in flight is requested again as part of the bulk load.
    stopPager();
    m_failed = false;

    if (m_pageOrder == PageOrder::FromNewest && !m_newestProbed) {
        // Everything is wanted, so the thread is read forward, already in chronological order.
        m_newestProbed = true;
        startPager(m_nextPage, false);
        return;
    }
    if (m_pageOrder == PageOrder::FromNewest && m_newest.active) {
        if (m_newest.nextOlderPage >= 2) {
            // Pages 2 to nextOlderPage; page 1 is kept from the first request.
            startPager(2, false, qint64(m_newest.nextOlderPage - 1) * m_perPage);
            return;
        }
        finishNewestBulkLoad();
        return;
    }
    startPager(m_nextPage, false);
}

void PagedListModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    fetchMore(QModelIndex());
}

void PagedListModel::cancel()
{
    stopPager();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client)
        return false;
    return m_started && !m_endReached && !m_failed && !m_unavailable;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester call this from their handlers of the model's own signals,
    // and more than once per page: one page at a time, and never during a change of the rows.
    // Nor while a page's rows wait for insertion: a view that counts rows then (none, after a
    // reload) would ask for the next page although the rows it has not seen fill its viewport.
    if (!canFetchMore(parent) || m_pager || m_rowChanges > 0 || hasQueuedRows())
        return;

    if (m_pageOrder == PageOrder::FromNewest && m_newest.active) {
        continueNewestPaging();
        return;
    }
    startPager(m_nextPage, true);
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortValue");
    names.insert(ObjectRole, "object");
    return names;
}

void PagedListModel::flushQueuedRows()
{
    m_flushTimer.stop();
    m_pagesSinceFlush = 0;
    if (hasQueuedRows()) {
        RowChange change(this);
        insertQueuedRows();
    }
    if (m_endReached && !m_completedSignalled) {
        m_completedSignalled = true;
        emit completed();
    }
    updateLoading();
}

void PagedListModel::adjustTotalCount(qint64 delta)
{
    if (m_total >= 0)
        setTotal(qMax<qint64>(0, m_total + delta));
}

bool PagedListModel::mayHaveRowsBeforeFirst() const
{
    if (m_endReached)
        return false;
    if (!m_started)
        return true;
    // A forward list starts at its first row; a thread read from its last page may have older rows.
    if (m_pageOrder == PageOrder::Forward)
        return false;
    return !m_newestProbed || m_newest.active;
}

bool PagedListModel::mayHaveRowsAfterLast() const
{
    if (m_endReached)
        return false;
    // A thread read from its last page has its newest rows loaded.
    const bool readFromNewest = m_pageOrder == PageOrder::FromNewest && m_newestProbed && m_newest.active;
    return !readFromNewest;
}

void PagedListModel::startPager(int firstPage, bool singlePage, qint64 limit)
{
    m_pager = new Pager(m_client, listRequest(), this);
    m_pager->setPerPage(m_perPage);
    m_pager->setMaxParallel(m_maxParallel);
    m_pager->setFirstPage(firstPage);
    m_pager->setSinglePage(singlePage);
    m_pager->setLimit(limit);
    m_pagerIsBulk = !singlePage;

    connect(m_pager, &Pager::pageReady, this, &PagedListModel::onPageReady);
    connect(m_pager, &Pager::finished, this, &PagedListModel::onPagerFinished);
    connect(m_pager, &Pager::failed, this, &PagedListModel::onPagerFailed);
    updateLoading();
    m_pager->start();
}

void PagedListModel::stopPager()
{
    if (!m_pager)
        return;

    // Called from the pager's own signals too, so it is deleted later.
    m_pager->disconnect(this);
    m_pager->cancel();
    m_pager->deleteLater();
    m_pager = nullptr;
    updateLoading();
}

void PagedListModel::onPageReady(int page, const QJsonArray &items, qint64 total)
{
    if (total >= 0)
        setTotal(total);

    if (m_pageOrder == PageOrder::FromNewest)
        acceptNewestPage(page, items, total);
    else
        acceptForwardPage(page, items);
}

void PagedListModel::onPagerFinished()
{
    const bool bulk = m_pagerIsBulk;
    stopPager();

    if (m_pageOrder == PageOrder::FromNewest && m_newest.active) {
        if (bulk)
            finishNewestBulkLoad();
        else
            continueNewestPaging();
        return;
    }
    if (bulk)
        markComplete();
}

void PagedListModel::onPagerFailed(const ApiError &error)
{
    stopPager();
    if (error.kind == ApiError::Kind::Cancelled)
        return;

    if (error.isFeatureUnavailable()) {
        m_unavailable = true;
        const QString reason = tr("The server does not offer %1 (HTTP %2).").arg(error.endpoint).arg(error.httpStatus);
        qCInfo(lcModels).noquote() << "list" << endpoint() << "unavailable:" << error.summary();
        emit featureUnavailable(reason);
        return;
    }

    m_failed = true;
    qCWarning(lcModels).noquote() << "list" << endpoint() << "stopped loading:" << error.summary();
    emit loadFailed(error);
}

// NOTE: pages are addressed by number, so a row deleted on the server between two fetches shifts
// the next page by one row, and that row is not loaded until the next reload(). Cursor paging on
// the server would lift this. (A row added at the top repeats one row, which intake merges by id.)
void PagedListModel::acceptForwardPage(int page, const QJsonArray &items)
{
    m_nextPage = page + 1;
    intake(page, items, false);

    // A short page is the last one, whatever meta contains: a server that sends links and meta as
    // {} ends its lists this way.
    if (items.size() < m_perPage)
        markComplete();
}

void PagedListModel::acceptNewestPage(int page, const QJsonArray &items, qint64 total)
{
    if (!m_newestProbed) {
        m_newestProbed = true;
        const qint64 lastPage = total < 0 ? 0 : qMax<qint64>(1, (total + m_perPage - 1) / m_perPage);
        if (page == 1 && lastPage > 1 && !m_pagerIsBulk) {
            // Page 1 served to learn the page count. It is kept for the end, and paging continues
            // from the last page once this pager has finished.
            m_newest.active = true;
            m_newest.firstPage = items;
            m_newest.nextOlderPage = int(qMin<qint64>(lastPage, std::numeric_limits<int>::max()));
            m_newest.lowestPage = m_newest.nextOlderPage + 1;
            return;
        }
        // Without meta.total, or with a single page, the thread is read forward.
    }

    if (!m_newest.active) {
        acceptForwardPage(page, items);
        return;
    }
    if (m_pagerIsBulk) {
        for (const QJsonValue &item : items)
            m_newest.olderPages.append(item);
        return;
    }
    acceptOlderPage(page, items);
}

void PagedListModel::acceptOlderPage(int page, const QJsonArray &items)
{
    QJsonArray backlog = items;
    for (const QJsonValue &item : std::as_const(m_newest.backlog))
        backlog.append(item);
    m_newest.backlog = backlog;
    m_newest.lowestPage = page;
    m_newest.nextOlderPage = page - 1;

    if (m_newest.nextOlderPage == 1) {
        QJsonArray withFirst = m_newest.firstPage;
        for (const QJsonValue &item : std::as_const(m_newest.backlog))
            withFirst.append(item);
        m_newest.backlog = withFirst;
        m_newest.firstPage = QJsonArray();
        m_newest.lowestPage = 1;
        m_newest.nextOlderPage = 0;
    }
}

void PagedListModel::continueNewestPaging()
{
    // Each fetchMore() shows perPage older rows: from the backlog when it contains enough,
    // otherwise after fetching the next older page.
    if (m_newest.backlog.size() >= m_perPage || m_newest.nextOlderPage == 0) {
        revealBacklog(m_perPage);
        return;
    }
    startPager(m_newest.nextOlderPage, true);
}

void PagedListModel::finishNewestBulkLoad()
{
    QJsonArray all = m_newest.firstPage;
    for (const QJsonValue &item : std::as_const(m_newest.olderPages))
        all.append(item);
    for (const QJsonValue &item : std::as_const(m_newest.backlog))
        all.append(item);

    m_newest.backlog = all;
    m_newest.firstPage = QJsonArray();
    m_newest.olderPages = QJsonArray();
    m_newest.nextOlderPage = 0;
    m_newest.lowestPage = 1;
    revealBacklog(all.size());
}

void PagedListModel::revealBacklog(qsizetype maxRows)
{
    QJsonArray &backlog = m_newest.backlog;
    const qsizetype first = backlog.size() - qMin(maxRows, backlog.size());

    QJsonArray shown;
    for (qsizetype i = first; i < backlog.size(); ++i)
        shown.append(backlog.at(i));
    while (backlog.size() > first)
        backlog.removeLast();

    intake(m_newest.lowestPage, shown, true);
    if (isNewestPagingDone())
        markComplete();
}

bool PagedListModel::isNewestPagingDone() const
{
    return m_newest.nextOlderPage == 0 && m_newest.backlog.isEmpty() && m_newest.firstPage.isEmpty();
}

void PagedListModel::intake(int page, const QJsonArray &items, bool atFront)
{
    PageIntake result;
    queueItems(items, atFront, result);
    ++m_pagesSinceFlush;
    m_skippedWithoutId += result.skippedWithoutId;
    m_droppedByClientFilter += result.droppedByClientFilter;

    reportParseIssues(page, result);
    scheduleFlush();
    emit pageLoaded(page, result.received);
}

void PagedListModel::reportParseIssues(int page, const PageIntake &result)
{
    if (result.issues.isEmpty() && result.skippedWithoutId == 0)
        return;

    QStringList parts;
    if (!result.issues.isEmpty())
        parts.append(result.issues.summary());
    if (result.skippedWithoutId > 0)
        parts.append(tr("%n row(s) without an id skipped", nullptr, result.skippedWithoutId));
    const QString summary = parts.join(QStringLiteral("; "));
    const QString pageEndpoint = QStringLiteral("GET ") + endpoint();

    qCWarning(lcModels).noquote() << pageEndpoint << "page" << page << "has invalid fields:" << summary;
    emit parseIssuesFound(pageEndpoint, page, summary);
}

void PagedListModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    updateLoading();
}

void PagedListModel::onFlushTimer()
{
    // Pages that waited for a slower one reach the model one per event-loop pass. Their rows are
    // inserted together, up to maxParallel pages at a time, so that the views see few insertions
    // and still get rows while a long backlog is parsed.
    if (m_pager && m_pager->isDeliveryPending() && m_pagesSinceFlush < m_maxParallel) {
        m_flushTimer.start();
        return;
    }
    flushQueuedRows();
}

void PagedListModel::setTotal(qint64 total)
{
    if (m_total == total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void PagedListModel::markComplete()
{
    m_endReached = true;
    // completed() follows the insertion of the last rows.
    scheduleFlush();
}

void PagedListModel::updateLoading()
{
    const bool loading = m_pager != nullptr || m_flushTimer.isActive();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace weav::core
