#pragma once

#include "models/ConversationFilter.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace weav::ui {

// The filters of the conversation list: status, priority, channel, assignee, tag, created date
// range and a subject search. filterEdited() follows each edit by the person, after 300 ms of quiet
// for the search and the dates. setFilter() shows a filter without that signal.
//
// Conditions without a control (updated since, one customer, spam) are kept from setFilter() and
// listed in a line with a button that drops them, so that they are never lost unseen.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int EditDelayMs = 300;

    struct Person
    {
        QString id;
        QString name;
    };

    explicit FilterBar(QWidget *parent = nullptr);

    // The filters shown. The sort is the default one: the list keeps its own.
    core::ConversationFilter filter() const;
    // Shows every filter of `filter`, without emitting filterEdited().
    void setFilter(const core::ConversationFilter &filter);

    // The teammates and AI agents the assignee choice offers, by name.
    void setTeammates(const QList<Person> &teammates);
    void setAgents(const QList<Person> &agents);
    // Tags seen in the list, offered by the tag choice.
    void addKnownTags(const QStringList &tags);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *priorityBox() const { return m_priority; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QComboBox *tagBox() const { return m_tag; }
    QDateEdit *createdFromEdit() const { return m_createdFrom; }
    QDateEdit *createdToEdit() const { return m_createdTo; }
    QLabel *dateErrorLabel() const { return m_dateError; }
    QPushButton *clearButton() const { return m_clear; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The person changed a filter. Dates count only once they form a valid range.
    void filterEdited(const weav::core::ConversationFilter &filter);
    // The person pressed "Clear filters".
    void clearRequested();

private:
    void buildChoiceRow(QVBoxLayout *layout);
    void buildDateRow(QVBoxLayout *layout);
    void fillChoiceBoxes();
    void rebuildAssigneeBox();

    void onEdited();
    void onDatesEdited();
    void clearDates();
    void dropHiddenConditions();

    void readDates(core::ConversationFilter &filter) const;
    void showDates(const core::ConversationFilter &filter);
    void showAssignee(const core::ConversationFilter &filter);
    void showHiddenConditions();
    bool validateDates();

    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_tag = nullptr;
    QDateEdit *m_createdFrom = nullptr;
    QDateEdit *m_createdTo = nullptr;
    QToolButton *m_clearDates = nullptr;
    QLabel *m_dateError = nullptr;
    QLabel *m_hiddenText = nullptr;
    QToolButton *m_dropHidden = nullptr;
    QPushButton *m_clear = nullptr;

    QList<Person> m_teammates;
    QList<Person> m_agents;
    QSet<QString> m_knownTags;
    // The assignee choice of the filter shown, kept while the people lists load.
    QString m_assigneeChoice;
    // The conditions without a control: updatedSince, customerId, isSpam.
    core::ConversationFilter m_hidden;
    // The filter last emitted or shown, so that an edit back to it sends nothing.
    core::ConversationFilter m_lastFilter;
    QTimer m_delay;
};

} // namespace weav::ui
