#include "SeedTemplate.h"

#include <QtGlobal>

#include <cstring>

namespace weav::sandbox::seed {

namespace {

constexpr std::array<const char *, SlotCount> SlotNames = {
    "order", "invoice", "amount", "product", "plan", "integration", "browser", "error", "date", "later",
    "carrier", "tracking", "seats", "feature", "room", "card", "customer", "responder",
};

int slotForName(const char *name, size_t length)
{
    for (int i = 0; i < SlotCount; ++i) {
        if (std::strlen(SlotNames[i]) == length && std::strncmp(SlotNames[i], name, length) == 0)
            return i;
    }
    return -1;
}

} // namespace

TextTemplate::TextTemplate(const char *text)
{
    const char *literalStart = text;
    const char *cursor = text;
    while (*cursor) {
        if (*cursor != '{') {
            ++cursor;
            continue;
        }

        const char *close = std::strchr(cursor, '}');
        if (!close)
            qFatal("Seed template has an unclosed placeholder: %s", text);
        const int slot = slotForName(cursor + 1, size_t(close - cursor - 1));
        if (slot < 0)
            qFatal("Seed template has an unknown placeholder: %s", text);

        if (cursor > literalStart)
            m_pieces.push_back({QString::fromUtf8(literalStart, cursor - literalStart), -1});
        m_pieces.push_back({QString(), slot});
        cursor = close + 1;
        literalStart = cursor;
    }
    if (cursor > literalStart)
        m_pieces.push_back({QString::fromUtf8(literalStart, cursor - literalStart), -1});

    for (const Piece &piece : m_pieces)
        m_literalLength += piece.literal.size();
}

QString TextTemplate::render(const SlotValues &values) const
{
    QString result;
    result.reserve(m_literalLength + 48);
    for (const Piece &piece : m_pieces) {
        if (piece.slot < 0)
            result += piece.literal;
        else
            result += values[size_t(piece.slot)];
    }
    return result;
}

Templates templates(std::initializer_list<const char *> texts)
{
    Templates parsed;
    parsed.reserve(texts.size());
    for (const char *text : texts)
        parsed.emplace_back(text);
    return parsed;
}

} // namespace weav::sandbox::seed
