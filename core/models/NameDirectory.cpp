#include "NameDirectory.h"

#include "PagedListModel.h"
#include "api/Endpoints.h"
#include "api/Pager.h"
#include "types/Agent.h"
#include "types/People.h"

namespace weav::core {

NameDirectory::NameDirectory(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(0);
    connect(&m_changeTimer, &QTimer::timeout, this, &NameDirectory::emitChanges);
}

NameDirectory::~NameDirectory()
{
    // The calls are children of the client. When the client was deleted first (it is an earlier
    // child of the same Session), the calls went with it.
    if (!m_client)
        return;

    const QList<ApiCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        call->disconnect(this);
        call->cancel();
    }
}

NameDirectory::Entry NameDirectory::lookup(Kind kind, const QString &id)
{
    if (id.isEmpty())
        return {State::Known, {}};

    const auto found = entries(kind).constFind(id);
    if (found != entries(kind).constEnd())
        return *found;

    if (kind == Kind::User || kind == Kind::Agent)
        return lookupPerson(kind, id);
    return lookupById(kind, id);
}

NameDirectory::Entry NameDirectory::peek(Kind kind, const QString &id) const
{
    if (id.isEmpty())
        return {State::Known, {}};
    return entries(kind).value(id, Entry{});
}

QString NameDirectory::assigneeKindOf(const QString &id) const
{
    if (entries(Kind::User).contains(id))
        return QStringLiteral("user");
    if (entries(Kind::Agent).contains(id))
        return QStringLiteral("agent");
    return {};
}

NameDirectory::Entry NameDirectory::lookupPerson(Kind kind, const QString &id)
{
    if (listState(kind) == ListState::NotStarted)
        loadPeople();

    switch (listState(kind)) {
    case ListState::NotStarted:
    case ListState::Loading:
        return {};
    case ListState::Failed:
        // The list endpoint failed or does not exist; asking for each id would fail the same way.
        return {State::Failed, {}};
    case ListState::Loaded:
        break;
    }
    return lookupById(kind, id);
}

NameDirectory::Entry NameDirectory::lookupById(Kind kind, const QString &id)
{
    if (!m_client)
        return {State::Failed, {}};

    entries(kind).insert(id, Entry{});
    m_queue.append({kind, id});

    // Requests start from the event loop, so that data() only records what it needs.
    if (!m_startScheduled) {
        m_startScheduled = true;
        QMetaObject::invokeMethod(this, &NameDirectory::startQueuedLookups, Qt::QueuedConnection);
    }
    return {};
}

void NameDirectory::loadPeople()
{
    if (listState(Kind::User) == ListState::NotStarted)
        startListLoad(Kind::User);
    if (listState(Kind::Agent) == ListState::NotStarted)
        startListLoad(Kind::Agent);
}

bool NameDirectory::arePeopleLoaded() const
{
    return m_usersState == ListState::Loaded && m_agentsState == ListState::Loaded;
}

bool NameDirectory::arePeopleSettled() const
{
    auto settled = [](ListState state) { return state == ListState::Loaded || state == ListState::Failed; };
    return settled(m_usersState) && settled(m_agentsState);
}

void NameDirectory::startListLoad(Kind kind)
{
    if (!m_client) {
        listState(kind) = ListState::Failed;
        return;
    }

    const QString path = kind == Kind::User ? endpoints::users() : endpoints::agents();
    auto *pager = new Pager(m_client, ApiRequest::get(path), this);
    pager->setPerPage(100);
    listState(kind) = ListState::Loading;

    connect(pager, &Pager::pageReady, this, [this, kind](int, const QJsonArray &items, qint64) { onListPage(kind, items); });
    connect(pager, &Pager::finished, this, [this, kind, pager] {
        pager->deleteLater();
        onListDone(kind, true);
    });
    connect(pager, &Pager::failed, this, [this, kind, pager](const ApiError &error) {
        pager->deleteLater();
        qCWarning(lcModels).noquote() << "names of" << (kind == Kind::User ? "teammates" : "AI agents")
                                      << "not loaded:" << error.summary();
        onListDone(kind, false);
    });
    pager->start();
}

void NameDirectory::onListPage(Kind kind, const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            entries(kind).insert(id, {State::Known, nameFromReply(kind, object)});
    }
}

void NameDirectory::onListDone(Kind kind, bool loaded)
{
    listState(kind) = loaded ? ListState::Loaded : ListState::Failed;
    markChanged(kind);

    if (arePeopleSettled())
        emit peopleLoaded();
}

void NameDirectory::remember(const User &user)
{
    store(Kind::User, user.id, {State::Known, user.name.isEmpty() ? user.email : user.name});
}

void NameDirectory::remember(const Agent &agent)
{
    store(Kind::Agent, agent.id, {State::Known, agent.name});
}

void NameDirectory::remember(const Customer &customer)
{
    store(Kind::Customer, customer.id, {State::Known, customer.displayName()});
}

void NameDirectory::remember(const Company &company)
{
    store(Kind::Company, company.id, {State::Known, company.name});
}

void NameDirectory::retryFailed()
{
    for (int kind = 0; kind < 4; ++kind) {
        QHash<QString, Entry> &known = m_entries[kind];
        for (auto it = known.begin(); it != known.end();) {
            if (it->state == State::Failed)
                it = known.erase(it);
            else
                ++it;
        }
    }
    for (Kind kind : {Kind::User, Kind::Agent}) {
        if (listState(kind) == ListState::Failed)
            listState(kind) = ListState::NotStarted;
        markChanged(kind);
    }
    markChanged(Kind::Customer);
    markChanged(Kind::Company);
}

void NameDirectory::startQueuedLookups()
{
    m_startScheduled = false;
    while (m_client && m_inFlight.size() < MaxLookupsInFlight && !m_queue.isEmpty()) {
        const PendingLookup next = m_queue.takeFirst();
        ApiCall *call = m_client->send(ApiRequest::get(pathFor(next.kind, next.id)));
        m_inFlight.insert(call, next);
        connect(call, &ApiCall::finished, this, [this, call](const ApiResponse &response) { onLookupFinished(call, response); });
    }
}

void NameDirectory::onLookupFinished(ApiCall *call, const ApiResponse &response)
{
    const PendingLookup lookup = m_inFlight.take(call);

    Entry entry{State::Failed, {}};
    if (response.ok()) {
        entry.name = nameFromReply(lookup.kind, response.object());
        entry.state = entry.name.isEmpty() ? State::Failed : State::Known;
    }
    if (entry.state == State::Failed) {
        qCInfo(lcModels).noquote() << "name of" << pathFor(lookup.kind, lookup.id) << "not loaded:"
                                   << (response.ok() ? QStringLiteral("the record has no name") : response.error.summary());
    }

    store(lookup.kind, lookup.id, entry);
    startQueuedLookups();
}

void NameDirectory::store(Kind kind, const QString &id, const Entry &entry)
{
    if (id.isEmpty())
        return;

    QHash<QString, Entry> &known = entries(kind);
    const auto found = known.constFind(id);
    if (found != known.constEnd() && found->state == entry.state && found->name == entry.name)
        return;

    known.insert(id, entry);
    markChanged(kind);
}

void NameDirectory::markChanged(Kind kind)
{
    m_changedKinds.insert(int(kind));
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void NameDirectory::emitChanges()
{
    const QSet<int> changed = std::exchange(m_changedKinds, {});
    for (Kind kind : {Kind::User, Kind::Agent, Kind::Customer, Kind::Company}) {
        if (changed.contains(int(kind)))
            emit namesChanged(kind);
    }
}

QString NameDirectory::nameFromReply(Kind kind, const QJsonObject &object)
{
    switch (kind) {
    case Kind::User: {
        const std::optional<User> user = User::fromJson(object);
        if (!user)
            return {};
        return user->name.isEmpty() ? user->email : user->name;
    }
    case Kind::Agent: {
        const std::optional<Agent> agent = Agent::fromJson(object);
        return agent ? agent->name : QString();
    }
    case Kind::Customer: {
        const std::optional<Customer> customer = Customer::fromJson(object);
        return customer ? customer->displayName() : QString();
    }
    case Kind::Company: {
        const std::optional<Company> company = Company::fromJson(object);
        return company ? company->name : QString();
    }
    }
    return {};
}

QString NameDirectory::pathFor(Kind kind, const QString &id)
{
    switch (kind) {
    case Kind::User: return endpoints::user(id);
    case Kind::Agent: return endpoints::agent(id);
    case Kind::Customer: return endpoints::customer(id);
    case Kind::Company: return endpoints::company(id);
    }
    return {};
}

} // namespace weav::core
