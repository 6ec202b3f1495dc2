#pragma once

#include <QString>
#include <QUrl>

namespace weav::ui {

// One piece of training data that the upload wizard sends: a text, a Q&A pair, a file or a web
// page. The wizard's pages build them from what the person entered, after the core/admin checks.
struct UploadEntry
{
    enum class Kind { Text, Qa, File, Url };

    Kind kind = Kind::Text;
    // Text: the title. Q&A and files: empty, so that the API derives it from the question or the
    // file name.
    QString title;
    QString content;
    QString question;
    QString answer;
    QString filePath;
    // Files: the size on disk when the file was checked.
    qint64 fileBytes = 0;
    QUrl url;

    // What the person calls the entry: the title, the question, the file name or the address.
    QString label() const;
    // The bytes that the entry puts in its request body: the file, or the text in UTF-8. Web pages
    // count 0, because the server fetches them.
    qint64 payloadBytes() const;
};

} // namespace weav::ui
