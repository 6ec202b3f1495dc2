#include "FieldRules.h"

#include <QUrl>

namespace weav::core {

qsizetype FieldRules::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool FieldRules::isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString FieldRules::tooLongMessage(const QString &text, qsizetype maxCharacters, const QString &label)
{
    const qsizetype count = characterCount(text);
    if (count <= maxCharacters)
        return {};
    return tr("The %1 has %n characters, but at most %2 are allowed. Shorten it by %3.", nullptr, int(count))
        .arg(label)
        .arg(maxCharacters)
        .arg(count - maxCharacters);
}

bool FieldRules::parseWebAddress(const QString &text, QUrl *url, QString *problem)
{
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        *problem = tr("The address does not start with http:// or https://. Add it in front, as in https://%1.")
                       .arg(trimmed);
        return false;
    }

    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *problem = tr("The address starts with %1://, but only http:// and https:// addresses can be used.")
                       .arg(trimmed.left(schemeEnd));
        return false;
    }

    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid()) {
        *problem = tr("The address is not a valid web address. Check it for spaces and typing errors.");
        return false;
    }
    if (parsed.host().isEmpty()) {
        *problem = tr("The address has no host name after %1://, such as example.com.").arg(scheme);
        return false;
    }

    *url = parsed;
    return true;
}

} // namespace weav::core
