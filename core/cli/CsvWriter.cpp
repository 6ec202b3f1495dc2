#include "CsvWriter.h"

#include <QRegularExpression>

namespace weav::core::cli {

QString CsvWriter::spreadsheetSafe(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+(\\.[0-9]+)?$"));

    if (text.isEmpty() || !formulaStarts.contains(text.front()))
        return text;
    if (negativeNumber.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString CsvWriter::field(const QString &rawText)
{
    const QString text = spreadsheetSafe(rawText);
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                             || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;

    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace weav::core::cli
