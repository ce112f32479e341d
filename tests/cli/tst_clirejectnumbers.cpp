// SPDX-License-Identifier: Apache-2.0
// Per-number status through the real portdesk-cli binary, on both engines:
// case advance ID reject-numbers --numbers N1,N2 --reason T [--reason-code C];
// refusals exit 1 with the field and rule on stderr (and as data with
// --json); case show --json keeps numbers and adds numberStatus; the
// inventory receives only the numbers not rejected.

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

// Five Seattle numbers, a port on Wednesday 20 January 2027 (Pacific).
const char kRequest[] = R"({
  "productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2027-01-20T10:00:00-08:00", "btnOption": "none",
  "carriers": [{
    "carrier": "Example Telecom", "btn": "+12064445300", "authorizingPerson": "Jane Roe",
    "authorizingTitle": "Office Manager", "authorizingPhone": "+12064445300",
    "authorizingEmail": "jane@example.com", "customerType": "business", "portType": "full",
    "accountNumber": "12345", "pin": "9876", "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["+12064445301", "+12064445302", "+12064445303", "+12064445304", "+12064445305"]
  }]
})";

const QString kNow = QStringLiteral("2026-12-21T10:00:00-08:00");

QString n(int last)
{
    return QStringLiteral("+1206444530%1").arg(last);
}

} // namespace

class TestCliRejectNumbers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refused_data();
    void refused();
    void twoOfFiveNeverReachTheInventory();
    void helpNamesTheStep();

private:
    Run cli(const QStringList &args, const QString &now = kNow);
    QStringList advance(const QStringList &step);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    QString m_id;
};

void TestCliRejectNumbers::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

// A fresh store with the case at LOA submitted.
void TestCliRejectNumbers::init()
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
        r = cli({ QStringLiteral("case"), QStringLiteral("advance"), m_id, QLatin1String(step) });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    r = cli({ QStringLiteral("loa"), QStringLiteral("sign"), m_id, QStringLiteral("--name"),
        QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral("Office Manager") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("case"), QStringLiteral("advance"), m_id, QStringLiteral("submit-loa") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

Run TestCliRejectNumbers::cli(const QStringList &args, const QString &now)
{
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
        QStringList { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), now } + args,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() } });
}

void TestCliRejectNumbers::refused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("line"); // on stderr: "field: ... [rule]"

    const QString why = QStringLiteral("On another account");
    QTest::newRow("no --numbers: usage") << QStringList { QStringLiteral("--reason"), why } << 2
                                         << QStringLiteral("--numbers");
    QTest::newRow("no reason")
        << QStringList { QStringLiteral("--numbers"), n(2) } << 1
        << QStringLiteral("reason: Say why the carrier rejected the numbers. [reject.missing-reason]");
    QTest::newRow("blank reason")
        << QStringList { QStringLiteral("--numbers"), n(2), QStringLiteral("--reason"),
               QStringLiteral(" ") }
        << 1 << QStringLiteral("[reject.missing-reason]");
    QTest::newRow("unknown reason code")
        << QStringList { QStringLiteral("--numbers"), n(2), QStringLiteral("--reason"), why,
               QStringLiteral("--reason-code"), QStringLiteral("moon") }
        << 1 << QStringLiteral("reasonCode: ");
    QTest::newRow("not of the case")
        << QStringList { QStringLiteral("--numbers"), QStringLiteral("+12064449999"),
               QStringLiteral("--reason"), why }
        << 1 << QStringLiteral("[reject.not-in-case]");
    QTest::newRow("by the admin")
        << QStringList { QStringLiteral("--numbers"), n(2), QStringLiteral("--reason"), why,
               QStringLiteral("--as"), QStringLiteral("admin") }
        << 1 << QStringLiteral("[event.wrong-role]");
    QTest::newRow("an option of another step")
        << QStringList { QStringLiteral("--numbers"), n(2), QStringLiteral("--reason"), why,
               QStringLiteral("--pin"), QStringLiteral("123456") }
        << 2 << QStringLiteral("--pin");
}

void TestCliRejectNumbers::refused()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, line);
    const QStringList step = QStringList { QStringLiteral("case"), QStringLiteral("advance"), m_id,
                                 QStringLiteral("reject-numbers") }
        + options;
    Run r = cli(step);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(line), qPrintable(describe(r)));
    if (exitCode == 1) {
        // --json: the refusal as data, the same exit status.
        r = cli(QStringList { QStringLiteral("--json") } + step);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray violations = r.object().value(QStringLiteral("violations")).toArray();
        QVERIFY2(!violations.isEmpty(), qPrintable(describe(r)));
    }
    // Nothing changed.
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_id });
    const QJsonArray status = r.object().value(QStringLiteral("numberStatus")).toArray();
    QCOMPARE(status.size(), 5);
    for (const QJsonValue &s : status)
        QCOMPARE(s.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void TestCliRejectNumbers::twoOfFiveNeverReachTheInventory()
{
    const QString why = QStringLiteral("BTN of the customer's other account");
    Run r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"), m_id,
        QStringLiteral("reject-numbers"), QStringLiteral("--numbers"),
        QStringLiteral("(206) 444-5302, 206.444.5304"), QStringLiteral("--reason-code"),
        QStringLiteral("btn-mismatch"), QStringLiteral("--reason"), why });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("loa-submitted"));

    // case show --json: numbers as before (the contract), numberStatus added.
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_id });
    QJsonObject shown = r.object();
    QCOMPARE(shown.value(QStringLiteral("numbers")).toArray(),
        QJsonArray::fromStringList({ n(1), n(2), n(3), n(4), n(5) }));
    QJsonArray status = shown.value(QStringLiteral("numberStatus")).toArray();
    QCOMPARE(status.size(), 5);
    const QJsonObject second = status.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("e164")).toString(), n(2));
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(second.value(QStringLiteral("reasonCode")).toString(), QStringLiteral("btn-mismatch"));
    QCOMPARE(second.value(QStringLiteral("reason")).toString(), why);
    const QJsonObject first = status.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(first.value(QStringLiteral("reasonCode")).isNull());
    QVERIFY(first.value(QStringLiteral("reason")).isNull());
    // The history says why.
    const QJsonObject event = shown.value(QStringLiteral("events")).toArray().last().toObject();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("reject-numbers"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), QStringLiteral("support"));
    const QJsonObject args = event.value(QStringLiteral("args")).toObject();
    QCOMPARE(args.value(QStringLiteral("numbers")).toArray(), QJsonArray::fromStringList({ n(2), n(4) }));
    QCOMPARE(args.value(QStringLiteral("reasonCode")).toString(), QStringLiteral("btn-mismatch"));
    QCOMPARE(args.value(QStringLiteral("reason")).toString(), why);
    // The text form names each rejected number and why.
    r = cli({ QStringLiteral("case"), QStringLiteral("show"), m_id });
    QVERIFY2(r.out.contains(QStringLiteral("Rejected: ") + n(4) + QStringLiteral(" [btn-mismatch] ") + why),
        qPrintable(r.out));

    // On to the FOC; at FOC - 1 day the three arrive, the two never do.
    for (const QStringList &step : { QStringList { QStringLiteral("approve") },
             QStringList { QStringLiteral("set-foc"), QStringLiteral("--at"),
                 QStringLiteral("2027-01-20T10:00:00-08:00") },
             QStringList { QStringLiteral("confirm-foc") } }) {
        r = cli(QStringList { QStringLiteral("case"), QStringLiteral("advance"), m_id } + step);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    const auto inventory = [this](const QString &now) {
        QStringList out;
        const Run list = cli({ QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list") }, now);
        for (const QJsonValue &v : list.json().array())
            out << v.toObject().value(QStringLiteral("e164")).toString();
        return out;
    };
    r = cli({ QStringLiteral("clock"), QStringLiteral("tick") }, QStringLiteral("2027-01-19T10:00:00-08:00"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(inventory(QStringLiteral("2027-01-19T10:01:00-08:00")), (QStringList { n(1), n(3), n(5) }));
    r = cli({ QStringLiteral("clock"), QStringLiteral("tick") }, QStringLiteral("2027-01-20T10:00:00-08:00"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(inventory(QStringLiteral("2027-01-20T10:01:00-08:00")), (QStringList { n(1), n(3), n(5) }));
    r = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_id },
        QStringLiteral("2027-01-20T10:01:00-08:00"));
    shown = r.object();
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QStringList states;
    for (const QJsonValue &s : shown.value(QStringLiteral("numberStatus")).toArray())
        states << s.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(states, (QStringList { QStringLiteral("ported"), QStringLiteral("rejected"),
                         QStringLiteral("ported"), QStringLiteral("rejected"),
                         QStringLiteral("ported") }));
}

void TestCliRejectNumbers::helpNamesTheStep()
{
    const Run r = cli({ QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("reject-numbers --numbers N1,N2 --reason T")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("btn-mismatch")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliRejectNumbers)
#include "tst_clirejectnumbers.moc"
