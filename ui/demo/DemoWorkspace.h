#pragma once

#include "SandboxConfig.h"
#include "workspace/Profile.h"

#include <QLoggingCategory>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace weav::sandbox {
class Sandbox;
}

namespace weav::core {
class Session;
}

namespace weav::ui {

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

struct DemoOptions
{
    // small (about 2,000 conversations), medium (20,000) or large (200,000).
    QString size = QStringLiteral("small");
    // Overrides size with an exact number of conversations (tests).
    int conversations = 0;
    // The SQLite file; empty means defaultDataPath(size) in the user's cache folder.
    QString dataPath;
    // Faults, latency, webhooks and traffic for the in-process server. Host and port are ignored:
    // the server always listens on 127.0.0.1 and a free port.
    sandbox::SandboxConfig config;
};

// The built-in demo workspace: the sandbox inside the process, on 127.0.0.1 and a free port, with
// a seeded workspace named "demo" kept in the user's cache folder, so that the second start does
// not seed again. Seeding runs on a worker thread; the GUI thread only waits for ready().
class DemoWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit DemoWorkspace(QObject *parent = nullptr);
    ~DemoWorkspace() override;

    // Opens the data file (seeding it on a worker thread when it has no demo workspace yet), starts
    // the server and emits ready() or failed(message).
    void start(const DemoOptions &options);
    // start() and a local event loop until ready() or failed(). For tests and --screenshot-dir.
    bool startAndWait(const DemoOptions &options, QString *errorMessage, int timeoutMs = 180000);

    bool isReady() const;
    QUrl baseUrl() const;
    sandbox::Sandbox *sandbox() const;
    // Whether this start seeded the data file.
    bool seededNow() const;

    // A new token of the demo workspace; abilities "read,write" or "read". The token is returned
    // only, never written anywhere.
    QString createToken(const QString &abilities = QStringLiteral("read,write"),
                        std::optional<qint64> expiresAtMs = std::nullopt);
    // Deletes a token from the server's store, so that the next request with it gets 401.
    bool revokeToken(const QString &token);

    // The profile the console connects with: base URL, and the seeded lead as the teammate that
    // replies are sent as. Never saved with the other profiles.
    core::Profile profile() const;
    // A session with a new token of these abilities, checked with a ConnectionCheck so that its
    // abilities are known when this returns. Marked as the demo.
    core::Session *createSession(QObject *parent, const QString &abilities = QStringLiteral("read,write"));

    static QString defaultDataPath(const QString &size);

signals:
    void progress(const QString &message);
    void ready();
    void failed(const QString &message);

private:
    struct Private;

    // error is empty when the data file is ready.
    void onSeeded(bool seeded, const QString &error);
    QString findTeammate() const;

    std::unique_ptr<Private> d;
};

} // namespace weav::ui
