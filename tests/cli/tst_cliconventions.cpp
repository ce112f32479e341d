// SPDX-License-Identifier: Apache-2.0
// Issue 16 item 7, CLI conventions, through the real portdesk-cli on the
// test's engine: the global options after the command as before it, the
// JSON error object on stderr under --json (exit 1, 2 and 3), and - for
// standard input wherever a file is read.
#include "ProgramRun.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Monday 2 November 2026, 15:00 UTC: every run's clock.
const QString kNow = QStringLiteral("2026-11-02T15:00:00Z");

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray portInRequest(const QString &number, const char *extra = "")
{
    return QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-08:00", "timeZone": "America/Los_Angeles", %2
  "carriers": [{"carrier": "Example Telecom", "btn": "+12064440100", "authorizingPerson": "Jane Roe",
    "authorizingTitle": "Office Manager", "authorizingPhone": "(206) 444-9911",
    "customerType": "business", "portType": "full", "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["%1"]}]})")
        .arg(number, QString::fromUtf8(extra))
        .toUtf8();
}

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// The JSON object of stderr under --json, or an empty one.
QJsonObject errorObject(const ProgramRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.err.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// A 1x1 PNG: a drawn signature, binary.
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhf"
                                  "DwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

} // namespace

class TestCliConventions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void globalOptionsAfterTheCommand_data();
    void globalOptionsAfterTheCommand();
    void globalOptionsConflicting_data();
    void globalOptionsConflicting();
    void errorsAsJson_data();
    void errorsAsJson();
    void standardInput_data();
    void standardInput();

private:
    // Runs portdesk-cli as given (no global options added), "{db}" the
    // store's URL, "{case}" the fixture's port-in, "{portout}" its port-out.
    ProgramRun run(const QStringList &args, const QByteArray &input = QByteArray());
    QString filled(QString text) const;

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_home;
    QString m_case;
    QString m_portOut;
};

QString TestCliConventions::filled(QString text) const
{
    text.replace(QLatin1String("{db}"), m_db->url());
    text.replace(QLatin1String("{case}"), m_case);
    text.replace(QLatin1String("{portout}"), m_portOut);
    text.replace(QLatin1String("{home}"), m_home.path());
    return text;
}

ProgramRun TestCliConventions::run(const QStringList &args, const QByteArray &input)
{
    QStringList filledArgs;
    for (const QString &a : args)
        filledArgs << filled(a);
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH), filledArgs,
        { { QStringLiteral("XDG_DATA_HOME"), m_home.path() },
            { QStringLiteral("XDG_CONFIG_HOME"), m_home.path() },
            // Qt's own warning of a missing runtime folder would join stderr.
            { QStringLiteral("XDG_RUNTIME_DIR"), m_home.path() } },
        input);
}

void TestCliConventions::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QStringList globals { QStringLiteral("--db"), QStringLiteral("{db}"),
        QStringLiteral("--now"), kNow };
    ProgramRun r = run(globals + words("inventory import -"),
        R"({"PhoneNumbers": [{"E164PhoneNumber": "+12064440390", "Type": "Local",
            "ProductType": "BusinessCalling", "Status": "Unassigned"}]})");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(globals + words("port-in submit -"), portInRequest(QStringLiteral("+12064440391")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_case = r.out.trimmed();
    r = run(globals + words("port-out submit -"),
        R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com", "numbers": ["+12064440390"]})");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_portOut = r.out.trimmed();
    QVERIFY(m_case.toLongLong() > 0 && m_portOut.toLongLong() > m_case.toLongLong());
}

void TestCliConventions::globalOptionsAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("after"); // the global options, after the command
    const QStringList commands[] = { words("case list"), words("case show {case}"),
        words("case list --state submitted"), words("inventory list --status PortoutInProgress"),
        words("inventory show +12064440390"), words("voice-connector list"), words("user list"),
        words("loa status {case}"), words("clock tick"), words("validate +12064440100 2065550150") };
    const QStringList positions[] = { words("--db {db} --now 2026-11-02T15:00:00Z --json"),
        words("--json --db={db} --now=2026-11-02T15:00:00Z"),
        words("--now 2026-11-02T15:00:00Z --db {db} --read-only --json") };
    int n = 0;
    for (const QStringList &command : commands)
        for (const QStringList &after : positions)
            QTest::addRow("%02d %s", ++n, qPrintable(command.join(QLatin1Char(' ')))) << command << after;
    // Some before, some after, with a command's option between.
    QTest::newRow("split") << words("--db {db} case list --limit 5") << words("--json");
}

void TestCliConventions::globalOptionsAfterTheCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, after);
    // The same options before the command: the form scripts use today.
    const ProgramRun before = run(after + command);
    const ProgramRun behind = run(command + after);
    QVERIFY2(before.exitCode == 0 || before.exitCode == 1, qPrintable(before.err));
    QCOMPARE(behind.exitCode, before.exitCode);
    QCOMPARE(behind.out, before.out);
    QVERIFY(!before.out.isEmpty() || command.first() == QLatin1String("clock"));
    if (after.contains(QStringLiteral("--json")) && !before.out.isEmpty())
        QVERIFY2(!behind.json().isNull(), qPrintable(behind.out));
}

void TestCliConventions::globalOptionsConflicting_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said"); // in stderr
    QTest::newRow("--db twice, different") << words("--db {db} case list --db {home}/other.sqlite") << 2 << S("--db is given before and after the command");
    QTest::newRow("--now twice, different") << words("--db {db} --now 2026-11-02T15:00:00Z case list --now 2026-11-03T15:00:00Z") << 2 << S("--now is given before and after the command");
    QTest::newRow("--db before and after, the same") << words("--db {db} case list --db {db}") << 0 << S("");
    QTest::newRow("--db twice before: the last counts, as ever") << words("--db {home}/other.sqlite --db {db} case show {case}") << 0 << S("");
    QTest::newRow("--db after, no value") << words("case list --db") << 2 << S("--db needs a store URL");
    QTest::newRow("--now after, not a time") << words("case list --db {db} --now soon") << 2 << S("--now needs a date");
    QTest::newRow("unknown option still refused") << words("--db {db} case list --jsn") << 2 << S("jsn");
    QTest::newRow("an option's value stays its value") << words("--db {db} case advance {case} request-change --as support --fields --json") << 2 << S("\"--json\" is not a field");
    QTest::newRow("after -- nothing is an option") << words("--db {db} inventory show -- --json") << 1 << S("--json");
}

void TestCliConventions::globalOptionsConflicting()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const ProgramRun r = run(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    // Without --json as a global option, stderr stays text.
    QVERIFY(errorObject(r).isEmpty());
}

void TestCliConventions::errorsAsJson_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // in the error's message
    QTest::addColumn<QString>("text"); // without --json: this line on stderr as ever
    const QStringList db = words("--db {db} --now 2026-11-02T15:00:00Z");
    const QByteArray tooLong = portInRequest(QStringLiteral("+12064440392\", \"") + QString(40, QLatin1Char('5')));
    QTest::newRow("1 request refused") << db + words("port-in submit -") << tooLong << 1 << S("number.too-long") << S("carriers[0].numbers[1]") << S("at most 30") << S("carriers[0].numbers[1]: ");
    QTest::newRow("1 no such case") << db + words("case show 987654") << QByteArray() << 1 << S("case.unknown") << S("id") << S("987654") << S("Case 987654 does not exist.\n");
    QTest::newRow("1 wrong role") << db + words("case advance {case} portable --as admin") << QByteArray() << 1 << S("event.wrong-role") << S("event") << S("support") << S("");
    QTest::newRow("1 number refused in a bulk") << db + words("inventory delete +12064440390 +12064440393 --partial") << QByteArray() << 1 << S("inventory.not-found") << S("+12064440393") << S("not in the phone number inventory") << S("+12064440393: ");
    QTest::newRow("1 validate") << db + words("validate +14165550123") << QByteArray() << 1 << S("number.foreign-country") << S("+14165550123") << S("Canada") << S("");
    QTest::newRow("2 unknown option") << db + words("case list --colour") << QByteArray() << 2 << S("cli.usage") << S("--colour") << S("colour") << S("Unknown option 'colour'.\n");
    QTest::newRow("2 option of another command") << db + words("case list --pin 999") << QByteArray() << 2 << S("cli.usage") << S("--pin") << S("does not take --pin") << S("");
    QTest::newRow("2 no command") << db << QByteArray() << 2 << S("cli.usage") << S("") << S("No command given") << S("No command given.\n");
    QTest::newRow("2 --db conflict") << db + words("case list --db {home}/b.sqlite") << QByteArray() << 2 << S("cli.usage") << S("--db") << S("before and after") << S("");
    QTest::newRow("2 bad request JSON") << db + words("port-in submit -") << QByteArray("{not json") << 2 << S("cli.usage") << S("") << S("not valid JSON") << S("");
    QTest::newRow("3 store unavailable") << words("--db {home}/no/such/dir/x.sqlite case list") << QByteArray() << 3 << S("store.unavailable") << S("") << S("cannot be opened") << S("");
}

void TestCliConventions::errorsAsJson()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, text);
    // --json before and after the command: the same one object on stderr.
    for (const bool after : { false, true }) {
        const ProgramRun r = run(after ? args + QStringList { QStringLiteral("--json") }
                                       : QStringList { QStringLiteral("--json") } + args,
            input);
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        const QJsonObject o = errorObject(r);
        QVERIFY2(!o.isEmpty(), qPrintable(r.err));
        QCOMPARE(o.value(QStringLiteral("exit")).toInt(), exitCode);
        QVERIFY(o.value(QStringLiteral("warnings")).isArray());
        bool found = false;
        for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject error = e.toObject();
            QCOMPARE(error.keys(), (QStringList { QStringLiteral("field"), QStringLiteral("message"), QStringLiteral("rule") }));
            found = found
                || (error.value(QStringLiteral("rule")).toString() == rule
                    && error.value(QStringLiteral("field")).toString() == filled(field)
                    && error.value(QStringLiteral("message")).toString().contains(message));
        }
        QVERIFY2(found, qPrintable(r.err));
    }
    // Without --json: the text as ever, no JSON.
    const ProgramRun plain = run(args, input);
    QCOMPARE(plain.exitCode, exitCode);
    QVERIFY(errorObject(plain).isEmpty());
    QVERIFY2(plain.err.contains(filled(text)), qPrintable(plain.err));
    if (exitCode == 2 && !args.contains(QStringLiteral("-")))
        QVERIFY2(plain.err.contains(QLatin1String("Usage:")) || field == QLatin1String("--db"),
            qPrintable(plain.err)); // the help follows the message, as ever
}

void TestCliConventions::standardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said"); // on stdout or stderr
    const QStringList db = words("--db {db} --now 2026-11-02T15:00:00Z");
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray("\x00\x01\xfe\xff", 4)
        + QByteArray(" binary\n%%EOF\n");
    QTest::newRow("port-in submit --dry-run -") << db + words("--json port-in submit - --dry-run") << portInRequest(QStringLiteral("+12064440394"), R"("acountNumber": "1",)") << 0 << S("acountNumber");
    QTest::newRow("port-in submit - not an object") << db + words("port-in submit -") << QByteArray("[]") << 2 << S("- must hold one JSON object");
    QTest::newRow("case correct ID -") << db + words("case correct {case} -") << QByteArray("{oops") << 2 << S("- is not valid JSON");
    QTest::newRow("inventory import -") << db + words("--json inventory import -") << QByteArray(R"({"PhoneNumbers": [{"E164PhoneNumber": "+12064440395", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned"}]})") << 0 << S("\"imported\":1");
    QTest::newRow("loa attach ID - (binary)") << db + words("loa attach {case} - --kind customer-service-record") << pdf << 0 << S("");
    QTest::newRow("loa attach ID - not a PDF") << db + words("loa attach {case} -") << QByteArray("hello") << 1 << S("attachment.type");
    QTest::newRow("loa sign --signature - (binary)") << db + words("--json loa sign {case} --name Jane --title CFO --signature -") << png() << 0 << S("\"version\"");
    QTest::newRow("loa sign --request -") << db + words("loa sign {case} --name Jane --title CFO --request -") << QByteArray("{") << 2 << S("--request");
    QTest::newRow("stdin read once") << db + words("loa sign {case} --name Jane --title CFO --signature - --request -") << png() << 2 << S("standard input (-) is read once");
    QTest::newRow("issue-pin --account-id-file - --pin-file -") << db + words("case advance {portout} issue-pin --account-id-file - --pin-file - --as support") << QByteArray("PD-7788\n482915\n") << 0 << S("pin-issued");
    QTest::newRow("notify --password-file - refused") << db + words("notify settings --password-file -") << QByteArray("secret\n") << 1 << S("notify.password-file");
}

void TestCliConventions::standardInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const ProgramRun r = run(args, input);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.err, r.out)));
    QVERIFY2(QString(r.out + r.err).contains(said), qPrintable(r.err + r.out));
    // A secret read from standard input is not said to be on the command line.
    QVERIFY2(!r.err.contains(QLatin1String("on-command-line")), qPrintable(r.err));
    if (QTest::currentDataTag() == QByteArray("loa attach ID - (binary)")) {
        const ProgramRun files = run(words("--db {db} --json loa files {case}"));
        const QJsonObject file = files.json().array().last().toObject();
        QCOMPARE(file.value(QStringLiteral("fileName")).toString(), QStringLiteral("customer-service-record.pdf"));
        QCOMPARE(file.value(QStringLiteral("sizeBytes")).toInt(), int(input.size()));
    }
}

QTEST_GUILESS_MAIN(TestCliConventions)
#include "tst_cliconventions.moc"
