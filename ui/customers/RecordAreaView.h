#pragma once

#include "RecordDeletion.h"
#include "RecordFormDialog.h"
#include "RecordListPanel.h"
#include "common/ErrorText.h"
#include "types/JsonReader.h"
#include "workspace/Session.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWidget>

#include <optional>
#include <type_traits>

namespace weav::ui {

// The behaviour that the Customers and Companies areas share, for a record type T (core::Customer,
// core::Company) listed by Model (a core::ResourceListModel<T> with a filter that has a text field).
// The list panel sits beside the subclass's detail pane. The base opens a record by id (from the
// list, or with GET when it is not loaded), opens the create and edit dialogs, merges a saved record
// into the list, and deletes the shown record after a confirmation. The subclass gives the detail
// pane, the dialogs, the paths and the words.
template <typename T, typename Model>
class RecordAreaView : public QWidget
{
public:
    Model *model() const { return m_model; }
    RecordListPanel *list() const { return m_list; }
    // The open delete confirmation, or nullptr.
    QMessageBox *deleteConfirmation() const { return m_confirmation; }

    // Loads the list with this search; an empty text lists every record.
    void search(const QString &text)
    {
        m_list->setSearchText(text);

        std::decay_t<decltype(m_model->filter())> filter;
        filter.text = text;
        qCDebug(logCategory()).noquote() << "loading" << m_model->endpoint() << filter.toQuery().toString();
        m_model->setFilter(filter);
    }

    // Shows the record: selects its row when it is loaded, and fetches it otherwise.
    void openRecord(const QString &id)
    {
        m_list->selectId(id);
        if (const std::optional<T> record = m_model->find(id)) {
            showRecord(*record);
            return;
        }
        fetchRecord(id);
    }

    void startCreate()
    {
        if (m_dialog || !m_session->canWrite())
            return;
        openDialog(createDialog(nullptr));
    }

    void startEdit()
    {
        const std::optional<T> shown = shownRecord();
        if (m_dialog || !m_session->canWrite() || !shown)
            return;
        openDialog(createDialog(&*shown));
    }

    void startDelete()
    {
        const std::optional<T> shown = shownRecord();
        if (m_confirmation || !m_session->canWrite() || !shown)
            return;

        const DeleteTexts texts = deleteTexts(*shown);
        m_confirmation = RecordDeletion::confirm(this, texts.title, texts.question, texts.consequences,
                                                 [this, record = *shown] { deleteRecord(record); });
    }

protected:
    struct DeleteTexts
    {
        QString title;
        QString question;
        QString consequences;
    };

    RecordAreaView(core::Session *session, Model *model, const RecordListTexts &texts, QWidget *parent)
        : QWidget(parent)
        , m_session(session)
        , m_model(model)
    {
        m_model->setParent(this);
        m_list = new RecordListPanel(session, model, texts, this);

        QObject::connect(m_list, &RecordListPanel::searchChanged, this, [this](const QString &text) { search(text); });
        QObject::connect(m_list, &RecordListPanel::currentChanged, this, [this](const QString &id) {
            if (const std::optional<T> record = m_model->find(id))
                showRecord(*record);
        });
        QObject::connect(m_list, &RecordListPanel::createRequested, this, [this] { startCreate(); });
        QObject::connect(m_list, &RecordListPanel::editRequested, this, [this] { startEdit(); });
        QObject::connect(m_list, &RecordListPanel::activated, this, [this] { startEdit(); });
        QObject::connect(m_list, &RecordListPanel::deleteRequested, this, [this] { startDelete(); });
    }

    // Puts the list and the detail pane side by side; listShare is the list's part of the width.
    void setDetailPane(QWidget *detail, double listShare)
    {
        m_listShare = listShare;
        m_splitter = new QSplitter(Qt::Horizontal, this);
        m_splitter->addWidget(m_list);
        m_splitter->addWidget(detail);
        m_splitter->setChildrenCollapsible(false);

        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(m_splitter);
    }

    core::Session *session() const { return m_session; }
    RecordFormDialog *currentDialog() const { return m_dialog; }

    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (!m_model->isStarted())
            search(m_list->searchText());

        // The split is set once, at the first show; the person's drag decides after that.
        if (m_splitterSized || !m_splitter)
            return;
        m_splitterSized = true;
        const int width = m_splitter->width();
        const int listWidth = int(width * m_listShare);
        m_splitter->setSizes({listWidth, width - listWidth});
    }

    virtual const QLoggingCategory &logCategory() const = 0;
    // Shows the record in the detail pane.
    virtual void showRecord(const T &record) = 0;
    // The record in the detail pane, or nullopt.
    virtual std::optional<T> shownRecord() const = 0;
    // Empties the detail pane.
    virtual void clearRecord() = 0;
    // A new dialog that edits record, or creates a record when it is null.
    virtual RecordFormDialog *createDialog(const T *record) = 0;
    // The record's path, e.g. /v1/customers/{id}.
    virtual QString recordPath(const QString &id) const = 0;
    // "Could not open customer <id>".
    virtual QString openFailure(const QString &id) const = 0;
    // "Could not delete the customer “<name>”".
    virtual QString deleteFailure(const T &record) const = 0;
    virtual DeleteTexts deleteTexts(const T &record) const = 0;

private:
    void fetchRecord(const QString &id)
    {
        const core::ApiRequest request = core::ApiRequest::get(recordPath(id));
        m_session->send(request, this, [this, id](const core::ApiResponse &response) {
            if (!response.ok()) {
                m_list->showError(ErrorText::describe(response.error, openFailure(id)), [this, id] { openRecord(id); });
                return;
            }

            core::ParseIssues issues;
            const std::optional<T> record = T::fromJson(response.object(), &issues);
            if (!record) {
                m_list->showError(RecordListPanel::tr("%1: the reply contains no id (request id %2).")
                                      .arg(openFailure(id), response.requestId));
                return;
            }
            m_session->noteSynced();
            showRecord(*record);
        });
    }

    void openDialog(RecordFormDialog *dialog)
    {
        m_dialog = dialog;
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(m_dialog, &RecordFormDialog::saved, this, [this](const QJsonObject &reply) { onSaved(reply); });
        m_dialog->open();
    }

    void onSaved(const QJsonObject &reply)
    {
        core::ParseIssues issues;
        const std::optional<T> record = T::fromJson(reply, &issues);
        if (!record) {
            qCWarning(logCategory()) << "the reply to a save contains no id; reloading the list";
            m_model->reload();
            return;
        }

        qCInfo(logCategory()).noquote() << "saved" << recordPath(record->id);
        m_session->names()->remember(*record);
        m_model->upsert(*record);
        m_list->selectId(record->id);
        showRecord(*record);
    }

    void deleteRecord(const T &record)
    {
        auto onDeleted = [this, id = record.id](bool alreadyGone) {
            qCInfo(logCategory()).noquote() << "deleted" << recordPath(id) << (alreadyGone ? "(it was gone already)" : "");
            m_model->remove(id);
            const std::optional<T> shown = shownRecord();
            if (!shown || shown->id != id)
                return;
            m_list->selectId(QString());
            clearRecord();
        };
        auto onFailed = [this, record](const core::ApiError &error) {
            m_list->showError(ErrorText::describe(error, deleteFailure(record)));
        };
        RecordDeletion::send(m_session, recordPath(record.id), this, onDeleted, onFailed);
    }

    QPointer<core::Session> m_session;
    Model *m_model;
    RecordListPanel *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<RecordFormDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
    double m_listShare = 0.5;
    bool m_splitterSized = false;
};

} // namespace weav::ui
