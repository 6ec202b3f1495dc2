#include "DraftStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace weav::core {

Q_LOGGING_CATEGORY(lcDrafts, "weav.core.drafts")

namespace {

constexpr int FileFormatVersion = 1;

const QLatin1String ReplyKey("reply");
const QLatin1String NoteKey("note");

} // namespace

DraftStore::DraftStore(const QString &profileName, QObject *parent)
    : DraftStore(profileName, defaultDirectory(), parent)
{
}

DraftStore::DraftStore(const QString &profileName, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_profileName(profileName)
    , m_filePath(QDir(directory).filePath(fileNameFor(profileName)))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DefaultSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DraftStore::save);

    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DraftStore::save);

    load();
}

DraftStore::~DraftStore()
{
    if (hasUnsavedChanges())
        save();
}

QString DraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("drafts"));
}

QString DraftStore::fileNameFor(const QString &profileName)
{
    const QByteArray hash = QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash) + QStringLiteral(".json");
}

QString DraftStore::modeKey(Mode mode)
{
    return mode == Mode::Note ? QString(NoteKey) : QString(ReplyKey);
}

QString DraftStore::keyOf(const QString &conversationId, Mode mode)
{
    return conversationId + QLatin1Char('/') + modeKey(mode);
}

QString DraftStore::text(const QString &conversationId, Mode mode) const
{
    return m_drafts.value(keyOf(conversationId, mode)).text;
}

QDateTime DraftStore::editedAt(const QString &conversationId, Mode mode) const
{
    return m_drafts.value(keyOf(conversationId, mode)).editedAt;
}

void DraftStore::setText(const QString &conversationId, Mode mode, const QString &text)
{
    if (conversationId.isEmpty())
        return;

    if (text.trimmed().isEmpty()) {
        clear(conversationId, mode);
        return;
    }
    setDraft(keyOf(conversationId, mode), Draft{text, QDateTime::currentDateTimeUtc()});
}

void DraftStore::clear(const QString &conversationId, Mode mode)
{
    const QString key = keyOf(conversationId, mode);
    if (m_drafts.contains(key))
        setDraft(key, std::nullopt);
}

void DraftStore::setDraft(const QString &key, const std::optional<Draft> &draft)
{
    if (draft && m_drafts.value(key).text == draft->text)
        return;

    if (draft)
        m_drafts.insert(key, *draft);
    else
        m_drafts.remove(key);
    m_edited.insert(key);

    // The timer is not restarted by later edits, so that continuous typing is still saved.
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

QStringList DraftStore::conversationIds() const
{
    QSet<QString> ids;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        ids.insert(it.key().section(QLatin1Char('/'), 0, 0));
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted;
}

bool DraftStore::save()
{
    m_saveTimer.stop();
    if (m_edited.isEmpty())
        return true;

    // Another store of the same profile may have written drafts of other conversations since.
    QString error;
    QHash<QString, Draft> merged = readFile(&error);
    if (!error.isEmpty())
        keepUnreadableFile();
    for (const QString &key : std::as_const(m_edited)) {
        if (m_drafts.contains(key))
            merged.insert(key, m_drafts.value(key));
        else
            merged.remove(key);
    }

    if (!writeFile(merged, &error)) {
        m_lastError = error;
        qCWarning(lcDrafts).noquote() << error;
        emit saveFailed(error);
        return false;
    }

    m_lastError.clear();
    m_edited.clear();
    m_drafts = merged;
    return true;
}

void DraftStore::load()
{
    QString error;
    m_drafts = readFile(&error);
    if (!error.isEmpty())
        qCWarning(lcDrafts).noquote() << error;
}

QHash<QString, DraftStore::Draft> DraftStore::readFile(QString *errorMessage) const
{
    QHash<QString, Draft> drafts;
    QFile file(m_filePath);
    if (!file.exists())
        return drafts;
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Could not read the drafts file %1: %2").arg(m_filePath, file.errorString());
        return drafts;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *errorMessage = tr("The drafts file %1 is not valid JSON (%2); its drafts are ignored, and the next save "
                           "keeps a copy of it as %1.unreadable.")
                            .arg(m_filePath, parseError.errorString());
        return drafts;
    }

    const QJsonArray entries = document.object().value(QLatin1String("drafts")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString conversationId = entry.value(QLatin1String("conversation_id")).toString();
        const QString mode = entry.value(QLatin1String("mode")).toString();
        const QString text = entry.value(QLatin1String("text")).toString();
        if (conversationId.isEmpty() || (mode != ReplyKey && mode != NoteKey) || text.isEmpty())
            continue;

        const QDateTime editedAt = QDateTime::fromString(entry.value(QLatin1String("edited_at")).toString(), Qt::ISODateWithMs);
        drafts.insert(conversationId + QLatin1Char('/') + mode, Draft{text, editedAt});
    }
    return drafts;
}

// Copies a file that could not be read aside, once, before it is overwritten.
void DraftStore::keepUnreadableFile() const
{
    const QString copyPath = m_filePath + QStringLiteral(".unreadable");
    if (QFile::exists(m_filePath) && !QFile::exists(copyPath))
        QFile::copy(m_filePath, copyPath);
}

bool DraftStore::writeFile(const QHash<QString, Draft> &drafts, QString *errorMessage) const
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *errorMessage = tr("Could not create the drafts folder %1. Check that it is writable.").arg(info.absolutePath());
        return false;
    }

    QJsonArray entries;
    QStringList keys = drafts.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Draft &draft = drafts.value(key);
        entries.append(QJsonObject{
            {QStringLiteral("conversation_id"), key.section(QLatin1Char('/'), 0, 0)},
            {QStringLiteral("mode"), key.section(QLatin1Char('/'), 1, 1)},
            {QStringLiteral("text"), draft.text},
            {QStringLiteral("edited_at"), draft.editedAt.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    const QJsonObject root{
        {QStringLiteral("version"), FileFormatVersion},
        {QStringLiteral("profile"), m_profileName},
        {QStringLiteral("drafts"), entries},
    };

    // QSaveFile writes a temporary file beside the target and renames it over the target on commit(),
    // so a crash while writing leaves the previous file whole.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Could not save the drafts to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *errorMessage = tr("Could not save the drafts to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace weav::core
