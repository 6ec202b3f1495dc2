#pragma once

#include "models/ConversationFilter.h"

#include <QTableView>
#include <QTimer>

#include <optional>

namespace weav::core {
class ConversationListModel;
}

namespace weav::ui {

// The conversation list as a table: one fixed row height, delegates that only paint, the subject
// column stretching. The server sorts, so a header click emits sortRequested() instead of sorting
// here. Only created, last message and priority can be sorted, which the tooltips of the other
// headers tell.
class ConversationTable : public QTableView
{
    Q_OBJECT

public:
    explicit ConversationTable(QWidget *parent = nullptr);

    void setConversationModel(core::ConversationListModel *model);

    // The sort key of a column, or nullopt for a column the API cannot sort by.
    static std::optional<core::ConversationFilter::SortKey> sortKeyOf(int column);
    // The column of a sort key, or -1 (updated_at has no column).
    static int columnOf(core::ConversationFilter::SortKey key);

    // Shows the sort indicator of this sort, or none when its key has no column.
    void showSort(core::ConversationFilter::SortKey key, bool descending);

signals:
    void sortRequested(weav::core::ConversationFilter::SortKey key, bool descending);

protected:
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    void setUpColumns();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    QTimer m_relativeTimeTimer;
    // The sort shown, to put back after a click on a column that cannot sort.
    core::ConversationFilter::SortKey m_sortKey = core::ConversationFilter::SortKey::CreatedAt;
    bool m_descending = true;
    bool m_showingSort = false;
};

} // namespace weav::ui
