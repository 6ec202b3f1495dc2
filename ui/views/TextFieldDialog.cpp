#include "TextFieldDialog.h"

#include "connect/FieldMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace weav::ui {

TextFieldDialog::TextFieldDialog(const QString &title, const QString &label, const QString &text, Validator validator,
                                 QWidget *parent)
    : QDialog(parent)
    , m_validator(std::move(validator))
{
    setWindowTitle(title);
    setMinimumWidth(440);

    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    layout->addWidget(caption);

    m_edit = new QLineEdit(text, this);
    caption->setBuddy(m_edit);
    layout->addWidget(m_edit);

    m_error = new FieldMessage(this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &TextFieldDialog::validate);

    m_edit->selectAll();
    validate();
}

QString TextFieldDialog::text() const
{
    return m_edit->text().simplified();
}

QString TextFieldDialog::errorText() const
{
    return m_error->text();
}

void TextFieldDialog::validate()
{
    const QString error = m_validator ? m_validator(text()) : QString();
    // An empty field only disables OK: a fresh dialog opens without an error.
    if (error.isEmpty() || text().isEmpty())
        m_error->clear();
    else
        m_error->showMessage(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace weav::ui
