#pragma once

#include "models/ConversationFilter.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;

namespace weav::ui {

// The inbox's ready-made views, as a row of toggle buttons above the list. Selecting one emits its
// filter and sort. After an edit of the filter bar, the inbox leaves no view selected.
class BuiltInViews : public QWidget
{
    Q_OBJECT

public:
    enum class View {
        All,
        Open,
        Unassigned,     // open and without assignee
        UrgentAndHigh,  // open, priority urgent or high
        HandledByAi,    // assigned to an AI agent
        RecentlyClosed, // closed, changed in the last 7 days
    };
    Q_ENUM(View)

    explicit BuiltInViews(QWidget *parent = nullptr);

    static QList<View> allViews();
    static QString titleOf(View view);
    static QString descriptionOf(View view);
    // The filter and sort of a view. RecentlyClosed counts its 7 days back from `now`.
    static core::ConversationFilter filterOf(View view, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Marks the view and emits viewSelected().
    void select(View view);
    // Leaves no view marked, without a signal.
    void clearSelection();
    std::optional<View> selectedView() const;
    QAbstractButton *button(View view) const;

signals:
    void viewSelected(weav::ui::BuiltInViews::View view, const weav::core::ConversationFilter &filter);

private:
    void onButtonClicked(int id);

    QButtonGroup *m_group;
};

} // namespace weav::ui
