// Accessibility of the console's views on the in-process demo workspace. Every focusable control
// and every button has an accessible name. Tab reaches the controls of the inbox, the agent form
// and the connect dialog in reading order and never stays in one control. The custom-painted
// analytics widgets describe what they show and work by keyboard. The priority and status cells
// have a text for every value, and the SVG icons stay sharp at a device pixel ratio of 2.
// Not covered yet: the Settings dialog. Cells of a null priority or status, which the sandbox never
// stores because it reads null as "unchanged" or "normal". What a real screen reader speaks, since
// only the names and descriptions of Qt's accessibility interfaces are checked.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "settings/SettingsDialog.h"
#include "agents/AgentForm.h"
#include "agents/AgentsView.h"
#include "analytics/AnalyticsView.h"
#include "analytics/BarListWidget.h"
#include "analytics/DrillDownDialog.h"
#include "analytics/HeatmapWidget.h"
#include "analytics/KpiTile.h"
#include "bulk/BulkAction.h"
#include "bulk/BulkOperation.h"
#include "bulk/BulkActionBar.h"
#include "bulk/BulkResultDialog.h"
#include "common/ExportDialog.h"
#include "connect/ConnectDialog.h"
#include "connect/TokenField.h"
#include "api/Endpoints.h"
#include "demo/DemoWorkspace.h"
#include "inbox/Composer.h"
#include "inbox/ConversationPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "inbox/TagEditor.h"
#include "keyboard/CommandPalette.h"
#include "keyboard/ConsoleKeyboard.h"
#include "keyboard/ShortcutOverlay.h"
#include "models/AgentListModel.h"
#include "models/ConversationListModel.h"
#include "shell/StartupWindow.h"
#include "training/TrainingWizard.h"
#include "views/ViewsSidebar.h"
#include "workspace/ConnectionCheck.h"
#include "workspace/Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace weav;
using namespace weav::ui;
using Area = MainWindow::Area;

namespace {

constexpr int ReplyTimeoutMs = 20000;
constexpr int RateLimitPerMinute = 5000;

// More Tab presses than any view has controls: a chain longer than this never returns to its start.
constexpr int MaxTabSteps = 200;

// A date edit takes Tab to move between its day, month and year sections before the focus leaves.
constexpr int MaxDateSections = 3;

// "MainWindow > QSplitter#inboxPage > weav::ui::InboxView > QLineEdit#search" for failure messages.
QString widgetPath(const QWidget *widget)
{
    QStringList parts;
    for (const QObject *object = widget; object; object = object->parent()) {
        QString part = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            part += QLatin1Char('#') + object->objectName();
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" > "));
}

QString accessibleText(QWidget *widget, QAccessible::Text kind)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(kind) : QString();
}

// Parts that Qt builds inside its own widgets (a spin box's line edit, a table's corner button, a
// line edit's clear button), which a screen reader reaches through the outer widget.
bool isInternalPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;

    const QLatin1String className(widget->metaObject()->className());
    if (className == QLatin1String("QTableCornerButton"))
        return true;
    // Qt names its own line edit actions "_q_...", e.g. the clear button's. Actions added by the
    // console, such as the token field's Show button, are checked.
    const auto *toolButton = qobject_cast<const QToolButton *>(widget);
    return className == QLatin1String("QLineEditIconButton") && toolButton && toolButton->defaultAction()
           && toolButton->defaultAction()->objectName().startsWith(QLatin1String("_q_"));
}

// The control that a focused internal part belongs to, e.g. the combo box of its line edit.
QWidget *outerControl(QWidget *widget)
{
    while (widget && isInternalPart(widget))
        widget = widget->parentWidget();
    return widget;
}

// A widget whose focus goes to another control, not to a part of itself, is reached through that one.
bool delegatesFocus(const QWidget *widget)
{
    return widget->focusProxy() && !widget->isAncestorOf(widget->focusProxy());
}

bool needsName(const QWidget *widget)
{
    if (delegatesFocus(widget) || isInternalPart(widget))
        return false;
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(widget);
}

// The controls under root, shown as far as root is concerned, that need a name and have none.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !needsName(widget))
            continue;
        if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
            unnamed.append(widgetPath(widget));
    }
    return unnamed;
}

bool isTabStop(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
           && !delegatesFocus(widget) && !isInternalPart(widget);
}

// The visible, enabled controls under root that Tab should reach.
QList<QWidget *> tabStopsUnder(QWidget *root)
{
    QList<QWidget *> stops;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isTabStop(widget))
            stops.append(widget);
    }
    return stops;
}

// Presses Tab from `first` until the focus comes back to it, and returns the focused widgets under
// root in that order. *trap is the widget that kept the focus through a Tab, if any.
QList<QWidget *> walkTabChain(QWidget *first, QWidget *root, QWidget **trap)
{
    *trap = nullptr;
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited{first};

    QWidget *current = QApplication::focusWidget();
    if (!current) {
        // The window is not active, so no widget takes the focus.
        *trap = first;
        return visited;
    }
    int sectionSteps = 0;
    for (int step = 0; step < MaxTabSteps; ++step) {
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == current && qobject_cast<QDateTimeEdit *>(outerControl(current)) && ++sectionSteps <= MaxDateSections)
            continue;
        if (next == current || !next) {
            *trap = current;
            break;
        }
        sectionSteps = 0;
        QWidget *control = outerControl(next);
        if (control == first)
            break;
        if (root->isAncestorOf(control) && !visited.contains(control))
            visited.append(control);
        current = next;
    }
    return visited;
}

// Checks that `expected` appears in `chain` in that order, with other widgets allowed between.
QString orderProblem(const QList<QWidget *> &chain, const QList<QWidget *> &expected)
{
    qsizetype previous = -1;
    for (QWidget *widget : expected) {
        const qsizetype position = chain.indexOf(widget);
        if (position < 0)
            return QStringLiteral("not reached by Tab: %1").arg(widgetPath(widget));
        if (position < previous)
            return QStringLiteral("reached too early: %1").arg(widgetPath(widget));
        previous = position;
    }
    return {};
}

QStringList unreached(const QList<QWidget *> &chain, QWidget *root)
{
    QStringList missing;
    for (QWidget *widget : tabStopsUnder(root)) {
        if (!chain.contains(widget))
            missing.append(widgetPath(widget));
    }
    return missing;
}

// The button that Enter presses in the dialog, or nullptr.
QPushButton *defaultButton(const QWidget *dialog)
{
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isDefault())
            return button;
    }
    return nullptr;
}

QImage renderSvg(const QString &path, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The largest difference of one colour channel between two images of the same size.
int maxChannelDifference(const QImage &a, const QImage &b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb left = a.pixel(x, y);
            const QRgb right = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(left) - qRed(right)), std::abs(qGreen(left) - qGreen(right)),
                                std::abs(qBlue(left) - qBlue(right)), std::abs(qAlpha(left) - qAlpha(right))});
        }
    }
    return largest;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void names_everyArea();
    void names_conversationPane();
    void names_bulkBarAndResultDialog();
    void names_agentForm();
    void names_commandPaletteAndOverlay();
    void names_drillDownDialog();
    void names_exportDialog();
    void names_connectDialog();
    void names_settingsDialog();
    void names_startupWindow();
    void names_trainingWizard();

    void tabOrder_inbox();
    void tabOrder_agentForm();
    void tabOrder_connectDialog();

    void heatmap_describesCurrentCell();
    void heatmap_arrowKeysAndEnter();
    void barList_keyboardAndDescription();
    void kpiTile_describesChangeInWords();
    void conversationCells_haveTextForEveryValue();
    void icons_sharpAtDoubleScale();

private:
    void showArea(Area area);
    void selectFirstConversations(int count);
    AgentsView *agentsView() const;

    QTemporaryDir m_dir;
    DemoWorkspace m_demo;
    std::unique_ptr<QSettings> m_settings;
    core::Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void AccessibilityTest::initTestCase()
{
    QVERIFY(m_dir.isValid());

    DemoOptions options;
    options.conversations = 60;
    options.dataPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    options.config.rateLimitPerMinute = RateLimitPerMinute;
    QString error;
    QVERIFY2(m_demo.startAndWait(options, &error), qPrintable(error));

    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
    m_session = new core::Session(m_demo.profile(), m_demo.createToken(QStringLiteral("read,write")), this);
    m_session->setDemo(true);
    m_session->applyReport(core::ConnectionCheck::runAndWait(m_session->client()));

    m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(test::waitUntilLoaded(m_window->inbox()->model(), ReplyTimeoutMs));
}

void AccessibilityTest::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
}

void AccessibilityTest::showArea(Area area)
{
    // Dialogs of earlier tests may have taken the activation, and Tab needs an active window.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        qWarning("The main window did not become active, so Tab may not move the focus");
    m_window->showArea(area);
    // Lets the area's first page of data arrive, so that rows and their controls are shown.
    QTest::qWait(300);
}

void AccessibilityTest::selectFirstConversations(int count)
{
    showArea(Area::Inbox);
    QTableView *table = m_window->inbox()->table();
    QVERIFY(table->model()->rowCount() >= count);

    table->clearSelection();
    for (int row = 0; row < count; ++row)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setCurrentIndex(table->model()->index(0, 0));
}

AgentsView *AccessibilityTest::agentsView() const
{
    return m_window->page(Area::Agents)->findChild<AgentsView *>(QString(), Qt::FindChildrenRecursively)
               ?: qobject_cast<AgentsView *>(m_window->page(Area::Agents));
}

void AccessibilityTest::names_everyArea()
{
    for (const Area area : MainWindow::areas()) {
        showArea(area);
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(MainWindow::areaTitle(area) + QStringLiteral(": ")
                                               + unnamed.join(QStringLiteral("\n"))));
    }
}

void AccessibilityTest::names_conversationPane()
{
    selectFirstConversations(1);
    ConversationPane *pane = m_window->inbox()->pane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().has_value(), ReplyTimeoutMs);
    QVERIFY(pane->composer()->isVisible());
    QVERIFY(pane->tagEditor()->isVisible());

    const QStringList unnamed = unnamedControls(m_window->page(Area::Inbox));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    test::saveScreenshot(m_window.get(), QStringLiteral("accessibility-inbox"));
}

void AccessibilityTest::names_bulkBarAndResultDialog()
{
    selectFirstConversations(3);
    BulkActionBar *bar = m_window->inbox()->bulkBar();
    QTRY_VERIFY(bar->isVisible());
    QStringList unnamed = unnamedControls(bar);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

    // A dialog for an operation that is never started sends nothing.
    const BulkAction action = BulkAction::setPriority(QStringLiteral("high"));
    auto *operation = new core::BulkOperation(m_session, m_window->inbox()->selectedIds(), action.requestFactory());
    BulkResultDialog dialog(operation, action, {}, m_window.get());
    dialog.show();
    unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    QVERIFY(!accessibleText(dialog.table(), QAccessible::Name).isEmpty());
    QVERIFY(defaultButton(&dialog));
    m_window->inbox()->table()->clearSelection();
}

void AccessibilityTest::names_agentForm()
{
    showArea(Area::Agents);
    AgentsView *view = agentsView();
    QVERIFY(view);
    QVERIFY(test::waitUntilLoaded(view->model(), ReplyTimeoutMs));
    QVERIFY(view->model()->rowCount() > 0);

    view->table()->selectRow(0);
    QTRY_VERIFY(view->form()->nameEdit()->isVisible());
    QStringList unnamed = unnamedControls(view);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

    view->startCreate();
    QTRY_VERIFY(view->form()->nameEdit()->isVisible());
    unnamed = unnamedControls(view);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
}

void AccessibilityTest::names_commandPaletteAndOverlay()
{
    showArea(Area::Inbox);
    CommandPalette *palette = m_window->keyboard()->palette();
    palette->popUp();
    QTRY_VERIFY(palette->isVisible());
    palette->queryEdit()->setText(QStringLiteral("a"));
    QStringList unnamed = unnamedControls(palette);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    QVERIFY(!accessibleText(palette->results(), QAccessible::Name).isEmpty());
    palette->dismiss();

    ShortcutOverlay *overlay = m_window->keyboard()->overlay();
    overlay->popUp();
    QTRY_VERIFY(overlay->isVisible());
    QVERIFY(!accessibleText(overlay, QAccessible::Name).isEmpty());
    unnamed = unnamedControls(overlay);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    overlay->dismiss();
}

void AccessibilityTest::names_drillDownDialog()
{
    showArea(Area::Analytics);
    AnalyticsView *view = m_window->analytics();
    QVERIFY(QTest::qWaitFor([view] { return view->data() && view->dataAsOf().isValid(); }, 60000));

    for (KpiTile *tile : view->tiles())
        QVERIFY2(!accessibleText(tile, QAccessible::Description).isEmpty(), qPrintable(tile->accessibleName()));

    // The closed conversations have no inbox filter, so their tile lists them in the dialog.
    KpiTile *closed = view->tile(Metric::Closed);
    QVERIFY(closed->isClickable());
    closed->setFocus();
    QTest::keyClick(closed, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(view->drillDownDialog() && view->drillDownDialog()->isVisible(), ReplyTimeoutMs);
    DrillDownDialog *dialog = view->drillDownDialog();
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    QVERIFY(defaultButton(dialog));

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void AccessibilityTest::names_exportDialog()
{
    showArea(Area::Inbox);
    QPointer<ExportDialog> dialog = m_window->inbox()->exportToCsv();
    QTRY_VERIFY(dialog->isVisible());
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    QCOMPARE(defaultButton(dialog), dialog->exportButton());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void AccessibilityTest::names_connectDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("connect.conf")), QSettings::IniFormat);
    ConnectDialog dialog(&settings);
    dialog.show();
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

    QCOMPARE(defaultButton(&dialog), dialog.saveButton());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void AccessibilityTest::names_settingsDialog()
{
    using Page = SettingsDialog::Page;
    SettingsDialog *dialog = m_window->showSettings(Page::Profiles);
    QVERIFY(dialog);
    for (const Page page : {Page::Profiles, Page::Replies, Page::LiveUpdates, Page::Appearance, Page::Network}) {
        dialog->showPage(page);
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(int(page)) + unnamed.join(QStringLiteral("\n"))));
    }

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void AccessibilityTest::names_startupWindow()
{
    StartupWindow window;
    window.show();
    const QStringList unnamed = unnamedControls(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    QVERIFY(!accessibleText(&window, QAccessible::Name).isEmpty());
}

void AccessibilityTest::names_trainingWizard()
{
    core::AgentListModel agents(m_session->client(), m_session->names());
    agents.loadAll();
    QVERIFY(test::waitUntilLoaded(&agents, ReplyTimeoutMs));

    TrainingWizard wizard(m_session, &agents);
    wizard.show();
    QStringList unnamed = unnamedControls(&wizard);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

    // The pages not shown yet: their controls as they will be when the page is current.
    for (const int id : wizard.pageIds()) {
        QWizardPage *page = wizard.page(id);
        unnamed = unnamedControls(page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QString::fromLatin1(page->metaObject()->className()) + QStringLiteral(": ")
                                               + unnamed.join(QStringLiteral("\n"))));
    }
}

void AccessibilityTest::tabOrder_inbox()
{
    selectFirstConversations(1);
    ConversationPane *pane = m_window->inbox()->pane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().has_value(), ReplyTimeoutMs);

    // Send is enabled only with a text, and Tab skips disabled buttons.
    Composer *composer = pane->composer();
    QTest::keyClicks(composer->editor(Composer::Mode::Reply), QStringLiteral("Thanks"));
    QVERIFY(composer->sendButton()->isEnabled());

    QWidget *root = m_window->page(Area::Inbox);
    FilterBar *filters = m_window->inbox()->filterBar();
    QWidget *trap = nullptr;
    const QList<QWidget *> chain = walkTabChain(m_window->viewsSidebar()->tree(), root, &trap);
    QVERIFY2(!trap, qPrintable(QStringLiteral("the focus does not leave ") + widgetPath(trap)));

    const QList<QWidget *> expected{m_window->viewsSidebar()->tree(), filters->searchEdit(),   filters->statusBox(),
                                    filters->priorityBox(),          filters->clearButton(),  m_window->inbox()->table(),
                                    pane->priorityBox(),             pane->statusButton(),    pane->tagEditor()->lineEdit(),
                                    composer->modeButton(Composer::Mode::Reply), composer->editor(Composer::Mode::Reply),
                                    composer->sendButton()};
    const QString problem = orderProblem(chain, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QStringList missing = unreached(chain, root);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not reached by Tab:\n") + missing.join(QStringLiteral("\n"))));
    composer->setTexts(QString(), QString());
}

void AccessibilityTest::tabOrder_agentForm()
{
    showArea(Area::Agents);
    AgentsView *view = agentsView();
    QVERIFY(test::waitUntilLoaded(view->model(), ReplyTimeoutMs));
    view->table()->selectRow(0);
    AgentForm *form = view->form();
    QTRY_VERIFY(form->nameEdit()->isVisible());
    // Save and Revert are enabled only with changes, and Tab skips disabled buttons.
    form->nameEdit()->setFocus();
    QTest::keyClicks(form->nameEdit(), QStringLiteral(" edited"));
    QVERIFY(form->saveButton()->isEnabled());

    QWidget *trap = nullptr;
    const QList<QWidget *> chain = walkTabChain(form->nameEdit(), form, &trap);
    QVERIFY2(!trap, qPrintable(QStringLiteral("the focus does not leave ") + widgetPath(trap)));

    const QList<QWidget *> expected{form->nameEdit(),          form->descriptionEdit(), form->avatarUrlEdit(),
                                    form->maxMessagesEdit(),   form->toneBox(),         form->responseLengthBox(),
                                    form->activeBox(),         form->revertButton(),    form->saveButton()};
    const QString problem = orderProblem(chain, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QStringList missing = unreached(chain, form);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not reached by Tab:\n") + missing.join(QStringLiteral("\n"))));
    form->revertButton()->click();
}

void AccessibilityTest::tabOrder_connectDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("connect-tab.conf")), QSettings::IniFormat);
    ConnectDialog dialog(&settings);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("Example"));
    dialog.baseUrlEdit()->setText(QStringLiteral("https://weav.example.com"));

    QWidget *trap = nullptr;
    const QList<QWidget *> chain = walkTabChain(dialog.nameEdit(), &dialog, &trap);
    QVERIFY2(!trap, qPrintable(QStringLiteral("the focus does not leave ") + widgetPath(trap)));

    const QList<QWidget *> expected{dialog.nameEdit(), dialog.baseUrlEdit(), dialog.tokenEdit(), dialog.teammateBox(),
                                    dialog.testButton(), dialog.demoButton(), dialog.saveButton(), dialog.newButton()};
    const QString problem = orderProblem(chain, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const QStringList missing = unreached(chain, &dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not reached by Tab:\n") + missing.join(QStringLiteral("\n"))));
    dialog.reject();
}

void AccessibilityTest::heatmap_describesCurrentCell()
{
    HeatmapWidget heatmap;
    HeatmapWidget::Counts counts{};
    counts[1][14] = 12;
    heatmap.setCounts(counts);
    heatmap.resize(900, 240);
    heatmap.show();

    QVERIFY(heatmap.focusPolicy() & Qt::TabFocus);
    QCOMPARE(accessibleText(&heatmap, QAccessible::Name), QStringLiteral("Busiest hours"));

    heatmap.setCurrentCell(1, 14);
    const QString description = accessibleText(&heatmap, QAccessible::Description);
    QVERIFY2(description.contains(QLocale().dayName(2)), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("14:00–15:00")), qPrintable(description));
    // "conversations" with the English translation, "conversation(s)" without a translation loaded.
    QVERIFY2(description.contains(QStringLiteral("12 conversation")), qPrintable(description));
}

void AccessibilityTest::heatmap_arrowKeysAndEnter()
{
    HeatmapWidget heatmap;
    HeatmapWidget::Counts counts{};
    counts[1][2] = 5;
    heatmap.setCounts(counts);
    heatmap.resize(900, 240);
    heatmap.show();
    heatmap.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&heatmap));
    heatmap.setFocus();
    QVERIFY(heatmap.hasFocus());
    QSignalSpy clicked(&heatmap, &HeatmapWidget::cellClicked);

    QCOMPARE(heatmap.currentCell(), std::make_pair(0, 0));
    QTest::keyClick(&heatmap, Qt::Key_Right);
    QTest::keyClick(&heatmap, Qt::Key_Right);
    QTest::keyClick(&heatmap, Qt::Key_Down);
    QCOMPARE(heatmap.currentCell(), std::make_pair(1, 2));

    QTest::keyClick(&heatmap, Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 1);
    QCOMPARE(clicked.first().at(1).toInt(), 2);

    // An empty cell has nothing to list.
    QTest::keyClick(&heatmap, Qt::Key_Up);
    QTest::keyClick(&heatmap, Qt::Key_Enter);
    QCOMPARE(clicked.count(), 1);

    // The edges hold the current cell inside the grid.
    QTest::keyClick(&heatmap, Qt::Key_Up);
    QTest::keyClick(&heatmap, Qt::Key_End);
    QCOMPARE(heatmap.currentCell(), std::make_pair(0, 23));
    QTest::keyClick(&heatmap, Qt::Key_Right);
    QCOMPARE(heatmap.currentCell(), std::make_pair(0, 23));
    QTest::keyClick(&heatmap, Qt::Key_Home);
    QCOMPARE(heatmap.currentCell(), std::make_pair(0, 0));
    QTest::keyClick(&heatmap, Qt::Key_Down);
    QTest::keyClick(&heatmap, Qt::Key_Right);
    QTest::keyClick(&heatmap, Qt::Key_Right);
    test::saveScreenshot(&heatmap, QStringLiteral("accessibility-heatmap-focus"));
}

void AccessibilityTest::barList_keyboardAndDescription()
{
    BarListWidget bars;
    bars.setBars({{QStringLiteral("Ana Lima"), 12, false}, {QStringLiteral("Unassigned"), 4, true}});
    bars.resize(480, 120);
    bars.show();
    bars.setFocus();
    QSignalSpy clicked(&bars, &BarListWidget::barClicked);

    QVERIFY(bars.focusPolicy() & Qt::TabFocus);
    QCOMPARE(bars.currentRow(), 0);
    QVERIFY(accessibleText(&bars, QAccessible::Description).startsWith(QStringLiteral("Ana Lima: 12 open conversation")));

    QTest::keyClick(&bars, Qt::Key_Down);
    QCOMPARE(bars.currentRow(), 1);
    QVERIFY(accessibleText(&bars, QAccessible::Description).startsWith(QStringLiteral("Unassigned: 4 open conversation")));
    QTest::keyClick(&bars, Qt::Key_Down);
    QCOMPARE(bars.currentRow(), 1);

    QTest::keyClick(&bars, Qt::Key_Space);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 1);
}

void AccessibilityTest::kpiTile_describesChangeInWords()
{
    KpiTile tile(Metric::Created, MetricFormat::Kind::Count, MetricFormat::Better::Higher);
    QVERIFY(!accessibleText(&tile, QAccessible::Name).isEmpty());

    tile.showValues(120, 100);
    QString description = accessibleText(&tile, QAccessible::Description);
    QVERIFY2(description.startsWith(tile.valueText()), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Up +20")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("an improvement")), qPrintable(description));
    QVERIFY2(description.contains(tile.previousText()), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("▲")), qPrintable(description));

    tile.showValues(80, 100);
    description = accessibleText(&tile, QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("Down ")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("a worsening")), qPrintable(description));

    // The shown delta carries an arrow and a sign besides its colour.
    QVERIFY2(tile.deltaText().startsWith(QStringLiteral("▼ ")), qPrintable(tile.deltaText()));
}

void AccessibilityTest::conversationCells_haveTextForEveryValue()
{
    // Gives the first conversations every priority and status, so that the list has them all.
    const QList<QJsonObject> changes{
        {{QStringLiteral("priority"), QStringLiteral("low")}, {QStringLiteral("status"), QStringLiteral("open")}},
        {{QStringLiteral("priority"), QStringLiteral("normal")}, {QStringLiteral("status"), QStringLiteral("closed")}},
        {{QStringLiteral("priority"), QStringLiteral("high")}},
        {{QStringLiteral("priority"), QStringLiteral("urgent")}},
    };
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(changes.size()));
    const core::ApiResponse listed =
        m_session->client()->sendAndWait(core::ApiRequest::get(core::endpoints::conversations(), query));
    const QJsonArray conversations = listed.object().value(QStringLiteral("data")).toArray();
    QCOMPARE(conversations.size(), changes.size());
    for (qsizetype index = 0; index < changes.size(); ++index) {
        const QString id = conversations.at(index).toObject().value(QStringLiteral("id")).toString();
        const core::ApiResponse updated =
            m_session->client()->sendAndWait(core::ApiRequest::put(core::endpoints::conversation(id), changes.at(index)));
        QVERIFY2(updated.ok(), qPrintable(id));
    }

    core::ConversationListModel model(m_session->client(), m_session->names());
    model.loadAll();
    QVERIFY(test::waitUntilLoaded(&model, ReplyTimeoutMs));

    QSet<QString> priorities;
    QSet<QString> statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const int column : {core::ConversationListModel::PriorityColumn, core::ConversationListModel::StatusColumn}) {
            const QModelIndex index = model.index(row, column);
            const QString raw = index.data(core::ConversationListModel::RawValueRole).toString();
            const QString display = index.data(Qt::DisplayRole).toString();
            const QString spoken = index.data(Qt::AccessibleTextRole).toString();
            const QString where = QStringLiteral("row %1 column %2 value '%3'").arg(row).arg(column).arg(raw);
            QVERIFY2(!spoken.isEmpty(), qPrintable(where));
            if (!raw.isEmpty())
                QVERIFY2(!display.isEmpty(), qPrintable(where));
            (column == core::ConversationListModel::PriorityColumn ? priorities : statuses).insert(raw);
        }
    }
    for (const QString &priority : {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent")})
        QVERIFY2(priorities.contains(priority), qPrintable(priority));
    for (const QString &status : {QStringLiteral("open"), QStringLiteral("closed")})
        QVERIFY2(statuses.contains(status), qPrintable(status));

    // The table's accessible cells read those texts.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(m_window->inbox()->table());
    QVERIFY(table && table->tableInterface());
    QVERIFY(!table->text(QAccessible::Name).isEmpty());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(0, core::ConversationListModel::PriorityColumn);
    QVERIFY(cell);
    QVERIFY(!cell->text(QAccessible::Name).isEmpty());
}

void AccessibilityTest::icons_sharpAtDoubleScale()
{
    QStringList checked;
    QDirIterator icons(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    while (icons.hasNext()) {
        const QString path = icons.next();
        const QPixmap pixmap = QIcon(path).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);

        // Drawn at 32 device pixels, not a 16 px picture stretched, which would blur every edge.
        const QImage drawn = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QImage direct = renderSvg(path, QSize(32, 32));
        const int difference = maxChannelDifference(drawn, direct);
        QVERIFY2(difference <= 8, qPrintable(QStringLiteral("%1 differs by %2").arg(path).arg(difference)));
        checked.append(path);
    }
    QVERIFY(checked.size() >= 10);
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
