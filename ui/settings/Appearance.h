#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

class QSettings;

namespace weav::ui {

// The console's colour scheme. System keeps the platform's style and palette as they were at
// start-up, and Light and Dark use the Fusion style with the console's own palettes.
enum class Theme { System, Light, Dark };

// One entry of the language choice: the catalogue code ("" for the system's language) and the
// language's name in that language.
struct LanguageChoice
{
    QString code;
    QString nativeName;
};

namespace appearance {

inline const QString ThemeKey = QStringLiteral("ui/theme");
inline const QString LanguageKey = QStringLiteral("ui/language");

// "system", "light" or "dark", as --theme and the settings spell it.
QString themeName(Theme theme);
std::optional<Theme> themeFromName(const QString &name);

Theme storedTheme(const QSettings &settings);
void storeTheme(QSettings &settings, Theme theme);

// Records the platform's style name and palette, so that Theme::System can return to them. Call
// once after the QApplication exists and before the first applyTheme(). Later calls do nothing.
void captureSystemAppearance();
// Sets the style and the application palette at once. Every widget receives a PaletteChange event,
// and widgets that paint with fixed colours pick them again there.
void applyTheme(Theme theme);
// The theme of the last applyTheme(), or System before any.
Theme appliedTheme();

QPalette lightPalette();
QPalette darkPalette();
// A palette is dark when its Base colour (the background of lists and fields) is darker than mid-grey.
bool isDark(const QPalette &palette);

// The colour of error texts that reads on the palette's window: a dark red on light palettes and
// a light red on dark ones.
QColor errorTextColor(const QPalette &palette);

// System first, then English, Deutsch and Español.
QList<LanguageChoice> languageChoices();
// The stored language code, or empty for the system's language.
QString storedLanguage(const QSettings &settings);
void storeLanguage(QSettings &settings, const QString &code);
// The language to load at start: --lang first, then the setting. Empty means the system's language.
QString startLanguage(const QString &commandLineLanguage, const QSettings &settings);

} // namespace appearance

} // namespace weav::ui
