#pragma once

#include "FieldRules.h"

namespace weav::core {

// Checks a text training item before it is created: a title of 1 to 255 characters and content of
// 1 to 100,000 characters, counted as the API counts them (code points, after trimming for "empty").
class TextItemCheck
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::TextItemCheck)

public:
    static constexpr qsizetype MaxTitleLength = 255;
    static constexpr qsizetype MaxContentLength = 100000;

    // Messages under "title" and "content"; empty when both are valid.
    static FieldErrors check(const QString &title, const QString &content);

    // The title's messages. With required false (the optional title of a Q&A pair or a file), a
    // blank title is valid, because the API then derives one.
    static QStringList checkTitle(const QString &title, bool required = true);
    static QStringList checkContent(const QString &content);
};

// Checks a Q&A training pair: a question of 1 to 1,000 characters and an answer of 1 to 10,000.
class QaPairCheck
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::QaPairCheck)

public:
    static constexpr qsizetype MaxQuestionLength = 1000;
    static constexpr qsizetype MaxAnswerLength = 10000;

    // Messages under "question" and "answer"; empty when both are valid.
    static FieldErrors check(const QString &question, const QString &answer);
};

} // namespace weav::core
