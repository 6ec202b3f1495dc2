#pragma once

#include <QStyledItemDelegate>

namespace weav::ui {

// The base of the conversation table's delegates, which paint a cell and create no widget. It
// paints the cell's background, selection and focus through the style, and hands the rest of the
// cell to paintContent().
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Horizontal padding inside a cell, in pixels.
    static constexpr int Padding = 4;

protected:
    // Paints the cell's content in `rect`, the cell less its padding. The painter is saved and
    // restored around the call.
    virtual void paintContent(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                              const QRect &rect) const = 0;
    // The cell's tooltip, by default the model's ToolTipRole.
    virtual QString toolTip(const QModelIndex &index) const;

    // The text colour for the cell's state (selected or not, enabled or not).
    static QColor textColor(const QStyleOptionViewItem &option);
    // A dimmer colour for placeholder text ("Unassigned").
    static QColor placeholderColor(const QStyleOptionViewItem &option);
    // Draws `text` elided to `rect`, vertically centred, and returns the width it took.
    static int drawElidedText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                              const QString &text);
};

} // namespace weav::ui
