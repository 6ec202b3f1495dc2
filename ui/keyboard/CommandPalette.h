#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace weav::core {
class ConversationListModel;
class Session;
}

namespace weav::ui {

// The command palette (Ctrl+K): a query field over a list of actions, views and conversations,
// ranked by fuzzy::score(). Conversations come from the rows the inbox has loaded and, after
// ServerSearchDelayMs of quiet, from a search of the server (GET /v1/conversations?q=) for those
// not loaded. Up and Down move, Enter runs the selected entry, Esc closes. It floats over the top
// of its parent window as a child widget, so that a grab of the window shows it.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    static constexpr int ServerSearchDelayMs = 250;
    static constexpr int MaxResults = 50;
    static constexpr int ServerResults = 20;

    enum class Kind { Action, View, Conversation };

    struct Entry
    {
        Kind kind = Kind::Action;
        QString title;
        // A shortcut, "Saved view", a conversation's customer and status...
        QString detail;
        std::function<void()> run;
    };

    // The sources are asked each time the palette opens.
    struct Sources
    {
        std::function<QList<Entry>()> actions;
        std::function<QList<Entry>()> views;
        QPointer<core::ConversationListModel> conversations;
        std::function<void(const QString &conversationId)> openConversation;
    };

    CommandPalette(core::Session *session, QWidget *window);

    void setSources(const Sources &sources);
    void popUp();
    void dismiss();

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }
    // The titles of the results, in order.
    QStringList resultTitles() const;

    // Ranks entries by their score against the query, best first; entries that do not match are
    // dropped. Ties keep the kinds' order (actions, views, conversations) and then the input order.
    static QList<Entry> rank(const QString &query, const QList<Entry> &entries, int limit = MaxResults);

signals:
    // The server search for the query has been answered (or failed).
    void serverSearchFinished(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collectEntries();
    QList<Entry> loadedConversations() const;
    void updateResults();
    void searchServer();
    void runSelected();
    void moveSelection(int step);
    void placeInWindow();

    core::Session *m_session;
    QPointer<QWidget> m_previousFocus;
    Sources m_sources;
    QList<Entry> m_entries;
    QList<Entry> m_serverEntries;
    QList<Entry> m_shown;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_hint;
    QTimer m_searchDelay;
    quint64 m_searchGeneration = 0;
};

} // namespace weav::ui
