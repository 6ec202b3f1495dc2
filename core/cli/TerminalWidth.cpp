#include "TerminalWidth.h"

#include <QChar>

#include <array>

namespace weav::core::cli {

namespace {

struct CodePointRange
{
    char32_t first;
    char32_t last;
};

// Wide and fullwidth blocks: Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility
// ideographs, CJK compatibility forms, fullwidth forms, emoji pictographs and emoticons,
// supplemental symbols and pictographs, and CJK extension planes 2 and 3.
constexpr std::array<CodePointRange, 10> wideRanges = {{
    {0x1100, 0x115F},
    {0x2E80, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF},
    {0x20000, 0x3FFFD},
}};

bool isWide(char32_t codePoint)
{
    for (const CodePointRange &range : wideRanges) {
        if (codePoint >= range.first && codePoint <= range.last)
            return true;
    }
    return false;
}

// The code point at *position, which moves past it. An unpaired surrogate is returned as itself.
char32_t readCodePoint(QStringView text, qsizetype *position)
{
    const QChar first = text.at(*position);
    ++*position;
    if (first.isHighSurrogate() && *position < text.size() && text.at(*position).isLowSurrogate()) {
        const QChar second = text.at(*position);
        ++*position;
        return QChar::surrogateToUcs4(first, second);
    }
    return first.unicode();
}

} // namespace

int codePointColumns(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return isWide(codePoint) ? 2 : 1;
    }
}

int terminalColumns(QStringView text)
{
    int columns = 0;
    qsizetype position = 0;
    while (position < text.size())
        columns += codePointColumns(readCodePoint(text, &position));
    return columns;
}

QString elideToColumns(const QString &text, int maxColumns)
{
    if (terminalColumns(text) <= maxColumns)
        return text;

    const QString ellipsis = QStringLiteral("…");
    const int available = maxColumns - terminalColumns(ellipsis);
    int used = 0;
    qsizetype position = 0;
    while (position < text.size()) {
        qsizetype next = position;
        const int width = codePointColumns(readCodePoint(text, &next));
        if (used + width > available)
            break;
        used += width;
        position = next;
    }
    return text.left(position) + ellipsis;
}

QString padToColumns(const QString &text, int columns)
{
    const int padding = columns - terminalColumns(text);
    if (padding <= 0)
        return text;
    return text + QString(padding, QLatin1Char(' '));
}

} // namespace weav::core::cli
