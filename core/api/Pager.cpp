#include "Pager.h"

#include <QLoggingCategory>

namespace weav::core {

Q_LOGGING_CATEGORY(lcPager, "weav.core.api.pager")

Pager::Pager(ApiClient *client, const ApiRequest &listRequest, QObject *parent)
    : QObject(parent), m_client(client), m_request(listRequest)
{
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, [this] {
        deliverNextPage();
        // Without meta, the next request waits for the delivery of the page before it.
        if (m_running)
            scheduleMore();
    });
}

Pager::~Pager()
{
    cancel();
}

void Pager::start()
{
    if (m_running || !m_client)
        return;

    m_running = true;
    m_lastPage = 0;
    m_total = -1;
    m_nextToRequest = m_firstPage;
    m_nextToDeliver = m_firstPage;
    m_endReached = false;
    m_delivered = 0;
    m_ready.clear();
    m_hasNext.clear();

    // The first page comes alone, because its meta shows whether the rest can be fetched in parallel.
    request(m_nextToRequest++);
}

void Pager::cancel()
{
    m_deliveryTimer.stop();
    const QSet<ApiCall *> calls = m_inFlight;
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        call->disconnect(this);
        call->cancel();
    }
    m_running = false;
}

void Pager::request(int page)
{
    ApiRequest pageRequest = m_request;
    pageRequest.query.removeAllQueryItems(QStringLiteral("page"));
    pageRequest.query.removeAllQueryItems(QStringLiteral("per_page"));
    pageRequest.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    pageRequest.query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
    pageRequest.parseOnWorker = true;

    ApiCall *call = m_client->send(pageRequest);
    m_inFlight.insert(call);
    connect(call, &ApiCall::finished, this, [this, call, page](const ApiResponse &response) {
        m_inFlight.remove(call);
        onPage(page, response);
    });
}

void Pager::onPage(int page, const ApiResponse &response)
{
    if (!m_running)
        return;
    if (!response.ok()) {
        fail(response.error);
        return;
    }

    const QJsonObject body = response.object();
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = response.status;
        error.endpoint = QStringLiteral("GET %1").arg(m_request.path);
        error.requestId = response.requestId;
        error.bodyExcerpt = ApiError::excerpt(response.body);
        error.message = tr("The list reply has no \"data\" array.");
        fail(error);
        return;
    }

    if (page == m_firstPage)
        readFirstPage(body);

    const QJsonValue next = body.value(QLatin1String("links")).toObject().value(QLatin1String("next"));
    // links.next null means the last page; an absent key (links {}) gives no information.
    m_hasNext.insert(page, !(next.isNull() && body.value(QLatin1String("links")).toObject().contains(QLatin1String("next"))));
    m_ready.insert(page, data.toArray());

    if (m_ready.contains(m_nextToDeliver) && !m_deliveryTimer.isActive())
        m_deliveryTimer.start();
    scheduleMore();
}

void Pager::readFirstPage(const QJsonObject &body)
{
    const QJsonObject meta = body.value(QLatin1String("meta")).toObject();
    if (meta.value(QLatin1String("total")).isDouble())
        m_total = qint64(meta.value(QLatin1String("total")).toDouble());
    if (meta.value(QLatin1String("last_page")).isDouble())
        m_lastPage = meta.value(QLatin1String("last_page")).toInt();
}

// Pages are delivered by a zero-interval timer, one per event-loop pass. Requests run ahead of
// delivery, so while one page is slow, the pages after it arrive and wait in m_ready. Delivered
// together, they would stall the receiver's thread: a model that parsed 20-30 pages of 100
// conversations in one pass spent 20-30 ms of CPU time in it.
void Pager::deliverNextPage()
{
    if (!m_running || !m_ready.contains(m_nextToDeliver))
        return;

    deliverPage(m_nextToDeliver++);

    if (m_running && m_ready.contains(m_nextToDeliver))
        m_deliveryTimer.start();
}

void Pager::deliverPage(int page)
{
    QJsonArray items = m_ready.take(page);
    const bool hasNext = m_hasNext.take(page);

    // A short page, or links.next null, is the end whatever meta stated.
    const bool lastByShape = items.size() < m_perPage || !hasNext;

    if (m_limit >= 0 && m_delivered + items.size() >= m_limit) {
        while (m_delivered + items.size() > m_limit)
            items.removeLast();
        m_endReached = true;
    }
    if (lastByShape || m_singlePage)
        m_endReached = true;

    m_delivered += items.size();
    if (!items.isEmpty() || page == m_firstPage)
        emit pageReady(page, items, m_total);

    if (m_running && m_endReached)
        complete();
}

void Pager::scheduleMore()
{
    if (m_endReached || m_singlePage)
        return;

    // With a known last page, keep up to maxParallel requests in flight; beyond it (the data grew
    // since the first page) or without meta, continue one page at a time.
    const bool parallel = m_lastPage > 0 && m_nextToRequest <= m_lastPage;
    const int budget = parallel ? m_maxParallel : 1;
    while (int(m_inFlight.size()) < budget && !m_endReached) {
        if (parallel && m_nextToRequest > m_lastPage)
            break;
        if (!parallel && m_nextToRequest > m_nextToDeliver)
            break;
        request(m_nextToRequest++);
    }
}

void Pager::complete()
{
    cancel();
    emit finished(m_delivered);
}

void Pager::fail(const ApiError &error)
{
    qCWarning(lcPager).noquote() << "paging" << m_request.path << "stopped:" << error.summary();
    cancel();
    emit failed(error);
}

} // namespace weav::core
