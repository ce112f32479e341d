// SPDX-License-Identifier: Apache-2.0
// Port-out protection through the real portdesk-cli binary: issue-pin
// without --pin generates a PIN, prints it once and stores it; a weak --pin
// is refused like any rule (exit 1), its rule on stderr and in --json, and
// nothing changes.

#include "ProgramRun.h"
#include "TestDatabase.h"

#include "core/PortOutPin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace portdesk;

namespace {

using Run = ProgramRun;

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// Two Unassigned Business Calling numbers, as the service's ListPhoneNumbers.
const char kInventory[] = R"({"PhoneNumbers": [
  {"PhoneNumberId": "+12064445201", "E164PhoneNumber": "+12064445201", "Country": "US",
   "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned", "Associations": [],
   "CreatedTimestamp": "2026-10-01T12:00:00.000Z", "UpdatedTimestamp": "2026-10-02T12:00:00.000Z"},
  {"PhoneNumberId": "+12064445202", "E164PhoneNumber": "+12064445202", "Country": "US",
   "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned", "Associations": [],
   "CreatedTimestamp": "2026-10-01T12:00:00.000Z", "UpdatedTimestamp": "2026-10-02T12:00:00.000Z"}
]})";

} // namespace

class TestCliPortOutPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void generatedWhenNoPinIsGiven();
    void weakPinRefused_data();
    void weakPinRefused();
    void strongPinAccepted();
    void helpSaysTheRule();

private:
    Run cli(const QStringList &args);
    // A port-out case of one of the two numbers, as the admin files it.
    QString portOut(const QString &e164);
    QJsonObject show(const QString &id, bool reveal);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
};

void TestCliPortOutPin::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

void TestCliPortOutPin::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString file = m_files.filePath(QStringLiteral("inventory.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kInventory);
    f.close();
    const Run r = cli({ QStringLiteral("inventory"), QStringLiteral("import"), file });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

Run TestCliPortOutPin::cli(const QStringList &args)
{
    const QStringList all = QStringList { QStringLiteral("--db"), m_db->url(),
                                QStringLiteral("--now"), QStringLiteral("2026-11-02T15:00:00Z") }
        + args;
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH), all,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() } });
}

QString TestCliPortOutPin::portOut(const QString &e164)
{
    const QString file = m_files.filePath(QStringLiteral("out.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
                               "numbers": ["%1"]})")
                .arg(e164)
                .toUtf8());
    f.close();
    const Run r = cli({ QStringLiteral("port-out"), QStringLiteral("submit"), file });
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    return r.out.trimmed();
}

QJsonObject TestCliPortOutPin::show(const QString &id, bool reveal)
{
    QStringList args { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id };
    if (reveal)
        args << QStringLiteral("--reveal");
    const Run r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.object();
}

void TestCliPortOutPin::generatedWhenNoPinIsGiven()
{
    // Text: the state first (as before), then the PIN, once.
    const QString first = portOut(QStringLiteral("+12064445201"));
    QVERIFY(!first.isEmpty());
    Run r = cli({ QStringLiteral("case"), QStringLiteral("advance"), first,
        QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-501") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QStringLiteral("pin-issued"));
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("\\b(\\d{6,})\\b")).match(lines.at(1));
    QVERIFY2(m.hasMatch(), qPrintable(lines.at(1)));
    const QString textPin = m.captured(1);
    QVERIFY2(PortOutPin::isStrong(textPin), qPrintable(textPin));
    QCOMPARE(r.out.count(textPin), 1);
    QVERIFY2(!r.err.contains(textPin), qPrintable(r.err));
    QCOMPARE(show(first, true).value(QStringLiteral("portOutPin")).toString(), textPin);
    // Masked without --reveal.
    QVERIFY(!QJsonDocument(show(first, false)).toJson().contains(textPin.toUtf8()));

    // --json: the contract's keys as before, and the new one.
    const QString second = portOut(QStringLiteral("+12064445202"));
    QVERIFY(!second.isEmpty());
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"), second,
        QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-502") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject json = r.object();
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), second.toLongLong());
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("pin-issued"));
    QCOMPARE(json.value(QStringLiteral("orderStatus")).toString(),
        show(second, false).value(QStringLiteral("orderStatus")).toString());
    const QString jsonPin = json.value(QStringLiteral("generatedPin")).toString();
    QVERIFY2(jsonPin.size() >= PortOutPin::minimumLength, qPrintable(r.out));
    QVERIFY2(PortOutPin::isStrong(jsonPin), qPrintable(jsonPin));
    QCOMPARE(r.out.count(jsonPin), 1);
    QCOMPARE(show(second, true).value(QStringLiteral("portOutPin")).toString(), jsonPin);
    // The history carries the step, never the PIN.
    const QJsonObject shown = show(second, false);
    QVERIFY(!QJsonDocument(shown).toJson().contains(jsonPin.toUtf8()));
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("pin-issued"));
}

void TestCliPortOutPin::weakPinRefused_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("rule");
    QTest::newRow("four digits") << QStringLiteral("5150") << QStringLiteral("pin.too-short");
    // (Not the PINs the messages give as examples: the message never says the PIN.)
    QTest::newRow("repeated") << QStringLiteral("333333") << QStringLiteral("pin.repeated");
    QTest::newRow("up") << QStringLiteral("345678") << QStringLiteral("pin.sequential");
    QTest::newRow("down") << QStringLiteral("765432") << QStringLiteral("pin.sequential");
    QTest::newRow("up from zero") << QStringLiteral("012345") << QStringLiteral("pin.sequential");
    QTest::newRow("letters") << QStringLiteral("48a915") << QStringLiteral("pin.not-digits");
}

void TestCliPortOutPin::weakPinRefused()
{
    QFETCH(QString, pin);
    QFETCH(QString, rule);
    const QString id = portOut(QStringLiteral("+12064445201"));
    QVERIFY(!id.isEmpty());

    // Text: exit 1, "pin: sentence [rule]" on stderr, nothing on stdout.
    Run r = cli({ QStringLiteral("case"), QStringLiteral("advance"), id, QStringLiteral("issue-pin"),
        QStringLiteral("--account-id"), QStringLiteral("PD-9"), QStringLiteral("--pin"), pin });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("pin: ")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("[") + rule + QStringLiteral("]")), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(pin), qPrintable(describe(r)));

    // --json: the same exit status, the refusal as data.
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"), id,
        QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-9"),
        QStringLiteral("--pin"), pin });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray violations = r.object().value(QStringLiteral("violations")).toArray();
    QVERIFY2(violations.size() == 1, qPrintable(describe(r)));
    const QJsonObject v = violations.first().toObject();
    QCOMPARE(v.value(QStringLiteral("rule")).toString(), rule);
    QCOMPARE(v.value(QStringLiteral("field")).toString(), QStringLiteral("pin"));
    QCOMPARE(v.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(!v.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(r.object().value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QVERIFY(!r.object().contains(QStringLiteral("generatedPin")));

    // Nothing changed.
    const QJsonObject shown = show(id, true);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QVERIFY(shown.value(QStringLiteral("portOutPin")).isNull());
}

void TestCliPortOutPin::strongPinAccepted()
{
    // Pairs and a leading zero are fine; the PIN given is the PIN stored,
    // and nothing is generated.
    const QString id = portOut(QStringLiteral("+12064445202"));
    QVERIFY(!id.isEmpty());
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"),
        id, QStringLiteral("issue-pin"), QStringLiteral("--account-id"), QStringLiteral("PD-10"),
        QStringLiteral("--pin"), QStringLiteral("011223") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!r.object().contains(QStringLiteral("generatedPin")));
    QVERIFY(!r.out.contains(QStringLiteral("011223")));
    QCOMPARE(show(id, true).value(QStringLiteral("portOutPin")).toString(), QStringLiteral("011223"));
}

void TestCliPortOutPin::helpSaysTheRule()
{
    const Run r = cli({ QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    // The secrets off the command line first (issue 15); --pin PIN still named.
    QVERIFY(r.out.contains(QStringLiteral("issue-pin --account-id-file FILE [--pin-file FILE]")));
    QVERIFY(r.out.contains(QStringLiteral("--pin -|PIN")));
    QVERIFY(r.out.contains(QStringLiteral("pin.on-command-line")));
    for (const char *rule : { "pin.not-digits", "pin.too-short", "pin.repeated", "pin.sequential" })
        QVERIFY2(r.out.contains(QLatin1String(rule)), rule);
}

QTEST_GUILESS_MAIN(TestCliPortOutPin)
#include "tst_cliportoutpin.moc"
