#pragma once

#include "api/ApiClient.h"
#include "models/ConversationFilter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace weav::core {

class Pager;

// Collects the id of every conversation that matches a filter, over all pages and in parallel, so
// that a bulk action on "all matching this view" has its true count before anything changes.
// Rows that the server returns but the filter rejects are left out, as the list leaves them out.
// NOTE: a conversation created or changed while the pages are read may be missed or seen twice
// (duplicates are dropped), because pages are read from a list that can shift.
class MatchingIds : public QObject
{
    Q_OBJECT

public:
    MatchingIds(ApiClient *client, const ConversationFilter &filter, QObject *parent = nullptr);
    ~MatchingIds() override;

    void start();
    void cancel();

    const QStringList &ids() const { return m_ids; }

signals:
    void progress(int collected, qint64 total);
    void finished(const QStringList &ids);
    void failed(const weav::core::ApiError &error);

private:
    void onPage(const QJsonArray &items, qint64 total);

    QPointer<ApiClient> m_client;
    ConversationFilter m_filter;
    Pager *m_pager = nullptr;
    QStringList m_ids;
    QSet<QString> m_seen;
};

} // namespace weav::core
