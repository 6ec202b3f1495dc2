#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace weav::core {

// Fetches the pages of a list endpoint and delivers them in page order. When the first page's
// meta.last_page is known, the remaining pages are fetched in parallel (at most maxParallel at a
// time); without meta or links (Weav's reference shows both as {}), pages are fetched one after the
// other until a page has fewer than per_page items or links.next is null. meta.total is only passed
// on for display. pageReady() is emitted from the event loop, at most once per pass, so that pages
// that waited for a slow earlier page do not reach the receiver all at once.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(ApiClient *client, const ApiRequest &listRequest, QObject *parent = nullptr);
    ~Pager() override;

    void setPerPage(int perPage) { m_perPage = qBound(1, perPage, 100); }
    void setMaxParallel(int maxParallel) { m_maxParallel = qMax(1, maxParallel); }
    // Stop after this many items (-1: all).
    void setLimit(qint64 limit) { m_limit = limit; }
    // Start at this page (a model that already has pages 1..n continues at n+1).
    void setFirstPage(int page) { m_firstPage = qMax(1, page); }
    // Fetch only one page.
    void setSinglePage(bool single) { m_singlePage = single; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // Received pages wait for delivery in a later event-loop pass.
    bool isDeliveryPending() const { return m_deliveryTimer.isActive(); }

signals:
    // total is meta.total, or -1 when the server did not send it.
    void pageReady(int page, const QJsonArray &items, qint64 total);
    void finished(qint64 itemsDelivered);
    void failed(const weav::core::ApiError &error);

private:
    void request(int page);
    void onPage(int page, const ApiResponse &response);
    void readFirstPage(const QJsonObject &body);
    void deliverNextPage();
    void deliverPage(int page);
    void scheduleMore();
    void complete();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    int m_perPage = 100;
    int m_maxParallel = 6;
    qint64 m_limit = -1;
    int m_firstPage = 1;
    bool m_singlePage = false;

    bool m_running = false;
    // Known from meta.last_page, or 0 when unknown.
    int m_lastPage = 0;
    qint64 m_total = -1;
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    bool m_endReached = false;
    qint64 m_delivered = 0;
    QMap<int, QJsonArray> m_ready;
    QMap<int, bool> m_hasNext;
    QSet<ApiCall *> m_inFlight;
    // Delivers the next ready page in a later event-loop pass; see deliverNextPage().
    QTimer m_deliveryTimer;
};

} // namespace weav::core
