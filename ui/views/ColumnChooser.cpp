#include "ColumnChooser.h"

#include "models/ConversationListModel.h"
#include "views/SavedView.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace weav::ui::columns {

namespace {

using core::SavedView;

// Column keys follow ConversationListModel's column order, so a key's index is its column.
int columnOfKey(const QString &key)
{
    return int(SavedView::columnKeys().indexOf(key));
}

QString keyOfColumn(int column)
{
    return SavedView::columnKeys().value(column);
}

bool isDefaultLayout(const QHeaderView *header)
{
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->visualIndex(column) != column)
            return false;
    }
    return true;
}

void toggleColumn(QTableView *table, int column, bool visible)
{
    QStringList keys = visibleKeys(table);
    if (keys.isEmpty())
        keys = SavedView::columnKeys();
    if (visible && !keys.contains(keyOfColumn(column)))
        keys.append(keyOfColumn(column));
    else if (!visible)
        keys.removeAll(keyOfColumn(column));
    show(table, keys);
}

void showMenu(QTableView *table, const QPoint &position)
{
    QHeaderView *header = table->horizontalHeader();
    QMenu menu(table);
    menu.setToolTipsVisible(true);
    for (int column = 0; column < header->count(); ++column) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        if (column == core::ConversationListModel::SubjectColumn) {
            action->setEnabled(false);
            action->setToolTip(QCoreApplication::translate("weav::ui::ColumnChooser", "The subject column is always shown."));
        }
        QObject::connect(action, &QAction::toggled, table,
                         [table, column](bool visible) { toggleColumn(table, column, visible); });
    }
    menu.addSeparator();
    QAction *reset = menu.addAction(QCoreApplication::translate("weav::ui::ColumnChooser", "Show All Columns"));
    QObject::connect(reset, &QAction::triggered, table, [table] { show(table, {}); });
    menu.exec(header->mapToGlobal(position));
}

} // namespace

QStringList visibleKeys(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    if (isDefaultLayout(header))
        return {};

    QStringList keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            keys.append(keyOfColumn(column));
    }
    return keys;
}

void show(QTableView *table, const QStringList &keys)
{
    QHeaderView *header = table->horizontalHeader();
    QStringList order = keys.isEmpty() ? SavedView::columnKeys() : keys;
    const QString subject = keyOfColumn(core::ConversationListModel::SubjectColumn);
    if (!order.contains(subject))
        order.prepend(subject);

    // Listed columns first, in their order, then the hidden ones.
    int visual = 0;
    for (const QString &key : std::as_const(order)) {
        const int column = columnOfKey(key);
        if (column < 0)
            continue;
        header->moveSection(header->visualIndex(column), visual++);
        header->showSection(column);
    }
    for (int column = 0; column < header->count(); ++column) {
        if (!order.contains(keyOfColumn(column)))
            header->hideSection(column);
    }
}

void installHeaderMenu(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table,
                     [table](const QPoint &position) { showMenu(table, position); });
}

} // namespace weav::ui::columns
