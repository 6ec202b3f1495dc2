#pragma once

#include "ListFilters.h"
#include "NameDirectory.h"
#include "ResourceListModel.h"

namespace weav::core {

// The teammates of GET /v1/users, newest first. Every loaded teammate's name is stored in the
// NameDirectory, when one is given.
class UserListModel : public ResourceListModel<User>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,    // admin | lead | agent label
        CreatedColumn, // QDateTime; ToolTipRole ISO 8601
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UserListModel(ApiClient *client, NameDirectory *names = nullptr, QObject *parent = nullptr);

    // Clears the list and loads it again with these filters.
    void setFilter(const UserFilter &filter);
    const UserFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleLabel(const QString &role);

protected:
    ApiRequest listRequest() const override;
    bool accepts(const User &user) const override;
    bool lessThan(const User &a, const User &b) const override;
    void adoptRow(User &user) override;
    QVariant rowData(const User &user, int column, int role) const override;

private:
    QPointer<NameDirectory> m_names;
    UserFilter m_filter;
};

} // namespace weav::core
