// libFuzzer target: parseTimestamp on any text, read as UTF-8 and as Latin-1. Only ASCII text may
// parse. A valid result is in UTC, and formatTimestamp turns it into text that parses back to the
// same instant and formats to the same text again.

#include "types/JsonReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace weav::core;

namespace {

void require(bool condition, const char *invariant, const QString &input, const QString &formatted)
{
    if (condition)
        return;
    std::fprintf(stderr, "parseTimestamp broke an invariant: %s\n  input:     \"%s\"\n  formatted: \"%s\"\n", invariant,
                 qPrintable(input), qPrintable(formatted));
    std::abort();
}

// Whether the text has a character outside ASCII, and whether that character is a digit of
// another script, such as U+0663 ARABIC-INDIC DIGIT THREE.
struct NonAscii
{
    bool found = false;
    bool digit = false;
};

NonAscii findNonAscii(const QString &text)
{
    NonAscii result;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            result.found = true;
            result.digit = result.digit || c.isDigit();
        }
    }
    return result;
}

void checkTimestamp(const QString &input)
{
    const QDateTime parsed = parseTimestamp(input);
    if (!parsed.isValid())
        return;

    const NonAscii nonAscii = findNonAscii(input.trimmed());

    const QString formatted = formatTimestamp(parsed);
    require(parsed.timeSpec() == Qt::UTC, "the result is in UTC", input, formatted);
    require(!nonAscii.found, "only ASCII text is a timestamp", input, formatted);
    require(!formatted.isEmpty(), "a valid result formats to text", input, formatted);

    const QDateTime reparsed = parseTimestamp(formatted);
    require(reparsed.isValid(), "the formatted text parses", input, formatted);
    require(reparsed == parsed, "the formatted text parses to the same instant", input, formatted);
    require(formatTimestamp(reparsed) == formatted, "formatting is stable", input, formatted);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    checkTimestamp(QString::fromUtf8(text, qsizetype(size)));
    checkTimestamp(QString::fromLatin1(text, qsizetype(size)));
    return 0;
}
