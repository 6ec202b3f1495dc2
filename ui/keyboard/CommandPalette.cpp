#include "CommandPalette.h"

#include "FloatingPanel.h"
#include "FuzzyMatch.h"
#include "ShortcutRegistry.h"
#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "models/ConversationListModel.h"
#include "workspace/Session.h"

#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace weav::ui {

namespace {

constexpr int PaletteWidth = 640;
constexpr int ListRows = 12;
constexpr int EntryRole = Qt::UserRole + 1;
// NOTE: each key press ranks at most this many loaded rows, and the server search covers the
// rest. The limit is an estimate of what keeps typing smooth and has not been measured.
constexpr int MaxLocalConversations = 5000;

QString kindText(CommandPalette::Kind kind)
{
    switch (kind) {
    case CommandPalette::Kind::Action: return CommandPalette::tr("Action");
    case CommandPalette::Kind::View: return CommandPalette::tr("View");
    case CommandPalette::Kind::Conversation: return CommandPalette::tr("Conversation");
    }
    return {};
}

CommandPalette::Entry conversationEntry(const core::Conversation &conversation,
                                        const std::function<void(const QString &)> &open)
{
    CommandPalette::Entry entry;
    entry.kind = CommandPalette::Kind::Conversation;
    entry.title = conversation.subject.isEmpty() ? CommandPalette::tr("(no subject)") : conversation.subject;
    entry.detail = QStringLiteral("%1 · %2").arg(core::ConversationListModel::channelLabel(conversation.channel),
                                                  core::ConversationListModel::statusLabel(conversation.status));
    entry.run = [open, id = conversation.id] {
        if (open)
            open(id);
    };
    return entry;
}

constexpr int DetailRole = Qt::UserRole + 2;

// Paints an entry as its title on the left and its kind and detail, dimmed, on the right.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem titleOption = option;
        initStyleOption(&titleOption, index);
        const QString detail = index.data(DetailRole).toString();
        const int detailWidth = qMin(option.fontMetrics.horizontalAdvance(detail) + 2 * Padding, option.rect.width() / 2);

        // The background and the title, which leaves room for the detail.
        titleOption.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &titleOption, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect titleRect = option.rect.adjusted(Padding, 0, -detailWidth, 0);
        painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                          option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));
        if (!selected)
            painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        const QRect detailRect(option.rect.right() - detailWidth, option.rect.top(), detailWidth - Padding, option.rect.height());
        painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignRight,
                          option.fontMetrics.elidedText(detail, Qt::ElideLeft, detailRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() + 2 * Padding);
        return size;
    }

private:
    static constexpr int Padding = 6;
};

} // namespace

CommandPalette::CommandPalette(core::Session *session, QWidget *window)
    : QFrame(window)
    , m_session(session)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    styleAsFloatingPanel(this);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setAccessibleName(tr("Command"));
    m_query->setPlaceholderText(tr("Type an action, a view or a conversation subject"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    QFont larger = m_query->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_query->setFont(larger);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("paletteResults"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setItemDelegate(new EntryDelegate(m_results));

    m_hint = new QLabel(tr("↑↓ move · Enter runs · Esc closes"), this);
    m_hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(ServerSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &CommandPalette::searchServer);
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        m_serverEntries.clear();
        ++m_searchGeneration;
        updateResults();
        m_searchDelay.start();
    });
    connect(m_results, &QListWidget::itemClicked, this, [this] { runSelected(); });

    hide();
}

void CommandPalette::setSources(const Sources &sources)
{
    m_sources = sources;
}

void CommandPalette::popUp()
{
    collectEntries();
    m_serverEntries.clear();
    m_query->clear();
    updateResults();

    m_previousFocus = QApplication::focusWidget();
    placeInWindow();
    show();
    raise();
    m_query->setFocus(Qt::ShortcutFocusReason);
    qApp->installEventFilter(this);
}

void CommandPalette::dismiss()
{
    if (!isVisible())
        return;
    qApp->removeEventFilter(this);
    m_searchDelay.stop();
    ++m_searchGeneration;
    hide();
    if (m_previousFocus)
        m_previousFocus->setFocus(Qt::OtherFocusReason);
}

void CommandPalette::placeInWindow()
{
    // The list grows with the results, up to ListRows rows.
    const QWidget *window = parentWidget();
    const int rowHeight = m_results->sizeHintForRow(0) > 0 ? m_results->sizeHintForRow(0) : fontMetrics().height() + 12;
    const int rows = qBound(1, m_results->count(), ListRows);
    m_results->setFixedHeight(rows * rowHeight + 2 * m_results->frameWidth());
    const int width = qMin(PaletteWidth, window->width() - 40);
    const int height = qMin(sizeHint().height(), window->height() - 80);
    setGeometry((window->width() - width) / 2, 60, width, height);
}

QStringList CommandPalette::resultTitles() const
{
    QStringList titles;
    for (const Entry &entry : m_shown)
        titles.append(entry.title);
    return titles;
}

void CommandPalette::collectEntries()
{
    m_entries.clear();
    if (m_sources.actions)
        m_entries.append(m_sources.actions());
    if (m_sources.views)
        m_entries.append(m_sources.views());
    m_entries.append(loadedConversations());
}

QList<CommandPalette::Entry> CommandPalette::loadedConversations() const
{
    QList<Entry> entries;
    const core::ConversationListModel *model = m_sources.conversations;
    if (!model)
        return entries;
    const int rows = qMin(model->rowCount(), MaxLocalConversations);
    for (int row = 0; row < rows; ++row)
        entries.append(conversationEntry(model->rowAt(row), m_sources.openConversation));
    return entries;
}

QList<CommandPalette::Entry> CommandPalette::rank(const QString &query, const QList<Entry> &entries, int limit)
{
    struct Scored
    {
        int score;
        qsizetype order;
    };
    QList<Scored> scored;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        if (const std::optional<int> score = fuzzy::score(query, entries.at(index).title))
            scored.append({*score, index});
    }
    std::stable_sort(scored.begin(), scored.end(), [&entries](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return int(entries.at(a.order).kind) < int(entries.at(b.order).kind);
    });

    QList<Entry> ranked;
    for (qsizetype index = 0; index < scored.size() && index < limit; ++index)
        ranked.append(entries.at(scored.at(index).order));
    return ranked;
}

void CommandPalette::updateResults()
{
    QList<Entry> candidates = m_entries;
    candidates.append(m_serverEntries);
    m_shown = rank(m_query->text(), candidates);

    m_results->clear();
    for (qsizetype index = 0; index < m_shown.size(); ++index) {
        const Entry &entry = m_shown.at(index);
        const QString detail = entry.detail.isEmpty() ? kindText(entry.kind)
                                                      : QStringLiteral("%1 · %2").arg(kindText(entry.kind), entry.detail);
        auto *item = new QListWidgetItem(entry.title, m_results);
        item->setData(EntryRole, int(index));
        item->setData(DetailRole, detail);
        item->setToolTip(detail);
    }
    if (m_results->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing matches \"%1\".").arg(m_query->text()), m_results);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
    if (isVisible())
        placeInWindow();
}

void CommandPalette::searchServer()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || !m_session || !isVisible())
        return;

    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("q"), query);
    parameters.addQueryItem(QStringLiteral("per_page"), QString::number(ServerResults));
    const quint64 generation = m_searchGeneration;
    const core::ApiRequest request = core::ApiRequest::get(core::endpoints::conversations(), parameters);
    m_session->send(request, this, [this, generation, query](const core::ApiResponse &response) {
        if (generation != m_searchGeneration)
            return; // The query changed meanwhile.
        if (!response.ok()) {
            qCWarning(lcKeyboard).noquote() << "palette search for conversations failed:" << response.error.summary();
            m_hint->setText(tr("Searching the server failed: %1. Only loaded conversations are listed.")
                                .arg(response.error.summary()));
            emit serverSearchFinished(query);
            return;
        }

        QSet<QString> loaded;
        if (m_sources.conversations) {
            for (int row = 0; row < m_sources.conversations->rowCount(); ++row)
                loaded.insert(m_sources.conversations->rowAt(row).id);
        }
        for (const QJsonValue &value : response.object().value(QStringLiteral("data")).toArray()) {
            const std::optional<core::Conversation> conversation = core::Conversation::fromJson(value.toObject());
            if (conversation && !loaded.contains(conversation->id))
                m_serverEntries.append(conversationEntry(*conversation, m_sources.openConversation));
        }
        updateResults();
        emit serverSearchFinished(query);
    });
}

void CommandPalette::runSelected()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(EntryRole).isNull())
        return;
    const Entry entry = m_shown.value(item->data(EntryRole).toInt());
    dismiss();
    if (entry.run)
        entry.run();
}

void CommandPalette::moveSelection(int step)
{
    const int count = m_results->count();
    if (count == 0)
        return;
    const int row = qBound(0, m_results->currentRow() + step, count - 1);
    m_results->setCurrentRow(row);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // A click outside the palette closes it.
    if (event->type() == QEvent::MouseButtonPress && isVisible()) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget != this && !isAncestorOf(widget))
            dismiss();
        return false;
    }
    if (watched != m_query || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);

    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape: dismiss(); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: runSelected(); return true;
    case Qt::Key_Down: moveSelection(1); return true;
    case Qt::Key_Up: moveSelection(-1); return true;
    case Qt::Key_PageDown: moveSelection(ListRows); return true;
    case Qt::Key_PageUp: moveSelection(-ListRows); return true;
    default: return false;
    }
}

} // namespace weav::ui
