#pragma once

#include "ListFilters.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"

namespace weav::core {

// The customers of GET /v1/customers, newest first. The company column shows the company's name
// from the NameDirectory; every loaded customer's name is stored in the directory for other lists.
class CustomerListModel : public ResourceListModel<Customer>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,     // "First Last", or the e-mail address without a name
        EmailColumn,
        CompanyColumn,  // the company's name
        CountryColumn,
        LastSeenColumn, // QDateTime; ToolTipRole ISO 8601
        CreatedColumn,  // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    enum CustomerRole {
        CompanyIdRole = FirstResourceRole,
    };
    Q_ENUM(CustomerRole)

    explicit CustomerListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with these filters.
    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    ApiRequest listRequest() const override;
    bool accepts(const Customer &customer) const override;
    bool lessThan(const Customer &a, const Customer &b) const override;
    void adoptRow(Customer &customer) override;
    QVariant rowData(const Customer &customer, int column, int role) const override;

private:
    void onNamesChanged(NameDirectory::Kind kind);

    QPointer<NameDirectory> m_names;
    CustomerFilter m_filter;
};

} // namespace weav::core
