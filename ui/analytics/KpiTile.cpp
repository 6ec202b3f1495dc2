#include "KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace weav::ui {

namespace {

// Dark enough on a light background to read at small sizes.
const QColor ImprovedColor(0x1b, 0x6e, 0x20);
const QColor WorsenedColor(0xa3, 0x1f, 0x1f);

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
    showDelta(MetricFormat::delta(current, previous, m_kind, m_better));
}

void KpiTile::clearValues()
{
    m_value->setText(tr("—"));
    m_previous->setText(tr("Previous period: —"));
    m_detail->clear();
    showDelta({});
}

void KpiTile::showDelta(const MetricFormat::Delta &delta)
{
    m_delta->setText(delta.text.isEmpty() ? QStringLiteral(" ") : delta.text);

    if (!delta.improved)
        m_delta->setStyleSheet(QString());
    else
        m_delta->setStyleSheet(QStringLiteral("color: %1").arg((*delta.improved ? ImprovedColor : WorsenedColor).name()));

    QString meaning;
    if (delta.improved)
        meaning = *delta.improved ? tr("an improvement") : tr("a worsening");
    m_delta->setAccessibleDescription(meaning);
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
