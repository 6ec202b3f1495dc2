// When conversations arrive and from whom: busier on weekdays and in office hours of each
// customer's time zone, quieter at weekends, slowly growing over the history, with one outage.

#include "SeedSteps.h"
#include "SeedText.h"

#include <algorithm>

namespace weav::sandbox::seed {

namespace {

// Relative volume per local hour, midnight first.
constexpr std::array<double, 24> HourWeights = {0.05, 0.03, 0.03, 0.03, 0.04, 0.08, 0.18, 0.40,
                                                0.75, 1.00, 1.00, 0.95, 0.80, 0.90, 1.00, 0.95,
                                                0.85, 0.65, 0.45, 0.35, 0.30, 0.22, 0.14, 0.08};

// Relative volume per local weekday, Monday first.
constexpr std::array<double, 7> WeekdayWeights = {1.15, 1.10, 1.05, 1.00, 0.88, 0.32, 0.26};

constexpr double SpamShare = 0.03;
constexpr double IncidentVolumeFactor = 3.0;

qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

int weekdayOf(qint64 localMs)
{
    // 1 January 1970 was a Thursday, the fourth day of a week that starts on Monday.
    return int((floorDivide(localMs, DayMs) + 3) % 7);
}

int hourOf(qint64 localMs)
{
    return int((localMs - floorDivide(localMs, DayMs) * DayMs) / HourMs);
}

// Three hours starting between 09:00 and 14:00 UTC, on a day 20 to 60 days ago.
void chooseIncident(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"incident");
    const qint64 day = floorDivide(context.nowMs - random.between(20, 60) * DayMs, DayMs) * DayMs;
    context.incidentStartMs = day + random.between(9, 14) * HourMs;
    context.incidentEndMs = context.incidentStartMs + 3 * HourMs;
}

// Per locale, the weight of every hour of the history.
std::vector<WeightedIndex> hourlyVolumeByLocale(const SeedContext &context, SeedRandom &random, int hours)
{
    std::vector<double> dayFactors(size_t(hours / 24 + 1));
    for (double &factor : dayFactors)
        factor = random.logNormal(1.0, 0.08);

    const std::vector<text::Locale> &locales = text::locales();
    std::vector<WeightedIndex> volume(locales.size());
    for (int hour = 0; hour < hours; ++hour) {
        const qint64 start = context.historyStartMs + hour * HourMs;
        const double trend = 0.88 + 0.24 * double(hour) / double(hours);
        const bool incident = start >= context.incidentStartMs && start < context.incidentEndMs;
        const double common = trend * dayFactors[size_t(hour / 24)] * (incident ? IncidentVolumeFactor : 1.0);

        for (size_t i = 0; i < locales.size(); ++i) {
            const qint64 local = start + locales[i].utcOffsetMinutes * MinuteMs;
            volume[i].add(common * WeekdayWeights[size_t(weekdayOf(local))] * HourWeights[size_t(hourOf(local))]);
        }
    }
    return volume;
}

// Spam arrives around the clock, growing with the same trend.
WeightedIndex hourlySpamVolume(int hours)
{
    WeightedIndex volume;
    for (int hour = 0; hour < hours; ++hour)
        volume.add(0.88 + 0.24 * double(hour) / double(hours));
    return volume;
}

} // namespace

std::vector<PlannedConversation> planConversations(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"plan");
    chooseIncident(context);

    const int hours = int((context.nowMs - context.historyStartMs) / HourMs);
    const std::vector<WeightedIndex> volume = hourlyVolumeByLocale(context, random, hours);
    const WeightedIndex spamVolume = hourlySpamVolume(hours);

    WeightedIndex regularCustomers;
    std::vector<int> regularIndices;
    std::vector<int> spamSenders;
    for (size_t i = 0; i < context.customers.size(); ++i) {
        const Customer &customer = context.customers[i];
        if (customer.isSpamSender) {
            spamSenders.push_back(int(i));
        } else {
            regularCustomers.add(customer.activity);
            regularIndices.push_back(int(i));
        }
    }

    std::vector<PlannedConversation> plan(size_t(context.conversationCount));
    for (PlannedConversation &conversation : plan) {
        conversation.isSpam = !spamSenders.empty() && random.chance(SpamShare);
        conversation.customer = conversation.isSpam ? random.pick(spamSenders)
                                                    : regularIndices[size_t(regularCustomers.draw(random))];

        const Customer &customer = context.customers[size_t(conversation.customer)];
        const int hour = conversation.isSpam ? spamVolume.draw(random) : volume[size_t(customer.locale)].draw(random);
        conversation.createdAt = context.historyStartMs + hour * HourMs + random.between(qint64(0), HourMs - 1);
    }

    std::stable_sort(plan.begin(), plan.end(), [](const PlannedConversation &a, const PlannedConversation &b) {
        return a.createdAt < b.createdAt;
    });
    return plan;
}

} // namespace weav::sandbox::seed
