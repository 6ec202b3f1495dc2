#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace weav::sandbox {

// The settings of `weav-sandbox serve`. Defaults are those of the command line.
struct SandboxConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8787;
    QString dataPath = QStringLiteral(":memory:");

    // --latency MS or MIN-MAX: added to every /v1 response.
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    // --error-rate: share of /v1 requests answered 500 PROCESSING_FAILED before any work is done.
    double errorRate = 0.0;
    // --drop-rate: share of /v1 requests whose connection is closed without a reply, before any work.
    double dropRate = 0.0;
    // --rate-limit: requests per token per minute; 0 turns the limit and its headers off.
    int rateLimitPerMinute = 0;
    // --fault-seed: the same seed and the same request order give the same faults.
    quint64 faultSeed = 1;

    // --bare-pagination: links and meta are {} as in Weav's public reference.
    bool barePagination = false;

    // --simulate-traffic: customer messages and new conversations per minute, per workspace.
    double simulatedMessagesPerMinute = 0.0;

    // --webhook-url and the secret read from --webhook-secret-file.
    QUrl webhookUrl;
    QByteArray webhookSecret;
    // --webhook-backoff-scale: multiplies the retry delays (1 min, 2 min, 4 min, ...); tests use 0.001.
    double webhookBackoffScale = 1.0;
    int webhookMaxRetries = 10;

    // --url-processing-ms: time a URL training item spends in pending and again in processing.
    int urlProcessingMs = 1500;

    // --threads: HTTP worker threads; 0 picks one per core (at least 2).
    int workerThreads = 0;
};

} // namespace weav::sandbox
