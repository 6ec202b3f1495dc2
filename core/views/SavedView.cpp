#include "SavedView.h"

#include "types/JsonReader.h"
#include "workspace/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

namespace weav::core {

namespace {

const QString LinkScheme = QStringLiteral("weav");
const QString LinkHost = QStringLiteral("view");

QString trimmedName(const QString &name)
{
    return name.simplified();
}

bool isValidName(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        *error = SavedView::tr("The view has no name.");
        return false;
    }
    if (name.size() > SavedView::MaxNameLength) {
        *error = SavedView::tr("The view name is longer than %n character(s).", nullptr, SavedView::MaxNameLength);
        return false;
    }
    return true;
}

bool readColumns(const QJsonValue &value, QStringList *columns, QString *error)
{
    for (const QJsonValue &column : value.toArray()) {
        const QString key = column.toString();
        if (!SavedView::columnKeys().contains(key)) {
            *error = SavedView::tr("The view names an unknown column \"%1\".").arg(key);
            return false;
        }
        if (!columns->contains(key))
            columns->append(key);
    }
    return true;
}

std::optional<SavedView> buildView(const QString &name, const QString &query, const QJsonValue &columns, QString *error)
{
    SavedView view;
    view.name = trimmedName(name);
    if (!isValidName(view.name, error))
        return std::nullopt;
    if (!readColumns(columns, &view.columns, error))
        return std::nullopt;
    view.filter = SavedView::filterFromQuery(QUrlQuery(query));
    return view;
}

QString queryText(const ConversationFilter &filter)
{
    return filter.toQuery().toString(QUrl::FullyEncoded);
}

void setIfPresent(const QUrlQuery &query, const QString &key, QString *field, QSet<QString> *read)
{
    if (!query.hasQueryItem(key))
        return;
    *field = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    read->insert(key);
}

void setTimeIfPresent(const QUrlQuery &query, const QString &key, QDateTime *field, QSet<QString> *read, QStringList *ignored)
{
    if (!query.hasQueryItem(key))
        return;
    read->insert(key);
    const QDateTime time = parseTimestamp(query.queryItemValue(key, QUrl::FullyDecoded));
    if (time.isValid())
        *field = time;
    else if (ignored)
        ignored->append(key);
}

} // namespace

const QStringList &SavedView::columnKeys()
{
    static const QStringList keys = {
        QStringLiteral("priority"), QStringLiteral("subject"),  QStringLiteral("customer"),
        QStringLiteral("channel"),  QStringLiteral("status"),   QStringLiteral("assignee"),
        QStringLiteral("tags"),     QStringLiteral("last_message"), QStringLiteral("created"),
    };
    return keys;
}

QJsonObject SavedView::toJson() const
{
    return {
        {QStringLiteral("format"), FileFormat},
        {QStringLiteral("version"), FileVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("query"), queryText(filter)},
        {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
    };
}

QByteArray SavedView::toFile() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QUrl SavedView::toLink() const
{
    QByteArray query = "name=" + QUrl::toPercentEncoding(name) + "&query=" + QUrl::toPercentEncoding(queryText(filter));
    if (!columns.isEmpty())
        query += "&columns=" + QUrl::toPercentEncoding(columns.join(QLatin1Char(',')));

    QUrl link;
    link.setScheme(LinkScheme);
    link.setHost(LinkHost);
    link.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return link;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("format")).toString() != FileFormat) {
        *error = tr("This is not a Weav Console view file.");
        return std::nullopt;
    }
    if (object.value(QStringLiteral("version")).toInt() > FileVersion) {
        *error = tr("The view was saved by a newer version of Weav Console. Update the console to open it.");
        return std::nullopt;
    }
    return buildView(object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("query")).toString(),
                     object.value(QStringLiteral("columns")), error);
}

std::optional<SavedView> SavedView::fromFile(const QByteArray &contents, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (!document.isObject()) {
        *error = tr("The view file is not valid JSON: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

std::optional<SavedView> SavedView::fromLink(const QUrl &link, QString *error)
{
    if (link.scheme() != LinkScheme || link.host() != LinkHost) {
        *error = tr("The link is not a Weav Console view link: it must start with weav://view.");
        return std::nullopt;
    }

    const QUrlQuery query(link);
    const QString name = QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("name"), QUrl::FullyEncoded).toLatin1());
    const QString filter = QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("query"), QUrl::FullyEncoded).toLatin1());
    const QString columns = QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("columns"), QUrl::FullyEncoded).toLatin1());
    const QStringList columnList = columns.isEmpty() ? QStringList() : columns.split(QLatin1Char(','));
    return buildView(name, filter, QJsonArray::fromStringList(columnList), error);
}

ConversationFilter SavedView::filterFromQuery(const QUrlQuery &query, QStringList *ignored)
{
    ConversationFilter filter;
    QSet<QString> read;

    setIfPresent(query, QStringLiteral("status"), &filter.status, &read);
    setIfPresent(query, QStringLiteral("priority"), &filter.priority, &read);
    setIfPresent(query, QStringLiteral("channel"), &filter.channel, &read);
    setIfPresent(query, QStringLiteral("assignee_type"), &filter.assigneeType, &read);
    setIfPresent(query, QStringLiteral("assignee_id"), &filter.assigneeId, &read);
    setIfPresent(query, QStringLiteral("customer_id"), &filter.customerId, &read);
    setIfPresent(query, QStringLiteral("tag"), &filter.tag, &read);
    setIfPresent(query, QStringLiteral("q"), &filter.text, &read);
    setTimeIfPresent(query, QStringLiteral("created_from"), &filter.createdFrom, &read, ignored);
    setTimeIfPresent(query, QStringLiteral("created_to"), &filter.createdTo, &read, ignored);
    setTimeIfPresent(query, QStringLiteral("updated_since"), &filter.updatedSince, &read, ignored);

    if (query.hasQueryItem(QStringLiteral("is_spam"))) {
        read.insert(QStringLiteral("is_spam"));
        const QString spam = query.queryItemValue(QStringLiteral("is_spam")).toLower();
        if (spam == QLatin1String("true") || spam == QLatin1String("1"))
            filter.isSpam = true;
        else if (spam == QLatin1String("false") || spam == QLatin1String("0"))
            filter.isSpam = false;
        else if (ignored)
            ignored->append(QStringLiteral("is_spam"));
    }

    if (query.hasQueryItem(QStringLiteral("sort"))) {
        read.insert(QStringLiteral("sort"));
        if (const auto sort = ConversationFilter::parseSort(query.queryItemValue(QStringLiteral("sort"))))
            filter.setSort(sort->first, sort->second);
        else if (ignored)
            ignored->append(QStringLiteral("sort"));
    }

    if (ignored) {
        for (const auto &item : query.queryItems()) {
            if (!read.contains(item.first) && !ignored->contains(item.first))
                ignored->append(item.first);
        }
    }
    return filter;
}

SavedViewStore::SavedViewStore(const QString &profileName, const QString &directory)
    : m_profileName(profileName)
    , m_filePath(QDir(directory.isEmpty() ? defaultDirectory() : directory).filePath(DraftStore::fileNameFor(profileName)))
{
}

QString SavedViewStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/views");
}

QList<SavedView> SavedViewStore::list() const
{
    m_lastError.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("The saved views could not be read from %1: %2").arg(m_filePath, file.errorString());
        return {};
    }

    QList<SavedView> views;
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("views")).toArray();
    for (const QJsonValue &item : items) {
        QString error;
        if (const auto view = SavedView::fromJson(item.toObject(), &error))
            views.append(*view);
        else
            m_lastError = tr("A saved view was skipped: %1").arg(error);
    }
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return views;
}

std::optional<SavedView> SavedViewStore::find(const QString &name) const
{
    for (const SavedView &view : list()) {
        if (view.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return view;
    }
    return std::nullopt;
}

bool SavedViewStore::save(const SavedView &view)
{
    QString error;
    if (!isValidName(trimmedName(view.name), &error)) {
        m_lastError = error;
        return false;
    }

    SavedView stored = view;
    stored.name = trimmedName(view.name);
    QList<SavedView> views = list();
    views.removeIf([&](const SavedView &other) { return other.name.compare(stored.name, Qt::CaseInsensitive) == 0; });
    views.append(stored);
    return write(views);
}

bool SavedViewStore::remove(const QString &name)
{
    QList<SavedView> views = list();
    const qsizetype removed = views.removeIf([&](const SavedView &view) { return view.name.compare(name.simplified(), Qt::CaseInsensitive) == 0; });
    return removed > 0 && write(views);
}

bool SavedViewStore::write(const QList<SavedView> &views)
{
    QJsonArray items;
    for (const SavedView &view : views)
        items.append(view.toJson());
    const QJsonObject root{{QStringLiteral("profile"), m_profileName}, {QStringLiteral("views"), items}};

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        m_lastError = tr("The saved views could not be written to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace weav::core
