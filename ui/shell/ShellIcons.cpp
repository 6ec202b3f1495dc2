#include "ShellIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace weav::ui {

namespace {

// The stroke colour that resources/icons/*.svg use for everything that is not a state colour.
const QByteArray SetSlate = QByteArrayLiteral("#3f4a5a");
// The same slate, lightened so that it keeps its contrast on a dark window colour.
const QColor DarkPaletteSlate(0xc5, 0xcd, 0xd8);

QColor strokeColour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Selected)
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::WindowText);

    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? DarkPaletteSlate : QColor(QString::fromLatin1(SetSlate));
}

// Renders one SVG of the set with its slate stroke replaced by the palette's colour. Pixmaps are
// cached per path, pixel size and colour, so a palette change renders them anew.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString &path)
        : m_path(path)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor colour = strokeColour(mode);
        const QString cacheKey = QStringLiteral("weav-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(colour.name(QColor::HexArgb));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;

        QPixmap rendered = render(size, colour);
        QPixmapCache::insert(cacheKey, rendered);
        return rendered;
    }

    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("weav-palette-svg"); }

private:
    QPixmap render(const QSize &size, const QColor &colour) const
    {
        QFile file(m_path);
        if (size.isEmpty() || !file.open(QIODevice::ReadOnly))
            return {};

        QByteArray svg = file.readAll();
        svg.replace(SetSlate, colour.name().toLatin1());
        QSvgRenderer renderer(svg);

        QPixmap image(size);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        return image;
    }

    QString m_path;
};

} // namespace

QIcon shellIcon(const QString &name)
{
    return QIcon(new PaletteSvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace weav::ui
