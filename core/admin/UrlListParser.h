#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace weav::core {

// One entry of a pasted block that is not used, with its line and the reason.
struct UrlListEntry
{
    int line = 0; // 1-based line of the block
    QString text;
    QString reason;
};

struct UrlList
{
    // The valid addresses in the order of the block, each once.
    QList<QUrl> urls;
    // Entries that are not http:// or https:// addresses with a host.
    QList<UrlListEntry> invalid;
    // Entries that repeat an earlier address; their reason names the line of the first one.
    QList<UrlListEntry> duplicates;
    // When no entry is valid, a sentence stating that and what to paste; empty otherwise.
    QString summary;
};

// Reads a block of web addresses as a person pastes it: one or more per line, separated by white
// space or commas, with blank lines anywhere. Two addresses count as the same when they differ only
// in the case of scheme and host, in a fragment, or in the "/" of an empty path.
class UrlListParser
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::UrlListParser)

public:
    static UrlList parse(const QString &block);

    // The form in which two addresses are compared.
    static QString comparisonKey(const QUrl &url);

private:
    static QString noAddressSummary(int nonBlankLines);
};

} // namespace weav::core
