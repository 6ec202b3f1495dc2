#include "AdminScreenshots.h"

#include "AgentChecklist.h"
#include "MainWindow.h"
#include "TrainingView.h"
#include "TrainingWizard.h"
#include "UploadQueue.h"
#include "WizardUploadPages.h"
#include "agents/AgentForm.h"
#include "agents/AgentTableModel.h"
#include "agents/AgentTrainingCounts.h"
#include "agents/AgentsView.h"
#include "models/AgentListModel.h"
#include "models/TrainingListModel.h"
#include "api/Endpoints.h"
#include "workspace/Session.h"

#include <QJsonArray>

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

namespace weav::ui {

namespace {

AgentsView *agentsView(MainWindow *window)
{
    return qobject_cast<AgentsView *>(window->page(MainWindow::Area::Agents));
}

TrainingView *trainingView(MainWindow *window)
{
    return qobject_cast<TrainingView *>(window->page(MainWindow::Area::Training));
}

bool countsKnown(AgentsView *view)
{
    const core::AgentListModel *agents = view->model();
    for (const core::Agent &agent : agents->rows()) {
        if (view->trainingCounts()->count(agent.id).state == AgentTrainingCounts::State::Loading)
            return false;
    }
    return true;
}

// Calls ready once the list is loaded and every count has arrived.
void whenAgentsShown(AgentsView *view, QObject *context, ScreenshotReady ready)
{
    auto check = [view, ready] {
        if (view->model()->isComplete() && countsKnown(view))
            ready();
    };
    QObject::connect(view, &AgentsView::listLoaded, context, check);
    QObject::connect(view->trainingCounts(), &AgentTrainingCounts::countChanged, context, check);
    check();
}

} // namespace

void prepareAgentsScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail)
{
    AgentsView *view = agentsView(window);
    if (!view) {
        fail(AgentsView::tr("the Agents area is not built"));
        return;
    }
    window->showArea(MainWindow::Area::Agents);
    whenAgentsShown(view, context, ready);
}

void prepareAgentFormScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail)
{
    AgentsView *view = agentsView(window);
    if (!view) {
        fail(AgentsView::tr("the Agents area is not built"));
        return;
    }
    // With a read-only token the form shows its fields disabled, with the reason.
    window->showArea(MainWindow::Area::Agents);
    view->startCreate();
    AgentForm *form = view->form();
    form->applyFields({{QStringLiteral("name"), AgentForm::tr("Returns assistant")},
                       {QStringLiteral("description"), AgentForm::tr("Answers questions about returns and refunds.")},
                       {QStringLiteral("avatar_url"), QStringLiteral("ftp://files.example.com/returns.png")},
                       {QStringLiteral("max_messages_per_session"), QStringLiteral("1001")},
                       {QStringLiteral("tone"), QStringLiteral("Warm")},
                       {QStringLiteral("response_length"), QStringLiteral("Short")}});
    whenAgentsShown(view, context, ready);
}

void prepareTrainingScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail)
{
    TrainingView *view = trainingView(window);
    if (!view) {
        fail(TrainingView::tr("the Training data area is not built"));
        return;
    }

    auto selectText = [view, ready, fail] {
        const core::TrainingListModel *model = view->model();
        if (model->rowCount() == 0) {
            fail(TrainingView::tr("the workspace has no training data"));
            return;
        }
        QString chosen = model->rowAt(0).id;
        for (const core::TrainingItem &item : model->rows()) {
            if (item.type == QLatin1String("text")) {
                chosen = item.id;
                break;
            }
        }
        view->selectItem(chosen);
        ready();
    };

    window->showArea(MainWindow::Area::Training);
    if (view->model()->rowCount() > 0 && !view->model()->isLoading()) {
        selectText();
        return;
    }
    QObject::connect(view, &TrainingView::firstPageShown, context, selectText);
}

void prepareWizardSourceScreenshot(MainWindow *window, QObject *, ScreenshotReady ready, ScreenshotFail fail)
{
    TrainingView *view = trainingView(window);
    if (!view) {
        fail(TrainingView::tr("the Training data area is not built"));
        return;
    }
    window->showArea(MainWindow::Area::Training);
    if (!view->addButton()->isEnabled()) {
        fail(TrainingView::tr("the token cannot add training data, so the wizard cannot be opened"));
        return;
    }
    view->openWizard();
    ready();
}

namespace {

// The pages the step uploads. Their titles (host and path) all contain SamplePathMarker, so that
// the step finds and deletes what an earlier run left in the demo workspace.
const QString SamplePathMarker = QStringLiteral("/guides/");
const QString SamplePages = QStringLiteral("https://help.kestrel.example/guides/return-labels\n"
                                           "https://help.kestrel.example/guides/return-labels\n"
                                           "https://archive.kestrel.invalid/guides/old-returns\n"
                                           "https://help.kestrel.example/guides/customs-forms\n");

void uploadSamplePages(TrainingWizard *wizard, QObject *context, ScreenshotReady ready, ScreenshotFail fail)
{
    wizard->sourcePage()->setSource(SourcePage::Source::Urls);
    wizard->next();
    wizard->urlsPage()->editor()->setPlainText(SamplePages);
    wizard->next();
    AgentChecklist *agents = wizard->agentsPage()->checklist();
    if (agents->count() > 0)
        agents->item(0)->setCheckState(Qt::Checked);
    wizard->next();
    wizard->next();

    UploadQueue *queue = wizard->queue();
    if (!queue) {
        fail(TrainingView::tr("the upload did not start"));
        return;
    }
    QObject::connect(queue, &UploadQueue::settled, context, ready);
}

} // namespace

void prepareWizardResultScreenshot(MainWindow *window, QObject *context, ScreenshotReady ready, ScreenshotFail fail)
{
    TrainingView *view = trainingView(window);
    core::Session *session = window->session();
    if (!view || !session->isDemo()) {
        fail(TrainingView::tr("the wizard's result is captured in the demo workspace only, because it uploads "
                              "training data"));
        return;
    }
    window->showArea(MainWindow::Area::Training);
    TrainingWizard *wizard = view->openWizard();
    if (wizard->currentId() != TrainingWizard::SourcePageId) {
        fail(TrainingView::tr("the wizard is past its first page already"));
        return;
    }

    // The pages of an earlier run go first, so that repeated runs do not fill the demo workspace.
    const QUrlQuery query{{QStringLiteral("type"), QStringLiteral("url")}, {QStringLiteral("q"), SamplePathMarker},
                          {QStringLiteral("per_page"), QStringLiteral("100")}};
    session->send(core::ApiRequest::get(core::endpoints::trainingData(), query), context,
                  [session, wizard, context, ready, fail](const core::ApiResponse &response) {
                      const QJsonArray items = response.object().value(QStringLiteral("data")).toArray();
                      for (const QJsonValue &item : items) {
                          const QString id = item.toObject().value(QStringLiteral("id")).toString();
                          session->send(core::ApiRequest::remove(core::endpoints::trainingItem(id)), context,
                                        [](const core::ApiResponse &) {});
                      }
                      uploadSamplePages(wizard, context, ready, fail);
                  });
}

bool skipOutsideDemoWorkspace(MainWindow *window)
{
    return !window->session()->isDemo();
}

bool skipWithoutWriteAbility(MainWindow *window)
{
    return !window->session()->canWrite();
}

QWidget *trainingWizardScreenshotTarget(MainWindow *window)
{
    TrainingView *view = trainingView(window);
    return view ? view->wizard() : nullptr;
}

} // namespace weav::ui
