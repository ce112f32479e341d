// SPDX-License-Identifier: Apache-2.0
// Issue 15 item 5: a catalogue of bad inputs (numbers, requests, dates,
// files, URLs, JSON, CSV, options), each run through portdesk-cli against
// the test's engine, with the exit status it must give and the field and
// rule (or option) its message must name. Nothing a refused command was
// given may be written: the store's case count is the same after each row.
#include "ProgramRun.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

using Json = std::function<void(QJsonObject &)>;

// Monday 2 November 2026, 15:00 UTC: every row's clock.
const QString kNow = QStringLiteral("2026-11-02T15:00:00Z");

QJsonObject validPortIn()
{
    return QJsonDocument::fromJson(R"({
  "productType": "BusinessCalling",
  "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-08:00",
  "timeZone": "America/Los_Angeles",
  "btnOption": "none",
  "carriers": [{
      "carrier": "Example Telecom",
      "btn": "+12064440100",
      "authorizingPerson": "Jane Roe",
      "authorizingTitle": "Office Manager",
      "authorizingPhone": "(206) 444-9911",
      "customerType": "business",
      "portType": "full",
      "accountNumber": "12345678",
      "pin": "9876",
      "customerName": "Example Corp",
      "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
      "numbers": ["+12064440301", "(206) 444-0302"]
  }]
})")
        .object();
}

QByteArray portIn(const Json &change)
{
    QJsonObject request = validPortIn();
    change(request);
    return QJsonDocument(request).toJson();
}

// A change to the first carrier group.
QByteArray group(const std::function<void(QJsonObject &)> &change)
{
    return portIn([&change](QJsonObject &r) {
        QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
        QJsonObject g = carriers.at(0).toObject();
        change(g);
        carriers[0] = g;
        r.insert(QStringLiteral("carriers"), carriers);
    });
}

QJsonObject address(const char *street, const char *city, const char *state, const char *zip)
{
    return { { QStringLiteral("street"), QLatin1String(street) },
        { QStringLiteral("city"), QLatin1String(city) },
        { QStringLiteral("state"), QLatin1String(state) },
        { QStringLiteral("zip"), QLatin1String(zip) } };
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString many(const char *text, int times)
{
    return QString::fromLatin1(text).repeated(times);
}

QStringList numbersFrom(int first, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("+1206%1").arg(2000000 + first + i, 7, 10, QLatin1Char('0'));
    return out;
}

// A row's command line: "{file}" is the row's file, "{case}" the port-in
// case of the fixture, "{dir}" a scratch folder.
struct Row {
    QStringList args;
    QByteArray file;
    int exitCode = 0;
    QStringList says; // each must appear in stderr (or stdout for validate)
};

} // namespace

Q_DECLARE_METATYPE(Row)

class TestCliBadInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogue_data();
    void catalogue();

private:
    ProgramRun cli(QStringList args);
    int caseCount();

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    QString m_case;
};

ProgramRun TestCliBadInputs::cli(QStringList args)
{
    if (!args.contains(QStringLiteral("--db")))
        args = QStringList { QStringLiteral("--db"), m_db->url() } + args;
    if (!args.contains(QStringLiteral("--now")))
        args = QStringList { QStringLiteral("--now"), kNow } + args;
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH), args,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() },
            { QStringLiteral("XDG_CONFIG_HOME"), m_files.path() } });
}

int TestCliBadInputs::caseCount()
{
    const ProgramRun r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
    return r.exitCode == 0 ? int(r.json().array().size()) : -1;
}

void TestCliBadInputs::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // A Voice Connector, a number in the inventory, and an open port-in.
    ProgramRun r = cli({ QStringLiteral("voice-connector"), QStringLiteral("create"),
        QStringLiteral("pbx-east") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString inventory = m_files.filePath(QStringLiteral("inventory.json"));
    QFile f(inventory);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"PhoneNumbers": [{"E164PhoneNumber": "+12064440390", "Type": "Local",
        "ProductType": "BusinessCalling", "Status": "Unassigned"}]})");
    f.close();
    r = cli({ QStringLiteral("inventory"), QStringLiteral("import"), inventory });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString request = m_files.filePath(QStringLiteral("open.json"));
    QFile open(request);
    QVERIFY(open.open(QIODevice::WriteOnly));
    open.write(group([](QJsonObject &g) {
        g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440391") }));
    }));
    open.close();
    r = cli({ QStringLiteral("port-in"), QStringLiteral("submit"), request });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_case = r.out.trimmed();
    QVERIFY(m_case.toLongLong() > 0);
}

void TestCliBadInputs::catalogue_data()
{
    QTest::addColumn<Row>("row");
    const QStringList submit = { QStringLiteral("port-in"), QStringLiteral("submit"),
        QStringLiteral("{file}") };
    const QStringList portOut = { QStringLiteral("port-out"), QStringLiteral("submit"),
        QStringLiteral("{file}") };
    const QStringList validate = { QStringLiteral("validate") };
    const auto advance = [](const QStringList &rest) {
        return QStringList { QStringLiteral("case"), QStringLiteral("advance"),
                   QStringLiteral("{case}") }
            + rest;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto says = [](std::initializer_list<const char *> words) {
        QStringList out;
        for (const char *w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    int n = 0;
    const auto add = [&n](const char *name, const Row &row) {
        QTest::addRow("%03d %s", ++n, name) << row;
    };

    // --- Numbers (validate) -------------------------------------------------
    add("number empty", { validate + QStringList { s("") }, {}, 1, says({ "number.empty" }) });
    add("number letters", { validate + QStringList { s("abc") }, {}, 1, says({ "number.unreadable" }) });
    add("number 20,000 characters", { validate + QStringList { many("2", 20000) }, {}, 1, says({ "number.too-long", "at most 30" }) });
    add("number 31 characters", { validate + QStringList { s("+1 206 444 0100 ") + many("9", 15) }, {}, 1, says({ "number.too-long" }) });
    add("number with escape", { validate + QStringList { s("206\x1b" "4440100") }, {}, 1, says({ "number.control-character" }) });
    add("number of Canada", { validate + QStringList { s("+14165550123") }, {}, 1, says({ "number.foreign-country", "Canada" }) });
    add("number of Jamaica", { validate + QStringList { s("+18765550123") }, {}, 1, says({ "number.foreign-country", "Jamaica" }) });
    add("number premium rate", { validate + QStringList { s("+19005550100") }, {}, 1, says({ "number.premium-rate" }) });
    add("number personal 5XX", { validate + QStringList { s("+15005550100") }, {}, 1, says({ "number.personal" }) });
    add("number fictional 555-01XX", { validate + QStringList { s("+12065550150") }, {}, 1, says({ "number.fictional" }) });
    add("number N11 area code", { validate + QStringList { s("+14115550100") }, {}, 1, says({ "number.n11-area-code" }) });
    add("number N11 exchange", { validate + QStringList { s("+12064110100") }, {}, 1, says({ "number.n11-exchange" }) });
    add("number outside NANP", { validate + QStringList { s("+442071838750") }, {}, 1, says({ "number.not-nanp" }) });
    add("number nine digits", { validate + QStringList { s("206444010") }, {}, 1, says({ "number.invalid" }) });
    add("number twelve digits", { validate + QStringList { s("+120644401001") }, {}, 1, says({ "number.invalid" }) });
    add("number with extension", { validate + QStringList { s("+1 206 444 0100 ext. 5") }, {}, 1, says({ "number.invalid" }) });
    add("number unassigned area code", { validate + QStringList { s("+12224440100") }, {}, 1, says({ "number.invalid" }) });
    add("number two in one cell", { validate + QStringList { s("206-444-0100,206-444-0101") }, {}, 1, says({ "number.unreadable" }) });
    add("number missing", { validate, {}, 2, says({ "validate needs at least one number" }) });

    // --- Port-in requests (field and rule) ----------------------------------
    add("adminEmail missing", { submit, portIn([](QJsonObject &r) { r.remove(QStringLiteral("adminEmail")); }), 1, says({ "adminEmail", "adminEmail.required" }) });
    add("adminEmail invalid", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("adminEmail"), QStringLiteral("admin@")); }), 1, says({ "adminEmail", "adminEmail.invalid" }) });
    add("adminEmail 1 MB", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("adminEmail"), QString(many("a", 1 << 20) + QStringLiteral("@example.com"))); }), 1, says({ "adminEmail", "adminEmail.too-long" }) });
    add("adminEmail with NUL", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("adminEmail"), QString(QStringLiteral("ad") + QChar(0) + QStringLiteral("min@example.com"))); }), 1, says({ "adminEmail", "adminEmail.control-character" }) });
    add("date missing", { submit, portIn([](QJsonObject &r) { r.remove(QStringLiteral("requestedPortAt")); }), 1, says({ "requestedPortAt", "date.required" }) });
    add("date in the past", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-10-01T10:00:00-07:00")); }), 1, says({ "requestedPortAt", "date.past" }) });
    add("date on a Saturday", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-12-12T10:00:00-08:00")); }), 1, says({ "requestedPortAt", "date.weekend" }) });
    add("date on Christmas", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-12-25T10:00:00-08:00")); }), 1, says({ "requestedPortAt", "date.holiday", "Christmas" }) });
    add("date in the year 9999", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("9999-12-15T10:00:00-08:00")); }), 1, says({ "requestedPortAt", "date.too-far" }) });
    add("date a year and a week ahead", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2027-11-09T10:00:00-08:00")); }), 1, says({ "requestedPortAt", "date.too-far" }) });
    add("date not a date", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("next Tuesday")); }), 1, says({ "requestedPortAt" }) });
    add("date without offset or zone", { submit, portIn([](QJsonObject &r) { r.remove(QStringLiteral("timeZone")); r.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-12-15T10:00:00")); }), 1, says({ "requestedPortAt", "date.no-offset" }) });
    add("date a number", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("requestedPortAt"), 20261215); }), 1, says({ "requestedPortAt" }) });
    add("timeZone unknown", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("timeZone"), QStringLiteral("America/Atlantis")); }), 1, says({ "timeZone", "timeZone.unknown" }) });
    add("timeZone outside the US", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")); }), 1, says({ "timeZone", "timeZone.not-us" }) });
    add("timeZone offset mismatch", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("timeZone"), QStringLiteral("America/New_York")); }), 1, says({ "timeZone.offset-mismatch" }) });
    add("timeZone 65 characters", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("timeZone"), many("z", 65)); }), 1, says({ "timeZone", "timeZone.too-long" }) });
    add("productType unknown", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("productType"), QStringLiteral("Fax")); }), 1, says({ "productType" }) });
    add("voiceConnector missing", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("productType"), QStringLiteral("VoiceConnector")); }), 1, says({ "voiceConnector", "voiceConnector.required" }) });
    add("voiceConnector unknown", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("productType"), QStringLiteral("VoiceConnector")); r.insert(QStringLiteral("voiceConnector"), QStringLiteral("pbx-west")); }), 1, says({ "voiceConnector", "voiceConnector.unknown" }) });
    add("voiceConnector on Business Calling", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("voiceConnector"), QStringLiteral("pbx-east")); }), 1, says({ "voiceConnector", "voiceConnector.not-applicable" }) });
    add("voiceConnector 101 characters", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("productType"), QStringLiteral("VoiceConnector")); r.insert(QStringLiteral("voiceConnector"), many("v", 101)); }), 1, says({ "voiceConnector", "voiceConnector.too-long" }) });
    add("carriers missing", { submit, portIn([](QJsonObject &r) { r.remove(QStringLiteral("carriers")); }), 1, says({ "carriers", "carriers.required" }) });
    add("carriers empty", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("carriers"), QJsonArray()); }), 1, says({ "carriers", "carriers.required" }) });
    add("carriers an object", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("carriers"), QJsonObject()); }), 1, says({ "carriers" }) });
    add("numbers empty", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), QJsonArray()); }), 1, says({ "carriers[0].numbers", "numbers.required" }) });
    add("numbers a string", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), QStringLiteral("+12064440301")); }), 1, says({ "carriers[0].numbers" }) });
    add("numbers holding a number", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), QJsonArray { 2064440301 }); }), 1, says({ "carriers[0].numbers" }) });
    add("numbers 20,001", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings(numbersFrom(0, 20001))); }), 1, says({ "numbers", "numbers.too-many", "20001" }) });
    add("number of 40,000 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ many("(206) ", 6667) })); }), 1, says({ "carriers[0].numbers[0]", "number.too-long" }) });
    add("number with NUL", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+1206444") + QChar(0) + QStringLiteral("0301") })); }), 1, says({ "carriers[0].numbers[0]", "number.control-character" }) });
    add("number twice", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440301"), QStringLiteral("206.444.0301") })); }), 1, says({ "carriers[0].numbers[1]", "number.duplicate" }) });
    add("number of Canada in a request", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+14165550123") })); }), 1, says({ "carriers[0].numbers[0]", "number.foreign-country" }) });
    add("number toll-free for Business Calling", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+18774440100") })); }), 1, says({ "carriers[0].numbers[0]", "number.toll-free-business-calling" }) });
    add("numbers toll-free mixed with local", { submit, portIn([](QJsonObject &r) {
            r.insert(QStringLiteral("productType"), QStringLiteral("VoiceConnector"));
            r.insert(QStringLiteral("voiceConnector"), QStringLiteral("pbx-east"));
            QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
            QJsonObject g = carriers.at(0).toObject();
            g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440301"), QStringLiteral("+18774440100") }));
            carriers[0] = g;
            r.insert(QStringLiteral("carriers"), carriers); }), 1, says({ "carriers[0].numbers", "numbers.mixed-toll-free" }) });
    add("number in the inventory", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440390") })); }), 1, says({ "carriers[0].numbers[0]", "number.in-inventory" }) });
    add("number in an open port-in", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440391") })); }), 1, says({ "carriers[0].numbers[0]", "number.in-open-port" }) });
    add("btn missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("btn")); }), 1, says({ "carriers[0].btn", "btn.required" }) });
    add("btn unreadable", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("btn"), QStringLiteral("call me")); }), 1, says({ "carriers[0].btn", "number.unreadable" }) });
    add("btn 1,000 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("btn"), many("9", 1000)); }), 1, says({ "carriers[0].btn", "number.too-long" }) });
    add("authorizingPerson missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("authorizingPerson")); }), 1, says({ "carriers[0].authorizingPerson", "authorizingPerson.required" }) });
    add("authorizingPerson 101 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("authorizingPerson"), many("p", 101)); }), 1, says({ "carriers[0].authorizingPerson", "authorizingPerson.too-long" }) });
    add("authorizingTitle missing for a business", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("authorizingTitle")); }), 1, says({ "carriers[0].authorizingTitle", "authorizingTitle.required" }) });
    add("authorizingTitle with DEL", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("authorizingTitle"), QStringLiteral("Boss\x7f")); }), 1, says({ "carriers[0].authorizingTitle", "authorizingTitle.control-character" }) });
    add("authorizingPhone missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("authorizingPhone")); }), 1, says({ "carriers[0].authorizingPhone", "authorizingPhone.required" }) });
    add("authorizingPhone invalid", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("authorizingPhone"), QStringLiteral("+14165550123")); }), 1, says({ "carriers[0].authorizingPhone", "authorizingPhone.invalid" }) });
    add("authorizingEmail invalid", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("authorizingEmail"), QStringLiteral("jane at example")); }), 1, says({ "carriers[0].authorizingEmail", "authorizingEmail.invalid" }) });
    add("authorizingEmail 255 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("authorizingEmail"), QString(many("e", 243) + QStringLiteral("@example.com"))); }), 1, says({ "carriers[0].authorizingEmail", "authorizingEmail.too-long" }) });
    add("customerType missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("customerType")); }), 1, says({ "carriers[0].customerType", "customerType.required" }) });
    add("customerType unknown", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("customerType"), QStringLiteral("government")); }), 1, says({ "carriers[0].customerType" }) });
    add("customerName missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("customerName")); }), 1, says({ "carriers[0].customerName", "customerName.required" }) });
    add("customerName 1 MB", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("customerName"), many("A", 1 << 20)); }), 1, says({ "carriers[0].customerName", "customerName.too-long", "at most 200" }) });
    add("customerName with NUL", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("customerName"), QString(QStringLiteral("Example") + QChar(0) + QStringLiteral("Corp"))); }), 1, says({ "carriers[0].customerName", "customerName.control-character" }) });
    add("customerName with a line break", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("customerName"), QStringLiteral("Example\nCorp")); }), 1, says({ "carriers[0].customerName", "customerName.control-character" }) });
    add("carrier 101 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("carrier"), many("c", 101)); }), 1, says({ "carriers[0].carrier", "carrier.too-long" }) });
    add("accountNumber 41 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("accountNumber"), many("1", 41)); }), 1, says({ "carriers[0].accountNumber", "accountNumber.too-long" }) });
    add("accountNumber with escape", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("accountNumber"), QStringLiteral("12\x1b[2J")); }), 1, says({ "carriers[0].accountNumber", "accountNumber.control-character" }) });
    add("pin 10,000 digits", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("pin"), many("7", 10000)); }), 1, says({ "carriers[0].pin", "pin.too-long" }) });
    add("pin a number", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("pin"), 9876); }), 1, says({ "carriers[0].pin" }) });
    add("street missing", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("", "Seattle", "WA", "98101")); }), 1, says({ "carriers[0].serviceAddress.street", "serviceAddress.street.required" }) });
    add("street 201 characters", { submit, group([](QJsonObject &g) { QJsonObject a = address("", "Seattle", "WA", "98101"); a.insert(QStringLiteral("street"), many("s", 201)); g.insert(QStringLiteral("serviceAddress"), a); }), 1, says({ "carriers[0].serviceAddress.street", "serviceAddress.street.too-long" }) });
    add("city missing", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "", "WA", "98101")); }), 1, says({ "carriers[0].serviceAddress.city", "serviceAddress.city.required" }) });
    add("city with tab", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Sea\tttle", "WA", "98101")); }), 1, says({ "carriers[0].serviceAddress.city", "serviceAddress.city.control-character" }) });
    add("state missing", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Seattle", "", "98101")); }), 1, says({ "carriers[0].serviceAddress.state", "serviceAddress.state.required" }) });
    add("state unknown", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Seattle", "XX", "98101")); }), 1, says({ "carriers[0].serviceAddress.state", "serviceAddress.state.invalid" }) });
    add("zip missing", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Seattle", "WA", "")); }), 1, says({ "carriers[0].serviceAddress.zip", "serviceAddress.zip.required" }) });
    add("zip four digits", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Seattle", "WA", "9810")); }), 1, says({ "carriers[0].serviceAddress.zip", "serviceAddress.zip.invalid" }) });
    add("zip 00000", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), address("1 Main St", "Seattle", "WA", "00000")); }), 1, says({ "carriers[0].serviceAddress.zip", "serviceAddress.zip.invalid" }) });
    add("serviceAddress a string", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("serviceAddress"), QStringLiteral("1 Main St, Seattle")); }), 1, says({ "carriers[0].serviceAddress" }) });
    add("btnOption needed", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440100"), QStringLiteral("+12064440301") })); }), 1, says({ "btnOption", "btnOption.required" }) });
    add("btnOption not applicable", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("btnOption"), QStringLiteral("close")); }), 1, says({ "btnOption", "btnOption.not-applicable" }) });
    add("btnOption unknown", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("btnOption"), QStringLiteral("keep")); }), 1, says({ "btnOption" }) });
    add("newBtn missing for replace", { submit, portIn([](QJsonObject &r) {
            r.insert(QStringLiteral("btnOption"), QStringLiteral("replace"));
            QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
            QJsonObject g = carriers.at(0).toObject();
            g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440100"), QStringLiteral("+12064440301") }));
            carriers[0] = g;
            r.insert(QStringLiteral("carriers"), carriers); }), 1, says({ "newBtn", "newBtn.required" }) });
    add("newBtn the same as the BTN", { submit, portIn([](QJsonObject &r) {
            r.insert(QStringLiteral("btnOption"), QStringLiteral("replace"));
            r.insert(QStringLiteral("newBtn"), QStringLiteral("(206) 444-0100"));
            QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
            QJsonObject g = carriers.at(0).toObject();
            g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440100"), QStringLiteral("+12064440301") }));
            carriers[0] = g;
            r.insert(QStringLiteral("carriers"), carriers); }), 1, says({ "newBtn", "newBtn.same-as-btn" }) });
    add("newBtn being ported", { submit, portIn([](QJsonObject &r) {
            r.insert(QStringLiteral("btnOption"), QStringLiteral("replace"));
            r.insert(QStringLiteral("newBtn"), QStringLiteral("+12064440301"));
            QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
            QJsonObject g = carriers.at(0).toObject();
            g.insert(QStringLiteral("numbers"), strings({ QStringLiteral("+12064440100"), QStringLiteral("+12064440301") }));
            carriers[0] = g;
            r.insert(QStringLiteral("carriers"), carriers); }), 1, says({ "newBtn", "newBtn.being-ported" }) });
    add("newBtn not applicable", { submit, portIn([](QJsonObject &r) { r.insert(QStringLiteral("newBtn"), QStringLiteral("+12064440199")); }), 1, says({ "newBtn", "newBtn.not-applicable" }) });
    add("portType missing", { submit, group([](QJsonObject &g) { g.remove(QStringLiteral("portType")); }), 1, says({ "carriers[0].portType", "portType.required" }) });
    add("remainingNumbers missing for partial", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("portType"), QStringLiteral("partial")); }), 1, says({ "carriers[0].remainingNumbers", "remainingNumbers.required" }) });
    add("remainingNumbers on a full port", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("remainingNumbers"), strings({ QStringLiteral("+12064440399") })); }), 1, says({ "carriers[0].remainingNumbers", "remainingNumbers.not-applicable" }) });
    add("remainingNumbers unreadable", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("portType"), QStringLiteral("partial")); g.insert(QStringLiteral("remainingNumbers"), strings({ QStringLiteral("nope") })); }), 1, says({ "carriers[0].remainingNumbers[0]", "remainingNumbers.invalid" }) });
    add("remainingNumbers also ported", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("portType"), QStringLiteral("partial")); g.insert(QStringLiteral("remainingNumbers"), strings({ QStringLiteral("+12064440301") })); }), 1, says({ "remainingNumbers.also-ported" }) });
    add("targetRespOrgId on a local group", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("targetRespOrgId"), QStringLiteral("JYT01")); }), 1, says({ "respOrg.not-applicable" }) });
    add("targetRespOrgId 21 characters", { submit, group([](QJsonObject &g) { g.insert(QStringLiteral("targetRespOrgId"), many("R", 21)); }), 1, says({ "carriers[0].targetRespOrgId", "targetRespOrgId.too-long" }) });
    add("unknown member warned on a real submit", { submit, portIn([](QJsonObject &r) {
            r.insert(QStringLiteral("adminEmail"), QStringLiteral("admin@"));
            QJsonArray carriers = r.value(QStringLiteral("carriers")).toArray();
            QJsonObject g = carriers.at(0).toObject();
            g.insert(QStringLiteral("acountNumber"), QStringLiteral("1"));
            carriers[0] = g;
            r.insert(QStringLiteral("carriers"), carriers); }), 1, says({ "acountNumber", "adminEmail.invalid" }) });

    // --- JSON and files -----------------------------------------------------
    add("file empty", { submit, QByteArray(""), 2, says({ "JSON" }) });
    add("file not JSON", { submit, QByteArray("productType: BusinessCalling\n"), 2, says({ "JSON" }) });
    add("file a JSON array", { submit, QByteArray("[1, 2, 3]"), 2, says({ "object" }) });
    add("file truncated JSON", { submit, QByteArray(R"({"productType": "BusinessCalling", "carriers": [)"), 2, says({ "JSON" }) });
    add("file invalid UTF-8", { submit, QByteArray("{\"adminEmail\": \"a\xff\xfe@example.com\"}"), 2, says({ "not valid JSON", "UTF8" }) });
    add("file missing", { { QStringLiteral("port-in"), QStringLiteral("submit"), QStringLiteral("{dir}/none.json") }, {}, 2, says({ "none.json" }) });
    add("file a folder", { { QStringLiteral("port-in"), QStringLiteral("submit"), QStringLiteral("{dir}") }, {}, 2, says({ "directory" }) });
    add("file two given", { { QStringLiteral("port-in"), QStringLiteral("submit"), QStringLiteral("{file}"), QStringLiteral("{file}") }, portIn([](QJsonObject &) {}), 2, says({ "submit REQUEST.json" }) });
    add("file none given", { { QStringLiteral("port-in"), QStringLiteral("submit") }, {}, 2, says({ "REQUEST" }) });

    // --- Port-out requests --------------------------------------------------
    add("port-out number not in inventory", { portOut, QByteArray(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com", "numbers": ["+12064440398"]})"), 1, says({ "numbers[0]", "number.not-in-inventory" }) });
    add("port-out numbers missing", { portOut, QByteArray(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com", "numbers": []})"), 1, says({ "numbers", "numbers.required" }) });
    add("port-out wrong product type", { portOut, QByteArray(R"({"productType": "VoiceConnector", "adminEmail": "admin@example.com", "numbers": ["+12064440390"]})"), 1, says({ "numbers[0]", "number.wrong-product-type" }) });
    add("port-out number twice", { portOut, QByteArray(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com", "numbers": ["+12064440390", "206-444-0390"]})"), 1, says({ "numbers[1]", "number.duplicate" }) });
    add("port-out admin email invalid", { portOut, QByteArray(R"({"productType": "BusinessCalling", "adminEmail": "nobody", "numbers": ["+12064440390"]})"), 1, says({ "adminEmail", "adminEmail.invalid" }) });
    {
        QJsonObject big { { QStringLiteral("productType"), QStringLiteral("BusinessCalling") },
            { QStringLiteral("adminEmail"), QStringLiteral("admin@example.com") },
            { QStringLiteral("numbers"), strings(numbersFrom(0, 20001)) } };
        add("port-out 20,001 numbers", { portOut, QJsonDocument(big).toJson(), 1, says({ "numbers", "numbers.too-many" }) });
    }

    // --- Dates and clocks ---------------------------------------------------
    add("--now not a time", { { QStringLiteral("--now"), QStringLiteral("yesterday"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "--now" }) });
    add("--now month 13", { { QStringLiteral("--now"), QStringLiteral("2026-13-01T00:00:00Z"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "--now" }) });
    add("--now without a value", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--now") }, {}, 2, says({ "now" }) });
    add("set-foc --at not a time", { advance({ QStringLiteral("set-foc"), QStringLiteral("--at"), QStringLiteral("soon"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "--at" }) });
    add("set-foc without --at", { advance({ QStringLiteral("set-foc"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "--at" }) });

    // --- Store URLs ---------------------------------------------------------
    add("--db mysql URL", { { QStringLiteral("--db"), QStringLiteral("mysql://u@localhost/portdesk"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "mysql" }) });
    add("--db http URL", { { QStringLiteral("--db"), QStringLiteral("http://example.com/store"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "http" }) });
    add("--db PostgreSQL URL with a bad port", { { QStringLiteral("--db"), QStringLiteral("postgresql://u@127.0.0.1:port/db"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "port" }) });
    add("--db PostgreSQL server not there", { { QStringLiteral("--db"), QStringLiteral("postgresql://u@127.0.0.1:1/db"), QStringLiteral("case"), QStringLiteral("list") }, {}, 3, says({ "127.0.0.1" }) });
    add("--db empty", { { QStringLiteral("--db"), QString(), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "--db" }) });
    add("--db a folder", { { QStringLiteral("--db"), QStringLiteral("{dir}"), QStringLiteral("case"), QStringLiteral("list") }, {}, 3, says({ "not a file" }) });
    add("--db not a store", { { QStringLiteral("--db"), QStringLiteral("{file}"), QStringLiteral("case"), QStringLiteral("list") }, QByteArray("this is not a database, just text that is long enough to have a header of one hundred bytes........"), 3, says({ "damaged" }) });

    // --- Options and arguments ----------------------------------------------
    add("unknown command", { { QStringLiteral("frobnicate") }, {}, 2, says({ "frobnicate" }) });
    add("unknown global option", { { QStringLiteral("--frob"), QStringLiteral("case"), QStringLiteral("list") }, {}, 2, says({ "--frob" }) });
    add("case list --pin", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--pin"), QStringLiteral("999") }, {}, 2, says({ "--pin" }) });
    add("case list --as nobody", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("nobody") }, {}, 2, says({ "--as" }) });
    add("case list --state unknown", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost") }, {}, 2, says({ "lost" }) });
    add("case list --limit negative", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-5") }, {}, 2, says({ "--limit" }) });
    add("case list --limit not a number", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("ten") }, {}, 2, says({ "--limit" }) });
    add("case list extra argument", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("open") }, {}, 2, says({ "no arguments" }) });
    add("case show negative id", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("-1") }, {}, 2, says({ "positive" }) });
    add("case show id zero", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("0") }, {}, 2, says({ "positive" }) });
    add("case show id not a number", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("abc") }, {}, 2, says({ "positive integer" }) });
    add("case show id too large", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("99999999999999999999999") }, {}, 2, says({ "positive" }) });
    add("case show no such case", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("987654") }, {}, 1, says({ "987654" }) });
    add("case show --reveal --as", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("{case}"), QStringLiteral("--reveal"), QStringLiteral("--as"), QStringLiteral("robot") }, {}, 2, says({ "--as", "admin or support" }) });
    add("case show without id", { { QStringLiteral("case"), QStringLiteral("show") }, {}, 2, says({ "ID" }) });
    add("case unknown subcommand", { { QStringLiteral("case"), QStringLiteral("explode") }, {}, 2, says({ "explode" }) });
    add("advance unknown event", { advance({ QStringLiteral("teleport") }), {}, 2, says({ "teleport" }) });
    add("advance --as robot", { advance({ QStringLiteral("portable"), QStringLiteral("--as"), QStringLiteral("robot") }), {}, 2, says({ "--as", "admin or support" }) });
    add("advance by the wrong role", { advance({ QStringLiteral("portable"), QStringLiteral("--as"), QStringLiteral("admin") }), {}, 1, says({ "support" }) });
    add("advance not allowed now", { advance({ QStringLiteral("confirm-foc"), QStringLiteral("--as"), QStringLiteral("admin") }), {}, 1, says({ "event.illegal-state", "Confirm FOC" }) });
    add("advance not-portable without reason", { advance({ QStringLiteral("not-portable"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "--reason" }) });
    add("advance reason 5,000 characters", { advance({ QStringLiteral("not-portable"), QStringLiteral("--reason"), many("r", 5000), QStringLiteral("--as"), QStringLiteral("support") }), {}, 1, says({ "reason", "too-long" }) });
    add("advance reason with escape", { advance({ QStringLiteral("not-portable"), QStringLiteral("--reason"), QStringLiteral("bad\x1b[31m"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 1, says({ "reason", "control-character" }) });
    add("advance request-change unknown field", { advance({ QStringLiteral("request-change"), QStringLiteral("--fields"), QStringLiteral("shoeSize"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "shoeSize" }) });
    add("advance --pin on a port-in", { advance({ QStringLiteral("portable"), QStringLiteral("--pin"), QStringLiteral("1234"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "--pin" }) });
    add("inventory list --status unknown", { { QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Lost") }, {}, 2, says({ "Lost" }) });
    add("inventory list --prefix letters", { { QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--prefix"), QStringLiteral("abc") }, {}, 2, says({ "--prefix" }) });
    add("inventory assign without target", { { QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+12064440390") }, {}, 2, says({ "--user" }) });
    add("inventory assign both targets", { { QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+12064440390"), QStringLiteral("--user"), QStringLiteral("a@example.com"), QStringLiteral("--voice-connector"), QStringLiteral("pbx-east") }, {}, 2, says({ "--voice-connector" }) });
    add("inventory assign invalid email", { { QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+12064440390"), QStringLiteral("--user"), QStringLiteral("not an email") }, {}, 1, says({ "not an email" }) });
    add("inventory assign unknown number", { { QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+12064440397"), QStringLiteral("--user"), QStringLiteral("a@example.com") }, {}, 1, says({ "(206) 444-0397" }) });
    add("inventory assign number 40 characters", { { QStringLiteral("inventory"), QStringLiteral("assign"), many("5", 40), QStringLiteral("--user"), QStringLiteral("a@example.com") }, {}, 1, says({ "number.too-long" }) });
    add("inventory show unreadable number", { { QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("tomato") }, {}, 1, says({ "tomato" }) });
    add("inventory export format xml", { { QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml") }, {}, 2, says({ "--format json" }) });
    add("inventory import CSV", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray("E164PhoneNumber,Status\n+12064440396,Unassigned\n"), 1, says({ "import.unreadable" }) });
    add("inventory import wrong shape", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray(R"({"Numbers": []})"), 1, says({ "PhoneNumbers" }) });
    add("inventory import foreign number", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray(R"({"PhoneNumbers": [{"E164PhoneNumber": "+14165550123", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned"}]})"), 1, says({ "Canada" }) });
    add("inventory import number twice", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray(R"({"PhoneNumbers": [{"E164PhoneNumber": "+12064440395", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned"}, {"E164PhoneNumber": "+12064440395", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned"}]})"), 1, says({ "(206) 444-0395" }) });
    add("inventory import unknown status", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray(R"({"PhoneNumbers": [{"E164PhoneNumber": "+12064440394", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Sleeping"}]})"), 1, says({ "Sleeping" }) });
    add("inventory import NUL in a number", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{file}") }, QByteArray(R"({"PhoneNumbers": [{"E164PhoneNumber": "+1206444\u00000393", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned"}]})"), 1, says({ "control character", "import.number-invalid" }) });
    add("inventory import missing file", { { QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("{dir}/none.json") }, {}, 1, says({ "none.json", "import.file-unreadable" }) });
    add("voice-connector create empty name", { { QStringLiteral("voice-connector"), QStringLiteral("create"), QString() }, {}, 1, says({ "name" }) });
    add("voice-connector create 101 characters", { { QStringLiteral("voice-connector"), QStringLiteral("create"), many("v", 101) }, {}, 1, says({ "voiceConnector.name-invalid", "up to 100" }) });
    add("voice-connector create twice", { { QStringLiteral("voice-connector"), QStringLiteral("create"), QStringLiteral("pbx-east") }, {}, 1, says({ "pbx-east" }) });
    add("user add invalid email", { { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("jane") }, {}, 1, says({ "jane" }) });
    add("loa export --out a file", { { QStringLiteral("loa"), QStringLiteral("export"), QStringLiteral("{case}"), QStringLiteral("--out"), QStringLiteral("{file}") }, QByteArray("x"), 2, says({ "folder" }) });
    add("loa export --lang unknown", { { QStringLiteral("loa"), QStringLiteral("export"), QStringLiteral("{case}"), QStringLiteral("--out"), QStringLiteral("{dir}"), QStringLiteral("--lang"), QStringLiteral("tlh") }, {}, 2, says({ "tlh" }) });
    add("loa attach missing file", { { QStringLiteral("loa"), QStringLiteral("attach"), QStringLiteral("{case}"), QStringLiteral("{dir}/none.pdf") }, {}, 1, says({ "none.pdf", "no such file", "attachment.unreadable" }) });
    // Issue 15 item 3: reveals, secrets off the command line, secrets in free text.
    add("case show --as without --reveal", { { QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("{case}"), QStringLiteral("--as"), QStringLiteral("support") }, {}, 2, says({ "--as", "--reveal" }) });
    add("advance reveal", { advance({ QStringLiteral("reveal") }), {}, 2, says({ "case show", "--reveal" }) });
    add("not-portable reason with the PIN", { advance({ QStringLiteral("not-portable"), QStringLiteral("--reason"), QStringLiteral("PIN 9876 refused"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 1, says({ "reason.contains-secret", "the PIN of carrier group 1 (Example Telecom)" }) });
    add("cancel reason with the account number", { advance({ QStringLiteral("cancel"), QStringLiteral("--reason"), QStringLiteral("acct 1234-5678 closed") }), {}, 1, says({ "reason.contains-secret", "the account number of carrier group 1" }) });
    add("reject-numbers reason with the PIN", { advance({ QStringLiteral("reject-numbers"), QStringLiteral("--numbers"), QStringLiteral("+12064440391"), QStringLiteral("--reason"), QStringLiteral("wrong PIN (9876)"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 1, says({ "reason.contains-secret", "PIN" }) });
    add("advance --pin-file on a port-in step", { advance({ QStringLiteral("portable"), QStringLiteral("--pin-file"), QStringLiteral("{file}"), QStringLiteral("--as"), QStringLiteral("support") }), QByteArray("482915\n"), 2, says({ "--pin-file" }) });
    add("issue-pin without the account ID", { advance({ QStringLiteral("issue-pin"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "account ID", "--account-id-file" }) });
    add("issue-pin --account-id - with nothing on stdin", { advance({ QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("-"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "account ID", "standard input" }) });
    add("issue-pin --account-id-file missing", { advance({ QStringLiteral("issue-pin"), QStringLiteral("--account-id-file"), QStringLiteral("{dir}/none"), QStringLiteral("--as"), QStringLiteral("support") }), {}, 2, says({ "--account-id-file", "none" }) });
    add("issue-pin --pin-file empty", { advance({ QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-1"), QStringLiteral("--pin-file"), QStringLiteral("{file}"), QStringLiteral("--as"), QStringLiteral("support") }), QByteArray("\n"), 2, says({ "--pin-file", "empty" }) });
    add("issue-pin --pin and --pin-file", { advance({ QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-1"), QStringLiteral("--pin"), QStringLiteral("482915"), QStringLiteral("--pin-file"), QStringLiteral("{file}"), QStringLiteral("--as"), QStringLiteral("support") }), QByteArray("482915\n"), 2, says({ "--pin", "--pin-file", "not both" }) });
    add("loa sign title with the PIN", { { QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("{case}"), QStringLiteral("--name"), QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral("CFO 9876") }, {}, 1, says({ "signerTitle", "loa.signer-title.contains-secret", "the PIN of carrier group 1" }) });
    add("loa sign name 101 characters", { { QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("{case}"), QStringLiteral("--name"), many("n", 101), QStringLiteral("--title"), QStringLiteral("CFO") }, {}, 1, says({ "signerName", "loa.signer-name.too-long" }) });
    // Issue 16 item 7: the same refusals under --json, as one JSON object on stderr.
    add("json: number refused", { validate + QStringList { s("abc"), s("--json") }, {}, 1, says({ "\"rule\":\"number.unreadable\"", "\"field\":\"abc\"", "\"exit\":1" }) });
    add("json: request refused", { submit + QStringList { s("--json") }, portIn([](QJsonObject &r) { r.remove(QStringLiteral("adminEmail")); }), 1, says({ "\"field\":\"adminEmail\"", "\"rule\":\"adminEmail.required\"" }) });
    add("json: unknown option", { { QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("--json") }, {}, 2, says({ "\"rule\":\"cli.usage\"", "\"field\":\"--colour\"", "\"exit\":2" }) });
}

void TestCliBadInputs::catalogue()
{
    QFETCH(Row, row);
    const QString dir = m_files.filePath(QString::fromLatin1(QTest::currentDataTag()).left(3));
    QDir().mkpath(dir);
    const QString file = dir + QStringLiteral("/input");
    QStringList args;
    for (QString a : std::as_const(row.args)) {
        a.replace(QLatin1String("{file}"), file);
        a.replace(QLatin1String("{case}"), m_case);
        a.replace(QLatin1String("{dir}"), dir);
        args << a;
    }
    if (!row.file.isNull()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(row.file);
    }
    const int before = caseCount();
    QElapsedTimer timer;
    timer.start();
    const ProgramRun r = cli(args);
    const qint64 ms = timer.elapsed();
    const QString said = r.err + r.out;
    QVERIFY2(r.exitCode == row.exitCode,
        qPrintable(QStringLiteral("exit %1, expected %2\nstderr: %3\nstdout: %4")
                       .arg(r.exitCode)
                       .arg(row.exitCode)
                       .arg(r.err.left(1500), r.out.left(500))));
    for (const QString &word : std::as_const(row.says))
        QVERIFY2(said.contains(word, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" not said in:\n%2").arg(word, said.left(1500))));
    // A refusal is a few sentences, never the input echoed back.
    QVERIFY2(said.size() < 20000, qPrintable(QString::number(said.size())));
    QCOMPARE(caseCount(), before);
    qDebug("%lld ms", ms);
}

QTEST_GUILESS_MAIN(TestCliBadInputs)
#include "tst_clibadinputs.moc"
