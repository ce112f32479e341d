// SPDX-License-Identifier: Apache-2.0
// The customer's time zone (issue 13, item 3): the zone proposed from a
// service address's state and the numbers' area codes, the rules on a
// request's "timeZone", the request file's key, and the zone a request filed
// before schema 11 is given from its offset.

#include "core/CustomerTime.h"
#include "core/PortRequest.h"
#include "core/RequestValidator.h"
#include "core/UsTimeZones.h"

#include <QJsonDocument>
#include <QtTest>

using namespace portdesk;

namespace {

PortInRequest requestIn(const QString &state, const QStringList &numbers, const QString &at)
{
    PortInRequest r;
    r.adminEmail = QStringLiteral("admin@example.com");
    CarrierGroup g;
    g.serviceAddress.state = state;
    g.numbers = numbers;
    r.carriers << g;
    if (!at.isEmpty())
        r.requestedPortAt = QDateTime::fromString(at, Qt::ISODate);
    return r;
}

bool hasRule(const Violations &violations, const QString &field, const QString &rule)
{
    for (const Violation &v : violations)
        if (v.field == field && v.rule == rule)
            return true;
    return false;
}

} // namespace

class TestCustomerTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proposedZone_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("numbers");
        QTest::addColumn<QString>("zone");
        const auto row = [](const char *name, const char *state, QStringList numbers,
                             const char *zone) {
            QTest::newRow(name) << QString::fromLatin1(state) << numbers
                                << QString::fromLatin1(zone);
        };
        row("Seattle, 206", "WA", { QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102") },
            "America/Los_Angeles");
        row("Chicago, 312", "IL", { QStringLiteral("+13124440101") }, "America/Chicago");
        row("San Francisco, 415", "CA", { QStringLiteral("415.444.0101") }, "America/Los_Angeles");
        row("New York, no numbers yet", "NY", {}, "America/New_York");
        row("lower case state", "wa", {}, "America/Los_Angeles");
        row("Miami, FL 305", "FL", { QStringLiteral("+13054440101") }, "America/New_York");
        row("Pensacola, FL 850", "FL", { QStringLiteral("+18504440101") }, "America/Chicago");
        row("FL 448 overlay", "FL", { QStringLiteral("+14484440101") }, "America/Chicago");
        row("Gary, IN 219", "IN", { QStringLiteral("+12194440101") }, "America/Chicago");
        row("Indianapolis, IN 317", "IN", { QStringLiteral("+13174440101") }, "America/New_York");
        row("Evansville, IN 812 stays Eastern", "IN", { QStringLiteral("+18124440101") },
            "America/New_York");
        row("Bowling Green, KY 270", "KY", { QStringLiteral("+12704440101") }, "America/Chicago");
        row("Louisville, KY 502", "KY", { QStringLiteral("+15024440101") }, "America/New_York");
        row("Nashville, TN 615", "TN", { QStringLiteral("+16154440101") }, "America/Chicago");
        row("Knoxville, TN 865", "TN", { QStringLiteral("+18654440101") }, "America/New_York");
        row("Chattanooga, TN 423", "TN", { QStringLiteral("+14234440101") }, "America/New_York");
        row("El Paso, TX 915", "TX", { QStringLiteral("+19154440101") }, "America/Denver");
        row("Dallas, TX 214", "TX", { QStringLiteral("+12144440101") }, "America/Chicago");
        row("Boise, ID 208", "ID", { QStringLiteral("+12084440101") }, "America/Denver");
        row("Bend, OR 541", "OR", { QStringLiteral("+15414440101") }, "America/Los_Angeles");
        row("MI 906 stays Eastern", "MI", { QStringLiteral("+19064440101") }, "America/New_York");
        row("ND 701", "ND", { QStringLiteral("+17014440101") }, "America/Chicago");
        row("SD 605", "SD", { QStringLiteral("+16054440101") }, "America/Chicago");
        row("NE 308", "NE", { QStringLiteral("+13084440101") }, "America/Chicago");
        row("KS 620", "KS", { QStringLiteral("+16204440101") }, "America/Chicago");
        row("Phoenix", "AZ", { QStringLiteral("+16024440101") }, "America/Phoenix");
        row("Anchorage", "AK", {}, "America/Anchorage");
        row("Honolulu", "HI", {}, "Pacific/Honolulu");
        row("San Juan", "PR", {}, "America/Puerto_Rico");
        row("St. Thomas", "VI", {}, "America/Puerto_Rico");
        row("Guam", "GU", {}, "Pacific/Guam");
        row("Saipan", "MP", {}, "Pacific/Guam");
        row("Pago Pago", "AS", {}, "Pacific/Pago_Pago");
        row("DC", "DC", {}, "America/New_York");
        row("most numbers win: two 850, one 305", "FL",
            { QStringLiteral("+18504440101"), QStringLiteral("+18504440102"),
              QStringLiteral("+13054440101") },
            "America/Chicago");
        row("a tie keeps the state's zone", "FL",
            { QStringLiteral("+18504440101"), QStringLiteral("+13054440101") }, "America/New_York");
        row("no state yet", "", { QStringLiteral("+12064440101") }, "");
        row("not a state", "ZZ", {}, "");
    }

    void proposedZone()
    {
        QFETCH(QString, state);
        QFETCH(QStringList, numbers);
        QFETCH(QString, zone);
        QCOMPARE(QString::fromLatin1(proposedTimeZoneId(requestIn(state, numbers, {}))), zone);
        if (!zone.isEmpty()) {
            // Every zone proposed is one the wizard offers, and a US zone.
            QVERIFY(UsTimeZones::displayName(zone.toLatin1()) != zone);
            QVERIFY(UsTimeZones::isUsZone(zone.toLatin1()));
            QVERIFY(QTimeZone(zone.toLatin1()).isValid());
        }
    }

    void everyStateHasAZone()
    {
        const QStringList states = RequestValidator::usStateCodes();
        QVERIFY(states.size() >= 51);
        for (const QString &state : states)
            QVERIFY2(!UsTimeZones::forState(state).isEmpty(), qPrintable(state));
    }

    void timeZoneRules_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule"); // "" for none

        QTest::newRow("none: the offset alone") << "" << "2026-12-15T10:00:00-05:00" << "" << "";
        QTest::newRow("Chicago in December, -06:00")
            << "America/Chicago" << "2026-12-15T10:00:00-06:00" << "" << "";
        QTest::newRow("Chicago in June, -05:00")
            << "America/Chicago" << "2027-06-15T10:00:00-05:00" << "" << "";
        QTest::newRow("Pacific, no date yet") << "America/Los_Angeles" << "" << "" << "";
        QTest::newRow("Boise, not in the list but US")
            << "America/Boise" << "2026-12-15T10:00:00-07:00" << "" << "";
        QTest::newRow("Indiana's own id")
            << "America/Indiana/Indianapolis" << "2026-12-15T10:00:00-05:00" << "" << "";
        QTest::newRow("Guam") << "Pacific/Guam" << "2026-12-15T10:00:00+10:00" << "" << "";
        QTest::newRow("Chicago given Eastern's offset")
            << "America/Chicago" << "2026-12-15T10:00:00-05:00" << "requestedPortAt"
            << "timeZone.offset-mismatch";
        QTest::newRow("Pacific given summer time in December")
            << "America/Los_Angeles" << "2026-12-15T10:00:00-07:00" << "requestedPortAt"
            << "timeZone.offset-mismatch";
        QTest::newRow("Phoenix has no daylight saving")
            << "America/Phoenix" << "2027-06-15T10:00:00-06:00" << "requestedPortAt"
            << "timeZone.offset-mismatch";
        QTest::newRow("unknown zone") << "America/Springfield" << "2026-12-15T10:00:00-06:00"
                                      << "timeZone" << "timeZone.unknown";
        QTest::newRow("an abbreviation is not a zone")
            << "PST" << "2026-12-15T10:00:00-08:00" << "timeZone" << "timeZone.unknown";
        QTest::newRow("outside the US") << "Europe/Paris" << "2026-12-15T10:00:00+01:00"
                                        << "timeZone" << "timeZone.not-us";
        QTest::newRow("Canada is not the US") << "America/Toronto" << "2026-12-15T10:00:00-05:00"
                                              << "timeZone" << "timeZone.not-us";
    }

    void timeZoneRules()
    {
        QFETCH(QString, timeZone);
        QFETCH(QString, requested);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        PortInRequest r = requestIn(QStringLiteral("IL"), {}, requested);
        r.timeZone = timeZone.toLatin1();
        const Violations violations = RequestValidator::checkTimeZone(r);
        if (rule.isEmpty()) {
            QVERIFY2(violations.isEmpty(), qPrintable(violations.value(0).message));
            return;
        }
        QCOMPARE(violations.size(), 1);
        QVERIFY(hasRule(violations, field, rule));
        QVERIFY(violations.first().isError());
        // The message names what was given, so that it can be found.
        QVERIFY2(violations.first().message.contains(timeZone),
                 qPrintable(violations.first().message));
    }

    void jsonKeepsZoneAndOffset()
    {
        const QByteArray text = R"({"productType": "BusinessCalling", "adminEmail": "a@example.com",
            "requestedPortAt": "2026-12-15T10:00:00-06:00", "timeZone": "America/Chicago",
            "btnOption": "none", "carriers": []})";
        Violations problems;
        const PortInRequest r
            = PortInRequest::fromJson(QJsonDocument::fromJson(text).object(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(r.timeZone, QByteArray("America/Chicago"));
        QCOMPARE(r.requestedPortAt.offsetFromUtc(), -6 * 3600);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("timeZone")).toString(), QStringLiteral("America/Chicago"));
        QCOMPARE(json.value(QLatin1String("requestedPortAt")).toString(),
                 QStringLiteral("2026-12-15T10:00:00-06:00"));
        QCOMPARE(PortInRequest::fromJson(json, nullptr), r);

        // A request without a zone writes none (its file reads back as it was).
        PortInRequest old = r;
        old.timeZone.clear();
        QVERIFY(!old.toJson().contains(QLatin1String("timeZone")));
    }

    void wallClockTimeReadInTheZone_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("stored"); // "" when refused
        QTest::newRow("Pacific in December")
            << "America/Los_Angeles" << "2026-12-15T10:00:00" << "2026-12-15T10:00:00-08:00";
        QTest::newRow("Pacific in July")
            << "America/Los_Angeles" << "2027-07-15T10:00:00" << "2027-07-15T10:00:00-07:00";
        QTest::newRow("no zone: refused as before") << "" << "2026-12-15T10:00:00" << "";
        QTest::newRow("unknown zone: refused") << "Mars/Olympus" << "2026-12-15T10:00:00" << "";
    }

    void wallClockTimeReadInTheZone()
    {
        QFETCH(QString, timeZone);
        QFETCH(QString, requested);
        QFETCH(QString, stored);
        QJsonObject json{{QStringLiteral("productType"), QStringLiteral("BusinessCalling")},
                         {QStringLiteral("requestedPortAt"), requested}};
        if (!timeZone.isEmpty())
            json.insert(QStringLiteral("timeZone"), timeZone);
        Violations problems;
        const PortInRequest r = PortInRequest::fromJson(json, &problems);
        if (stored.isEmpty()) {
            QVERIFY(!r.requestedPortAt.isValid());
            QVERIFY(hasRule(problems, QStringLiteral("requestedPortAt"),
                            QStringLiteral("date.no-offset")));
            return;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(r.requestedPortAt.toString(Qt::ISODate), stored);
        QVERIFY(RequestValidator::checkTimeZone(r).isEmpty());
    }

    void inferredZoneKeepsTheOffset_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("zone");
        QTest::newRow("Seattle, Pacific offset") << "WA" << "+12064440101"
                                                << "2026-12-15T10:00:00-08:00" << "America/Los_Angeles";
        QTest::newRow("Seattle, Eastern offset (the wizard's old default)")
            << "WA" << "+12064440101" << "2026-12-15T10:00:00-05:00" << "America/New_York";
        QTest::newRow("Pensacola in summer, Central")
            << "FL" << "+18504440101" << "2027-06-15T10:00:00-05:00" << "America/Chicago";
        QTest::newRow("Tallahassee's Eastern offset under 850")
            << "FL" << "+18504440101" << "2027-06-15T10:00:00-04:00" << "America/New_York";
        QTest::newRow("Phoenix in summer, -07:00") << "AZ" << "+16024440101"
                                                  << "2027-06-15T10:00:00-07:00" << "America/Phoenix";
        QTest::newRow("Denver in summer, -06:00") << "CO" << "+13034440101"
                                                 << "2027-06-15T10:00:00-06:00" << "America/Denver";
        QTest::newRow("no US zone has +02:00") << "WA" << "+12064440101"
                                              << "2026-12-15T10:00:00+02:00" << "";
    }

    void inferredZoneKeepsTheOffset()
    {
        QFETCH(QString, state);
        QFETCH(QString, number);
        QFETCH(QString, requested);
        QFETCH(QString, zone);
        const PortInRequest r = requestIn(state, { number }, requested);
        QCOMPARE(QString::fromLatin1(inferredTimeZoneId(r)), zone);
        const QDateTime shown = inCustomerTime(r.requestedPortAt.toUTC(), r);
        QCOMPARE(shown.offsetFromUtc(), r.requestedPortAt.offsetFromUtc());
        QCOMPARE(shown.time(), QTime(10, 0));
    }

    void givenZoneWins()
    {
        // A request that names its zone is shown in it, whatever its state.
        PortInRequest r = requestIn(QStringLiteral("WA"), { QStringLiteral("+12064440101") },
                                    QStringLiteral("2026-12-15T10:00:00-06:00"));
        r.timeZone = QByteArrayLiteral("America/Chicago");
        QCOMPARE(customerTimeZone(r).id(), QByteArray("America/Chicago"));
        const QDateTime foc = QDateTime(QDate(2026, 12, 14), QTime(16, 0), Qt::UTC);
        QCOMPARE(inCustomerTime(foc, r).time(), QTime(10, 0));
        QCOMPARE(zoneAbbreviation(inCustomerTime(foc, r), customerTimeZone(r)),
                 QStringLiteral("CST"));
    }
};

QTEST_GUILESS_MAIN(TestCustomerTime)
#include "tst_customertime.moc"
