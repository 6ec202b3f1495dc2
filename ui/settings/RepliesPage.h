#pragma once

#include "types/People.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;

namespace weav::core {
struct ApiError;
class Session;
class TeammateList;
}

namespace weav::ui {

class FieldMessage;

// The Replies page of the settings dialog: the teammate that replies and notes from this console
// are sent as. The list contains every teammate of the workspace (all pages of GET /v1/users). A choice
// applies to the session at once, so an open composer shows the new sender, and is saved on the
// profile. The demo workspace has no saved profile, so there the choice lasts until the console closes.
class RepliesPage : public QWidget
{
    Q_OBJECT

public:
    RepliesPage(core::Session *session, QSettings *settings, QWidget *parent = nullptr);

    // Loads the teammates. The page calls this itself when it is first shown.
    void loadTeammates();
    bool isLoaded() const { return m_loaded; }
    // The loader of the teammate list, e.g. to set a smaller page size.
    core::TeammateList *teammateList() const { return m_list; }
    QComboBox *teammateBox() const { return m_teammates; }
    QString statusText() const;
    QString errorText() const;

signals:
    void teammatesLoaded(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(const QList<core::User> &teammates);
    void onFailed(const core::ApiError &error);
    void applyChoice();

    QPointer<core::Session> m_session;
    QSettings *m_settings;
    core::TeammateList *m_list = nullptr;
    QComboBox *m_teammates = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_error = nullptr;
    bool m_loaded = false;
};

} // namespace weav::ui
