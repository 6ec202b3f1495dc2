#pragma once

#include <QStringList>

class QTableView;

namespace weav::ui::columns {

// The visible columns of the conversation table as SavedView column keys, in display order. All
// columns in their default order read as an empty list, as a view stores "the default columns".
QStringList visibleKeys(const QTableView *table);

// Shows the columns of `keys` in that order and hides the others. An empty list shows every column
// in the default order. The subject column is never hidden, so that a row can always be read.
void show(QTableView *table, const QStringList &keys);

// Gives the table's header a context menu with a check box per column.
void installHeaderMenu(QTableView *table);

} // namespace weav::ui::columns
