// The console's icon set in resources/icons: one drawing grid and palette, every icon that the
// widgets name exists, no icon comes from the desktop's icon theme, the slate stroke follows the
// palette, and icons render at the device pixel ratio. The test runs with QT_SCALE_FACTOR=2, as on a 200 % display.
// Not covered yet: fractional scale factors such as 150 %, and the icons inside rich-text labels.

#include "connect/FieldMessage.h"
#include "shell/ShellIcons.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using weav::ui::applicationIcon;
using weav::ui::FieldMessage;
using weav::ui::shellIcon;

namespace {

// The stroke colours of the set: slate for most icons, green, red and amber for states.
const QSet<QString> Palette{QStringLiteral("#3f4a5a"), QStringLiteral("#107c10"), QStringLiteral("#a4262c"),
                            QStringLiteral("#8a5a00")};

QStringList lineIconNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}

QXmlStreamAttributes rootAttributes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader reader(&file);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            return reader.attributes();
    }
    return {};
}

int visiblePixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

// The colour of the most opaque pixel, which lies inside a stroke and so is free of antialiasing.
QColor strokeColourOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QRgb strongest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > qAlpha(strongest))
                strongest = image.pixel(x, y);
        }
    }
    return QColor::fromRgb(strongest);
}

// The sources of the widgets library, read from the checkout that the test was built from.
QStringList uiSourceFiles()
{
    QStringList files;
    QDirIterator it(qEnvironmentVariable("WEAV_SOURCE_DIR") + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QString fileText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class IconSetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(qApp->devicePixelRatio(), 2.0);
        QVERIFY2(QDir(qEnvironmentVariable("WEAV_SOURCE_DIR")).exists(QStringLiteral("ui")),
                 "WEAV_SOURCE_DIR must name the source checkout");
    }

    void iconsShareGridAndPalette()
    {
        const QStringList names = lineIconNames();
        QVERIFY2(names.size() >= 20, qPrintable(names.join(QLatin1Char(' '))));

        for (const QString &name : names) {
            const QXmlStreamAttributes root = rootAttributes(QStringLiteral(":/icons/%1.svg").arg(name));
            QVERIFY2(!root.isEmpty(), qPrintable(name));
            QCOMPARE(root.value(QStringLiteral("viewBox")).toString(), QStringLiteral("0 0 24 24"));
            QCOMPARE(root.value(QStringLiteral("width")).toString(), QStringLiteral("24"));
            QCOMPARE(root.value(QStringLiteral("height")).toString(), QStringLiteral("24"));
            QCOMPARE(root.value(QStringLiteral("fill")).toString(), QStringLiteral("none"));
            QCOMPARE(root.value(QStringLiteral("stroke-width")).toString(), QStringLiteral("1.8"));
            QCOMPARE(root.value(QStringLiteral("stroke-linecap")).toString(), QStringLiteral("round"));
            QCOMPARE(root.value(QStringLiteral("stroke-linejoin")).toString(), QStringLiteral("round"));
            const QString stroke = root.value(QStringLiteral("stroke")).toString();
            QVERIFY2(Palette.contains(stroke), qPrintable(QStringLiteral("%1.svg strokes with %2").arg(name, stroke)));
        }
    }

    void iconsRenderAtDevicePixelRatio()
    {
        for (const QString &name : lineIconNames()) {
            const QPixmap pixmap = shellIcon(name).pixmap(16, 16);
            QVERIFY2(!pixmap.isNull(), qPrintable(name));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QVERIFY2(visiblePixels(pixmap) > 20, qPrintable(name));
        }
    }

    void applicationIconRendersFromSmallToLarge()
    {
        for (const int size : {16, 48, 256}) {
            const QPixmap pixmap = applicationIcon().pixmap(QSize(size, size), 1.0);
            QCOMPARE(pixmap.size(), QSize(size, size));
            QVERIFY(visiblePixels(pixmap) > size * size / 2);
        }
    }

    void strokeFollowsPalette()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::HighlightedText, Qt::white);

        const QColor lightStroke = strokeColourOf(shellIcon(QStringLiteral("inbox")).pixmap(24, 24));
        QApplication::setPalette(dark);
        const QColor darkStroke = strokeColourOf(shellIcon(QStringLiteral("inbox")).pixmap(24, 24));
        const QColor selectedStroke
            = strokeColourOf(shellIcon(QStringLiteral("inbox")).pixmap(QSize(24, 24), QIcon::Selected));
        const QColor stateStroke = strokeColourOf(shellIcon(QStringLiteral("error")).pixmap(24, 24));
        QApplication::setPalette(original);

        QCOMPARE(lightStroke.name(), QStringLiteral("#3f4a5a"));
        QVERIFY2(darkStroke.lightness() > 160, qPrintable(darkStroke.name()));
        QCOMPARE(selectedStroke.name(), QStringLiteral("#ffffff"));
        QCOMPARE(stateStroke.name(), QStringLiteral("#a4262c"));
    }

    void labelIconMatchesScreen()
    {
        FieldMessage message;
        message.showMessage(QStringLiteral("The base URL is missing."));
        const QList<QLabel *> labels = message.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());

        const QPixmap pixmap = labels.first()->pixmap();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(16, 16));
    }

    void namedIconsExist()
    {
        static const QRegularExpression shellName(QStringLiteral("shellIcon\\(QStringLiteral\\(\"([a-z-]+)\"\\)\\)"));
        static const QRegularExpression resourcePath(QStringLiteral(":/icons/([a-z-]+)\\.svg"));
        static const QRegularExpression namedArgument(
            QStringLiteral("(?:setIconName\\(|addPage\\(Page::\\w+,|\\{Area::\\w+,)\\s*QStringLiteral\\(\"([a-z-]+)\"\\)"));

        int references = 0;
        for (const QString &path : uiSourceFiles()) {
            const QString text = fileText(path);
            for (const QRegularExpression *pattern : {&shellName, &resourcePath, &namedArgument}) {
                QRegularExpressionMatchIterator matches = pattern->globalMatch(text);
                while (matches.hasNext()) {
                    const QString name = matches.next().captured(1);
                    ++references;
                    QVERIFY2(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(name)),
                             qPrintable(QStringLiteral("%1 names the icon \"%2\", which resources/icons lacks").arg(path, name)));
                }
            }
        }
        QVERIFY2(references > 40, qPrintable(QString::number(references)));
    }

    // Theme icons are missing on a plain desktop without an icon theme, and they would not match the
    // set's look where they exist.
    void noThemeIcons()
    {
        static const QRegularExpression themeIcon(QStringLiteral("QIcon::fromTheme|standardIcon\\(|QStyle::SP_"));
        for (const QString &path : uiSourceFiles()) {
            const QRegularExpressionMatch match = themeIcon.match(fileText(path));
            QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("%1 uses %2").arg(path, match.captured(0))));
        }
    }
};

int main(int argc, char **argv)
{
    // Before the application exists, so that every screen reports a device pixel ratio of 2.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    IconSetTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_icon_set.moc"
