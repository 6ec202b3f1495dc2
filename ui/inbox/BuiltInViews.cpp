#include "BuiltInViews.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace weav::ui {

namespace {

constexpr int RecentlyClosedDays = 7;

} // namespace

BuiltInViews::BuiltInViews(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *caption = new QLabel(tr("Views:"), this);
    layout->addWidget(caption);

    m_group->setExclusive(true);
    for (View view : allViews()) {
        auto *button = new QToolButton(this);
        button->setText(titleOf(view));
        button->setToolTip(descriptionOf(view));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The selected view is shown sunken and in bold, not by colour alone.
        button->setStyleSheet(QStringLiteral("QToolButton:checked { font-weight: bold; }"));
        m_group->addButton(button, int(view));
        layout->addWidget(button);
    }
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idClicked, this, &BuiltInViews::onButtonClicked);
}

QList<BuiltInViews::View> BuiltInViews::allViews()
{
    return {View::All, View::Open, View::Unassigned, View::UrgentAndHigh, View::HandledByAi, View::RecentlyClosed};
}

QString BuiltInViews::titleOf(View view)
{
    switch (view) {
    case View::All: return tr("All");
    case View::Open: return tr("Open");
    case View::Unassigned: return tr("Unassigned");
    case View::UrgentAndHigh: return tr("Urgent and high");
    case View::HandledByAi: return tr("Handled by AI");
    case View::RecentlyClosed: return tr("Closed in the last 7 days");
    }
    return {};
}

QString BuiltInViews::descriptionOf(View view)
{
    switch (view) {
    case View::All: return tr("Every conversation, newest first.");
    case View::Open: return tr("Open conversations, newest first.");
    case View::Unassigned: return tr("Open conversations without an assignee: the backlog nobody has picked up.");
    case View::UrgentAndHigh: return tr("Open conversations of priority urgent or high.");
    case View::HandledByAi: return tr("Conversations assigned to an AI agent.");
    case View::RecentlyClosed:
        return tr("Closed conversations changed in the last 7 days, most recently changed first. The list "
                  "cannot filter by closing time, so a conversation closed earlier but edited since is "
                  "listed too.");
    }
    return {};
}

core::ConversationFilter BuiltInViews::filterOf(View view, const QDateTime &now)
{
    core::ConversationFilter filter;
    switch (view) {
    case View::All:
        break;
    case View::Open:
        filter.status = QStringLiteral("open");
        break;
    case View::Unassigned:
        filter.status = QStringLiteral("open");
        filter.assigneeType = QStringLiteral("none");
        break;
    case View::UrgentAndHigh:
        filter.status = QStringLiteral("open");
        filter.priority = QStringLiteral("urgent,high");
        break;
    case View::HandledByAi:
        filter.assigneeType = QStringLiteral("agent");
        break;
    case View::RecentlyClosed:
        // NOTE: the list endpoint has no closed_at filter, so "updated in the last 7 days" stands
        // in for "closed in the last 7 days". The update that closes a conversation sets its
        // updated_at, so every conversation closed in that time is listed, together with older
        // closed ones edited since (a tag, a priority).
        // A closed_from filter on the server would make this exact.
        filter.status = QStringLiteral("closed");
        filter.updatedSince = now.addDays(-RecentlyClosedDays);
        filter.setSort(core::ConversationFilter::SortKey::UpdatedAt, true);
        break;
    }
    return filter;
}

void BuiltInViews::select(View view)
{
    if (QAbstractButton *chosen = button(view))
        chosen->setChecked(true);
    emit viewSelected(view, filterOf(view));
}

void BuiltInViews::clearSelection()
{
    QAbstractButton *checked = m_group->checkedButton();
    if (!checked)
        return;

    // An exclusive group keeps one button checked, so exclusivity is lifted for the uncheck.
    m_group->setExclusive(false);
    checked->setChecked(false);
    m_group->setExclusive(true);
}

std::optional<BuiltInViews::View> BuiltInViews::selectedView() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return View(id);
}

QAbstractButton *BuiltInViews::button(View view) const
{
    return m_group->button(int(view));
}

void BuiltInViews::onButtonClicked(int id)
{
    const View view = View(id);
    emit viewSelected(view, filterOf(view));
}

} // namespace weav::ui
