#pragma once

#include <QString>

#include <array>
#include <initializer_list>
#include <vector>

namespace weav::sandbox::seed {

// The placeholders a text template may contain, written {order}, {invoice}, ... in the template.
enum class Slot {
    Order,
    Invoice,
    Amount,
    Product,
    Plan,
    Integration,
    Browser,
    Error,
    Date,
    Later,
    Carrier,
    Tracking,
    Seats,
    Feature,
    Room,
    Card,
    Customer,
    Responder,
    Count
};

constexpr int SlotCount = int(Slot::Count);

// The values of one conversation, indexed by Slot.
using SlotValues = std::array<QString, SlotCount>;

// A text with placeholders, parsed once so that rendering is a few appends.
class TextTemplate
{
public:
    // Aborts on an unknown placeholder name: the templates are compiled in, so that is a typo.
    explicit TextTemplate(const char *text);

    QString render(const SlotValues &values) const;

private:
    struct Piece
    {
        QString literal;
        int slot = -1;
    };

    std::vector<Piece> m_pieces;
    qsizetype m_literalLength = 0;
};

using Templates = std::vector<TextTemplate>;

Templates templates(std::initializer_list<const char *> texts);

} // namespace weav::sandbox::seed
