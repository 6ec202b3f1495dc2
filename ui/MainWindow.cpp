#include "MainWindow.h"

#include "activity/ActivityView.h"
#include "analytics/AnalyticsView.h"
#include "agents/AgentsView.h"
#include "companies/CompaniesView.h"
#include "customers/CustomersView.h"
#include "connect/ProfileTokens.h"
#include "live/LiveUpdates.h"
#include "connect/TokenPrompt.h"
#include "common/TabOrder.h"
#include "inbox/InboxView.h"
#include "keyboard/ConsoleKeyboard.h"
#include "shell/HostLabel.h"
#include "shell/OfflineBanner.h"
#include "shell/PlaceholderPage.h"
#include "shell/SessionStatusBar.h"
#include "shell/ShellIcons.h"
#include "training/TrainingView.h"
#include "views/ViewsSidebar.h"

#include "workspace/Session.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcShell, "weav.ui.shell")

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString windowStateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString areaKey = QStringLiteral("mainWindow/area");

constexpr int NavigationWidth = 200;
constexpr int ViewsSidebarWidth = 180;

} // namespace

MainWindow::MainWindow(core::Session *session, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString workspace = session->isDemo() ? tr("Demo workspace") : session->profile().name;
    setWindowTitle(tr("%1 — Weav Console").arg(workspace));

    m_banner = new OfflineBanner(session, this);
    buildPages();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusBar = new SessionStatusBar(session, this);
    setStatusBar(m_statusBar);

    m_live = new LiveUpdates(session, settings, this);
    m_live->attach(m_inbox ? m_inbox->liveUpdates() : nullptr, m_activity, m_statusBar);

    buildMenus();
    m_keyboard = new ConsoleKeyboard(this, m_viewsSidebar);
    restoreLayout();

    connect(session, &core::Session::tokenRequired, this, &MainWindow::onTokenRequired);
    qCInfo(lcShell).noquote() << "main window for" << workspace << "at" << hostLabel(session->profile().baseUrl);
}

MainWindow::~MainWindow() = default;

QList<MainWindow::AreaInfo> MainWindow::areaInfos()
{
    return {
        {Area::Inbox, QStringLiteral("inbox"), tr("Inbox"), QString()},
        {Area::Customers, QStringLiteral("customers"), tr("Customers"), QString()},
        {Area::Companies, QStringLiteral("companies"), tr("Companies"), QString()},
        {Area::Agents, QStringLiteral("agents"), tr("Agents"), QString()},
        {Area::Training, QStringLiteral("training"), tr("Training data"), QString()},
        {Area::Analytics, QStringLiteral("analytics"), tr("Analytics"), QString()},
        {Area::Activity, QStringLiteral("activity"), tr("Activity"), QString()},
    };
}

QList<MainWindow::Area> MainWindow::areas()
{
    QList<Area> result;
    for (const AreaInfo &info : areaInfos())
        result.append(info.area);
    return result;
}

QString MainWindow::areaTitle(Area area)
{
    for (const AreaInfo &info : areaInfos()) {
        if (info.area == area)
            return info.title;
    }
    return {};
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(150);
    m_navigation->setAccessibleName(tr("Areas"));

    m_pages = new QStackedWidget(this);
    for (const AreaInfo &info : areaInfos()) {
        auto *item = new QListWidgetItem(shellIcon(info.iconName), info.title, m_navigation);
        item->setData(Qt::UserRole, QVariant::fromValue(info.area));
        item->setSizeHint(QSize(NavigationWidth - 20, 36));
        if (!info.planned.isEmpty())
            item->setToolTip(tr("Not available in this version yet"));

        QWidget *page = createPage(info);
        m_pageByArea.insert(info.area, page);
        m_pages->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_areaActions && row >= 0 && row < m_areaActions->actions().size())
            m_areaActions->actions().at(row)->setChecked(true);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("shellSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({NavigationWidth, 1200});
    m_navigation->setCurrentRow(0);
}

QWidget *MainWindow::createPage(const AreaInfo &info)
{
    if (!info.planned.isEmpty())
        return new PlaceholderPage(info.iconName, info.title, info.planned, this);

    if (info.area == Area::Customers || info.area == Area::Companies)
        return createPeoplePage(info.area);

    if (info.area == Area::Activity) {
        m_activity = new ActivityView(m_session, this);
        return m_activity;
    }

    if (info.area == Area::Analytics)
        return createAnalyticsPage();

    if (info.area == Area::Agents)
        return new AgentsView(m_session, this);
    if (info.area == Area::Training)
        return new TrainingView(m_session, this);

    m_inbox = new InboxView(m_session, this);
    return wrapInboxWithViews();
}

QWidget *MainWindow::wrapInboxWithViews()
{
    auto *inboxPage = new QSplitter(Qt::Horizontal, this);
    inboxPage->setObjectName(QStringLiteral("inboxPage"));
    m_viewsSidebar = new ViewsSidebar(m_session, m_inbox, QString(), inboxPage);
    inboxPage->addWidget(m_viewsSidebar);
    inboxPage->addWidget(m_inbox);
    // The sidebar lists the built-in views too, so the inbox's own row of them would repeat it.
    m_inbox->views()->hide();
    inboxPage->setStretchFactor(1, 1);
    inboxPage->setCollapsible(1, false);
    inboxPage->setSizes({ViewsSidebarWidth, 1200});
    // The sidebar is created after the inbox, but comes first when read from left to right.
    setTabOrderByBlocks({m_viewsSidebar, m_inbox});
    return inboxPage;
}

QWidget *MainWindow::createAnalyticsPage()
{
    m_analytics = new AnalyticsView(m_session, this);
    connect(m_analytics, &AnalyticsView::inboxRequested, this, [this](const core::ConversationFilter &filter) {
        showArea(Area::Inbox);
        if (m_inbox)
            m_inbox->applyFilter(filter);
    });
    connect(m_analytics, &AnalyticsView::conversationRequested, this, [this](const QString &conversationId) {
        showArea(Area::Inbox);
        if (m_inbox)
            m_inbox->openConversation(conversationId);
    });
    return m_analytics;
}

QWidget *MainWindow::createPeoplePage(Area area)
{
    // The lambdas read the members when they run, so the pages may be built in any order.
    if (area == Area::Customers) {
        m_customers = new CustomersView(m_session, this);
        connect(m_customers, &CustomersView::conversationActivated, this, [this](const QString &conversationId) {
            showArea(Area::Inbox);
            if (m_inbox)
                m_inbox->openConversation(conversationId);
        });
        connect(m_customers, &CustomersView::companyActivated, this, [this](const QString &companyId) {
            showArea(Area::Companies);
            m_companies->openCompany(companyId);
        });
        return m_customers;
    }

    m_companies = new CompaniesView(m_session, this);
    connect(m_companies, &CompaniesView::customerActivated, this, [this](const QString &customerId) {
        showArea(Area::Customers);
        m_customers->openCustomer(customerId);
    });
    return m_companies;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_connectAction = file->addAction(shellIcon(QStringLiteral("workspace")), tr("&Connect to Workspace…"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setStatusTip(tr("Switch to another profile, add one, or open the demo workspace"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_settingsAction = file->addAction(shellIcon(QStringLiteral("settings")), tr("&Settings…"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Profiles, the teammate you reply as, live updates, theme, language and proxy"));
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_areaActions = new QActionGroup(this);
    int number = 1;
    for (const AreaInfo &info : areaInfos()) {
        QAction *action = view->addAction(shellIcon(info.iconName), info.title);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        m_areaActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, area = info.area] { showArea(area); });
    }
    m_areaActions->actions().constFirst()->setChecked(true);
    view->addSeparator();
    QAction *showNavigation = view->addAction(tr("Show &Navigation"));
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    connect(showNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Weav Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

SettingsDialog *MainWindow::showSettings(SettingsDialog::Page page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_session, m_settings, m_live, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::connectRequested, this, &MainWindow::connectRequested);
    }
    m_settingsDialog->showPage(page);
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void MainWindow::showAbout()
{
    const core::Profile &profile = m_session->profile();
    const QString workspace = m_session->isDemo() ? tr("the demo workspace") : tr("the profile \"%1\"").arg(profile.name);

    auto *box = new QMessageBox(QMessageBox::Information, tr("About Weav Console"),
                                tr("Weav Console %1").arg(QStringLiteral(WEAV_VERSION)), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(applicationIcon().pixmap(48, 48));
    box->setInformativeText(tr("A desktop console for support teams on the Weav External API v1.\n\n"
                               "Connected to %1 at %2.\nQt %3.")
                                .arg(workspace, profile.baseUrl.toDisplayString(), QString::fromLatin1(qVersion())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showArea(Area area)
{
    const int row = int(areas().indexOf(area));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

MainWindow::Area MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).value<Area>() : Area::Inbox;
}

QWidget *MainWindow::page(Area area) const
{
    return m_pageByArea.value(area);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings->value(windowStateKey).toByteArray());
    m_splitter->restoreState(m_settings->value(splitterKey).toByteArray());

    const int row = m_settings->value(areaKey, 0).toInt();
    if (row >= 0 && row < m_navigation->count())
        m_navigation->setCurrentRow(row);
}

void MainWindow::saveLayout()
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(windowStateKey, saveState());
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_settings->setValue(areaKey, m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::onTokenRequired(const core::ApiError &error)
{
    if (m_tokenPrompt)
        return;

    m_tokenPrompt = new TokenPrompt(m_session->profile(), m_session->isDemo(), error, this);
    m_tokenPrompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tokenPrompt, &QDialog::accepted, this, [this, prompt = m_tokenPrompt] {
        useNewToken(prompt->token(), prompt->storeToken());
    });
    connect(m_tokenPrompt, &QDialog::rejected, this, &MainWindow::cancelWaitingRequests);
    m_tokenPrompt->open();
}

void MainWindow::useNewToken(const QString &token, bool store)
{
    m_session->renewToken(token);
    statusBar()->showMessage(tr("The new token is in use; waiting changes are being sent again."), 8000);
    if (!store || m_session->isDemo())
        return;

    const core::Profile profile = m_session->profile();
    profileTokens::write(profile, token, this, [this, profile](const core::CredentialResult &result) {
        if (result.ok) {
            statusBar()->showMessage(tr("The new token of \"%1\" is stored in the keychain.").arg(profile.name), 8000);
            emit tokenStored(true, QString());
            return;
        }

        const QString message = tr("The new token works for this session, but it was not stored, so the next "
                                   "start asks for it again. %1")
                                    .arg(result.error.message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Token not stored"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit tokenStored(false, message);
    });
}

void MainWindow::cancelWaitingRequests()
{
    const int waiting = m_session->parkedRequestCount();
    m_session->abandonParkedRequests();
    statusBar()->showMessage(tr("%n waiting change(s) cancelled: the workspace refused the token.", nullptr, waiting),
                             10000);
}

} // namespace weav::ui
