#include "DrillDownDialog.h"

#include "export/TableExport.h"
#include "models/ConversationListModel.h"
#include "models/NameDirectory.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace weav::ui {

using core::ConversationListModel;
using core::NameDirectory;

DrillDownModel::DrillDownModel(QList<core::Conversation> conversations, NameDirectory *names, QObject *parent)
    : QAbstractTableModel(parent)
    , m_conversations(std::move(conversations))
    , m_names(names)
{
    if (!names)
        return;
    connect(names, &NameDirectory::namesChanged, this, [this] {
        if (!m_conversations.isEmpty())
            emit dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn), {Qt::DisplayRole});
    });
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conversations.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assignee");
    case CreatedColumn:
        return tr("Created");
    case FirstResponseColumn:
        return tr("First response");
    case ClosedColumn:
        return tr("Closed");
    default:
        return {};
    }
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};

    const core::Conversation &conversation = m_conversations.at(index.row());
    if (role == Qt::UserRole)
        return conversation.id;
    if (role == Qt::DisplayRole)
        return displayData(conversation, index.column());
    return {};
}

QVariant DrillDownModel::displayData(const core::Conversation &conversation, int column) const
{
    switch (column) {
    case SubjectColumn:
        return conversation.subject.isEmpty() ? tr("(no subject)") : conversation.subject;
    case ChannelColumn:
        return ConversationListModel::channelLabel(conversation.channel);
    case StatusColumn:
        return ConversationListModel::statusLabel(conversation.status);
    case AssigneeColumn:
        return assigneeName(conversation);
    case CreatedColumn:
        return conversation.createdAt.toLocalTime();
    case FirstResponseColumn:
        return conversation.firstResponseAt.isValid() ? QVariant(conversation.firstResponseAt.toLocalTime()) : QVariant();
    case ClosedColumn:
        return conversation.closedAt.isValid() ? QVariant(conversation.closedAt.toLocalTime()) : QVariant();
    default:
        return {};
    }
}

QString DrillDownModel::assigneeName(const core::Conversation &conversation) const
{
    if (!conversation.isAssigned())
        return tr("Unassigned");
    if (!m_names)
        return conversation.assigneeId;

    const NameDirectory::Kind kind = conversation.assigneeType == QLatin1String("agent") ? NameDirectory::Kind::Agent : NameDirectory::Kind::User;
    const NameDirectory::Entry entry = m_names->lookup(kind, conversation.assigneeId);
    if (entry.state == NameDirectory::State::Known)
        return kind == NameDirectory::Kind::Agent ? tr("%1 (AI agent)").arg(entry.name) : entry.name;
    return conversation.assigneeId;
}

DrillDownDialog::DrillDownDialog(const QString &title, const QString &note, const QDateTime &dataAsOf,
                                 QList<core::Conversation> conversations, NameDirectory *names, QWidget *parent)
    : QDialog(parent)
    , m_model(new DrillDownModel(std::move(conversations), names, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
    , m_open(new QPushButton(tr("Open in Inbox"), this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    resize(1000, 520);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    heading->setWordWrap(true);

    const QString asOf = dataAsOf.isValid() ? QLocale().toString(dataAsOf.toLocalTime(), QLocale::ShortFormat) : tr("an unknown time");
    m_note->setText(tr("%1 This list comes from the conversations cached for analytics, as of %2.").arg(note, asOf));
    m_note->setWordWrap(true);
    m_count->setText(tr("%n conversation(s)", nullptr, m_model->rowCount()));

    m_table->setModel(m_model);
    m_table->setAccessibleName(title);
    m_table->setAccessibleDescription(m_count->text());
    // QTableView moves between cells on Tab by default, which keeps the focus in the table.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(DrillDownModel::SubjectColumn, QHeaderView::Stretch);
    for (int column : {DrillDownModel::ChannelColumn, DrillDownModel::StatusColumn, DrillDownModel::CreatedColumn,
                       DrillDownModel::FirstResponseColumn, DrillDownModel::ClosedColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(DrillDownModel::AssigneeColumn, 160);
    connect(m_table, &QTableView::doubleClicked, this, &DrillDownDialog::openSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(m_open, &QPushButton::clicked, this, &DrillDownDialog::openSelected);
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void DrillDownDialog::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    emit conversationRequested(m_model->conversationAt(rows.first().row()).id);
}

void DrillDownDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QDir(folder).filePath(QStringLiteral("conversations.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;

    core::TableExportOptions options;
    options.idRole = Qt::UserRole;
    QString error;
    if (core::TableExport::writeFile(*m_model, options, path, &error))
        return;
    QMessageBox::warning(this, tr("Export failed"),
                         tr("Could not export the list to %1: %2. Check that the folder is writable, or choose another "
                            "file.")
                             .arg(QDir::toNativeSeparators(path), error));
}

} // namespace weav::ui
