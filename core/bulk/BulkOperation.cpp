#include "BulkOperation.h"

#include "workspace/Session.h"

namespace weav::core {

Q_LOGGING_CATEGORY(lcBulk, "weav.core.bulk")

BulkOperation::BulkOperation(Session *session, const QStringList &ids, RequestFactory factory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_factory(std::move(factory))
{
    m_items.reserve(ids.size());
    for (const QString &id : ids)
        m_items.append(BulkItem{id, BulkItem::State::Pending, {}, 0});
}

BulkOperation::~BulkOperation() = default;

int BulkOperation::count(BulkItem::State state) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [state](const BulkItem &item) { return item.state == state; }));
}

int BulkOperation::finishedCount() const
{
    return count(BulkItem::State::Done) + count(BulkItem::State::Failed);
}

void BulkOperation::start()
{
    if (m_running)
        return;

    m_running = true;
    m_cancelled = false;
    m_nextIndex = 0;
    qCInfo(lcBulk) << "bulk action started:" << m_items.size() << "items," << m_concurrency << "at a time";
    sendMore();
    finishIfIdle();
}

void BulkOperation::cancel()
{
    if (!m_running)
        return;

    m_cancelled = true;
    for (int index = m_nextIndex; index < m_items.size(); ++index) {
        if (m_items[index].state != BulkItem::State::Pending)
            continue;
        m_items[index].state = BulkItem::State::Cancelled;
        emit itemChanged(index);
    }
    m_nextIndex = int(m_items.size());
    finishIfIdle();
}

void BulkOperation::retryFailed()
{
    if (m_running)
        return;

    for (int index = 0; index < m_items.size(); ++index) {
        BulkItem &item = m_items[index];
        if (item.state != BulkItem::State::Failed && item.state != BulkItem::State::Cancelled)
            continue;
        item.state = BulkItem::State::Pending;
        item.error = {};
        emit itemChanged(index);
    }
    start();
}

void BulkOperation::sendMore()
{
    while (!m_cancelled && m_inFlight < m_concurrency && m_nextIndex < m_items.size()) {
        const int index = m_nextIndex++;
        if (m_items[index].state == BulkItem::State::Pending)
            sendItem(index);
    }
}

void BulkOperation::sendItem(int index)
{
    if (!m_session) {
        m_items[index].state = BulkItem::State::Cancelled;
        emit itemChanged(index);
        return;
    }

    ApiRequest request = m_factory(m_items[index].id);
    request.retryPolicy = RetryPolicy::none();

    m_items[index].state = BulkItem::State::Running;
    ++m_items[index].attempts;
    ++m_inFlight;
    emit itemChanged(index);

    sendRequest(index, request, false);
}

void BulkOperation::sendRequest(int index, const ApiRequest &request, bool isFollowUp)
{
    m_session->send(request, this, [this, index, isFollowUp](const ApiResponse &response) {
        onItemReply(index, response, isFollowUp);
    });
}

void BulkOperation::onItemReply(int index, const ApiResponse &response, bool isFollowUp)
{
    if (!isFollowUp && response.ok() && m_followUp && m_session) {
        std::optional<ApiRequest> followUp = m_followUp(m_items[index].id, response);
        if (followUp) {
            followUp->retryPolicy = RetryPolicy::none();
            sendRequest(index, *followUp, true);
            return;
        }
    }

    --m_inFlight;
    emit itemReplied(index, response);
    BulkItem &item = m_items[index];
    item.error = response.error;
    item.state = response.ok() ? BulkItem::State::Done : BulkItem::State::Failed;
    if (!response.ok())
        qCInfo(lcBulk) << "bulk item failed:" << item.id << response.error.summary();

    emit itemChanged(index);
    emit progressChanged(finishedCount(), int(m_items.size()));

    sendMore();
    finishIfIdle();
}

void BulkOperation::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && m_nextIndex < m_items.size())
        return;

    m_running = false;
    qCInfo(lcBulk) << "bulk action finished:" << count(BulkItem::State::Done) << "done,"
                   << count(BulkItem::State::Failed) << "failed," << count(BulkItem::State::Cancelled) << "cancelled";
    emit finished();
}

} // namespace weav::core
