#pragma once

#include "SeedTemplate.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

// The word lists and text templates of the demo workspace. The workspace is the support team of
// Kestrel, a fictional maker of workplace sensors, room displays and the cloud app that runs them,
// so the conversations are about orders and shipping as well as plans, invoices and integrations.
namespace weav::sandbox::seed::text {

// People and places.

struct Culture
{
    QStringList firstNames;
    QStringList lastNames;
};

struct Locale
{
    QString code;
    QString country;
    // Lowercase ISO 3166 code, used in generated domains.
    QString countryCode;
    QString phonePrefix;
    QString currency;
    QString legalSuffix;
    // Multiplies amounts given in euros. Amounts in currencies with a scale of 100 or more have no cents.
    double currencyScale = 1.0;
    // A fixed offset from UTC: the seed ignores daylight saving time.
    int utcOffsetMinutes = 0;
    int culture = 0;
    // Relative share of customers.
    double share = 0.0;
};

const std::vector<Culture> &cultures();
const std::vector<Locale> &locales();

// A name as it may appear in an e-mail address: lowercase ASCII without accents or spaces.
QString asciiName(const QString &name);

struct CompanyKind
{
    QString noun;
    QString industry;
};

const QStringList &companyRoots();
const std::vector<CompanyKind> &companyKinds();
const QStringList &mailProviders();
const QStringList &nicknames();

// Slot values.

const QStringList &products();
const QStringList &plans();
const QStringList &integrations();
const QStringList &browsers();
const QStringList &errorTexts();
const QStringList &carriers();
const QStringList &features();
const QStringList &rooms();

// Conversations.

// The tags a conversation may carry.
const QStringList &tagNames();

// One kind of request within a topic, so that subject, opening message and first reply agree.
struct TopicCase
{
    Templates subjects;
    TextTemplate emailOpening;
    TextTemplate chatOpening;
    TextTemplate reply;
};

struct Topic
{
    QString name;
    // The topic's own tag, empty for general questions.
    QString tag;
    // Tags that often come with it.
    QStringList relatedTags;
    double emailWeight = 0.0;
    double chatWeight = 0.0;
    // low, normal, high, urgent
    std::array<double, 4> priorityWeights{};
    std::vector<TopicCase> cases;
    // Internal notes a teammate might leave on such a conversation.
    Templates notes;
};

// The everyday topics. The outage topic only comes up during the incident.
const std::vector<Topic> &topics();
const Topic &outageTopic();

// The frame of a customer's e-mail, and sentences that fit any opening.
const QStringList &emailGreetings();
const QStringList &emailSignOffs();
const Templates &openingExtras();

// Follow-ups that fit any topic.
const Templates &customerFollowUps();
const Templates &customerThanks();
const Templates &teamFollowUps();
const Templates &teamClosings();
const Templates &handOffReplies();
const Templates &generalNotes();

const Templates &spamSubjects();
const Templates &spamBodies();
const QStringList &spamSenderNames();
const QStringList &spamDomains();

// Agents and training data.

struct EscalationRule
{
    // "email", "chat", or empty for both.
    QString channel;
    QString rule;
    QString escalateTo;
};

struct AgentProfile
{
    QString name;
    QString description;
    QString tone;
    QString responseLength;
    std::optional<int> maxMessagesPerSession;
    bool hasAvatar = false;
    bool isActive = true;
    bool isCopilot = false;
    bool isEmailAgent = false;
    // Relative share of chats this agent starts, 0 for agents that take no chats.
    double chatShare = 0.0;
    // Takes most chats outside the customer's office hours.
    bool afterHours = false;
    // The tag of the topic whose chats this agent takes most of, or empty.
    QString focusTopic;
    QStringList prohibitedPhrases;
    std::vector<EscalationRule> escalationRules;
};

// Five agents: the chat copilot, the e-mail agent, two more active chat agents and a retired one.
const std::vector<AgentProfile> &agentProfiles();

struct Article
{
    QString title;
    QString content;
};

struct QuestionAnswer
{
    QString question;
    QString answer;
};

struct TrainingFile
{
    QString title;
    QString fileName;
    QString mimeType;
};

struct TrainingPage
{
    QString title;
    QString path;
};

const std::vector<Article> &articles();
const std::vector<QuestionAnswer> &questionAnswers();
const std::vector<TrainingFile> &trainingFiles();
const std::vector<TrainingPage> &trainingPages();
const QStringList &fileErrors();

} // namespace weav::sandbox::seed::text
