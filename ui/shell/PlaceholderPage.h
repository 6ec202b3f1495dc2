#pragma once

#include <QWidget>

class QLabel;

namespace weav::ui {

// The page of an area that this version does not have yet: its name, a plain statement that it is
// not available, and what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &iconName, const QString &title, const QString &plannedContent,
                    QWidget *parent = nullptr);

    QString title() const;
    // Every sentence of the page, for tests and accessibility.
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_planned;
};

} // namespace weav::ui
