#include "UserListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

UserListModel::UserListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<User>(client, parent), m_names(names)
{
}

void UserListModel::setFilter(const UserFilter &filter)
{
    m_filter = filter;
    restart();
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case RoleColumn: return tr("Role");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QString UserListModel::roleLabel(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("lead"))
        return tr("Lead");
    if (role == QLatin1String("agent"))
        return tr("Agent");
    return role;
}

ApiRequest UserListModel::listRequest() const
{
    return ApiRequest::get(endpoints::users(), m_filter.toQuery());
}

bool UserListModel::accepts(const User &user) const
{
    return m_filter.matches(user);
}

bool UserListModel::lessThan(const User &a, const User &b) const
{
    return cells::newestCreatedFirst(a, b);
}

void UserListModel::adoptRow(User &user)
{
    strings().intern(user.role);
    if (m_names)
        m_names->remember(user);
}

QVariant UserListModel::rowData(const User &user, int column, int role) const
{
    switch (column) {
    case NameColumn:
        return cells::text(user.name, role);
    case EmailColumn:
        return cells::text(user.email, role);
    case RoleColumn:
        if (role == SortRole)
            return user.role;
        return role == Qt::DisplayRole ? QVariant(roleLabel(user.role)) : QVariant();
    case CreatedColumn:
        return cells::time(user.createdAt, role);
    default:
        return {};
    }
}

} // namespace weav::core
