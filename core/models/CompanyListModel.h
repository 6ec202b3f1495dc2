#pragma once

#include "ListFilters.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"

namespace weav::core {

// The companies of GET /v1/companies, newest first. Every loaded company's name is stored in the
// NameDirectory, when one is given, for the customer lists.
class CompanyListModel : public ResourceListModel<Company>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DomainColumn,
        IndustryColumn,
        EmployeesColumn, // a number, or nothing when unknown
        CreatedColumn,   // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CompanyListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with this filter.
    void setFilter(const CompanyFilter &filter);
    const CompanyFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiRequest listRequest() const override;
    bool accepts(const Company &company) const override;
    bool lessThan(const Company &a, const Company &b) const override;
    void adoptRow(Company &company) override;
    QVariant rowData(const Company &company, int column, int role) const override;

private:
    QPointer<NameDirectory> m_names;
    CompanyFilter m_filter;
};

} // namespace weav::core
