#include "TrainingRequests.h"

#include "api/Endpoints.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QRandomGenerator>

namespace weav::core::trainingRequests {

namespace {

// Adds agent_ids when there are agents; the API treats an absent list as "no agents".
QJsonObject withAgents(QJsonObject body, const QStringList &agentIds)
{
    if (!agentIds.isEmpty())
        body.insert(QStringLiteral("agent_ids"), QJsonArray::fromStringList(agentIds));
    return body;
}

// A boundary of 32 random hex digits that occurs nowhere in the data.
QByteArray boundaryFor(const QByteArray &data)
{
    QByteArray boundary;
    do {
        const quint64 high = QRandomGenerator::system()->generate64();
        const quint64 low = QRandomGenerator::system()->generate64();
        boundary = "weav-" + QByteArray::number(high, 16) + QByteArray::number(low, 16);
    } while (data.contains(boundary));
    return boundary;
}

// A quoted-string parameter value as browsers write it in form-data: UTF-8, with the quote and
// line breaks percent-encoded so that the value cannot end the header.
QByteArray quotedParameter(const QString &value)
{
    QByteArray encoded = value.toUtf8();
    encoded.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + encoded + '"';
}

void appendPart(QByteArray &body, const QByteArray &boundary, const QByteArray &disposition,
                const QByteArray &contentType, const QByteArray &data)
{
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; " + disposition + "\r\n";
    if (!contentType.isEmpty())
        body += "Content-Type: " + contentType + "\r\n";
    body += "\r\n";
    body += data;
    body += "\r\n";
}

void appendField(QByteArray &body, const QByteArray &boundary, const QString &name, const QString &value)
{
    appendPart(body, boundary, "name=" + quotedParameter(name), {}, value.toUtf8());
}

} // namespace

ApiRequest createText(const QString &title, const QString &content, const QStringList &agentIds)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("content"), content}};
    return ApiRequest::post(endpoints::trainingData(), withAgents(body, agentIds));
}

ApiRequest createQa(const QString &question, const QString &answer, const QStringList &agentIds)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("qa")},
                           {QStringLiteral("question"), question},
                           {QStringLiteral("answer"), answer}};
    return ApiRequest::post(endpoints::trainingData(), withAgents(body, agentIds));
}

ApiRequest uploadFile(const QString &fileName, const QByteArray &data, const QString &title,
                      const QStringList &agentIds)
{
    const QByteArray boundary = boundaryFor(data);
    const QByteArray mimeType = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name().toUtf8();

    QByteArray body;
    appendField(body, boundary, QStringLiteral("type"), QStringLiteral("file"));
    if (!title.isEmpty())
        appendField(body, boundary, QStringLiteral("title"), title);
    for (const QString &agentId : agentIds)
        appendField(body, boundary, QStringLiteral("agent_ids[]"), agentId);
    appendPart(body, boundary, "name=\"file\"; filename=" + quotedParameter(fileName), mimeType, data);
    body += "--" + boundary + "--\r\n";

    ApiRequest request;
    request.method = "POST";
    request.path = endpoints::trainingData();
    request.body = body;
    request.contentType = "multipart/form-data; boundary=" + boundary;
    return request;
}

ApiRequest processUrls(const QList<QUrl> &urls, const QStringList &agentIds)
{
    QJsonArray addresses;
    for (const QUrl &url : urls)
        addresses.append(url.toString(QUrl::FullyEncoded));
    return ApiRequest::post(endpoints::trainingUrlsProcess(), withAgents({{QStringLiteral("urls"), addresses}}, agentIds));
}

ApiRequest assignAgents(const QString &itemId, const QStringList &agentIds)
{
    return ApiRequest::post(endpoints::trainingItemAgents(itemId),
                            {{QStringLiteral("agent_ids"), QJsonArray::fromStringList(agentIds)}});
}

} // namespace weav::core::trainingRequests
