#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLineEdit;

namespace weav::ui {

class FieldMessage;

// A dialog with one line of text, checked as it is typed: the validator's sentence appears under
// the field and OK stays disabled until the validator returns an empty string.
class TextFieldDialog : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<QString(const QString &text)>;

    TextFieldDialog(const QString &title, const QString &label, const QString &text, Validator validator,
                    QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QString errorText() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    Validator m_validator;
    QLineEdit *m_edit;
    FieldMessage *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace weav::ui
