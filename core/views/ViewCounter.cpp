#include "ViewCounter.h"

#include "api/Endpoints.h"

namespace weav::core {

ViewCounter::ViewCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ViewCounter::refresh(const QList<SavedView> &views)
{
    ++m_generation;
    m_queue = views;
    m_inFlight = 0;
    for (int started = 0; started < MaxInFlight; ++started)
        sendNext();
    if (m_queue.isEmpty() && m_inFlight == 0)
        emit finished();
}

std::optional<ViewCount> ViewCounter::count(const QString &viewName) const
{
    const auto found = m_counts.constFind(viewName);
    if (found == m_counts.cend())
        return std::nullopt;
    return *found;
}

void ViewCounter::sendNext()
{
    if (m_queue.isEmpty() || !m_client)
        return;

    const SavedView view = m_queue.takeFirst();
    QUrlQuery query = view.filter.toQuery();
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    ++m_inFlight;

    ApiCall *call = m_client->send(ApiRequest::get(endpoints::conversations(), query));
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, generation, name = view.name](const ApiResponse &response) {
        if (generation != m_generation)
            return;
        --m_inFlight;

        ViewCount count;
        count.takenAt = QDateTime::currentDateTimeUtc();
        count.error = response.error;
        if (response.ok())
            count.total = response.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
        m_counts.insert(name, count);
        emit counted(name, count);

        sendNext();
        if (m_queue.isEmpty() && m_inFlight == 0)
            emit finished();
    });
}

} // namespace weav::core
