#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace weav::net {

// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name;
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// The boundary parameter of a multipart/form-data Content-Type, or empty.
QByteArray multipartBoundary(const QByteArray &contentType);

// Splits a multipart/form-data body into parts; nullopt when the body is malformed.
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &body, const QByteArray &boundary);

} // namespace weav::net
