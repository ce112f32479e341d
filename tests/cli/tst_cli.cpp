// SPDX-License-Identifier: Apache-2.0
#include "ProgramRun.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

using Run = ProgramRun;

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

const char kRequest[] = R"({
  "productType": "BusinessCalling",
  "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-05:00",
  "btnOption": "none",
  "newBtn": null,
  "carriers": [
    {
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
      "numbers": ["+12064440101", "(206) 444-0102", "206.444.0103"]
    },
    {
      "carrier": "Other Carrier",
      "btn": "+15034440100",
      "authorizingPerson": "John Doe",
      "authorizingPhone": "+15034449911",
      "customerType": "residential",
      "portType": "partial",
      "remainingNumbers": ["503-444-0199"],
      "customerName": "Example Corp Portland",
      "serviceAddress": {"street": "2 Oak Ave", "city": "Portland", "state": "OR", "zip": "97201"},
      "numbers": ["1-503-444-0104"]
    }
  ]
})";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageAndHelp_data();
    void usageAndHelp();
    void validateNumbers();
    void storeUnavailableOrDamaged();
    void refusedRequestReportsEveryViolation();
    void portInFromSubmitToCompleted();
    void projectionsUseTheCustomersOffset();
    void portOutToPurge();
    void loaSignatureGatesSubmit();
    void loaFiles();
    void inventoryExportAndImport();
    void inventoryBulkConnectorsAndUsers();

private:
    Run cli(const QStringList &args, const QString &now = QString());
    // The authorizing person of each of kRequest's carrier groups signs its
    // LOA (loa sign), as the admin does before submit-loa.
    bool signBothLoas(const QString &id, const QString &now);
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    QString m_now = QStringLiteral("2026-11-02T15:00:00Z");
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
}

Run TestCli::cli(const QStringList &args, const QString &now)
{
    // Every run has a clock: a call without one keeps the last time used, so
    // that no test depends on the real date (each command applies what the
    // clock has made due).
    if (!now.isEmpty())
        m_now = now;
    QStringList all;
    if (m_db)
        all << QStringLiteral("--db") << m_db->url();
    all << QStringLiteral("--now") << m_now;
    all += args;
    // Keep the per-user default store of this machine out of the tests.
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH), all,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() } });
}

bool TestCli::signBothLoas(const QString &id, const QString &now)
{
    const Run jane = cli({QStringLiteral("loa"), QStringLiteral("sign"), id, QStringLiteral("--carrier"), QStringLiteral("1"),
                          QStringLiteral("--name"), QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral("CFO")},
                         now);
    const Run john = cli({QStringLiteral("loa"), QStringLiteral("sign"), id, QStringLiteral("--carrier"), QStringLiteral("2"),
                          QStringLiteral("--name"), QStringLiteral("John Doe"), QStringLiteral("--title"), QStringLiteral("Owner")});
    for (const Run &r : {jane, john}) {
        if (r.exitCode != 0 || !r.err.isEmpty()) {
            qWarning("%s", qPrintable(describe(r)));
            return false;
        }
    }
    return true;
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

void TestCli::usageAndHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expect");
    QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("frobnicate");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour"), QStringLiteral("case")} << 2 << QStringLiteral("--colour");
    QTest::newRow("bad --now") << QStringList{QStringLiteral("--now"), QStringLiteral("soon"), QStringLiteral("clock"), QStringLiteral("tick")} << 2 << QStringLiteral("--now");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("inventory assign");
    for (const char *command : {"validate", "port-in", "port-out", "case", "loa", "inventory", "voice-connector", "clock"})
        QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help")} << 0
                               << QStringLiteral("Usage: portdesk-cli");
    QTest::newRow("advance help") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("--help")} << 0
                                  << QStringLiteral("request-change --fields");
    QTest::newRow("case show without id") << QStringList{QStringLiteral("case"), QStringLiteral("show")} << 2 << QStringLiteral("case id");
    QTest::newRow("case show id zero") << QStringList{QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("0")} << 2 << QStringLiteral("positive");
    QTest::newRow("unknown event") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("teleport")} << 2 << QStringLiteral("teleport");
    QTest::newRow("clock event by hand") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("activate")} << 2 << QStringLiteral("clock tick");
    QTest::newRow("assign needs a target") << QStringList{QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+12064440101")} << 2 << QStringLiteral("--user");
    QTest::newRow("empty --db") << QStringList{QStringLiteral("--db"), QString(), QStringLiteral("case"), QStringLiteral("list")} << 2 << QStringLiteral("--db");
    QTest::newRow("option of another event") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("request-loa"), QStringLiteral("--pin"), QStringLiteral("5555")} << 2 << QStringLiteral("--pin");
    QTest::newRow("set-foc without --at") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("set-foc")} << 2 << QStringLiteral("--at");
    QTest::newRow("set-foc without offset") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("set-foc"), QStringLiteral("--at"), QStringLiteral("2026-12-15T10:00:00")} << 2 << QStringLiteral("offset");
    // Without --pin, issue-pin generates one (tst_cliportoutpin); the account ID is needed.
    QTest::newRow("issue-pin without account id") << QStringList{QStringLiteral("case"), QStringLiteral("advance"), QStringLiteral("1"), QStringLiteral("issue-pin"), QStringLiteral("--pin"), QStringLiteral("482915")} << 2 << QStringLiteral("--account-id");
    QTest::newRow("bad prefix") << QStringList{QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--prefix"), QStringLiteral("abc")} << 2 << QStringLiteral("--prefix");
    QTest::newRow("loa sign help") << QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("--help")} << 0
                                   << QStringLiteral("--request CORRECTED.json");
    QTest::newRow("loa sign without id") << QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("--name"), QStringLiteral("A"),
                                                        QStringLiteral("--title"), QStringLiteral("B")} << 2 << QStringLiteral("case id");
    QTest::newRow("loa sign without title") << QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--name"),
                                                           QStringLiteral("Jane Roe")} << 2 << QStringLiteral("--title");
    QTest::newRow("loa sign carrier zero") << QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--name"),
                                                          QStringLiteral("A"), QStringLiteral("--title"), QStringLiteral("B"),
                                                          QStringLiteral("--carrier"), QStringLiteral("0")} << 2 << QStringLiteral("--carrier");
    QTest::newRow("loa status with a signer") << QStringList{QStringLiteral("loa"), QStringLiteral("status"), QStringLiteral("1"),
                                                             QStringLiteral("--name"), QStringLiteral("A")} << 2 << QStringLiteral("--name");
    QTest::newRow("loa sign missing signature file") << QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("1"), QStringLiteral("--name"),
                                                                    QStringLiteral("A"), QStringLiteral("--title"), QStringLiteral("B"),
                                                                    QStringLiteral("--signature"), QStringLiteral("/nonexistent/sig.png")}
                                                     << 2 << QStringLiteral("Cannot read");
    QTest::newRow("loa files help") << QStringList{QStringLiteral("loa"), QStringLiteral("files"), QStringLiteral("--help")} << 0
                                    << QStringLiteral("restore-file ID FILE_ID");
    QTest::newRow("loa attach without file") << QStringList{QStringLiteral("loa"), QStringLiteral("attach"), QStringLiteral("1")} << 2
                                             << QStringLiteral("a case id and a file");
    QTest::newRow("loa attach bad kind") << QStringList{QStringLiteral("loa"), QStringLiteral("attach"), QStringLiteral("1"),
                                                         QStringLiteral("bill.pdf"), QStringLiteral("--kind"), QStringLiteral("receipt")}
                                         << 2 << QStringLiteral("carrier-invoice or customer-service-record");
    QTest::newRow("loa delete-file bad id") << QStringList{QStringLiteral("loa"), QStringLiteral("delete-file"), QStringLiteral("1"),
                                                            QStringLiteral("first")}
                                            << 2 << QStringLiteral("positive integer");
    QTest::newRow("loa files with kind") << QStringList{QStringLiteral("loa"), QStringLiteral("files"), QStringLiteral("1"),
                                                         QStringLiteral("--kind"), QStringLiteral("carrier-invoice")}
                                         << 2 << QStringLiteral("--kind belongs to loa attach");
    QTest::newRow("missing request file") << QStringList{QStringLiteral("port-in"), QStringLiteral("submit"), QStringLiteral("/nonexistent/request.json")} << 2 << QStringLiteral("Cannot read");
}

void TestCli::usageAndHelp()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expect);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    m_db.reset();
    const Run r = cli(QStringList{QStringLiteral("--db"), db.url()} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString(r.out + r.err).contains(expect), qPrintable(describe(r)));
}

void TestCli::validateNumbers()
{
    m_db.reset();
    Run r = cli({QStringLiteral("validate"), QStringLiteral("(206) 444-0100"), QStringLiteral("+1 800 222 3333"),
                 QStringLiteral("+1 416 555 2368"), QStringLiteral("206-555-0150")});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("+12064440100\tvalid")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("+18002223333\ttoll-free")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("+14165552368\trefused")) && lines.at(2).contains(QLatin1String("Canada")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QLatin1String("number.fictional")), qPrintable(lines.at(3)));

    r = cli({QStringLiteral("--json"), QStringLiteral("validate"), QStringLiteral("206.444.0100")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject first = r.json().array().first().toObject();
    QCOMPARE(first.value(QStringLiteral("e164")).toString(), QStringLiteral("+12064440100"));
    QCOMPARE(first.value(QStringLiteral("valid")).toBool(), true);

    // Today's numbering plan decides, and each row names its version (from
    // the checked-in data file). 472 opened after the system's libphonenumber.
    QFile dataFile(QStringLiteral(PORTDESK_NUMBERING_DATA_FILE));
    QVERIFY(dataFile.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(dataFile.readAll()).object();
    r = cli({QStringLiteral("--json"), QStringLiteral("validate"), QStringLiteral("(472) 234-5678"),
             QStringLiteral("+1 900 234 5678")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray rows = r.json().array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("number.premium-rate"));
    for (const QJsonValue &row : rows) {
        const QJsonObject numbering = row.toObject().value(QStringLiteral("numberingData")).toObject();
        QCOMPARE(numbering.value(QStringLiteral("source")).toString(), QStringLiteral("libphonenumber-js"));
        QCOMPARE(numbering.value(QStringLiteral("version")).toString(), data.value(QStringLiteral("version")).toString());
        QCOMPARE(numbering.value(QStringLiteral("metadataVersion")).toString(),
                 data.value(QStringLiteral("metadataVersion")).toString());
        QCOMPARE(numbering.value(QStringLiteral("date")).toString(), data.value(QStringLiteral("published")).toString());
    }
}

void TestCli::storeUnavailableOrDamaged()
{
    m_db.reset();
    const QByteArray garbage(4096, 'x');
    const QString damaged = writeFile(QStringLiteral("damaged.sqlite"), garbage);
    Run r = cli({QStringLiteral("--db"), damaged, QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("damaged.sqlite")), qPrintable(describe(r)));
    QFile f(damaged);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);   // never overwritten

    r = cli({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), QStringLiteral("case"),
             QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::refusedRequestReportsEveryViolation()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QJsonObject request = QJsonDocument::fromJson(kRequest).object();
    request.insert(QStringLiteral("adminEmail"), QStringLiteral("not-an-email"));
    request.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-12-25T10:00:00-05:00"));
    const QString path = writeFile(QStringLiteral("bad.json"), QJsonDocument(request).toJson());
    const Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), path}, QStringLiteral("2026-11-02T15:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(r.err.contains(QLatin1String("adminEmail: ")));
    QVERIFY(r.err.contains(QLatin1String("[date.holiday]")));
    QVERIFY(r.err.contains(QLatin1String("Christmas")));
    // Nothing was written.
    const Run list = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.json().array().size(), 0);
}

void TestCli::portInFromSubmitToCompleted()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString request = writeFile(QStringLiteral("request.json"), kRequest);
    const QString monday = QStringLiteral("2026-11-02T15:00:00Z");

    Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), request}, monday);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString id = r.out.trimmed();
    QVERIFY2(id.toLongLong() > 0, qPrintable(r.out));

    // The same numbers cannot be submitted again while the port is open.
    r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), request}, monday);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("number.in-open-port")), qPrintable(describe(r)));

    auto advance = [&](const QStringList &args, const QString &now, int expected) {
        const Run a = cli(QStringList{QStringLiteral("case"), QStringLiteral("advance"), id} + args, now);
        if (a.exitCode != expected)
            qWarning("%s", qPrintable(describe(a)));
        return a.exitCode == expected ? a : Run{};
    };
    QVERIFY(advance({QStringLiteral("portable")}, QStringLiteral("2026-11-03T15:00:00Z"), 0).out.contains(QLatin1String("portable")));
    // Wrong role, and a step the state does not allow, are refused.
    QVERIFY(advance({QStringLiteral("submit-loa")}, QStringLiteral("2026-11-03T16:00:00Z"), 1).err.size() > 0);
    QVERIFY(advance({QStringLiteral("request-loa"), QStringLiteral("--as"), QStringLiteral("admin")}, QStringLiteral("2026-11-03T16:00:00Z"), 1).err.contains(QLatin1String("support")));
    QVERIFY(advance({QStringLiteral("request-loa")}, QStringLiteral("2026-11-03T16:00:00Z"), 0).exitCode == 0);
    QVERIFY(signBothLoas(id, QStringLiteral("2026-11-04T14:00:00Z")));
    QVERIFY(advance({QStringLiteral("submit-loa")}, QStringLiteral("2026-11-04T15:00:00Z"), 0).exitCode == 0);
    QVERIFY(advance({QStringLiteral("request-change"), QStringLiteral("--fields"), QStringLiteral("accountNumber,serviceAddress"),
                     QStringLiteral("--reason"), QStringLiteral("account number does not match")},
                    QStringLiteral("2026-11-06T15:00:00Z"), 0).exitCode == 0);
    QVERIFY(advance({QStringLiteral("submit-loa")}, QStringLiteral("2026-11-09T15:00:00Z"), 0).exitCode == 0);
    QVERIFY(advance({QStringLiteral("approve")}, QStringLiteral("2026-11-13T15:00:00Z"), 0).exitCode == 0);
    // FOC on a Saturday is refused; on a business day accepted.
    QVERIFY(advance({QStringLiteral("set-foc"), QStringLiteral("--at"), QStringLiteral("2026-12-12T15:00:00Z")},
                    QStringLiteral("2026-11-16T15:00:00Z"), 1).err.contains(QLatin1String("business day")));
    QVERIFY(advance({QStringLiteral("set-foc"), QStringLiteral("--at"), QStringLiteral("2026-12-15T15:00:00Z")},
                    QStringLiteral("2026-11-16T15:00:00Z"), 0).exitCode == 0);
    QVERIFY(advance({QStringLiteral("confirm-foc"), QStringLiteral("--as"), QStringLiteral("support")},
                    QStringLiteral("2026-11-17T15:00:00Z"), 1).exitCode == 1);
    QVERIFY(advance({QStringLiteral("confirm-foc")}, QStringLiteral("2026-11-17T15:00:00Z"), 0).exitCode == 0);
    // Within 48 hours of the FOC the admin can no longer cancel.
    QVERIFY(advance({QStringLiteral("cancel")}, QStringLiteral("2026-12-14T10:00:00Z"), 1).err.contains(QLatin1String("48")));

    // The day before the FOC the numbers appear in the inventory.
    r = cli({QStringLiteral("clock"), QStringLiteral("tick")}, QStringLiteral("2026-12-14T15:30:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("inventory")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list")}, QStringLiteral("2026-12-14T15:31:00Z"));
    QCOMPARE(r.exitCode, 0);
    QJsonArray numbers = r.json().array();
    QCOMPARE(numbers.size(), 4);
    for (const QJsonValue &n : numbers) {
        QCOMPARE(n.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("PortinInProgress"));
        QCOMPARE(n.toObject().value(QStringLiteral("caseId")).toInteger(), id.toLongLong());
    }
    // A second tick at the same moment applies nothing again.
    r = cli({QStringLiteral("clock"), QStringLiteral("tick")}, QStringLiteral("2026-12-14T15:32:00Z"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out));

    // At the FOC they are activated and the case is completed.
    r = cli({QStringLiteral("clock"), QStringLiteral("tick")}, QStringLiteral("2026-12-15T15:00:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("activate")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("Unassigned"), QStringLiteral("--prefix"), QStringLiteral("+1206")});
    QCOMPARE(r.json().array().size(), 3);

    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id}, QStringLiteral("2026-12-16T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(shown.value(QStringLiteral("kind")).toString(), QStringLiteral("port-in"));
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(shown.value(QStringLiteral("orderStatus")).toString(), QStringLiteral("Successful"));
    // In the customer's zone: the same instant with the zone's offset.
    const QString focAt = shown.value(QStringLiteral("focAt")).toString();
    QCOMPARE(QDateTime::fromString(focAt, Qt::ISODate),
        QDateTime(QDate(2026, 12, 15), QTime(15, 0), Qt::UTC));
    QVERIFY2(focAt.endsWith(QLatin1String("-05:00")), qPrintable(focAt));
    QCOMPARE(shown.value(QStringLiteral("timeZone")).toString(), QStringLiteral("America/New_York"));
    QCOMPARE(shown.value(QStringLiteral("numbers")).toArray().size(), 4);
    QStringList events;
    for (const QJsonValue &e : shown.value(QStringLiteral("events")).toArray()) {
        events << e.toObject().value(QStringLiteral("event")).toString();
        QVERIFY(!e.toObject().value(QStringLiteral("at")).toString().isEmpty());
        QVERIFY(!e.toObject().value(QStringLiteral("actor")).toString().isEmpty());
    }
    QCOMPARE(events, (QStringList{QStringLiteral("submit"), QStringLiteral("portable"), QStringLiteral("request-loa"),
                                  QStringLiteral("submit-loa"), QStringLiteral("request-change"), QStringLiteral("submit-loa"),
                                  QStringLiteral("approve"), QStringLiteral("set-foc"), QStringLiteral("confirm-foc"),
                                  QStringLiteral("inventory"), QStringLiteral("activate")}));
    const QJsonArray timeline = shown.value(QStringLiteral("timeline")).toArray();
    QVERIFY(!timeline.isEmpty());
    for (const QJsonValue &m : timeline) {
        QVERIFY(m.toObject().contains(QStringLiteral("milestone")));
        QCOMPARE(m.toObject().value(QStringLiteral("projected")).toBool(), false);
    }
    QCOMPARE(timeline.last().toObject().value(QStringLiteral("milestone")).toString(), QStringLiteral("activated"));
    // Secrets are masked unless revealed.
    const QJsonObject group = shown.value(QStringLiteral("carriers")).toArray().first().toObject();
    QVERIFY(!group.value(QStringLiteral("accountNumber")).toString().contains(QLatin1String("1234")));
    QVERIFY(!r.out.contains(QLatin1String("9876")));
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--reveal")});
    QVERIFY(r.out.contains(QLatin1String("12345678")));

    // One LOA per carrier group.
    const QString out = m_files.filePath(QStringLiteral("loa"));
    r = cli({QStringLiteral("loa"), QStringLiteral("export"), id, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}).size(), 2);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the LOA back");
    {
        QProcess text;
        text.start(pdftotext, {QDir(out).filePath(QStringLiteral("loa-case-%1-carrier-1.pdf").arg(id)), QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const char *expected : {"Example Corp", "206-444-0101", "206-444-0102", "206-444-0103", "Jane Roe", "12345678", "98101"})
            QVERIFY2(content.contains(QLatin1String(expected)), expected);
        QVERIFY(!content.contains(QLatin1String("503-444-0104")));
    }
}

void TestCli::projectionsUseTheCustomersOffset()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QJsonObject request = QJsonDocument::fromJson(kRequest).object();
    request.insert(QStringLiteral("requestedPortAt"), QStringLiteral("2026-12-22T10:00:00-05:00"));
    // Friday 20:00 in New York is already Saturday in UTC.
    const QString fridayEvening = QStringLiteral("2026-12-04T20:00:00-05:00");
    Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"),
                 writeFile(QStringLiteral("late.json"), QJsonDocument(request).toJson())}, fridayEvening);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString id = r.out.trimmed();
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id}, fridayEvening);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject shown = r.json().object();
    QCOMPARE(shown.value(QStringLiteral("requestedPortAt")).toString(), QStringLiteral("2026-12-22T10:00:00-05:00"));
    int projected = 0;
    for (const QJsonValue &v : shown.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject m = v.toObject();
        if (!m.value(QStringLiteral("projected")).toBool())
            continue;
        ++projected;
        const QDateTime at = QDateTime::fromString(m.value(QStringLiteral("at")).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        const QDate local = at.toOffsetFromUtc(-5 * 3600).date();
        if (m.value(QStringLiteral("milestone")).toString() != QLatin1String("in-inventory"))
            QVERIFY2(local.dayOfWeek() <= 5, qPrintable(m.value(QStringLiteral("milestone")).toString() + QLatin1Char(' ') + local.toString(Qt::ISODate)));
    }
    QVERIFY(projected >= 8);
}

void TestCli::portOutToPurge()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    // Numbers arrive through a completed port-in first.
    Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), writeFile(QStringLiteral("in.json"), kRequest)},
                QStringLiteral("2026-11-02T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString in = r.out.trimmed();
    const QList<QPair<QStringList, QString>> steps = {
        {{QStringLiteral("portable")}, QStringLiteral("2026-11-03T15:00:00Z")},
        {{QStringLiteral("request-loa")}, QStringLiteral("2026-11-03T16:00:00Z")},
        {{QStringLiteral("submit-loa")}, QStringLiteral("2026-11-04T15:00:00Z")},
        {{QStringLiteral("approve")}, QStringLiteral("2026-11-05T15:00:00Z")},
        {{QStringLiteral("set-foc"), QStringLiteral("--at"), QStringLiteral("2026-12-15T15:00:00Z")}, QStringLiteral("2026-11-06T15:00:00Z")},
        {{QStringLiteral("confirm-foc")}, QStringLiteral("2026-11-06T16:00:00Z")},
    };
    for (const auto &step : steps) {
        if (step.first.first() == QLatin1String("submit-loa"))
            QVERIFY(signBothLoas(in, step.second));
        r = cli(QStringList{QStringLiteral("case"), QStringLiteral("advance"), in} + step.first, step.second);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    // Any command applies what has come due: here the FOC has passed.
    r = cli({QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("206-444-0101"), QStringLiteral("--user"),
             QStringLiteral("pat@example.com")}, QStringLiteral("2026-12-16T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    const QString outRequest = writeFile(QStringLiteral("out.json"),
        R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com", "numbers": ["+12064440101", "+12064440102"]})");
    r = cli({QStringLiteral("port-out"), QStringLiteral("submit"), outRequest}, QStringLiteral("2026-12-17T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString out = r.out.trimmed();
    QVERIFY(out.toLongLong() > in.toLongLong());
    // A port-out has no LOAs to sign.
    r = cli({QStringLiteral("loa"), QStringLiteral("sign"), out, QStringLiteral("--name"), QStringLiteral("Jane Roe"),
             QStringLiteral("--title"), QStringLiteral("CFO")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("port-out")), qPrintable(describe(r)));
    r = cli({QStringLiteral("loa"), QStringLiteral("status"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("port-out")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("PortoutInProgress")});
    QCOMPARE(r.json().array().size(), 2);

    r = cli({QStringLiteral("case"), QStringLiteral("advance"), out, QStringLiteral("issue-pin"), QStringLiteral("--account-id"),
             QStringLiteral("ACCT-42"), QStringLiteral("--pin"), QStringLiteral("515073")}, QStringLiteral("2026-12-18T15:00:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("pin-issued")), qPrintable(describe(r)));
    r = cli({QStringLiteral("case"), QStringLiteral("advance"), out, QStringLiteral("ported-out")}, QStringLiteral("2026-12-21T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // An assigned number cannot be deleted; unassigned it can.
    r = cli({QStringLiteral("inventory"), QStringLiteral("delete"), QStringLiteral("+12064440101")}, QStringLiteral("2026-12-21T16:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("inventory"), QStringLiteral("unassign"), QStringLiteral("+12064440101")}, QStringLiteral("2026-12-21T16:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("inventory"), QStringLiteral("delete"), QStringLiteral("+12064440101"), QStringLiteral("+12064440102")},
            QStringLiteral("2026-12-21T16:05:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("clock"), QStringLiteral("tick")}, QStringLiteral("2026-12-21T16:06:00Z"));
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), out});
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QVERIFY(!r.out.contains(QLatin1String("515073")));
    QVERIFY(!r.out.contains(QLatin1String("ACCT-42")));
    // A number that left for another carrier cannot come back.
    r = cli({QStringLiteral("inventory"), QStringLiteral("restore"), QStringLiteral("+12064440102")}, QStringLiteral("2026-12-22T16:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("inventory.ported-out")), qPrintable(describe(r)));

    // Restorable for 7 days, then purged.
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("DeleteInProgress")}, QStringLiteral("2026-12-28T16:00:00Z"));
    QCOMPARE(r.json().array().size(), 2);
    r = cli({QStringLiteral("clock"), QStringLiteral("tick")}, QStringLiteral("2026-12-28T16:06:00Z"));
    QVERIFY2(r.out.contains(QLatin1String("purge")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--prefix"), QStringLiteral("+1206")});
    QCOMPARE(r.json().array().size(), 1);   // only +12064440103 is left
    r = cli({QStringLiteral("inventory"), QStringLiteral("restore"), QStringLiteral("+12064440101")}, QStringLiteral("2026-12-28T16:07:00Z"));
    QCOMPARE(r.exitCode, 1);
}

void TestCli::loaFiles()
{
    // Attach, list, delete and restore a case's files from a script.
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), writeFile(QStringLiteral("files.json"), kRequest)},
                QStringLiteral("2026-11-02T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString id = r.out.trimmed();
    const QString pdf = writeFile(QStringLiteral("bill march.pdf"), QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));
    const QString text = writeFile(QStringLiteral("notes.pdf"), QByteArray("not a PDF at all"));

    r = cli({QStringLiteral("loa"), QStringLiteral("attach"), id, pdf, QStringLiteral("--kind"),
             QStringLiteral("customer-service-record")},
            QStringLiteral("2026-11-03T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString fileId = r.out.trimmed();
    QVERIFY(fileId.toLongLong() > 0);
    // A file that is not what its name says: refused, naming it and the rule.
    r = cli({QStringLiteral("loa"), QStringLiteral("attach"), id, text});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("notes.pdf")), qPrintable(describe(r)));

    r = cli({QStringLiteral("--json"), QStringLiteral("loa"), QStringLiteral("files"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonArray files = r.json().array();
    QCOMPARE(files.size(), 1);
    QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QStringLiteral("id")).toInteger(), fileId.toLongLong());
    QCOMPARE(file.value(QStringLiteral("fileName")).toString(), QStringLiteral("bill march.pdf"));
    QCOMPARE(file.value(QStringLiteral("kind")).toString(), QStringLiteral("customer-service-record"));
    QCOMPARE(file.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(file.value(QStringLiteral("addedAt")).toString(), QStringLiteral("2026-11-03T15:00:00+00:00"));
    QVERIFY(file.value(QStringLiteral("deletedAt")).isNull());

    // Deleted, listed as deleted, restored once (a second restore is refused).
    r = cli({QStringLiteral("loa"), QStringLiteral("delete-file"), id, fileId}, QStringLiteral("2026-11-04T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("loa"), QStringLiteral("files"), id});
    QVERIFY2(r.out.contains(QLatin1String("bill march.pdf")) && r.out.contains(QLatin1String("deleted 2026-11-04T15:00:00+00:00")),
             qPrintable(describe(r)));
    r = cli({QStringLiteral("loa"), QStringLiteral("restore-file"), id, fileId});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("loa"), QStringLiteral("restore-file"), id, fileId});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no removed attachment")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("loa"), QStringLiteral("files"), id});
    files = r.json().array();
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().toObject().value(QStringLiteral("deletedAt")).isNull());
    // The letters export with it attached.
    r = cli({QStringLiteral("loa"), QStringLiteral("export"), id, QStringLiteral("--out"), m_files.filePath(QStringLiteral("loas"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    // An unknown case: refused.
    r = cli({QStringLiteral("loa"), QStringLiteral("files"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::loaSignatureGatesSubmit()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    Run r = cli({QStringLiteral("port-in"), QStringLiteral("submit"), writeFile(QStringLiteral("gate.json"), kRequest)},
                QStringLiteral("2026-11-02T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString id = r.out.trimmed();
    auto run = [&](const QStringList &args, const QString &now = QString()) { return cli(args, now); };
    auto advance = [&](const QString &event, const QString &now) {
        return run({QStringLiteral("case"), QStringLiteral("advance"), id, event}, now);
    };
    auto state = [&]() {
        return run({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id})
            .json().object().value(QStringLiteral("state")).toString();
    };
    auto status = [&](const QString &now = QString()) {
        return run({QStringLiteral("--json"), QStringLiteral("loa"), QStringLiteral("status"), id}, now).json().object();
    };
    auto groupOf = [](const QJsonObject &loaStatus, int carrier) {
        return loaStatus.value(QStringLiteral("groups")).toArray().at(carrier - 1).toObject();
    };
    const QStringList janeSigns = {QStringLiteral("--name"), QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral("CFO")};
    const QStringList johnSigns = {QStringLiteral("--name"), QStringLiteral("John Doe"), QStringLiteral("--title"), QStringLiteral("Owner")};
    const QStringList sign = {QStringLiteral("loa"), QStringLiteral("sign"), id};
    QVERIFY(advance(QStringLiteral("portable"), QStringLiteral("2026-11-03T15:00:00Z")).exitCode == 0);
    QVERIFY(advance(QStringLiteral("request-loa"), QStringLiteral("2026-11-03T16:00:00Z")).exitCode == 0);

    // Nothing signed: both groups say so, and submit-loa is refused naming each.
    r = run({QStringLiteral("loa"), QStringLiteral("status"), id}, QStringLiteral("2026-11-03T17:00:00Z"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("carrier 1 (Example Telecom)\tunsigned")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("carrier 2 (Other Carrier)\tunsigned")), qPrintable(r.out));
    QJsonObject st = status();
    QCOMPARE(st.value(QStringLiteral("readyToSubmit")).toBool(true), false);
    QCOMPARE(st.value(QStringLiteral("blockers")).toArray().size(), 2);
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("state")).toString(), QStringLiteral("unsigned"));
    QVERIFY(groupOf(st, 1).value(QStringLiteral("signedAt")).isNull());
    r = advance(QStringLiteral("submit-loa"), QStringLiteral("2026-11-03T17:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("carrier group 1 (Example Telecom)")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("carrier group 2 (Other Carrier)")), qPrintable(describe(r)));
    QCOMPARE(r.err.count(QLatin1String("[loa.unsigned]")), 2);
    QVERIFY2(r.err.contains(QStringLiteral("loa sign %1").arg(id)), qPrintable(describe(r)));
    QCOMPARE(state(), QStringLiteral("loa-requested"));

    // Refusals of loa sign itself change nothing.
    r = run(sign + janeSigns + QStringList{QStringLiteral("--carrier"), QStringLiteral("Nope Telecom")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Nope Telecom")) && r.err.contains(QLatin1String("Other Carrier")), qPrintable(describe(r)));
    r = run(sign + janeSigns + QStringList{QStringLiteral("--carrier"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("[loa.no-such-group]")), qPrintable(describe(r)));
    r = run(sign + QStringList{QStringLiteral("--name"), QStringLiteral("Jane Roe"), QStringLiteral("--title"), QStringLiteral(" ")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("[loa.signer-title.required]")), qPrintable(describe(r)));
    r = run(sign + janeSigns + QStringList{QStringLiteral("--signature"), writeFile(QStringLiteral("sig.png"), "not a picture")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("[loa.signature.not-png]")), qPrintable(describe(r)));
    r = run(QStringList{QStringLiteral("loa"), QStringLiteral("sign"), QStringLiteral("999")} + janeSigns);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("999")), qPrintable(describe(r)));
    r = run({QStringLiteral("loa"), QStringLiteral("status"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(groupOf(status(), 1).value(QStringLiteral("versions")).toInt(-1), 0);

    // One group signed: submit-loa names only the other one.
    r = run(sign + janeSigns + QStringList{QStringLiteral("--carrier"), QStringLiteral("1")}, QStringLiteral("2026-11-04T15:00:00Z"));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.out, QStringLiteral("carrier 1: version 1\n"));
    r = advance(QStringLiteral("submit-loa"), QStringLiteral("2026-11-04T15:05:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(QLatin1String("carrier group 1")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("carrier group 2 (Other Carrier)")), qPrintable(describe(r)));
    // The carrier by name (any letter case); the authorizing person signs, no warning.
    r = run(QStringList{QStringLiteral("--json")} + sign + johnSigns + QStringList{QStringLiteral("--carrier"), QStringLiteral("other carrier")},
            QStringLiteral("2026-11-04T15:10:00Z"));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    const QJsonArray signedNow = r.json().array();
    QCOMPARE(signedNow.size(), 1);
    QCOMPARE(signedNow.first().toObject().value(QStringLiteral("carrier")).toInt(), 2);
    QCOMPARE(signedNow.first().toObject().value(QStringLiteral("version")).toInt(), 1);
    // Nothing left to sign.
    r = run(sign + janeSigns);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("nothing to sign")), qPrintable(describe(r)));

    st = status(QStringLiteral("2026-11-04T15:15:00Z"));
    QCOMPARE(st.value(QStringLiteral("readyToSubmit")).toBool(), true);
    QVERIFY(st.value(QStringLiteral("blockers")).toArray().isEmpty());
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("signer")).toString(), QStringLiteral("Jane Roe"));
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("signedAt")).toString(), QStringLiteral("2026-11-04T15:00:00+00:00"));
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2027-02-02T15:00:00+00:00"));
    QCOMPARE(groupOf(st, 2).value(QStringLiteral("signerTitle")).toString(), QStringLiteral("Owner"));
    r = advance(QStringLiteral("submit-loa"), QStringLiteral("2026-11-04T15:20:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("loa-submitted")), qPrintable(describe(r)));

    // A correction after a change request needs the corrected LOA signed first.
    r = run({QStringLiteral("case"), QStringLiteral("advance"), id, QStringLiteral("request-change"), QStringLiteral("--fields"),
             QStringLiteral("accountNumber")}, QStringLiteral("2026-11-06T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonObject corrected = QJsonDocument::fromJson(kRequest).object();
    QJsonArray carriers = corrected.value(QStringLiteral("carriers")).toArray();
    QJsonObject first = carriers.at(0).toObject();
    first.insert(QStringLiteral("accountNumber"), QStringLiteral("87654321"));
    carriers.replace(0, first);
    corrected.insert(QStringLiteral("carriers"), carriers);
    const QString correctedFile = writeFile(QStringLiteral("corrected.json"), QJsonDocument(corrected).toJson());
    r = run({QStringLiteral("case"), QStringLiteral("correct"), id, correctedFile}, QStringLiteral("2026-11-09T15:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("[loa.changed]")) && r.err.contains(QLatin1String("accountNumber")), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("carrier group 2")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("--request")), qPrintable(describe(r)));
    QCOMPARE(state(), QStringLiteral("change-requested"));
    // Signing the correction signs only the group it changes.
    r = run(sign + janeSigns + QStringList{QStringLiteral("--request"), correctedFile}, QStringLiteral("2026-11-09T15:10:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, QStringLiteral("carrier 1: version 2\n"));
    // ... which the stored request does not show yet.
    QCOMPARE(groupOf(status(), 1).value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QCOMPARE(groupOf(status(), 1).value(QStringLiteral("version")).toInt(), 1);
    r = run({QStringLiteral("case"), QStringLiteral("correct"), id, correctedFile}, QStringLiteral("2026-11-09T15:20:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("loa-submitted")), qPrintable(describe(r)));
    st = status();
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(groupOf(st, 1).value(QStringLiteral("versions")).toInt(), 2);
    QCOMPARE(groupOf(st, 2).value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(st.value(QStringLiteral("readyToSubmit")).toBool(), true);

    // 91 days after John Doe signed, his signature has run out: resubmitting
    // after another change request waits for a new one.
    r = run({QStringLiteral("case"), QStringLiteral("advance"), id, QStringLiteral("request-change"), QStringLiteral("--fields"),
             QStringLiteral("serviceAddress")}, QStringLiteral("2026-11-10T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString late = QStringLiteral("2027-02-03T15:10:00Z");
    r = run({QStringLiteral("loa"), QStringLiteral("status"), id}, late);
    QVERIFY2(r.out.contains(QLatin1String("carrier 2 (Other Carrier)\texpired")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("carrier 1 (Example Telecom)\tsigned")), qPrintable(r.out));
    r = advance(QStringLiteral("submit-loa"), late);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("carrier group 2 (Other Carrier)")) && r.err.contains(QLatin1String("[loa.expired]")),
             qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("carrier group 1")), qPrintable(describe(r)));
    QCOMPARE(state(), QStringLiteral("change-requested"));
    r = run(sign + johnSigns, late);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out, QStringLiteral("carrier 2: version 2\n"));
    r = advance(QStringLiteral("submit-loa"), late);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("loa-submitted")), qPrintable(describe(r)));
}

namespace {

// A ListPhoneNumbers file: a Business Calling number unassigned, one assigned
// to a user, a Voice Connector number assigned to pbx-east.
const char kInventory[] = "{\"PhoneNumbers\": ["
    "{\"PhoneNumberId\": \"+12064445101\", \"E164PhoneNumber\": \"+12064445101\", \"Country\": \"US\","
    " \"Type\": \"Local\", \"ProductType\": \"BusinessCalling\", \"Status\": \"Unassigned\", \"Associations\": [],"
    " \"CreatedTimestamp\": \"2026-10-01T12:00:00.000Z\", \"UpdatedTimestamp\": \"2026-10-02T12:00:00.000Z\"},"
    "{\"PhoneNumberId\": \"+12064445102\", \"E164PhoneNumber\": \"+12064445102\", \"Country\": \"US\","
    " \"Type\": \"Local\", \"ProductType\": \"BusinessCalling\", \"Status\": \"Assigned\","
    " \"Associations\": [{\"Name\": \"UserId\", \"Value\": \"pat@example.com\", \"AssociatedTimestamp\": \"2026-10-03T12:00:00.000Z\"}],"
    " \"CreatedTimestamp\": \"2026-10-01T12:00:00.000Z\", \"UpdatedTimestamp\": \"2026-10-03T12:00:00.000Z\"},"
    "{\"PhoneNumberId\": \"+18332345103\", \"E164PhoneNumber\": \"+18332345103\", \"Country\": \"US\","
    " \"Type\": \"TollFree\", \"ProductType\": \"VoiceConnector\", \"Status\": \"Assigned\","
    " \"Associations\": [{\"Name\": \"VoiceConnectorId\", \"Value\": \"pbx-east\", \"AssociatedTimestamp\": \"2026-10-03T12:00:00.000Z\"}],"
    " \"CreatedTimestamp\": \"2026-10-01T12:00:00.000Z\", \"UpdatedTimestamp\": \"2026-10-03T12:00:00.000Z\"}"
    "]}";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestCli::inventoryExportAndImport()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString file = writeFile(QStringLiteral("inventory.json"), kInventory);

    // The connector must exist first (or be asked for): refused, nothing imported.
    Run r = cli({QStringLiteral("inventory"), QStringLiteral("import"), file}, QStringLiteral("2026-11-02T15:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("row 2")) && r.err.contains(QLatin1String("import.voice-connector-missing")),
             qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list")});
    QCOMPARE(r.json().array().size(), 0);
    r = cli({QStringLiteral("voice-connector"), QStringLiteral("create"), QStringLiteral("pbx-east")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), file});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("3")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("Assigned")});
    QCOMPARE(r.json().array().size(), 2);

    // The same file again: every row is refused by its index, nothing changes.
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 1);
    for (const char *row : {"row 0", "row 1", "row 2"})
        QVERIFY2(r.err.contains(QLatin1String(row)), qPrintable(describe(r)));
    QVERIFY(r.err.contains(QLatin1String("import.in-inventory")));

    // Export: JSON to a file, CSV to stdout; a wrong format is bad usage.
    const QString exported = m_files.filePath(QStringLiteral("exported.json"));
    r = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), exported});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray rows = QJsonDocument::fromJson(readAll(exported)).object().value(QStringLiteral("PhoneNumbers")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("Associations")).toArray().first().toObject()
                 .value(QStringLiteral("Value")).toString(), QStringLiteral("pat@example.com"));
    QCOMPARE(rows.at(2).toObject().value(QStringLiteral("UpdatedTimestamp")).toString(), QStringLiteral("2026-10-03T12:00:00.000Z"));
    r = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith(QLatin1String("E164PhoneNumber,")));
    QVERIFY(lines.at(3).startsWith(QLatin1String("+18332345103,")));
    r = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("inventory"), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 2);

    // Into an empty store, the connector created on request; exported again: the same file.
    auto first = std::move(m_db);
    m_db = std::make_unique<TestDatabase>(QStringLiteral("second"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), exported, QStringLiteral("--create-voice-connectors")},
            QStringLiteral("2026-11-03T15:00:00Z"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("pbx-east")), qPrintable(describe(r)));
    const QString again = m_files.filePath(QStringLiteral("again.json"));
    r = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--out"), again});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(readAll(again), readAll(exported));
    r = cli({QStringLiteral("inventory"), QStringLiteral("show"), QStringLiteral("(206) 444-5102")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("user:pat@example.com")), qPrintable(describe(r)));

    // Files that cannot be imported.
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), m_files.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("import.file-unreadable")), qPrintable(describe(r)));
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), writeFile(QStringLiteral("bad.json"), "{\"PhoneNumbers\": [")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("import.unreadable")), qPrintable(describe(r)));
    r = cli({QStringLiteral("inventory"), QStringLiteral("import")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::inventoryBulkConnectorsAndUsers()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    Run r = cli({QStringLiteral("voice-connector"), QStringLiteral("create"), QStringLiteral("pbx-east")},
                QStringLiteral("2026-11-02T15:00:00Z"));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("inventory"), QStringLiteral("import"), writeFile(QStringLiteral("inv2.json"), kInventory)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Several numbers, all or nothing: one refused, none changed.
    r = cli({QStringLiteral("inventory"), QStringLiteral("unassign"), QStringLiteral("+12064445101"), QStringLiteral("+12064445102")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("inventory.not-assigned")), qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--assignee"), QStringLiteral("PAT")});
    QCOMPARE(r.json().array().size(), 1);
    // --partial: the acceptable one changes, the refused one is listed (exit 1).
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("unassign"), QStringLiteral("+12064445101"),
             QStringLiteral("+12064445102"), QStringLiteral("--partial")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().object().value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(r.json().object().value(QStringLiteral("refused")).toArray().size(), 1);
    r = cli({QStringLiteral("--json"), QStringLiteral("inventory"), QStringLiteral("list"), QStringLiteral("--assignee"), QStringLiteral("PAT")});
    QCOMPARE(r.json().array().size(), 0);
    // Toll-free never to a user.
    r = cli({QStringLiteral("inventory"), QStringLiteral("assign"), QStringLiteral("+18332345103"), QStringLiteral("--user"),
             QStringLiteral("pat@example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("inventory.toll-free-to-user")), qPrintable(describe(r)));

    // A connector in use is not deleted; the message gives the count.
    r = cli({QStringLiteral("voice-connector"), QStringLiteral("delete"), QStringLiteral("pbx-east")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("voiceConnector.in-use")) && r.err.contains(QLatin1String("1")), qPrintable(describe(r)));
    r = cli({QStringLiteral("voice-connector"), QStringLiteral("edit"), QStringLiteral("pbx-east"), QStringLiteral("--name"),
             QStringLiteral("pbx-main"), QStringLiteral("--region"), QStringLiteral("us-west-2"), QStringLiteral("--encryption")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("voice-connector"), QStringLiteral("list")});
    const QJsonObject vc = r.json().array().first().toObject();
    QCOMPARE(vc.value(QStringLiteral("name")).toString(), QStringLiteral("pbx-main"));
    QCOMPARE(vc.value(QStringLiteral("region")).toString(), QStringLiteral("us-west-2"));
    QVERIFY(vc.value(QStringLiteral("encryption")).toBool());
    QCOMPARE(vc.value(QStringLiteral("numbers")).toInt(), 1);
    r = cli({QStringLiteral("inventory"), QStringLiteral("unassign-delete"), QStringLiteral("+18332345103")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("voice-connector"), QStringLiteral("delete"), QStringLiteral("pbx-main")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("voice-connector"), QStringLiteral("delete"), QStringLiteral("pbx-main")});
    QCOMPARE(r.exitCode, 1);

    // Users: added, unique ignoring case, edited, listed.
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Kim@Example.com"), QStringLiteral("--name"), QStringLiteral("Kim Lee")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim@example.COM")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("user.email-taken")), qPrintable(describe(r)));
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim@")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("kim@example.com"), QStringLiteral("--name"), QStringLiteral("Kimberly Lee")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--contains"), QStringLiteral("kimberly")});
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("email")).toString(), QStringLiteral("kim@example.com"));
    r = cli({QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("nobody@example.com")});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
