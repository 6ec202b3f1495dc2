#pragma once

#include <QWidget>

class QLabel;

namespace weav::ui {

// A message shown under one form field: an icon and a sentence, so that the kind of message is
// not shown by colour alone. Hidden while it has no text.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Error, Hint };

    explicit FieldMessage(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Error;
};

} // namespace weav::ui
