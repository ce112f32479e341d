// SPDX-License-Identifier: Apache-2.0
// Issue 15 item 3 through the real portdesk-cli binary, on the test's
// engine: who may reveal which secret (case show --reveal, each reveal an
// event of the history with role and login, never the value); issue-pin's
// account ID and PIN off the command line (--pin-file, --pin -, the warning
// on --pin VALUE); and free text that repeats a case's secret refused.

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

// Distinctive secrets, so that a leak is found by a plain text search.
const QString kAccount = QStringLiteral("830417992615");
const QString kPin = QStringLiteral("46183");
const QString kAccountId = QStringLiteral("PD-77310");
const QString kPortOutPin = QStringLiteral("482915");

const char kInventory[] = R"({"PhoneNumbers": [
  {"E164PhoneNumber": "+12064445301", "Type": "Local", "ProductType": "BusinessCalling",
   "Status": "Unassigned"},
  {"E164PhoneNumber": "+12064445302", "Type": "Local", "ProductType": "BusinessCalling",
   "Status": "Unassigned"}]})";

QStringList strings(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

QByteArray lines(const QString &first, const QString &second = QString())
{
    QString text = first + QLatin1Char('\n');
    if (!second.isEmpty())
        text += second + QLatin1Char('\n');
    return text.toUtf8();
}

QString describe(const ProgramRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QByteArray portInRequest(const QString &accountNumber, const QString &number)
{
    return QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-05:00", "btnOption": "none",
  "carriers": [{"carrier": "Verizon", "btn": "+12064440100", "authorizingPerson": "Jane Roe",
    "authorizingTitle": "Owner", "authorizingPhone": "+12064440100", "customerType": "business",
    "portType": "full", "accountNumber": "%1", "pin": "%2", "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["%3"]}]})")
        .arg(accountNumber, kPin, number)
        .toUtf8();
}

} // namespace

class TestCliReveal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void whoMayReveal_data();
    void whoMayReveal();
    void showWithoutRevealRecordsNothing();
    void secretOptions_data();
    void secretOptions();
    void reasonWithSecretRefused_data();
    void reasonWithSecretRefused();

private:
    ProgramRun cli(const QStringList &args, const QByteArray &input = QByteArray());
    QString writeFile(const QString &name, const QByteArray &content);
    QString submitPortIn(const QString &accountNumber, const QString &number);
    // A port-out of +12064445301, its PIN issued.
    QString portOutWithPin();
    QJsonArray events(const QString &id);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
};

void TestCliReveal::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
    QVERIFY(m_files.isValid());
}

void TestCliReveal::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const ProgramRun r = cli({ QStringLiteral("inventory"), QStringLiteral("import"),
        writeFile(QStringLiteral("inventory.json"), kInventory) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

ProgramRun TestCliReveal::cli(const QStringList &args, const QByteArray &input)
{
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
        QStringList { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), QStringLiteral("2026-11-02T15:00:00Z") }
            + args,
        { { QStringLiteral("XDG_DATA_HOME"), m_files.path() },
            { QStringLiteral("XDG_CONFIG_HOME"), m_files.path() } },
        input);
}

QString TestCliReveal::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString TestCliReveal::submitPortIn(const QString &accountNumber, const QString &number)
{
    const ProgramRun r = cli({ QStringLiteral("port-in"), QStringLiteral("submit"),
        writeFile(QStringLiteral("in.json"), portInRequest(accountNumber, number)) });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.out.trimmed();
}

QString TestCliReveal::portOutWithPin()
{
    ProgramRun r = cli({ QStringLiteral("port-out"), QStringLiteral("submit"),
        writeFile(QStringLiteral("out.json"),
            R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
                "numbers": ["+12064445301"]})") });
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    const QString id = r.out.trimmed();
    r = cli({ QStringLiteral("case"), QStringLiteral("advance"), id, QStringLiteral("issue-pin"),
                QStringLiteral("--account-id"), QStringLiteral("-"), QStringLiteral("--pin"),
                QStringLiteral("-") },
        (kAccountId + QLatin1Char('\n') + kPortOutPin + QLatin1Char('\n')).toUtf8());
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    return id;
}

QJsonArray TestCliReveal::events(const QString &id)
{
    const ProgramRun r
        = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id });
    return r.object().value(QStringLiteral("events")).toArray();
}

void TestCliReveal::whoMayReveal_data()
{
    QTest::addColumn<QString>("kind"); // port-in, port-in-pin-only (no account number), port-out
    QTest::addColumn<QString>("as"); // empty: no --as
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("revealed"); // the event's secrets, in order
    QTest::addColumn<QString>("withheld"); // a rule said on stderr; empty: none

    const QString notPermitted = QStringLiteral("reveal.not-permitted");
    QTest::newRow("port-in, admin") << "port-in" << "admin" << 0
                                    << strings({ "accountNumber", "pin" }) << QString();
    QTest::newRow("port-in, no --as: the admin")
        << "port-in" << "" << 0 << strings({ "accountNumber", "pin" }) << QString();
    QTest::newRow("port-in, support: not the PIN")
        << "port-in" << "support" << 0 << strings({ "accountNumber" }) << notPermitted;
    QTest::newRow("port-in PIN only, support: refused")
        << "port-in-pin-only" << "support" << 1 << QStringList() << notPermitted;
    QTest::newRow("port-in PIN only, admin")
        << "port-in-pin-only" << "admin" << 0 << strings({ "pin" }) << QString();
    QTest::newRow("port-out, support") << "port-out" << "support" << 0
                                       << strings({ "portOutAccountId", "portOutPin" }) << QString();
    QTest::newRow("port-out, admin") << "port-out" << "admin" << 0
                                     << strings({ "portOutAccountId", "portOutPin" }) << QString();
}

void TestCliReveal::whoMayReveal()
{
    QFETCH(QString, kind);
    QFETCH(QString, as);
    QFETCH(int, exitCode);
    QFETCH(QStringList, revealed);
    QFETCH(QString, withheld);
    const QString id = kind == QLatin1String("port-out")
        ? portOutWithPin()
        : submitPortIn(kind == QLatin1String("port-in") ? kAccount : QString(),
            QStringLiteral("+12064440101"));
    QVERIFY(!id.isEmpty());
    const qsizetype before = events(id).size();

    QStringList args { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id,
        QStringLiteral("--reveal") };
    if (!as.isEmpty())
        args << QStringLiteral("--as") << as;
    const ProgramRun r = cli(args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    if (!withheld.isEmpty())
        QVERIFY2(r.err.contains(withheld), qPrintable(describe(r)));
    else
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    // What was shown: the values revealed, the rest masked.
    if (exitCode == 0) {
        const QJsonObject shown = r.object();
        const QString text = QString::fromUtf8(QJsonDocument(shown).toJson());
        if (kind == QLatin1String("port-out")) {
            QCOMPARE(shown.value(QStringLiteral("portOutAccountId")).toString(), kAccountId);
            QCOMPARE(shown.value(QStringLiteral("portOutPin")).toString(), kPortOutPin);
        } else {
            const QJsonObject g = shown.value(QStringLiteral("carriers")).toArray().at(0).toObject();
            QCOMPARE(g.value(QStringLiteral("pin")).toString() == kPin, revealed.contains(QStringLiteral("pin")));
            QCOMPARE(text.contains(kAccount), revealed.contains(QStringLiteral("accountNumber")));
        }
    }

    // The history: one reveal event more (none when refused), with the role
    // and the login, naming the secrets, never their values.
    const QJsonArray after = events(id);
    QCOMPARE(after.size(), before + (exitCode == 0 ? 1 : 0));
    const QString history = QString::fromUtf8(QJsonDocument(after).toJson());
    for (const QString &secret : { kAccount, kPin, kAccountId, kPortOutPin })
        QVERIFY2(!history.contains(secret), qPrintable(history));
    if (exitCode != 0)
        return;
    const QJsonObject event = after.last().toObject();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("reveal"));
    QCOMPARE(event.value(QStringLiteral("actor")).toString(), as.isEmpty() ? QStringLiteral("admin") : as);
    QVERIFY(!event.value(QStringLiteral("login")).toString().isEmpty());
    QVERIFY(!event.value(QStringLiteral("at")).toString().isEmpty());
    QStringList named;
    for (const QJsonValue &v : event.value(QStringLiteral("args")).toObject().value(QStringLiteral("revealed")).toArray())
        named << v.toObject().value(QStringLiteral("secret")).toString();
    QCOMPARE(named, revealed);
    const QString said = event.value(QStringLiteral("text")).toString();
    QVERIFY2(said.startsWith(QLatin1String("Revealed the ")), qPrintable(said));
    if (kind != QLatin1String("port-out"))
        QVERIFY2(said.contains(QLatin1String("carrier group 1 (Verizon)")), qPrintable(said));
    // The state is the same; the case's version counts the event.
    const ProgramRun plain
        = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id });
    QCOMPARE(plain.object().value(QStringLiteral("state")).toString(),
        kind == QLatin1String("port-out") ? QStringLiteral("pin-issued") : QStringLiteral("submitted"));
}

void TestCliReveal::showWithoutRevealRecordsNothing()
{
    const QString id = submitPortIn(kAccount, QStringLiteral("+12064440101"));
    QVERIFY(!id.isEmpty());
    const ProgramRun r = cli({ QStringLiteral("case"), QStringLiteral("show"), id });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!r.out.contains(kAccount) && !r.out.contains(kPin));
    QCOMPARE(events(id).size(), 1);
    // The text form says who revealed what, too.
    QVERIFY(cli({ QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--reveal") }).exitCode == 0);
    const ProgramRun text = cli({ QStringLiteral("case"), QStringLiteral("show"), id });
    QVERIFY2(text.out.contains(QLatin1String("Revealed the account number of carrier group 1 (Verizon) and "
                                             "the PIN of carrier group 1 (Verizon).")),
        qPrintable(text.out));
}

void TestCliReveal::secretOptions_data()
{
    // {id}: the case; {account}, {pin}: files holding kAccountId, kPortOutPin.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("othersMayRead"); // the files' mode 0644 instead of 0600
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("warnings"); // rules said on stderr
    QTest::addColumn<bool>("pinGenerated");

    const QString account = QStringLiteral("--account-id");
    const QString pin = QStringLiteral("--pin");
    QTest::newRow("both from files") << strings({ "--account-id-file", "{account}", "--pin-file", "{pin}" })
                                     << QByteArray() << false << 0 << QStringList() << false;
    QTest::newRow("both from stdin") << QStringList { account, QStringLiteral("-"), pin, QStringLiteral("-") }
                                     << lines(kAccountId, kPortOutPin) << false << 0
                                     << QStringList() << false;
    QTest::newRow("account ID from stdin, PIN made up")
        << QStringList { account, QStringLiteral("-") } << lines(kAccountId) << false << 0 << QStringList()
        << true;
    QTest::newRow("on the command line: warned")
        << QStringList { account, kAccountId, pin, kPortOutPin } << QByteArray() << false << 0
        << strings({ "pin.on-command-line", "account-id.on-command-line" }) << false;
    QTest::newRow("files others may read: warned")
        << strings({ "--account-id-file", "{account}", "--pin-file", "{pin}" }) << QByteArray()
        << true << 0 << strings({ "pin-file.readable-by-others", "account-id-file.readable-by-others" })
        << false;
    QTest::newRow("no account ID") << QStringList { pin, QStringLiteral("-") } << lines(kPortOutPin) << false
                                   << 2 << QStringList() << false;
    QTest::newRow("stdin empty") << QStringList { account, QStringLiteral("-") } << QByteArray() << false << 2
                                 << QStringList() << false;
}

void TestCliReveal::secretOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, input);
    QFETCH(bool, othersMayRead);
    QFETCH(int, exitCode);
    QFETCH(QStringList, warnings);
    QFETCH(bool, pinGenerated);
    ProgramRun r = cli({ QStringLiteral("port-out"), QStringLiteral("submit"),
        writeFile(QStringLiteral("out.json"),
            R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
                "numbers": ["+12064445302"]})") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString id = r.out.trimmed();
    const QString accountFile = writeFile(QStringLiteral("account"), lines(kAccountId));
    const QString pinFile = writeFile(QStringLiteral("pin"), lines(kPortOutPin, QStringLiteral("second line")));
    if (othersMayRead) {
        for (const QString &f : { accountFile, pinFile })
            QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                    | QFileDevice::ReadOther);
    }
    QStringList args { QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("advance"), id,
        QStringLiteral("issue-pin") };
    for (QString o : std::as_const(options))
        args << o.replace(QLatin1String("{account}"), accountFile).replace(QLatin1String("{pin}"), pinFile);
    r = cli(args, input);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    // Under --json the warnings are items of stderr's JSON object (issue 16).
    const QJsonArray said = QJsonDocument::fromJson(r.err.toUtf8()).object().value(QStringLiteral("warnings")).toArray();
    for (const QString &rule : std::as_const(warnings))
        QVERIFY2(std::any_of(said.begin(), said.end(),
                     [&rule](const QJsonValue &w) { return w.toObject().value(QStringLiteral("rule")).toString() == rule; }),
            qPrintable(describe(r)));
    if (warnings.isEmpty() && exitCode == 0)
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    // A warning or a refusal never repeats the secret.
    QVERIFY2(!r.err.contains(kAccountId) && !r.err.contains(kPortOutPin), qPrintable(describe(r)));
    if (exitCode != 0)
        return;
    QCOMPARE(r.object().contains(QStringLiteral("generatedPin")), pinGenerated);
    const ProgramRun shown = cli({ QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"),
        id, QStringLiteral("--reveal"), QStringLiteral("--as"), QStringLiteral("support") });
    QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
    QCOMPARE(shown.object().value(QStringLiteral("portOutAccountId")).toString(), kAccountId);
    if (!pinGenerated)
        QCOMPARE(shown.object().value(QStringLiteral("portOutPin")).toString(), kPortOutPin);
}

void TestCliReveal::reasonWithSecretRefused_data()
{
    QTest::addColumn<QStringList>("step"); // after "case advance ID"
    QTest::addColumn<QString>("named"); // what the refusal names; empty: accepted

    const QString reason = QStringLiteral("--reason");
    QTest::newRow("not-portable, the PIN")
        << QStringList { QStringLiteral("not-portable"), reason, QStringLiteral("The PIN %1 is wrong").arg(kPin) }
        << QStringLiteral("the PIN of carrier group 1 (Verizon)");
    QTest::newRow("not-portable, the account number grouped")
        << QStringList { QStringLiteral("not-portable"), reason, QStringLiteral("acct 8304 1799 2615 closed") }
        << QStringLiteral("the account number of carrier group 1 (Verizon)");
    QTest::newRow("cancel, the PIN") << QStringList { QStringLiteral("cancel"), reason, QStringLiteral("pin=%1").arg(kPin) }
                                     << QStringLiteral("the PIN of carrier group 1 (Verizon)");
    QTest::newRow("reject-numbers, the account number")
        << QStringList { QStringLiteral("reject-numbers"), QStringLiteral("--numbers"), QStringLiteral("+12064440101"), reason, QStringLiteral("account %1 is another customer's").arg(kAccount) }
        << QStringLiteral("the account number of carrier group 1 (Verizon)");
    QTest::newRow("not-portable, no secret: accepted")
        << QStringList { QStringLiteral("not-portable"), reason, QStringLiteral("Call (206) 444-0101 first") } << QString();
    QTest::newRow("cancel, part of the account number: accepted")
        << QStringList { QStringLiteral("cancel"), reason, QStringLiteral("account ending 2615") } << QString();
}

void TestCliReveal::reasonWithSecretRefused()
{
    QFETCH(QStringList, step);
    QFETCH(QString, named);
    const QString id = submitPortIn(kAccount, QStringLiteral("+12064440101"));
    QVERIFY(!id.isEmpty());
    const ProgramRun r = cli(QStringList { QStringLiteral("case"), QStringLiteral("advance"), id } + step);
    if (named.isEmpty()) {
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        return;
    }
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("reason: ")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("[reason.contains-secret]")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(named), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(kPin) && !r.err.contains(kAccount), qPrintable(describe(r)));
    QCOMPARE(events(id).size(), 1); // nothing happened
}

QTEST_GUILESS_MAIN(TestCliReveal)
#include "tst_clireveal.moc"
