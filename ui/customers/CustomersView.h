#pragma once

#include "RecordAreaView.h"
#include "models/CustomerListModel.h"
#include "types/People.h"

#include <QLoggingCategory>

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcCustomers)

class CustomerDetail;
class CustomerDialog;

// The Customers area: the customers of GET /v1/customers with a search on name and e-mail, the
// selected customer in a detail pane with their conversations, and create, edit and delete. A
// read-only token disables the write buttons, with the reason in their tooltips.
class CustomersView : public RecordAreaView<core::Customer, core::CustomerListModel>
{
    Q_OBJECT

public:
    explicit CustomersView(core::Session *session, QWidget *parent = nullptr);
    ~CustomersView() override;

    CustomerDetail *detail() const { return m_detail; }
    // The open create or edit dialog, or nullptr.
    CustomerDialog *dialog() const;

    // Shows the customer: selects the row when it is loaded, and fetches the customer otherwise.
    void openCustomer(const QString &customerId) { openRecord(customerId); }

signals:
    void companyActivated(const QString &companyId);
    void conversationActivated(const QString &conversationId);

protected:
    const QLoggingCategory &logCategory() const override;
    void showRecord(const core::Customer &customer) override;
    std::optional<core::Customer> shownRecord() const override;
    void clearRecord() override;
    RecordFormDialog *createDialog(const core::Customer *customer) override;
    QString recordPath(const QString &id) const override;
    QString openFailure(const QString &id) const override;
    QString deleteFailure(const core::Customer &customer) const override;
    DeleteTexts deleteTexts(const core::Customer &customer) const override;

private:
    CustomerDetail *m_detail = nullptr;
};

} // namespace weav::ui
