#include "UrlListParser.h"

#include "FieldRules.h"

#include <QHash>
#include <QRegularExpression>

namespace weav::core {

namespace {

// NOTE: brackets and punctuation around an address, as in "(see https://example.com/help).", stay
// part of the entry and make it invalid or change its path. Strip them here if people paste prose.
QStringList entriesOf(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return line.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString UrlListParser::comparisonKey(const QUrl &url)
{
    QUrl key = url.adjusted(QUrl::RemoveFragment);
    key.setScheme(key.scheme().toLower());
    key.setHost(key.host().toLower());
    if (key.path().isEmpty())
        key.setPath(QStringLiteral("/"));
    return key.toString(QUrl::FullyEncoded);
}

QString UrlListParser::noAddressSummary(int nonBlankLines)
{
    if (nonBlankLines == 0)
        return tr("No web address is given. Paste addresses that start with http:// or https://, one per line.");
    if (nonBlankLines == 1)
        return tr("The line is not a web address starting with http:// or https://.");
    return tr("None of the %n lines is a web address starting with http:// or https://.", nullptr, nonBlankLines);
}

UrlList UrlListParser::parse(const QString &block)
{
    UrlList result;
    QHash<QString, int> firstLineOf;
    int nonBlankLines = 0;

    const QStringList lines = block.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index + 1);
        const QStringList entries = entriesOf(lines.at(index));
        if (!entries.isEmpty())
            ++nonBlankLines;

        for (const QString &entry : entries) {
            QUrl url;
            QString problem;
            if (!FieldRules::parseWebAddress(entry, &url, &problem)) {
                result.invalid.append({lineNumber, entry, problem});
                continue;
            }

            const QString key = comparisonKey(url);
            if (firstLineOf.contains(key)) {
                result.duplicates.append({lineNumber, entry, tr("The same address is on line %1.").arg(firstLineOf.value(key))});
                continue;
            }
            firstLineOf.insert(key, lineNumber);
            result.urls.append(url);
        }
    }

    if (result.urls.isEmpty())
        result.summary = noAddressSummary(nonBlankLines);
    return result;
}

} // namespace weav::core
