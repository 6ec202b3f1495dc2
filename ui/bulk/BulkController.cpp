#include "BulkController.h"

#include "BulkResultDialog.h"
#include "bulk/MatchingIds.h"
#include "common/ErrorText.h"
#include "models/ConversationListModel.h"
#include "types/Conversation.h"
#include "workspace/Session.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace weav::ui {

Q_LOGGING_CATEGORY(lcBulkUi, "weav.ui.bulk")

BulkController::BulkController(core::Session *session, core::ConversationListModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_concurrency(core::BulkOperation::DefaultConcurrency)
{
}

BulkController::~BulkController() = default;

void BulkController::start(const BulkAction &action, BulkScope scope, const QStringList &selectedIds)
{
    m_action = action;
    m_scope = scope;
    if (scope == BulkScope::AllMatching)
        collectMatching();
    else
        confirm(selectedIds);
}

void BulkController::collectMatching()
{
    m_matching = new core::MatchingIds(m_session->client(), m_model->filter(), this);

    m_collectDialog = new QProgressDialog(tr("Collecting the conversations that match this view…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_collectDialog->setWindowTitle(m_action.title());
    m_collectDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_collectDialog->setMinimumDuration(0);
    m_collectDialog->setAutoClose(false);
    m_collectDialog->setAutoReset(false);

    connect(m_matching, &core::MatchingIds::progress, m_collectDialog, [this](int collected, qint64 total) {
        if (total > 0)
            m_collectDialog->setMaximum(int(total));
        m_collectDialog->setValue(qMin(collected, m_collectDialog->maximum() > 0 ? m_collectDialog->maximum() : collected));
        m_collectDialog->setLabelText(tr("Collecting the conversations that match this view: %L1 so far…").arg(collected));
    });
    connect(m_collectDialog, &QProgressDialog::canceled, this, [this] {
        endCollecting();
        emit abandoned(tr("Collecting the matching conversations was cancelled. Nothing was changed."));
    });
    connect(m_matching, &core::MatchingIds::finished, this, [this](const QStringList &ids) {
        endCollecting();
        confirm(ids);
    });
    connect(m_matching, &core::MatchingIds::failed, this, &BulkController::onCollectFailed);

    m_collectDialog->open();
    m_matching->start();
}

// Stops the collection and closes its dialog. Closing a QProgressDialog emits canceled(), so the
// dialog is disconnected first.
void BulkController::endCollecting()
{
    if (m_matching) {
        m_matching->cancel();
        m_matching->deleteLater();
    }
    if (m_collectDialog) {
        disconnect(m_collectDialog, nullptr, this, nullptr);
        m_collectDialog->close();
    }
}

void BulkController::onCollectFailed(const core::ApiError &error)
{
    endCollecting();

    const QString message = ErrorText::describe(error, tr("Could not collect the conversations that match this view"));
    qCWarning(lcBulkUi) << "collecting matching ids failed:" << error.summary();
    auto *box = new QMessageBox(QMessageBox::Warning, m_action.title(), message + QLatin1Char(' ') + tr("Nothing was changed."),
                                QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit abandoned(message);
}

void BulkController::confirm(const QStringList &ids)
{
    m_ids = ids;
    if (ids.isEmpty()) {
        emit abandoned(tr("No conversation matches this view. Nothing was changed."));
        return;
    }

    const QString scopeText = m_scope == BulkScope::AllMatching
                                  ? tr("all %Ln conversations that match this view", nullptr, int(ids.size()))
                                  : tr("the %Ln selected conversations", nullptr, int(ids.size()));
    const QString question = tr("%1: %2?").arg(m_action.title(), scopeText);
    const QString detail = tr("Each conversation is changed with its own request, %1 at a time. Failures are listed with "
                              "their reason, and can be retried.").arg(m_concurrency);

    m_confirmDialog = new QMessageBox(QMessageBox::Question, m_action.title(), question, QMessageBox::Cancel, m_dialogParent);
    m_confirmDialog->setInformativeText(detail);
    m_confirmDialog->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = m_confirmDialog->addButton(tr("%1 (%L2)").arg(m_action.title()).arg(ids.size()), QMessageBox::AcceptRole);
    m_confirmDialog->setDefaultButton(go);
    connect(m_confirmDialog, &QMessageBox::finished, this, [this, go] {
        if (m_confirmDialog && m_confirmDialog->clickedButton() == go)
            run();
        else
            emit abandoned(tr("Nothing was changed."));
    });
    m_confirmDialog->open();
    emit confirmShown(int(ids.size()));
}

void BulkController::run()
{
    if (!m_session)
        return;

    auto *operation = new core::BulkOperation(m_session, m_ids, m_action.requestFactory());
    operation->setFollowUp(m_action.followUpFactory());
    operation->setConcurrency(m_concurrency);
    connect(operation, &core::BulkOperation::itemReplied, this, [this](int, const core::ApiResponse &response) { mergeReply(response); });

    m_resultDialog = new BulkResultDialog(operation, m_action, loadedSubjects(), m_dialogParent);
    m_resultDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_resultDialog->open();
    qCInfo(lcBulkUi) << "bulk action" << m_action.title() << "on" << m_ids.size() << "conversations";
    m_resultDialog->start();
    emit resultShown(m_resultDialog);
}

// The list shows each change as its reply arrives, from the conversation the server returned.
void BulkController::mergeReply(const core::ApiResponse &response)
{
    if (!response.ok() || !m_model)
        return;

    std::optional<core::Conversation> conversation = core::Conversation::fromJson(response.object());
    if (conversation)
        m_model->upsert(std::move(*conversation));
}

QHash<QString, QString> BulkController::loadedSubjects() const
{
    QHash<QString, QString> subjects;
    if (!m_model)
        return subjects;
    for (const core::Conversation &conversation : m_model->rows())
        subjects.insert(conversation.id, conversation.subject);
    return subjects;
}

} // namespace weav::ui
