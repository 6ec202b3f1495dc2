#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace weav::core {
class PagedListModel;
class Session;
}

namespace weav::ui {

class DetailFields;
class RecordListPanel;
struct RecordListTexts;

// The frame of a record's detail pane: the record's name as a title, its fields, and a list of what
// belongs to it (a customer's conversations, a company's customers) filling the rest. A hint takes
// the pane's place while no record is shown.
class RecordDetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailFields *fields() const { return m_fields; }
    QLabel *title() const { return m_title; }

protected:
    // relatedModel is the list below the fields, shown without search or write buttons. The pane
    // takes ownership of it.
    RecordDetailPane(core::Session *session, core::PagedListModel *relatedModel, const RecordListTexts &relatedTexts,
                     const QString &hint, QWidget *parent);

    core::Session *session() const;
    core::PagedListModel *relatedModel() const { return m_relatedModel; }
    RecordListPanel *relatedList() const { return m_relatedList; }

    void showProfile(const QString &title);
    void showHint();

private:
    QWidget *buildProfile(core::PagedListModel *relatedModel, const RecordListTexts &relatedTexts);

    QPointer<core::Session> m_session;
    core::PagedListModel *m_relatedModel;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    DetailFields *m_fields = nullptr;
    RecordListPanel *m_relatedList = nullptr;
};

} // namespace weav::ui
