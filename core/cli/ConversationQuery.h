#pragma once

#include "CommandLine.h"
#include "models/ConversationFilter.h"
#include "types/Conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

namespace weav::core::cli {

// The filters and the sort of `conversations list` and `export conversations`. toQuery() builds
// the query of GET /v1/conversations. matches() applies the same filters to the returned rows, so a
// server that ignores a filter cannot make weavctl print rows that do not match.
// The filtering itself is the list models' ConversationFilter, so weavctl and the console agree.
struct ConversationQuery
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)

public:
    QString status;
    QString priority;
    QString channel;
    QString assigneeType; // user | agent | none
    QString tag;
    // Subject contains, case-insensitive.
    QString text;
    // Inclusive.
    QDateTime createdFrom;
    // Exclusive.
    QDateTime createdTo;
    QString sort;

    static const QStringList &statuses();
    static const QStringList &priorities();
    static const QStringList &channels();
    static const QStringList &assigneeTypes();
    static const QStringList &sortKeys();

    // The options that read() takes, for the command line parser.
    static QList<OptionSpec> options();

    // Reads and checks the filter options. Returns false, with a sentence in *error that names
    // the option and the allowed values, when a value is invalid.
    bool read(const CommandLine &line, QString *error);

    ConversationFilter filter() const;
    QUrlQuery toQuery() const;
    bool matches(const Conversation &conversation) const;

    // A date (2024-05-01, meaning 00:00:00Z) or an ISO 8601 date-time; invalid for anything else.
    static QDateTime parseDate(const QString &text);

private:
    bool readChoice(const CommandLine &line, const QString &option, const QStringList &allowed, QString *target,
                    QString *error);
    bool readDate(const CommandLine &line, const QString &option, QDateTime *target, QString *error);
    bool readText(const CommandLine &line, const QString &option, int maxLength, QString *target, QString *error);
};

} // namespace weav::core::cli
