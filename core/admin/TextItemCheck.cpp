#include "TextItemCheck.h"

namespace weav::core {

namespace {

// The message for blank text, or the one for text over the limit, or none.
QStringList requiredTextProblems(const QString &text, qsizetype maxCharacters, const QString &label,
                                 const QString &missingMessage)
{
    if (FieldRules::isBlank(text))
        return {missingMessage};

    const QString tooLong = FieldRules::tooLongMessage(text, maxCharacters, label);
    return tooLong.isEmpty() ? QStringList() : QStringList{tooLong};
}

void insertProblems(FieldErrors &errors, const QString &field, const QStringList &messages)
{
    if (!messages.isEmpty())
        errors.insert(field, messages);
}

} // namespace

FieldErrors TextItemCheck::check(const QString &title, const QString &content)
{
    FieldErrors errors;
    insertProblems(errors, QStringLiteral("title"), checkTitle(title));
    insertProblems(errors, QStringLiteral("content"), checkContent(content));
    return errors;
}

QStringList TextItemCheck::checkTitle(const QString &title, bool required)
{
    if (!required && FieldRules::isBlank(title))
        return {};
    return requiredTextProblems(title, MaxTitleLength, tr("title"),
                                tr("The title is missing. Enter a title of up to %Ln characters.", nullptr, int(MaxTitleLength)));
}

QStringList TextItemCheck::checkContent(const QString &content)
{
    return requiredTextProblems(content, MaxContentLength, tr("content"),
                                tr("The content is empty. Enter the text that the agents should learn."));
}

FieldErrors QaPairCheck::check(const QString &question, const QString &answer)
{
    FieldErrors errors;
    insertProblems(errors, QStringLiteral("question"),
                   requiredTextProblems(question, MaxQuestionLength, tr("question"),
                                        tr("The question is empty. Enter the question as a customer would ask it.")));
    insertProblems(errors, QStringLiteral("answer"),
                   requiredTextProblems(answer, MaxAnswerLength, tr("answer"),
                                        tr("The answer is empty. Enter the answer that the agent should give.")));
    return errors;
}

} // namespace weav::core
