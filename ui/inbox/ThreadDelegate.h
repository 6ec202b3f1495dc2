#pragma once

#include "types/Message.h"

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

class QTextLayout;

namespace weav::ui {

// Paints one message of a thread as a bubble, with no widget per message:
// - customer messages on the left, in grey;
// - teammate messages on the right, in blue, labelled "Teammate · Name";
// - AI agent messages on the right, in violet, labelled "AI agent · Name" with the agent icon;
// - system messages centred, small, without a bubble;
// - internal notes in yellow with a dashed border, an icon and the line "Internal note — not sent
//   to the customer", so that colour is never the only sign.
// The text wraps at word boundaries (anywhere inside words longer than a line). Heights depend on
// the view's width and are cached per message id until the width changes.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ThreadDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width the rows are laid out for: the view's viewport width.
    void setRowWidth(int width);
    int rowWidth() const { return m_rowWidth; }
    // Forgets cached heights, e.g. after a message's sender name arrived.
    void clearCache() { m_heights.clear(); }

    // The label above a message: "Customer · Name", "Teammate · Name", "AI agent · Name", "System".
    static QString senderLabel(const core::Message &message, const QString &senderName);
    static QString internalNoteLabel();

private:
    enum class Side { Left, Right, Centre };

    struct Bubble
    {
        Side side = Side::Left;
        QRect outer;      // the bubble, in row coordinates
        QRect text;       // the content
        int headerHeight = 0;
        int noteLineHeight = 0;
        int footerHeight = 0;
    };

    Bubble layoutBubble(const QModelIndex &index, const core::Message &message, const QFont &font, int rowWidth) const;
    void paintSystemMessage(QPainter *painter, const QRect &row, const core::Message &message, const QFont &font) const;
    void paintBubble(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                     const core::Message &message) const;
    void paintHeader(QPainter *painter, const QRect &line, const QModelIndex &index, const core::Message &message,
                     const QFont &font) const;
    void paintNoteLine(QPainter *painter, const QRect &line, const QFont &font) const;
    void paintFooter(QPainter *painter, const QRect &line, const core::Message &message, const QFont &font) const;

    static Side sideOf(const core::Message &message);
    static QFont smallFont(const QFont &font);
    static int textHeight(const QString &text, const QFont &font, int width);
    static void drawText(QPainter *painter, const QString &text, const QFont &font, const QRect &rect);
    static bool hasFooter(const core::Message &message);

    int m_rowWidth = 400;
    QIcon m_agentIcon;
    QIcon m_teammateIcon;
    QIcon m_noteIcon;
    QIcon m_warningIcon;
    mutable QHash<QString, int> m_heights;
};

} // namespace weav::ui
