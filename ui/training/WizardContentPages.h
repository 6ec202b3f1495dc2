#pragma once

#include "UploadEntry.h"
#include "admin/QaCsvParser.h"
#include "admin/TrainingFileCheck.h"
#include "admin/UrlListParser.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;

// The wizard's first pages: the source, and what the person enters for it. The pages show what the
// core/admin checks (TextItemCheck, QaPairCheck, QaCsvParser, TrainingFileCheck, UrlListParser)
// report, and hold no rules of their own.
namespace weav::ui {

class FieldMessage;

class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Source { Text, Qa, Files, Urls };

    explicit SourcePage(QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    QRadioButton *button(Source source) const;
    static QString sourceName(Source source);

private:
    QButtonGroup *m_group;
};

// A text item: a title and its content.
class TextPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TextPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QList<UploadEntry> entries() const;
    bool hasInput() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    FieldMessage *titleMessage() const { return m_titleMessage; }
    FieldMessage *contentMessage() const { return m_contentMessage; }

private:
    void showChecks();

    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QLabel *m_counter;
    FieldMessage *m_titleMessage;
    FieldMessage *m_contentMessage;
    bool m_titleTouched = false;
    bool m_contentTouched = false;
};

// Q&A pairs, typed into a table or imported from a CSV file.
class QaPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit QaPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QList<UploadEntry> entries() const;
    bool hasInput() const;

    // Reads the CSV file and appends its valid pairs to the table. Its problems are listed.
    void importCsv(const QString &path);
    void addPair(const QString &question = {}, const QString &answer = {});

    QTableWidget *table() const { return m_table; }
    QListWidget *problems() const { return m_problems; }
    QPushButton *importButton() const { return m_importButton; }

private:
    void chooseCsvFile();
    void removeSelectedPairs();
    void showChecks();
    bool isBlankRow(int row) const;

    QTableWidget *m_table;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_importButton;
    // The problems of the last import, listed until the next one.
    QStringList m_importProblems;
    bool m_filling = false;
};

// Files, added with a file dialog or by dragging them onto the page. Each file is checked before
// it is added, and rejected files are listed with the reason and never sent.
class FilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilesPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QList<UploadEntry> entries() const;
    bool hasInput() const;

    // Checks each file and adds the accepted ones. Returns how many were added.
    int addFiles(const QStringList &paths);

    QTreeWidget *accepted() const { return m_accepted; }
    // The files not added, each as "name: reasons".
    QListWidget *rejected() const { return m_rejected; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelectedFiles();
    void showSummary();

    QTreeWidget *m_accepted;
    QListWidget *m_rejected;
    QLabel *m_summary;
    QList<core::TrainingFileVerdict> m_files;
};

// Web pages: a pasted block of addresses. Duplicates are dropped and invalid lines flagged.
class UrlsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit UrlsPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QList<UploadEntry> entries() const;
    bool hasInput() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *summary() const { return m_summary; }
    QListWidget *problems() const { return m_problems; }
    FieldMessage *message() const { return m_message; }
    const core::UrlList &urlList() const { return m_list; }

private:
    void parse();

    QPlainTextEdit *m_editor;
    QLabel *m_summary;
    QListWidget *m_problems;
    FieldMessage *m_message;
    core::UrlList m_list;
};

} // namespace weav::ui
