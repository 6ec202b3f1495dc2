#pragma once

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace weav::ui {

// The fields of one record as label and value rows, read-only and selectable. A field without a
// value reads "Not set", so that an empty field is not mistaken for a missing row.
class DetailFields : public QWidget
{
    Q_OBJECT

public:
    explicit DetailFields(QWidget *parent = nullptr);

    // Adds a row; key names it for setText() and value().
    void addRow(const QString &key, const QString &label);
    void setText(const QString &key, const QString &text);
    // Shows the local time in the default locale's short format with the relative time after it,
    // e.g. "3/11/24 8:59 AM (3 days ago)" in English.
    void setTime(const QString &key, const QDateTime &time);
    // Shows rich text with links, whose clicks come as linkActivated(key, link).
    void setLink(const QString &key, const QString &text, const QString &link);
    // Clears every value.
    void clearValues();

    QLabel *value(const QString &key) const { return m_values.value(key); }

signals:
    void linkActivated(const QString &key, const QString &link);

private:
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
};

} // namespace weav::ui
