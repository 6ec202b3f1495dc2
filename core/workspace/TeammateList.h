#pragma once

#include "api/ApiError.h"
#include "types/People.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace weav::core {

class ApiClient;
class Pager;

// Loads every teammate of GET /v1/users, all pages, sorted by name. The list is delivered once,
// after the last page, and a failed page fails the whole list.
class TeammateList : public QObject
{
    Q_OBJECT

public:
    explicit TeammateList(ApiClient *client, QObject *parent = nullptr);
    ~TeammateList() override;

    // The per_page value of each request, 1 to 100 (default 100).
    void setPerPage(int perPage) { m_perPage = perPage; }
    void start();
    bool isRunning() const;
    const QList<User> &teammates() const { return m_teammates; }

signals:
    void loaded(const QList<weav::core::User> &teammates);
    void failed(const weav::core::ApiError &error);

private:
    void onPage(const QJsonArray &items);
    void onFinished();

    QPointer<ApiClient> m_client;
    QPointer<Pager> m_pager;
    QList<User> m_teammates;
    int m_perPage = 100;
};

} // namespace weav::core
