#include "ConversationTable.h"

#include "AssigneeDelegate.h"
#include "PriorityDelegate.h"
#include "TagsDelegate.h"
#include "TimeDelegate.h"
#include "models/ConversationListModel.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>

namespace weav::ui {

namespace {

using Model = core::ConversationListModel;
using SortKey = core::ConversationFilter::SortKey;

constexpr int RelativeTimeRefreshMs = 60 * 1000;

// A horizontal header whose tooltips tell which columns sort.
class ConversationHeader : public QHeaderView
{
public:
    explicit ConversationHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) {}

    // The width the section's title takes, with room for the sort indicator in a column that sorts.
    int titleWidth(int section) const
    {
        if (ConversationTable::sortKeyOf(section))
            return sectionSizeFromContents(section).width();
        const QString title = model()->headerData(section, orientation()).toString();
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        return fontMetrics().horizontalAdvance(title) + 4 * margin;
    }

protected:
    bool viewportEvent(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QHeaderView::viewportEvent(event);

        auto *help = static_cast<QHelpEvent *>(event);
        const int column = logicalIndexAt(help->pos());
        if (column < 0)
            return QHeaderView::viewportEvent(event);
        QToolTip::showText(help->globalPos(), tipOf(column), this);
        return true;
    }

private:
    static QString tipOf(int column)
    {
        if (ConversationTable::sortKeyOf(column))
            return ConversationTable::tr("Click to sort by this column on the server; click again to reverse.");
        return ConversationTable::tr("This column cannot be sorted: the server sorts only by created, last message and priority.");
    }
};

} // namespace

ConversationTable::ConversationTable(QWidget *parent) : QTableView(parent)
{
    setHorizontalHeader(new ConversationHeader(this));
    setAccessibleName(tr("Conversations"));
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The server sorts: QTableView's own sorting would call the model's sort().
    setSortingEnabled(false);

    // One fixed row height: the view never measures rows, so 10,000 rows cost what 50 do.
    QHeaderView *rows = verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &ConversationTable::onSortIndicatorChanged);

    setItemDelegateForColumn(Model::PriorityColumn, new PriorityDelegate(this));
    setItemDelegateForColumn(Model::AssigneeColumn, new AssigneeDelegate(this));
    setItemDelegateForColumn(Model::TagsColumn, new TagsDelegate(this));
    setItemDelegateForColumn(Model::LastMessageColumn, new TimeDelegate(this));
    setItemDelegateForColumn(Model::CreatedColumn, new TimeDelegate(this));

    m_relativeTimeTimer.setInterval(RelativeTimeRefreshMs);
    connect(&m_relativeTimeTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_relativeTimeTimer.start();
}

void ConversationTable::setConversationModel(core::ConversationListModel *model)
{
    setModel(model);
    setUpColumns();
    showSort(model->filter().sortKey, model->filter().descending);
}

void ConversationTable::setUpColumns()
{
    // The constructor installs a ConversationHeader.
    auto *header = static_cast<ConversationHeader *>(horizontalHeader());
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Model::SubjectColumn, QHeaderView::Stretch);

    // Widths in average characters, so that they follow the font.
    const int character = fontMetrics().averageCharWidth();
    const struct
    {
        int column;
        int characters;
    } widths[] = {
        {Model::PriorityColumn, 12}, {Model::CustomerColumn, 16}, {Model::ChannelColumn, 6},
        {Model::StatusColumn, 6},    {Model::AssigneeColumn, 17}, {Model::TagsColumn, 17},
        {Model::LastMessageColumn, 11}, {Model::CreatedColumn, 11},
    };
    for (const auto &width : widths) {
        // Never narrower than the header's title and sort indicator.
        const int content = width.characters * character + 2 * CellDelegate::Padding;
        setColumnWidth(width.column, qMax(content, header->titleWidth(width.column)));
    }
}

void ConversationTable::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    // In single selection mode QAbstractItemView selects the next row when the selected one is
    // removed. A conversation that leaves the list (it no longer matches the filters) must not hand
    // the pane to its neighbour, so the selection is cleared instead.
    const QModelIndex current = currentIndex();
    if (!parent.isValid() && current.isValid() && current.row() >= start && current.row() <= end)
        selectionModel()->clear();
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

std::optional<core::ConversationFilter::SortKey> ConversationTable::sortKeyOf(int column)
{
    switch (column) {
    case Model::PriorityColumn: return SortKey::Priority;
    case Model::LastMessageColumn: return SortKey::LastMessageAt;
    case Model::CreatedColumn: return SortKey::CreatedAt;
    default: return std::nullopt;
    }
}

int ConversationTable::columnOf(core::ConversationFilter::SortKey key)
{
    switch (key) {
    case SortKey::Priority: return Model::PriorityColumn;
    case SortKey::LastMessageAt: return Model::LastMessageColumn;
    case SortKey::CreatedAt: return Model::CreatedColumn;
    case SortKey::UpdatedAt: return -1;
    }
    return -1;
}

void ConversationTable::showSort(core::ConversationFilter::SortKey key, bool descending)
{
    m_sortKey = key;
    m_descending = descending;

    m_showingSort = true;
    horizontalHeader()->setSortIndicator(columnOf(key), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_showingSort = false;
}

void ConversationTable::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (m_showingSort)
        return;

    const std::optional<SortKey> key = sortKeyOf(column);
    if (!key) {
        // The header moved the indicator to a column that cannot sort: put it back.
        showSort(m_sortKey, m_descending);
        return;
    }

    // A first click on a column sorts newest or most severe first, and a second click reverses.
    const bool descending = *key == m_sortKey ? order == Qt::DescendingOrder : true;
    showSort(*key, descending);
    emit sortRequested(*key, descending);
}

} // namespace weav::ui
