#pragma once

#include "api/ApiError.h"
#include "workspace/Session.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace weav::ui {

// The yellow bar at the top of the main window while the workspace cannot be reached. It shows and
// hides itself from Session::reachabilityChanged; "Retry now" sends one probe request at once
// instead of waiting for the session's next automatic probe.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(core::Session *session, QWidget *parent = nullptr);

    QString text() const;
    // The result of the last "Retry now", empty before one.
    QString retryText() const;
    QPushButton *retryButton() const { return m_retryButton; }

    // Sends one probe request now.
    void retryNow();

private:
    void onReachabilityChanged(bool reachable);
    void onProbeFailed(const core::ApiError &error);

    QPointer<core::Session> m_session;
    QLabel *m_text;
    QLabel *m_retryResult;
    QPushButton *m_retryButton;
};

} // namespace weav::ui
