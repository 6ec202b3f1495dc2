// ConversationPane with real widgets offscreen against the in-process demo workspace: header and
// thread, assignment and its channel rule, replies and notes, status, tags, drafts, read-only
// tokens, the conflict dialog, failed sends and a reply that waits for a renewed token.
// Not covered yet: the thread reload after the workspace is reachable again (only the reload after a
// renewed token is), and the Retry button of a failed thread.

#include "UiTestSupport.h"
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "inbox/AssigneePicker.h"
#include "inbox/Composer.h"
#include "inbox/ConflictDialog.h"
#include "inbox/ConversationPane.h"
#include "inbox/TagEditor.h"
#include "inbox/ThreadDelegate.h"
#include "inbox/ThreadView.h"
#include "Sandbox.h"
#include "types/Agent.h"
#include "workspace/Session.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace weav;
using core::Conversation;
using Mode = core::DraftStore::Mode;

class ConversationPaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void showsHeaderAndThreadOfEmail();
    void showsChatThreadWithAgentMessages();
    void scrollingUpLoadsOlderMessages();
    void assignsTeammateThroughPicker();
    void otherAgentOnChatShowsChannelRule();
    void ctrlEnterSendsReply();
    void noteIsInternalAndLabelled();
    void closesThenReopens();
    void savesTagsAndRejectsLongTag();
    void showsServerTagErrorAtField();
    void draftSurvivesNewPane();
    void readOnlySessionDisablesWriteControls();
    void conflictApplyMineKeepsOtherChange();
    void conflictDiscardShowsNewVersion();
    void failedSendKeepsTextAndSaysWhy();
    void replyWaitsForRenewedToken();
    void failedThreadReloadsAfterTokenRenewed();
    void missingTeammateDisablesSending();

private:
    std::unique_ptr<ui::ConversationPane> newPane(core::Session *session);
    // An unused open conversation of the channel with at least minMessages messages; for chat, one
    // started by an AI agent.
    Conversation takeConversation(const QString &channel, int minMessages = 0);
    qint64 messageCount(const QString &conversationId);
    Conversation serverConversation(const QString &id);
    QJsonObject serverMessage(const QString &id);
    QList<core::Agent> agents();
    // The row of the thread whose content is text, or -1.
    int threadRowWithContent(ui::ConversationPane *pane, const QString &text);
    void showAndWait(ui::ConversationPane *pane, const Conversation &conversation);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir dataDir;
    ui::DemoWorkspace demo;
    core::Session *session = nullptr;
    QList<Conversation> openConversations;
    QSet<QString> used;
};

void ConversationPaneTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(core::DraftStore::defaultDirectory()).removeRecursively();

    ui::DemoOptions options;
    options.conversations = 300;
    options.dataPath = dataDir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(demo.startAndWait(options, &error), qPrintable(error));
    session = demo.createSession(this);
    QVERIFY(session->canWrite());
    QVERIFY(!session->teammateId().isEmpty());

    for (int page = 1; page <= 10; ++page) {
        QUrlQuery query{{QStringLiteral("status"), QStringLiteral("open")},
                        {QStringLiteral("per_page"), QStringLiteral("100")},
                        {QStringLiteral("page"), QString::number(page)}};
        const core::ApiResponse reply = session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
        QVERIFY2(reply.ok(), qPrintable(reply.error.summary()));
        const QJsonArray items = reply.object().value(QStringLiteral("data")).toArray();
        if (items.isEmpty())
            break;
        for (const QJsonValue &item : items) {
            if (auto conversation = Conversation::fromJson(item.toObject()))
                openConversations.append(*conversation);
        }
    }
    QVERIFY(openConversations.size() > 20);
}

void ConversationPaneTest::cleanup()
{
    demo.sandbox()->setFaultRates(0.0, 0.0);
}

std::unique_ptr<ui::ConversationPane> ConversationPaneTest::newPane(core::Session *paneSession)
{
    auto pane = std::make_unique<ui::ConversationPane>(paneSession);
    pane->resize(760, 980);
    pane->show();
    return pane;
}

Conversation ConversationPaneTest::takeConversation(const QString &channel, int minMessages)
{
    for (const Conversation &conversation : std::as_const(openConversations)) {
        if (used.contains(conversation.id) || conversation.channel != channel)
            continue;
        if (channel == QLatin1String("chat") && conversation.agentId.isEmpty())
            continue;
        if (minMessages > 0 && messageCount(conversation.id) < minMessages)
            continue;
        used.insert(conversation.id);
        return serverConversation(conversation.id);
    }
    qWarning("no unused open %s conversation is left in the demo workspace", qPrintable(channel));
    return {};
}

qint64 ConversationPaneTest::messageCount(const QString &conversationId)
{
    const core::ApiResponse reply = session->client()->sendAndWait(core::ApiRequest::get(
        core::endpoints::conversationMessages(conversationId), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("1")}}));
    return reply.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger();
}

Conversation ConversationPaneTest::serverConversation(const QString &id)
{
    const core::ApiResponse reply = session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversation(id)));
    return Conversation::fromJson(reply.object()).value_or(Conversation());
}

QJsonObject ConversationPaneTest::serverMessage(const QString &id)
{
    return session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::message(id))).object();
}

QList<core::Agent> ConversationPaneTest::agents()
{
    QList<core::Agent> result;
    const core::ApiResponse reply = session->client()->sendAndWait(
        core::ApiRequest::get(core::endpoints::agents(), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("100")}}));
    for (const QJsonValue &item : reply.object().value(QStringLiteral("data")).toArray()) {
        if (auto agent = core::Agent::fromJson(item.toObject()))
            result.append(*agent);
    }
    return result;
}

int ConversationPaneTest::threadRowWithContent(ui::ConversationPane *pane, const QString &text)
{
    core::MessageListModel *model = pane->threadModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).content == text)
            return row;
    }
    return -1;
}

void ConversationPaneTest::showAndWait(ui::ConversationPane *pane, const Conversation &conversation)
{
    QSignalSpy shown(pane, &ui::ConversationPane::threadShown);
    pane->showConversation(conversation);
    QVERIFY(shown.wait(20000));
    QTRY_VERIFY(pane->assigneePicker()->arePeopleLoaded());
}

void ConversationPaneTest::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(50); // lets pending layouts and repaints run before the grab
    ui::test::saveScreenshot(widget, name);
}

void ConversationPaneTest::showsHeaderAndThreadOfEmail()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    QCOMPARE(pane->conversation()->id, email.id);
    QVERIFY(pane->threadModel()->rowCount() > 0);
    QVERIFY(pane->threadView()->isAtNewest());
    QTRY_VERIFY(!pane->headerText().contains(QStringLiteral("…")));

    const QString header = pane->headerText();
    QVERIFY2(header.contains(email.subject), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("Email conversation")));
    QVERIFY(header.contains(QStringLiteral("Customer: ")));
    QVERIFY(header.contains(QStringLiteral("Created ")));

    // The customer's company comes from GET /v1/customers/{id}.
    const QJsonObject customer = session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::customer(email.customerId))).object();
    const QString companyId = customer.value(QStringLiteral("company_id")).toString();
    if (!companyId.isEmpty()) {
        const QJsonObject company = session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::company(companyId))).object();
        QVERIFY(header.contains(QStringLiteral("Company: ") + company.value(QStringLiteral("name")).toString()));
    }
    QVERIFY(pane->composer()->senderText().startsWith(QStringLiteral("Replying as ")));
    QVERIFY(!pane->composer()->senderText().contains(QStringLiteral("your teammate account")));
    screenshot(pane.get(), QStringLiteral("pane-email"));

    // The width the pane gets beside the inbox list in a small window.
    pane->resize(480, 820);
    QVERIFY(pane->threadView()->isAtNewest());
    screenshot(pane.get(), QStringLiteral("pane-email-narrow"));
}

void ConversationPaneTest::showsChatThreadWithAgentMessages()
{
    // A chat started by an AI agent whose thread has a message of that agent.
    auto pane = newPane(session);
    bool found = false;
    for (int attempt = 0; attempt < 15 && !found; ++attempt) {
        const Conversation chat = takeConversation(QStringLiteral("chat"));
        QVERIFY(!chat.id.isEmpty());
        showAndWait(pane.get(), chat);
        for (const core::Message &message : pane->threadModel()->rows())
            found = found || message.senderType == QLatin1String("agent");
    }
    QVERIFY(found);
    QTRY_VERIFY(!pane->headerText().contains(QStringLiteral("…")));
    QVERIFY(pane->headerText().contains(QStringLiteral("Chat conversation")));
    screenshot(pane.get(), QStringLiteral("pane-chat"));
}

void ConversationPaneTest::scrollingUpLoadsOlderMessages()
{
    // One message per page in a short view, so that the thread needs several pages.
    const Conversation longest = takeConversation(QStringLiteral("email"), 4);
    QVERIFY(!longest.id.isEmpty());
    const qint64 longestTotal = messageCount(longest.id);

    auto pane = newPane(session);
    pane->resize(760, 470);
    pane->threadModel()->setPerPage(1);
    showAndWait(pane.get(), longest);
    QTRY_VERIFY(!pane->threadModel()->isLoading());
    ui::ThreadView *view = pane->threadView();
    QVERIFY(view->isAtNewest());
    QVERIFY2(pane->threadModel()->rowCount() < longestTotal, qPrintable(QString::number(view->viewport()->height())));
    screenshot(pane.get(), QStringLiteral("pane-short-thread"));
    const QString newestId = pane->threadModel()->rowAt(pane->threadModel()->rowCount() - 1).id;

    const int before = pane->threadModel()->rowCount();
    view->verticalScrollBar()->setValue(0);
    QTRY_VERIFY(pane->threadModel()->rowCount() > before);
    QTRY_VERIFY(!pane->threadModel()->isLoading());

    // The message that was at the top stays in view: the older one went in above it.
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QCOMPARE(pane->threadModel()->rowAt(pane->threadModel()->rowCount() - 1).id, newestId);
}

void ConversationPaneTest::assignsTeammateThroughPicker()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    // A teammate other than the current assignee, found by typing part of the name.
    ui::AssigneePicker *picker = pane->assigneePicker();
    int target = -1;
    for (int i = 1; i < picker->count(); ++i) {
        const bool teammate = picker->itemData(i, ui::AssigneePicker::AssigneeTypeRole).toString() == QLatin1String("user");
        if (teammate && picker->itemData(i, ui::AssigneePicker::AssigneeIdRole).toString() != email.assigneeId) {
            target = i;
            break;
        }
    }
    QVERIFY(target > 0);
    const QString teammateId = picker->itemData(target, ui::AssigneePicker::AssigneeIdRole).toString();
    const QString itemText = picker->itemText(target);
    QVERIFY(itemText.endsWith(QStringLiteral("— teammate")));

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    picker->setFocus();
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), itemText.left(itemText.indexOf(QStringLiteral(" — "))));
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    const QModelIndexList matches = popup->model()->match(popup->model()->index(0, 0), Qt::DisplayRole, itemText, 1, Qt::MatchExactly);
    QCOMPARE(matches.size(), 1);
    popup->setCurrentIndex(matches.first());
    QTest::keyClick(popup, Qt::Key_Return);

    QTRY_COMPARE(updated.size(), 1);
    const Conversation server = serverConversation(email.id);
    QCOMPARE(server.assigneeId, teammateId);
    QCOMPARE(server.assigneeType, QStringLiteral("user"));
    QCOMPARE(pane->conversation()->assigneeId, teammateId);
    QVERIFY(pane->headerText().contains(QStringLiteral("(teammate)")));
    QVERIFY(pane->actionMessage().isEmpty());
}

void ConversationPaneTest::otherAgentOnChatShowsChannelRule()
{
    // The picker lists only active agents, so the chat must have been started by one. Which open
    // chat comes next depends on the tests before this one.
    const QList<core::Agent> allAgents = agents();
    const auto startedByActiveAgent = [&allAgents](const Conversation &conversation) {
        return std::any_of(allAgents.cbegin(), allAgents.cend(), [&conversation](const core::Agent &agent) {
            return agent.id == conversation.agentId && agent.isActive && !agent.isCopilot;
        });
    };
    Conversation chat = takeConversation(QStringLiteral("chat"));
    for (int attempt = 0; attempt < 20 && !chat.id.isEmpty() && !startedByActiveAgent(chat); ++attempt)
        chat = takeConversation(QStringLiteral("chat"));
    QVERIFY(!chat.id.isEmpty());
    QVERIFY2(startedByActiveAgent(chat), qPrintable(chat.agentId));
    auto pane = newPane(session);
    showAndWait(pane.get(), chat);

    QString startingAgentName;
    core::Agent other;
    for (const core::Agent &agent : agents()) {
        if (agent.id == chat.agentId)
            startingAgentName = agent.name;
        else if (!agent.isCopilot && agent.isActive && other.id.isEmpty())
            other = agent;
    }
    QVERIFY(!other.id.isEmpty());
    QVERIFY(!startingAgentName.isEmpty());

    ui::AssigneePicker *picker = pane->assigneePicker();
    const int index = picker->indexOf({other.id, QStringLiteral("agent")});
    QVERIFY(index > 0);
    QVERIFY(picker->itemText(index).contains(QStringLiteral("AI agent")));
    QVERIFY(picker->itemText(picker->indexOf({chat.agentId, QStringLiteral("agent")})).contains(QStringLiteral("started this chat")));

    picker->setCurrentIndex(index);
    emit picker->activated(index);

    QTRY_VERIFY(!pane->isSaving());
    const QString message = pane->actionMessage();
    QVERIFY2(message.contains(QStringLiteral("A chat conversation can be assigned to a teammate, to nobody, or to the AI "
                                             "agent that started the chat")),
             qPrintable(message));
    QVERIFY(message.contains(startingAgentName));
    QVERIFY(!message.contains(QStringLiteral("INVALID_ASSIGNEE_TYPE")));
    QCOMPARE(serverConversation(chat.id).assigneeId, chat.assigneeId);
    QCOMPARE(picker->currentAssignee(), core::Assignee::of(chat));
    screenshot(pane.get(), QStringLiteral("pane-assignment-rule"));
}

void ConversationPaneTest::ctrlEnterSendsReply()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    const QString text = QStringLiteral("Thanks, the refund is on its way. (reply %1)").arg(email.id.left(8));
    QPlainTextEdit *editor = pane->composer()->editor(Mode::Reply);
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY(threadRowWithContent(pane.get(), text) >= 0);
    QVERIFY(editor->toPlainText().isEmpty());
    QVERIFY(pane->drafts()->text(email.id, Mode::Reply).isEmpty());
    QVERIFY(pane->threadView()->isAtNewest());

    const core::Message posted = pane->threadModel()->rowAt(threadRowWithContent(pane.get(), text));
    const QJsonObject server = serverMessage(posted.id);
    QCOMPARE(server.value(QStringLiteral("content")).toString(), text);
    QCOMPARE(server.value(QStringLiteral("is_internal")).toBool(), false);
    QCOMPARE(server.value(QStringLiteral("sender_type")).toString(), QStringLiteral("user"));
    QCOMPARE(server.value(QStringLiteral("sender_id")).toString(), session->teammateId());

    // The pane reads the conversation again: the reply moved its times.
    QTRY_VERIFY(updated.size() >= 1);
    QVERIFY(pane->conversation()->lastMessageAt >= email.lastMessageAt);
    QVERIFY(pane->conversation()->firstResponseAt.isValid());
}

void ConversationPaneTest::noteIsInternalAndLabelled()
{
    const Conversation chat = takeConversation(QStringLiteral("chat"));
    QVERIFY(!chat.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), chat);

    ui::Composer *composer = pane->composer();
    QTest::mouseClick(composer->modeButton(Mode::Note), Qt::LeftButton);
    QCOMPARE(composer->mode(), Mode::Note);
    QVERIFY(composer->senderText().contains(QStringLiteral("not sent to the customer")));
    QCOMPARE(composer->sendButton()->text(), QStringLiteral("Add note"));

    const QString text = QStringLiteral("Customer is on the enterprise plan; check the contract first.");
    QTest::keyClicks(composer->editor(Mode::Note), text);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

    QTRY_VERIFY(threadRowWithContent(pane.get(), text) >= 0);
    const int row = threadRowWithContent(pane.get(), text);
    const QModelIndex index = pane->threadModel()->index(row, 0);
    QVERIFY(index.data(core::MessageListModel::InternalRole).toBool());
    QCOMPARE(ui::ThreadDelegate::internalNoteLabel(), QStringLiteral("Internal note — not sent to the customer"));

    const QJsonObject server = serverMessage(pane->threadModel()->rowAt(row).id);
    QCOMPARE(server.value(QStringLiteral("is_internal")).toBool(), true);
    QVERIFY(composer->editor(Mode::Note)->toPlainText().isEmpty());
    pane->threadView()->scrollToNewest();
    screenshot(pane.get(), QStringLiteral("pane-internal-note"));
}

void ConversationPaneTest::closesThenReopens()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);
    QCOMPARE(pane->statusButton()->text(), QStringLiteral("Close"));

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    QTest::mouseClick(pane->statusButton(), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(serverConversation(email.id).status, QStringLiteral("closed"));
    QVERIFY(serverConversation(email.id).closedAt.isValid());
    QCOMPARE(pane->statusButton()->text(), QStringLiteral("Reopen"));
    QVERIFY(pane->headerText().contains(QStringLiteral("Closed ")));

    QTest::mouseClick(pane->statusButton(), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(serverConversation(email.id).status, QStringLiteral("open"));
    QVERIFY(!serverConversation(email.id).closedAt.isValid());
    QCOMPARE(pane->statusButton()->text(), QStringLiteral("Close"));
}

void ConversationPaneTest::savesTagsAndRejectsLongTag()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);
    ui::TagEditor *tags = pane->tagEditor();

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    tags->lineEdit()->clear();
    QTest::keyClicks(tags->lineEdit(), QStringLiteral("vip, renewal , vip"));
    QVERIFY(tags->saveButton()->isEnabled());
    QTest::mouseClick(tags->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    const QStringList expected{QStringLiteral("vip"), QStringLiteral("renewal")};
    QCOMPARE(serverConversation(email.id).tags, expected);
    QCOMPARE(tags->lineEdit()->text(), QStringLiteral("vip, renewal"));
    QVERIFY(pane->headerText().contains(QStringLiteral("vip")));

    const QString tooLong(51, QLatin1Char('x'));
    QTest::keyClicks(tags->lineEdit(), QStringLiteral(", ") + tooLong);
    QVERIFY2(tags->fieldErrorText().contains(QStringLiteral("at most 50")), qPrintable(tags->fieldErrorText()));
    QVERIFY(!tags->saveButton()->isEnabled());
    // Enter would start the edit at once (the pane marks itself saving before any reply).
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QVERIFY(!pane->isSaving());
    QCOMPARE(updated.size(), 1);
    QCOMPARE(serverConversation(email.id).tags, expected);

    QTest::keyClick(tags->lineEdit(), Qt::Key_Backspace);
    QVERIFY(tags->fieldErrorText().isEmpty());
}

void ConversationPaneTest::showsServerTagErrorAtField()
{
    // A client check that lets a long tag through must still show the server's tags.N error at the field.
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    const QString tooLong(60, QLatin1Char('y'));
    emit pane->tagEditor()->tagsEdited({QStringLiteral("ok"), tooLong});
    QTRY_VERIFY(!pane->isSaving());

    const QString error = pane->tagEditor()->fieldErrorText();
    QVERIFY2(error.contains(QStringLiteral("Tag “yyyy")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("50")));
    QVERIFY(pane->actionMessage().isEmpty());
    QCOMPARE(serverConversation(email.id).tags, email.tags);
}

void ConversationPaneTest::draftSurvivesNewPane()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    const QString reply = QStringLiteral("Half-written reply\nwith two lines");
    const QString note = QStringLiteral("A note in progress");
    QString draftFile;
    {
        auto pane = newPane(session);
        showAndWait(pane.get(), email);
        QTest::keyClicks(pane->composer()->editor(Mode::Reply), QStringLiteral("Half-written reply"));
        QTest::keyClick(pane->composer()->editor(Mode::Reply), Qt::Key_Return);
        QTest::keyClicks(pane->composer()->editor(Mode::Reply), QStringLiteral("with two lines"));
        QTest::keyClicks(pane->composer()->editor(Mode::Note), note);
        draftFile = pane->drafts()->filePath();
    }
    QVERIFY(QFile::exists(draftFile));
    QVERIFY(draftFile.startsWith(core::DraftStore::defaultDirectory()));

    auto restarted = newPane(session);
    showAndWait(restarted.get(), email);
    QCOMPARE(restarted->composer()->text(Mode::Reply), reply);
    QCOMPARE(restarted->composer()->text(Mode::Note), note);

    // No token in the drafts file.
    QFile file(draftFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Half-written reply"));
    QVERIFY(!contents.contains("token"));
}

void ConversationPaneTest::readOnlySessionDisablesWriteControls()
{
    core::Session *reader = demo.createSession(this, QStringLiteral("read"));
    QVERIFY(!reader->canWrite());
    const QString reason = reader->readOnlyReason();

    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(reader);
    pane->drafts()->setText(email.id, Mode::Reply, QStringLiteral("Draft kept while read-only"));
    showAndWait(pane.get(), email);

    QVERIFY(pane->readOnlyNote().contains(reason));
    const QList<QWidget *> writeControls{pane->assigneePicker(),
                                         pane->priorityBox(),
                                         pane->statusButton(),
                                         pane->tagEditor()->lineEdit(),
                                         pane->tagEditor()->saveButton(),
                                         pane->composer()->editor(Mode::Reply),
                                         pane->composer()->editor(Mode::Note),
                                         pane->composer()->sendButton(),
                                         pane->composer()->modeButton(Mode::Note)};
    for (QWidget *control : writeControls)
        QVERIFY2(!control->isEnabled(), control->metaObject()->className());
    for (QWidget *control : {static_cast<QWidget *>(pane->assigneePicker()), static_cast<QWidget *>(pane->priorityBox()),
                             static_cast<QWidget *>(pane->statusButton()), static_cast<QWidget *>(pane->tagEditor()->saveButton()),
                             static_cast<QWidget *>(pane->composer()->sendButton())})
        QCOMPARE(control->toolTip(), reason);
    QCOMPARE(pane->composer()->text(Mode::Reply), QStringLiteral("Draft kept while read-only"));
    screenshot(pane.get(), QStringLiteral("pane-read-only"));
}

void ConversationPaneTest::conflictApplyMineKeepsOtherChange()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    // Someone else closes it after the pane showed it.
    const core::ApiResponse other = session->client()->sendAndWait(
        core::ApiRequest::put(core::endpoints::conversation(email.id), {{QStringLiteral("status"), QStringLiteral("closed")}}));
    QVERIFY(other.ok());

    const QString newPriority = email.priority == QLatin1String("urgent") ? QStringLiteral("low") : QStringLiteral("urgent");
    pane->priorityBox()->setCurrentIndex(pane->priorityBox()->findData(newPriority));
    emit pane->priorityBox()->activated(pane->priorityBox()->currentIndex());

    QTRY_VERIFY(pane->conflictDialog());
    ui::ConflictDialog *dialog = pane->conflictDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(dialog->otherChangeLines().contains(QStringLiteral("Status: Open → Closed (changed by someone else)")),
             qPrintable(dialog->otherChangeLines().join(QLatin1Char('\n'))));
    QCOMPARE(dialog->pendingChangeLines().size(), 1);
    QVERIFY(dialog->pendingChangeLines().first().startsWith(QStringLiteral("Priority: ")));
    QCOMPARE(serverConversation(email.id).priority, email.priority);
    screenshot(dialog, QStringLiteral("pane-conflict-dialog"));

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!pane->isSaving());
    QTRY_VERIFY(!pane->conflictDialog());

    const Conversation server = serverConversation(email.id);
    QCOMPARE(server.priority, newPriority);
    QCOMPARE(server.status, QStringLiteral("closed"));
    QCOMPARE(pane->conversation()->priority, newPriority);
    QCOMPARE(pane->conversation()->status, QStringLiteral("closed"));
    QVERIFY(updated.size() >= 2);
}

void ConversationPaneTest::conflictDiscardShowsNewVersion()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    const QStringList otherTags{QStringLiteral("escalated")};
    const core::ApiResponse other = session->client()->sendAndWait(core::ApiRequest::put(
        core::endpoints::conversation(email.id), {{QStringLiteral("tags"), QJsonArray::fromStringList(otherTags)}}));
    QVERIFY(other.ok());

    QSignalSpy updated(pane.get(), &ui::ConversationPane::conversationUpdated);
    QTest::mouseClick(pane->statusButton(), Qt::LeftButton);
    QTRY_VERIFY(pane->conflictDialog());
    ui::ConflictDialog *dialog = pane->conflictDialog();
    QVERIFY2(dialog->otherChangeLines().first().startsWith(QStringLiteral("Tags: ")),
             qPrintable(dialog->otherChangeLines().join(QLatin1Char('\n'))));
    QVERIFY(dialog->otherChangeLines().first().contains(QStringLiteral("→ escalated (changed by someone else)")));
    QCOMPARE(dialog->pendingChangeLines(), QStringList{QStringLiteral("Status: Open → Closed")});

    QTest::mouseClick(dialog->discardButton(), Qt::LeftButton);
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(serverConversation(email.id).status, QStringLiteral("open"));
    QCOMPARE(pane->conversation()->tags, otherTags);
    QCOMPARE(pane->tagEditor()->lineEdit()->text(), QStringLiteral("escalated"));
    QVERIFY(pane->actionMessage().contains(QStringLiteral("discarded")));
    QVERIFY(!pane->isSaving());
}

void ConversationPaneTest::failedSendKeepsTextAndSaysWhy()
{
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(session);
    showAndWait(pane.get(), email);

    demo.sandbox()->setFaultRates(1.0, 0.0);
    const QString text = QStringLiteral("This reply meets a failing server.");
    QTest::keyClicks(pane->composer()->editor(Mode::Reply), text);
    QTest::mouseClick(pane->composer()->sendButton(), Qt::LeftButton);

    QTRY_VERIFY(!pane->composer()->messageText().isEmpty());
    const QString error = pane->composer()->messageText();
    QVERIFY2(error.startsWith(QStringLiteral("The reply was not sent: ")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("the server failed while handling it")));
    QVERIFY(error.contains(QStringLiteral("Try again")));
    QVERIFY(error.contains(QStringLiteral("Your text is kept.")));
    QCOMPARE(pane->composer()->text(Mode::Reply), text);
    QCOMPARE(pane->drafts()->text(email.id, Mode::Reply), text);
    QVERIFY(!pane->composer()->isSending());
    QVERIFY(pane->composer()->sendButton()->isEnabled());
    QCOMPARE(threadRowWithContent(pane.get(), text), -1);
    screenshot(pane.get(), QStringLiteral("pane-send-failed"));
}

void ConversationPaneTest::replyWaitsForRenewedToken()
{
    const QString token = demo.createToken();
    core::Session renewable(demo.profile(), token);
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(&renewable);
    showAndWait(pane.get(), email);
    QTRY_VERIFY(!pane->headerText().contains(QStringLiteral("…")));

    QVERIFY(demo.revokeToken(token));
    QSignalSpy tokenRequired(&renewable, &core::Session::tokenRequired);
    const QString text = QStringLiteral("Sent once the token is renewed.");
    QTest::keyClicks(pane->composer()->editor(Mode::Reply), text);
    QTest::keyClick(pane->composer()->editor(Mode::Reply), Qt::Key_Enter, Qt::ControlModifier);

    QTRY_COMPARE(renewable.parkedRequestCount(), 1);
    QCOMPARE(tokenRequired.size(), 1);
    QVERIFY(pane->composer()->isSending());
    QVERIFY(pane->composer()->messageText().contains(QStringLiteral("sign in again")));
    QCOMPARE(pane->composer()->text(Mode::Reply), text);

    renewable.renewToken(demo.createToken());
    QTRY_VERIFY(threadRowWithContent(pane.get(), text) >= 0);
    const core::Message posted = pane->threadModel()->rowAt(threadRowWithContent(pane.get(), text));
    QCOMPARE(serverMessage(posted.id).value(QStringLiteral("content")).toString(), text);
    QVERIFY(pane->composer()->text(Mode::Reply).isEmpty());
    QVERIFY(pane->composer()->messageText().isEmpty());
}

void ConversationPaneTest::failedThreadReloadsAfterTokenRenewed()
{
    const QString token = demo.createToken();
    core::Session renewable(demo.profile(), token);
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(&renewable);

    QVERIFY(demo.revokeToken(token));
    pane->showConversation(email);
    QTRY_VERIFY(pane->threadModel()->hasFailed());
    const QString overlay = pane->threadView()->overlayText();
    QVERIFY2(overlay.startsWith(QStringLiteral("The thread could not be loaded: ")), qPrintable(overlay));
    QVERIFY(overlay.contains(QStringLiteral("refused the token")));
    screenshot(pane.get(), QStringLiteral("pane-thread-failed"));

    QSignalSpy shown(pane.get(), &ui::ConversationPane::threadShown);
    renewable.renewToken(demo.createToken());
    QVERIFY(shown.wait(20000));
    QVERIFY(pane->threadModel()->rowCount() > 0);
    QVERIFY(pane->threadView()->overlayText().isEmpty());
}

void ConversationPaneTest::missingTeammateDisablesSending()
{
    core::Profile profile = demo.profile();
    profile.teammateId.clear();
    core::Session anonymous(profile, demo.createToken());
    const Conversation email = takeConversation(QStringLiteral("email"));
    QVERIFY(!email.id.isEmpty());
    auto pane = newPane(&anonymous);
    showAndWait(pane.get(), email);

    QTest::keyClicks(pane->composer()->editor(Mode::Reply), QStringLiteral("Nobody to send this as"));
    QVERIFY(pane->composer()->senderText().contains(QStringLiteral("No teammate is set")));
    QVERIFY(pane->composer()->senderText().contains(QStringLiteral("File > Settings > Replies")));
    QVERIFY(!pane->composer()->sendButton()->isEnabled());
}

QTEST_MAIN(ConversationPaneTest)
#include "tst_conversation_pane.moc"
