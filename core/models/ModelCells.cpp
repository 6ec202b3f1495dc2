#include "ModelCells.h"

#include "PagedListModel.h"

#include <QCoreApplication>

namespace weav::core::cells {

namespace {

QString failedNameTip(NameDirectory::Kind kind)
{
    switch (kind) {
    case NameDirectory::Kind::User:
        return QCoreApplication::translate("weav::core::cells", "The teammate's name could not be loaded; this is the teammate's id.");
    case NameDirectory::Kind::Agent:
        return QCoreApplication::translate("weav::core::cells", "The AI agent's name could not be loaded; this is the agent's id.");
    case NameDirectory::Kind::Customer:
        return QCoreApplication::translate("weav::core::cells", "The customer's name could not be loaded; this is the customer's id.");
    case NameDirectory::Kind::Company:
        return QCoreApplication::translate("weav::core::cells", "The company's name could not be loaded; this is the company's id.");
    }
    return {};
}

} // namespace

QString loadingText()
{
    return QStringLiteral("…");
}

QVariant name(NameDirectory *names, NameDirectory::Kind kind, const QString &id, int role)
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != PagedListModel::SortRole)
        return {};
    if (id.isEmpty())
        return QString();

    const NameDirectory::Entry entry = names ? names->lookup(kind, id) : NameDirectory::Entry{NameDirectory::State::Failed, {}};
    switch (entry.state) {
    case NameDirectory::State::Known:
        return role == PagedListModel::SortRole ? entry.name.toLower() : entry.name;
    case NameDirectory::State::Loading:
        if (role == PagedListModel::SortRole)
            return QString();
        return role == Qt::DisplayRole ? loadingText() : QVariant();
    case NameDirectory::State::Failed:
        if (role == PagedListModel::SortRole)
            return QString();
        return role == Qt::DisplayRole ? QVariant(id) : QVariant(failedNameTip(kind));
    }
    return {};
}

QVariant time(const QDateTime &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return value.isValid() ? QVariant(value) : QVariant();
    case Qt::ToolTipRole:
        return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODate)) : QVariant();
    case PagedListModel::SortRole:
        return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
    default:
        return {};
    }
}

QVariant text(const QString &value, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return value;
    case PagedListModel::SortRole:
        return value.toLower();
    default:
        return {};
    }
}

QVariant number(std::optional<qint64> value, int role)
{
    if (role != Qt::DisplayRole && role != PagedListModel::SortRole)
        return {};
    return value ? QVariant(*value) : QVariant();
}

} // namespace weav::core::cells
