#pragma once

#include "api/ApiError.h"
#include "workspace/Profile.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace weav::ui {

class TokenField;

// Asks for a new API token after the workspace returned 401: what happened, for which profile and
// host, and a masked field. Accepting means "send the waiting changes again with this token";
// rejecting means "let them fail". The dialog only collects the token; MainWindow renews the
// session and stores it.
class TokenPrompt : public QDialog
{
    Q_OBJECT

public:
    // demo: the built-in demo workspace, whose token is never stored.
    TokenPrompt(const core::Profile &profile, bool demo, const core::ApiError &error, QWidget *parent = nullptr);

    TokenField *tokenEdit() const { return m_tokenEdit; }
    QString token() const;
    // Whether the person wants the new token stored in the profile's credential store.
    bool storeToken() const;
    QPushButton *useButton() const { return m_useButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    // The explanation shown above the field.
    QString explanation() const;

private:
    void updateUseButton();

    QLabel *m_explanation;
    TokenField *m_tokenEdit;
    QCheckBox *m_storeBox;
    QPushButton *m_useButton;
    QPushButton *m_discardButton;
};

} // namespace weav::ui
