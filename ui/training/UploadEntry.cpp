#include "UploadEntry.h"

#include <QFileInfo>

namespace weav::ui {

QString UploadEntry::label() const
{
    switch (kind) {
    case Kind::Text:
        return title;
    case Kind::Qa:
        return question;
    case Kind::File:
        return QFileInfo(filePath).fileName();
    case Kind::Url:
        return url.toDisplayString();
    }
    return {};
}

qint64 UploadEntry::payloadBytes() const
{
    switch (kind) {
    case Kind::Text:
        return title.toUtf8().size() + content.toUtf8().size();
    case Kind::Qa:
        return question.toUtf8().size() + answer.toUtf8().size();
    case Kind::File:
        return fileBytes;
    case Kind::Url:
        return 0;
    }
    return 0;
}

} // namespace weav::ui
