#pragma once

#include "types/Conversation.h"
#include "workspace/ConversationActions.h"
#include "workspace/DraftStore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace weav::core {
class MessageListModel;
class Session;
struct Message;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcConversationPane)

class AssigneePicker;
class Composer;
class ConflictDialog;
class TagEditor;
class ThreadView;

// The right side of the inbox: one conversation's header (subject, status, priority, channel,
// customer and company, assignee, tags, times), its thread, the composer for replies and internal
// notes, and the actions (assignee, status, priority, tags).
//
// Edits go through ConversationActions: the conversation is read again first, and when someone else
// changed it since it was shown, a ConflictDialog lets the person
// choose before anything is sent. Drafts are kept per
// conversation and mode in a DraftStore of the session's profile. With a read-only token every
// write control is disabled, with the reason as tooltip and as a note at the top.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(core::Session *session, QWidget *parent = nullptr);
    ~ConversationPane() override;

    void showConversation(const core::Conversation &conversation);
    void clear();
    std::optional<core::Conversation> conversation() const;

    // The parts, for the inbox and for tests.
    AssigneePicker *assigneePicker() const { return m_picker; }
    QComboBox *priorityBox() const { return m_priority; }
    QPushButton *statusButton() const { return m_statusButton; }
    TagEditor *tagEditor() const { return m_tagEditor; }
    Composer *composer() const { return m_composer; }
    ThreadView *threadView() const { return m_threadView; }
    core::MessageListModel *threadModel() const { return m_thread; }
    core::DraftStore *drafts() const { return m_drafts; }
    // The open conflict dialog, or nullptr.
    ConflictDialog *conflictDialog() const;

    // The line under the actions: a refused edit, the assignment rule, or "Saving…".
    QString actionMessage() const;
    // The note shown while the token may only read; empty otherwise.
    QString readOnlyNote() const;
    // The header as plain text, one line per row.
    QString headerText() const;
    // An edit is on its way to the server (or waits for a renewed token).
    bool isSaving() const { return m_saving; }

signals:
    // After any successful edit of the shown conversation.
    void conversationUpdated(const weav::core::Conversation &conversation);
    // The first page of the thread is shown.
    void threadShown();

private:
    using Mode = core::DraftStore::Mode;

    QWidget *buildEmptyPage();
    QWidget *buildContentPage();
    QWidget *buildHeader();
    QWidget *buildActions();
    void connectParts();
    void connectSession();

    void applyConversation(const core::Conversation &conversation, bool keepTagEdits);
    void updateHeader();
    void updateFacts(const core::Conversation &conversation);
    void updateTimes();
    void updateActionControls();
    void updateComposerSender();
    void applyAbilities();
    void fetchCustomer(const QString &customerId);

    bool isShown(const QString &conversationId) const;
    void requestChange(const core::ConversationChanges &changes);
    void onUpdated(const core::Conversation &conversation);
    void onUpdateFailed(const core::ApiError &error, const core::ConversationChanges &changes,
                        const QString &conversationId);
    void onConflict(const core::ConversationConflict &conflict);
    void onRefreshed(const core::Conversation &conversation);
    void resolveConflict(const core::ConversationConflict &conflict, bool applyMine);
    void setSaving(bool saving);
    QString failureText(const core::ConversationChanges &changes) const;

    void onSendRequested(const QString &text, bool isInternal);
    void onMessagePosted(const core::Message &message);
    void onMessageFailed(const core::ApiError &error, const QString &conversationId, bool isInternal);
    void loadDrafts(const QString &conversationId);
    void onTokenRequired();
    void onTokenRenewed();
    void reloadThreadIfFailed();

    void showActionError(const QString &message, const QString &details = {});
    void showActionNotice(const QString &message);
    void clearActionMessage();

    QString valueText(const QString &field, const core::Conversation &conversation) const;
    QString assigneeText(const core::Conversation &conversation) const;
    QString nameOf(int kind, const QString &id) const;
    QString customerName() const;
    QString tagsText(const QStringList &tags) const;

    core::Session *m_session;
    std::optional<core::Conversation> m_conversation;
    core::ConversationActions *m_actions;
    core::DraftStore *m_drafts;
    core::MessageListModel *m_thread;

    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QWidget *m_contentPage;
    QLabel *m_readOnlyNote;
    QLabel *m_subject;
    QLabel *m_facts;
    QLabel *m_people;
    QLabel *m_assignee;
    QLabel *m_tags;
    QLabel *m_created;
    QLabel *m_firstResponse;
    QLabel *m_closed;
    AssigneePicker *m_picker;
    QComboBox *m_priority;
    QPushButton *m_statusButton;
    TagEditor *m_tagEditor;
    QLabel *m_actionMessage;
    ThreadView *m_threadView;
    Composer *m_composer;
    QPointer<ConflictDialog> m_conflictDialog;

    // From GET /v1/customers/{id}: the customer's name (or id when the request failed) and company.
    QString m_customerName;
    QString m_companyId;
    bool m_saving = false;
    // Conversations with a message in flight, and its mode.
    QHash<QString, Mode> m_sending;
    QTimer m_clock;
};

} // namespace weav::ui
