// SPDX-License-Identifier: Apache-2.0
#include "core/Clock.h"
#include "core/PortRequest.h"
#include "core/RequestValidator.h"

#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace portdesk;

using Mutation = std::function<void(PortInRequest &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// Monday 2 November 2026, 15:00 UTC: the "now" of every test here.
const QDateTime kNow = QDateTime(QDate(2026, 11, 2), QTime(15, 0), Qt::UTC);

class FakeContext : public PortingContext
{
public:
    QSet<QString> connectors{QStringLiteral("pbx-east")};
    QSet<QString> inventory{QStringLiteral("+12064440190")};
    QHash<QString, qint64> openPorts{{QStringLiteral("+12064440191"), 7}};

    bool voiceConnectorExists(const QString &name) const override { return connectors.contains(name); }
    QSet<QString> numbersInInventory(const QStringList &e164) const override
    {
        QSet<QString> out;
        for (const QString &n : e164)
            if (inventory.contains(n))
                out.insert(n);
        return out;
    }
    QHash<QString, qint64> numbersInOpenPortIn(const QStringList &e164) const override
    {
        QHash<QString, qint64> out;
        for (const QString &n : e164)
            if (openPorts.contains(n))
                out.insert(n, openPorts.value(n));
        return out;
    }
};

CarrierGroup group(const QStringList &numbers, const QString &btn = QStringLiteral("+12064440100"))
{
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = btn;
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = QStringLiteral("12345");
    g.pin = QStringLiteral("9876");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = {QStringLiteral("1 Main St"), QStringLiteral("Seattle"), QStringLiteral("WA"),
                        QStringLiteral("98101")};
    g.numbers = numbers;
    return g;
}

// A complete, valid Business Calling request; each test row breaks one thing.
PortInRequest validRequest()
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    r.btnOption = BtnOption::None;
    r.carriers = {group({QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102")})};
    return r;
}

bool containsViolation(const Violations &vs, const QString &field, const QString &rule)
{
    for (const Violation &v : vs)
        if (v.field == field && v.rule == rule && v.isError() && !v.message.isEmpty())
            return true;
    return false;
}

QString describe(const Violations &vs)
{
    QStringList lines;
    for (const Violation &v : vs)
        lines << v.field + QLatin1Char(' ') + v.rule + QStringLiteral(": ") + v.message;
    return lines.join(QLatin1Char('\n'));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestRequestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRequestPasses();
    void invalidRequest_data();
    void invalidRequest();
    void reportsEveryViolationAtOnce();
    void soonDateOnlyWarns();
    void emails_data();
    void emails();
    void jsonRoundTrip();
    void jsonShapeProblems();
    void jsonTimeWithoutOffsetIsRefused();
    void jsonUnknownFieldsWarn();
    void portOut_data();
    void portOut();
    void focDate_data();
    void focDate();
};

void TestRequestValidator::validRequestPasses()
{
    FakeContext context;
    const Violations vs = RequestValidator::validate(validRequest(), kNow, &context);
    QVERIFY2(vs.isEmpty(), qPrintable(describe(vs)));

    PortInRequest vc = validRequest();
    vc.productType = ProductType::VoiceConnector;
    vc.voiceConnector = QStringLiteral("pbx-east");
    vc.carriers.append(group({QStringLiteral("+18002223333")}, QStringLiteral("+12064440100")));
    vc.carriers.last().targetRespOrgId = QStringLiteral("JYT01");
    const Violations vcs = RequestValidator::validate(vc, kNow, &context);
    QVERIFY2(vcs.isEmpty(), qPrintable(describe(vcs)));
}

void TestRequestValidator::invalidRequest_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");

    auto row = [](const char *name, Mutation m, const char *field, const char *rule) {
        QTest::newRow(name) << m << QString::fromLatin1(field) << QString::fromLatin1(rule);
    };
    const QString n0 = QStringLiteral("+12064440101");

    row("toll-free on Business Calling",
        [](PortInRequest &r) { r.carriers.append(group({QStringLiteral("+18002223333")})); },
        "carriers[1].numbers[0]", "number.toll-free-business-calling");
    row("Voice Connector without connector",
        [](PortInRequest &r) { r.productType = ProductType::VoiceConnector; },
        "voiceConnector", "voiceConnector.required");
    row("Voice Connector that does not exist",
        [](PortInRequest &r) {
            r.productType = ProductType::VoiceConnector;
            r.voiceConnector = QStringLiteral("pbx-west");
        },
        "voiceConnector", "voiceConnector.unknown");
    row("connector named for Business Calling",
        [](PortInRequest &r) { r.voiceConnector = QStringLiteral("pbx-east"); },
        "voiceConnector", "voiceConnector.not-applicable");
    row("Canadian number",
        [](PortInRequest &r) { r.carriers[0].numbers[1] = QStringLiteral("+1 416 555 2368"); },
        "carriers[0].numbers[1]", "number.foreign-country");
    row("Jamaican number",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("+1 876 927 1234"); },
        "carriers[0].numbers[0]", "number.foreign-country");
    row("UK number",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("+44 20 7946 0958"); },
        "carriers[0].numbers[0]", "number.not-nanp");
    row("N11 area code",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("411-444-0100"); },
        "carriers[0].numbers[0]", "number.n11-area-code");
    row("fictional 555-01XX",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("(206) 555-0150"); },
        "carriers[0].numbers[0]", "number.fictional");
    row("reserved 37X area code",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("+13704440100"); },
        "carriers[0].numbers[0]", "number.reserved-area-code");
    row("not a number",
        [](PortInRequest &r) { r.carriers[0].numbers[0] = QStringLiteral("call me"); },
        "carriers[0].numbers[0]", "number.unreadable");
    row("BTN ported without an option",
        [](PortInRequest &r) { r.carriers[0].numbers.append(QStringLiteral("206.444.0100")); },
        "btnOption", "btnOption.required");
    row("option without the BTN ported",
        [](PortInRequest &r) { r.btnOption = BtnOption::Close; },
        "btnOption", "btnOption.not-applicable");
    row("replace with the same BTN",
        [](PortInRequest &r) {
            r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
            r.btnOption = BtnOption::Replace;
            r.newBtn = QStringLiteral("1-206-444-0100");
        },
        "newBtn", "newBtn.same-as-btn");
    row("replace without a new BTN",
        [](PortInRequest &r) {
            r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
            r.btnOption = BtnOption::Replace;
        },
        "newBtn", "newBtn.required");
    row("replace with a BTN being ported",
        [n0](PortInRequest &r) {
            r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
            r.btnOption = BtnOption::Replace;
            r.newBtn = n0;
        },
        "newBtn", "newBtn.being-ported");
    row("new BTN without replace",
        [](PortInRequest &r) {
            r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
            r.btnOption = BtnOption::Close;
            r.newBtn = QStringLiteral("+12064440199");
        },
        "newBtn", "newBtn.not-applicable");
    row("Saturday",
        [](PortInRequest &r) { r.requestedPortAt = at("2026-12-12T10:00:00-05:00"); },
        "requestedPortAt", "date.weekend");
    row("Christmas",
        [](PortInRequest &r) { r.requestedPortAt = at("2026-12-25T10:00:00-05:00"); },
        "requestedPortAt", "date.holiday");
    row("past date",
        [](PortInRequest &r) { r.requestedPortAt = at("2026-10-30T10:00:00-05:00"); },
        "requestedPortAt", "date.past");
    row("no date", [](PortInRequest &r) { r.requestedPortAt = QDateTime(); },
        "requestedPortAt", "date.required");
    row("bad email", [](PortInRequest &r) { r.adminEmail = QStringLiteral("admin@example"); },
        "adminEmail", "adminEmail.invalid");
    row("no email", [](PortInRequest &r) { r.adminEmail.clear(); }, "adminEmail",
        "adminEmail.required");
    row("missing customer name", [](PortInRequest &r) { r.carriers[0].customerName = QStringLiteral("  "); },
        "carriers[0].customerName", "customerName.required");
    row("missing authorizing person", [](PortInRequest &r) { r.carriers[0].authorizingPerson.clear(); },
        "carriers[0].authorizingPerson", "authorizingPerson.required");
    row("missing street", [](PortInRequest &r) { r.carriers[0].serviceAddress.street.clear(); },
        "carriers[0].serviceAddress.street", "serviceAddress.street.required");
    row("missing city", [](PortInRequest &r) { r.carriers[0].serviceAddress.city.clear(); },
        "carriers[0].serviceAddress.city", "serviceAddress.city.required");
    row("unknown state", [](PortInRequest &r) { r.carriers[0].serviceAddress.state = QStringLiteral("XX"); },
        "carriers[0].serviceAddress.state", "serviceAddress.state.invalid");
    row("missing state", [](PortInRequest &r) { r.carriers[0].serviceAddress.state.clear(); },
        "carriers[0].serviceAddress.state", "serviceAddress.state.required");
    row("short ZIP", [](PortInRequest &r) { r.carriers[0].serviceAddress.zip = QStringLiteral("9810"); },
        "carriers[0].serviceAddress.zip", "serviceAddress.zip.invalid");
    row("missing ZIP", [](PortInRequest &r) { r.carriers[0].serviceAddress.zip.clear(); },
        "carriers[0].serviceAddress.zip", "serviceAddress.zip.required");
    row("missing BTN", [](PortInRequest &r) { r.carriers[0].btn.clear(); }, "carriers[0].btn",
        "btn.required");
    row("fictional BTN", [](PortInRequest &r) { r.carriers[0].btn = QStringLiteral("206-555-0123"); },
        "carriers[0].btn", "number.fictional");
    row("duplicate in two notations",
        [](PortInRequest &r) { r.carriers[0].numbers.append(QStringLiteral("1 (206) 444-0101")); },
        "carriers[0].numbers[2]", "number.duplicate");
    row("duplicate across groups",
        [](PortInRequest &r) { r.carriers.append(group({QStringLiteral("206.444.0102")})); },
        "carriers[1].numbers[0]", "number.duplicate");
    row("number already in the inventory",
        [](PortInRequest &r) { r.carriers[0].numbers.append(QStringLiteral("+12064440190")); },
        "carriers[0].numbers[2]", "number.in-inventory");
    row("number in an open port",
        [](PortInRequest &r) { r.carriers[0].numbers.append(QStringLiteral("+12064440191")); },
        "carriers[0].numbers[2]", "number.in-open-port");
    row("no carrier groups", [](PortInRequest &r) { r.carriers.clear(); }, "carriers",
        "carriers.required");
    row("group without numbers", [](PortInRequest &r) { r.carriers[0].numbers.clear(); },
        "carriers[0].numbers", "numbers.required");
    row("toll-free mixed with local",
        [](PortInRequest &r) {
            r.productType = ProductType::VoiceConnector;
            r.voiceConnector = QStringLiteral("pbx-east");
            r.carriers[0].numbers.append(QStringLiteral("+18002223333"));
        },
        "carriers[0].numbers", "numbers.mixed-toll-free");
}

void TestRequestValidator::invalidRequest()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    FakeContext context;
    PortInRequest request = validRequest();
    mutate(request);
    const Violations vs = RequestValidator::validate(request, kNow, &context);
    QVERIFY2(containsViolation(vs, field, rule),
             qPrintable(QStringLiteral("expected %1 %2, got:\n%3").arg(field, rule, describe(vs))));
}

void TestRequestValidator::reportsEveryViolationAtOnce()
{
    FakeContext context;
    PortInRequest r = validRequest();
    r.adminEmail = QStringLiteral("nobody");
    r.requestedPortAt = at("2026-12-12T10:00:00-05:00");
    r.carriers[0].customerName.clear();
    r.carriers[0].numbers.append(QStringLiteral("+1 604 555 2368"));
    r.carriers[0].serviceAddress.zip = QStringLiteral("abc");
    const Violations vs = RequestValidator::validate(r, kNow, &context);
    QCOMPARE(vs.size(), 5);
    QVERIFY(containsViolation(vs, QStringLiteral("adminEmail"), QStringLiteral("adminEmail.invalid")));
    QVERIFY(containsViolation(vs, QStringLiteral("requestedPortAt"), QStringLiteral("date.weekend")));
    QVERIFY(containsViolation(vs, QStringLiteral("carriers[0].customerName"), QStringLiteral("customerName.required")));
    QVERIFY(containsViolation(vs, QStringLiteral("carriers[0].numbers[2]"), QStringLiteral("number.foreign-country")));
    QVERIFY(containsViolation(vs, QStringLiteral("carriers[0].serviceAddress.zip"), QStringLiteral("serviceAddress.zip.invalid")));
    // The Canadian number is refused by name.
    for (const Violation &v : vs)
        if (v.rule == QLatin1String("number.foreign-country"))
            QVERIFY2(v.message.contains(QLatin1String("Canada")), qPrintable(v.message));
}

void TestRequestValidator::soonDateOnlyWarns()
{
    FakeContext context;
    PortInRequest r = validRequest();
    r.requestedPortAt = at("2026-11-06T10:00:00-05:00");   // Friday, 4 days away
    const Violations vs = RequestValidator::validate(r, kNow, &context);
    QVERIFY(!hasErrors(vs));
    QCOMPARE(vs.size(), 1);
    QCOMPARE(vs.first().rule, QStringLiteral("date.too-soon"));
    QCOMPARE(vs.first().severity, Violation::Severity::Warning);
}

void TestRequestValidator::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("admin@example.com") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("it+porting@mail.example.co.uk") << true;
    QTest::newRow("no domain dot") << QStringLiteral("admin@example") << false;
    QTest::newRow("no at") << QStringLiteral("admin.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false;
    QTest::newRow("space") << QStringLiteral("ad min@example.com") << false;
    QTest::newRow("double dot") << QStringLiteral("admin..x@example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRequestValidator::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(RequestValidator::isValidEmail(email), valid);
}

void TestRequestValidator::jsonRoundTrip()
{
    PortInRequest r = validRequest();
    r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
    r.btnOption = BtnOption::Replace;
    r.newBtn = QStringLiteral("+12064440199");
    r.carriers[0].authorizingTitle = QStringLiteral("CFO");
    Violations problems;
    const PortInRequest back = PortInRequest::fromJson(
        QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object(), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(back == r);
}

void TestRequestValidator::jsonShapeProblems()
{
    const QByteArray text = R"({"productType": "Fax", "adminEmail": 7,
        "requestedPortAt": "next tuesday", "btnOption": "maybe",
        "carriers": [{"numbers": "+12064440101", "serviceAddress": "1 Main"}]})";
    Violations problems;
    PortInRequest::fromJson(QJsonDocument::fromJson(text).object(), &problems);
    QStringList fields;
    for (const Violation &v : problems)
        fields << v.field;
    QVERIFY2(fields.contains(QStringLiteral("productType")), qPrintable(describe(problems)));
    QVERIFY(fields.contains(QStringLiteral("adminEmail")));
    QVERIFY(fields.contains(QStringLiteral("requestedPortAt")));
    QVERIFY(fields.contains(QStringLiteral("btnOption")));
    QVERIFY(fields.contains(QStringLiteral("carriers[0].numbers")));
    QVERIFY(fields.contains(QStringLiteral("carriers[0].serviceAddress")));
}

void TestRequestValidator::jsonTimeWithoutOffsetIsRefused()
{
    Violations problems;
    const PortInRequest r = PortInRequest::fromJson(
        QJsonDocument::fromJson(R"({"requestedPortAt": "2026-12-15T10:00:00"})").object(), &problems);
    QVERIFY(!r.requestedPortAt.isValid());
    QVERIFY(containsViolation(problems, QStringLiteral("requestedPortAt"), QStringLiteral("date.no-offset")));
}

void TestRequestValidator::jsonUnknownFieldsWarn()
{
    Violations problems;
    PortInRequest::fromJson(QJsonDocument::fromJson(R"({"productType": "BusinessCalling",
        "carriers": [{"acountNumber": "123", "serviceAddress": {"zipcode": "98101"}}]})").object(), &problems);
    QStringList warned;
    for (const Violation &v : problems)
        if (v.rule == QLatin1String("json.unknown-field") && !v.isError())
            warned << v.field;
    QCOMPARE(warned, (QStringList{QStringLiteral("carriers[0].acountNumber"),
                                  QStringLiteral("carriers[0].serviceAddress.zipcode")}));
}

void TestRequestValidator::portOut_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    const QString ok = QStringLiteral("+12064440101");
    QTest::newRow("valid") << QStringList{ok} << QStringLiteral("a@example.com") << QString() << QString();
    QTest::newRow("not held") << QStringList{QStringLiteral("+12064440150")} << QStringLiteral("a@example.com")
                              << QStringLiteral("numbers[0]") << QStringLiteral("number.not-in-inventory");
    QTest::newRow("wrong product") << QStringList{QStringLiteral("+12064440102")} << QStringLiteral("a@example.com")
                                   << QStringLiteral("numbers[0]") << QStringLiteral("number.wrong-product-type");
    QTest::newRow("in port-out") << QStringList{QStringLiteral("+12064440103")} << QStringLiteral("a@example.com")
                                 << QStringLiteral("numbers[0]") << QStringLiteral("number.in-open-port-out");
    QTest::newRow("deleted") << QStringList{QStringLiteral("+12064440104")} << QStringLiteral("a@example.com")
                             << QStringLiteral("numbers[0]") << QStringLiteral("number.deleted");
    QTest::newRow("duplicate") << QStringList{ok, QStringLiteral("(206) 444-0101")} << QStringLiteral("a@example.com")
                               << QStringLiteral("numbers[1]") << QStringLiteral("number.duplicate");
    QTest::newRow("none") << QStringList() << QStringLiteral("a@example.com") << QStringLiteral("numbers")
                          << QStringLiteral("numbers.required");
    QTest::newRow("bad email") << QStringList{ok} << QStringLiteral("a@") << QStringLiteral("adminEmail")
                               << QStringLiteral("adminEmail.invalid");
}

void TestRequestValidator::portOut()
{
    QFETCH(QStringList, numbers);
    QFETCH(QString, email);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const QString bc = QStringLiteral("BusinessCalling");
    const QHash<QString, RequestValidator::InventoryFacts> inventory{
        {QStringLiteral("+12064440101"), {bc, QStringLiteral("Assigned")}},
        {QStringLiteral("+12064440102"), {QStringLiteral("VoiceConnector"), QStringLiteral("Unassigned")}},
        {QStringLiteral("+12064440103"), {bc, QStringLiteral("PortoutInProgress")}},
        {QStringLiteral("+12064440104"), {bc, QStringLiteral("DeleteInProgress")}},
    };
    PortOutRequest r;
    r.adminEmail = email;
    r.numbers = numbers;
    const Violations vs = RequestValidator::validate(r, inventory);
    if (rule.isEmpty())
        QVERIFY2(vs.isEmpty(), qPrintable(describe(vs)));
    else
        QVERIFY2(containsViolation(vs, field, rule), qPrintable(describe(vs)));
}

void TestRequestValidator::focDate_data()
{
    QTest::addColumn<QDateTime>("foc");
    QTest::addColumn<QString>("rule");
    QTest::newRow("business day") << at("2026-11-20T09:00:00-05:00") << QString();
    QTest::newRow("past") << at("2026-10-30T09:00:00-05:00") << QStringLiteral("foc.past");
    QTest::newRow("Sunday") << at("2026-11-22T09:00:00-05:00") << QStringLiteral("foc.not-business-day");
    QTest::newRow("Thanksgiving") << at("2026-11-26T09:00:00-05:00") << QStringLiteral("foc.not-business-day");
    QTest::newRow("Veterans Day") << at("2026-11-11T09:00:00-05:00") << QStringLiteral("foc.not-business-day");
}

void TestRequestValidator::focDate()
{
    QFETCH(QDateTime, foc);
    QFETCH(QString, rule);
    const Violations vs = RequestValidator::checkFocDate(foc, kNow, QStringLiteral("focAt"));
    if (rule.isEmpty())
        QVERIFY2(vs.isEmpty(), qPrintable(describe(vs)));
    else
        QVERIFY2(containsViolation(vs, QStringLiteral("focAt"), rule), qPrintable(describe(vs)));
}

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
