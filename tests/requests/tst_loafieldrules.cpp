// SPDX-License-Identifier: Apache-2.0
// The rules of the fields that complete an LOA (customer type, the
// authorizing person's title, phone and email, full or partial port, the
// RespOrgs of a toll-free group), table-driven: each row changes a valid
// request and names the violations it must now carry, or none.
#include "core/RequestValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace portdesk;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00-05:00"), Qt::ISODate);

CarrierGroup localGroup()
{
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064440100");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("(206) 444-9911");
    g.authorizingEmail = QStringLiteral("jane.roe@example.com");
    g.customerType = CustomerType::Business;
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = {QStringLiteral("1 Main St"), QStringLiteral("Seattle"), QStringLiteral("WA"),
                        QStringLiteral("98101")};
    g.numbers = {QStringLiteral("+12064440101"), QStringLiteral("+12064440102")};
    g.portScope = PortScope::Full;
    return g;
}

CarrierGroup tollFreeGroup()
{
    CarrierGroup g = localGroup();
    g.carrier = QStringLiteral("Toll-Free RespOrg Inc");
    g.numbers = {QStringLiteral("+18002223333")};
    g.currentRespOrg = QStringLiteral("TFR01");
    g.targetRespOrgId = QStringLiteral("JYT01");
    return g;
}

// Group 0 local, group 1 toll-free (Voice Connector, so toll-free may port).
PortInRequest validRequest()
{
    PortInRequest r;
    r.productType = ProductType::VoiceConnector;
    r.voiceConnector = QStringLiteral("pbx-east");
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    r.carriers = {localGroup(), tollFreeGroup()};
    return r;
}

QString describe(const Violations &vs)
{
    QStringList lines;
    for (const Violation &v : vs)
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(v.isError() ? QStringLiteral("error") : QStringLiteral("warning"), v.field,
                          v.rule, v.message);
    return lines.join(QLatin1Char('\n'));
}

// "field rule" of each error, the form the table names them in.
QStringList errorsOf(const Violations &vs)
{
    QStringList out;
    for (const Violation &v : vs) {
        if (v.isError())
            out << v.field + QLatin1Char(' ') + v.rule;
    }
    return out;
}

using Mutation = std::function<void(PortInRequest &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestLoaFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messagesNameTheField_data();
    void messagesNameTheField();
    void respOrgIds_data();
    void respOrgIds();
    void jsonKeys();
    void oldRequestStillReads();
};

void TestLoaFieldRules::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("errors");   // "field rule", all of them; empty: valid

    const auto row = [](const char *name, Mutation m, QStringList errors) {
        QTest::newRow(name) << m << errors;
    };
    row("complete request", [](PortInRequest &) {}, {});
    row("no customer type", [](PortInRequest &r) { r.carriers[0].customerType = CustomerType::Unspecified; },
        {QStringLiteral("carriers[0].customerType customerType.required")});
    row("business without a title", [](PortInRequest &r) { r.carriers[0].authorizingTitle.clear(); },
        {QStringLiteral("carriers[0].authorizingTitle authorizingTitle.required")});
    row("residential without a title",
        [](PortInRequest &r) {
            r.carriers[0].customerType = CustomerType::Residential;
            r.carriers[0].authorizingTitle.clear();
        },
        {});
    row("no phone", [](PortInRequest &r) { r.carriers[0].authorizingPhone = QStringLiteral(" "); },
        {QStringLiteral("carriers[0].authorizingPhone authorizingPhone.required")});
    row("phone not a number", [](PortInRequest &r) { r.carriers[0].authorizingPhone = QStringLiteral("call Jane"); },
        {QStringLiteral("carriers[0].authorizingPhone authorizingPhone.invalid")});
    row("Canadian phone", [](PortInRequest &r) { r.carriers[0].authorizingPhone = QStringLiteral("+14165550134"); },
        {QStringLiteral("carriers[0].authorizingPhone authorizingPhone.invalid")});
    row("no email (optional)", [](PortInRequest &r) { r.carriers[0].authorizingEmail.clear(); }, {});
    row("bad email", [](PortInRequest &r) { r.carriers[0].authorizingEmail = QStringLiteral("jane@"); },
        {QStringLiteral("carriers[0].authorizingEmail authorizingEmail.invalid")});
    row("full or partial not said", [](PortInRequest &r) { r.carriers[0].portScope = PortScope::Unspecified; },
        {QStringLiteral("carriers[0].portType portType.required")});
    row("partial port with the numbers that stay",
        [](PortInRequest &r) {
            r.carriers[0].portScope = PortScope::Partial;
            r.carriers[0].remainingNumbers = {QStringLiteral("206-444-0150"), QStringLiteral("(206) 444-0151")};
        },
        {});
    row("partial port naming none that stay",
        [](PortInRequest &r) { r.carriers[0].portScope = PortScope::Partial; },
        {QStringLiteral("carriers[0].remainingNumbers remainingNumbers.required")});
    row("full port listing numbers that stay",
        [](PortInRequest &r) { r.carriers[0].remainingNumbers = {QStringLiteral("+12064440150")}; },
        {QStringLiteral("carriers[0].remainingNumbers remainingNumbers.not-applicable")});
    row("a number that stays is unreadable",
        [](PortInRequest &r) {
            r.carriers[0].portScope = PortScope::Partial;
            r.carriers[0].remainingNumbers = {QStringLiteral("+12064440150"), QStringLiteral("12345")};
        },
        {QStringLiteral("carriers[0].remainingNumbers[1] remainingNumbers.invalid")});
    row("a number that stays is Canadian",
        [](PortInRequest &r) {
            r.carriers[0].portScope = PortScope::Partial;
            r.carriers[0].remainingNumbers = {QStringLiteral("+14165550134")};
        },
        {QStringLiteral("carriers[0].remainingNumbers[0] remainingNumbers.invalid")});
    row("a number both stays and ports",
        [](PortInRequest &r) {
            r.carriers[0].portScope = PortScope::Partial;
            r.carriers[0].remainingNumbers = {QStringLiteral("206.444.0102")};
        },
        {QStringLiteral("carriers[0].remainingNumbers[0] remainingNumbers.also-ported")});
    row("a number that stays, twice",
        [](PortInRequest &r) {
            r.carriers[0].portScope = PortScope::Partial;
            r.carriers[0].remainingNumbers = {QStringLiteral("+12064440150"), QStringLiteral("206-444-0150")};
        },
        {QStringLiteral("carriers[0].remainingNumbers[1] remainingNumbers.duplicate")});
    row("toll-free without the target RespOrg",
        [](PortInRequest &r) { r.carriers[1].targetRespOrgId.clear(); },
        {QStringLiteral("carriers[1].targetRespOrgId targetRespOrgId.required")});
    row("toll-free with a malformed RespOrg ID",
        [](PortInRequest &r) { r.carriers[1].targetRespOrgId = QStringLiteral("JYT1"); },
        {QStringLiteral("carriers[1].targetRespOrgId targetRespOrgId.invalid")});
    row("toll-free, current RespOrg not known (optional)",
        [](PortInRequest &r) { r.carriers[1].currentRespOrg.clear(); }, {});
    row("local group with a RespOrg",
        [](PortInRequest &r) { r.carriers[0].targetRespOrgId = QStringLiteral("JYT01"); },
        {QStringLiteral("carriers[0].targetRespOrgId respOrg.not-applicable")});
}

void TestLoaFieldRules::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, errors);
    PortInRequest request = validRequest();
    mutate(request);
    const Violations vs = RequestValidator::validate(request, kNow, nullptr);
    QStringList got = errorsOf(vs);
    got.sort();
    errors.sort();
    QVERIFY2(got == errors, qPrintable(QStringLiteral("expected:\n%1\ngot:\n%2")
                                           .arg(errors.join(QLatin1Char('\n')), describe(vs))));
}

void TestLoaFieldRules::messagesNameTheField_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");   // what the message must say

    QTest::newRow("phone") << Mutation([](PortInRequest &r) { r.carriers[0].authorizingPhone = QStringLiteral("12"); })
                           << QStringLiteral("carriers[0].authorizingPhone")
                           << QStringLiteral("Authorizing person's phone");
    QTest::newRow("number that stays")
        << Mutation([](PortInRequest &r) {
               r.carriers[0].portScope = PortScope::Partial;
               r.carriers[0].remainingNumbers = {QStringLiteral("+12064440150"), QStringLiteral("555")};
           })
        << QStringLiteral("carriers[0].remainingNumbers[1]")
        << QStringLiteral("Numbers that stay with the carrier, number 2 (\"555\")");
    QTest::newRow("RespOrg ID") << Mutation([](PortInRequest &r) { r.carriers[1].targetRespOrgId = QStringLiteral("12345"); })
                                << QStringLiteral("carriers[1].targetRespOrgId")
                                << QStringLiteral("Target RespOrg ID \"12345\"");
}

void TestLoaFieldRules::messagesNameTheField()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, words);
    PortInRequest request = validRequest();
    mutate(request);
    const Violations vs = RequestValidator::validate(request, kNow, nullptr);
    for (const Violation &v : vs) {
        if (v.field == field) {
            QVERIFY2(v.message.contains(words), qPrintable(v.message));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no message for %1:\n%2").arg(field, describe(vs))));
}

void TestLoaFieldRules::respOrgIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Bandwidth's") << QStringLiteral("JYT01") << true;
    QTest::newRow("lower case") << QStringLiteral("jyt01") << true;
    QTest::newRow("with spaces around") << QStringLiteral(" VWC55 ") << true;
    QTest::newRow("four characters") << QStringLiteral("JYT1") << false;
    QTest::newRow("six characters") << QStringLiteral("JYT011") << false;
    QTest::newRow("digits first") << QStringLiteral("01JYT") << false;
    QTest::newRow("all letters") << QStringLiteral("ABCDE") << false;
    QTest::newRow("a dash") << QStringLiteral("JY-01") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLoaFieldRules::respOrgIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(RequestValidator::isValidRespOrgId(id), valid);
}

void TestLoaFieldRules::jsonKeys()
{
    PortInRequest r = validRequest();
    r.carriers[0].portScope = PortScope::Partial;
    r.carriers[0].remainingNumbers = {QStringLiteral("+12064440150")};
    const QJsonObject json = r.toJson();
    const QJsonObject g0 = json.value(QLatin1String("carriers")).toArray().at(0).toObject();
    const QJsonObject g1 = json.value(QLatin1String("carriers")).toArray().at(1).toObject();
    QCOMPARE(g0.value(QLatin1String("customerType")).toString(), QStringLiteral("business"));
    QCOMPARE(g0.value(QLatin1String("portType")).toString(), QStringLiteral("partial"));
    QCOMPARE(g0.value(QLatin1String("authorizingPhone")).toString(), QStringLiteral("(206) 444-9911"));
    QCOMPARE(g0.value(QLatin1String("authorizingEmail")).toString(), QStringLiteral("jane.roe@example.com"));
    QCOMPARE(g0.value(QLatin1String("remainingNumbers")).toArray().size(), 1);
    QCOMPARE(g1.value(QLatin1String("currentRespOrg")).toString(), QStringLiteral("TFR01"));
    QCOMPARE(g1.value(QLatin1String("targetRespOrgId")).toString(), QStringLiteral("JYT01"));

    Violations problems;
    const PortInRequest back = PortInRequest::fromJson(json, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(back == r);

    // Unknown values are shape problems naming the field.
    QJsonObject bad = json;
    QJsonArray groups = bad.value(QLatin1String("carriers")).toArray();
    QJsonObject g = groups.at(0).toObject();
    g.insert(QStringLiteral("customerType"), QStringLiteral("government"));
    g.insert(QStringLiteral("portType"), QStringLiteral("some"));
    groups.replace(0, g);
    bad.insert(QStringLiteral("carriers"), groups);
    problems.clear();
    PortInRequest::fromJson(bad, &problems);
    QStringList fields;
    for (const Violation &v : problems)
        fields << v.field;
    QVERIFY2(fields.contains(QStringLiteral("carriers[0].customerType")), qPrintable(describe(problems)));
    QVERIFY2(fields.contains(QStringLiteral("carriers[0].portType")), qPrintable(describe(problems)));
}

void TestLoaFieldRules::oldRequestStillReads()
{
    // A request file from before the LOA's fields: it reads without a word,
    // writes back the same keys, and validation names exactly what a new
    // request must add.
    const QByteArray old = R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
      "requestedPortAt": "2026-12-15T10:00:00-05:00", "btnOption": "none", "newBtn": null,
      "voiceConnector": null, "carriers": [{"carrier": "Example Telecom", "btn": "+12064440100",
        "authorizingPerson": "Jane Roe", "accountNumber": "12345", "pin": "9876",
        "customerName": "Example Corp",
        "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
        "numbers": ["+12064440101"]}]})";
    const QJsonObject json = QJsonDocument::fromJson(old).object();
    Violations problems;
    const PortInRequest r = PortInRequest::fromJson(json, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(r.toJson(), json);
    QStringList got = errorsOf(RequestValidator::validate(r, kNow, nullptr));
    got.sort();
    QStringList expected = {QStringLiteral("carriers[0].customerType customerType.required"),
                            QStringLiteral("carriers[0].authorizingPhone authorizingPhone.required"),
                            QStringLiteral("carriers[0].portType portType.required")};
    expected.sort();
    QCOMPARE(got, expected);
    for (const QString &rule : RequestValidator::loaFieldRequiredRules())
        QVERIFY(rule.endsWith(QLatin1String(".required")));
}

QTEST_APPLESS_MAIN(TestLoaFieldRules)
#include "tst_loafieldrules.moc"
