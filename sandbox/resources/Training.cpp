#include "Resources.h"

#include "api/Errors.h"
#include "api/Json.h"
#include "api/Listing.h"
#include "api/Validator.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace weav::sandbox {

namespace {

const QString Columns = QStringLiteral("id, type, title, status, error, content, question, answer, source_url, "
                                       "file_name, mime_type, size_bytes, created_at, updated_at");

const QString TextType = QStringLiteral("text");
const QString QaType = QStringLiteral("qa");
const QString FileType = QStringLiteral("file");
const QString UrlType = QStringLiteral("url");

const QStringList ItemTypes{TextType, QaType, FileType, UrlType};
const QStringList ItemStatuses{QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("ready"),
                               QStringLiteral("failed")};

constexpr qint64 MaxTitleLength = 255;
constexpr qint64 MaxFileKilobytes = 10240;

// The fields that belong to one item type, with their maximum length in characters.
struct TypedField
{
    QString name;
    QString itemType;
    qint64 maxLength;
};

const QList<TypedField> TypedFields{
    {QStringLiteral("content"), TextType, 100000},
    {QStringLiteral("question"), QaType, 1000},
    {QStringLiteral("answer"), QaType, 10000},
};

// Accepted upload extensions and the MIME type stored for each.
const QList<QPair<QString, QString>> FileTypes{
    {QStringLiteral("txt"), QStringLiteral("text/plain")},
    {QStringLiteral("md"), QStringLiteral("text/markdown")},
    {QStringLiteral("csv"), QStringLiteral("text/csv")},
    {QStringLiteral("html"), QStringLiteral("text/html")},
    {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
    {QStringLiteral("docx"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
};

QString mimeTypeFor(const QString &extension)
{
    for (const auto &fileType : FileTypes) {
        if (fileType.first == extension)
            return fileType.second;
    }
    return {};
}

QStringList fileExtensions()
{
    QStringList extensions;
    for (const auto &fileType : FileTypes)
        extensions.append(fileType.first);
    return extensions;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// Cuts text to at most `limit` characters, counted as code points like the max rule counts them.
QString cutToCharacters(const QString &text, qint64 limit)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() <= limit)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), limit);
}

// --- Loading -------------------------------------------------------------------------------------

QJsonObject itemFromRow(const QSqlQuery &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(0).toString()},
        {QStringLiteral("type"), json::string(row.value(1))},
        {QStringLiteral("title"), json::string(row.value(2))},
        {QStringLiteral("status"), json::string(row.value(3))},
        {QStringLiteral("error"), json::string(row.value(4))},
        {QStringLiteral("content"), json::string(row.value(5))},
        {QStringLiteral("question"), json::string(row.value(6))},
        {QStringLiteral("answer"), json::string(row.value(7))},
        {QStringLiteral("source_url"), json::string(row.value(8))},
        {QStringLiteral("file_name"), json::string(row.value(9))},
        {QStringLiteral("mime_type"), json::string(row.value(10))},
        {QStringLiteral("size_bytes"), json::integer(row.value(11))},
        {QStringLiteral("created_at"), json::timestamp(row.value(12))},
        {QStringLiteral("updated_at"), json::timestamp(row.value(13))},
    };
}

// The agent ids of each item, in the order they were assigned, with one query for all items.
QHash<QString, QJsonArray> agentIdsByItem(const QSqlDatabase &db, const QStringList &itemIds)
{
    QHash<QString, QJsonArray> agentIds;
    if (itemIds.isEmpty())
        return agentIds;

    QVariantList values;
    for (const QString &id : itemIds)
        values.append(id);
    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT training_item_id, agent_id FROM training_item_agents "
                                              "WHERE training_item_id IN (%1) ORDER BY rowid")
                                   .arg(placeholders(itemIds.size())),
                               values);
    while (rows.next())
        agentIds[rows.value(0).toString()].append(rows.value(1).toString());
    return agentIds;
}

// Reads every row of a SELECT of Columns and attaches agent_ids with one more query, however many
// rows there are.
QJsonArray itemsFromRows(const QSqlDatabase &db, QSqlQuery &rows)
{
    QList<QJsonObject> items;
    QStringList ids;
    while (rows.next()) {
        items.append(itemFromRow(rows));
        ids.append(items.last().value(QStringLiteral("id")).toString());
    }

    const QHash<QString, QJsonArray> agentIds = agentIdsByItem(db, ids);
    QJsonArray result;
    for (QJsonObject &item : items) {
        item.insert(QStringLiteral("agent_ids"), agentIds.value(item.value(QStringLiteral("id")).toString()));
        result.append(item);
    }
    return result;
}

// The items of one workspace with these ids, in the order they were inserted.
QJsonArray loadItems(const QSqlDatabase &db, const QString &workspaceId, const QStringList &ids)
{
    QVariantList values{workspaceId};
    for (const QString &id : ids)
        values.append(id);
    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT %1 FROM training_items WHERE workspace_id = ? AND id IN (%2) ORDER BY rowid")
                                   .arg(Columns, placeholders(ids.size())),
                               values);
    return itemsFromRows(db, rows);
}

// --- Agents --------------------------------------------------------------------------------------

// Validates agent_ids as an array of UUIDs, each item under the name agent_ids.N. A create request may
// leave it out or send null, but an assignment request must send at least one id.
void validateAgentIds(Validator &v, bool required)
{
    v.field(QStringLiteral("agent_ids"));
    if (required)
        v.required().array().min(1);
    else
        v.nullable().array();

    const QJsonValue value = v.current();
    if (!value.isArray())
        return;

    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i)
        v.value(QStringLiteral("agent_ids.%1").arg(i), items.at(i)).uuid();
}

QStringList uniqueAgentIds(const QJsonObject &input)
{
    QStringList ids;
    QSet<QString> seen;
    const QJsonArray values = input.value(QStringLiteral("agent_ids")).toArray();
    for (const QJsonValue &value : values) {
        if (seen.contains(value.toString()))
            continue;
        seen.insert(value.toString());
        ids.append(value.toString());
    }
    return ids;
}

// 400 INVALID_AGENT naming the first id that is not an agent of the workspace.
std::optional<HttpResponse> rejectUnknownAgents(const QSqlDatabase &db, const QString &workspaceId,
                                                const QStringList &agentIds)
{
    if (agentIds.isEmpty())
        return std::nullopt;

    QVariantList values{workspaceId};
    for (const QString &id : agentIds)
        values.append(id);
    QSqlQuery rows = sql::exec(db,
                               QStringLiteral("SELECT id FROM agents WHERE workspace_id = ? AND id IN (%1)")
                                   .arg(placeholders(agentIds.size())),
                               values);
    QSet<QString> known;
    while (rows.next())
        known.insert(rows.value(0).toString());

    for (const QString &id : agentIds) {
        if (!known.contains(id))
            return errorResponse(400, QStringLiteral("Agent %1 does not exist in this workspace.").arg(id),
                                 QStringLiteral("INVALID_AGENT"));
    }
    return std::nullopt;
}

// Adds links and keeps the links that exist already.
void linkAgents(const QSqlDatabase &db, const QString &itemId, const QStringList &agentIds)
{
    for (const QString &agentId : agentIds) {
        sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO training_item_agents (training_item_id, agent_id) VALUES (?, ?)"),
                  {itemId, agentId});
    }
}

// --- Creating ------------------------------------------------------------------------------------

// The fields of a create request, from a JSON body or from the parts of a multipart/form-data body.
struct CreateInput
{
    QJsonObject fields;
    std::optional<MultipartPart> file;
};

// Parts with a file name are uploads, of which only "file" is used. The others are text fields. Repeated
// "agent_ids[]" or "agent_ids" parts make up the agent_ids array.
CreateInput inputFromParts(const QList<MultipartPart> &parts)
{
    CreateInput input;
    QJsonArray agentIds;
    for (const MultipartPart &part : parts) {
        if (!part.fileName.isEmpty()) {
            if (part.name == FileType)
                input.file = part;
            continue;
        }

        const QString text = QString::fromUtf8(part.data);
        if (part.name == QLatin1String("agent_ids[]") || part.name == QLatin1String("agent_ids"))
            agentIds.append(text);
        else
            input.fields.insert(part.name, text);
    }

    if (!agentIds.isEmpty())
        input.fields.insert(QStringLiteral("agent_ids"), agentIds);
    return input;
}

// The response that rejects the type of a create request: 422 when it is missing,
// URL_DISCOVERY_REQUIRED for url, INVALID_TYPE for anything but text, qa and file.
std::optional<HttpResponse> rejectType(const QJsonObject &fields)
{
    Validator v(fields);
    v.field(QStringLiteral("type")).required().string();
    if (v.fails())
        return v.response();

    const QString type = fields.value(QStringLiteral("type")).toString();
    if (type == UrlType) {
        return errorResponse(422, QStringLiteral("URL training data must be created through POST /v1/training-data/urls/process."),
                             QStringLiteral("URL_DISCOVERY_REQUIRED"));
    }
    if (type != TextType && type != QaType && type != FileType)
        return errorResponse(400, QStringLiteral("Unsupported training data type \"%1\".").arg(type), QStringLiteral("INVALID_TYPE"));
    return std::nullopt;
}

void validateTypedFields(Validator &v, const QString &itemType)
{
    for (const TypedField &field : TypedFields) {
        if (field.itemType == itemType)
            v.field(field.name).required().string().max(field.maxLength);
    }
}

QString extensionOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

// The rules of Laravel's required|file|max:10240|mimes:... on the upload.
void validateUpload(Validator &v, const CreateInput &input)
{
    if (!input.file) {
        const QJsonValue textValue = input.fields.value(FileType);
        const bool blank = textValue.isUndefined() || textValue.isNull()
            || (textValue.isString() && textValue.toString().trimmed().isEmpty());
        v.addError(FileType, blank ? QStringLiteral("The file field is required.") : QStringLiteral("The file field must be a file."));
        return;
    }

    if (input.file->data.size() > MaxFileKilobytes * 1024)
        v.addError(FileType, QStringLiteral("The file field must not be greater than %1 kilobytes.").arg(MaxFileKilobytes));
    if (!fileExtensions().contains(extensionOf(input.file->fileName))) {
        v.addError(FileType, QStringLiteral("The file field must be a file of type: %1.")
                                 .arg(fileExtensions().join(QStringLiteral(", "))));
    }
}

void validateNewItem(Validator &v, const QString &itemType, const CreateInput &input)
{
    if (itemType == TextType) {
        v.field(QStringLiteral("title")).required().string().max(MaxTitleLength);
        validateTypedFields(v, itemType);
    } else if (itemType == QaType) {
        validateTypedFields(v, itemType);
        v.field(QStringLiteral("title")).nullable().string().max(MaxTitleLength);
    } else {
        validateUpload(v, input);
        v.field(QStringLiteral("title")).nullable().string().max(MaxTitleLength);
    }
    validateAgentIds(v, false);
}

// The columns of a new row. Null strings are stored as NULL.
struct NewItem
{
    QString type;
    QString title;
    QString status = QStringLiteral("ready");
    QString content;
    QString question;
    QString answer;
    QString sourceUrl;
    QString fileName;
    QString mimeType;
    std::optional<qint64> sizeBytes;
};

// The given title, or `fallback` cut to the title's maximum length when the title is absent or blank.
QString titleOr(const QJsonObject &fields, const QString &fallback)
{
    const QString title = fields.value(QStringLiteral("title")).toString();
    return title.trimmed().isEmpty() ? cutToCharacters(fallback, MaxTitleLength) : title;
}

NewItem newItemFrom(const QString &itemType, const CreateInput &input)
{
    NewItem item;
    item.type = itemType;

    if (itemType == TextType) {
        item.title = input.fields.value(QStringLiteral("title")).toString();
        item.content = input.fields.value(QStringLiteral("content")).toString();
    } else if (itemType == QaType) {
        item.question = input.fields.value(QStringLiteral("question")).toString();
        item.answer = input.fields.value(QStringLiteral("answer")).toString();
        item.title = titleOr(input.fields, item.question);
    } else {
        // NOTE: the uploaded bytes are not stored, so a file item can never return its text.
        item.fileName = QFileInfo(input.file->fileName).fileName();
        item.mimeType = mimeTypeFor(extensionOf(item.fileName));
        item.sizeBytes = input.file->data.size();
        item.title = titleOr(input.fields, item.fileName);
    }
    return item;
}

NewItem urlItem(const QUrl &url)
{
    NewItem item;
    item.type = UrlType;
    item.status = QStringLiteral("pending");
    item.sourceUrl = url.toString();
    item.title = cutToCharacters(url.host() + url.path(), MaxTitleLength);
    return item;
}

void insertItem(const QSqlDatabase &db, const QString &workspaceId, const QString &id, const NewItem &item, qint64 now)
{
    const QVariant sizeBytes = item.sizeBytes ? QVariant(*item.sizeBytes) : QVariant(QMetaType(QMetaType::LongLong));
    sql::exec(db,
              QStringLiteral("INSERT INTO training_items (id, workspace_id, type, title, status, content, question, answer, "
                             "source_url, file_name, mime_type, size_bytes, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, workspaceId, item.type, sql::nullable(item.title), item.status, sql::nullable(item.content),
               sql::nullable(item.question), sql::nullable(item.answer), sql::nullable(item.sourceUrl),
               sql::nullable(item.fileName), sql::nullable(item.mimeType), sizeBytes, now, now});
}

HttpResponse createItem(RequestContext &ctx)
{
    const CreateInput input = ctx.multipart ? inputFromParts(ctx.parts) : CreateInput{ctx.body, std::nullopt};
    if (auto rejected = rejectType(input.fields))
        return *rejected;

    const QString itemType = input.fields.value(QStringLiteral("type")).toString();
    Validator v(input.fields);
    validateNewItem(v, itemType, input);
    if (v.fails())
        return v.response();

    const QString id = json::newId();
    const QStringList agentIds = uniqueAgentIds(input.fields);
    {
        WriteTransaction transaction(ctx.services.database);
        if (auto rejected = rejectUnknownAgents(transaction.db(), ctx.workspaceId, agentIds))
            return *rejected;
        insertItem(transaction.db(), ctx.workspaceId, id, newItemFrom(itemType, input), json::nowMs());
        linkAgents(transaction.db(), id, agentIds);
        transaction.commit();
    }

    const QJsonObject item = *loadTrainingItem(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("training.created"), item);
    return HttpResponse::json(201, item);
}

// --- URL processing ------------------------------------------------------------------------------

// An entry of a process request when it is an absolute http(s) URL with a host.
std::optional<QUrl> acceptedUrl(const QJsonValue &entry)
{
    if (!entry.isString())
        return std::nullopt;

    const QUrl url(entry.toString().trimmed(), QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || url.host().isEmpty())
        return std::nullopt;
    return url;
}

// The accepted entries without duplicates, in request order. QUrl lower-cases scheme and host, so
// "HTTPS://Example.com/a" and "https://example.com/a" count as one URL.
QList<QUrl> acceptedUrls(const QJsonArray &entries)
{
    QList<QUrl> urls;
    QSet<QString> seen;
    for (const QJsonValue &entry : entries) {
        const std::optional<QUrl> url = acceptedUrl(entry);
        if (!url || seen.contains(url->toString()))
            continue;
        seen.insert(url->toString());
        urls.append(*url);
    }
    return urls;
}

void scheduleProcessing(const RequestContext &ctx, const QStringList &itemIds)
{
    if (!ctx.services.scheduleUrlProcessing)
        return;
    for (const QString &id : itemIds)
        ctx.services.scheduleUrlProcessing(ctx.workspaceId, id);
}

HttpResponse processUrls(RequestContext &ctx)
{
    Validator v(ctx.body);
    v.field(QStringLiteral("urls")).required().array();
    validateAgentIds(v, false);
    if (v.fails())
        return v.response();

    const QList<QUrl> urls = acceptedUrls(ctx.body.value(QStringLiteral("urls")).toArray());
    if (urls.isEmpty())
        return errorResponse(422, QStringLiteral("No valid URLs were provided."), QStringLiteral("NO_URLS_PROVIDED"));

    QStringList ids;
    const QStringList agentIds = uniqueAgentIds(ctx.body);
    {
        WriteTransaction transaction(ctx.services.database);
        if (auto rejected = rejectUnknownAgents(transaction.db(), ctx.workspaceId, agentIds))
            return *rejected;

        const qint64 now = json::nowMs();
        for (const QUrl &url : urls) {
            ids.append(json::newId());
            insertItem(transaction.db(), ctx.workspaceId, ids.last(), urlItem(url), now);
            linkAgents(transaction.db(), ids.last(), agentIds);
        }
        transaction.commit();
    }

    const QJsonArray items = loadItems(ctx.db(), ctx.workspaceId, ids);
    for (const QJsonValue &item : items)
        ctx.publish(QStringLiteral("training.created"), item.toObject());
    scheduleProcessing(ctx, ids);
    return HttpResponse::json(202, QJsonObject{{QStringLiteral("data"), items}});
}

// --- Reading -------------------------------------------------------------------------------------

SqlFilter listFilter(const RequestContext &ctx)
{
    SqlFilter filter;
    filter.add(QStringLiteral("workspace_id = ?"), {ctx.workspaceId});

    const QString type = ctx.request.queryValue(QStringLiteral("type"));
    if (!type.isEmpty())
        filter.add(QStringLiteral("type = ?"), {type});

    const QString status = ctx.request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty())
        filter.add(QStringLiteral("status = ?"), {status});

    const QString agentId = ctx.request.queryValue(QStringLiteral("agent_id"));
    if (!agentId.isEmpty())
        filter.add(QStringLiteral("id IN (SELECT training_item_id FROM training_item_agents WHERE agent_id = ?)"), {agentId});

    const QString q = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    if (!q.isEmpty())
        filter.add(QStringLiteral("title LIKE ? ESCAPE '\\'"), {likeContains(q)});
    return filter;
}

HttpResponse listItems(RequestContext &ctx)
{
    Validator v(ctx.queryObject());
    const PageRequest page = readPageRequest(ctx, v);
    v.field(QStringLiteral("type")).in(ItemTypes);
    v.field(QStringLiteral("status")).in(ItemStatuses);
    v.field(QStringLiteral("agent_id")).uuid();
    v.field(QStringLiteral("q")).string().max(MaxTitleLength);
    if (v.fails())
        return v.response();

    const SqlFilter filter = listFilter(ctx);
    const QSqlDatabase db = ctx.db();
    auto [total, rows] = queryNewestFirst(db, QStringLiteral("training_items"), Columns, filter, page);
    return paginatedResponse(ctx, itemsFromRows(db, rows), total, page);
}

HttpResponse showItem(RequestContext &ctx)
{
    const auto item = loadTrainingItem(ctx.db(), ctx.workspaceId, ctx.param(QStringLiteral("id")));
    return item ? HttpResponse::json(200, *item) : notFoundResponse();
}

// --- Changing ------------------------------------------------------------------------------------

// PUT rules: every field is optional, but a given field must not be empty, and content, question
// and answer are prohibited on items of other types.
void validateUpdate(Validator &v, const QString &itemType)
{
    v.field(QStringLiteral("title"));
    if (v.present())
        v.required().string().max(MaxTitleLength);

    for (const TypedField &field : TypedFields) {
        v.field(field.name);
        if (!v.present())
            continue;
        if (field.itemType != itemType) {
            v.addError(field.name, QStringLiteral("The %1 field is prohibited for %2 items.")
                                       .arg(Validator::attributeName(field.name), itemType));
            continue;
        }
        v.required().string().max(field.maxLength);
    }
}

HttpResponse updateItem(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    const auto existing = loadTrainingItem(ctx.db(), ctx.workspaceId, id);
    if (!existing)
        return notFoundResponse();

    Validator v(ctx.body);
    validateUpdate(v, existing->value(QStringLiteral("type")).toString());
    if (v.fails())
        return v.response();

    QStringList assignments;
    QVariantList values;
    for (const QString &column : {QStringLiteral("title"), QStringLiteral("content"), QStringLiteral("question"),
                                  QStringLiteral("answer")}) {
        if (!ctx.body.contains(column))
            continue;
        assignments.append(column + QStringLiteral(" = ?"));
        values.append(ctx.body.value(column).toString());
    }
    assignments.append(QStringLiteral("updated_at = ?"));
    values << json::nowMs() << id << ctx.workspaceId;

    {
        WriteTransaction transaction(ctx.services.database);
        const QSqlQuery result = sql::exec(transaction.db(),
                                           QStringLiteral("UPDATE training_items SET %1 WHERE id = ? AND workspace_id = ?")
                                               .arg(assignments.join(QStringLiteral(", "))),
                                           values);
        if (result.numRowsAffected() == 0)
            return notFoundResponse();
        transaction.commit();
    }

    const QJsonObject item = *loadTrainingItem(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("training.updated"), item);
    return HttpResponse::json(200, item);
}

HttpResponse deleteItem(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    WriteTransaction transaction(ctx.services.database);
    const auto item = loadTrainingItem(transaction.db(), ctx.workspaceId, id);
    if (!item)
        return notFoundResponse();

    sql::exec(transaction.db(), QStringLiteral("DELETE FROM training_items WHERE id = ? AND workspace_id = ?"),
              {id, ctx.workspaceId});
    transaction.commit();

    ctx.publish(QStringLiteral("training.deleted"), *item);
    return HttpResponse::noContent();
}

HttpResponse assignAgents(RequestContext &ctx)
{
    const QString id = ctx.param(QStringLiteral("id"));
    if (!existsInWorkspace(ctx.db(), QStringLiteral("training_items"), ctx.workspaceId, id))
        return notFoundResponse();

    Validator v(ctx.body);
    validateAgentIds(v, true);
    if (v.fails())
        return v.response();

    const QStringList agentIds = uniqueAgentIds(ctx.body);
    {
        WriteTransaction transaction(ctx.services.database);
        const QSqlQuery touched = sql::exec(transaction.db(),
                                            QStringLiteral("UPDATE training_items SET updated_at = ? WHERE id = ? AND workspace_id = ?"),
                                            {json::nowMs(), id, ctx.workspaceId});
        if (touched.numRowsAffected() == 0)
            return notFoundResponse();
        if (auto rejected = rejectUnknownAgents(transaction.db(), ctx.workspaceId, agentIds))
            return *rejected;
        linkAgents(transaction.db(), id, agentIds);
        transaction.commit();
    }

    const QJsonObject item = *loadTrainingItem(ctx.db(), ctx.workspaceId, id);
    ctx.publish(QStringLiteral("training.agent.assigned"), item);
    return HttpResponse::json(200, item);
}

} // namespace

std::optional<QJsonObject> loadTrainingItem(const QSqlDatabase &db, const QString &workspaceId, const QString &id)
{
    QSqlQuery rows = sql::exec(db, QStringLiteral("SELECT %1 FROM training_items WHERE id = ? AND workspace_id = ?").arg(Columns),
                               {id, workspaceId});
    const QJsonArray items = itemsFromRows(db, rows);
    if (items.isEmpty())
        return std::nullopt;
    return items.first().toObject();
}

void registerTrainingRoutes(Router &router)
{
    router.get(QStringLiteral("/v1/training-data"), listItems);
    router.post(QStringLiteral("/v1/training-data"), createItem, RouteOptions{true});
    router.post(QStringLiteral("/v1/training-data/urls/process"), processUrls);
    router.get(QStringLiteral("/v1/training-data/{id}"), showItem);
    router.put(QStringLiteral("/v1/training-data/{id}"), updateItem);
    router.remove(QStringLiteral("/v1/training-data/{id}"), deleteItem);
    router.post(QStringLiteral("/v1/training-data/{id}/agents"), assignAgents);
}

} // namespace weav::sandbox
