#pragma once

#include "api/ApiClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace weav::core {

struct Agent;
struct Company;
struct Customer;
struct User;

// Names for the ids that rows carry, so that a list never shows a bare UUID when the name can be
// known. Teammates (users) and AI agents are loaded in full, once per session, through the Pager,
// at the first lookup of either. Customers and companies are fetched one by one with
// GET /v1/customers/{id} or /v1/companies/{id} when a cell requests them. Duplicate lookups share
// one request, at most MaxLookupsInFlight requests run at a time, and every result is cached.
// A teammate or agent missing from the loaded list (created later) is fetched by id the same way.
//
// namesChanged(kind) is emitted at most once per kind and event-loop pass, so that models send one
// dataChanged for the affected column.
class NameDirectory : public QObject
{
    Q_OBJECT

public:
    enum class Kind { User, Agent, Customer, Company };
    Q_ENUM(Kind)

    enum class State {
        Loading, // the name is being fetched (or the lists are)
        Known,
        Failed,  // the record is missing, or the request failed
    };
    Q_ENUM(State)

    struct Entry
    {
        State state = State::Loading;
        QString name;
    };

    static constexpr int MaxLookupsInFlight = 4;

    explicit NameDirectory(ApiClient *client, QObject *parent = nullptr);
    ~NameDirectory() override;

    // Returns the name of id, and starts fetching it when it is not known yet. Safe to call from
    // QAbstractItemModel::data(): it never emits a signal synchronously.
    Entry lookup(Kind kind, const QString &id);
    // Returns what is known about id without starting a request.
    Entry peek(Kind kind, const QString &id) const;
    // "user" or "agent" for an id of the loaded teammates or AI agents, "" otherwise.
    QString assigneeKindOf(const QString &id) const;

    // Loads every teammate and AI agent, once; later calls do nothing.
    void loadPeople();
    bool arePeopleLoaded() const;
    // Both lists have been loaded, or have failed.
    bool arePeopleSettled() const;

    // Stores names from records loaded elsewhere (a customer list, a create reply).
    void remember(const User &user);
    void remember(const Agent &agent);
    void remember(const Customer &customer);
    void remember(const Company &company);

    // Forgets failed lookups, so that the next lookup sends a new request.
    void retryFailed();

    int lookupsInFlight() const { return int(m_inFlight.size()); }
    int lookupsQueued() const { return int(m_queue.size()); }

signals:
    void namesChanged(weav::core::NameDirectory::Kind kind);
    // Both people lists have been loaded, or have failed.
    void peopleLoaded();

private:
    enum class ListState { NotStarted, Loading, Loaded, Failed };

    struct PendingLookup
    {
        Kind kind;
        QString id;
    };

    Entry lookupPerson(Kind kind, const QString &id);
    Entry lookupById(Kind kind, const QString &id);
    void startListLoad(Kind kind);
    void onListPage(Kind kind, const QJsonArray &items);
    void onListDone(Kind kind, bool loaded);

    void startQueuedLookups();
    void onLookupFinished(ApiCall *call, const ApiResponse &response);
    void store(Kind kind, const QString &id, const Entry &entry);
    void markChanged(Kind kind);
    void emitChanges();

    static QString nameFromReply(Kind kind, const QJsonObject &object);
    static QString pathFor(Kind kind, const QString &id);

    QHash<QString, Entry> &entries(Kind kind) { return m_entries[int(kind)]; }
    const QHash<QString, Entry> &entries(Kind kind) const { return m_entries[int(kind)]; }
    ListState &listState(Kind kind) { return kind == Kind::User ? m_usersState : m_agentsState; }
    ListState listState(Kind kind) const { return kind == Kind::User ? m_usersState : m_agentsState; }

    QPointer<ApiClient> m_client;
    QHash<QString, Entry> m_entries[4];
    ListState m_usersState = ListState::NotStarted;
    ListState m_agentsState = ListState::NotStarted;

    QList<PendingLookup> m_queue;
    bool m_startScheduled = false;
    QHash<ApiCall *, PendingLookup> m_inFlight;

    // Kinds as int, for QSet.
    QSet<int> m_changedKinds;
    QTimer m_changeTimer;
};

} // namespace weav::core
