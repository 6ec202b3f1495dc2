#include "MatchingIds.h"

#include "api/Endpoints.h"
#include "api/Pager.h"
#include "types/Conversation.h"

#include <QJsonArray>

namespace weav::core {

MatchingIds::MatchingIds(ApiClient *client, const ConversationFilter &filter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filter(filter)
{
}

MatchingIds::~MatchingIds() = default;

void MatchingIds::start()
{
    m_ids.clear();
    m_seen.clear();

    m_pager = new Pager(m_client, ApiRequest::get(endpoints::conversations(), m_filter.toQuery()), this);
    m_pager->setPerPage(100);
    connect(m_pager, &Pager::pageReady, this, [this](int, const QJsonArray &items, qint64 total) { onPage(items, total); });
    connect(m_pager, &Pager::finished, this, [this] { emit finished(m_ids); });
    connect(m_pager, &Pager::failed, this, &MatchingIds::failed);
    m_pager->start();
}

void MatchingIds::cancel()
{
    if (m_pager)
        m_pager->cancel();
}

void MatchingIds::onPage(const QJsonArray &items, qint64 total)
{
    for (const QJsonValue &value : items) {
        const std::optional<Conversation> conversation = Conversation::fromJson(value.toObject());
        if (!conversation || !m_filter.matches(*conversation) || m_seen.contains(conversation->id))
            continue;
        m_seen.insert(conversation->id);
        m_ids.append(conversation->id);
    }
    emit progress(int(m_ids.size()), total);
}

} // namespace weav::core
