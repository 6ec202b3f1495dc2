#include "FilterBar.h"

#include "settings/Appearance.h"
#include "models/ConversationListModel.h"
#include "shell/ShellIcons.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

// The value of a date edit that means "no date", shown as the edit's special text.
const QDate NoDate(2000, 1, 1);

const QString UserPrefix = QStringLiteral("user:");
const QString AgentPrefix = QStringLiteral("agent:");

// Selects the item whose data is `value`. A value the box does not offer (a comma list from a
// view, say) is added as an item labelled by `label`, so that the filter shown is the one applied.
void selectValue(QComboBox *box, const QString &value, const QString &label)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(label, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

// "Urgent or high" for "urgent,high", with each value through `labelOf`.
QString choiceListLabel(const QString &values, QString (*labelOf)(const QString &))
{
    QStringList labels;
    for (const QString &value : values.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels.append(labelOf(value.trimmed()));
    return labels.join(FilterBar::tr(" or "));
}

// A date edit that lets Tab leave it while it shows its special value text ("Any date"). There Qt's
// QDateEdit (seen with 6.4) moves between the sections of the hidden date and keeps the focus.
class OptionalDateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override
    {
        if (date() == minimumDate() && !specialValueText().isEmpty())
            return QWidget::focusNextPrevChild(next);
        return QDateEdit::focusNextPrevChild(next);
    }
};

QDateEdit *createDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(FilterBar::tr("Any date"));
    edit->setDate(NoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

// Midnight at the start of `date` in the local time zone.
QDateTime localMidnight(const QDate &date)
{
    return date.startOfDay(Qt::LocalTime);
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(EditDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &FilterBar::onEdited);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    buildChoiceRow(layout);
    buildDateRow(layout);
    fillChoiceBoxes();
    showHiddenConditions();
}

void FilterBar::buildChoiceRow(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search subjects…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search subjects"));
    m_search->setMinimumWidth(180);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::onEdited);
    row->addWidget(m_search, 2);

    m_status = new QComboBox(this);
    m_priority = new QComboBox(this);
    m_channel = new QComboBox(this);
    m_assignee = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_priority->setAccessibleName(tr("Priority"));
    m_channel->setAccessibleName(tr("Channel"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setMinimumContentsLength(14);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QComboBox *box : {m_status, m_priority, m_channel, m_assignee}) {
        connect(box, &QComboBox::activated, this, &FilterBar::onEdited);
        row->addWidget(box);
    }

    m_tag = new QComboBox(this);
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tag->lineEdit()->setClearButtonEnabled(true);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setMinimumContentsLength(10);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_tag, &QComboBox::textActivated, this, &FilterBar::onEdited);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::onEdited);
    row->addWidget(m_tag, 1);

    layout->addLayout(row);
}

void FilterBar::buildDateRow(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(6);

    m_createdFrom = createDateEdit(this, tr("Created from"));
    m_createdTo = createDateEdit(this, tr("Created to"));
    m_createdFrom->setToolTip(tr("Conversations created on or after this local date."));
    m_createdTo->setToolTip(tr("Conversations created on or before this local date."));
    connect(m_createdFrom, &QDateEdit::dateChanged, this, &FilterBar::onDatesEdited);
    connect(m_createdTo, &QDateEdit::dateChanged, this, &FilterBar::onDatesEdited);
    m_createdFrom->calendarWidget()->installEventFilter(this);
    m_createdTo->calendarWidget()->installEventFilter(this);

    m_clearDates = new QToolButton(this);
    m_clearDates->setText(tr("Any date"));
    m_clearDates->setToolTip(tr("Remove the created date range."));
    connect(m_clearDates, &QToolButton::clicked, this, &FilterBar::clearDates);

    m_dateError = new QLabel(this);
    m_dateError->setObjectName(QStringLiteral("dateError"));
    m_dateError->setStyleSheet(QStringLiteral("QLabel#dateError { color: %1; }").arg(appearance::errorTextColor(palette()).name()));
    m_dateError->setVisible(false);

    m_hiddenText = new QLabel(this);
    m_dropHidden = new QToolButton(this);
    m_dropHidden->setText(tr("Remove"));
    m_dropHidden->setToolTip(tr("Remove the conditions that have no control here."));
    connect(m_dropHidden, &QToolButton::clicked, this, &FilterBar::dropHiddenConditions);

    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setToolTip(tr("Show every conversation."));
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearRequested);

    row->addWidget(new QLabel(tr("Created from"), this));
    row->addWidget(m_createdFrom);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_createdTo);
    row->addWidget(m_clearDates);
    row->addWidget(m_dateError);
    row->addSpacing(12);
    row->addWidget(m_hiddenText);
    row->addWidget(m_dropHidden);
    row->addStretch(1);
    row->addWidget(m_clear);

    layout->addLayout(row);
}

void FilterBar::fillChoiceBoxes()
{
    using core::ConversationListModel;

    m_status->addItem(tr("Any status"), QString());
    for (const char *status : {"open", "closed"})
        m_status->addItem(ConversationListModel::statusLabel(QLatin1String(status)), QLatin1String(status));

    m_priority->addItem(tr("Any priority"), QString());
    m_priority->addItem(tr("Urgent or high"), QStringLiteral("urgent,high"));
    for (const char *priority : {"urgent", "high", "normal", "low"})
        m_priority->addItem(ConversationListModel::priorityLabel(QLatin1String(priority)), QLatin1String(priority));

    m_channel->addItem(tr("Any channel"), QString());
    for (const char *channel : {"email", "chat"})
        m_channel->addItem(ConversationListModel::channelLabel(QLatin1String(channel)), QLatin1String(channel));

    rebuildAssigneeBox();
}

void FilterBar::rebuildAssigneeBox()
{
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();

    m_assignee->addItem(tr("Any assignee"), QString());
    m_assignee->addItem(tr("Unassigned"), QStringLiteral("none"));
    m_assignee->addItem(shellIcon(QStringLiteral("teammate")), tr("Any teammate"), QStringLiteral("user"));
    m_assignee->addItem(shellIcon(QStringLiteral("ai-agent")), tr("Any AI agent"), QStringLiteral("agent"));

    if (!m_teammates.isEmpty())
        m_assignee->insertSeparator(m_assignee->count());
    for (const Person &teammate : std::as_const(m_teammates))
        m_assignee->addItem(shellIcon(QStringLiteral("teammate")), teammate.name, UserPrefix + teammate.id);

    if (!m_agents.isEmpty())
        m_assignee->insertSeparator(m_assignee->count());
    for (const Person &agent : std::as_const(m_agents)) {
        // The text marker distinguishes AI agents from teammates without the icon.
        m_assignee->addItem(shellIcon(QStringLiteral("ai-agent")), tr("AI · %1").arg(agent.name),
                            AgentPrefix + agent.id);
    }

    if (m_assigneeChoice.startsWith(UserPrefix) || m_assigneeChoice.startsWith(AgentPrefix)) {
        // Until the lists arrive, a chosen teammate or agent is shown by id.
        selectValue(m_assignee, m_assigneeChoice, m_assigneeChoice.section(QLatin1Char(':'), 1));
        return;
    }
    selectValue(m_assignee, m_assigneeChoice, m_assigneeChoice);
}

core::ConversationFilter FilterBar::filter() const
{
    core::ConversationFilter filter;
    filter.updatedSince = m_hidden.updatedSince;
    filter.customerId = m_hidden.customerId;
    filter.isSpam = m_hidden.isSpam;

    filter.text = m_search->text().trimmed();
    filter.status = m_status->currentData().toString();
    filter.priority = m_priority->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    filter.tag = m_tag->currentText().trimmed();

    const QString assignee = m_assignee->currentData().toString();
    if (assignee.startsWith(UserPrefix)) {
        filter.assigneeType = QStringLiteral("user");
        filter.assigneeId = assignee.mid(UserPrefix.size());
    } else if (assignee.startsWith(AgentPrefix)) {
        filter.assigneeType = QStringLiteral("agent");
        filter.assigneeId = assignee.mid(AgentPrefix.size());
    } else {
        filter.assigneeType = assignee;
    }

    readDates(filter);
    return filter;
}

void FilterBar::readDates(core::ConversationFilter &filter) const
{
    const QDate from = dateOf(m_createdFrom);
    const QDate to = dateOf(m_createdTo);
    if (from.isValid())
        filter.createdFrom = localMidnight(from);
    // The "to" date is inclusive for the person, and created_to is exclusive: the next midnight.
    if (to.isValid())
        filter.createdTo = localMidnight(to.addDays(1));
}

void FilterBar::setFilter(const core::ConversationFilter &filter)
{
    using core::ConversationListModel;

    m_delay.stop();
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker tagBlocker(m_tag);

    m_search->setText(filter.text);
    selectValue(m_status, filter.status, choiceListLabel(filter.status, &ConversationListModel::statusLabel));
    selectValue(m_priority, filter.priority, choiceListLabel(filter.priority, &ConversationListModel::priorityLabel));
    selectValue(m_channel, filter.channel, choiceListLabel(filter.channel, &ConversationListModel::channelLabel));
    m_tag->setEditText(filter.tag);
    showAssignee(filter);
    showDates(filter);

    m_hidden = core::ConversationFilter();
    m_hidden.updatedSince = filter.updatedSince;
    m_hidden.customerId = filter.customerId;
    m_hidden.isSpam = filter.isSpam;
    showHiddenConditions();

    m_lastFilter = this->filter();
}

void FilterBar::showAssignee(const core::ConversationFilter &filter)
{
    if (!filter.assigneeId.isEmpty() && filter.assigneeType == QLatin1String("agent"))
        m_assigneeChoice = AgentPrefix + filter.assigneeId;
    else if (!filter.assigneeId.isEmpty())
        m_assigneeChoice = UserPrefix + filter.assigneeId;
    else
        m_assigneeChoice = filter.assigneeType;
    rebuildAssigneeBox();
}

void FilterBar::showDates(const core::ConversationFilter &filter)
{
    const QSignalBlocker fromBlocker(m_createdFrom);
    const QSignalBlocker toBlocker(m_createdTo);

    const QDate from = filter.createdFrom.isValid() ? filter.createdFrom.toLocalTime().date() : NoDate;
    // createdTo is exclusive, so a bound at local midnight shows as the day before it.
    QDate to = NoDate;
    if (filter.createdTo.isValid()) {
        const QDateTime local = filter.createdTo.toLocalTime();
        to = local.time() == QTime(0, 0) ? local.date().addDays(-1) : local.date();
    }
    m_createdFrom->setDate(from);
    m_createdTo->setDate(to);
    validateDates();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // A calendar opened on "Any date" would show January 2000, the stand-in for no date, so it
    // opens on the current month instead.
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_createdFrom, m_createdTo}) {
            if (watched == edit->calendarWidget() && edit->date() == NoDate) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setTeammates(const QList<Person> &teammates)
{
    m_teammates = teammates;
    rebuildAssigneeBox();
}

void FilterBar::setAgents(const QList<Person> &agents)
{
    m_agents = agents;
    rebuildAssigneeBox();
}

void FilterBar::addKnownTags(const QStringList &tags)
{
    bool added = false;
    for (const QString &tag : tags) {
        if (!tag.isEmpty() && !m_knownTags.contains(tag)) {
            m_knownTags.insert(tag);
            added = true;
        }
    }
    if (!added)
        return;

    QStringList sorted(m_knownTags.cbegin(), m_knownTags.cend());
    sorted.sort(Qt::CaseInsensitive);

    // Refilling the box must keep what the person is typing in it.
    const QSignalBlocker blocker(m_tag);
    const QString typed = m_tag->currentText();
    const int cursor = m_tag->lineEdit()->cursorPosition();
    m_tag->clear();
    m_tag->addItems(sorted);
    m_tag->setEditText(typed);
    m_tag->lineEdit()->setCursorPosition(cursor);
}

void FilterBar::onEdited()
{
    m_delay.stop();
    if (m_assignee->currentData().isValid())
        m_assigneeChoice = m_assignee->currentData().toString();
    if (!validateDates())
        return;

    const core::ConversationFilter edited = filter();
    if (edited == m_lastFilter)
        return;
    m_lastFilter = edited;
    emit filterEdited(edited);
}

void FilterBar::onDatesEdited()
{
    // Typing a date changes it digit by digit, so the range applies after a pause.
    if (validateDates())
        m_delay.start();
}

void FilterBar::clearDates()
{
    {
        const QSignalBlocker fromBlocker(m_createdFrom);
        const QSignalBlocker toBlocker(m_createdTo);
        m_createdFrom->setDate(NoDate);
        m_createdTo->setDate(NoDate);
    }
    m_clearDates->setEnabled(false);
    onEdited();
}

void FilterBar::dropHiddenConditions()
{
    m_hidden = core::ConversationFilter();
    showHiddenConditions();
    onEdited();
}

bool FilterBar::validateDates()
{
    const QDate from = dateOf(m_createdFrom);
    const QDate to = dateOf(m_createdTo);
    m_clearDates->setEnabled(from.isValid() || to.isValid());

    const bool valid = !from.isValid() || !to.isValid() || from <= to;
    if (valid) {
        m_dateError->clear();
        m_dateError->setVisible(false);
        return true;
    }

    const QString fromText = QLocale().toString(from, QLocale::ShortFormat);
    m_dateError->setText(tr("The end date is before the start date: pick %1 or later.").arg(fromText));
    m_dateError->setVisible(true);
    return false;
}

void FilterBar::showHiddenConditions()
{
    QStringList conditions;
    if (m_hidden.updatedSince.isValid()) {
        const QString since = QLocale().toString(m_hidden.updatedSince.toLocalTime().date(), QLocale::ShortFormat);
        conditions.append(tr("updated since %1").arg(since));
    }
    if (!m_hidden.customerId.isEmpty())
        conditions.append(tr("one customer"));
    if (m_hidden.isSpam)
        conditions.append(*m_hidden.isSpam ? tr("spam only") : tr("no spam"));

    const bool any = !conditions.isEmpty();
    m_hiddenText->setText(any ? tr("Also: %1").arg(conditions.join(QStringLiteral(", "))) : QString());
    m_hiddenText->setVisible(any);
    m_dropHidden->setVisible(any);
}

} // namespace weav::ui
