#include "ScreenshotRunner.h"

#include "MainWindow.h"

#include "activity/ActivityScreenshot.h"
#include "analytics/AnalyticsScreenshot.h"

#include "companies/CompaniesView.h"
#include "companies/CompanyDetail.h"
#include "customers/CustomerDetail.h"
#include "customers/CustomersView.h"
#include "customers/RecordListPanel.h"
#include "inbox/ConversationPane.h"
#include "inbox/InboxView.h"
#include "keyboard/PaletteScreenshot.h"
#include "settings/SettingsScreenshot.h"
#include "bulk/BulkScreenshot.h"
#include "training/AdminScreenshots.h"
#include "models/PagedListModel.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QTableView>

namespace weav::ui {

namespace {

// Rows of a page are inserted once per event-loop pass, and the table lays them out after that. A
// short wait after ready() lets the window paint them before the grab.
constexpr int SettleMs = 300;

void prepareInbox(MainWindow *window, QObject *context, std::function<void()> ready,
                  std::function<void(const QString &)>)
{
    window->showArea(MainWindow::Area::Inbox);
    InboxView *inbox = window->inbox();
    if (inbox->table()->model() && inbox->table()->model()->rowCount() > 0) {
        ready();
        return;
    }
    QObject::connect(inbox, &InboxView::firstPageShown, context, ready);
}

void prepareConversation(MainWindow *window, QObject *context, std::function<void()> ready,
                         std::function<void(const QString &)> fail)
{
    window->showArea(MainWindow::Area::Inbox);
    InboxView *inbox = window->inbox();
    const QAbstractItemModel *rows = inbox->table()->model();
    if (!rows || rows->rowCount() == 0) {
        fail(ScreenshotRunner::tr("the inbox has no conversation to open"));
        return;
    }

    const QString id = rows->index(0, 0).data(core::PagedListModel::IdRole).toString();
    QObject::connect(inbox->pane(), &ConversationPane::threadShown, context, ready);
    inbox->openConversation(id);
}

// Selects the first record of a people list once its first page is shown, and calls ready() when
// the detail pane's own list (conversations, customers) has its first page.
void selectFirstRecord(RecordListPanel *list, RecordListPanel *detailList, QObject *context, std::function<void()> ready,
                       std::function<void(const QString &)> fail)
{
    auto selectFirst = [list, detailList, context, ready, fail] {
        if (list->table()->model()->rowCount() == 0) {
            fail(ScreenshotRunner::tr("the list has no record to select"));
            return;
        }
        QObject::connect(detailList, &RecordListPanel::firstPageShown, context, ready);
        list->table()->selectRow(0);
    };
    if (list->table()->model()->rowCount() > 0) {
        selectFirst();
        return;
    }
    QObject::connect(list, &RecordListPanel::firstPageShown, context, selectFirst);
}

void prepareCustomers(MainWindow *window, QObject *context, std::function<void()> ready,
                      std::function<void(const QString &)> fail)
{
    window->showArea(MainWindow::Area::Customers);
    CustomersView *view = window->customers();
    selectFirstRecord(view->list(), view->detail()->conversationList(), context, ready, fail);
}

void prepareCompanies(MainWindow *window, QObject *context, std::function<void()> ready,
                      std::function<void(const QString &)> fail)
{
    window->showArea(MainWindow::Area::Companies);
    CompaniesView *view = window->companies();
    selectFirstRecord(view->list(), view->detail()->customerList(), context, ready, fail);
}

} // namespace

QList<ScreenshotStep> defaultScreenshotSteps()
{
    return {
        {QStringLiteral("inbox.png"), ScreenshotRunner::tr("the inbox"), prepareInbox},
        {QStringLiteral("conversation.png"), ScreenshotRunner::tr("the conversation view"), prepareConversation},
        {QStringLiteral("customers.png"), ScreenshotRunner::tr("the customers"), prepareCustomers},
        {QStringLiteral("companies.png"), ScreenshotRunner::tr("the companies"), prepareCompanies},
        // The bulk action changes conversations, so it runs only on the demo workspace.
        {QStringLiteral("bulk-result.png"), ScreenshotRunner::tr("the result of a bulk action"), prepareBulkResultScreenshot,
         bulkResultScreenshotTarget, skipOutsideDemoWorkspace},
        {QStringLiteral("agents.png"), ScreenshotRunner::tr("the agents"), prepareAgentsScreenshot, {}},
        {QStringLiteral("agent-form.png"), ScreenshotRunner::tr("the agent form"), prepareAgentFormScreenshot, {}},
        {QStringLiteral("training.png"), ScreenshotRunner::tr("the training data"), prepareTrainingScreenshot, {}},
        {QStringLiteral("wizard-source.png"), ScreenshotRunner::tr("the upload wizard"), prepareWizardSourceScreenshot,
         trainingWizardScreenshotTarget, skipWithoutWriteAbility},
        {QStringLiteral("wizard-result.png"), ScreenshotRunner::tr("the upload wizard's result"),
         prepareWizardResultScreenshot, trainingWizardScreenshotTarget, skipOutsideDemoWorkspace},
        {QStringLiteral("activity.png"), ScreenshotRunner::tr("the activity"), prepareActivityScreenshot},
        {QStringLiteral("analytics.png"), ScreenshotRunner::tr("the analytics dashboard"), prepareAnalyticsScreenshot, {}},
        {QStringLiteral("palette.png"), ScreenshotRunner::tr("the command palette"), preparePaletteScreenshot},
        {QStringLiteral("settings.png"), ScreenshotRunner::tr("the settings dialog"), prepareSettingsScreenshot,
         settingsScreenshotTarget, {}},
    };
}

QString screenshotFileName(const QString &fileName, const QString &language, const QString &theme)
{
    static const QRegularExpression english(QStringLiteral("^en([_-].*)?$"), QRegularExpression::CaseInsensitiveOption);
    QString suffix;
    if (!language.isEmpty() && !english.match(language).hasMatch())
        suffix += QLatin1Char('-') + language;
    if (theme.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        suffix += QStringLiteral("-dark");

    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return fileName + suffix;
    return fileName.left(dot) + suffix + fileName.mid(dot);
}

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &directory, QList<ScreenshotStep> steps,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_steps(std::move(steps))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        failStep(tr("%1 did not load within %2 s.").arg(m_steps.at(m_current).viewName).arg(m_stepTimeoutMs / 1000));
    });
}

void ScreenshotRunner::start()
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        emit finished(false, tr("Could not create the screenshot folder %1.").arg(m_directory.absolutePath()));
        return;
    }

    m_window->resize(WindowSize);
    m_window->show();
    m_current = -1;
    runStep();
}

void ScreenshotRunner::runStep()
{
    ++m_current;
    if (m_current >= m_steps.size()) {
        emit finished(true, QString());
        return;
    }
    if (m_steps.at(m_current).skip && m_steps.at(m_current).skip(m_window)) {
        runStep();
        return;
    }

    m_stepContext = new QObject(this);
    m_timeout.start(m_stepTimeoutMs);

    // Both callbacks may run inside prepare() or later; the step context guards against a second call.
    QPointer<QObject> context = m_stepContext;
    auto ready = [this, context] {
        if (context && context == m_stepContext)
            onReady();
    };
    auto fail = [this, context](const QString &reason) {
        if (context && context == m_stepContext)
            failStep(tr("Could not capture %1: %2.").arg(m_steps.at(m_current).viewName, reason));
    };
    m_steps.at(m_current).prepare(m_window, m_stepContext, ready, fail);
}

void ScreenshotRunner::onReady()
{
    m_timeout.stop();
    endStep();
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    if (!m_window) {
        emit finished(false, tr("The main window was closed before the screenshots were taken."));
        return;
    }

    const QString path = m_directory.absoluteFilePath(m_steps.at(m_current).fileName);
    const ScreenshotStep &step = m_steps.at(m_current);
    QWidget *target = step.target ? step.target(m_window) : nullptr;
    if (!(target ? target : m_window.data())->grab().save(path, "PNG")) {
        emit finished(false, tr("Could not write the screenshot %1. Check that the folder is writable.").arg(path));
        return;
    }
    emit saved(path);
    runStep();
}

void ScreenshotRunner::failStep(const QString &message)
{
    m_timeout.stop();
    endStep();
    emit finished(false, message);
}

void ScreenshotRunner::endStep()
{
    delete m_stepContext;
    m_stepContext = nullptr;
}

} // namespace weav::ui
