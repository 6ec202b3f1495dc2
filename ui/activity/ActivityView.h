#pragma once

#include <QLoggingCategory>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace weav::core {
class ExchangeHistoryModel;
class Session;
class WebhookDeliveryModel;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcActivity)

class WebhookListener;

// The Activity area: the session's HTTP exchanges, newest first, with a "Failures only" toggle and
// "Copy as curl" / "Copy request id" (buttons and context menu), and below them the webhook
// deliveries this console received, with whether each signature was verified and whether it was a
// duplicate. Failed exchanges and rejected deliveries carry an icon and a word, not colour alone.
class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(core::Session *session, QWidget *parent = nullptr);
    ~ActivityView() override;

    // Lists the listener's deliveries, starting with those in its event log; null shows none.
    void setWebhookListener(WebhookListener *listener);

    core::ExchangeHistoryModel *exchangeModel() const { return m_exchanges; }
    core::WebhookDeliveryModel *deliveryModel() const { return m_deliveries; }
    QTableView *exchangeTable() const { return m_exchangeTable; }
    QTableView *deliveryTable() const { return m_deliveryTable; }
    QCheckBox *failuresOnlyBox() const { return m_failuresOnly; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QPushButton *copyRequestIdButton() const { return m_copyRequestId; }
    QLabel *receiverLine() const { return m_receiverLine; }

    // The curl command of the selected exchange, with the token as $WEAV_API_TOKEN; empty when
    // no row is selected.
    QString selectedCurlCommand() const;
    QString selectedRequestId() const;

    // The number of rows kept from the receiver's event log when the view attaches to it.
    static constexpr int RecentDeliveries = 500;

private:
    QWidget *buildExchangeSection();
    QWidget *buildDeliverySection();
    void showExchangeMenu(const QPoint &position);
    void updateButtons();
    void copyCurl();
    void copyRequestId();
    void showReceiverState();
    void loadRecentDeliveries();
    int selectedExchangeRow() const;

    QPointer<core::Session> m_session;
    core::ExchangeHistoryModel *m_exchanges;
    core::WebhookDeliveryModel *m_deliveries;
    QPointer<WebhookListener> m_listener;

    QTableView *m_exchangeTable = nullptr;
    QTableView *m_deliveryTable = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyRequestId = nullptr;
    QLabel *m_exchangeCount = nullptr;
    QLabel *m_receiverLine = nullptr;
};

} // namespace weav::ui
