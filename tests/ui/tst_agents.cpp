// The Agents area against the demo workspace. It covers the list with its training item counts,
// the form's checks at and past each limit, and create, edit, activate, deactivate and delete. It
// also covers the copilot's protected operations explained in words, kept drafts, and a read-only
// token.
// Not covered yet: a server that replies to a valid form with 422 field errors (the sandbox accepts
// everything the form's checks accept), a server without meta.total, and the prohibited phrases
// of an agent changed while it is shown.
#include "QuestionBoxes.h"
#include "UiTestSupport.h"

#include "agents/AgentForm.h"
#include "agents/AgentTableModel.h"
#include "agents/AgentTrainingCounts.h"
#include "agents/AgentsView.h"
#include "agents/NoticeLine.h"
#include "api/Endpoints.h"
#include "connect/FieldMessage.h"
#include "demo/DemoWorkspace.h"
#include "models/AgentListModel.h"
#include "workspace/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace weav;
using namespace weav::ui;
using core::AgentListModel;

namespace {

constexpr int ReplyTimeoutMs = 20000;

QString repeated(QChar character, int count)
{
    return QString(count, character);
}

// Types text into a line edit as a person does, after clearing it the same way.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The line edit of a form field by its API name.
QLineEdit *lineEditFor(AgentForm *form, const QString &field)
{
    if (field == QLatin1String("name"))
        return form->nameEdit();
    if (field == QLatin1String("avatar_url"))
        return form->avatarUrlEdit();
    if (field == QLatin1String("max_messages_per_session"))
        return form->maxMessagesEdit();
    if (field == QLatin1String("tone"))
        return form->toneBox()->lineEdit();
    if (field == QLatin1String("response_length"))
        return form->responseLengthBox()->lineEdit();
    return nullptr;
}


} // namespace

class TestAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void list_showsKindsAndServerCounts();
    void form_fieldLimits_data();
    void form_fieldLimits();
    void form_createSendsNewAgent();
    void form_editSavesChangedFieldsOnly();
    void form_draftKeptAcrossSelection();
    void form_showsPhrasesAndRulesReadOnly();
    void activeButton_deactivatesAndActivates();
    void deleteButton_asksThenDeletes();
    void copilot_deleteRefusalInWords();
    void copilot_deactivateRefusalInWords();
    void readOnlyToken_disablesWrites();

private:
    std::unique_ptr<AgentsView> openAgents(core::Session *session = nullptr);
    QJsonObject serverAgent(const QString &id);
    QJsonArray serverAgents();
    QString agentIdWhere(const std::function<bool(const core::Agent &)> &match, AgentsView *view) const;

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    core::Session *m_session = nullptr;
};

void TestAgents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.conversations = 40;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));
    m_session = m_demo.createSession(this);
    QVERIFY(m_session);
    QVERIFY(m_session->canWrite());
}

std::unique_ptr<AgentsView> TestAgents::openAgents(core::Session *session)
{
    auto view = std::make_unique<AgentsView>(session ? session : m_session);
    view->resize(1400, 800);
    QSignalSpy loaded(view.get(), &AgentsView::listLoaded);
    view->show();
    if (loaded.isEmpty() && !loaded.wait(ReplyTimeoutMs))
        return nullptr;
    return view;
}

QJsonObject TestAgents::serverAgent(const QString &id)
{
    const core::ApiResponse response = m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::agent(id)));
    return response.ok() ? response.object() : QJsonObject();
}

QJsonArray TestAgents::serverAgents()
{
    const core::ApiResponse response = m_session->client()->sendAndWait(
        core::ApiRequest::get(core::endpoints::agents(), QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("100")}}));
    return response.object().value(QStringLiteral("data")).toArray();
}

QString TestAgents::agentIdWhere(const std::function<bool(const core::Agent &)> &match, AgentsView *view) const
{
    for (const core::Agent &agent : view->model()->rows()) {
        if (match(agent))
            return agent.id;
    }
    return {};
}

void TestAgents::list_showsKindsAndServerCounts()
{
    const auto view = openAgents();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), int(serverAgents().size()));
    QCOMPARE(view->countLabel()->text(), QStringLiteral("Agents: %1").arg(view->model()->rowCount()));

    QStringList kinds;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        kinds.append(view->tableModel()->index(row, AgentListModel::KindColumn).data().toString());
    QVERIFY(kinds.contains(QStringLiteral("Copilot")));
    QVERIFY(kinds.contains(QStringLiteral("Email agent")));

    const int column = view->tableModel()->trainingItemsColumn();
    QCOMPARE(view->tableModel()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Training items"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString id = view->model()->rowAt(row).id;
        const QModelIndex cell = view->tableModel()->index(row, column);
        QTRY_VERIFY_WITH_TIMEOUT(cell.data().toString() != QStringLiteral("…"), ReplyTimeoutMs);

        const QUrlQuery query{{QStringLiteral("agent_id"), id}, {QStringLiteral("per_page"), QStringLiteral("1")}};
        const core::ApiResponse response =
            m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::trainingData(), query));
        const qint64 total = response.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInteger(-1);
        QCOMPARE(cell.data(AgentListModel::SortRole).toLongLong(), total);
    }
    test::saveScreenshot(view.get(), QStringLiteral("agents"));
}

void TestAgents::form_fieldLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("name 255") << "name" << repeated(QLatin1Char('n'), 255) << true;
    QTest::newRow("name 256") << "name" << repeated(QLatin1Char('n'), 256) << false;
    const QString avatarBase = QStringLiteral("https://cdn.example.com/");
    QTest::newRow("avatar 500") << "avatar_url" << avatarBase + repeated(QLatin1Char('a'), 500 - int(avatarBase.size())) << true;
    QTest::newRow("avatar 501") << "avatar_url" << avatarBase + repeated(QLatin1Char('a'), 501 - int(avatarBase.size())) << false;
    QTest::newRow("avatar not http") << "avatar_url" << "ftp://cdn.example.com/a.png" << false;
    QTest::newRow("max messages 0") << "max_messages_per_session" << "0" << false;
    QTest::newRow("max messages 1") << "max_messages_per_session" << "1" << true;
    QTest::newRow("max messages 1000") << "max_messages_per_session" << "1000" << true;
    QTest::newRow("max messages 1001") << "max_messages_per_session" << "1001" << false;
    QTest::newRow("tone 255") << "tone" << repeated(QLatin1Char('t'), 255) << true;
    QTest::newRow("tone 256") << "tone" << repeated(QLatin1Char('t'), 256) << false;
    QTest::newRow("response length 255") << "response_length" << repeated(QLatin1Char('r'), 255) << true;
    QTest::newRow("response length 256") << "response_length" << repeated(QLatin1Char('r'), 256) << false;
}

void TestAgents::form_fieldLimits()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);

    const auto view = openAgents();
    QVERIFY(view);
    const QString agentId = agentIdWhere([](const core::Agent &agent) { return !agent.isCopilot && agent.isActive; },
                                         view.get());
    QVERIFY(!agentId.isEmpty());
    view->selectAgent(agentId);
    AgentForm *form = view->form();
    QCOMPARE(form->agentId(), agentId);

    retype(lineEditFor(form, field), value);

    FieldMessage *message = form->messageFor(field);
    QCOMPARE(message->isVisible(), !valid);
    QCOMPARE(form->saveButton()->isEnabled(), valid);
    if (!valid) {
        QVERIFY(!message->text().isEmpty());
        return;
    }

    // The server accepts what the form accepts, and stores it.
    QSignalSpy saved(form, &AgentForm::agentSaved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(ReplyTimeoutMs));
    const QJsonValue stored = serverAgent(agentId).value(field);
    if (field == QLatin1String("max_messages_per_session"))
        QCOMPARE(stored.toInteger(), value.toLongLong());
    else
        QCOMPARE(stored.toString(), value);
    QVERIFY(!form->notice()->isVisible());
}

void TestAgents::form_createSendsNewAgent()
{
    const auto view = openAgents();
    QVERIFY(view);
    const int before = view->model()->rowCount();

    QTest::mouseClick(view->newButton(), Qt::LeftButton);
    AgentForm *form = view->form();
    QCOMPARE(form->mode(), AgentForm::Mode::Create);
    QVERIFY(!form->saveButton()->isEnabled());
    // The empty name is reported once the person has typed in the field.
    QVERIFY(!form->messageFor(QStringLiteral("name"))->isVisible());

    QTest::keyClicks(form->nameEdit(), QStringLiteral("Refunds helper"));
    QTest::keyClicks(form->descriptionEdit(), QStringLiteral("Explains refund timelines."));
    retype(form->maxMessagesEdit(), QStringLiteral("25"));
    form->toneBox()->setCurrentText(QStringLiteral("Warm"));
    form->responseLengthBox()->setCurrentText(QStringLiteral("Short"));
    QVERIFY(form->saveButton()->isEnabled());

    QSignalSpy saved(form, &AgentForm::agentSaved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(ReplyTimeoutMs));
    const core::Agent created = saved.first().first().value<core::Agent>();
    QVERIFY(saved.first().at(1).toBool());

    const QJsonObject stored = serverAgent(created.id);
    QCOMPARE(stored.value(QStringLiteral("name")).toString(), QStringLiteral("Refunds helper"));
    QCOMPARE(stored.value(QStringLiteral("description")).toString(), QStringLiteral("Explains refund timelines."));
    QCOMPARE(stored.value(QStringLiteral("max_messages_per_session")).toInt(), 25);
    QCOMPARE(stored.value(QStringLiteral("tone")).toString(), QStringLiteral("Warm"));
    QCOMPARE(stored.value(QStringLiteral("response_length")).toString(), QStringLiteral("Short"));
    QCOMPARE(stored.value(QStringLiteral("is_active")).toBool(), true);

    QCOMPARE(view->model()->rowCount(), before + 1);
    QCOMPARE(form->mode(), AgentForm::Mode::Edit);
    QCOMPARE(form->agentId(), created.id);
    QVERIFY(view->notice()->text().contains(QStringLiteral("created")));
}

void TestAgents::form_editSavesChangedFieldsOnly()
{
    const auto view = openAgents();
    QVERIFY(view);
    const QString agentId = agentIdWhere([](const core::Agent &agent) { return !agent.isCopilot; }, view.get());
    view->selectAgent(agentId);
    AgentForm *form = view->form();
    const QJsonObject before = serverAgent(agentId);

    QVERIFY(!form->saveButton()->isEnabled());
    form->toneBox()->setCurrentText(QStringLiteral("Direct"));
    QCOMPARE(form->changedFields(), QJsonObject({{QStringLiteral("tone"), QStringLiteral("Direct")}}));
    QVERIFY(form->saveButton()->isEnabled());

    QSignalSpy saved(form, &AgentForm::agentSaved);
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(ReplyTimeoutMs));

    const QList<core::ExchangeRecord> records = m_session->client()->history()->records();
    const auto put = std::find_if(records.crbegin(), records.crend(),
                                  [](const core::ExchangeRecord &record) { return record.method == "PUT"; });
    QVERIFY(put != records.crend());
    QCOMPARE(put->target, core::endpoints::agent(agentId));
    QCOMPARE(QJsonDocument::fromJson(put->body).object(), QJsonObject({{QStringLiteral("tone"), QStringLiteral("Direct")}}));

    const QJsonObject after = serverAgent(agentId);
    QCOMPARE(after.value(QStringLiteral("tone")).toString(), QStringLiteral("Direct"));
    QCOMPARE(after.value(QStringLiteral("name")), before.value(QStringLiteral("name")));
    QCOMPARE(after.value(QStringLiteral("description")), before.value(QStringLiteral("description")));
    QCOMPARE(after.value(QStringLiteral("max_messages_per_session")), before.value(QStringLiteral("max_messages_per_session")));
    QCOMPARE(view->model()->find(agentId)->tone, QStringLiteral("Direct"));
    QVERIFY(!form->hasUnsavedChanges());
}

void TestAgents::form_draftKeptAcrossSelection()
{
    const auto view = openAgents();
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() >= 2);
    const QString first = view->model()->rowAt(0).id;
    const QString second = view->model()->rowAt(1).id;

    view->selectAgent(first);
    retype(view->form()->nameEdit(), QStringLiteral("Name typed but not saved"));
    view->selectAgent(second);
    QCOMPARE(view->form()->agentId(), second);
    QCOMPARE(view->draftFor(first).value(QStringLiteral("name")).toString(), QStringLiteral("Name typed but not saved"));

    view->selectAgent(first);
    QCOMPARE(view->form()->nameEdit()->text(), QStringLiteral("Name typed but not saved"));
    QVERIFY(view->form()->hasUnsavedChanges());
    QCOMPARE(serverAgent(first).value(QStringLiteral("name")).toString(), view->model()->find(first)->name);
}

void TestAgents::form_showsPhrasesAndRulesReadOnly()
{
    const auto view = openAgents();
    QVERIFY(view);
    const QString agentId =
        agentIdWhere([](const core::Agent &agent) { return !agent.prohibitedPhrases.isEmpty() && !agent.escalationRules.isEmpty(); },
                     view.get());
    QVERIFY2(!agentId.isEmpty(), "the demo seed has an agent with phrases and escalation rules");
    view->selectAgent(agentId);

    const core::Agent agent = *view->model()->find(agentId);
    QTreeWidget *phrases = view->form()->prohibitedPhrases();
    QCOMPARE(phrases->topLevelItemCount(), int(agent.prohibitedPhrases.size()));
    QCOMPARE(phrases->topLevelItem(0)->text(0), agent.prohibitedPhrases.first().phrase);
    QVERIFY(!(phrases->topLevelItem(0)->flags() & Qt::ItemIsEditable));
    QTreeWidget *rules = view->form()->escalationRules();
    QCOMPARE(rules->topLevelItemCount(), int(agent.escalationRules.size()));
    QCOMPARE(rules->topLevelItem(0)->text(1), agent.escalationRules.first().rule);
    test::saveScreenshot(view->form(), QStringLiteral("agent-form"));
}

void TestAgents::activeButton_deactivatesAndActivates()
{
    const auto view = openAgents();
    QVERIFY(view);
    const QString agentId =
        agentIdWhere([](const core::Agent &agent) { return !agent.isCopilot && !agent.isEmailAgent && agent.isActive; },
                     view.get());
    view->selectAgent(agentId);
    QCOMPARE(view->activeButton()->text(), QStringLiteral("Deactivate"));

    QTest::mouseClick(view->activeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->find(agentId)->isActive, ReplyTimeoutMs);
    QCOMPARE(serverAgent(agentId).value(QStringLiteral("is_active")).toBool(), false);
    QCOMPARE(view->activeButton()->text(), QStringLiteral("Activate"));
    QVERIFY(!view->form()->activeBox()->isChecked());

    QTest::mouseClick(view->activeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->find(agentId)->isActive, ReplyTimeoutMs);
    QCOMPARE(serverAgent(agentId).value(QStringLiteral("is_active")).toBool(), true);
    QCOMPARE(view->activeButton()->text(), QStringLiteral("Deactivate"));
}

void TestAgents::deleteButton_asksThenDeletes()
{
    const QJsonObject created = [this] {
        const core::ApiResponse response = m_session->client()->sendAndWait(
            core::ApiRequest::post(core::endpoints::agents(), {{QStringLiteral("name"), QStringLiteral("Short-lived agent")}}));
        return response.object();
    }();
    const QString agentId = created.value(QStringLiteral("id")).toString();
    QVERIFY(!agentId.isEmpty());

    const auto view = openAgents();
    QVERIFY(view);
    view->selectAgent(agentId);

    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QVERIFY(test::clickQuestionButton(view.get(), QStringLiteral("Cancel")));
    QTest::qWait(50);
    QVERIFY(!serverAgent(agentId).isEmpty());
    QVERIFY(view->model()->rowOf(agentId) >= 0);

    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QVERIFY(test::clickQuestionButton(view.get(), QStringLiteral("Delete Agent")));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowOf(agentId), -1, ReplyTimeoutMs);
    QVERIFY(serverAgent(agentId).isEmpty());
    QVERIFY(view->form()->agentId() != agentId);
    QVERIFY(view->notice()->text().contains(QStringLiteral("was deleted")));
}

void TestAgents::copilot_deleteRefusalInWords()
{
    const auto view = openAgents();
    QVERIFY(view);
    const QString copilotId = agentIdWhere([](const core::Agent &agent) { return agent.isCopilot; }, view.get());
    QVERIFY2(!copilotId.isEmpty(), "the demo seed has a copilot");
    view->selectAgent(copilotId);

    QTest::mouseClick(view->deleteButton(), Qt::LeftButton);
    QVERIFY(test::clickQuestionButton(view.get(), QStringLiteral("Delete Agent")));
    QTRY_VERIFY_WITH_TIMEOUT(view->notice()->isVisible(), ReplyTimeoutMs);

    QCOMPARE(view->notice()->kind(), NoticeLine::Kind::Error);
    QVERIFY2(view->notice()->text().contains(QStringLiteral("copilot agent cannot be deleted or deactivated")),
             qPrintable(view->notice()->text()));
    QVERIFY(view->notice()->text().startsWith(QStringLiteral("Could not delete")));
    QVERIFY(view->model()->rowOf(copilotId) >= 0);
    QVERIFY(!serverAgent(copilotId).isEmpty());
}

void TestAgents::copilot_deactivateRefusalInWords()
{
    const auto view = openAgents();
    QVERIFY(view);
    const QString copilotId = agentIdWhere([](const core::Agent &agent) { return agent.isCopilot; }, view.get());
    view->selectAgent(copilotId);

    // Through the form: the check box sends is_active false, which the server refuses.
    AgentForm *form = view->form();
    QTest::mouseClick(form->activeBox(), Qt::LeftButton);
    QVERIFY(!form->activeBox()->isChecked());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->notice()->isVisible(), ReplyTimeoutMs);
    QVERIFY2(form->notice()->text().contains(QStringLiteral("copilot agent cannot be deleted or deactivated")),
             qPrintable(form->notice()->text()));
    // What the person chose stays in the form.
    QVERIFY(!form->activeBox()->isChecked());
    QCOMPARE(serverAgent(copilotId).value(QStringLiteral("is_active")).toBool(), true);

    // Through the toolbar.
    form->revert();
    QTest::mouseClick(view->activeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->notice()->isVisible(), ReplyTimeoutMs);
    QVERIFY(view->notice()->text().startsWith(QStringLiteral("Could not deactivate")));
    QVERIFY(view->notice()->text().contains(QStringLiteral("copilot agent cannot be deleted or deactivated")));
}

void TestAgents::readOnlyToken_disablesWrites()
{
    core::Session *readOnly = m_demo.createSession(this, QStringLiteral("read"));
    QVERIFY(readOnly);
    QVERIFY(!readOnly->canWrite());
    const auto view = openAgents(readOnly);
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 0);
    view->selectAgent(view->model()->rowAt(0).id);

    const QString reason = readOnly->readOnlyReason();
    QVERIFY(!reason.isEmpty());
    QVERIFY(view->readOnlyNote()->isVisible());
    QVERIFY(view->readOnlyNote()->text().contains(reason));
    for (QPushButton *button : {view->newButton(), view->activeButton(), view->deleteButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), reason);
    }
    QVERIFY(!view->form()->nameEdit()->isEnabled());
    QVERIFY(!view->form()->saveButton()->isEnabled());
    QCOMPARE(view->form()->saveButton()->toolTip(), reason);
}

QTEST_MAIN(TestAgents)
#include "tst_agents.moc"
