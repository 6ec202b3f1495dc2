// AI agents with their prohibited phrases and escalation rules, and the training data behind them.

#include "SeedSteps.h"
#include "SeedText.h"

#include <algorithm>
#include <cmath>

namespace weav::sandbox::seed {

namespace {

const QString ReadyStatus = QStringLiteral("ready");
const QString PendingStatus = QStringLiteral("pending");
const QString ProcessingStatus = QStringLiteral("processing");
const QString FailedStatus = QStringLiteral("failed");

// Days before now at which each agent of text::agentProfiles() was created, in that order: the
// retired pilot agent first, the after-hours agent last, all before the conversation history starts.
constexpr std::array<int, 5> AgentAgeDays = {900, 380, 300, 200, 120};

// Hosts under the reserved .invalid domain never resolve, which is why URL items on them fail.
const QStringList UnreachableHosts = {QStringLiteral("help.kestrel-legacy.invalid"),
                                      QStringLiteral("docs.old-kestrel.invalid"),
                                      QStringLiteral("support.kestrel-eu.invalid")};

QString slugFor(const QString &name)
{
    return text::asciiName(name);
}

void insertPhrasesAndRules(SeedContext &context, SeedRandom &random, const AiAgent &agent,
                           const text::AgentProfile &profile, RowInserter &phrases, RowInserter &rules)
{
    for (const QString &phrase : profile.prohibitedPhrases) {
        const qint64 createdAt = agent.createdAt + random.between(MinuteMs, 30 * DayMs);
        phrases.insert({random.uuid(), agent.id, phrase, createdAt, createdAt});
    }

    for (const text::EscalationRule &rule : profile.escalationRules) {
        const qint64 createdAt = agent.createdAt + random.between(MinuteMs, 30 * DayMs);
        const qint64 updatedAt = std::min(context.nowMs, createdAt + random.between(qint64(0), 60 * DayMs));
        rules.insert({random.uuid(), agent.id, optionalText(rule.channel), rule.rule, optionalText(rule.escalateTo),
                      createdAt, updatedAt});
    }
}

struct TrainingRow
{
    QString type;
    QString title;
    QString status = ReadyStatus;
    QString error;
    QString content;
    QString question;
    QString answer;
    QString sourceUrl;
    QString fileName;
    QString mimeType;
    std::optional<qint64> sizeBytes;
};

// The title of a list's n-th entry. Past the list's end the entries come again as numbered copies.
QString copyTitle(const QString &title, size_t index, size_t listSize)
{
    const size_t round = index / listSize;
    return round == 0 ? title : QStringLiteral("%1 (copy %2)").arg(title).arg(round + 1);
}

TrainingRow textItem(size_t index)
{
    const text::Article &article = text::articles()[index % text::articles().size()];
    TrainingRow row;
    row.type = QStringLiteral("text");
    row.title = copyTitle(article.title, index, text::articles().size());
    row.content = article.content;
    return row;
}

TrainingRow questionItem(size_t index)
{
    const text::QuestionAnswer &pair = text::questionAnswers()[index % text::questionAnswers().size()];
    TrainingRow row;
    row.type = QStringLiteral("qa");
    row.title = pair.question;
    row.question = pair.question;
    row.answer = pair.answer;
    return row;
}

TrainingRow fileItem(SeedRandom &random, size_t index)
{
    const text::TrainingFile &file = text::trainingFiles()[index % text::trainingFiles().size()];
    TrainingRow row;
    row.type = QStringLiteral("file");
    row.title = copyTitle(file.title, index, text::trainingFiles().size());
    row.fileName = file.fileName;
    row.mimeType = file.mimeType;
    // Uploads are limited to 10 MiB.
    row.sizeBytes = std::clamp<qint64>(qint64(random.logNormal(180.0 * 1024, 1.2)), 900, 10 * 1024 * 1024);
    return row;
}

TrainingRow urlItem(size_t index)
{
    const text::TrainingPage &page = text::trainingPages()[index % text::trainingPages().size()];
    TrainingRow row;
    row.type = QStringLiteral("url");
    row.title = copyTitle(page.title, index, text::trainingPages().size());
    row.sourceUrl = QStringLiteral("https://help.kestrel.example") + page.path;
    return row;
}

// The first items of a type take the statuses that every demo should show at least once.
// Seeded pending and processing URL items continue when a server starts on the file.
QString statusFor(SeedRandom &random, const QString &type, size_t index)
{
    if (type == QLatin1String("url")) {
        static const std::array<QString, 3> first = {PendingStatus, ProcessingStatus, FailedStatus};
        if (index < first.size())
            return first[index];
        static const std::array<double, 4> weights = {70, 15, 8, 7};
        static const std::array<QString, 4> statuses = {ReadyStatus, FailedStatus, PendingStatus, ProcessingStatus};
        return statuses[size_t(random.weighted(weights))];
    }
    if (type == QLatin1String("file")) {
        if (index == 0)
            return FailedStatus;
        static const std::array<double, 3> weights = {85, 10, 5};
        static const std::array<QString, 3> statuses = {ReadyStatus, FailedStatus, ProcessingStatus};
        return statuses[size_t(random.weighted(weights))];
    }
    static const std::array<double, 3> weights = {95, 3, 2};
    static const std::array<QString, 3> statuses = {ReadyStatus, ProcessingStatus, PendingStatus};
    return statuses[size_t(random.weighted(weights))];
}

void applyStatus(SeedRandom &random, TrainingRow &row, const QString &status)
{
    row.status = status;
    if (row.type == QLatin1String("url")) {
        if (status == FailedStatus) {
            const QString path = row.sourceUrl.mid(row.sourceUrl.indexOf(QLatin1Char('/'), 8));
            row.sourceUrl = QStringLiteral("https://") + random.pick(UnreachableHosts) + path;
            row.error = QStringLiteral("Could not fetch %1: the host could not be resolved.").arg(row.sourceUrl);
        } else if (status == ReadyStatus) {
            row.content = QStringLiteral("Text extracted from %1.").arg(row.sourceUrl);
        }
    }
    if (row.type == QLatin1String("file") && status == FailedStatus)
        row.error = random.pick(text::fileErrors()).arg(row.fileName);
}

// Pending and processing items were added minutes ago, the others over the last months.
std::pair<qint64, qint64> trainingTimes(SeedContext &context, SeedRandom &random, const QString &status)
{
    if (status == PendingStatus || status == ProcessingStatus) {
        const qint64 createdAt = context.nowMs - random.between(MinuteMs, 15 * MinuteMs);
        return {createdAt, std::min(context.nowMs, createdAt + random.between(qint64(0), MinuteMs))};
    }
    const qint64 createdAt = context.nowMs - random.between(DayMs, 300 * DayMs);
    return {createdAt, createdAt + random.between(10 * SecondMs, 10 * MinuteMs)};
}

std::vector<TrainingRow> trainingRows(SeedContext &context, SeedRandom &random)
{
    const int count = context.scale.trainingItems;
    const int questions = int(std::lround(count * 0.35));
    const int texts = int(std::lround(count * 0.30));
    const int files = int(std::lround(count * 0.20));
    const int urls = count - questions - texts - files;

    std::vector<TrainingRow> rows;
    for (int i = 0; i < texts; ++i)
        rows.push_back(textItem(size_t(i)));
    for (int i = 0; i < questions; ++i)
        rows.push_back(questionItem(size_t(i)));
    for (int i = 0; i < files; ++i)
        rows.push_back(fileItem(random, size_t(i)));
    for (int i = 0; i < urls; ++i)
        rows.push_back(urlItem(size_t(i)));

    std::array<size_t, 4> seenOfType{};
    for (TrainingRow &row : rows) {
        const size_t typeIndex = row.type == QLatin1String("text") ? 0 : row.type == QLatin1String("qa") ? 1
                                                                       : row.type == QLatin1String("file") ? 2 : 3;
        applyStatus(random, row, statusFor(random, row.type, seenOfType[typeIndex]++));
    }
    return rows;
}

// One to three agents per item, mostly the active ones. The retired agent keeps some old items.
std::vector<const AiAgent *> agentsForItem(SeedContext &context, SeedRandom &random, qint64 createdAt)
{
    std::vector<const AiAgent *> chosen;
    if (random.chance(0.05))
        return chosen;

    const int linkCount = random.between(1, 3);
    for (int attempt = 0; attempt < 8 && int(chosen.size()) < linkCount; ++attempt) {
        const AiAgent &agent = random.pick(context.agents);
        const bool usable = agent.isActive || (createdAt < agent.updatedAt && random.chance(0.3));
        if (usable && createdAt >= agent.createdAt && std::find(chosen.begin(), chosen.end(), &agent) == chosen.end())
            chosen.push_back(&agent);
    }
    return chosen;
}

} // namespace

void seedAgents(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"agents");
    RowInserter agents(context.db, QStringLiteral("agents"),
                       {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("name"), QStringLiteral("slug"),
                        QStringLiteral("description"), QStringLiteral("avatar_url"),
                        QStringLiteral("max_messages_per_session"), QStringLiteral("tone"),
                        QStringLiteral("response_length"), QStringLiteral("is_active"), QStringLiteral("is_copilot"),
                        QStringLiteral("is_email_agent"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    RowInserter phrases(context.db, QStringLiteral("agent_prohibited_phrases"),
                        {QStringLiteral("id"), QStringLiteral("agent_id"), QStringLiteral("phrase"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    RowInserter rules(context.db, QStringLiteral("agent_escalation_rules"),
                      {QStringLiteral("id"), QStringLiteral("agent_id"), QStringLiteral("channel"), QStringLiteral("rule"),
                       QStringLiteral("escalate_to"), QStringLiteral("created_at"), QStringLiteral("updated_at")});

    const std::vector<text::AgentProfile> &profiles = text::agentProfiles();
    for (size_t i = 0; i < profiles.size(); ++i) {
        const text::AgentProfile &profile = profiles[i];

        AiAgent agent;
        agent.id = random.uuid();
        agent.name = profile.name;
        agent.isActive = profile.isActive;
        agent.isCopilot = profile.isCopilot;
        agent.isEmailAgent = profile.isEmailAgent;
        agent.chatShare = profile.chatShare;
        agent.afterHours = profile.afterHours;
        agent.focusTopic = profile.focusTopic;
        agent.createdAt = std::max(context.workspaceCreatedAt + DayMs,
                                   context.nowMs - AgentAgeDays[i] * DayMs - random.between(qint64(0), DayMs));
        // Active agents were tuned lately. The retired one was switched off before the history starts.
        agent.updatedAt = profile.isActive ? context.nowMs - random.between(HourMs, 20 * DayMs)
                                           : context.historyStartMs - random.between(5 * DayMs, 60 * DayMs);

        const QString slug = slugFor(profile.name);
        const QString avatar = profile.hasAvatar ? QStringLiteral("https://cdn.example.com/avatars/agents/%1.png").arg(slug)
                                                 : QString();
        agents.insert({agent.id, context.workspaceId, agent.name, slug, profile.description, optionalText(avatar),
                       profile.maxMessagesPerSession ? QVariant(*profile.maxMessagesPerSession) : nullInteger(),
                       profile.tone, profile.responseLength, int(agent.isActive), int(agent.isCopilot),
                       int(agent.isEmailAgent), agent.createdAt, agent.updatedAt});
        insertPhrasesAndRules(context, random, agent, profile, phrases, rules);
        context.agents.push_back(agent);
    }
    context.summary.agents = agents.rowCount();
}

void seedTraining(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"training");
    RowInserter items(context.db, QStringLiteral("training_items"),
                      {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("type"), QStringLiteral("title"),
                       QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("content"),
                       QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("source_url"),
                       QStringLiteral("file_name"), QStringLiteral("mime_type"), QStringLiteral("size_bytes"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")});
    RowInserter links(context.db, QStringLiteral("training_item_agents"),
                      {QStringLiteral("training_item_id"), QStringLiteral("agent_id")});

    for (const TrainingRow &row : trainingRows(context, random)) {
        const QString id = random.uuid();
        const auto [createdAt, updatedAt] = trainingTimes(context, random, row.status);
        items.insert({id, context.workspaceId, row.type, optionalText(row.title), row.status, optionalText(row.error),
                      optionalText(row.content), optionalText(row.question), optionalText(row.answer),
                      optionalText(row.sourceUrl), optionalText(row.fileName), optionalText(row.mimeType),
                      optionalInteger(row.sizeBytes), createdAt, updatedAt});

        for (const AiAgent *agent : agentsForItem(context, random, createdAt))
            links.insert({id, agent->id});
    }
    context.summary.trainingItems = items.rowCount();
}

} // namespace weav::sandbox::seed
