#include "AssigneePicker.h"

#include "models/AgentListModel.h"
#include "models/UserListModel.h"
#include "shell/ShellIcons.h"
#include "types/Agent.h"
#include "types/People.h"
#include "workspace/Session.h"

#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace weav::ui {

namespace {

template <typename T>
QList<T> sortedByName(QList<T> rows)
{
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return rows;
}

QIcon teammateIcon()
{
    return shellIcon(QStringLiteral("teammate"));
}

QIcon agentIcon()
{
    return shellIcon(QStringLiteral("ai-agent"));
}

} // namespace

AssigneePicker::AssigneePicker(core::Session *session, QWidget *parent)
    : QComboBox(parent)
    , m_session(session)
    , m_users(new core::UserListModel(session->client(), session->names(), this))
    , m_agents(new core::AgentListModel(session->client(), session->names(), this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    setMaxVisibleItems(16);
    setAccessibleName(tr("Assignee"));
    lineEdit()->setPlaceholderText(tr("Type a name to find a teammate or AI agent"));

    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);

    connect(this, &QComboBox::activated, this, &AssigneePicker::onActivated);

    // NOTE: the NameDirectory and the inbox's filter bar load the same two lists. A people list
    // shared by the session would remove the repeated requests.
    for (core::PagedListModel *list : {static_cast<core::PagedListModel *>(m_users), static_cast<core::PagedListModel *>(m_agents)}) {
        list->setPerPage(100);
        connect(list, &core::PagedListModel::completed, this, &AssigneePicker::onListLoaded);
        connect(list, &core::PagedListModel::loadFailed, this, &AssigneePicker::onListLoaded);
        list->loadAll();
    }
    rebuild();
}

void AssigneePicker::setConversation(const core::Conversation &conversation)
{
    const bool rulesChanged = conversation.channel != m_channel || conversation.agentId != m_chatAgentId;
    m_channel = conversation.channel;
    m_chatAgentId = conversation.agentId;
    m_assignee = core::Assignee::of(conversation);
    if (rulesChanged)
        rebuild();
    else
        showAssignee(m_assignee);
}

core::Assignee AssigneePicker::currentAssignee() const
{
    return {currentData(AssigneeIdRole).toString(), currentData(AssigneeTypeRole).toString()};
}

void AssigneePicker::showAssignee(const core::Assignee &assignee)
{
    m_assignee = assignee;
    m_rebuilding = true;
    int index = indexOf(assignee);
    if (index < 0) {
        addPlaceholderFor(assignee);
        index = count() - 1;
    }
    setCurrentIndex(index);
    setEditText(itemText(index));
    m_rebuilding = false;
}

int AssigneePicker::indexOf(const core::Assignee &assignee) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, AssigneeIdRole).toString() == assignee.id
            && (assignee.isNone() || itemData(i, AssigneeTypeRole).toString() == assignee.type))
            return i;
    }
    return -1;
}

bool AssigneePicker::arePeopleLoaded() const
{
    return m_listsSettled >= 2;
}

QString AssigneePicker::emailAgentName() const
{
    for (const core::Agent &agent : m_agents->rows()) {
        if (agent.isEmailAgent && agent.isActive)
            return agent.name;
    }
    return {};
}

void AssigneePicker::onListLoaded()
{
    ++m_listsSettled;
    rebuild();
    if (arePeopleLoaded())
        emit peopleLoaded();
}

void AssigneePicker::rebuild()
{
    m_rebuilding = true;
    clear();

    addItem(tr("Unassigned"), QString());
    setItemData(0, QString(), AssigneeIdRole);
    setItemData(0, QString(), AssigneeTypeRole);
    setItemData(0, tr("Nobody works on this conversation."), Qt::ToolTipRole);

    for (const core::User &user : sortedByName(m_users->rows())) {
        addItem(teammateIcon(), teammateText(user.name));
        const int row = count() - 1;
        setItemData(row, user.id, AssigneeIdRole);
        setItemData(row, QStringLiteral("user"), AssigneeTypeRole);
        setItemData(row, user.email, Qt::ToolTipRole);
    }

    for (const core::Agent &agent : sortedByName(m_agents->rows())) {
        // Copilots assist teammates and take no conversations; an inactive agent takes none either,
        // unless it is the current assignee, which must stay visible.
        const bool current = m_assignee.type == QLatin1String("agent") && m_assignee.id == agent.id;
        if ((agent.isCopilot || !agent.isActive) && !current)
            continue;
        addItem(agentIcon(), agentText(agent.name, agent.id, agent.isEmailAgent && agent.isActive));
        const int row = count() - 1;
        setItemData(row, agent.id, AssigneeIdRole);
        setItemData(row, QStringLiteral("agent"), AssigneeTypeRole);
        setItemData(row, agent.description, Qt::ToolTipRole);
    }

    m_rebuilding = false;
    showAssignee(m_assignee);
}

void AssigneePicker::addPlaceholderFor(const core::Assignee &assignee)
{
    const bool agent = assignee.type == QLatin1String("agent");
    const auto kind = agent ? core::NameDirectory::Kind::Agent : core::NameDirectory::Kind::User;
    const core::NameDirectory::Entry entry = m_session->names()->lookup(kind, assignee.id);
    const QString name = entry.state == core::NameDirectory::State::Known ? entry.name : assignee.id;

    addItem(agent ? agentIcon() : teammateIcon(), agent ? agentText(name, assignee.id, false) : teammateText(name));
    const int row = count() - 1;
    setItemData(row, assignee.id, AssigneeIdRole);
    setItemData(row, assignee.type, AssigneeTypeRole);
}

QString AssigneePicker::teammateText(const QString &name) const
{
    return tr("%1 — teammate").arg(name);
}

QString AssigneePicker::agentText(const QString &name, const QString &agentId, bool isEmailAgent) const
{
    if (m_channel == QLatin1String("chat") && agentId == m_chatAgentId)
        return tr("%1 — AI agent, started this chat").arg(name);
    if (m_channel == QLatin1String("email") && isEmailAgent)
        return tr("%1 — AI agent, email agent").arg(name);
    return tr("%1 — AI agent").arg(name);
}

void AssigneePicker::onActivated(int index)
{
    if (m_rebuilding || index < 0)
        return;

    const core::Assignee chosen{itemData(index, AssigneeIdRole).toString(), itemData(index, AssigneeTypeRole).toString()};
    if (chosen == m_assignee)
        return;
    emit assigneeChosen(chosen);
}

void AssigneePicker::focusOutEvent(QFocusEvent *event)
{
    // Text typed to filter, and not chosen, gives way to the shown assignee.
    QComboBox::focusOutEvent(event);
    if (currentIndex() >= 0 && currentText() != itemText(currentIndex()))
        setEditText(itemText(currentIndex()));
}

} // namespace weav::ui
