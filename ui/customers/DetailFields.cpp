#include "DetailFields.h"

#include "common/RelativeTime.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace weav::ui {

DetailFields::DetailFields(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void DetailFields::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(key);
    // Values are mostly single tokens (addresses, ids) that wrapping would break at a hyphen. A
    // value wider than the pane is clipped instead of widening it; the tooltip and selection keep it.
    value->setMinimumWidth(1);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    connect(value, &QLabel::linkActivated, this, [this, key](const QString &link) { emit linkActivated(key, link); });

    m_form->addRow(tr("%1:").arg(label), value);
    m_values.insert(key, value);
    setText(key, QString());
}

void DetailFields::setText(const QString &key, const QString &text)
{
    QLabel *label = m_values.value(key);
    if (!label)
        return;

    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool empty = text.trimmed().isEmpty();
    label->setText(empty ? tr("Not set") : text);
    label->setToolTip(empty ? QString() : text);
    label->setEnabled(!empty);
}

void DetailFields::setTime(const QString &key, const QDateTime &time)
{
    if (!time.isValid()) {
        setText(key, QString());
        return;
    }

    setText(key, tr("%1 (%2)").arg(RelativeTime::localText(time), RelativeTime::format(time)));
    m_values.value(key)->setToolTip(RelativeTime::exactText(time));
}

void DetailFields::setLink(const QString &key, const QString &text, const QString &link)
{
    QLabel *label = m_values.value(key);
    if (!label)
        return;

    label->setEnabled(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), text.toHtmlEscaped()));
}

void DetailFields::clearValues()
{
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it)
        setText(it.key(), QString());
}

} // namespace weav::ui
