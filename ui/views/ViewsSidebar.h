#pragma once

#include "inbox/BuiltInViews.h"
#include "views/SavedView.h"
#include "views/ViewCounter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace weav::core {
class Session;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcViews)

class FieldMessage;
class InboxView;

// The inbox's views beside the list: the built-in views and the person's saved views of this
// profile, each with its count from ViewCounter (the list's own query) and the time it was taken.
// Clicking a view applies it to the inbox. Saved views are saved from the inbox's current filters,
// sort and visible columns, renamed, deleted, exported to and imported from a JSON file, and shared
// as weav://view links.
//
// Counts are taken again after each reload of the list, after a sync that changed rows or an edit
// in the pane (CountDelayMs later, so that a burst shares one refresh), every CountRefreshMs, and
// on "Refresh counts". Failures and confirmations appear in the line under the list.
class ViewsSidebar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CountRefreshMs = 3 * 60 * 1000;
    // Reloads, syncs and edits within this time share one count refresh.
    static constexpr int CountDelayMs = 1000;

    enum ItemRole { KindRole = Qt::UserRole + 1, KeyRole };
    enum class Kind { BuiltIn, Saved };

    // A view as the command palette offers it.
    struct Entry
    {
        QString title;
        QString detail;
        std::function<void()> open;
    };

    // `storeDirectory` is where the views file goes; empty means SavedViewStore's default.
    ViewsSidebar(core::Session *session, InboxView *inbox, const QString &storeDirectory = {},
                 QWidget *parent = nullptr);

    core::SavedViewStore &store() { return m_store; }
    QTreeWidget *tree() const { return m_tree; }
    // The item of a built-in view or of a saved view by name, or nullptr.
    QTreeWidgetItem *itemOf(BuiltInViews::View view) const;
    QTreeWidgetItem *itemOf(const QString &savedName) const;
    // The count text of an item: "124 · 2 min ago", "…" while counting, "—" when it failed.
    static QString countTextOf(const QTreeWidgetItem *item);
    QString messageText() const;
    QPushButton *saveLinkedViewButton() const { return m_saveLinked; }
    QList<Entry> entries() const;

    // A sentence on what is wrong with the name of a new view, or an empty string. `renaming` is
    // the view being renamed, which may keep its own name.
    QString nameError(const QString &name, const QString &renaming = {}) const;

    // Each returns false and shows why in the message line when it fails.
    bool saveCurrentView(const QString &name);
    bool renameView(const QString &name, const QString &newName);
    bool removeView(const QString &name);
    bool exportView(const QString &name, const QString &filePath);
    bool importView(const QString &filePath);
    bool openLink(const QString &link);
    // Saves the view last opened from a link that is not saved yet.
    bool saveLinkedView();
    void copyLink(const QString &name);
    void applySavedView(const QString &name);
    void applyBuiltInView(BuiltInViews::View view);

    void refreshCounts();

    // The dialogs of the menu entries.
    void promptSaveView();
    void promptRenameView();
    void confirmRemoveView();
    void promptExportView();
    void promptImportView();
    void promptOpenLink();
    void copySelectedLink();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void viewsChanged();
    void countsRefreshed();

private:
    QWidget *buildButtons();
    void rebuildList();
    void addSavedItems();
    void updateCountTexts();
    void updateCountText(QTreeWidgetItem *item, const std::optional<core::ViewCount> &count);
    void fitCountColumn();
    void onItemClicked(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &position);
    // The name of the selected saved view, or an empty string.
    QString selectedSavedName() const;
    // The name, or "Name (2)", "Name (3)"... when a view of that name exists.
    QString freeName(const QString &name) const;
    bool storeView(const core::SavedView &view, const QString &failure);

    void showError(const QString &message);
    void showNotice(const QString &message);

    core::Session *m_session;
    QPointer<InboxView> m_inbox;
    core::SavedViewStore m_store;
    core::ViewCounter *m_builtInCounter;
    core::ViewCounter *m_savedCounter;
    int m_countsPending = 0;

    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_builtInRoot = nullptr;
    QTreeWidgetItem *m_savedRoot = nullptr;
    FieldMessage *m_message = nullptr;
    QPushButton *m_saveLinked = nullptr;
    QToolButton *m_more = nullptr;

    std::optional<core::SavedView> m_linkedView;
    QTimer m_refreshTimer;
    QTimer m_countDelay;
    QTimer m_clock;
};

} // namespace weav::ui
