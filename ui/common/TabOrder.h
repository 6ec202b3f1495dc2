#pragma once

#include <QList>

class QWidget;

namespace weav::ui {

// Orders the Tab chain by blocks, usually the parts of a layout from top to bottom. The focusable
// widgets under each block follow those of the block before it, and keep their order inside the
// block. Hidden widgets are ordered too, so that the order holds when they are shown. Needed
// where widgets are created in another order than they are laid out, because Qt's default Tab
// order is the order of creation.
void setTabOrderByBlocks(const QList<QWidget *> &blocks);

} // namespace weav::ui
