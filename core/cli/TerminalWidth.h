#pragma once

#include <QString>
#include <QStringView>

namespace weav::core::cli {

// Terminal column widths in the manner of POSIX wcwidth(), so that `--format table` lines up text
// that mixes scripts. The ranges are a fixed subset of Unicode's East Asian Width property (wide
// and fullwidth) plus the common emoji blocks.
// NOTE: terminals disagree on ambiguous-width characters and on emoji sequences joined by U+200D,
// so this code counts those per code point and a terminal may draw them wider.

// Columns of one code point: 0 for combining marks and format characters (Unicode categories Mn,
// Me and Cf), 2 for wide and fullwidth characters and most emoji, otherwise 1.
int codePointColumns(char32_t codePoint);

// Columns of a whole string, reading UTF-16 surrogate pairs as one code point.
int terminalColumns(QStringView text);

// The text cut to at most maxColumns columns, ending in "…" when it was cut. A wide character
// that would straddle the limit is left out, and combining marks stay with their base character.
QString elideToColumns(const QString &text, int maxColumns);

// The text followed by spaces up to the given number of columns.
QString padToColumns(const QString &text, int columns);

} // namespace weav::core::cli
