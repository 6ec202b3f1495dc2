#include "BulkResultModel.h"

#include "settings/Appearance.h"
#include "common/ErrorText.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace weav::ui {

using State = core::BulkItem::State;

namespace {

// ErrorText::reason() starts in lower case to follow a "what failed:" prefix, but here it begins the cell.
QString failureText(const core::ApiError &error)
{
    QString reason = ErrorText::reason(error);
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper();
    return reason + QLatin1Char(' ') + ErrorText::remedy(error);
}

} // namespace

BulkResultModel::BulkResultModel(core::BulkOperation *operation, const QHash<QString, QString> &subjects, QObject *parent)
    : QAbstractTableModel(parent)
    , m_operation(operation)
    , m_subjects(subjects)
{
    connect(operation, &core::BulkOperation::itemReplied, this, &BulkResultModel::onItemReplied);
    connect(operation, &core::BulkOperation::itemChanged, this, &BulkResultModel::onItemChanged);
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_operation ? 0 : int(m_operation->items().size());
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultModel::outcomeText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Waiting");
    case State::Running:
        return tr("Sending");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};

    const core::BulkItem &item = m_operation->items().at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == StateRole)
        return int(item.state);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ConversationColumn:
            return m_subjects.value(item.id, item.id);
        case OutcomeColumn:
            return outcomeText(item.state);
        case ReasonColumn:
            return item.state == State::Failed ? failureText(item.error) : QString();
        case RequestIdColumn:
            return item.error.requestId.isEmpty() ? m_requestIds.value(index.row()) : item.error.requestId;
        }
    }

    if (role == Qt::ToolTipRole && index.column() == ConversationColumn)
        return item.id;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && item.state == State::Failed)
        return failureText(item.error) + QLatin1Char('\n') + ErrorText::details(item.error);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && item.state == State::Failed)
        return QBrush(appearance::errorTextColor(QGuiApplication::palette()));
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case ConversationColumn:
        return tr("Conversation");
    case OutcomeColumn:
        return tr("Outcome");
    case ReasonColumn:
        return tr("Reason");
    case RequestIdColumn:
        return tr("Request id");
    }
    return {};
}

void BulkResultModel::onItemReplied(int index, const core::ApiResponse &response)
{
    m_requestIds.insert(index, response.requestId);

    // Conversations that were not loaded in the list get their subject from the reply.
    const QString subject = response.ok() ? response.object().value(QLatin1String("subject")).toString() : QString();
    if (!subject.isEmpty() && m_operation)
        m_subjects.insert(m_operation->items().at(index).id, subject);
}

void BulkResultModel::onItemChanged(int index)
{
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void BulkFailuresFilter::setFailuresOnly(bool failuresOnly)
{
    if (m_failuresOnly == failuresOnly)
        return;

    m_failuresOnly = failuresOnly;
    invalidateRowsFilter();
}

bool BulkFailuresFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failuresOnly)
        return true;

    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(BulkResultModel::StateRole).toInt() == int(State::Failed);
}

} // namespace weav::ui
