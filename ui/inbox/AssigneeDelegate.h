#pragma once

#include "CellDelegate.h"

#include <QIcon>

namespace weav::ui {

// The assignee cell. An AI agent has the sparkle icon and the text "AI · Nova", and a teammate the
// person icon and the name. An unassigned conversation reads "Unassigned", in italics.
class AssigneeDelegate : public CellDelegate
{
    Q_OBJECT

public:
    explicit AssigneeDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text the cell shows for a row of ConversationListModel.
    static QString cellText(const QModelIndex &index);

protected:
    void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QRect &rect) const override;
    QString toolTip(const QModelIndex &index) const override;

private:
    QIcon m_teammateIcon;
    QIcon m_agentIcon;
};

} // namespace weav::ui
