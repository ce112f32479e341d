// SPDX-License-Identifier: Apache-2.0
// Issue 15 item 4: every limit a request must keep, refused first and
// cheaply, with the field and the rule named, however large the input.
#include "core/PhoneNumber.h"
#include "core/PortRequest.h"
#include "core/RequestValidator.h"
#include "core/TextLimits.h"

#include <QElapsedTimer>
#include <QtTest>

#include <functional>

using namespace portdesk;

using Mutation = std::function<void(PortInRequest &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

PortInRequest validRequest()
{
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = QStringLiteral("12345");
    g.pin = QStringLiteral("9876");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    g.numbers = { QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102") };
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    r.carriers = { g };
    return r;
}

const Violation *find(const Violations &vs, const QString &field, const QString &rule)
{
    for (const Violation &v : vs)
        if (v.field == field && v.rule == rule)
            return &v;
    return nullptr;
}

QString describe(const Violations &vs)
{
    QStringList lines;
    for (const Violation &v : vs)
        lines << v.field + QLatin1Char(' ') + v.rule + QStringLiteral(": ") + v.message;
    return lines.join(QLatin1Char('\n'));
}

QString repeated(const char *text, int times)
{
    return QString::fromLatin1(text).repeated(times);
}

} // namespace

class TestInputLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validRequestPasses()
    {
        const Violations vs = RequestValidator::validate(validRequest(), kNow, nullptr, nullptr);
        QVERIFY2(!hasErrors(vs), qPrintable(describe(vs)));
    }

    void limits_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("named"); // the message names this (the label or the limit)

        const auto group = [](const std::function<void(CarrierGroup &)> &f) {
            return Mutation([f](PortInRequest &r) { f(r.carriers[0]); });
        };
        QTest::newRow("number of 20,000 characters")
            << group([](CarrierGroup &g) { g.numbers[0] = repeated("2", 20000); })
            << "carriers[0].numbers[0]" << "number.too-long" << "at most 30";
        QTest::newRow("number of 40,000 characters")
            << group([](CarrierGroup &g) { g.numbers[1] = repeated("(206) ", 6667); })
            << "carriers[0].numbers[1]" << "number.too-long" << "at most 30";
        QTest::newRow("number of 31 characters")
            << group([](CarrierGroup &g) { g.numbers[0] = QStringLiteral("+1 206 444 0101 ") + repeated("x", 15); })
            << "carriers[0].numbers[0]" << "number.too-long" << "31 characters";
        QTest::newRow("number with NUL")
            << group([](CarrierGroup &g) { g.numbers[0] = QStringLiteral("+1206444") + QChar(0) + QStringLiteral("0101"); })
            << "carriers[0].numbers[0]" << "number.control-character" << "control character";
        QTest::newRow("BTN of 1,000 characters")
            << group([](CarrierGroup &g) { g.btn = repeated("9", 1000); })
            << "carriers[0].btn" << "number.too-long" << "at most 30";
        QTest::newRow("customer name of 1 MB")
            << group([](CarrierGroup &g) { g.customerName = repeated("A", 1 << 20); })
            << "carriers[0].customerName" << "customerName.too-long" << "Customer name";
        QTest::newRow("customer name of 201 characters")
            << group([](CarrierGroup &g) { g.customerName = repeated("A", 201); })
            << "carriers[0].customerName" << "customerName.too-long" << "at most 200";
        QTest::newRow("customer name with NUL")
            << group([](CarrierGroup &g) { g.customerName = QStringLiteral("Example") + QChar(0) + QStringLiteral("Corp"); })
            << "carriers[0].customerName" << "customerName.control-character" << "U+0000";
        QTest::newRow("customer name with a line break")
            << group([](CarrierGroup &g) { g.customerName = QStringLiteral("Example\nCorp"); })
            << "carriers[0].customerName" << "customerName.control-character" << "U+000A";
        QTest::newRow("PIN of 10,000 digits")
            << group([](CarrierGroup &g) { g.pin = repeated("7", 10000); })
            << "carriers[0].pin" << "pin.too-long" << "at most 20";
        QTest::newRow("account number of 41 characters")
            << group([](CarrierGroup &g) { g.accountNumber = repeated("1", 41); })
            << "carriers[0].accountNumber" << "accountNumber.too-long" << "Account number";
        QTest::newRow("account number with escape")
            << group([](CarrierGroup &g) { g.accountNumber = QStringLiteral("12\x1b[2J345"); })
            << "carriers[0].accountNumber" << "accountNumber.control-character" << "U+001B";
        QTest::newRow("carrier of 101 characters")
            << group([](CarrierGroup &g) { g.carrier = repeated("c", 101); })
            << "carriers[0].carrier" << "carrier.too-long" << "Carrier name";
        QTest::newRow("authorizing person of 101 characters")
            << group([](CarrierGroup &g) { g.authorizingPerson = repeated("p", 101); })
            << "carriers[0].authorizingPerson" << "authorizingPerson.too-long" << "at most 100";
        QTest::newRow("title with DEL")
            << group([](CarrierGroup &g) { g.authorizingTitle = QStringLiteral("Boss\x7f"); })
            << "carriers[0].authorizingTitle" << "authorizingTitle.control-character" << "U+007F";
        QTest::newRow("street of 201 characters")
            << group([](CarrierGroup &g) { g.serviceAddress.street = repeated("s", 201); })
            << "carriers[0].serviceAddress.street" << "serviceAddress.street.too-long" << "street";
        QTest::newRow("city with tab")
            << group([](CarrierGroup &g) { g.serviceAddress.city = QStringLiteral("Sea\tttle"); })
            << "carriers[0].serviceAddress.city" << "serviceAddress.city.control-character" << "U+0009";
        QTest::newRow("authorizing email of 255 characters")
            << group([](CarrierGroup &g) { g.authorizingEmail = repeated("e", 243) + QStringLiteral("@example.com"); })
            << "carriers[0].authorizingEmail" << "authorizingEmail.too-long" << "at most 254";
        QTest::newRow("RespOrg ID of 21 characters")
            << group([](CarrierGroup &g) { g.targetRespOrgId = repeated("R", 21); })
            << "carriers[0].targetRespOrgId" << "targetRespOrgId.too-long" << "RespOrg";
        QTest::newRow("admin email of 1 MB")
            << Mutation([](PortInRequest &r) { r.adminEmail = repeated("a", 1 << 20) + QStringLiteral("@x.com"); })
            << "adminEmail" << "adminEmail.too-long" << "Admin email";
        QTest::newRow("admin email with NUL")
            << Mutation([](PortInRequest &r) { r.adminEmail = QStringLiteral("admin@exa") + QChar(0) + QStringLiteral("mple.com"); })
            << "adminEmail" << "adminEmail.control-character" << "Admin email";
        QTest::newRow("Voice Connector name of 101 characters")
            << Mutation([](PortInRequest &r) {
                   r.productType = ProductType::VoiceConnector;
                   r.voiceConnector = repeated("v", 101);
               })
            << "voiceConnector" << "voiceConnector.too-long" << "at most 100";
        QTest::newRow("time zone of 65 characters")
            << Mutation([](PortInRequest &r) { r.timeZone = QByteArray(65, 'z'); })
            << "timeZone" << "timeZone.too-long" << "Time zone";
        QTest::newRow("date in the year 9999")
            << Mutation([](PortInRequest &r) {
                   r.requestedPortAt = QDateTime(QDate(9999, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -5 * 3600);
               })
            << "requestedPortAt" << "date.too-far" << "more than a year";
        QTest::newRow("date a year and a day ahead")
            << Mutation([](PortInRequest &r) { r.requestedPortAt = kNow.addYears(1).addDays(1); })
            << "requestedPortAt" << "date.too-far" << "2027-11-03";
        QTest::newRow("20,001 numbers in one group")
            << group([](CarrierGroup &g) {
                   g.numbers.clear();
                   for (int i = 0; i < 20001; ++i)
                       g.numbers << QStringLiteral("+1206555%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
               })
            << "numbers" << "numbers.too-many" << "at most 20000";
        QTest::newRow("20,001 numbers over two groups")
            << Mutation([](PortInRequest &r) {
                   CarrierGroup second = r.carriers[0];
                   second.numbers.clear();
                   r.carriers[0].numbers.clear();
                   for (int i = 0; i < 10000; ++i)
                       r.carriers[0].numbers << repeated("9", 40); // never parsed
                   for (int i = 0; i < 10001; ++i)
                       second.numbers << repeated("8", 40);
                   r.carriers << second;
               })
            << "numbers" << "numbers.too-many" << "20001";
    }

    void limits()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        QFETCH(QString, named);
        PortInRequest request = validRequest();
        mutate(request);
        QElapsedTimer timer;
        timer.start();
        const Violations vs = RequestValidator::validate(request, kNow, nullptr, nullptr);
        const qint64 ms = timer.elapsed();
        const Violation *v = find(vs, field, rule);
        QVERIFY2(v, qPrintable(QStringLiteral("no %1 on %2 in:\n%3").arg(rule, field, describe(vs).left(2000))));
        QVERIFY(v->isError());
        QVERIFY2(v->message.contains(named), qPrintable(v->message.left(300)));
        // Refused cheaply, and a message stays a sentence, not the input.
        QVERIFY2(ms < 50, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QVERIFY2(v->message.size() < 400, qPrintable(v->message.left(400)));
    }

    // A secret that breaks a limit is not repeated in the message.
    void secretsAreNotRepeated()
    {
        PortInRequest request = validRequest();
        request.carriers[0].pin = QStringLiteral("4815162342") + QChar(0x1b);
        request.carriers[0].accountNumber = QStringLiteral("AC-99887766-") + repeated("5", 40);
        const Violations vs = RequestValidator::validate(request, kNow, nullptr, nullptr);
        QVERIFY(find(vs, QStringLiteral("carriers[0].pin"), QStringLiteral("pin.control-character")));
        QVERIFY(find(vs, QStringLiteral("carriers[0].accountNumber"), QStringLiteral("accountNumber.too-long")));
        for (const Violation &v : vs) {
            QVERIFY2(!v.message.contains(QStringLiteral("4815162342")), qPrintable(v.message));
            QVERIFY2(!v.message.contains(QStringLiteral("99887766")), qPrintable(v.message));
        }
    }

    // Exactly at the limit is fine; a number of 30 characters is still read.
    void atTheLimitIsAccepted()
    {
        PortInRequest request = validRequest();
        CarrierGroup &g = request.carriers[0];
        g.customerName = repeated("A", textlimits::maxCustomerName);
        g.pin = repeated("7", textlimits::maxPin);
        g.numbers[1] = QStringLiteral("+1 (206) 444-0102") + QString(13, QLatin1Char(' '));
        QCOMPARE(g.numbers[1].size(), textlimits::maxNumberInput);
        request.requestedPortAt = QDateTime(QDate(2027, 11, 1), QTime(10, 0), Qt::OffsetFromUTC, -5 * 3600);
        const Violations vs = RequestValidator::validate(request, kNow, nullptr, nullptr);
        QVERIFY2(!hasErrors(vs), qPrintable(describe(vs)));
        const NumberCheck check = PhoneNumbers::check(g.numbers[1]);
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.e164, QStringLiteral("+12064440102"));
    }

    void portOutLimits()
    {
        PortOutRequest request;
        request.adminEmail = QStringLiteral("admin@example.com");
        for (int i = 0; i < textlimits::maxNumbersPerRequest + 1; ++i)
            request.numbers << repeated("1", 35);
        QElapsedTimer timer;
        timer.start();
        const Violations vs = RequestValidator::validate(request, {});
        QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(find(vs, QStringLiteral("numbers"), QStringLiteral("numbers.too-many")));
        QCOMPARE(vs.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
