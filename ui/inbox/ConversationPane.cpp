#include "ConversationPane.h"

#include "AssigneePicker.h"
#include "Composer.h"
#include "ConflictDialog.h"
#include "TagEditor.h"
#include "ThreadView.h"
#include "common/ErrorText.h"
#include "common/TabOrder.h"
#include "common/RelativeTime.h"
#include "api/Endpoints.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "types/People.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcConversationPane, "weav.ui.conversation")

namespace {

using core::ConversationListModel;
using Kind = core::NameDirectory::Kind;

constexpr int ClockIntervalMs = 60 * 1000;

const QStringList Priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")};

QString iconHtml(const QString &icon)
{
    return QStringLiteral("<img src=\":/icons/%1\" width=\"14\" height=\"14\">").arg(icon);
}

// Sets a rich-text label and keeps its plain text in the "plainText" property, for headerText().
void setRichText(QLabel *label, const QString &plain, const QString &html)
{
    label->setProperty("plainText", plain);
    label->setText(html);
}

QString plainTextOf(const QLabel *label)
{
    if (!label->isVisibleTo(label->parentWidget()) || label->text().isEmpty())
        return {};
    if (label->textFormat() == Qt::PlainText)
        return label->text();
    return label->property("plainText").toString();
}

QLabel *newLabel(QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConversationPane::ConversationPane(core::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(new core::ConversationActions(session, this))
    , m_drafts(new core::DraftStore(session->profile().name, this))
    , m_thread(new core::MessageListModel(session->client(), session->names(), this))
{
    m_stack = new QStackedWidget(this);
    m_emptyPage = buildEmptyPage();
    m_contentPage = buildContentPage();
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_contentPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_threadView->setThreadModel(m_thread);
    m_clock.setInterval(ClockIntervalMs);
    m_clock.start();

    connectParts();
    connectSession();
    applyAbilities();
    updateComposerSender();
}

ConversationPane::~ConversationPane()
{
    m_drafts->save();
}

// ---- Building ---------------------------------------------------------------------------------

QWidget *ConversationPane::buildEmptyPage()
{
    auto *page = new QWidget(this);
    auto *text = new QLabel(tr("Select a conversation to read it here."), page);
    text->setAlignment(Qt::AlignCenter);
    text->setStyleSheet(QStringLiteral("QLabel { color: #5f6b7a; }"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    return page;
}

QWidget *ConversationPane::buildContentPage()
{
    auto *page = new QWidget(this);

    m_readOnlyNote = newLabel(page, Qt::RichText);
    m_readOnlyNote->setStyleSheet(QStringLiteral("QLabel { background: #eef2f7; color: #37414f; padding: 4px; "
                                                 "border: 1px solid #c5ced8; border-radius: 3px; }"));
    m_readOnlyNote->hide();

    m_threadView = new ThreadView(page);
    m_composer = new Composer(page);
    m_composer->setMaximumHeight(190);

    QWidget *header = buildHeader();
    QWidget *actions = buildActions();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(header);
    layout->addWidget(actions);
    layout->addWidget(m_threadView, 1);
    layout->addWidget(m_composer);

    // The thread and the composer are created before the header and the actions above them.
    setTabOrderByBlocks({header, actions, m_threadView, m_composer});
    return page;
}

QWidget *ConversationPane::buildHeader()
{
    auto *header = new QWidget(this);

    m_subject = newLabel(header);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.2);
    m_subject->setFont(subjectFont);

    m_facts = newLabel(header, Qt::RichText);
    m_people = newLabel(header);
    m_assignee = newLabel(header, Qt::RichText);
    m_tags = newLabel(header, Qt::RichText);
    m_created = newLabel(header);
    m_firstResponse = newLabel(header);
    m_closed = newLabel(header);
    for (QLabel *time : {m_created, m_firstResponse, m_closed}) {
        time->setWordWrap(false);
        time->setStyleSheet(QStringLiteral("QLabel { color: #5f6b7a; }"));
    }

    auto *times = new QHBoxLayout;
    times->setSpacing(14);
    times->addWidget(m_created);
    times->addWidget(m_firstResponse);
    times->addWidget(m_closed);
    times->addStretch();

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_subject);
    layout->addWidget(m_facts);
    layout->addWidget(m_people);
    layout->addWidget(m_assignee);
    layout->addWidget(m_tags);
    layout->addLayout(times);
    return header;
}

QWidget *ConversationPane::buildActions()
{
    auto *actions = new QWidget(this);

    m_picker = new AssigneePicker(m_session, actions);
    m_priority = new QComboBox(actions);
    m_priority->setAccessibleName(tr("Priority"));
    for (const QString &priority : Priorities)
        m_priority->addItem(ConversationListModel::priorityLabel(priority), priority);
    m_statusButton = new QPushButton(actions);
    m_statusButton->setAutoDefault(false);
    m_tagEditor = new TagEditor(actions);

    m_actionMessage = newLabel(actions, Qt::RichText);
    m_actionMessage->hide();

    auto *grid = new QGridLayout(actions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(new QLabel(tr("Assignee"), actions), 0, 0);
    grid->addWidget(m_picker, 0, 1);
    grid->addWidget(new QLabel(tr("Priority"), actions), 0, 2);
    grid->addWidget(m_priority, 0, 3);
    grid->addWidget(m_statusButton, 0, 4);
    grid->addWidget(new QLabel(tr("Tags"), actions), 1, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addWidget(m_tagEditor, 1, 1, 1, 4);
    grid->addWidget(m_actionMessage, 2, 0, 1, 5);
    grid->setColumnStretch(1, 1);
    return actions;
}

void ConversationPane::connectParts()
{
    connect(m_actions, &core::ConversationActions::updated, this, &ConversationPane::onUpdated);
    connect(m_actions, &core::ConversationActions::failed, this, &ConversationPane::onUpdateFailed);
    connect(m_actions, &core::ConversationActions::conflict, this, &ConversationPane::onConflict);
    connect(m_actions, &core::ConversationActions::refreshed, this, &ConversationPane::onRefreshed);
    connect(m_actions, &core::ConversationActions::messagePosted, this, &ConversationPane::onMessagePosted);
    connect(m_actions, &core::ConversationActions::messageFailed, this, &ConversationPane::onMessageFailed);

    connect(m_picker, &AssigneePicker::assigneeChosen, this, [this](const core::Assignee &assignee) {
        core::ConversationChanges changes;
        changes.assignee = assignee;
        requestChange(changes);
    });
    connect(m_priority, &QComboBox::activated, this, [this](int index) {
        core::ConversationChanges changes;
        changes.priority = m_priority->itemData(index).toString();
        requestChange(changes);
    });
    connect(m_statusButton, &QPushButton::clicked, this, [this] {
        if (!m_conversation)
            return;
        core::ConversationChanges changes;
        changes.status = m_conversation->isClosed() ? QStringLiteral("open") : QStringLiteral("closed");
        requestChange(changes);
    });
    connect(m_tagEditor, &TagEditor::tagsEdited, this, [this](const QStringList &tags) {
        core::ConversationChanges changes;
        changes.tags = tags;
        requestChange(changes);
    });

    connect(m_composer, &Composer::sendRequested, this, &ConversationPane::onSendRequested);
    connect(m_composer, &Composer::textEdited, this, [this](Mode mode, const QString &text) {
        if (m_conversation)
            m_drafts->setText(m_conversation->id, mode, text);
    });
    connect(m_drafts, &core::DraftStore::saveFailed, this, [this](const QString &message) {
        m_composer->showError(tr("Your draft could not be saved on this computer: %1").arg(message));
    });

    connect(m_threadView, &ThreadView::firstPageShown, this, &ConversationPane::threadShown);
    connect(m_threadView, &ThreadView::retryRequested, this, &ConversationPane::reloadThreadIfFailed);
    connect(m_picker, &AssigneePicker::peopleLoaded, this, &ConversationPane::updateHeader);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        updateTimes();
        m_threadView->viewport()->update();
    });
}

void ConversationPane::connectSession()
{
    connect(m_session, &core::Session::abilitiesChanged, this, &ConversationPane::applyAbilities);
    connect(m_session, &core::Session::tokenRequired, this, &ConversationPane::onTokenRequired);
    connect(m_session, &core::Session::tokenRenewed, this, &ConversationPane::onTokenRenewed);
    connect(m_session, &core::Session::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            reloadThreadIfFailed();
    });
    connect(m_session->names(), &core::NameDirectory::namesChanged, this, [this] {
        updateHeader();
        updateComposerSender();
    });
    connect(m_session, &core::Session::teammateIdChanged, this, &ConversationPane::updateComposerSender);
}

// ---- Showing ----------------------------------------------------------------------------------

void ConversationPane::showConversation(const core::Conversation &conversation)
{
    if (isShown(conversation.id)) {
        // The same conversation from the list: an older copy must not replace a newer edit.
        if (conversation.updatedAt >= m_conversation->updatedAt)
            applyConversation(conversation, true);
        return;
    }

    // NOTE: tags typed and not saved are dropped here, unlike composer text, which the drafts keep.
    m_conversation = conversation;
    m_customerName.clear();
    m_companyId.clear();
    m_stack->setCurrentWidget(m_contentPage);
    clearActionMessage();
    setSaving(false);
    if (m_conflictDialog)
        m_conflictDialog->close();

    applyConversation(conversation, false);
    m_thread->setConversation(conversation.id);
    loadDrafts(conversation.id);
    fetchCustomer(conversation.customerId);
    qCDebug(lcConversationPane) << "showing conversation" << conversation.id;
}

void ConversationPane::clear()
{
    m_drafts->save();
    m_conversation.reset();
    m_customerName.clear();
    m_companyId.clear();
    m_composer->setTexts(QString(), QString());
    if (m_conflictDialog)
        m_conflictDialog->close();
    m_stack->setCurrentWidget(m_emptyPage);
}

std::optional<core::Conversation> ConversationPane::conversation() const
{
    return m_conversation;
}

void ConversationPane::applyConversation(const core::Conversation &conversation, bool keepTagEdits)
{
    m_conversation = conversation;
    m_picker->setConversation(conversation);
    m_tagEditor->setTags(conversation.tags, keepTagEdits);
    updateActionControls();
    updateHeader();
}

void ConversationPane::loadDrafts(const QString &conversationId)
{
    m_composer->setTexts(m_drafts->text(conversationId, Mode::Reply), m_drafts->text(conversationId, Mode::Note));
    const bool onlyNote = m_composer->text(Mode::Reply).isEmpty() && !m_composer->text(Mode::Note).isEmpty();
    if (onlyNote)
        m_composer->setMode(Mode::Note);
    m_composer->setSending(m_sending.contains(conversationId));
}

void ConversationPane::fetchCustomer(const QString &customerId)
{
    if (customerId.isEmpty())
        return;

    const QString conversationId = m_conversation ? m_conversation->id : QString();
    m_session->send(core::ApiRequest::get(core::endpoints::customer(customerId)), this,
                    [this, conversationId](const core::ApiResponse &response) {
                        if (!isShown(conversationId))
                            return;
                        const std::optional<core::Customer> customer =
                            response.ok() ? core::Customer::fromJson(response.object()) : std::nullopt;
                        if (!customer) {
                            qCInfo(lcConversationPane).noquote() << "customer of" << conversationId
                                                                 << "not read:" << response.error.summary();
                            m_customerName = m_conversation->customerId;
                            updateHeader();
                            return;
                        }
                        m_session->names()->remember(*customer);
                        m_customerName = customer->displayName();
                        m_companyId = customer->companyId;
                        updateHeader();
                    });
}

// ---- Header -----------------------------------------------------------------------------------

void ConversationPane::updateHeader()
{
    if (!m_conversation)
        return;
    const core::Conversation &c = *m_conversation;

    m_subject->setText(c.subject.isEmpty() ? tr("(no subject)") : c.subject);

    updateFacts(c);

    QString people = tr("Customer: %1").arg(customerName());
    if (!m_companyId.isEmpty())
        people += tr(" · Company: %1").arg(nameOf(int(Kind::Company), m_companyId));
    m_people->setText(people);

    const QString icon = c.assigneeType == QLatin1String("agent") ? QStringLiteral("ai-agent.svg")
                                                                  : QStringLiteral("teammate.svg");
    const QString assignee = c.isAssigned() ? tr("Assigned to %1").arg(assigneeText(c)) : tr("Unassigned");
    setRichText(m_assignee, assignee, (c.isAssigned() ? iconHtml(icon) + QLatin1Char(' ') : QString()) + assignee.toHtmlEscaped());

    if (c.tags.isEmpty()) {
        setRichText(m_tags, tr("No tags"), tr("No tags").toHtmlEscaped());
    } else {
        QStringList chips;
        for (const QString &tag : c.tags)
            chips.append(QStringLiteral("<span style=\"background:#e8eef7; color:#1f2933;\">&nbsp;%1&nbsp;</span>")
                             .arg(tag.toHtmlEscaped()));
        const QString plain = tr("Tags: %1").arg(c.tags.join(QStringLiteral(", ")));
        setRichText(m_tags, plain, tr("Tags:").toHtmlEscaped() + QLatin1Char(' ') + chips.join(QStringLiteral(" ")));
    }
    updateTimes();
}

// Status (as a badge), priority, channel and spam on one line.
void ConversationPane::updateFacts(const core::Conversation &c)
{
    const QString status = ConversationListModel::statusLabel(c.status);
    QStringList facts{tr("Priority: %1").arg(ConversationListModel::priorityLabel(c.priority)),
                      tr("%1 conversation").arg(ConversationListModel::channelLabel(c.channel))};
    if (c.isSpam)
        facts.append(tr("Marked as spam"));

    const QString badgeStyle = c.isClosed() ? QStringLiteral("background:#e6e9ee; color:#37414f;")
                                            : QStringLiteral("background:#dcf3e4; color:#17603a;");
    const QString badge = QStringLiteral("<span style=\"%1\">&nbsp;%2&nbsp;</span>").arg(badgeStyle, status.toHtmlEscaped());
    const QString separator = QStringLiteral(" · ");
    setRichText(m_facts, status + separator + facts.join(separator), badge + separator + facts.join(separator).toHtmlEscaped());
}

void ConversationPane::updateTimes()
{
    if (!m_conversation)
        return;
    const core::Conversation &c = *m_conversation;

    m_created->setText(tr("Created %1").arg(RelativeTime::format(c.createdAt)));
    m_created->setToolTip(RelativeTime::exactText(c.createdAt));

    if (c.firstResponseAt.isValid()) {
        m_firstResponse->setText(tr("First response %1").arg(RelativeTime::format(c.firstResponseAt)));
        m_firstResponse->setToolTip(RelativeTime::exactText(c.firstResponseAt));
    } else {
        m_firstResponse->setText(tr("No first response yet"));
        m_firstResponse->setToolTip(QString());
    }

    m_closed->setVisible(c.closedAt.isValid());
    m_closed->setText(tr("Closed %1").arg(RelativeTime::format(c.closedAt)));
    m_closed->setToolTip(RelativeTime::exactText(c.closedAt));
}

QString ConversationPane::assigneeText(const core::Conversation &conversation) const
{
    if (!conversation.isAssigned())
        return tr("Unassigned");
    if (conversation.assigneeType == QLatin1String("agent"))
        return tr("%1 (AI agent)").arg(nameOf(int(Kind::Agent), conversation.assigneeId));
    return tr("%1 (teammate)").arg(nameOf(int(Kind::User), conversation.assigneeId));
}

QString ConversationPane::nameOf(int kind, const QString &id) const
{
    const core::NameDirectory::Entry entry = m_session->names()->lookup(Kind(kind), id);
    if (entry.state == core::NameDirectory::State::Known)
        return entry.name;
    if (entry.state == core::NameDirectory::State::Loading)
        return QStringLiteral("…");
    return id;
}

// The customer's name is read with the customer record (for its company), so the name directory
// is only asked, not made to fetch the same record again.
QString ConversationPane::customerName() const
{
    if (!m_customerName.isEmpty())
        return m_customerName;
    const core::NameDirectory::Entry entry = m_session->names()->peek(Kind::Customer, m_conversation->customerId);
    return entry.state == core::NameDirectory::State::Known ? entry.name : QStringLiteral("…");
}

QString ConversationPane::tagsText(const QStringList &tags) const
{
    return tags.isEmpty() ? tr("no tags") : tags.join(QStringLiteral(", "));
}

QString ConversationPane::valueText(const QString &field, const core::Conversation &conversation) const
{
    if (field == QLatin1String("subject"))
        return conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject;
    if (field == QLatin1String("status"))
        return ConversationListModel::statusLabel(conversation.status);
    if (field == QLatin1String("priority"))
        return ConversationListModel::priorityLabel(conversation.priority);
    if (field == QLatin1String("assignee"))
        return assigneeText(conversation);
    if (field == QLatin1String("tags"))
        return tagsText(conversation.tags);
    if (field == QLatin1String("is_spam"))
        return conversation.isSpam ? tr("spam") : tr("not spam");

    QDateTime time;
    if (field == QLatin1String("first_response_at"))
        time = conversation.firstResponseAt;
    else if (field == QLatin1String("last_message_at"))
        time = conversation.lastMessageAt;
    else if (field == QLatin1String("closed_at"))
        time = conversation.closedAt;
    return time.isValid() ? RelativeTime::format(time) : tr("none");
}

QString ConversationPane::headerText() const
{
    QStringList lines;
    for (const QLabel *label : {m_subject, m_facts, m_people, m_assignee, m_tags, m_created, m_firstResponse, m_closed}) {
        const QString text = plainTextOf(label);
        if (!text.isEmpty())
            lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

// ---- Abilities --------------------------------------------------------------------------------

void ConversationPane::applyAbilities()
{
    const bool writable = m_session->canWrite();
    const QString reason = m_session->readOnlyReason();

    m_readOnlyNote->setVisible(!writable);
    const QString note = writable ? QString() : tr("Read-only: %1").arg(reason);
    setRichText(m_readOnlyNote, note, writable ? QString() : iconHtml(QStringLiteral("read-only.svg")) + QLatin1Char(' ') + note.toHtmlEscaped());
    m_composer->setWritable(writable, reason);
    m_tagEditor->setWritable(writable, reason);
    updateActionControls();
}

void ConversationPane::updateActionControls()
{
    const bool writable = m_session->canWrite();
    const bool enabled = writable && !m_saving && m_conversation.has_value();
    const QString tip = writable ? QString() : m_session->readOnlyReason();

    m_picker->setEnabled(enabled);
    m_picker->setToolTip(writable ? tr("Type to find a teammate or AI agent") : tip);
    m_priority->setEnabled(enabled);
    m_priority->setToolTip(tip);
    m_statusButton->setEnabled(enabled);

    const bool closed = m_conversation && m_conversation->isClosed();
    m_statusButton->setText(closed ? tr("Reopen") : tr("Close"));
    const QString statusTip = closed ? tr("Reopen this conversation") : tr("Close this conversation");
    m_statusButton->setToolTip(writable ? statusTip : tip);
    m_tagEditor->setSaving(m_saving);

    if (m_conversation) {
        const QSignalBlocker blocker(m_priority);
        m_priority->setCurrentIndex(m_priority->findData(m_conversation->priority));
    }
}

void ConversationPane::updateComposerSender()
{
    const QString teammateId = m_session->teammateId();
    if (teammateId.isEmpty()) {
        m_composer->setSenderName(QString(), false);
        return;
    }
    const core::NameDirectory::Entry entry = m_session->names()->lookup(Kind::User, teammateId);
    m_composer->setSenderName(entry.state == core::NameDirectory::State::Known ? entry.name : QString(), true);
}

// ---- Edits ------------------------------------------------------------------------------------

void ConversationPane::requestChange(const core::ConversationChanges &changes)
{
    if (!m_conversation || m_saving)
        return;
    const core::ConversationChanges effective = changes.againstVersion(*m_conversation);
    if (effective.isEmpty())
        return;

    clearActionMessage();
    setSaving(true);
    m_actions->update(*m_conversation, effective);
}

void ConversationPane::setSaving(bool saving)
{
    m_saving = saving;
    if (saving)
        showActionNotice(tr("Saving…"));
    updateActionControls();
}

bool ConversationPane::isShown(const QString &conversationId) const
{
    return m_conversation && m_conversation->id == conversationId;
}

void ConversationPane::onUpdated(const core::Conversation &conversation)
{
    if (isShown(conversation.id)) {
        setSaving(false);
        clearActionMessage();
        applyConversation(conversation, false);
    }
    emit conversationUpdated(conversation);
}

void ConversationPane::onUpdateFailed(const core::ApiError &error, const core::ConversationChanges &changes,
                                      const QString &conversationId)
{
    // A late reply for a conversation shown before: ConversationActions has logged it.
    if (!isShown(conversationId))
        return;

    setSaving(false);
    clearActionMessage();

    // The controls go back to the stored values; typed tags stay in their field.
    m_picker->showAssignee(core::Assignee::of(*m_conversation));
    updateActionControls();

    if (changes.assignee && error.code == QLatin1String("INVALID_ASSIGNEE_TYPE")) {
        const QString chatAgent = m_conversation->agentId.isEmpty() ? QString() : nameOf(int(Kind::Agent), m_conversation->agentId);
        showActionError(ErrorText::assignmentRule(m_conversation->channel, chatAgent, m_picker->emailAgentName()),
                        ErrorText::details(error));
        return;
    }
    if (changes.tags && !ErrorText::fieldMessages(error, QStringLiteral("tags")).isEmpty()) {
        m_tagEditor->showServerErrors(error, *changes.tags);
        return;
    }
    showActionError(ErrorText::describe(error, failureText(changes)), ErrorText::details(error));
}

QString ConversationPane::failureText(const core::ConversationChanges &changes) const
{
    const QString subject = m_conversation && !m_conversation->subject.isEmpty() ? m_conversation->subject : tr("this conversation");
    if (changes.assignee) {
        core::Conversation target = *m_conversation;
        target.assigneeId = changes.assignee->id;
        target.assigneeType = changes.assignee->type;
        if (changes.assignee->isNone())
            return tr("Could not unassign “%1”").arg(subject);
        return tr("Could not assign “%1” to %2").arg(subject, assigneeText(target));
    }
    if (changes.status)
        return *changes.status == QLatin1String("closed") ? tr("Could not close “%1”").arg(subject)
                                                          : tr("Could not reopen “%1”").arg(subject);
    if (changes.priority)
        return tr("Could not change the priority of “%1”").arg(subject);
    if (changes.tags)
        return tr("Could not save the tags of “%1”").arg(subject);
    return tr("Could not change “%1”").arg(subject);
}

void ConversationPane::onConflict(const core::ConversationConflict &conflict)
{
    if (!isShown(conflict.current.id))
        return;
    showActionNotice(tr("Someone else changed this conversation; choose what to do with your change."));

    auto *dialog = new ConflictDialog(
        conflict, [this](const QString &field, const core::Conversation &c) { return valueText(field, c); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::applyChosen, this, [this, conflict] { resolveConflict(conflict, true); });
    connect(dialog, &ConflictDialog::discardChosen, this, [this, conflict] { resolveConflict(conflict, false); });
    dialog->open();
}

void ConversationPane::resolveConflict(const core::ConversationConflict &conflict, bool applyMine)
{
    if (!isShown(conflict.current.id))
        return;

    // Either way the pane moves to the server's version, so that the next edit is checked against it.
    applyConversation(conflict.current, false);
    emit conversationUpdated(conflict.current);

    const core::ConversationChanges effective = conflict.changes.againstVersion(conflict.current);
    if (!applyMine || effective.isEmpty()) {
        setSaving(false);
        clearActionMessage();
        if (!applyMine)
            showActionNotice(tr("Your change was discarded. This is the current version."));
        return;
    }

    showActionNotice(tr("Saving…"));
    m_actions->apply(conflict.current.id, effective);
}

void ConversationPane::onRefreshed(const core::Conversation &conversation)
{
    if (isShown(conversation.id) && !m_saving)
        applyConversation(conversation, true);
    emit conversationUpdated(conversation);
}

// ---- Messages ---------------------------------------------------------------------------------

void ConversationPane::onSendRequested(const QString &text, bool isInternal)
{
    if (!m_conversation || m_sending.contains(m_conversation->id))
        return;

    const QString id = m_conversation->id;
    const Mode mode = isInternal ? Mode::Note : Mode::Reply;
    m_drafts->setText(id, mode, text);
    m_drafts->save();

    m_sending.insert(id, mode);
    m_composer->setSending(true);
    m_actions->postMessage(id, text, isInternal);
}

void ConversationPane::onMessagePosted(const core::Message &message)
{
    const Mode mode = message.isInternal ? Mode::Note : Mode::Reply;
    m_sending.remove(message.conversationId);
    m_drafts->clear(message.conversationId, mode);
    if (!isShown(message.conversationId))
        return;

    m_composer->messageSent(mode);
    m_thread->upsert(message);
    m_threadView->scrollToNewest();
    // The message moved last_message_at, perhaps first_response_at, and updated_at.
    m_actions->refresh(message.conversationId);
}

void ConversationPane::onMessageFailed(const core::ApiError &error, const QString &conversationId, bool isInternal)
{
    m_sending.remove(conversationId);
    if (!isShown(conversationId)) {
        qCInfo(lcConversationPane).noquote() << "message to" << conversationId << "not sent; its text stays in the drafts:"
                                             << error.summary();
        return;
    }

    m_composer->setSending(false);
    const QStringList fieldMessages = ErrorText::fieldMessages(error, QStringLiteral("content"));
    if (!fieldMessages.isEmpty()) {
        m_composer->showFieldError(fieldMessages.join(QLatin1Char(' ')));
        return;
    }
    const QString failure = isInternal ? tr("The note was not added") : tr("The reply was not sent");
    m_composer->showError(ErrorText::describe(error, failure) + QLatin1Char(' ') + tr("Your text is kept."),
                          ErrorText::details(error));
}

void ConversationPane::onTokenRequired()
{
    const QString waiting = tr("The server refused the token. What you sent waits here and goes out once you sign "
                               "in again.");
    if (m_conversation && m_sending.contains(m_conversation->id))
        m_composer->showNotice(waiting);
    if (m_saving)
        showActionNotice(waiting);
}

void ConversationPane::onTokenRenewed()
{
    if (m_saving)
        showActionNotice(tr("Saving…"));
    if (m_conversation && m_sending.contains(m_conversation->id))
        m_composer->showNotice(tr("Sending…"));
    reloadThreadIfFailed();
}

void ConversationPane::reloadThreadIfFailed()
{
    if (!m_conversation || !m_thread->hasFailed())
        return;
    qCInfo(lcConversationPane) << "loading the thread of" << m_conversation->id << "again";
    if (m_thread->rowCount() == 0)
        m_thread->reload();
    else
        m_thread->retry();
}

// ---- Messages under the actions ---------------------------------------------------------------

void ConversationPane::showActionError(const QString &message, const QString &details)
{
    setRichText(m_actionMessage, message,
                QStringLiteral("<span style=\"color:#a11d1d\">%1 %2</span>").arg(iconHtml(QStringLiteral("warning.svg")), message.toHtmlEscaped()));
    m_actionMessage->setToolTip(details);
    m_actionMessage->show();
}

void ConversationPane::showActionNotice(const QString &message)
{
    setRichText(m_actionMessage, message, QStringLiteral("%1 %2").arg(iconHtml(QStringLiteral("info.svg")), message.toHtmlEscaped()));
    m_actionMessage->setToolTip(QString());
    m_actionMessage->show();
}

void ConversationPane::clearActionMessage()
{
    setRichText(m_actionMessage, QString(), QString());
    m_actionMessage->setToolTip(QString());
    m_actionMessage->hide();
}

ConflictDialog *ConversationPane::conflictDialog() const
{
    return m_conflictDialog;
}

QString ConversationPane::actionMessage() const
{
    return plainTextOf(m_actionMessage);
}

QString ConversationPane::readOnlyNote() const
{
    return plainTextOf(m_readOnlyNote);
}

} // namespace weav::ui
