#include "AssigneeDelegate.h"

#include "models/ConversationListModel.h"
#include "shell/ShellIcons.h"

#include <QPainter>

namespace weav::ui {

namespace {

constexpr int IconSize = 14;
constexpr int IconGap = 5;

using Model = core::ConversationListModel;

QString kindOf(const QModelIndex &index)
{
    return index.data(Model::AssigneeKindRole).toString();
}

bool isAssigned(const QModelIndex &index)
{
    return !index.data(Model::RawValueRole).toString().isEmpty();
}

} // namespace

AssigneeDelegate::AssigneeDelegate(QObject *parent)
    : CellDelegate(parent)
    , m_teammateIcon(shellIcon(QStringLiteral("teammate")))
    , m_agentIcon(shellIcon(QStringLiteral("ai-agent")))
{
}

QString AssigneeDelegate::cellText(const QModelIndex &index)
{
    if (!isAssigned(index))
        return tr("Unassigned");

    const QString name = index.data(Qt::DisplayRole).toString();
    if (kindOf(index) == QLatin1String("agent"))
        return tr("AI · %1").arg(name);
    return name;
}

QSize AssigneeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += IconSize + IconGap;
    return size;
}

void AssigneeDelegate::paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const QRect &rect) const
{
    if (!isAssigned(index)) {
        QFont italic = painter->font();
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(placeholderColor(option));
        drawElidedText(painter, option, rect, cellText(index));
        return;
    }

    const QString kind = kindOf(index);
    const QIcon *icon = kind == QLatin1String("agent") ? &m_agentIcon : (kind == QLatin1String("user") ? &m_teammateIcon : nullptr);
    QRect textRect = rect;
    if (icon) {
        const QRect iconRect(rect.left(), rect.center().y() - IconSize / 2 + 1, IconSize, IconSize);
        const QIcon::Mode mode = option.state & QStyle::State_Selected ? QIcon::Selected : QIcon::Normal;
        icon->paint(painter, iconRect, Qt::AlignCenter, mode);
        textRect.setLeft(iconRect.right() + 1 + IconGap);
    }

    painter->setPen(textColor(option));
    drawElidedText(painter, option, textRect, cellText(index));
}

QString AssigneeDelegate::toolTip(const QModelIndex &index) const
{
    if (!isAssigned(index))
        return tr("No assignee");

    const QString name = index.data(Qt::DisplayRole).toString();
    const QString modelTip = index.data(Qt::ToolTipRole).toString();
    QString tip;
    if (kindOf(index) == QLatin1String("agent"))
        tip = tr("AI agent: %1").arg(name);
    else if (kindOf(index) == QLatin1String("user"))
        tip = tr("Teammate: %1").arg(name);
    else
        tip = name;

    // The model explains an id shown in place of a name that could not be loaded.
    if (!modelTip.isEmpty() && modelTip != name)
        tip += QLatin1Char('\n') + modelTip;
    return tip;
}

} // namespace weav::ui
