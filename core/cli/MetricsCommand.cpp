#include "MetricsCommand.h"

#include "ListFetch.h"
#include "ResourceCommands.h"
#include "analytics/Metrics.h"
#include "api/Endpoints.h"

#include <QJsonDocument>
#include <QTextStream>

namespace weav::core::cli {

namespace {

class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(weavctl)
};

struct MetricsRequest
{
    QDate from;
    QDate to;
    QTimeZone zone;
    QString channel;
};

bool readDate(const CommandContext &context, const QString &name, QDate *date, QString *error)
{
    const QString text = context.line.value(name).trimmed();
    if (text.isEmpty()) {
        *error = Metrics::tr("metrics needs --%1 YYYY-MM-DD.").arg(name);
        return false;
    }
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10) {
        *error = Metrics::tr("--%1 \"%2\" is not a date: use YYYY-MM-DD.").arg(name, text);
        return false;
    }
    return true;
}

bool readRequest(const CommandContext &context, MetricsRequest *request, QString *error)
{
    if (!readDate(context, QStringLiteral("from"), &request->from, error) || !readDate(context, QStringLiteral("to"), &request->to, error))
        return false;
    if (request->to < request->from) {
        *error = Metrics::tr("--to %1 is before --from %2.").arg(request->to.toString(Qt::ISODate), request->from.toString(Qt::ISODate));
        return false;
    }

    const QString zone = context.line.value(QStringLiteral("tz")).trimmed();
    request->zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!request->zone.isValid()) {
        *error = Metrics::tr("--tz \"%1\" is not a known IANA time zone, e.g. Europe/Berlin or UTC.").arg(zone);
        return false;
    }

    request->channel = context.line.value(QStringLiteral("channel")).trimmed().toLower();
    if (!request->channel.isEmpty() && request->channel != QLatin1String("email") && request->channel != QLatin1String("chat")) {
        *error = Metrics::tr("--channel must be email or chat, not \"%1\".").arg(request->channel);
        return false;
    }
    return true;
}

QString number(const std::optional<double> &value, int decimals = 0)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QList<QStringList> tableRows(const MetricsReport &report)
{
    const PeriodMetrics &now = report.current;
    const PeriodMetrics &before = report.previous;
    auto row = [](const QString &name, const QString &current, const QString &previous) { return QStringList{name, current, previous}; };
    return {
        row(Metrics::tr("created"), QString::number(now.created), QString::number(before.created)),
        row(Metrics::tr("created by email"), QString::number(now.createdEmail), QString::number(before.createdEmail)),
        row(Metrics::tr("created by chat"), QString::number(now.createdChat), QString::number(before.createdChat)),
        row(Metrics::tr("closed"), QString::number(now.closed), QString::number(before.closed)),
        row(Metrics::tr("first response median (s)"), number(now.firstResponse.median), number(before.firstResponse.median)),
        row(Metrics::tr("first response p90 (s)"), number(now.firstResponse.p90), number(before.firstResponse.p90)),
        row(Metrics::tr("resolution median (s)"), number(now.resolution.median), number(before.resolution.median)),
        row(Metrics::tr("resolution p90 (s)"), number(now.resolution.p90), number(before.resolution.p90)),
        row(Metrics::tr("backlog at end"), QString::number(now.backlogAtEnd), QString::number(before.backlogAtEnd)),
        row(Metrics::tr("AI share"), percent(now.aiShare), percent(before.aiShare)),
        row(Metrics::tr("spam share"), percent(now.spamShare), percent(before.spamShare)),
    };
}

} // namespace

QList<OptionSpec> metricsOptions()
{
    return {{QStringLiteral("from"), true}, {QStringLiteral("to"), true}, {QStringLiteral("tz"), true}, {QStringLiteral("channel"), true}};
}

int runMetrics(CommandContext &context)
{
    MetricsRequest request;
    QString error;
    if (!readRequest(context, &request, &error))
        return context.usage(error);

    ApiClient client;
    const int connected = connectClient(context, client);
    if (connected != Success)
        return connected;

    // Everything created before the period's end: the backlog needs conversations of any age.
    const qint64 endMs = MetricsCalculator::startOfDayMs(request.to.addDays(1), request.zone);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("created_to"), formatTimestamp(QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC)));
    if (!request.channel.isEmpty())
        query.addQueryItem(QStringLiteral("channel"), request.channel);

    QList<Conversation> conversations;
    ListScope everything;
    everything.all = true;
    const FetchResult fetched = fetchList(client, ApiRequest::get(endpoints::conversations(), query), everything, [&](const QJsonArray &page) {
        for (const QJsonValue &value : page) {
            if (std::optional<Conversation> conversation = Conversation::fromJson(value.toObject()))
                conversations.append(std::move(*conversation));
        }
    });
    if (fetched.error.isError())
        return context.apiFailure(fetched.error);

    const MetricsReport report = MetricsCalculator(request.from, request.to, request.zone, request.channel).compute(conversations);
    if (context.format == OutputFormat::Json) {
        context.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        return Success;
    }

    const QStringList headers = {Metrics::tr("metric"),
                                 Metrics::tr("%1 – %2").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)),
                                 Metrics::tr("previous %1 – %2").arg(report.previous.from.toString(Qt::ISODate), report.previous.to.toString(Qt::ISODate))};
    if (context.format == OutputFormat::Csv)
        printCsv(headers, tableRows(report), context.out);
    else
        printTable(headers, tableRows(report), context.out);
    return Success;
}

} // namespace weav::core::cli
