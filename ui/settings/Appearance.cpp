#include "Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace weav::ui::appearance {

namespace {

struct SystemAppearance
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

SystemAppearance &systemAppearance()
{
    static SystemAppearance appearance;
    return appearance;
}

Theme &currentTheme()
{
    static Theme theme = Theme::System;
    return theme;
}

void setStyleByName(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromName(const QString &name)
{
    const QString normalized = name.trimmed().toLower();
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeName(theme) == normalized)
            return theme;
    }
    return std::nullopt;
}

Theme storedTheme(const QSettings &settings)
{
    return themeFromName(settings.value(ThemeKey).toString()).value_or(Theme::System);
}

void storeTheme(QSettings &settings, Theme theme)
{
    settings.setValue(ThemeKey, themeName(theme));
}

void captureSystemAppearance()
{
    SystemAppearance &system = systemAppearance();
    if (system.captured)
        return;
    system.captured = true;
    system.styleName = QApplication::style()->name();
    system.palette = QApplication::palette();
}

void applyTheme(Theme theme)
{
    captureSystemAppearance();
    currentTheme() = theme;

    if (theme == Theme::System) {
        const SystemAppearance &system = systemAppearance();
        setStyleByName(system.styleName);
        QApplication::setPalette(system.palette);
        return;
    }
    setStyleByName(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme appliedTheme()
{
    return currentTheme();
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xc4));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe1));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x75, 0x7a));

    // setColor() without a group sets the disabled group too, which made disabled buttons and
    // fields look enabled.
    const QColor disabledText(0x9a, 0x9e, 0xa3);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf4, 0xf5, 0xf6));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xbc, 0xc2));
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7d, 0x82, 0x88);

    QPalette palette(QColor(0x3a, 0x3d, 0x42), window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x95, 0x9a, 0xa0));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return palette;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x26, 0x2c);
}

QList<LanguageChoice> languageChoices()
{
    // Native names are not translated: a person looks for their own language by its own name.
    return {
        {QString(), QCoreApplication::translate("weav::ui::SettingsDialog", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

QString storedLanguage(const QSettings &settings)
{
    const QString code = settings.value(LanguageKey).toString().trimmed();
    return code == QLatin1String("system") ? QString() : code;
}

void storeLanguage(QSettings &settings, const QString &code)
{
    settings.setValue(LanguageKey, code.isEmpty() ? QStringLiteral("system") : code);
}

QString startLanguage(const QString &commandLineLanguage, const QSettings &settings)
{
    if (!commandLineLanguage.isEmpty())
        return commandLineLanguage;
    return storedLanguage(settings);
}

} // namespace weav::ui::appearance
