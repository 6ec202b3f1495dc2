#include "TrainingListModel.h"

#include "ModelCells.h"
#include "api/Endpoints.h"

namespace weav::core {

TrainingListModel::TrainingListModel(ApiClient *client, NameDirectory *names, QObject *parent)
    : ResourceListModel<TrainingItem>(client, parent), m_names(names)
{
    if (m_names)
        connect(m_names, &NameDirectory::namesChanged, this, &TrainingListModel::onNamesChanged);
}

void TrainingListModel::setFilter(const TrainingFilter &filter)
{
    m_filter = filter;
    restart();
}

int TrainingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case AgentsColumn: return tr("Agents");
    case SizeColumn: return tr("Size");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

QHash<int, QByteArray> TrainingListModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceListModel<TrainingItem>::roleNames();
    names.insert(AgentIdsRole, "agentIds");
    names.insert(ErrorRole, "error");
    return names;
}

QString TrainingListModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("text"))
        return tr("Text");
    if (type == QLatin1String("qa"))
        return tr("Q&A");
    if (type == QLatin1String("file"))
        return tr("File");
    if (type == QLatin1String("url"))
        return tr("Web page");
    return type;
}

QString TrainingListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

ApiRequest TrainingListModel::listRequest() const
{
    return ApiRequest::get(endpoints::trainingData(), m_filter.toQuery());
}

bool TrainingListModel::accepts(const TrainingItem &item) const
{
    return m_filter.matches(item);
}

bool TrainingListModel::lessThan(const TrainingItem &a, const TrainingItem &b) const
{
    return cells::newestCreatedFirst(a, b);
}

void TrainingListModel::adoptRow(TrainingItem &item)
{
    strings().intern(item.type);
    strings().intern(item.status);
    strings().intern(item.mimeType);
    strings().intern(item.agentIds);
}

QVariant TrainingListModel::rowData(const TrainingItem &item, int column, int role) const
{
    if (role == AgentIdsRole)
        return item.agentIds;
    if (role == ErrorRole)
        return item.error;

    switch (column) {
    case TitleColumn:
        return titleCell(item, role);
    case TypeColumn:
        if (role == SortRole)
            return item.type;
        return role == Qt::DisplayRole ? QVariant(typeLabel(item.type)) : QVariant();
    case StatusColumn:
        return statusCell(item, role);
    case AgentsColumn:
        return agentsCell(item, role);
    case SizeColumn:
        return cells::number(item.sizeBytes, role);
    case UpdatedColumn:
        return cells::time(item.updatedAt.isValid() ? item.updatedAt : item.createdAt, role);
    default:
        return {};
    }
}

QVariant TrainingListModel::titleCell(const TrainingItem &item, int role) const
{
    QString title = item.title;
    if (title.isEmpty())
        title = item.type == QLatin1String("qa") ? item.question : QString();
    if (title.isEmpty())
        title = item.fileName.isEmpty() ? item.sourceUrl : item.fileName;
    return cells::text(title, role);
}

QVariant TrainingListModel::statusCell(const TrainingItem &item, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return statusLabel(item.status);
    case Qt::ToolTipRole:
        return item.error.isEmpty() ? QVariant() : QVariant(item.error);
    case SortRole:
        return item.status;
    default:
        return {};
    }
}

QVariant TrainingListModel::agentsCell(const TrainingItem &item, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};

    QStringList names;
    for (const QString &agentId : item.agentIds) {
        const QVariant name = cells::name(m_names, NameDirectory::Kind::Agent, agentId, Qt::DisplayRole);
        names.append(name.toString());
    }
    const QString joined = names.join(QStringLiteral(", "));
    return role == SortRole ? joined.toLower() : joined;
}

void TrainingListModel::onNamesChanged(NameDirectory::Kind kind)
{
    if (kind == NameDirectory::Kind::Agent)
        columnChanged(AgentsColumn, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

} // namespace weav::core
