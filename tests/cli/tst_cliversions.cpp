// SPDX-License-Identifier: Apache-2.0
// Versions through the real portdesk-cli binary, on both engines: case
// show/list --json and inventory show/list --json give "version"; case
// advance and case correct take --expect-version N, inventory assign,
// unassign, delete and restore --expect-version N (one number) or
// --expect-versions N1,N2 (several): a stale version exits 1 with
// case.changed / number.changed on stderr (and as data with --json);
// without the option the CLI behaves as before; a bad version is usage (2).

#include "ProgramRun.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using Run = ProgramRun;

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// Two Seattle numbers, a port on Wednesday 20 January 2027 (Pacific).
const char kRequest[] = R"({
  "productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2027-01-20T10:00:00-08:00", "btnOption": "none",
  "carriers": [{
    "carrier": "Example Telecom", "btn": "+12064445400", "authorizingPerson": "Jane Roe",
    "authorizingTitle": "Office Manager", "authorizingPhone": "+12064445400",
    "authorizingEmail": "jane@example.com", "customerType": "business", "portType": "full",
    "accountNumber": "12345", "pin": "9876", "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["+12064445401", "+12064445402"]
  }]
})";

const QString kNow = QStringLiteral("2026-12-21T10:00:00-08:00");
const QString kFoc = QStringLiteral("2027-01-19T10:00:00-08:00");

} // namespace

class TestCliVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void caseVersions();
    void badVersionIsUsage_data();
    void badVersionIsUsage();
    void numberVersions();

private:
    Run cli(const QStringList &args, const QString &now = kNow);
    Run advance(const QStringList &step);
    int caseVersion();
    int numberVersion(const QString &e164);
    void toInventory();

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    QString m_id;
};

void TestCliVersions::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

// A fresh store with the case at carrier approved (version 5).
void TestCliVersions::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString file = m_files.filePath(QStringLiteral("request.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kRequest);
    f.close();
    Run r = cli({ QStringLiteral("port-in"), QStringLiteral("submit"), file });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_id = r.out.trimmed();
    for (const char *step : { "portable", "request-loa" }) {
        r = advance({ QLatin1String(step) });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    r = cli({ QStringLiteral("loa"), QStringLiteral("sign"), m_id, QStringLiteral("--name"),
        QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral("Office Manager") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const char *step : { "submit-loa", "approve" }) {
        r = advance({ QLatin1String(step) });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
}

Run TestCliVersions::cli(const QStringList &args, const QString &now)
{
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
        QStringList { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), now } + args,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() } });
}

Run TestCliVersions::advance(const QStringList &step)
{
    return cli(QStringList { QStringLiteral("case"), QStringLiteral("advance"), m_id } + step);
}

int TestCliVersions::caseVersion()
{
    const Run r
        = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_id });
    if (r.exitCode != 0)
        return -1;
    const QJsonValue v
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("version"));
    return v.isDouble() ? v.toInt() : -1;
}

int TestCliVersions::numberVersion(const QString &e164)
{
    const Run r = cli(
        { QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("show"), e164 });
    if (r.exitCode != 0)
        return -1;
    const QJsonValue v
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("version"));
    return v.isDouble() ? v.toInt() : -1;
}

void TestCliVersions::caseVersions()
{
    QCOMPARE(caseVersion(), 5);
    Run r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("version")).toInt(), 5);

    // On the version read: done, and the version grows by one.
    r = advance({ QStringLiteral("set-foc"), QStringLiteral("--at"), kFoc,
        QStringLiteral("--expect-version"), QStringLiteral("5") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(caseVersion(), 6);
    // On the old one: refused, exit 1, the rule and who on stderr; unchanged.
    r = advance(
        { QStringLiteral("confirm-foc"), QStringLiteral("--expect-version"), QStringLiteral("5") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("[case.changed]")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("Case %1 was changed by ").arg(m_id)),
        qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("(Set FOC; now version 6, yours was 5); your change "
                                           "was not applied.")),
        qPrintable(describe(r)));
    QCOMPARE(caseVersion(), 6);
    // --json: the refusal as data, as other refusals.
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"), m_id,
        QStringLiteral("confirm-foc"), QStringLiteral("--expect-version"), QStringLiteral("4") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray violations = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("violations"))
                                      .toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().toObject().value(QStringLiteral("rule")).toString(),
        QStringLiteral("case.changed"));
    // Without the option: as before.
    r = advance({ QStringLiteral("confirm-foc") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(caseVersion(), 7);
}

void TestCliVersions::badVersionIsUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("advance: not a number")
        << QStringList { QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"),
               QStringLiteral("approve"), QStringLiteral("--expect-version"), QStringLiteral("x") };
    QTest::newRow("advance: negative")
        << QStringList { QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"),
               QStringLiteral("approve"), QStringLiteral("--expect-version=-1") };
    QTest::newRow("correct: not a number")
        << QStringList { QStringLiteral("case"), QStringLiteral("correct"), QStringLiteral("1"),
               QStringLiteral("r.json"), QStringLiteral("--expect-version"), QStringLiteral("") };
    QTest::newRow("inventory: one version for two numbers")
        << QStringList { QStringLiteral("inventory"), QStringLiteral("delete"),
               QStringLiteral("+12064445401"), QStringLiteral("+12064445402"),
               QStringLiteral("--expect-version"), QStringLiteral("1") };
    QTest::newRow("inventory: versions miscounted") << QStringList { QStringLiteral("inventory"),
        QStringLiteral("delete"), QStringLiteral("+12064445401"), QStringLiteral("+12064445402"),
        QStringLiteral("--expect-versions"), QStringLiteral("1") };
    QTest::newRow("inventory: with --partial") << QStringList { QStringLiteral("inventory"),
        QStringLiteral("delete"), QStringLiteral("+12064445401"), QStringLiteral("--partial"),
        QStringLiteral("--expect-version"), QStringLiteral("1") };
    QTest::newRow("inventory: assign of several") << QStringList { QStringLiteral("inventory"),
        QStringLiteral("assign"), QStringLiteral("+12064445401"), QStringLiteral("+12064445402"),
        QStringLiteral("--user"), QStringLiteral("a@example.com"),
        QStringLiteral("--expect-versions"), QStringLiteral("1,1") };
}

void TestCliVersions::badVersionIsUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("--expect-version")), qPrintable(describe(r)));
}

void TestCliVersions::toInventory()
{
    Run r = advance({ QStringLiteral("set-foc"), QStringLiteral("--at"), kFoc });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = advance({ QStringLiteral("confirm-foc") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("clock"), QStringLiteral("tick") },
        QStringLiteral("2027-01-19T11:00:00-08:00"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestCliVersions::numberVersions()
{
    toInventory();
    if (QTest::currentTestFailed())
        return;
    const QString a = QStringLiteral("+12064445401");
    const QString b = QStringLiteral("+12064445402");
    const int va = numberVersion(a);
    QVERIFY(va >= 0);
    Run r = cli({ QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().toObject().value(QStringLiteral("version")).toInt(), va);

    r = cli({ QStringLiteral("inventory"), QStringLiteral("assign"), a, QStringLiteral("--user"),
        QStringLiteral("a@example.com"), QStringLiteral("--expect-version"), QString::number(va) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(numberVersion(a), va + 1);
    r = cli({ QStringLiteral("inventory"), QStringLiteral("unassign"), a,
        QStringLiteral("--expect-version"), QString::number(va) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("[number.changed]")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("(Assigned to user a@example.com; now version %1, "
                                           "yours was %2); your change was not applied.")
                                .arg(va + 1)
                                .arg(va)),
        qPrintable(describe(r)));
    r = cli({ QStringLiteral("inventory"), QStringLiteral("unassign"), a,
        QStringLiteral("--expect-version"), QString::number(va + 1) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Delete and restore of several: one version each, all or nothing.
    const int vb = numberVersion(b);
    r = cli({ QStringLiteral("inventory"), QStringLiteral("delete"), a, b,
        QStringLiteral("--expect-versions"), QStringLiteral("%1,%2").arg(va).arg(vb) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("numbers[0]")), qPrintable(describe(r)));
    QCOMPARE(numberVersion(b), vb); // nothing changed
    r = cli({ QStringLiteral("inventory"), QStringLiteral("delete"), a, b,
        QStringLiteral("--expect-versions"), QStringLiteral("%1,%2").arg(va + 2).arg(vb) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("inventory"), QStringLiteral("restore"), a, b,
        QStringLiteral("--expect-versions"), QStringLiteral("%1,%2").arg(va + 3).arg(vb + 1) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(numberVersion(b), vb + 2);
}

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cliversions.moc"
