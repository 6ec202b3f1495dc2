#include "TeammateList.h"

#include "api/Endpoints.h"
#include "api/Pager.h"

#include <QJsonArray>

#include <algorithm>

namespace weav::core {

TeammateList::TeammateList(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TeammateList::~TeammateList() = default;

void TeammateList::start()
{
    if (m_pager)
        m_pager->cancel();
    delete m_pager;
    m_teammates.clear();

    m_pager = new Pager(m_client, ApiRequest::get(endpoints::users()), this);
    m_pager->setPerPage(m_perPage);
    connect(m_pager, &Pager::pageReady, this, [this](int, const QJsonArray &items, qint64) { onPage(items); });
    connect(m_pager, &Pager::finished, this, &TeammateList::onFinished);
    connect(m_pager, &Pager::failed, this, &TeammateList::failed);
    m_pager->start();
}

bool TeammateList::isRunning() const
{
    return m_pager && m_pager->isRunning();
}

void TeammateList::onPage(const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        if (std::optional<User> user = User::fromJson(value.toObject()))
            m_teammates.append(*user);
    }
}

void TeammateList::onFinished()
{
    std::stable_sort(m_teammates.begin(), m_teammates.end(), [](const User &left, const User &right) {
        return left.name.localeAwareCompare(right.name) < 0;
    });
    emit loaded(m_teammates);
}

} // namespace weav::core
