// Teammates, companies and customers.

#include "SeedSteps.h"
#include "SeedText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace weav::sandbox::seed {

namespace {

const QString AdminRole = QStringLiteral("admin");
const QString LeadRole = QStringLiteral("lead");
const QString AgentRole = QStringLiteral("agent");

// The team's cultures, by index into text::cultures(): a support team spread over several countries.
constexpr std::array<double, 14> TeamCultureWeights = {30, 8, 6, 6, 5, 5, 6, 4, 5, 3, 8, 5, 4, 3};

struct PersonName
{
    QString first;
    QString last;
};

PersonName drawName(SeedRandom &random, int culture)
{
    const text::Culture &names = text::cultures()[size_t(culture)];
    return {random.pick(names.firstNames), random.pick(names.lastNames)};
}

// The address itself when unused, else the first free one with a number added to the local part.
QString uniqueAddress(QSet<QString> &used, const QString &localPart, const QString &domain)
{
    QString address = localPart + QLatin1Char('@') + domain;
    for (int suffix = 2; used.contains(address); ++suffix)
        address = localPart + QString::number(suffix) + QLatin1Char('@') + domain;
    used.insert(address);
    return address;
}

QString teammateRole(int index, int admins, int leads)
{
    if (index < admins)
        return AdminRole;
    if (index < admins + leads)
        return LeadRole;
    return AgentRole;
}

qint64 teammateJoinedAt(SeedContext &context, SeedRandom &random, const QString &role, bool hiredRecently)
{
    const qint64 founded = context.workspaceCreatedAt;
    if (hiredRecently)
        return context.nowMs - random.between(qint64(20), qint64(75)) * DayMs - random.between(qint64(0), DayMs);
    if (role == AdminRole)
        return founded + random.between(qint64(0), 400 * DayMs);
    if (role == LeadRole)
        return founded + random.between(20 * DayMs, 600 * DayMs);
    return random.between(founded + 60 * DayMs, context.historyStartMs - 10 * DayMs);
}

double teammateWorkload(SeedRandom &random, const QString &role)
{
    if (role == AdminRole)
        return 0.12;
    if (role == LeadRole)
        return 0.45 * random.logNormal(1.0, 0.2);
    return random.logNormal(1.0, 0.3);
}

// A time between `from` and now, closer to `from` more often than not.
qint64 laterEdit(SeedRandom &random, qint64 from, qint64 now)
{
    const double share = random.uniform();
    return from + qint64(double(std::max<qint64>(now - from, 0)) * share * share);
}

QString phoneNumber(SeedRandom &random, const text::Locale &locale)
{
    // North American numbers use the 555-01xx block that is reserved for fiction.
    if (locale.phonePrefix == QLatin1String("+1")) {
        return QStringLiteral("+1 %1 555 01%2")
            .arg(random.between(201, 989))
            .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(locale.phonePrefix)
        .arg(random.between(10, 99))
        .arg(random.between(1000000, 9999999));
}

QString companySlug(const QString &root, const QString &noun)
{
    return text::asciiName(root) + QLatin1Char('-') + text::asciiName(noun);
}

int drawLocale(SeedRandom &random)
{
    static const std::vector<double> shares = [] {
        std::vector<double> list;
        for (const text::Locale &locale : text::locales())
            list.push_back(locale.share);
        return list;
    }();
    return random.weighted(shares);
}

// A local part in one of the forms people use at work or on a free mail service.
QString localPart(SeedRandom &random, const PersonName &name, bool atWork, bool smallCompany)
{
    const QString first = text::asciiName(name.first);
    const QString last = text::asciiName(name.last);
    const double form = random.uniform();

    if (atWork) {
        if (smallCompany && form < 0.3)
            return first;
        if (form < 0.75)
            return first + QLatin1Char('.') + last;
        if (form < 0.9)
            return first.left(1) + QLatin1Char('.') + last;
        return first.left(1) + last;
    }

    if (form < 0.4)
        return first + QLatin1Char('.') + last;
    if (form < 0.7)
        return first + last + QString::number(random.between(1, 99));
    if (form < 0.85)
        return first + QLatin1Char('_') + last;
    return last + QLatin1Char('.') + first.left(1) + QString::number(random.between(70, 99));
}

Customer regularCustomer(SeedContext &context, SeedRandom &random, QSet<QString> &usedEmails, int companyIndex)
{
    Customer customer;
    customer.id = random.uuid();
    customer.company = companyIndex;

    const Company *company = companyIndex >= 0 ? &context.companies[size_t(companyIndex)] : nullptr;
    customer.locale = company && random.chance(0.85) ? company->locale : drawLocale(random);
    const text::Locale &locale = text::locales()[size_t(customer.locale)];

    const PersonName name = drawName(random, locale.culture);
    // Some chat visitors leave only an e-mail address.
    const bool nameless = !company && random.chance(0.08);
    if (!nameless) {
        customer.firstName = name.first;
        customer.lastName = name.last;
    }

    if (company) {
        const bool smallCompany = company->employeeCount.value_or(100) < 20;
        customer.email = uniqueAddress(usedEmails, localPart(random, name, true, smallCompany), company->domain);
    } else {
        const QString local = nameless ? random.pick(text::nicknames()) + QString::number(random.between(10, 9999))
                                       : localPart(random, name, false, false);
        customer.email = uniqueAddress(usedEmails, local, random.pick(text::mailProviders()));
    }

    const bool largeCompany = company && company->employeeCount.value_or(0) >= 2000;
    customer.isVip = random.chance(largeCompany ? 0.5 : 0.02);
    // Two thirds of customers write by e-mail by habit. With the habit kept 80% of the time,
    // about 60% of conversations are e-mail.
    customer.prefersChat = random.chance(1.0 / 3.0);
    customer.activity = random.logNormal(1.0, 0.75);
    return customer;
}

Customer spamSender(SeedRandom &random, QSet<QString> &usedEmails)
{
    Customer customer;
    customer.id = random.uuid();
    customer.isSpamSender = true;
    const QString domain = QStringLiteral("%1-%2.example").arg(random.pick(text::spamDomains())).arg(random.between(100, 9999));
    customer.email = uniqueAddress(usedEmails, random.pick(text::spamSenderNames()), domain);
    return customer;
}

// Every company gets one customer first, so that none is empty. The rest go to companies in
// proportion to the square root of their size.
std::vector<int> companiesForMembers(SeedContext &context, SeedRandom &random, int memberCount)
{
    WeightedIndex bySize;
    for (const Company &company : context.companies)
        bySize.add(std::sqrt(double(company.employeeCount.value_or(20))));

    std::vector<int> assigned;
    assigned.reserve(size_t(memberCount));
    for (int i = 0; i < memberCount; ++i) {
        if (i < int(context.companies.size()))
            assigned.push_back(i);
        else
            assigned.push_back(bySize.draw(random));
    }
    return assigned;
}

} // namespace

void seedTeam(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"team");
    const int count = context.scale.users;
    const int admins = count >= 20 ? 2 : 1;
    const int leads = std::max(1, int(std::lround(count * 0.2)));
    const int recentHires = count / 10;

    RowInserter users(context.db, QStringLiteral("users"),
                      {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("name"), QStringLiteral("email"),
                       QStringLiteral("role"), QStringLiteral("created_at"), QStringLiteral("updated_at")});

    QSet<QString> usedNames;
    QSet<QString> usedEmails;
    for (int i = 0; i < count; ++i) {
        PersonName name;
        do {
            name = drawName(random, random.weighted(TeamCultureWeights));
        } while (usedNames.contains(name.first + QLatin1Char(' ') + name.last));

        Teammate teammate;
        teammate.id = random.uuid();
        teammate.firstName = name.first;
        teammate.name = name.first + QLatin1Char(' ') + name.last;
        teammate.role = teammateRole(i, admins, leads);
        teammate.createdAt = teammateJoinedAt(context, random, teammate.role, i >= count - recentHires);
        teammate.workload = teammateWorkload(random, teammate.role);
        usedNames.insert(teammate.name);

        const QString email = uniqueAddress(usedEmails,
                                            text::asciiName(name.first) + QLatin1Char('.') + text::asciiName(name.last),
                                            context.domain);
        users.insert({teammate.id, context.workspaceId, teammate.name, email, teammate.role, teammate.createdAt,
                      laterEdit(random, teammate.createdAt, context.nowMs)});
        context.team.push_back(teammate);
    }
    context.summary.users = users.rowCount();
}

void seedCompanies(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"companies");
    const QStringList &roots = text::companyRoots();
    const std::vector<text::CompanyKind> &kinds = text::companyKinds();

    // Every root and noun pair once, in a shuffled order. Past that the pairs repeat as
    // companies of other countries.
    std::vector<int> pairs(size_t(roots.size()) * kinds.size());
    for (size_t i = 0; i < pairs.size(); ++i)
        pairs[i] = int(i);
    for (size_t i = pairs.size() - 1; i > 0; --i)
        std::swap(pairs[i], pairs[size_t(random.below(int(i) + 1))]);

    RowInserter companies(context.db, QStringLiteral("companies"),
                          {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("name"),
                           QStringLiteral("domain"), QStringLiteral("industry"), QStringLiteral("employee_count"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")});

    QSet<QString> usedDomains;
    for (int i = 0; i < context.scale.companies; ++i) {
        const int pair = pairs[size_t(i) % pairs.size()];
        const bool repeated = size_t(i) >= pairs.size();
        const QString &root = roots[pair / qsizetype(kinds.size())];
        const text::CompanyKind &kind = kinds[size_t(pair) % kinds.size()];

        Company company;
        company.id = random.uuid();
        company.locale = drawLocale(random);
        const text::Locale &locale = text::locales()[size_t(company.locale)];

        company.name = root + QLatin1Char(' ') + kind.noun;
        if (repeated || random.chance(0.4))
            company.name += QLatin1Char(' ') + locale.legalSuffix;

        QString slug = companySlug(root, kind.noun);
        if (repeated)
            slug += QLatin1Char('-') + locale.countryCode;
        QString domain = slug + QStringLiteral(".example");
        for (int suffix = 2; usedDomains.contains(domain); ++suffix)
            domain = slug + QString::number(suffix) + QStringLiteral(".example");
        usedDomains.insert(domain);
        company.domain = domain;

        if (!random.chance(0.04))
            company.employeeCount = std::clamp(int(std::lround(random.logNormal(40.0, 1.5))), 1, 150000);
        company.createdAt = context.nowMs - random.between(181 * DayMs, 1095 * DayMs);

        companies.insert({company.id, context.workspaceId, company.name, company.domain, kind.industry,
                          optionalInteger(company.employeeCount), company.createdAt,
                          laterEdit(random, company.createdAt, context.nowMs)});
        context.companies.push_back(company);
    }
    context.summary.companies = companies.rowCount();
}

void createCustomers(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"customers");
    const int count = context.scale.customers;
    const int spamSenders = std::max(3, count / 50);
    const int regular = count - spamSenders;
    const int members = std::min(regular, int(std::lround(regular * 0.71)));

    const std::vector<int> memberCompanies = companiesForMembers(context, random, members);

    QSet<QString> usedEmails;
    context.customers.reserve(size_t(count));
    for (int i = 0; i < regular; ++i) {
        const int company = i < members ? memberCompanies[size_t(i)] : -1;
        context.customers.push_back(regularCustomer(context, random, usedEmails, company));
    }
    for (int i = 0; i < spamSenders; ++i)
        context.customers.push_back(spamSender(random, usedEmails));
}

void dateCustomers(SeedContext &context, const std::vector<PlannedConversation> &plan)
{
    SeedRandom random = context.random.derive(u"customer dates");

    for (const PlannedConversation &conversation : plan) {
        Customer &customer = context.customers[size_t(conversation.customer)];
        if (customer.firstConversationAt == 0)
            customer.firstConversationAt = conversation.createdAt;
    }

    for (Customer &customer : context.customers) {
        // Customers without a conversation were imported or signed up without writing in.
        const qint64 firstContact = customer.firstConversationAt > 0
            ? customer.firstConversationAt
            : context.nowMs - random.between(HourMs, 2 * HistoryDays * DayMs);

        // Four in ten were known before they first wrote in. The rest were created by that message.
        qint64 createdAt = firstContact - random.between(qint64(0), 10 * MinuteMs);
        if (!customer.isSpamSender && random.chance(0.4))
            createdAt = firstContact - std::min<qint64>(qint64(random.logNormal(20.0 * DayMs, 1.0)), 180 * DayMs);
        if (customer.company >= 0)
            createdAt = std::max(createdAt, context.companies[size_t(customer.company)].createdAt + DayMs);

        customer.createdAt = std::min(createdAt, firstContact);
        customer.lastSeenAt = customer.firstConversationAt > 0
            ? customer.firstConversationAt
            : std::min(context.nowMs, firstContact + qint64(random.logNormal(2.0 * DayMs, 1.2)));
    }
}

void insertCustomers(SeedContext &context)
{
    SeedRandom random = context.random.derive(u"customer details");
    RowInserter customers(context.db, QStringLiteral("customers"),
                          {QStringLiteral("id"), QStringLiteral("workspace_id"), QStringLiteral("company_id"),
                           QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                           QStringLiteral("phone"), QStringLiteral("locale"), QStringLiteral("country"),
                           QStringLiteral("avatar_url"), QStringLiteral("first_seen_at"), QStringLiteral("last_seen_at"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")});

    for (const Customer &customer : context.customers) {
        const text::Locale *locale = customer.locale >= 0 ? &text::locales()[size_t(customer.locale)] : nullptr;
        const QString phone = locale && random.chance(0.45) ? phoneNumber(random, *locale) : QString();
        const QString avatar = !customer.isSpamSender && random.chance(0.12)
            ? QStringLiteral("https://avatars.example.com/customers/%1.jpg").arg(random.next() & 0xffffffffU, 8, 16, QLatin1Char('0'))
            : QString();
        const QVariant companyId = customer.company >= 0 ? QVariant(context.companies[size_t(customer.company)].id) : nullText();

        customers.insert({customer.id, context.workspaceId, companyId, optionalText(customer.firstName),
                          optionalText(customer.lastName), customer.email, optionalText(phone),
                          locale ? QVariant(locale->code) : nullText(), locale ? QVariant(locale->country) : nullText(),
                          optionalText(avatar), customer.createdAt, customer.lastSeenAt, customer.createdAt,
                          customer.lastSeenAt});
    }
    context.summary.customers = customers.rowCount();
}

} // namespace weav::sandbox::seed
