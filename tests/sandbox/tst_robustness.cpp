// Bad input on every route: wrong JSON types in every field, odd query values and ids. The sandbox
// must answer each with a 4xx (never a 5xx) and must not write anything when it rejects a request.
// Not covered here: byte-level fuzzing of the HTTP parser (tst_http_server sends garbage only).

#include "SandboxFixture.h"

#include "api/Router.h"

#include <QTest>

using namespace weav::sandbox;
using namespace weav::sandbox::test;

namespace {

// Values of every JSON type, including ones no field accepts.
QList<QJsonValue> oddValues()
{
    return {
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(-1),
        QJsonValue(1e300),
        QJsonValue(QString()),
        QJsonValue(QString(70000, QLatin1Char('x'))),
        QJsonValue(QStringLiteral("' OR 1=1 --")),
        QJsonValue(QJsonArray{1, QStringLiteral("a"), QJsonObject()}),
        QJsonValue(QJsonObject{{QStringLiteral("nested"), QJsonArray()}}),
    };
}

// Every field name any write body of the contract knows.
QStringList fieldNames()
{
    return {
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("avatar_url"),
        QStringLiteral("max_messages_per_session"), QStringLiteral("tone"), QStringLiteral("response_length"),
        QStringLiteral("is_active"), QStringLiteral("channel"), QStringLiteral("customer_id"), QStringLiteral("subject"),
        QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("assignee_id"), QStringLiteral("assignee_type"),
        QStringLiteral("tags"), QStringLiteral("agent_id"), QStringLiteral("conversation_id"), QStringLiteral("sender_type"),
        QStringLiteral("sender_id"), QStringLiteral("content"), QStringLiteral("is_internal"), QStringLiteral("to"),
        QStringLiteral("cc"), QStringLiteral("bcc"), QStringLiteral("email"), QStringLiteral("first_name"),
        QStringLiteral("last_name"), QStringLiteral("phone"), QStringLiteral("locale"), QStringLiteral("country"),
        QStringLiteral("company_id"), QStringLiteral("domain"), QStringLiteral("industry"), QStringLiteral("employee_count"),
        QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("question"), QStringLiteral("answer"),
        QStringLiteral("agent_ids"), QStringLiteral("urls"),
    };
}

// Counts every row of every resource table, to prove that a rejected request wrote nothing.
qint64 rowCount(SandboxFixture &fixture)
{
    qint64 total = 0;
    for (const QString &path : {QStringLiteral("/v1/users"), QStringLiteral("/v1/agents"), QStringLiteral("/v1/customers"),
                                QStringLiteral("/v1/companies"), QStringLiteral("/v1/conversations"),
                                QStringLiteral("/v1/training-data")}) {
        total += fixture.call("GET", path + QStringLiteral("?per_page=1")).object.value(QStringLiteral("meta")).toObject()
                     .value(QStringLiteral("total")).toInteger();
    }
    return total;
}

} // namespace

class RobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fixture.start());

        // One record of each kind, so that {id} routes reach their handlers.
        userId = fixture.insertRow(QStringLiteral("users"), {{QStringLiteral("name"), QStringLiteral("Ada")},
                                                            {QStringLiteral("email"), QStringLiteral("ada@acme.example")},
                                                            {QStringLiteral("role"), QStringLiteral("lead")}});
        const QJsonObject agent = fixture.create(QStringLiteral("/v1/agents"), {{QStringLiteral("name"), QStringLiteral("Nova")}});
        const QJsonObject company = fixture.create(QStringLiteral("/v1/companies"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
        const QJsonObject customer = fixture.create(QStringLiteral("/v1/customers"), {{QStringLiteral("email"), QStringLiteral("c@acme.example")}});
        const QJsonObject conversation = fixture.create(QStringLiteral("/v1/conversations"),
                                                        {{QStringLiteral("channel"), QStringLiteral("email")},
                                                         {QStringLiteral("customer_id"), customer.value(QStringLiteral("id"))}});
        const QJsonObject message = fixture.create(QStringLiteral("/v1/messages"),
                                                   {{QStringLiteral("conversation_id"), conversation.value(QStringLiteral("id"))},
                                                    {QStringLiteral("sender_type"), QStringLiteral("customer")},
                                                    {QStringLiteral("content"), QStringLiteral("Hello")}});
        const QJsonObject item = fixture.create(QStringLiteral("/v1/training-data"),
                                                {{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("title"), QStringLiteral("Refunds")},
                                                 {QStringLiteral("content"), QStringLiteral("Refunds take 5 days.")}});
        QVERIFY(!message.isEmpty());
        QVERIFY(!item.isEmpty());

        idsByResource = {
            {QStringLiteral("users"), userId},
            {QStringLiteral("agents"), agent.value(QStringLiteral("id")).toString()},
            {QStringLiteral("companies"), company.value(QStringLiteral("id")).toString()},
            {QStringLiteral("customers"), customer.value(QStringLiteral("id")).toString()},
            {QStringLiteral("conversations"), conversation.value(QStringLiteral("id")).toString()},
            {QStringLiteral("messages"), message.value(QStringLiteral("id")).toString()},
            {QStringLiteral("training-data"), item.value(QStringLiteral("id")).toString()},
        };
    }

    void wrongTypesNeverCause5xx()
    {
        int requests = 0;
        for (const Route &route : fixture.sandbox().router().routes()) {
            if (route.method == "GET" || route.method == "DELETE")
                continue;
            const QString path = concretePath(route);

            for (const QString &field : fieldNames()) {
                for (const QJsonValue &value : oddValues()) {
                    const Reply reply = fixture.call(route.method, path, QJsonObject{{field, value}});
                    ++requests;
                    QVERIFY2(reply.status < 500, qPrintable(QStringLiteral("%1 %2 {%3: %4} → %5 %6")
                                                                .arg(QString::fromLatin1(route.method), route.pattern, field,
                                                                     QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(60))
                                                                .arg(reply.status)
                                                                .arg(QString::fromUtf8(reply.body.left(200)))));
                }
            }
        }
        QVERIFY(requests > 1000);
    }

    void rejectedCreatesWriteNothing()
    {
        // Every field at a wrong type at once: the request must be refused whole.
        QJsonObject body;
        for (const QString &field : fieldNames())
            body.insert(field, QJsonArray{QJsonObject()});

        const qint64 before = rowCount(fixture);
        for (const Route &route : fixture.sandbox().router().routes()) {
            if (route.method != "POST")
                continue;
            const Reply reply = fixture.call(route.method, concretePath(route), body);
            QVERIFY2(reply.status >= 400 && reply.status < 500, qPrintable(route.pattern + QStringLiteral(" → %1").arg(reply.status)));
        }
        QCOMPARE(rowCount(fixture), before);
    }

    void oddQueryValuesNeverCause5xx()
    {
        const QStringList keys{QStringLiteral("page"), QStringLiteral("per_page"), QStringLiteral("status"), QStringLiteral("priority"),
                               QStringLiteral("channel"), QStringLiteral("assignee_type"), QStringLiteral("assignee_id"),
                               QStringLiteral("customer_id"), QStringLiteral("tag"), QStringLiteral("q"), QStringLiteral("created_from"),
                               QStringLiteral("created_to"), QStringLiteral("updated_since"), QStringLiteral("is_spam"),
                               QStringLiteral("sort"), QStringLiteral("type"), QStringLiteral("agent_id"), QStringLiteral("email"),
                               QStringLiteral("company_id"), QStringLiteral("role"), QStringLiteral("is_active")};
        const QStringList values{QString(), QStringLiteral("-1"), QStringLiteral("99999999999999999999"), QStringLiteral("%25"),
                                 QStringLiteral("%00"), QStringLiteral("a,b,,"), QStringLiteral("2026-13-45"),
                                 QStringLiteral("%27%20OR%201%3D1"), QStringLiteral("%E2%9C%93")};

        for (const Route &route : fixture.sandbox().router().routes()) {
            if (route.method != "GET")
                continue;
            const QString path = concretePath(route);
            for (const QString &key : keys) {
                for (const QString &value : values) {
                    const Reply reply = fixture.call("GET", QStringLiteral("%1?%2=%3").arg(path, key, value));
                    QVERIFY2(reply.status < 500, qPrintable(QStringLiteral("GET %1?%2=%3 → %4").arg(path, key, value).arg(reply.status)));
                }
            }
        }
    }

    void repeatedQueryKeysNeverCause5xx()
    {
        const Reply reply = fixture.call("GET", QStringLiteral("/v1/conversations?status=open&status=closed&sort=priority&sort=-priority"));
        QVERIFY(reply.status < 500);
    }

private:
    // The route's pattern with each {id} replaced by the id of a record of that resource.
    QString concretePath(const Route &route) const
    {
        QStringList segments = route.pattern.split(QLatin1Char('/'));
        for (int i = 0; i < segments.size(); ++i) {
            if (segments[i].startsWith(QLatin1Char('{')))
                segments[i] = idsByResource.value(segments.value(i - 1), unknownId());
        }
        return segments.join(QLatin1Char('/'));
    }

    SandboxFixture fixture;
    QString userId;
    QHash<QString, QString> idsByResource;
};

QTEST_GUILESS_MAIN(RobustnessTest)
#include "tst_robustness.moc"
