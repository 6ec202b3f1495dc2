#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class QUrl;

namespace weav::core {

// Messages per field, keyed by the API's field name: the shape of ApiError::fieldErrors, so that a
// form shows the checks made before sending and the server's 422 errors at the same field.
using FieldErrors = QMap<QString, QStringList>;

// The rules that the admin validators share, with their messages.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(weav::core::FieldRules)

public:
    // Counts Unicode code points, as the API's length limits do, so an emoji counts as one character.
    static qsizetype characterCount(const QString &text);
    // Whether the text is empty after trimming. The API trims strings, so blank text counts as missing.
    static bool isBlank(const QString &text);

    // The message for text longer than maxCharacters, naming the excess; empty when the text fits.
    // label is the field as a person calls it ("name", "avatar URL").
    static QString tooLongMessage(const QString &text, qsizetype maxCharacters, const QString &label);

    // Parses an absolute http:// or https:// URL with a host. Returns false and sets *problem to a
    // sentence about "the address" (what is wrong and how to write it) otherwise.
    static bool parseWebAddress(const QString &text, QUrl *url, QString *problem);
};

} // namespace weav::core
