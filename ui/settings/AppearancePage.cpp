#include "AppearancePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

AppearancePage::AppearancePage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_languageAtOpen(appearance::storedLanguage(*settings))
{
    setObjectName(QStringLiteral("appearancePage"));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), appearance::themeName(Theme::System));
    m_theme->addItem(tr("Light"), appearance::themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), appearance::themeName(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(appearance::themeName(appearance::appliedTheme())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, &AppearancePage::applyTheme);
    m_themeNote = noteLabel(QStringLiteral("themeNote"), this);
    m_themeNote->setText(tr("System uses the desktop's style and colours as they were when Weav Console started."));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    for (const LanguageChoice &choice : appearance::languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_languageAtOpen)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &AppearancePage::storeLanguage);
    m_languageNote = noteLabel(QStringLiteral("languageNote"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(QString(), m_themeNote);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), m_languageNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);
}

QString AppearancePage::languageNote() const
{
    return m_languageNote->text();
}

void AppearancePage::applyTheme()
{
    const Theme theme = appearance::themeFromName(m_theme->currentData().toString()).value_or(Theme::System);
    appearance::applyTheme(theme);
    appearance::storeTheme(*m_settings, theme);
}

void AppearancePage::storeLanguage()
{
    const QString code = m_language->currentData().toString();
    appearance::storeLanguage(*m_settings, code);
    m_languageNote->setText(code == m_languageAtOpen ? QString()
                                                     : tr("Restart Weav Console to change the language."));
}

} // namespace weav::ui
