#pragma once

#include <QWidget>

class QLabel;

namespace weav::ui {

// A small window shown while the console prepares a workspace: seeding the demo workspace on its
// first start, reading a token from the keychain, or checking the connection.
class StartupWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartupWindow(QWidget *parent = nullptr);

    void setHeadline(const QString &headline);
    void setDetail(const QString &detail);
    QString detail() const;
    // Closes without emitting closedByUser().
    void finish();

signals:
    // The person closed the window before the workspace was ready.
    void closedByUser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLabel *m_headline;
    QLabel *m_detail;
    bool m_closingQuietly = false;
};

} // namespace weav::ui
