// parseTimestamp's fast path for the API's two forms against Qt's own ISO 8601 parser, and the
// dates it must reject.
// Not covered here: the general forms without a fast path (space separator, offsets without a colon),
// which tst_types covers.

#include "types/JsonReader.h"

#include <QRandomGenerator>
#include <QTest>

using weav::core::parseTimestamp;

class TimestampsTest : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQtOnRandomInstants()
    {
        QRandomGenerator random(20261204);
        for (int i = 0; i < 20000; ++i) {
            // 1960 to 2100, with milliseconds.
            const qint64 ms = random.bounded(Q_INT64_C(4102444800000) + Q_INT64_C(315619200000)) - Q_INT64_C(315619200000);
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);

            const QString laravel = instant.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
            QCOMPARE(parseTimestamp(laravel).toMSecsSinceEpoch(), ms);

            const int offsetMinutes = int(random.bounded(-12 * 60, 14 * 60 + 1)) / 15 * 15;
            const QDateTime shifted = instant.toOffsetFromUtc(offsetMinutes * 60);
            const QString sign = offsetMinutes < 0 ? QStringLiteral("-") : QStringLiteral("+");
            const QString withOffset = shifted.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                + QStringLiteral("%1%2:%3").arg(sign).arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0')).arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
            QCOMPARE(parseTimestamp(withOffset).toMSecsSinceEpoch(), ms - ((ms % 1000) + 1000) % 1000);
            QCOMPARE(parseTimestamp(withOffset), QDateTime::fromString(withOffset, Qt::ISODate).toUTC());
        }
    }

    void fractionsOfEveryLength()
    {
        QCOMPARE(parseTimestamp(QStringLiteral("2025-11-06T17:35:34.5Z")).time().msec(), 500);
        QCOMPARE(parseTimestamp(QStringLiteral("2025-11-06T17:35:34.12Z")).time().msec(), 120);
        QCOMPARE(parseTimestamp(QStringLiteral("2025-11-06T17:35:34.123456789Z")).time().msec(), 123);
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T17:35:34.Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T17:35:34.1234567890Z")).isValid());
    }

    void impossibleDatesAreInvalid()
    {
        QVERIFY(parseTimestamp(QStringLiteral("2024-02-29T00:00:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2023-02-29T00:00:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-13-01T00:00:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T24:00:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T17:60:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T17:35:34+0a:00")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2025-11-06T17:35:34Zjunk")).isValid());
    }

    void preEpochInstants()
    {
        QCOMPARE(parseTimestamp(QStringLiteral("1969-12-31T23:59:59Z")).toMSecsSinceEpoch(), Q_INT64_C(-1000));
        QCOMPARE(parseTimestamp(QStringLiteral("1970-01-01T00:00:00+01:00")).toMSecsSinceEpoch(), Q_INT64_C(-3600000));
    }
};

QTEST_GUILESS_MAIN(TimestampsTest)
#include "tst_timestamps.moc"
