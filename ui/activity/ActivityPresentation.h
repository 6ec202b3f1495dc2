#pragma once

#include <QCoreApplication>
#include <QIdentityProxyModel>

namespace weav::ui {

// Shows the Activity models for people: times as local clock times with the exact ISO 8601 time in
// the tooltip, and a failed exchange or a rejected delivery as an icon plus a word in its status
// cell, so that failure is never shown by colour alone.
class ActivityPresentation : public QIdentityProxyModel
{
    Q_DECLARE_TR_FUNCTIONS(weav::ui::ActivityPresentation)

public:
    enum class Source { Exchanges, Deliveries };

    ActivityPresentation(Source source, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "14:03:07", or "12 Mar 14:03:07" for another day.
    static QString clockText(const QDateTime &time);

private:
    int timeColumn() const;
    QVariant exchangeStatus(const QModelIndex &index, int role) const;
    QVariant deliveryVerified(const QModelIndex &index, int role) const;

    Source m_source;
};

} // namespace weav::ui
