#pragma once

#include "customers/RecordListPanel.h"
#include "models/PagedListModel.h"

#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace weav::core {
class ApiClient;
class Session;
}

// Helpers for the tests of the Customers and Companies areas.
namespace weav::ui::test {

// The first page of a list endpoint, read straight from the server.
struct ServerPage
{
    QStringList ids;
    QList<QJsonObject> items;
    qint64 total = -1;
};

// Reads the first page of path, with the list models' default page size.
ServerPage readServerPage(core::ApiClient *client, const QString &path, const QUrlQuery &query = {});
// "METHOD target" of the newest exchange that is not a GET, or "" when there is none.
QString lastWriteRequest(core::ApiClient *client);
// The write requests (anything but GET) among the exchanges a spy on ExchangeLog::appended caught.
int countWrites(const QSignalSpy &spy);
// Runs action and waits until the panel shows its first page.
bool waitForFirstPage(RecordListPanel *panel, const std::function<void()> &action, int timeoutMs = 20000);

// Shows a new View (CustomersView, CompaniesView) offscreen, and waits until its list has its first
// page and has stopped paging. Returns nullptr on timeout.
template <typename View>
std::unique_ptr<View> openRecordView(core::Session *session, int timeoutMs = 20000)
{
    auto view = std::make_unique<View>(session);
    view->resize(1400, 800);
    if (!waitForFirstPage(view->list(), [&] { view->show(); }, timeoutMs))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !view->model()->isLoading(); }, timeoutMs))
        return nullptr;
    return view;
}

} // namespace weav::ui::test
