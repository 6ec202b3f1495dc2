#include "QaCsvParser.h"

#include "TextItemCheck.h"

#include <QStringDecoder>

#include <algorithm>

namespace weav::core {

namespace {

// One CSV record with the line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    // The record ends inside a quoted field because the closing quote is missing.
    bool unterminated = false;
};

// Splits RFC 4180 text into records. A quote inside an unquoted field, or text after a closing
// quote, is kept as literal text, as spreadsheet programs read it.
class CsvReader
{
public:
    explicit CsvReader(const QString &text) : m_text(text) {}

    QList<CsvRecord> records()
    {
        while (m_position < m_text.size())
            readCharacter(m_text.at(m_position++));

        if (m_quoted) {
            m_record.unterminated = true;
            endRecord();
        } else if (m_fieldStarted || !m_record.fields.isEmpty()) {
            endRecord();
        }
        return m_records;
    }

private:
    void readCharacter(QChar c)
    {
        if (m_record.line == 0)
            m_record.line = m_line;
        if (c == QLatin1Char('\n'))
            ++m_line;

        if (m_quoted) {
            readQuoted(c);
            return;
        }

        if (c == QLatin1Char('"') && !m_fieldStarted) {
            m_quoted = true;
            m_fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && peek() == QLatin1Char('\n')) {
            // The \n that follows ends the record.
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else {
            m_field.append(c);
            m_fieldStarted = true;
        }
    }

    void readQuoted(QChar c)
    {
        if (c != QLatin1Char('"')) {
            m_field.append(c);
            return;
        }
        if (peek() == QLatin1Char('"')) {
            m_field.append(c);
            ++m_position;
            return;
        }
        m_quoted = false;
    }

    QChar peek() const { return m_position < m_text.size() ? m_text.at(m_position) : QChar(); }

    void endField()
    {
        m_record.fields.append(m_field);
        m_field.clear();
        m_fieldStarted = false;
    }

    void endRecord()
    {
        endField();
        m_records.append(m_record);
        m_record = CsvRecord();
    }

    const QString &m_text;
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_quoted = false;
    bool m_fieldStarted = false;
    QString m_field;
    CsvRecord m_record;
    QList<CsvRecord> m_records;
};

bool isBlankRecord(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

// The fields without trailing blank ones, which spreadsheet programs write for empty columns.
QStringList usedFields(const CsvRecord &record)
{
    QStringList fields = record.fields;
    while (fields.size() > 2 && fields.last().trimmed().isEmpty())
        fields.removeLast();
    return fields;
}

bool isHeader(const CsvRecord &record)
{
    const QStringList fields = usedFields(record);
    return fields.size() == 2 && fields.at(0).trimmed().compare(QLatin1String("question"), Qt::CaseInsensitive) == 0
        && fields.at(1).trimmed().compare(QLatin1String("answer"), Qt::CaseInsensitive) == 0;
}

void readRecord(const CsvRecord &record, int row, QaCsvContent *content)
{
    const auto addProblem = [&](const QString &message) { content->problems.append({row, record.line, message}); };
    if (record.unterminated) {
        addProblem(QaCsvParser::tr("A quoted field that starts on line %1 has no closing double quote, so the rest of the file "
                      "is read as part of it. Add the closing quote.")
                       .arg(record.line));
        return;
    }

    const QStringList fields = usedFields(record);
    if (fields.size() < 2) {
        addProblem(QaCsvParser::tr("The row has one column. Put the question in the first column and the answer in the second."));
        return;
    }
    if (fields.size() > 2) {
        addProblem(QaCsvParser::tr("The row has %n columns, but a Q&A row has two: the question and the answer. Put double "
                                   "quotes around a question or answer that contains a comma.",
                                   nullptr, int(fields.size())));
        return;
    }

    const QString question = fields.at(0).trimmed();
    const QString answer = fields.at(1).trimmed();
    const FieldErrors errors = QaPairCheck::check(question, answer);
    for (const QString &field : {QStringLiteral("question"), QStringLiteral("answer")}) {
        for (const QString &message : errors.value(field))
            addProblem(message);
    }
    if (errors.isEmpty())
        content->pairs.append({row, record.line, question, answer});
}

} // namespace

QaCsvContent QaCsvParser::parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        QaCsvContent content;
        content.fileProblem = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        return content;
    }
    return parseText(text);
}

QaCsvContent QaCsvParser::parseText(const QString &text)
{
    QaCsvContent content;
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);

    const QList<CsvRecord> records = CsvReader(body).records();
    bool firstNonBlank = true;
    for (qsizetype index = 0; index < records.size(); ++index) {
        const CsvRecord &record = records.at(index);
        const int row = int(index + 1);
        if (!record.unterminated && isBlankRecord(record))
            continue;

        if (firstNonBlank && !record.unterminated && isHeader(record)) {
            content.hasHeader = true;
            firstNonBlank = false;
            continue;
        }
        firstNonBlank = false;
        readRecord(record, row, &content);
    }

    if (content.pairs.isEmpty() && content.problems.isEmpty())
        content.fileProblem = tr("The file has no Q&A rows. Put one question and its answer on each row.");
    return content;
}

} // namespace weav::core
