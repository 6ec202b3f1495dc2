#include "KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

// Dark enough on a light background to read at small sizes, and light enough on a dark one.
const QColor ImprovedColor(0x1b, 0x6e, 0x20);
const QColor WorsenedColor(0xa3, 0x1f, 0x1f);
const QColor ImprovedOnDarkColor(0x7f, 0xd3, 0x85);
const QColor WorsenedOnDarkColor(0xff, 0x8a, 0x80);

QLabel *createLabel(QWidget *parent, qreal scale, bool bold)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

KpiTile::KpiTile(Metric metric, MetricFormat::Kind kind, MetricFormat::Better better, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_kind(kind)
    , m_better(better)
{
    setObjectName(QStringLiteral("kpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setToolTip(MetricHelp::tooltip(metric));
    setAccessibleName(MetricHelp::title(metric));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title = createLabel(this, 0.95, true);
    m_title->setText(MetricHelp::title(metric));
    m_value = createLabel(this, 1.9, true);
    m_previous = createLabel(this, 0.9, false);
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    m_delta = createLabel(this, 0.95, true);
    m_detail = createLabel(this, 0.9, false);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_title);
    header->addWidget(MetricHelp::createMark(metric, this));
    header->addStretch(1);
    layout->addLayout(header);
    for (QLabel *label : {m_value, m_delta, m_previous, m_detail})
        layout->addWidget(label);

    clearValues();
}

void KpiTile::showValues(std::optional<double> current, std::optional<double> previous, const QString &detail)
{
    m_value->setText(MetricFormat::value(current, m_kind));
    m_previous->setText(tr("Previous period: %1").arg(MetricFormat::value(previous, m_kind)));
    m_detail->setText(detail);

    const MetricFormat::Delta delta = MetricFormat::delta(current, previous, m_kind, m_better);
    showDelta(delta);
    describe(delta);
}

void KpiTile::clearValues()
{
    m_value->setText(tr("—"));
    m_previous->setText(tr("Previous period: —"));
    m_detail->clear();
    showDelta({});
    describe({});
}

void KpiTile::showDelta(const MetricFormat::Delta &delta)
{
    m_delta->setText(delta.text.isEmpty() ? QStringLiteral(" ") : delta.text);

    if (!delta.improved) {
        m_delta->setStyleSheet(QString());
    } else {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QColor improved = dark ? ImprovedOnDarkColor : ImprovedColor;
        const QColor worsened = dark ? WorsenedOnDarkColor : WorsenedColor;
        m_delta->setStyleSheet(QStringLiteral("color: %1").arg((*delta.improved ? improved : worsened).name()));
    }

    QString meaning;
    if (delta.improved)
        meaning = *delta.improved ? tr("an improvement") : tr("a worsening");
    m_delta->setAccessibleDescription(meaning);
}

// E.g. "12 min. Down −3 min (−20.0 %) on the previous period, an improvement. Previous period:
// 15 min." The arrow of the delta's text becomes a word, which a screen reader speaks clearly.
void KpiTile::describe(const MetricFormat::Delta &delta)
{
    QStringList sentences{m_value->text()};

    if (delta.direction != 0) {
        // MetricFormat::delta() starts a change's text with "▲ " or "▼ ".
        const QString change = delta.text.mid(2);
        QString sentence = delta.direction > 0 ? tr("Up %1 on the previous period").arg(change)
                                               : tr("Down %1 on the previous period").arg(change);
        if (delta.improved)
            sentence = (*delta.improved ? tr("%1, an improvement") : tr("%1, a worsening")).arg(sentence);
        sentences.append(sentence);
    } else if (!delta.text.isEmpty()) {
        sentences.append(delta.text);
    }

    sentences.append(m_previous->text());
    if (!m_detail->text().isEmpty())
        sentences.append(m_detail->text());
    setAccessibleDescription(sentences.join(QStringLiteral(". ")) + QLatin1Char('.'));
}

void KpiTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::previousText() const
{
    return m_previous->text();
}

QString KpiTile::deltaText() const
{
    return m_delta->text();
}

QString KpiTile::detailText() const
{
    return m_detail->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    const bool activates = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
    if (m_clickable && activates) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace weav::ui
