// Training data: JSON and multipart creation, URL processing and its background progression, updates,
// agent assignment, deletion, filters, workspace scoping and abilities.
// Not covered yet: the webhook events each write publishes, which need a webhook receiver on
// loopback. Also not covered: that a page loads agent_ids with one query, because the store does not
// count queries.

#include "SandboxFixture.h"
#include "store/Database.h"

#include <QRegularExpression>
#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

const QString Collection = QStringLiteral("/v1/training-data");
const QString ProcessUrls = QStringLiteral("/v1/training-data/urls/process");

// One part of a multipart/form-data body. A part with a file name is an upload.
struct FormPart
{
    QByteArray name;
    QByteArray value;
    QByteArray fileName = {};
    QByteArray contentType = {};
};

const QByteArray Boundary = "weav-test-boundary-4f9c2a";

QByteArray formBody(const QList<FormPart> &parts)
{
    QByteArray body;
    for (const FormPart &part : parts) {
        body += "--" + Boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + part.name + "\"";
        if (!part.fileName.isEmpty())
            body += "; filename=\"" + part.fileName + "\"";
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.value + "\r\n";
    }
    body += "--" + Boundary + "--\r\n";
    return body;
}

QStringList strings(const QJsonValue &array)
{
    QStringList values;
    const QJsonArray items = array.toArray();
    for (const QJsonValue &item : items)
        values.append(item.toString());
    return values;
}

QStringList ids(const QJsonArray &items)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(QStringLiteral("id")).toString());
    return values;
}

QString itemPath(const QString &id)
{
    return QStringLiteral("/v1/training-data/%1").arg(id);
}

QJsonObject textBody(const QString &title = QStringLiteral("Refund policy"),
                     const QString &content = QStringLiteral("Refunds are possible within 30 days."))
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("content"), content}};
}

QJsonObject qaBody(const QString &question = QStringLiteral("How do I reset my password?"),
                   const QString &answer = QStringLiteral("Use the link on the sign-in page."))
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("qa")},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("answer"), answer}};
}

QString tooLongMessage(const char *field, int limit)
{
    return QStringLiteral("The %1 field must not be greater than %2 characters.").arg(QLatin1String(field)).arg(limit);
}

// The maximum length of each field of text and qa items.
struct LengthLimit
{
    const char *itemType;
    const char *field;
    int limit;
};

const QList<LengthLimit> LengthLimits{
    {"text", "title", 255}, {"text", "content", 100000}, {"qa", "question", 1000}, {"qa", "answer", 10000}, {"qa", "title", 255},
};

// Adds a row at each limit, which must pass, and a row one character past it, which must fail.
void addLengthLimitRows()
{
    QTest::addColumn<QString>("itemType");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");

    for (const LengthLimit &entry : LengthLimits) {
        QTest::addRow("%s %s at %d", entry.itemType, entry.field, entry.limit)
            << entry.itemType << entry.field << entry.limit << QString();
        QTest::addRow("%s %s at %d", entry.itemType, entry.field, entry.limit + 1)
            << entry.itemType << entry.field << entry.limit + 1 << tooLongMessage(entry.field, entry.limit);
    }
}

} // namespace

class TrainingTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        fixture = makeFixture(50);
        QVERIFY(fixture);
    }

    void cleanup() { fixture.reset(); }

    // --- text and qa -----------------------------------------------------------------------------

    void createTextShape()
    {
        const Reply reply = fixture->call("POST", Collection, textBody());
        QCOMPARE(reply.status, 201);

        const QJsonObject item = reply.object;
        QCOMPARE(item.value(QStringLiteral("id")).toString().size(), 36);
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Refund policy"));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QVERIFY(item.value(QStringLiteral("error")).isNull());
        QCOMPARE(item.value(QStringLiteral("content")).toString(), QStringLiteral("Refunds are possible within 30 days."));
        QVERIFY(item.value(QStringLiteral("question")).isNull());
        QVERIFY(item.value(QStringLiteral("answer")).isNull());
        QVERIFY(item.value(QStringLiteral("source_url")).isNull());
        QVERIFY(item.value(QStringLiteral("file_name")).isNull());
        QVERIFY(item.value(QStringLiteral("mime_type")).isNull());
        QVERIFY(item.value(QStringLiteral("size_bytes")).isNull());
        QVERIFY(item.value(QStringLiteral("agent_ids")).isArray());
        QCOMPARE(item.value(QStringLiteral("agent_ids")).toArray().size(), 0);
        QVERIFY(isRecordTimestamp(item.value(QStringLiteral("created_at"))));
        QCOMPARE(item.value(QStringLiteral("updated_at")), item.value(QStringLiteral("created_at")));
    }

    void createTextReadBack()
    {
        const QJsonObject created = fixture->create(Collection, textBody());
        const Reply reply = fixture->call("GET", itemPath(created.value(QStringLiteral("id")).toString()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object, created);
    }

    void createTextWithAgents()
    {
        const QString first = addAgent(QStringLiteral("Ada"));
        const QString second = addAgent(QStringLiteral("Bob"));
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{second, first, second});

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(strings(reply.object.value(QStringLiteral("agent_ids"))), (QStringList{second, first}));
    }

    void createNullAgentIds()
    {
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonValue::Null);

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.object.value(QStringLiteral("agent_ids")).isArray());
        QCOMPARE(reply.object.value(QStringLiteral("agent_ids")).toArray().size(), 0);
    }

    void createQaShape()
    {
        const Reply reply = fixture->call("POST", Collection, qaBody());
        QCOMPARE(reply.status, 201);

        const QJsonObject item = reply.object;
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("qa"));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(item.value(QStringLiteral("question")).toString(), QStringLiteral("How do I reset my password?"));
        QCOMPARE(item.value(QStringLiteral("answer")).toString(), QStringLiteral("Use the link on the sign-in page."));
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("How do I reset my password?"));
        QVERIFY(item.value(QStringLiteral("content")).isNull());
        QVERIFY(item.value(QStringLiteral("source_url")).isNull());
        QVERIFY(item.value(QStringLiteral("file_name")).isNull());
        QVERIFY(item.value(QStringLiteral("error")).isNull());
        QCOMPARE(item.value(QStringLiteral("agent_ids")).toArray().size(), 0);
    }

    void createQaExplicitTitle()
    {
        QJsonObject body = qaBody();
        body.insert(QStringLiteral("title"), QStringLiteral("Password reset"));

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("title")).toString(), QStringLiteral("Password reset"));
    }

    void createQaNullTitleDefaults()
    {
        QJsonObject body = qaBody();
        body.insert(QStringLiteral("title"), QJsonValue::Null);

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("title")).toString(), QStringLiteral("How do I reset my password?"));
    }

    void createQaLongQuestionTitleCut()
    {
        const QString question = QString(250, QLatin1Char('a')) + QString(50, QLatin1Char('b'));

        const Reply reply = fixture->call("POST", Collection, qaBody(question));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("title")).toString(), question.left(255));
        QCOMPARE(reply.object.value(QStringLiteral("question")).toString(), question);
    }

    void createLimits_data() { addLengthLimitRows(); }

    void createLimits()
    {
        QFETCH(QString, itemType);
        QFETCH(QString, field);
        QFETCH(int, length);
        QFETCH(QString, message);

        QJsonObject body = itemType == QLatin1String("text") ? textBody() : qaBody();
        body.insert(field, QString(length, QLatin1Char('x')));

        const Reply reply = fixture->call("POST", Collection, body);
        if (message.isEmpty()) {
            QCOMPARE(reply.status, 201);
            QCOMPARE(reply.object.value(field).toString().size(), length);
        } else {
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.fieldErrors(field), QStringList{message});
            QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), message);
        }
    }

    void createRequired_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QJsonObject text = textBody();
        text.remove(QStringLiteral("title"));
        QTest::newRow("text without title") << text << "title" << "The title field is required.";

        text = textBody();
        text.insert(QStringLiteral("title"), QStringLiteral("   "));
        QTest::newRow("text with blank title") << text << "title" << "The title field is required.";

        text = textBody();
        text.remove(QStringLiteral("content"));
        QTest::newRow("text without content") << text << "content" << "The content field is required.";

        QJsonObject qa = qaBody();
        qa.remove(QStringLiteral("question"));
        QTest::newRow("qa without question") << qa << "question" << "The question field is required.";

        qa = qaBody();
        qa.remove(QStringLiteral("answer"));
        QTest::newRow("qa without answer") << qa << "answer" << "The answer field is required.";

        text = textBody();
        text.remove(QStringLiteral("type"));
        QTest::newRow("no type") << text << "type" << "The type field is required.";

        text = textBody();
        text.insert(QStringLiteral("type"), 3);
        QTest::newRow("numeric type") << text << "type" << "The type field must be a string.";

        text = textBody();
        text.insert(QStringLiteral("title"), 42);
        QTest::newRow("numeric title") << text << "title" << "The title field must be a string.";

        QTest::newRow("file as JSON") << QJsonObject{{QStringLiteral("type"), QStringLiteral("file")}} << "file"
                                      << "The file field is required.";

        text = textBody();
        text.insert(QStringLiteral("agent_ids"), QStringLiteral("all"));
        QTest::newRow("agent_ids not an array") << text << "agent_ids" << "The agent ids field must be an array.";
    }

    void createRequired()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void createAgentIdItemNotUuid()
    {
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{addAgent(QStringLiteral("Ada")), QStringLiteral("agent-7")});

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("agent_ids.1")),
                 QStringList{QStringLiteral("The agent ids.1 field must be a valid UUID.")});
        QCOMPARE(reply.fieldErrors(QStringLiteral("agent_ids.0")), QStringList());
    }

    void createUrlTypeNeedsDiscovery()
    {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("url")},
                               {QStringLiteral("source_url"), QStringLiteral("https://docs.example.com")}};

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.code(), QStringLiteral("URL_DISCOVERY_REQUIRED"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(),
                 QStringLiteral("URL training data must be created through POST /v1/training-data/urls/process."));
    }

    void createUnknownTypeIsInvalidType()
    {
        const Reply reply = fixture->call("POST", Collection, QJsonObject{{QStringLiteral("type"), QStringLiteral("video")}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_TYPE"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(), QStringLiteral("Unsupported training data type \"video\"."));
    }

    void createUnknownAgentIsInvalidAgent()
    {
        const QString known = addAgent(QStringLiteral("Ada"));
        const QString missing = unknownId();
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{known, missing});

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_AGENT"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Agent %1 does not exist in this workspace.").arg(missing));
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void createOtherWorkspaceAgentIsInvalidAgent()
    {
        const QString foreign = addAgent(QStringLiteral("Eve"), fixture->otherWorkspaceId);
        QJsonObject body = qaBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{foreign});

        const Reply reply = fixture->call("POST", Collection, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_AGENT"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Agent %1 does not exist in this workspace.").arg(foreign));
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    // --- file uploads ----------------------------------------------------------------------------

    void uploadMarkdown()
    {
        const QString first = addAgent(QStringLiteral("Ada"));
        const QString second = addAgent(QStringLiteral("Bob"));
        const QByteArray markdown = "# Shipping\n\nOrders ship within two days.\n";

        const Reply reply = upload({{"type", "file"},
                                    {"file", markdown, "shipping.md", "text/markdown"},
                                    {"agent_ids[]", first.toLatin1()},
                                    {"agent_ids", second.toLatin1()}});
        QCOMPARE(reply.status, 201);

        const QJsonObject item = reply.object;
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("shipping.md"));
        QCOMPARE(item.value(QStringLiteral("file_name")).toString(), QStringLiteral("shipping.md"));
        QCOMPARE(item.value(QStringLiteral("mime_type")).toString(), QStringLiteral("text/markdown"));
        QCOMPARE(item.value(QStringLiteral("size_bytes")).toInteger(), qint64(markdown.size()));
        QVERIFY(item.value(QStringLiteral("content")).isNull());
        QVERIFY(item.value(QStringLiteral("question")).isNull());
        QVERIFY(item.value(QStringLiteral("source_url")).isNull());
        QVERIFY(item.value(QStringLiteral("error")).isNull());
        QCOMPARE(strings(item.value(QStringLiteral("agent_ids"))), (QStringList{first, second}));
    }

    void uploadWithTitle()
    {
        const Reply reply = upload({{"type", "file"}, {"title", "Shipping guide"}, {"file", "Ships fast.", "shipping.txt"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("title")).toString(), QStringLiteral("Shipping guide"));
        QCOMPARE(reply.object.value(QStringLiteral("file_name")).toString(), QStringLiteral("shipping.txt"));
    }

    void uploadTextFieldsMakeTextItem()
    {
        // Form fields are read like JSON fields, so a text item may also come as multipart.
        const Reply reply = upload({{"type", "text"}, {"title", "Opening hours"}, {"content", "Mon-Fri 9-17"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(reply.object.value(QStringLiteral("content")).toString(), QStringLiteral("Mon-Fri 9-17"));
        QVERIFY(reply.object.value(QStringLiteral("file_name")).isNull());
    }

    void uploadMimeTypes_data()
    {
        QTest::addColumn<QByteArray>("fileName");
        QTest::addColumn<QString>("mimeType");

        QTest::newRow("txt") << QByteArray("notes.txt") << "text/plain";
        QTest::newRow("md") << QByteArray("notes.md") << "text/markdown";
        QTest::newRow("csv") << QByteArray("prices.csv") << "text/csv";
        QTest::newRow("html") << QByteArray("faq.html") << "text/html";
        QTest::newRow("pdf") << QByteArray("manual.pdf") << "application/pdf";
        QTest::newRow("docx") << QByteArray("terms.docx")
                              << "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        QTest::newRow("upper-case extension") << QByteArray("MANUAL.PDF") << "application/pdf";
    }

    void uploadMimeTypes()
    {
        QFETCH(QByteArray, fileName);
        QFETCH(QString, mimeType);

        // The part's own Content-Type is ignored: the extension decides.
        const Reply reply = upload({{"type", "file"}, {"file", "%PDF-1.4 sample", fileName, "application/octet-stream"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("mime_type")).toString(), mimeType);
        QCOMPARE(reply.object.value(QStringLiteral("file_name")).toString(), QString::fromLatin1(fileName));
        QCOMPARE(reply.object.value(QStringLiteral("size_bytes")).toInteger(), qint64(15));
    }

    void uploadWrongExtension_data()
    {
        QTest::addColumn<QByteArray>("fileName");
        QTest::newRow("exe") << QByteArray("setup.exe");
        QTest::newRow("no extension") << QByteArray("README");
        QTest::newRow("extension in the middle") << QByteArray("notes.md.zip");
    }

    void uploadWrongExtension()
    {
        QFETCH(QByteArray, fileName);

        const Reply reply = upload({{"type", "file"}, {"file", "MZ", fileName}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("file")),
                 QStringList{QStringLiteral("The file field must be a file of type: txt, md, csv, html, pdf, docx.")});
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void uploadTooLarge()
    {
        const QByteArray content(10 * 1024 * 1024 + 1, 'a');

        const Reply reply = upload({{"type", "file"}, {"file", content, "big.txt"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("file")),
                 QStringList{QStringLiteral("The file field must not be greater than 10240 kilobytes.")});
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void uploadAtSizeLimit()
    {
        const QByteArray content(10 * 1024 * 1024, 'a');

        const Reply reply = upload({{"type", "file"}, {"file", content, "big.txt"}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object.value(QStringLiteral("size_bytes")).toInteger(), qint64(10485760));
    }

    void uploadWithoutFile()
    {
        const Reply reply = upload({{"type", "file"}, {"title", "Nothing attached"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("file")), QStringList{QStringLiteral("The file field is required.")});
    }

    void uploadFileAsTextField()
    {
        const Reply reply = upload({{"type", "file"}, {"file", "just text"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("file")), QStringList{QStringLiteral("The file field must be a file.")});
    }

    void uploadWithoutType()
    {
        const Reply reply = upload({{"file", "hello", "hello.txt"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(QStringLiteral("type")), QStringList{QStringLiteral("The type field is required.")});
    }

    void uploadUrlTypeNeedsDiscovery()
    {
        const Reply reply = upload({{"type", "url"}, {"file", "hello", "hello.txt"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.code(), QStringLiteral("URL_DISCOVERY_REQUIRED"));
    }

    void uploadUnknownTypeIsInvalidType()
    {
        const Reply reply = upload({{"type", "image"}, {"file", "GIF89a", "logo.gif"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_TYPE"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(), QStringLiteral("Unsupported training data type \"image\"."));
    }

    void uploadUnknownAgentIsInvalidAgent()
    {
        const QString missing = unknownId();

        const Reply reply = upload({{"type", "file"}, {"file", "hello", "hello.txt"}, {"agent_ids[]", missing.toLatin1()}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_AGENT"));
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void uploadReadTokenIs403()
    {
        const Reply reply = upload({{"type", "file"}, {"file", "hello", "hello.txt"}}, fixture->readToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
    }

    // --- URL processing --------------------------------------------------------------------------

    void processKeepsValidUniqueUrls()
    {
        const QJsonArray urls{
            QStringLiteral("https://docs.example.com/guide"),
            QStringLiteral("not a url"),
            QStringLiteral("ftp://files.example.com/a.txt"),
            QStringLiteral("https://docs.example.com/guide"),
            QStringLiteral("http://example.org"),
            QStringLiteral("/relative/path"),
            42,
            QStringLiteral("https://"),
            QStringLiteral("https://help.example.com/faq?lang=en"),
            QStringLiteral("http://example.org"),
        };

        const Reply reply = fixture->call("POST", ProcessUrls, QJsonObject{{QStringLiteral("urls"), urls}});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.data.size(), 3);

        QStringList sources;
        QStringList titles;
        for (const QJsonValue &value : reply.data) {
            const QJsonObject item = value.toObject();
            sources.append(item.value(QStringLiteral("source_url")).toString());
            titles.append(item.value(QStringLiteral("title")).toString());
            QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("url"));
            QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QVERIFY(item.value(QStringLiteral("error")).isNull());
            QVERIFY(item.value(QStringLiteral("content")).isNull());
            QVERIFY(item.value(QStringLiteral("file_name")).isNull());
            QCOMPARE(item.value(QStringLiteral("agent_ids")).toArray().size(), 0);
        }
        QCOMPARE(sources, (QStringList{QStringLiteral("https://docs.example.com/guide"), QStringLiteral("http://example.org"),
                                       QStringLiteral("https://help.example.com/faq?lang=en")}));
        QCOMPARE(titles, (QStringList{QStringLiteral("docs.example.com/guide"), QStringLiteral("example.org"),
                                      QStringLiteral("help.example.com/faq")}));
        QCOMPARE(fixture->listAll(Collection).size(), 3);
    }

    void processOnlyInvalidUrls()
    {
        const QJsonArray urls{QStringLiteral("mailto:help@example.com"), QStringLiteral("example.com"), QStringLiteral("")};

        const Reply reply = fixture->call("POST", ProcessUrls, QJsonObject{{QStringLiteral("urls"), urls}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.code(), QStringLiteral("NO_URLS_PROVIDED"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(), QStringLiteral("No valid URLs were provided."));
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void processValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing urls") << QJsonObject{{QStringLiteral("agent_ids"), QJsonArray()}} << "urls"
                                      << "The urls field is required.";
        QTest::newRow("empty urls") << QJsonObject{{QStringLiteral("urls"), QJsonArray()}} << "urls"
                                    << "The urls field is required.";
        QTest::newRow("urls not an array") << QJsonObject{{QStringLiteral("urls"), QStringLiteral("https://example.com")}}
                                           << "urls" << "The urls field must be an array.";
        QTest::newRow("agent id not a uuid")
            << QJsonObject{{QStringLiteral("urls"), QJsonArray{QStringLiteral("https://example.com")}},
                           {QStringLiteral("agent_ids"), QJsonArray{QStringLiteral("ada")}}}
            << "agent_ids.0" << "The agent ids.0 field must be a valid UUID.";
    }

    void processValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const Reply reply = fixture->call("POST", ProcessUrls, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void processLinksAgents()
    {
        const QString agent = addAgent(QStringLiteral("Ada"));
        const QJsonArray urls{QStringLiteral("https://a.example.com"), QStringLiteral("https://b.example.com")};
        const QJsonObject body{{QStringLiteral("urls"), urls},
                               {QStringLiteral("agent_ids"), QJsonArray{agent}}};

        const Reply reply = fixture->call("POST", ProcessUrls, body);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.data.size(), 2);
        QCOMPARE(strings(reply.data.at(0).toObject().value(QStringLiteral("agent_ids"))), QStringList{agent});
        QCOMPARE(strings(reply.data.at(1).toObject().value(QStringLiteral("agent_ids"))), QStringList{agent});
    }

    void processUnknownAgentIsInvalidAgent()
    {
        const QString foreign = addAgent(QStringLiteral("Eve"), fixture->otherWorkspaceId);
        const QJsonObject body{{QStringLiteral("urls"), QJsonArray{QStringLiteral("https://a.example.com")}},
                               {QStringLiteral("agent_ids"), QJsonArray{foreign}}};

        const Reply reply = fixture->call("POST", ProcessUrls, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_AGENT"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Agent %1 does not exist in this workspace.").arg(foreign));
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    void processReachesReadyOrFailed()
    {
        const QString good = QStringLiteral("https://docs.example.com/guide");
        const QString bad = QStringLiteral("https://docs.example.invalid/x");
        const Reply reply = processUrls(QJsonArray{good, bad});
        QCOMPARE(reply.status, 202);
        const QString goodId = ids(reply.data).value(0);
        const QString badId = ids(reply.data).value(1);

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(goodId), QStringLiteral("ready"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(badId), QStringLiteral("failed"), 5000);

        const QJsonObject ready = fixture->call("GET", itemPath(goodId)).object;
        QCOMPARE(ready.value(QStringLiteral("content")).toString(), QStringLiteral("Text extracted from https://docs.example.com/guide."));
        QVERIFY(ready.value(QStringLiteral("error")).isNull());
        QVERIFY(ready.value(QStringLiteral("updated_at")).toString() > ready.value(QStringLiteral("created_at")).toString());

        const QJsonObject failed = fixture->call("GET", itemPath(badId)).object;
        QCOMPARE(failed.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Could not fetch https://docs.example.invalid/x: the host could not be resolved."));
        QVERIFY(failed.value(QStringLiteral("content")).isNull());
        QVERIFY(failed.value(QStringLiteral("updated_at")).toString() > failed.value(QStringLiteral("created_at")).toString());
    }

    void processPassesThroughProcessing()
    {
        fixture = makeFixture(300);
        QVERIFY(fixture);
        const Reply reply = processUrls(QJsonArray{QStringLiteral("https://docs.example.com")});
        QCOMPARE(reply.status, 202);
        const QString id = ids(reply.data).value(0);

        // No event loop has run yet, so the processor has not started.
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("processing"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("ready"), 3000);
    }

    void processScheduledFromWorkerThread()
    {
        // Over loopback the handler runs on an HTTP worker thread, so schedule() crosses threads.
        fixture = makeFixture(50, true);
        QVERIFY(fixture);
        const Reply reply = fixture->http("POST", ProcessUrls, R"({"urls": ["https://docs.example.com/threads"]})",
                                          {{"authorization", "Bearer " + fixture->writeToken.toLatin1()},
                                           {"content-type", "application/json"}});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.data.size(), 1);
        const QString id = ids(reply.data).value(0);

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("ready"), 5000);
    }

    void processStopsForDeletedItem()
    {
        const Reply reply = processUrls(QJsonArray{QStringLiteral("https://docs.example.com")});
        QCOMPARE(reply.status, 202);
        const QString id = ids(reply.data).value(0);
        QCOMPARE(fixture->call("DELETE", itemPath(id)).status, 204);

        QTest::qWait(250);

        QCOMPARE(fixture->call("GET", itemPath(id)).status, 404);
        QCOMPARE(fixture->listAll(Collection).size(), 0);
    }

    // --- updates ---------------------------------------------------------------------------------

    void updateTextFields()
    {
        const QJsonObject created = fixture->create(Collection, textBody());
        const QString id = created.value(QStringLiteral("id")).toString();
        QTest::qWait(5);

        const Reply reply = fixture->call("PUT", itemPath(id),
                                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Refunds")},
                                                      {QStringLiteral("content"), QStringLiteral("Refunds within 14 days.")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("title")).toString(), QStringLiteral("Refunds"));
        QCOMPARE(reply.object.value(QStringLiteral("content")).toString(), QStringLiteral("Refunds within 14 days."));
        QCOMPARE(reply.object.value(QStringLiteral("created_at")), created.value(QStringLiteral("created_at")));
        QVERIFY(reply.object.value(QStringLiteral("updated_at")).toString() > created.value(QStringLiteral("updated_at")).toString());
        QCOMPARE(fixture->call("GET", itemPath(id)).object, reply.object);
    }

    void updateKeepsAbsentFields()
    {
        const QJsonObject created = fixture->create(Collection, qaBody());
        const QString id = created.value(QStringLiteral("id")).toString();

        const Reply reply = fixture->call("PUT", itemPath(id), QJsonObject{{QStringLiteral("answer"), QStringLiteral("Ask support.")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("answer")).toString(), QStringLiteral("Ask support."));
        QCOMPARE(reply.object.value(QStringLiteral("question")), created.value(QStringLiteral("question")));
        QCOMPARE(reply.object.value(QStringLiteral("title")), created.value(QStringLiteral("title")));
        QCOMPARE(reply.object.value(QStringLiteral("type")).toString(), QStringLiteral("qa"));
    }

    void updateProhibitedFields_data()
    {
        QTest::addColumn<QString>("itemType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("content on qa") << "qa" << "content" << "The content field is prohibited for qa items.";
        QTest::newRow("question on text") << "text" << "question" << "The question field is prohibited for text items.";
        QTest::newRow("answer on text") << "text" << "answer" << "The answer field is prohibited for text items.";
        QTest::newRow("content on file") << "file" << "content" << "The content field is prohibited for file items.";
        QTest::newRow("question on url") << "url" << "question" << "The question field is prohibited for url items.";
    }

    void updateProhibitedFields()
    {
        QFETCH(QString, itemType);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const QJsonObject created = createOfType(itemType);
        QCOMPARE(created.value(QStringLiteral("type")).toString(), itemType);

        const Reply reply = fixture->call("PUT", itemPath(created.value(QStringLiteral("id")).toString()),
                                          QJsonObject{{field, QStringLiteral("Something")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
        QCOMPARE(reply.object.value(QStringLiteral("message")).toString(), message);
    }

    void updateLimits_data()
    {
        addLengthLimitRows();
        QTest::newRow("url title at 256") << "url" << "title" << 256 << tooLongMessage("title", 255);
        QTest::newRow("empty content") << "text" << "content" << 0 << "The content field is required.";
        QTest::newRow("empty title") << "qa" << "title" << 0 << "The title field is required.";
    }

    void updateLimits()
    {
        QFETCH(QString, itemType);
        QFETCH(QString, field);
        QFETCH(int, length);
        QFETCH(QString, message);

        const QJsonObject created = createOfType(itemType);
        const QString id = created.value(QStringLiteral("id")).toString();

        const Reply reply = fixture->call("PUT", itemPath(id), QJsonObject{{field, QString(length, QLatin1Char('y'))}});
        if (message.isEmpty()) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object.value(field).toString().size(), length);
        } else {
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.fieldErrors(field), QStringList{message});
            QCOMPARE(fixture->call("GET", itemPath(id)).object.value(field), created.value(field));
        }
    }

    void updateUnknownItemIs404()
    {
        const Reply reply = fixture->call("PUT", itemPath(unknownId()), QJsonObject{{QStringLiteral("title"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    // --- agents ----------------------------------------------------------------------------------

    void assignAddsWithoutDuplicates()
    {
        const QString ada = addAgent(QStringLiteral("Ada"));
        const QString bob = addAgent(QStringLiteral("Bob"));
        const QString cy = addAgent(QStringLiteral("Cy"));
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{ada});
        const QString id = createId(body);
        const QString path = itemPath(id) + QStringLiteral("/agents");

        Reply reply = fixture->call("POST", path, QJsonObject{{QStringLiteral("agent_ids"), QJsonArray{ada, bob, bob}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(strings(reply.object.value(QStringLiteral("agent_ids"))), (QStringList{ada, bob}));

        reply = fixture->call("POST", path, QJsonObject{{QStringLiteral("agent_ids"), QJsonArray{cy, ada}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(strings(reply.object.value(QStringLiteral("agent_ids"))), (QStringList{ada, bob, cy}));
        QCOMPARE(strings(fixture->call("GET", itemPath(id)).object.value(QStringLiteral("agent_ids"))), (QStringList{ada, bob, cy}));
    }

    void assignValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing") << QJsonObject() << "agent_ids" << "The agent ids field is required.";
        QTest::newRow("empty") << QJsonObject{{QStringLiteral("agent_ids"), QJsonArray()}} << "agent_ids"
                               << "The agent ids field is required.";
        QTest::newRow("null") << QJsonObject{{QStringLiteral("agent_ids"), QJsonValue::Null}} << "agent_ids"
                              << "The agent ids field is required.";
        QTest::newRow("not an array") << QJsonObject{{QStringLiteral("agent_ids"), unknownId()}} << "agent_ids"
                                      << "The agent ids field must be an array.";
        QTest::newRow("item not a uuid") << QJsonObject{{QStringLiteral("agent_ids"), QJsonArray{7}}} << "agent_ids.0"
                                         << "The agent ids.0 field must be a valid UUID.";
    }

    void assignValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const QString id = createId(textBody());

        const Reply reply = fixture->call("POST", itemPath(id) + QStringLiteral("/agents"), body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
    }

    void assignUnknownAgentKeepsLinks()
    {
        const QString ada = addAgent(QStringLiteral("Ada"));
        const QString foreign = addAgent(QStringLiteral("Eve"), fixture->otherWorkspaceId);
        QJsonObject body = textBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{ada});
        const QString id = createId(body);

        const Reply reply = fixture->call("POST", itemPath(id) + QStringLiteral("/agents"),
                                          QJsonObject{{QStringLiteral("agent_ids"), QJsonArray{foreign}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("INVALID_AGENT"));
        QCOMPARE(reply.object.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Agent %1 does not exist in this workspace.").arg(foreign));
        QCOMPARE(strings(fixture->call("GET", itemPath(id)).object.value(QStringLiteral("agent_ids"))), QStringList{ada});
    }

    void assignUnknownItemIs404()
    {
        const Reply reply = fixture->call("POST", itemPath(unknownId()) + QStringLiteral("/agents"),
                                          QJsonObject{{QStringLiteral("agent_ids"), QJsonArray{addAgent(QStringLiteral("Ada"))}}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    // --- deletion --------------------------------------------------------------------------------

    void deleteItem()
    {
        const QString agent = addAgent(QStringLiteral("Ada"));
        QJsonObject body = qaBody();
        body.insert(QStringLiteral("agent_ids"), QJsonArray{agent});
        const QString id = createId(body);

        const Reply reply = fixture->call("DELETE", itemPath(id));
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());

        QCOMPARE(fixture->call("GET", itemPath(id)).status, 404);
        QCOMPARE(fixture->call("DELETE", itemPath(id)).status, 404);
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?agent_id=") + agent).size(), 0);
    }

    // --- listing ---------------------------------------------------------------------------------

    void listNewestFirst()
    {
        const qint64 base = 1767225600000; // 2026-01-01T00:00:00Z
        const QString oldest = insertItem(QStringLiteral("Oldest"), base);
        const QString newest = insertItem(QStringLiteral("Newest"), base + 2000);
        const QString tieLow = insertItem(QStringLiteral("Tie low"), base + 1000, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        const QString tieHigh = insertItem(QStringLiteral("Tie high"), base + 1000, QStringLiteral("00000000-0000-4000-8000-000000000002"));

        const Reply reply = fixture->call("GET", Collection);
        QCOMPARE(reply.status, 200);
        QCOMPARE(ids(reply.data), (QStringList{newest, tieHigh, tieLow, oldest}));
        QCOMPARE(reply.data.at(0).toObject().value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-01T00:00:02.000000Z"));
    }

    void listPages()
    {
        for (int i = 0; i < 3; ++i)
            insertItem(QStringLiteral("Item %1").arg(i), 1767225600000 + i * 1000);

        const Reply first = fixture->call("GET", Collection + QStringLiteral("?per_page=2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.data.size(), 2);
        QCOMPARE(first.object.value(QStringLiteral("meta")).toObject().value(QStringLiteral("total")).toInt(), 3);

        const Reply second = fixture->call("GET", Collection + QStringLiteral("?per_page=2&page=2"));
        QCOMPARE(second.data.size(), 1);
        QCOMPARE(second.data.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Item 0"));
    }

    void listAgentIdsPerItem()
    {
        const QString ada = addAgent(QStringLiteral("Ada"));
        const QString bob = addAgent(QStringLiteral("Bob"));
        QJsonObject withAda = textBody(QStringLiteral("With Ada"));
        withAda.insert(QStringLiteral("agent_ids"), QJsonArray{ada});
        QJsonObject withBoth = textBody(QStringLiteral("With both"));
        withBoth.insert(QStringLiteral("agent_ids"), QJsonArray{bob, ada});
        const QString adaItem = createId(withAda);
        const QString bothItem = createId(withBoth);
        const QString noneItem = createId(textBody(QStringLiteral("With none")));

        const QJsonArray items = fixture->listAll(Collection);
        QCOMPARE(items.size(), 3);
        QHash<QString, QStringList> agentsByItem;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            agentsByItem.insert(item.value(QStringLiteral("id")).toString(), strings(item.value(QStringLiteral("agent_ids"))));
        }
        QCOMPARE(agentsByItem.value(adaItem), QStringList{ada});
        QCOMPARE(agentsByItem.value(bothItem), (QStringList{bob, ada}));
        QCOMPARE(agentsByItem.value(noneItem), QStringList());
    }

    void listFilters()
    {
        const QString ada = addAgent(QStringLiteral("Ada"));
        QJsonObject text = textBody(QStringLiteral("Shipping times"));
        text.insert(QStringLiteral("agent_ids"), QJsonArray{ada});
        const QString textId = createId(text);
        const QString qaId = createId(qaBody(QStringLiteral("Do you ship abroad?")));
        const QString fileId = upload({{"type", "file"}, {"file", "a,b", "rates.csv"}}).object.value(QStringLiteral("id")).toString();
        const Reply urls = processUrls(QJsonArray{QStringLiteral("https://example.com/shipping")});
        const QString urlId = ids(urls.data).value(0);

        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?type=text"))), QStringList{textId});
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?type=qa"))), QStringList{qaId});
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?type=file"))), QStringList{fileId});
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?type=url"))), QStringList{urlId});
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?status=pending"))), QStringList{urlId});
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?status=ready")).size(), 3);
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?status=failed")).size(), 0);
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?agent_id=") + ada)), QStringList{textId});
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?agent_id=") + unknownId()).size(), 0);
        QCOMPARE(ids(fixture->listAll(Collection + QStringLiteral("?q=SHIP&type=qa"))), QStringList{qaId});
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?q=ship")).size(), 3);
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?q=100%25")).size(), 0);
        QCOMPARE(fixture->listAll(Collection + QStringLiteral("?unknown=1")).size(), 4);
    }

    void listInvalidFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("type") << "type=video" << "type" << "The selected type is invalid.";
        QTest::newRow("status") << "status=done" << "status" << "The selected status is invalid.";
        QTest::newRow("agent_id") << "agent_id=ada" << "agent_id" << "The agent id field must be a valid UUID.";
        QTest::newRow("per_page") << "per_page=101" << "per_page" << "The per page field must be between 1 and 100.";
    }

    void listInvalidFilters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const Reply reply = fixture->call("GET", Collection + QLatin1Char('?') + query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.fieldErrors(field), QStringList{message});
    }

    void urlsSegmentIsNotAnItem()
    {
        const Reply reply = fixture->call("GET", QStringLiteral("/v1/training-data/urls"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    // --- workspaces and abilities ----------------------------------------------------------------

    void otherWorkspaceIs404()
    {
        const QString id = createId(textBody());
        const QString other = fixture->otherWorkspaceToken;
        const QJsonObject agents{{QStringLiteral("agent_ids"), QJsonArray{addAgent(QStringLiteral("Eve"), fixture->otherWorkspaceId)}}};

        const QList<Reply> replies{
            fixture->call("GET", itemPath(id), {}, other),
            fixture->call("PUT", itemPath(id), QJsonObject{{QStringLiteral("title"), QStringLiteral("Taken")}}, other),
            fixture->call("POST", itemPath(id) + QStringLiteral("/agents"), agents, other),
            fixture->call("DELETE", itemPath(id), {}, other),
        };
        for (const Reply &reply : replies) {
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.code(), QStringLiteral("RESOURCE_NOT_FOUND"));
        }
        QCOMPARE(fixture->listAll(Collection, other).size(), 0);
        QCOMPARE(fixture->call("GET", itemPath(id)).object.value(QStringLiteral("title")).toString(), QStringLiteral("Refund policy"));
    }

    void readTokenCannotWrite()
    {
        const QString id = createId(textBody());
        const QString read = fixture->readToken;
        const QJsonObject agents{{QStringLiteral("agent_ids"), QJsonArray{addAgent(QStringLiteral("Ada"))}}};
        const QJsonObject urls{{QStringLiteral("urls"), QJsonArray{QStringLiteral("https://example.com")}}};

        const QList<Reply> replies{
            fixture->call("POST", Collection, textBody(), read),
            fixture->call("POST", ProcessUrls, urls, read),
            fixture->call("PUT", itemPath(id), QJsonObject{{QStringLiteral("title"), QStringLiteral("Changed")}}, read),
            fixture->call("POST", itemPath(id) + QStringLiteral("/agents"), agents, read),
            fixture->call("DELETE", itemPath(id), {}, read),
        };
        for (const Reply &reply : replies) {
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.code(), QStringLiteral("INSUFFICIENT_TOKEN_ABILITY"));
        }

        const Reply current = fixture->call("GET", itemPath(id), {}, read);
        QCOMPARE(current.status, 200);
        QCOMPARE(current.object.value(QStringLiteral("title")).toString(), QStringLiteral("Refund policy"));
        QCOMPARE(current.object.value(QStringLiteral("agent_ids")).toArray().size(), 0);
        QCOMPARE(fixture->listAll(Collection, read).size(), 1);
    }

    void unfinishedItemsResumeOnStart()
    {
        // Items left pending and processing by an earlier run continue when a server starts on the file.
        const auto earlier = makeFixture(50);
        const QString pending = earlier->insertRow(QStringLiteral("training_items"),
                                                   {{QStringLiteral("type"), QStringLiteral("url")},
                                                    {QStringLiteral("status"), QStringLiteral("pending")},
                                                    {QStringLiteral("source_url"), QStringLiteral("https://docs.example.com/a")}});
        const QString processing = earlier->insertRow(QStringLiteral("training_items"),
                                                      {{QStringLiteral("type"), QStringLiteral("url")},
                                                       {QStringLiteral("status"), QStringLiteral("processing")},
                                                       {QStringLiteral("source_url"), QStringLiteral("https://docs.example.invalid/b")}});

        SandboxConfig config;
        config.dataPath = earlier->sandbox().database().filePath();
        config.urlProcessingMs = 50;
        SandboxFixture later(config);
        QVERIFY(later.start(true));

        const auto statusOf = [&](const QString &id) {
            return earlier->call("GET", itemPath(id)).object.value(QStringLiteral("status")).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(pending), QStringLiteral("ready"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(processing), QStringLiteral("failed"), 5000);
    }

private:
    static std::unique_ptr<SandboxFixture> makeFixture(int urlProcessingMs, bool listen = false)
    {
        SandboxConfig config;
        config.urlProcessingMs = urlProcessingMs;
        auto created = std::make_unique<SandboxFixture>(config);
        if (!created->start(listen))
            return nullptr;
        return created;
    }

    QString addAgent(const QString &name, const QString &workspaceId = {})
    {
        return fixture->insertRow(QStringLiteral("agents"),
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("slug"), name.toLower()},
                                   {QStringLiteral("workspace_id"), workspaceId.isEmpty() ? fixture->workspaceId : workspaceId}});
    }

    QString insertItem(const QString &title, qint64 createdAt, const QString &id = {})
    {
        QVariantMap columns{{QStringLiteral("type"), QStringLiteral("text")},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("content"), QStringLiteral("Body of ") + title},
                            {QStringLiteral("status"), QStringLiteral("ready")},
                            {QStringLiteral("created_at"), createdAt},
                            {QStringLiteral("updated_at"), createdAt}};
        if (!id.isEmpty())
            columns.insert(QStringLiteral("id"), id);
        return fixture->insertRow(QStringLiteral("training_items"), columns);
    }

    Reply upload(const QList<FormPart> &parts, const QString &token = {})
    {
        const QByteArray bearer = (token.isEmpty() ? fixture->writeToken : token).toLatin1();
        return fixture->callRaw("POST", Collection, formBody(parts),
                                {{"authorization", "Bearer " + bearer},
                                 {"content-type", "multipart/form-data; boundary=" + Boundary}});
    }

    // An item of each type, created through the API.
    QJsonObject createOfType(const QString &itemType)
    {
        if (itemType == QLatin1String("text"))
            return fixture->create(Collection, textBody());
        if (itemType == QLatin1String("qa"))
            return fixture->create(Collection, qaBody());
        if (itemType == QLatin1String("file"))
            return upload({{"type", "file"}, {"file", "hello", "hello.txt"}}).object;
        const Reply reply = processUrls(QJsonArray{QStringLiteral("https://example.com/a")});
        return reply.data.at(0).toObject();
    }

    QString createId(const QJsonObject &body)
    {
        return fixture->create(Collection, body).value(QStringLiteral("id")).toString();
    }

    Reply processUrls(const QJsonArray &urls)
    {
        return fixture->call("POST", ProcessUrls, QJsonObject{{QStringLiteral("urls"), urls}});
    }

    QString statusOf(const QString &id)
    {
        return fixture->call("GET", itemPath(id)).object.value(QStringLiteral("status")).toString();
    }

    std::unique_ptr<SandboxFixture> fixture;
};

QTEST_GUILESS_MAIN(TrainingTest)
#include "tst_training.moc"
