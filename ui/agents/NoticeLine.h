#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace weav::ui {

// A line above a list that shows the person something about the whole area: an error with an
// optional action (Retry), or a note such as "read-only". An icon and the text carry the kind, so
// that colour is not the only signal. Hidden while it has no text.
class NoticeLine : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Note };

    explicit NoticeLine(QWidget *parent = nullptr);

    // Shows the text. With actionText, it adds a button that hides the line and runs action.
    void showNotice(Kind kind, const QString &text, const QString &details = {}, const QString &actionText = {},
                    std::function<void()> action = {});
    void dismiss();
    // Whether the line has a Dismiss button, on by default. A line that states a lasting condition
    // (a read-only token) turns it off.
    void setDismissible(bool dismissible);

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    void runAction();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    Kind m_kind = Kind::Note;
    bool m_dismissible = true;
    std::function<void()> m_callback;
};

} // namespace weav::ui
