#pragma once

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace weav::core {

Q_DECLARE_LOGGING_CATEGORY(lcDrafts)

// The unsent text of the composer, per connection profile, per conversation and per mode (reply or
// internal note), kept in a JSON file so that it survives a restart or a crash:
// <directory>/<sha256 of the profile name>.json, written atomically with QSaveFile. The file contains
// the profile name and the drafts, never a token.
//
// setText() keeps the text in memory and writes the file at most saveDelayMs() later, so that
// continuous typing is saved about every two seconds. Unsaved text is also written by save(), by the
// destructor and when the application is about to quit. Several stores of one profile may be open
// at once (two panes): each save reads the file again and changes only the drafts this store edited.
//
// NOTE: drafts are removed only when sent or emptied, so drafts of deleted conversations stay in the
// file. An age limit would bound it.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    static constexpr int DefaultSaveDelayMs = 2000;

    // Drafts of this profile in defaultDirectory().
    explicit DraftStore(const QString &profileName, QObject *parent = nullptr);
    // Drafts of this profile in another folder (tests).
    DraftStore(const QString &profileName, const QString &directory, QObject *parent = nullptr);
    ~DraftStore() override;

    QString profileName() const { return m_profileName; }
    QString filePath() const { return m_filePath; }

    // The draft, or an empty string.
    QString text(const QString &conversationId, Mode mode) const;
    // When the draft was last edited; invalid when there is none.
    QDateTime editedAt(const QString &conversationId, Mode mode) const;
    // Stores the draft and schedules a save. Empty (or blank) text removes the draft.
    void setText(const QString &conversationId, Mode mode, const QString &text);
    // Removes the draft, e.g. after the message was sent, and schedules a save.
    void clear(const QString &conversationId, Mode mode);
    // Conversations with at least one draft.
    QStringList conversationIds() const;

    // Writes the edited drafts now. Returns false, with lastError(), when the file could not be
    // written; the drafts stay in memory and the next save tries again.
    bool save();
    bool hasUnsavedChanges() const { return !m_edited.isEmpty(); }
    QString lastError() const { return m_lastError; }

    void setSaveDelayMs(int delayMs) { m_saveTimer.setInterval(qMax(0, delayMs)); }
    int saveDelayMs() const { return m_saveTimer.interval(); }

    // QStandardPaths::AppDataLocation/drafts.
    static QString defaultDirectory();
    // The file name of a profile's drafts: the SHA-256 of its name in hex, so that any profile name
    // gives a valid file name.
    static QString fileNameFor(const QString &profileName);
    static QString modeKey(Mode mode);

signals:
    // The file could not be written; message names the file and the reason.
    void saveFailed(const QString &message);

private:
    struct Draft
    {
        QString text;
        QDateTime editedAt;
    };

    static QString keyOf(const QString &conversationId, Mode mode);
    void setDraft(const QString &key, const std::optional<Draft> &draft);
    void load();
    QHash<QString, Draft> readFile(QString *errorMessage) const;
    void keepUnreadableFile() const;
    bool writeFile(const QHash<QString, Draft> &drafts, QString *errorMessage) const;

    QString m_profileName;
    QString m_filePath;
    // Keyed by "<conversation id>/<mode key>".
    QHash<QString, Draft> m_drafts;
    // Keys edited since the last save, removed ones included.
    QSet<QString> m_edited;
    QTimer m_saveTimer;
    QString m_lastError;
};

} // namespace weav::core
