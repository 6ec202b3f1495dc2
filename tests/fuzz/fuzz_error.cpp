// libFuzzer target: ApiError::fromHttpReply on any body at any status from 0 to 999.
// The first three bytes give the status, one decimal digit each. An ASCII digit is itself and any
// other byte is its distance from '0' modulo 10, so a seed file reads "422{...}". The rest of the
// input is the body. Every result must keep the status and have a message and a bounded excerpt.

#include "api/ApiError.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace weav::core;

namespace {

constexpr qsizetype ExcerptBytes = 512;
const QByteArray Ellipsis = QByteArrayLiteral("\xe2\x80\xa6"); // "…" in UTF-8

void require(bool condition, const char *invariant, int status)
{
    if (condition)
        return;
    std::fprintf(stderr, "ApiError::fromHttpReply at HTTP %d broke an invariant: %s\n", status, invariant);
    std::abort();
}

int statusFrom(const std::uint8_t *data)
{
    int status = 0;
    for (int i = 0; i < 3; ++i)
        status = status * 10 + static_cast<std::uint8_t>(data[i] - '0') % 10;
    return status;
}

bool hasControlBytes(const QByteArray &text)
{
    for (const char c : text) {
        if ((c >= 0 && c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

void checkExcerpt(const ApiError &error, const QByteArray &body, int status)
{
    const QByteArray &excerpt = error.bodyExcerpt;
    require(excerpt.size() <= ExcerptBytes + Ellipsis.size(), "bodyExcerpt is at most 512 bytes and the ellipsis", status);

    if (body.size() > ExcerptBytes) {
        require(excerpt.size() == ExcerptBytes + Ellipsis.size(), "a long body is cut at 512 bytes", status);
        require(excerpt.endsWith(Ellipsis), "a cut excerpt ends with the ellipsis", status);
        require(!hasControlBytes(excerpt.left(ExcerptBytes)), "bodyExcerpt has no control bytes but tab and newline", status);
    } else {
        require(excerpt.size() == body.size(), "a short body is kept whole", status);
        require(!hasControlBytes(excerpt), "bodyExcerpt has no control bytes but tab and newline", status);
    }
}

void checkFieldErrors(const ApiError &error, int status)
{
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        require(!it.value().isEmpty(), "a field in fieldErrors has at least one message", status);
}

void checkSummary(const ApiError &error, const QString &endpoint, int status)
{
    const QString summary = error.summary();
    require(summary.contains(error.message), "summary() contains the message", status);
    require(summary.contains(endpoint), "summary() contains the endpoint", status);
    if (status > 0)
        require(summary.contains(QStringLiteral("HTTP %1").arg(status)), "summary() contains the status", status);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;

    const int status = statusFrom(data);
    const QByteArray body(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    const QString endpoint = QStringLiteral("PUT /v1/conversations/{id}");
    const ApiError error = ApiError::fromHttpReply(status, body, endpoint, QStringLiteral("req-fuzz"));

    require(error.kind == ApiError::Kind::Http, "kind is Http", status);
    require(error.httpStatus == status, "httpStatus is the reply's status", status);
    require(!error.message.isEmpty(), "message is not empty", status);
    require(error.retryable == (status == 429 || status >= 500), "only 429 and 5xx are retryable", status);
    require(error.endpoint == endpoint, "endpoint is kept", status);

    checkExcerpt(error, body, status);
    checkFieldErrors(error, status);
    checkSummary(error, endpoint, status);
    return 0;
}
