#include "WizardContentPages.h"

#include "TrainingLogging.h"
#include "TrainingStatus.h"
#include "admin/TextItemCheck.h"
#include "connect/FieldMessage.h"
#include "shell/ShellIcons.h"

#include <QButtonGroup>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weav::ui {

using core::FieldRules;
using core::QaPairCheck;
using core::TextItemCheck;

namespace {

enum QaColumn { QuestionColumn, AnswerColumn };

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

void addProblem(QListWidget *list, const QString &text)
{
    new QListWidgetItem(shellIcon(QStringLiteral("error")), text, list);
}

// The local files among dragged URLs.
QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

// --- Source --------------------------------------------------------------------------------------

SourcePage::SourcePage(QWidget *parent) : QWizardPage(parent), m_group(new QButtonGroup(this))
{
    setTitle(tr("What do you want to add?"));
    setSubTitle(tr("The AI agents answer from the training data they are assigned to."));

    struct Choice
    {
        Source source;
        QString text;
        QString detail;
    };
    const QList<Choice> choices{
        {Source::Text, tr("&Text"), tr("An article or a policy, with a title.")},
        {Source::Qa, tr("&Q&&A pairs"), tr("Questions with their answers, typed in or imported from a CSV file.")},
        {Source::Files, tr("&Files"), tr("Documents up to 10 MiB each: .txt, .md, .csv, .html, .pdf or .docx.")},
        {Source::Urls, tr("&Web pages"), tr("Addresses of pages that the server fetches and processes.")},
    };

    auto *layout = new QVBoxLayout(this);
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        m_group->addButton(button, int(choice.source));
        layout->addWidget(button);
        auto *detail = wrappedLabel(choice.detail, this);
        detail->setContentsMargins(24, 0, 0, 8);
        layout->addWidget(detail);
    }
    layout->addStretch(1);
    m_group->button(int(Source::Text))->setChecked(true);
}

SourcePage::Source SourcePage::source() const
{
    return Source(m_group->checkedId());
}

void SourcePage::setSource(Source source)
{
    m_group->button(int(source))->setChecked(true);
}

QRadioButton *SourcePage::button(Source source) const
{
    return qobject_cast<QRadioButton *>(m_group->button(int(source)));
}

QString SourcePage::sourceName(Source source)
{
    switch (source) {
    case Source::Text:
        return tr("Text");
    case Source::Qa:
        return tr("Q&A pairs");
    case Source::Files:
        return tr("Files");
    case Source::Urls:
        return tr("Web pages");
    }
    return {};
}

// --- Text ----------------------------------------------------------------------------------------

TextPage::TextPage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_titleMessage(new FieldMessage(this))
    , m_contentMessage(new FieldMessage(this))
{
    setTitle(tr("Text"));
    setSubTitle(tr("Give the text a title that says what it covers, and paste or type its content."));

    m_title->setPlaceholderText(tr("Up to %Ln characters", nullptr, int(TextItemCheck::MaxTitleLength)));
    m_content->setTabChangesFocus(true);

    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *contentLabel = new QLabel(tr("&Content:"), this);
    contentLabel->setBuddy(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_titleMessage);
    layout->addWidget(contentLabel);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_counter, 0, Qt::AlignRight);
    layout->addWidget(m_contentMessage);

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleTouched = true;
        showChecks();
    });
    connect(m_content, &QPlainTextEdit::textChanged, this, [this] {
        m_contentTouched = true;
        showChecks();
    });
    showChecks();
}

void TextPage::showChecks()
{
    const core::FieldErrors problems = TextItemCheck::check(m_title->text(), m_content->toPlainText());
    // A field the person has not been in yet is not marked as missing.
    m_titleMessage->showMessage(m_titleTouched ? problems.value(QStringLiteral("title")).join(QLatin1Char('\n')) : QString());
    m_contentMessage->showMessage(m_contentTouched ? problems.value(QStringLiteral("content")).join(QLatin1Char('\n'))
                                                   : QString());
    m_counter->setText(tr("%1 of %Ln characters", nullptr, int(TextItemCheck::MaxContentLength))
                           .arg(QLocale().toString(FieldRules::characterCount(m_content->toPlainText()))));
    emit completeChanged();
}

bool TextPage::isComplete() const
{
    return TextItemCheck::check(m_title->text(), m_content->toPlainText()).isEmpty();
}

QList<UploadEntry> TextPage::entries() const
{
    UploadEntry entry;
    entry.kind = UploadEntry::Kind::Text;
    entry.title = m_title->text().trimmed();
    entry.content = m_content->toPlainText();
    return {entry};
}

bool TextPage::hasInput() const
{
    return !m_title->text().trimmed().isEmpty() || !m_content->toPlainText().trimmed().isEmpty();
}

// --- Q&A -----------------------------------------------------------------------------------------

QaPage::QaPage(QWidget *parent)
    : QWizardPage(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import CSV…"), this))
{
    setTitle(tr("Q&A pairs"));
    setSubTitle(tr("Type questions and answers, or import a CSV file with a question and an answer per row."));

    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Answer")});
    m_table->setAccessibleName(tr("Questions and answers"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);

    auto *addButton = new QPushButton(tr("&Add Pair"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);

    m_problems->setMaximumHeight(110);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);

    connect(addButton, &QPushButton::clicked, this, [this] {
        addPair();
        m_table->setCurrentCell(m_table->rowCount() - 1, QuestionColumn);
        m_table->editItem(m_table->currentItem());
    });
    connect(removeButton, &QPushButton::clicked, this, &QaPage::removeSelectedPairs);
    connect(m_importButton, &QPushButton::clicked, this, &QaPage::chooseCsvFile);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            showChecks();
    });
    addPair();
}

void QaPage::addPair(const QString &question, const QString &answer)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, QuestionColumn, new QTableWidgetItem(question));
    m_table->setItem(row, AnswerColumn, new QTableWidgetItem(answer));
    m_filling = false;
    showChecks();
}

void QaPage::removeSelectedPairs()
{
    QList<int> rows;
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    showChecks();
}

void QaPage::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Import Q&A Pairs"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &QaPage::importCsv);
    dialog->open();
}

void QaPage::importCsv(const QString &path)
{
    m_importProblems.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_importProblems.append(tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        showChecks();
        return;
    }

    const core::QaCsvContent content = core::QaCsvParser::parse(file.readAll());
    const QString name = QFileInfo(path).fileName();
    if (!content.fileProblem.isEmpty()) {
        m_importProblems.append(tr("%1: %2").arg(name, content.fileProblem));
        showChecks();
        return;
    }

    // The empty row a new page starts with is replaced by the imported pairs.
    if (m_table->rowCount() == 1 && isBlankRow(0))
        m_table->removeRow(0);
    m_filling = true;
    for (const core::QaCsvPair &pair : content.pairs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, QuestionColumn, new QTableWidgetItem(pair.question));
        m_table->setItem(row, AnswerColumn, new QTableWidgetItem(pair.answer));
    }
    m_filling = false;

    for (const core::QaCsvProblem &problem : content.problems) {
        m_importProblems.append(tr("%1, row %2 (line %3), not imported: %4")
                                    .arg(name)
                                    .arg(problem.row)
                                    .arg(problem.line)
                                    .arg(problem.message));
    }
    qCInfo(lcTrainingWizard) << "imported" << content.pairs.size() << "Q&A pairs from a CSV file;"
                             << content.problems.size() << "rows with problems";
    showChecks();
}

bool QaPage::isBlankRow(int row) const
{
    const QTableWidgetItem *question = m_table->item(row, QuestionColumn);
    const QTableWidgetItem *answer = m_table->item(row, AnswerColumn);
    return (!question || FieldRules::isBlank(question->text())) && (!answer || FieldRules::isBlank(answer->text()));
}

void QaPage::showChecks()
{
    m_problems->clear();
    for (const QString &problem : std::as_const(m_importProblems))
        addProblem(m_problems, problem);

    int valid = 0;
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *question = m_table->item(row, QuestionColumn);
        if (!question)
            continue;
        if (isBlankRow(row)) {
            question->setIcon(QIcon());
            continue;
        }
        const QTableWidgetItem *answer = m_table->item(row, AnswerColumn);
        const core::FieldErrors errors = QaPairCheck::check(question->text(), answer ? answer->text() : QString());
        question->setIcon(errors.isEmpty() ? QIcon() : shellIcon(QStringLiteral("error")));
        question->setToolTip(QStringList(errors.value(QStringLiteral("question")) + errors.value(QStringLiteral("answer")))
                                 .join(QLatin1Char('\n')));
        if (errors.isEmpty()) {
            ++valid;
            continue;
        }
        for (const QStringList &messages : errors)
            addProblem(m_problems, tr("Pair %1: %2").arg(row + 1).arg(messages.join(QLatin1Char(' '))));
    }
    m_filling = false;

    m_summary->setText(tr("Pairs ready to upload: %1").arg(QLocale().toString(valid)));
    m_problems->setVisible(m_problems->count() > 0);
    emit completeChanged();
}

bool QaPage::isComplete() const
{
    int pairs = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isBlankRow(row))
            continue;
        const QTableWidgetItem *question = m_table->item(row, QuestionColumn);
        const QTableWidgetItem *answer = m_table->item(row, AnswerColumn);
        if (!QaPairCheck::check(question ? question->text() : QString(), answer ? answer->text() : QString()).isEmpty())
            return false;
        ++pairs;
    }
    return pairs > 0;
}

QList<UploadEntry> QaPage::entries() const
{
    QList<UploadEntry> entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (isBlankRow(row))
            continue;
        UploadEntry entry;
        entry.kind = UploadEntry::Kind::Qa;
        entry.question = m_table->item(row, QuestionColumn)->text().trimmed();
        entry.answer = m_table->item(row, AnswerColumn)->text().trimmed();
        entries.append(entry);
    }
    return entries;
}

bool QaPage::hasInput() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isBlankRow(row))
            return true;
    }
    return false;
}

// --- Files ---------------------------------------------------------------------------------------

FilesPage::FilesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_accepted(new QTreeWidget(this))
    , m_rejected(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Files"));
    setSubTitle(tr("Add files with the button or drag them here. Each file is checked before anything is sent."));
    setAcceptDrops(true);

    m_accepted->setHeaderLabels({tr("File"), tr("Size"), tr("Folder")});
    m_accepted->setAccessibleName(tr("Files to upload"));
    m_rejected->setAccessibleName(tr("Files not used"));
    m_accepted->setRootIsDecorated(false);
    m_accepted->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_accepted->header()->resizeSection(0, 240);
    m_rejected->setWordWrap(true);
    m_rejected->setResizeMode(QListView::Adjust);
    m_rejected->setMaximumHeight(130);
    m_rejected->setAccessibleName(tr("Files not added"));

    auto *addButton = new QPushButton(tr("&Add Files…"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_accepted, 1);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Not added:"), this));
    layout->addWidget(m_rejected);

    connect(addButton, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(removeButton, &QPushButton::clicked, this, &FilesPage::removeSelectedFiles);
    showSummary();
}

void FilesPage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add Training Files"), QDir::homePath(), core::TrainingFileCheck::nameFilter());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) { addFiles(paths); });
    dialog->open();
}

int FilesPage::addFiles(const QStringList &paths)
{
    int added = 0;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool known = std::any_of(m_files.cbegin(), m_files.cend(), [&absolute](const core::TrainingFileVerdict &file) {
            return file.path == absolute;
        });
        if (known) {
            new QListWidgetItem(shellIcon(QStringLiteral("info")),
                                tr("%1: it is in the list already.").arg(QFileInfo(path).fileName()), m_rejected);
            continue;
        }

        core::TrainingFileVerdict verdict = core::TrainingFileCheck::check(absolute);
        if (!verdict.isAccepted()) {
            const QString reasons = verdict.reasons().join(QLatin1Char(' '));
            new QListWidgetItem(shellIcon(QStringLiteral("error")), tr("%1: %2").arg(QFileInfo(path).fileName(), reasons),
                                m_rejected);
            qCInfo(lcTrainingWizard).noquote() << "file not added:" << QFileInfo(path).fileName()
                                               << verdict.reasons().join(QLatin1Char(' '));
            continue;
        }

        auto *item = new QTreeWidgetItem(m_accepted, {QFileInfo(absolute).fileName(), TrainingStatus::sizeText(verdict.sizeBytes),
                                                      QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())});
        item->setData(0, Qt::UserRole, absolute);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_files.append(verdict);
        ++added;
    }
    showSummary();
    return added;
}

void FilesPage::removeSelectedFiles()
{
    const QList<QTreeWidgetItem *> selected = m_accepted->selectedItems();
    for (QTreeWidgetItem *item : selected) {
        const QString path = item->data(0, Qt::UserRole).toString();
        m_files.erase(std::remove_if(m_files.begin(), m_files.end(),
                                     [&path](const core::TrainingFileVerdict &file) { return file.path == path; }),
                      m_files.end());
        delete item;
    }
    showSummary();
}

void FilesPage::showSummary()
{
    qint64 total = 0;
    for (const core::TrainingFileVerdict &file : std::as_const(m_files))
        total += file.sizeBytes;
    m_summary->setText(m_files.isEmpty() ? tr("No file added yet.")
                                         : tr("Files: %1, %2 in all.").arg(QLocale().toString(m_files.size()), TrainingStatus::sizeText(total)));
    emit completeChanged();
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    addFiles(paths);
    event->acceptProposedAction();
}

bool FilesPage::isComplete() const
{
    return !m_files.isEmpty();
}

QList<UploadEntry> FilesPage::entries() const
{
    QList<UploadEntry> entries;
    for (const core::TrainingFileVerdict &file : m_files) {
        UploadEntry entry;
        entry.kind = UploadEntry::Kind::File;
        entry.filePath = file.path;
        entry.fileBytes = file.sizeBytes;
        entries.append(entry);
    }
    return entries;
}

bool FilesPage::hasInput() const
{
    return !m_files.isEmpty();
}

// --- Web pages -----------------------------------------------------------------------------------

UrlsPage::UrlsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_message(new FieldMessage(this))
{
    setTitle(tr("Web pages"));
    setSubTitle(tr("Paste the addresses of the pages, one or more per line. The server fetches each page and "
                   "processes its text."));

    m_editor->setPlaceholderText(QStringLiteral("https://help.example.com/returns\nhttps://help.example.com/shipping"));
    m_editor->setTabChangesFocus(true);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(130);
    m_problems->setAccessibleName(tr("Lines not used"));

    auto *label = new QLabel(tr("&Addresses:"), this);
    label->setBuddy(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &UrlsPage::parse);
    parse();
}

void UrlsPage::parse()
{
    // NOTE: the block is parsed again at each keystroke. That is quick for the few hundred lines a
    // person pastes, but a block of many thousands of lines would need a delay first.
    m_list = core::UrlListParser::parse(m_editor->toPlainText());

    const bool blank = m_editor->toPlainText().trimmed().isEmpty();
    m_message->showMessage(blank ? QString() : m_list.summary);
    m_summary->setText(m_list.urls.isEmpty()
                           ? QString()
                           : tr("Web pages to process: %1").arg(m_list.urls.size()));

    m_problems->clear();
    for (const core::UrlListEntry &entry : std::as_const(m_list.invalid)) {
        new QListWidgetItem(shellIcon(QStringLiteral("error")),
                            tr("Line %1, not used: “%2”. %3").arg(entry.line).arg(entry.text, entry.reason), m_problems);
    }
    for (const core::UrlListEntry &entry : std::as_const(m_list.duplicates)) {
        new QListWidgetItem(shellIcon(QStringLiteral("info")),
                            tr("Line %1, dropped: “%2”. %3").arg(entry.line).arg(entry.text, entry.reason), m_problems);
    }
    m_problems->setVisible(m_problems->count() > 0);
    emit completeChanged();
}

bool UrlsPage::isComplete() const
{
    return !m_list.urls.isEmpty();
}

QList<UploadEntry> UrlsPage::entries() const
{
    QList<UploadEntry> entries;
    for (const QUrl &url : m_list.urls) {
        UploadEntry entry;
        entry.kind = UploadEntry::Kind::Url;
        entry.url = url;
        entries.append(entry);
    }
    return entries;
}

bool UrlsPage::hasInput() const
{
    return !m_editor->toPlainText().trimmed().isEmpty();
}

} // namespace weav::ui
