#pragma once

#include "types/Conversation.h"
#include "workspace/ConversationActions.h"

#include <QComboBox>
#include <QPointer>

namespace weav::core {
class AgentListModel;
class Session;
class UserListModel;
}

namespace weav::ui {

// Chooses the assignee of a conversation: "Unassigned", the teammates (users) and the AI agents,
// each marked by icon and by text ("— teammate", "— AI agent"). Typing filters the list by any part
// of a name. The agents the conversation's channel allows are marked: the AI agent that started a
// chat, or the workspace's active email agent. Other agents stay in the list, because the server
// decides, and its rejection is shown to the person. assigneeChosen() is emitted only for the
// person's choice, never for setConversation().
class AssigneePicker : public QComboBox
{
    Q_OBJECT

public:
    enum ItemRole {
        AssigneeIdRole = Qt::UserRole + 1,
        AssigneeTypeRole,
    };

    explicit AssigneePicker(core::Session *session, QWidget *parent = nullptr);

    // Shows the conversation's assignee and marks the agents its channel allows.
    void setConversation(const core::Conversation &conversation);
    core::Assignee currentAssignee() const;
    // Selects an assignee without emitting assigneeChosen(), e.g. to revert a refused choice.
    void showAssignee(const core::Assignee &assignee);

    // The item index of an assignee, or -1.
    int indexOf(const core::Assignee &assignee) const;
    bool arePeopleLoaded() const;
    // The name of the workspace's active email agent, or an empty string.
    QString emailAgentName() const;

signals:
    void assigneeChosen(const weav::core::Assignee &assignee);
    // The teammates and AI agents have been loaded (or failed).
    void peopleLoaded();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void rebuild();
    void addPlaceholderFor(const core::Assignee &assignee);
    QString teammateText(const QString &name) const;
    QString agentText(const QString &name, const QString &agentId, bool isEmailAgent) const;
    void onActivated(int index);
    void onListLoaded();

    core::Session *m_session;
    core::UserListModel *m_users;
    core::AgentListModel *m_agents;
    int m_listsSettled = 0;
    QString m_channel;
    QString m_chatAgentId;
    core::Assignee m_assignee;
    bool m_rebuilding = false;
};

} // namespace weav::ui
