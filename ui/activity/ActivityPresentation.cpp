#include "ActivityPresentation.h"

#include "activity/ActivityModels.h"
#include "common/RelativeTime.h"
#include "shell/ShellIcons.h"

#include <QDateTime>
#include <QLocale>

namespace weav::ui {

using core::ExchangeHistoryModel;
using core::WebhookDeliveryModel;

ActivityPresentation::ActivityPresentation(Source source, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
}

int ActivityPresentation::timeColumn() const
{
    return m_source == Source::Exchanges ? int(ExchangeHistoryModel::TimeColumn) : int(WebhookDeliveryModel::ReceivedColumn);
}

QString ActivityPresentation::clockText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = local.time().toString(QStringLiteral("HH:mm:ss"));
    if (local.date() == QDate::currentDate())
        return clock;
    return QStringLiteral("%1 %2").arg(QLocale().toString(local.date(), QStringLiteral("d MMM")), clock);
}

QVariant ActivityPresentation::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};

    if (index.column() == timeColumn() && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QDateTime time = QIdentityProxyModel::data(index, Qt::DisplayRole).toDateTime();
        return role == Qt::DisplayRole ? clockText(time) : RelativeTime::exactText(time);
    }
    if (m_source == Source::Exchanges && index.column() == ExchangeHistoryModel::StatusColumn)
        return exchangeStatus(index, role);
    if (m_source == Source::Deliveries && index.column() == WebhookDeliveryModel::VerifiedColumn)
        return deliveryVerified(index, role);
    return QIdentityProxyModel::data(index, role);
}

QVariant ActivityPresentation::exchangeStatus(const QModelIndex &index, int role) const
{
    const bool failed = QIdentityProxyModel::data(index, ExchangeHistoryModel::FailedRole).toBool();
    const QString status = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
    switch (role) {
    case Qt::DisplayRole:
        return failed ? tr("%1 failed").arg(status) : status;
    case Qt::DecorationRole:
        return failed ? shellIcon(QStringLiteral("error")) : shellIcon(QStringLiteral("check"));
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QVariant ActivityPresentation::deliveryVerified(const QModelIndex &index, int role) const
{
    const core::WebhookDeliveryRecord &record =
        static_cast<const WebhookDeliveryModel *>(sourceModel())->deliveryAt(mapToSource(index).row());
    switch (role) {
    case Qt::DecorationRole:
        return record.signatureVerified ? shellIcon(QStringLiteral("check")) : shellIcon(QStringLiteral("error"));
    case Qt::ToolTipRole:
        return record.signatureVerified
            ? tr("The signature matched the webhook secret.")
            : tr("The X-Weav-Signature header was missing or did not match: the delivery was rejected with 401 and "
                 "not applied.");
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace weav::ui
