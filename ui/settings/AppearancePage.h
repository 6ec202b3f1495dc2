#pragma once

#include "Appearance.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;

namespace weav::ui {

// The Appearance page of the settings dialog: the theme, applied and saved at once, and the
// language, saved for the next start because the widgets do not translate themselves again.
class AppearancePage : public QWidget
{
    Q_OBJECT

public:
    AppearancePage(QSettings *settings, QWidget *parent = nullptr);

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    // The note under the language, e.g. "Restart Weav Console to change the language.", or empty.
    QString languageNote() const;

private:
    void applyTheme();
    void storeLanguage();

    QSettings *m_settings;
    QString m_languageAtOpen;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeNote = nullptr;
    QLabel *m_languageNote = nullptr;
};

} // namespace weav::ui
