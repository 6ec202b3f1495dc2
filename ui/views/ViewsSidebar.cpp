#include "ViewsSidebar.h"

#include "TextFieldDialog.h"
#include "common/ErrorText.h"
#include "common/RelativeTime.h"
#include "connect/FieldMessage.h"
#include "inbox/ConversationPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxView.h"
#include "live/InboxLiveUpdates.h"
#include "sync/ConversationSync.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcViews, "weav.ui.views")

namespace {

using core::SavedView;

constexpr int NameColumn = 0;
constexpr int CountColumn = 1;
constexpr int ClockMs = 60 * 1000;
// The item view's text margins on both sides, with room to spare.
constexpr int CountMargin = 16;

QString builtInKey(BuiltInViews::View view)
{
    return QString::number(int(view));
}

SavedView builtInView(BuiltInViews::View view)
{
    SavedView saved;
    saved.name = builtInKey(view);
    saved.filter = BuiltInViews::filterOf(view);
    return saved;
}

QString fileNameFor(const QString &viewName)
{
    QString base = viewName;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9 _.-]"));
    base.replace(unsafe, QStringLiteral("_"));
    return base.trimmed() + QStringLiteral(".weav-view.json");
}

} // namespace

ViewsSidebar::ViewsSidebar(core::Session *session, InboxView *inbox, const QString &storeDirectory, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_inbox(inbox)
    , m_store(session->profile().name, storeDirectory)
    , m_builtInCounter(new core::ViewCounter(session->client(), this))
    , m_savedCounter(new core::ViewCounter(session->client(), this))
{
    setObjectName(QStringLiteral("viewsSidebar"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("viewsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Views"));
    m_tree->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 2px 0px; }"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Fixed);
    m_tree->header()->setMinimumSectionSize(16);
    m_tree->viewport()->installEventFilter(this);

    m_message = new FieldMessage(this);
    m_saveLinked = new QPushButton(tr("Save This View…"), this);
    m_saveLinked->setVisible(false);
    connect(m_saveLinked, &QPushButton::clicked, this, [this] { saveLinkedView(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(4);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_saveLinked);
    layout->addWidget(buildButtons());

    connect(m_tree, &QTreeWidget::itemClicked, this, &ViewsSidebar::onItemClicked);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ViewsSidebar::onItemClicked);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ViewsSidebar::showContextMenu);

    auto onCounted = [this](bool builtIn) {
        return [this, builtIn](const QString &key, const core::ViewCount &count) {
            QTreeWidgetItem *item = builtIn ? itemOf(BuiltInViews::View(key.toInt())) : itemOf(key);
            if (item)
                updateCountText(item, count);
        };
    };
    connect(m_builtInCounter, &core::ViewCounter::counted, this, onCounted(true));
    connect(m_savedCounter, &core::ViewCounter::counted, this, onCounted(false));
    for (core::ViewCounter *counter : {m_builtInCounter, m_savedCounter}) {
        connect(counter, &core::ViewCounter::finished, this, [this] {
            if (m_countsPending > 0 && --m_countsPending == 0)
                emit countsRefreshed();
        });
    }

    m_refreshTimer.setInterval(CountRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ViewsSidebar::refreshCounts);
    m_refreshTimer.start();
    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(CountDelayMs);
    connect(&m_countDelay, &QTimer::timeout, this, &ViewsSidebar::refreshCounts);
    m_clock.setInterval(ClockMs);
    connect(&m_clock, &QTimer::timeout, this, &ViewsSidebar::updateCountTexts);
    m_clock.start();

    if (m_inbox) {
        // The view chosen in the inbox's own row of buttons is marked here too.
        connect(m_inbox->views(), &BuiltInViews::viewSelected, this,
                [this](BuiltInViews::View view) { m_tree->setCurrentItem(itemOf(view)); });
        connect(m_inbox->filterBar(), &FilterBar::filterEdited, m_tree, &QTreeWidget::clearSelection);
        connect(m_inbox, &InboxView::firstPageShown, &m_countDelay, qOverload<>(&QTimer::start));
        connect(m_inbox->pane(), &ConversationPane::conversationUpdated, &m_countDelay, qOverload<>(&QTimer::start));
        if (m_inbox->liveUpdates() && m_inbox->liveUpdates()->sync()) {
            connect(m_inbox->liveUpdates()->sync(), &core::ConversationSync::synced, this, [this](const QDateTime &, int updatedRows) {
                if (updatedRows > 0)
                    m_countDelay.start();
            });
        }
    }

    rebuildList();
    if (m_inbox && m_inbox->views()->selectedView())
        m_tree->setCurrentItem(itemOf(*m_inbox->views()->selectedView()));
    if (!m_store.lastError().isEmpty())
        showError(tr("Your saved views could not be read. %1").arg(m_store.lastError()));
}

QWidget *ViewsSidebar::buildButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *save = new QPushButton(tr("Save View…"), row);
    save->setToolTip(tr("Save the inbox's filters, sort and columns as a view"));
    connect(save, &QPushButton::clicked, this, &ViewsSidebar::promptSaveView);
    layout->addWidget(save, 1);

    m_more = new QToolButton(row);
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("Rename, delete, export, import and share views"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    menu->addAction(tr("Rename View…"), this, &ViewsSidebar::promptRenameView);
    menu->addAction(tr("Delete View…"), this, &ViewsSidebar::confirmRemoveView);
    menu->addSeparator();
    menu->addAction(tr("Copy Link"), this, &ViewsSidebar::copySelectedLink);
    menu->addAction(tr("Open Link…"), this, &ViewsSidebar::promptOpenLink);
    menu->addSeparator();
    menu->addAction(tr("Export View…"), this, &ViewsSidebar::promptExportView);
    menu->addAction(tr("Import View…"), this, &ViewsSidebar::promptImportView);
    menu->addSeparator();
    menu->addAction(tr("Refresh Counts"), this, &ViewsSidebar::refreshCounts);
    m_more->setMenu(menu);
    layout->addWidget(m_more);
    return row;
}

void ViewsSidebar::rebuildList()
{
    m_tree->clear();

    m_builtInRoot = new QTreeWidgetItem(m_tree, {tr("Built-in views")});
    m_builtInRoot->setFlags(Qt::ItemIsEnabled);
    m_builtInRoot->setFirstColumnSpanned(true);
    QFont bold = m_builtInRoot->font(NameColumn);
    bold.setBold(true);
    m_builtInRoot->setFont(NameColumn, bold);
    for (BuiltInViews::View view : BuiltInViews::allViews()) {
        auto *item = new QTreeWidgetItem(m_builtInRoot, {BuiltInViews::titleOf(view), QString()});
        item->setData(NameColumn, KindRole, int(Kind::BuiltIn));
        item->setData(NameColumn, KeyRole, builtInKey(view));
        item->setToolTip(NameColumn, BuiltInViews::descriptionOf(view));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        updateCountText(item, m_builtInCounter->count(builtInKey(view)));
    }

    m_savedRoot = new QTreeWidgetItem(m_tree, {tr("Saved views")});
    m_savedRoot->setFlags(Qt::ItemIsEnabled);
    m_savedRoot->setFirstColumnSpanned(true);
    m_savedRoot->setFont(NameColumn, bold);
    addSavedItems();

    m_tree->expandAll();
}

void ViewsSidebar::addSavedItems()
{
    const QList<SavedView> views = m_store.list();
    if (views.isEmpty()) {
        auto *hint = new QTreeWidgetItem(m_savedRoot, {tr("None yet")});
        hint->setFlags(Qt::NoItemFlags);
        hint->setToolTip(NameColumn, tr("Filter and sort the inbox, choose its columns, then press Save View…"));
        hint->setFirstColumnSpanned(true);
        return;
    }
    for (const SavedView &view : views) {
        auto *item = new QTreeWidgetItem(m_savedRoot, {view.name, QString()});
        item->setData(NameColumn, KindRole, int(Kind::Saved));
        item->setData(NameColumn, KeyRole, view.name);
        item->setToolTip(NameColumn, view.filter.toQuery().toString(QUrl::FullyDecoded));
        item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
        updateCountText(item, m_savedCounter->count(view.name));
    }
}

QTreeWidgetItem *ViewsSidebar::itemOf(BuiltInViews::View view) const
{
    for (int row = 0; m_builtInRoot && row < m_builtInRoot->childCount(); ++row) {
        QTreeWidgetItem *item = m_builtInRoot->child(row);
        if (item->data(NameColumn, KeyRole).toString() == builtInKey(view))
            return item;
    }
    return nullptr;
}

QTreeWidgetItem *ViewsSidebar::itemOf(const QString &savedName) const
{
    for (int row = 0; m_savedRoot && row < m_savedRoot->childCount(); ++row) {
        QTreeWidgetItem *item = m_savedRoot->child(row);
        if (item->data(NameColumn, KindRole).toInt() == int(Kind::Saved)
            && item->data(NameColumn, KeyRole).toString().compare(savedName, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
}

QString ViewsSidebar::countTextOf(const QTreeWidgetItem *item)
{
    return item ? item->text(CountColumn) : QString();
}

QString ViewsSidebar::messageText() const
{
    return m_message->text();
}

QList<ViewsSidebar::Entry> ViewsSidebar::entries() const
{
    QList<Entry> result;
    for (BuiltInViews::View view : BuiltInViews::allViews()) {
        result.append({BuiltInViews::titleOf(view), tr("Built-in view"),
                       [this, view] { const_cast<ViewsSidebar *>(this)->applyBuiltInView(view); }});
    }
    for (const SavedView &view : m_store.list()) {
        result.append({view.name, tr("Saved view"),
                       [this, name = view.name] { const_cast<ViewsSidebar *>(this)->applySavedView(name); }});
    }
    return result;
}

void ViewsSidebar::refreshCounts()
{
    m_countDelay.stop();
    for (int row = 0; row < m_builtInRoot->childCount(); ++row)
        m_builtInRoot->child(row)->setText(CountColumn, QStringLiteral("…"));

    QList<SavedView> builtIn;
    for (BuiltInViews::View view : BuiltInViews::allViews())
        builtIn.append(builtInView(view));
    m_countsPending = 2;
    m_builtInCounter->refresh(builtIn);
    m_savedCounter->refresh(m_store.list());
}

void ViewsSidebar::updateCountTexts()
{
    for (int row = 0; row < m_builtInRoot->childCount(); ++row) {
        QTreeWidgetItem *item = m_builtInRoot->child(row);
        updateCountText(item, m_builtInCounter->count(item->data(NameColumn, KeyRole).toString()));
    }
    for (int row = 0; row < m_savedRoot->childCount(); ++row) {
        QTreeWidgetItem *item = m_savedRoot->child(row);
        if (item->data(NameColumn, KindRole).toInt() == int(Kind::Saved))
            updateCountText(item, m_savedCounter->count(item->data(NameColumn, KeyRole).toString()));
    }
}

void ViewsSidebar::updateCountText(QTreeWidgetItem *item, const std::optional<core::ViewCount> &count)
{
    if (!count) {
        item->setText(CountColumn, QString());
        item->setToolTip(CountColumn, tr("Not counted yet"));
        return;
    }

    const QString age = RelativeTime::format(count->takenAt.toLocalTime());
    if (count->error.isError()) {
        item->setText(CountColumn, QStringLiteral("—"));
        item->setToolTip(CountColumn, ErrorText::describe(count->error, tr("Counting failed %1").arg(age)));
        return;
    }

    const QString total = count->total < 0 ? tr("?") : QLocale().toString(count->total);
    item->setText(CountColumn, tr("%1 · %2").arg(total, age));
    fitCountColumn();
    item->setToolTip(CountColumn, count->total < 0
                                      ? tr("The server sent no total. Counted at %1.").arg(RelativeTime::exactText(count->takenAt))
                                      : tr("%Ln conversations at %1", nullptr, int(count->total))
                                            .arg(RelativeTime::exactText(count->takenAt)));
}

void ViewsSidebar::fitCountColumn()
{
    // The counts keep their full width and the names are elided, because a clipped count misleads.
    int width = 0;
    for (QTreeWidgetItem *root : {m_builtInRoot, m_savedRoot}) {
        for (int row = 0; root && row < root->childCount(); ++row)
            width = qMax(width, m_tree->fontMetrics().horizontalAdvance(root->child(row)->text(CountColumn)));
    }
    width += CountMargin;

    const int available = m_tree->viewport()->width();
    m_tree->header()->resizeSection(CountColumn, qMin(width, available / 2 + CountMargin));
    m_tree->header()->resizeSection(NameColumn, qMax(available - m_tree->header()->sectionSize(CountColumn), 16));
}

bool ViewsSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitCountColumn();
    return QWidget::eventFilter(watched, event);
}

void ViewsSidebar::onItemClicked(QTreeWidgetItem *item)
{
    if (!item || item->data(NameColumn, KindRole).isNull())
        return;
    const QString key = item->data(NameColumn, KeyRole).toString();
    if (item->data(NameColumn, KindRole).toInt() == int(Kind::BuiltIn))
        applyBuiltInView(BuiltInViews::View(key.toInt()));
    else
        applySavedView(key);
}

void ViewsSidebar::applyBuiltInView(BuiltInViews::View view)
{
    if (!m_inbox)
        return;
    m_inbox->views()->select(view);
    m_inbox->showColumns({});
}

void ViewsSidebar::applySavedView(const QString &name)
{
    const std::optional<SavedView> view = m_store.find(name);
    if (!view) {
        showError(tr("The view \"%1\" is not in your saved views any more. %2").arg(name, m_store.lastError()));
        rebuildList();
        return;
    }
    qCInfo(lcViews).noquote() << "applying the saved view" << view->name;
    if (m_inbox)
        m_inbox->applyView(*view);
    m_tree->setCurrentItem(itemOf(view->name));
    m_message->clear();
}

QString ViewsSidebar::nameError(const QString &name, const QString &renaming) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return tr("Enter a name for the view.");
    if (trimmed.size() > SavedView::MaxNameLength)
        return tr("The name is %Ln characters long: use at most %1.", nullptr, int(trimmed.size()))
            .arg(SavedView::MaxNameLength);
    const bool sameView = !renaming.isEmpty() && trimmed.compare(renaming, Qt::CaseInsensitive) == 0;
    if (!sameView && m_store.find(trimmed))
        return tr("A view named \"%1\" exists: choose another name, or delete that view first.").arg(trimmed);
    return {};
}

bool ViewsSidebar::storeView(const SavedView &view, const QString &failure)
{
    if (m_store.save(view)) {
        rebuildList();
        emit viewsChanged();
        m_countDelay.start();
        return true;
    }
    showError(QStringLiteral("%1 %2").arg(failure, m_store.lastError()));
    return false;
}

bool ViewsSidebar::saveCurrentView(const QString &name)
{
    const QString error = nameError(name);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }

    if (!m_inbox)
        return false;
    SavedView view = m_inbox->currentView();
    view.name = name.simplified();
    if (!storeView(view, tr("Saving the view \"%1\" failed.").arg(view.name)))
        return false;
    showNotice(tr("Saved the view \"%1\".").arg(view.name));
    return true;
}

bool ViewsSidebar::renameView(const QString &name, const QString &newName)
{
    std::optional<SavedView> view = m_store.find(name);
    const QString error = view ? nameError(newName, name) : tr("There is no saved view named \"%1\".").arg(name);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }

    // Saved under the new name first, so that a failed write loses nothing.
    view->name = newName.simplified();
    if (!m_store.save(*view)) {
        showError(tr("Renaming the view \"%1\" failed. %2").arg(name, m_store.lastError()));
        return false;
    }
    if (view->name.compare(name, Qt::CaseInsensitive) != 0)
        m_store.remove(name);
    rebuildList();
    emit viewsChanged();
    showNotice(tr("Renamed the view \"%1\" to \"%2\".").arg(name, view->name));
    return true;
}

bool ViewsSidebar::removeView(const QString &name)
{
    if (!m_store.remove(name)) {
        showError(tr("Deleting the view \"%1\" failed. %2").arg(name, m_store.lastError()));
        return false;
    }
    rebuildList();
    emit viewsChanged();
    showNotice(tr("Deleted the view \"%1\".").arg(name));
    return true;
}

bool ViewsSidebar::exportView(const QString &name, const QString &filePath)
{
    const std::optional<SavedView> view = m_store.find(name);
    if (!view) {
        showError(tr("There is no saved view named \"%1\" to export.").arg(name));
        return false;
    }

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(view->toFile()) < 0 || !file.commit()) {
        showError(tr("Exporting the view \"%1\" to %2 failed: %3. Choose another folder.")
                      .arg(name, QDir::toNativeSeparators(filePath), file.errorString()));
        return false;
    }
    showNotice(tr("Exported the view \"%1\" to %2.").arg(name, QDir::toNativeSeparators(filePath)));
    return true;
}

bool ViewsSidebar::importView(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Importing a view from %1 failed: %2.").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return false;
    }

    QString error;
    std::optional<SavedView> view = SavedView::fromFile(file.read(1024 * 1024), &error);
    if (!view) {
        showError(tr("Importing a view from %1 failed. %2").arg(QDir::toNativeSeparators(filePath), error));
        return false;
    }

    // An imported view never replaces one of the same name.
    view->name = freeName(view->name);
    if (!storeView(*view, tr("Importing the view \"%1\" failed.").arg(view->name)))
        return false;
    showNotice(tr("Imported the view \"%1\".").arg(view->name));
    return true;
}

QString ViewsSidebar::freeName(const QString &name) const
{
    QString candidate = name;
    for (int number = 2; m_store.find(candidate); ++number)
        candidate = QStringLiteral("%1 (%2)").arg(name.left(SavedView::MaxNameLength - 6)).arg(number);
    return candidate;
}

bool ViewsSidebar::openLink(const QString &link)
{
    QString error;
    const std::optional<SavedView> view = SavedView::fromLink(QUrl(link.trimmed()), &error);
    if (!view) {
        showError(tr("Opening the view link failed. %1").arg(error));
        return false;
    }

    qCInfo(lcViews).noquote() << "opening the view link of" << view->name;
    if (m_inbox)
        m_inbox->applyView(*view);
    m_tree->clearSelection();
    const std::optional<SavedView> saved = m_store.find(view->name);
    if (saved && *saved == *view) {
        showNotice(tr("Opened your saved view \"%1\".").arg(view->name));
        return true;
    }
    m_linkedView = view;
    showNotice(tr("Opened the view \"%1\" from a link. It is not among your saved views.").arg(view->name));
    m_saveLinked->setVisible(true);
    return true;
}

bool ViewsSidebar::saveLinkedView()
{
    if (!m_linkedView)
        return false;

    SavedView view = *m_linkedView;
    view.name = freeName(view.name);
    if (!storeView(view, tr("Saving the view \"%1\" failed.").arg(view.name)))
        return false;
    m_linkedView.reset();
    showNotice(tr("Saved the view \"%1\".").arg(view.name));
    return true;
}

void ViewsSidebar::copyLink(const QString &name)
{
    const std::optional<SavedView> view = m_store.find(name);
    if (!view) {
        showError(tr("There is no saved view named \"%1\" to share.").arg(name));
        return;
    }
    QApplication::clipboard()->setText(view->toLink().toString(QUrl::FullyEncoded));
    showNotice(tr("Copied the link of \"%1\". Anyone with Weav Console can open it with Open Link….").arg(name));
}

QString ViewsSidebar::selectedSavedName() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->isSelected() || item->data(NameColumn, KindRole).toInt() != int(Kind::Saved) || item->data(NameColumn, KindRole).isNull())
        return {};
    return item->data(NameColumn, KeyRole).toString();
}

void ViewsSidebar::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_tree->itemAt(position);
    if (!item || item->data(NameColumn, KindRole).toInt() != int(Kind::Saved) || item->data(NameColumn, KindRole).isNull())
        return;
    m_tree->setCurrentItem(item);

    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, &ViewsSidebar::promptRenameView);
    menu.addAction(tr("Delete…"), this, &ViewsSidebar::confirmRemoveView);
    menu.addAction(tr("Copy Link"), this, &ViewsSidebar::copySelectedLink);
    menu.addAction(tr("Export…"), this, &ViewsSidebar::promptExportView);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ViewsSidebar::promptSaveView()
{
    auto *dialog = new TextFieldDialog(tr("Save View"), tr("Save the inbox's filters, sort and visible columns as:"),
                                       QString(), [this](const QString &name) { return nameError(name); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveCurrentView(dialog->text()); });
    dialog->open();
}

void ViewsSidebar::promptRenameView()
{
    const QString name = selectedSavedName();
    if (name.isEmpty()) {
        showError(tr("Select one of your saved views to rename it."));
        return;
    }
    auto *dialog = new TextFieldDialog(tr("Rename View"), tr("New name of \"%1\":").arg(name), name,
                                       [this, name](const QString &text) { return nameError(text, name); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] { renameView(name, dialog->text()); });
    dialog->open();
}

void ViewsSidebar::confirmRemoveView()
{
    const QString name = selectedSavedName();
    if (name.isEmpty()) {
        showError(tr("Select one of your saved views to delete it."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete View"),
                                tr("Delete the view \"%1\"? Its conversations stay; only the view goes.").arg(name),
                                QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() == remove)
            removeView(name);
    });
    box->open();
}

void ViewsSidebar::promptExportView()
{
    const QString name = selectedSavedName();
    if (name.isEmpty()) {
        showError(tr("Select one of your saved views to export it."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View"), folder + QLatin1Char('/') + fileNameFor(name),
                                                      tr("Weav Console views (*.json)"));
    if (!path.isEmpty())
        exportView(name, path);
}

void ViewsSidebar::promptImportView()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import View"), folder,
                                                      tr("Weav Console views (*.json);;All files (*)"));
    if (!path.isEmpty())
        importView(path);
}

void ViewsSidebar::promptOpenLink()
{
    auto validator = [](const QString &text) {
        QString error;
        if (!SavedView::fromLink(QUrl(text), &error))
            return error;
        return QString();
    };
    auto *dialog = new TextFieldDialog(tr("Open View Link"), tr("Paste a weav://view link:"), QString(), validator, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openLink(dialog->lineEdit()->text()); });
    dialog->open();
}

void ViewsSidebar::copySelectedLink()
{
    const QString name = selectedSavedName();
    if (name.isEmpty()) {
        showError(tr("Select one of your saved views to copy its link."));
        return;
    }
    copyLink(name);
}

void ViewsSidebar::showError(const QString &message)
{
    qCWarning(lcViews).noquote() << message;
    m_saveLinked->setVisible(false);
    m_message->showMessage(message, FieldMessage::Kind::Error);
}

void ViewsSidebar::showNotice(const QString &message)
{
    m_saveLinked->setVisible(false);
    m_message->showMessage(message, FieldMessage::Kind::Hint);
}

} // namespace weav::ui
