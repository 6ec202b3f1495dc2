#include "Multipart.h"

#include <QRegularExpression>

namespace weav::net {

QByteArray multipartBoundary(const QByteArray &contentType)
{
    static const QRegularExpression pattern(QStringLiteral("boundary=(\"?)([^\";]+)\\1"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromLatin1(contentType));
    return match.hasMatch() ? match.captured(2).toLatin1() : QByteArray();
}

namespace {

QString dispositionParameter(const QByteArray &disposition, const QByteArray &name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|;)\\s*%1=\"([^\"]*)\"").arg(QString::fromLatin1(name)),
                                     QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromUtf8(disposition));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return std::nullopt;

    const QByteArray delimiter = "--" + boundary;
    QList<MultipartPart> parts;

    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;

    for (;;) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return parts;
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;

        const qsizetype headEnd = body.indexOf("\r\n\r\n", position);
        if (headEnd < 0)
            return std::nullopt;

        MultipartPart part;
        const QList<QByteArray> headerLines = body.mid(position, headEnd - position).split('\n');
        for (const QByteArray &rawLine : headerLines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = dispositionParameter(value, "name");
                part.fileName = dispositionParameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }

        const qsizetype dataStart = headEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return std::nullopt;

        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        position = next + 2;
    }
}

} // namespace weav::net
