// SPDX-License-Identifier: Apache-2.0
// portdesk-cli notify, end to end on both engines with a real SMTP server
// on loopback (tests/support/smtp_sink.py, Debian's python3-aiosmtpd): a
// server that is down at first gets the mail later, exactly once; no
// secret in any message; AUTH with a password file of mode 0600; the
// settings refuse bad input by field and rule; opt-outs.

#include "ProgramRun.h"
#include "SmtpSink.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using Run = ProgramRun;

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// Six Unassigned numbers, +12064445201 to +12064445206.
QByteArray inventory()
{
    QStringList numbers;
    for (int i = 1; i <= 6; ++i) {
        numbers << QStringLiteral(
            R"({"PhoneNumberId": "+1206444520%1", "E164PhoneNumber": "+1206444520%1",
   "Country": "US", "Type": "Local", "ProductType": "BusinessCalling", "Status": "Unassigned",
   "Associations": [], "CreatedTimestamp": "2026-10-01T12:00:00.000Z",
   "UpdatedTimestamp": "2026-10-02T12:00:00.000Z"})")
                       .arg(i);
    }
    return QStringLiteral("{\"PhoneNumbers\": [%1]}").arg(numbers.join(QLatin1Char(','))).toUtf8();
}

// Unique secrets: a leak is found by a plain text search.
const QString kAccountNumber = QStringLiteral("7193046628451");
const QString kPin = QStringLiteral("80357");
const QString kPortOutAccountId = QStringLiteral("POX-88213-ACCT");
const QString kPortOutPin = QStringLiteral("601958");
const QString kSmtpPassword = QStringLiteral("s3cret-Smtp-Pw-4417");

const char kPortIn[] = R"({
  "productType": "BusinessCalling", "adminEmail": "admin@example.com",
  "requestedPortAt": "2026-12-15T10:00:00-05:00", "btnOption": "none",
  "carriers": [{"carrier": "Example Telecom", "btn": "+12064440100",
    "authorizingPerson": "Jane Roe", "authorizingTitle": "Office Manager",
    "authorizingPhone": "+12064449911",
    "customerType": "business", "portType": "full", "accountNumber": "%1", "pin": "%2",
    "customerName": "Example Corp",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": ["+12064440101", "+12064440102"]}]})";

const QString kT0 = QStringLiteral("2026-11-02T15:00:00Z");

QString at(qint64 secondsAfterT0)
{
    return QDateTime::fromString(kT0, Qt::ISODate)
        .addSecs(secondsAfterT0)
        .toUTC()
        .toString(Qt::ISODate);
}

} // namespace

class TestCliNotify : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notConfigured();
    void serverDownFirstGetsTheMailLaterExactlyOnce();
    void noSecretInAnyMessage();
    void authWithPasswordFile();
    void settingsRefuseBadInput_data();
    void settingsRefuseBadInput();
    void optOutAndIn();
    void twoSendersNeverSendTheSameMessage();

private:
    Run cli(const QStringList &args, const QString &now = kT0,
        const QHash<QString, QString> &env = {});
    QString writeFile(const QString &name, const QByteArray &content);
    QString portOut(int number = 1);
    QJsonArray pending();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestCliNotify::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
}

void TestCliNotify::init()
{
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const Run r = cli({ QStringLiteral("inventory"), QStringLiteral("import"),
        writeFile(QStringLiteral("inventory.json"), inventory()) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestCliNotify::cleanup()
{
    m_db.reset();
    m_files.reset();
}

Run TestCliNotify::cli(const QStringList &args, const QString &now,
    const QHash<QString, QString> &env)
{
    const QStringList all
        = QStringList { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), now } + args;
    QHash<QString, QString> environment = env;
    // The machine's own settings and store stay out of it.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_files->filePath(QStringLiteral("data")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_files->filePath(QStringLiteral("config")));
    if (!environment.contains(QStringLiteral("PORTDESK_SMTP_PASSWORD")))
        environment.insert(QStringLiteral("PORTDESK_SMTP_PASSWORD"), QString());
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH), all, environment);
}

QString TestCliNotify::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

QString TestCliNotify::portOut(int number)
{
    const QString file = writeFile(QStringLiteral("out.json"),
        QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "admin@example.com",
            "numbers": ["+1206444520%1"]})")
            .arg(number)
            .toUtf8());
    const Run r = cli({ QStringLiteral("port-out"), QStringLiteral("submit"), file });
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    return r.out.trimmed();
}

QJsonArray TestCliNotify::pending()
{
    const Run r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("list"),
        QStringLiteral("--pending") });
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.json().array();
}

void TestCliNotify::notConfigured()
{
    const Run r = cli({ QStringLiteral("notify"), QStringLiteral("send") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("notify.not-configured")), qPrintable(r.err));
}

void TestCliNotify::serverDownFirstGetsTheMailLaterExactlyOnce()
{
    SmtpSink sink;
    // A free port, then nobody listening on it: the server is down.
    QString started = sink.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const int port = sink.port();
    sink.stop();
    Run r = cli({ QStringLiteral("notify"), QStringLiteral("settings"), QStringLiteral("--server"),
        sink.url(), QStringLiteral("--sender"), QStringLiteral("portdesk@porting.example"),
        QStringLiteral("--starttls"), QStringLiteral("off"), QStringLiteral("--support-address"),
        QStringLiteral("help@porting.example"), QStringLiteral("--timeout"), QStringLiteral("5") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!portOut().isEmpty());
    QCOMPARE(pending().size(), 2); // port-out-requested to the admin, submitted to support

    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(r.object().value(QStringLiteral("failed")).toInt(), 2);
    QCOMPARE(r.object().value(QStringLiteral("pending")).toInt(), 2);
    QJsonArray rows = pending();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("nextAttemptAt")).toString(),
                     Qt::ISODate),
            QDateTime::fromString(at(60), Qt::ISODate));
        QVERIFY2(o.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("SMTP")),
            qPrintable(o.value(QStringLiteral("lastError")).toString()));
    }
    // Before the back-off is over nothing is tried, even with the server up.
    started = sink.start(port);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") }, at(30));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(r.object().value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(sink.messages().size(), 0);
    // Then it goes, once.
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") }, at(61));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 2);
    QCOMPARE(r.object().value(QStringLiteral("pending")).toInt(), 0);
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") }, at(7200));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 0);
    const QStringList messages = sink.messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.filter(QStringLiteral("X-Envelope-To: admin@example.com\r\n")).size(), 1);
    QCOMPARE(messages.filter(QStringLiteral("X-Envelope-To: help@porting.example\r\n")).size(), 1);
    QCOMPARE(messages.filter(QStringLiteral("Subject: [PortDesk] Case 1 (port-out): a port-out was "
                                            "requested"))
                 .size(),
        1);
    QCOMPARE(pending().size(), 0);
    // The list keeps them, sent, after the two attempts each.
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("list") });
    for (const QJsonValue &v : r.json().array()) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(v.toObject().value(QStringLiteral("attempts")).toInt(), 2);
    }
}

void TestCliNotify::noSecretInAnyMessage()
{
    SmtpSink sink;
    const QString started = sink.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    Run r = cli({ QStringLiteral("notify"), QStringLiteral("settings"), QStringLiteral("--server"),
        sink.url(), QStringLiteral("--sender"), QStringLiteral("portdesk@porting.example"),
        QStringLiteral("--starttls"), QStringLiteral("optional"),
        QStringLiteral("--support-address"), QStringLiteral("help@porting.example") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString request = writeFile(QStringLiteral("in.json"),
        QString::fromLatin1(kPortIn).arg(kAccountNumber, kPin).toUtf8());
    r = cli({ QStringLiteral("port-in"), QStringLiteral("submit"), request });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString portInId = r.out.trimmed();
    r = cli({ QStringLiteral("case"), QStringLiteral("advance"), portInId, QStringLiteral("portable"),
        QStringLiteral("--as"), QStringLiteral("support") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("case"), QStringLiteral("advance"), portInId,
        QStringLiteral("request-loa"), QStringLiteral("--as"), QStringLiteral("support") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString out = portOut();
    QVERIFY(!out.isEmpty());
    r = cli({ QStringLiteral("case"), QStringLiteral("advance"), out, QStringLiteral("issue-pin"),
        QStringLiteral("--account-id"), kPortOutAccountId, QStringLiteral("--pin"), kPortOutPin,
        QStringLiteral("--as"), QStringLiteral("support") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 6);
    const QStringList messages = sink.messages();
    QCOMPARE(messages.size(), 6);
    QCOMPARE(messages.filter(QStringLiteral("the port-out PIN is issued")).size(), 1);
    for (const QString &m : messages) {
        for (const QString &secret : { kAccountNumber, kPin, kPortOutAccountId, kPortOutPin })
            QVERIFY2(!m.contains(secret), qPrintable(secret + QLatin1Char('\n') + m));
    }
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("list") });
    for (const QString &secret : { kAccountNumber, kPin, kPortOutAccountId, kPortOutPin })
        QVERIFY(!r.out.contains(secret));
}

void TestCliNotify::authWithPasswordFile()
{
    const QString password = writeFile(QStringLiteral("smtp-password"), kSmtpPassword.toUtf8() + '\n');
    QVERIFY(QFile::setPermissions(password, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    SmtpSink sink;
    const QString started = sink.start(0, QStringLiteral("mailer"), password);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // A password file others can read is refused, and nothing is saved.
    const QString open = writeFile(QStringLiteral("open-password"), kSmtpPassword.toUtf8());
    QVERIFY(QFile::setPermissions(open,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    const QStringList base { QStringLiteral("notify"), QStringLiteral("settings"),
        QStringLiteral("--server"), sink.url(), QStringLiteral("--sender"),
        QStringLiteral("portdesk@porting.example"), QStringLiteral("--starttls"),
        QStringLiteral("optional"), QStringLiteral("--user"), QStringLiteral("mailer") };
    Run r = cli(base + QStringList { QStringLiteral("--password-file"), open });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("notify.password-file")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("chmod 600")));
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("settings") });
    QVERIFY(r.object().value(QStringLiteral("server")).isNull());

    r = cli(base + QStringList { QStringLiteral("--password-file"), password });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(!r.out.contains(kSmtpPassword));
    // The settings keep the file's path, never the password.
    QByteArray saved;
    QDirIterator conf(m_files->filePath(QStringLiteral("config")), { QStringLiteral("*.conf") },
        QDir::Files, QDirIterator::Subdirectories);
    while (conf.hasNext()) {
        QFile f(conf.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        saved += f.readAll();
    }
    QVERIFY(saved.contains("notify"));
    QVERIFY(saved.contains(password.toUtf8()));
    QVERIFY(!saved.contains(kSmtpPassword.toUtf8()));

    QVERIFY(!portOut().isEmpty());
    // A wrong password (from the environment, which comes first): refused
    // by the server, retried later, the password in no error.
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") }, kT0,
        { { QStringLiteral("PORTDESK_SMTP_PASSWORD"), QStringLiteral("wrong-pw-9931") } });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(sink.messages().size(), 0);
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("list") });
    QVERIFY(!r.out.contains(QStringLiteral("wrong-pw-9931")));
    QVERIFY(!r.out.contains(kSmtpPassword));
    // The right one, from the file.
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") }, at(120));
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.object().value(QStringLiteral("sent")).toInt(), 1);
    QCOMPARE(sink.messages().size(), 1);
    QVERIFY(!sink.messages().first().contains(kSmtpPassword));
}

void TestCliNotify::settingsRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("named"); // the field, as the message names it
    QTest::newRow("not smtp") << QStringList { QStringLiteral("--server"),
        QStringLiteral("http://mail.example.com") } << "notify.bad-server" << "server";
    QTest::newRow("password in the URL")
        << QStringList { QStringLiteral("--server"),
               QStringLiteral("smtp://me:hunter2@mail.example.com") }
        << "notify.bad-server" << "server";
    QTest::newRow("sender") << QStringList { QStringLiteral("--sender"), QStringLiteral("nobody") }
                            << "notify.bad-email" << "sender";
    QTest::newRow("support") << QStringList { QStringLiteral("--support-address"),
        QStringLiteral("help@") } << "notify.bad-email" << "support-address";
    QTest::newRow("starttls") << QStringList { QStringLiteral("--starttls"),
        QStringLiteral("sometimes") } << "notify.bad-starttls" << "starttls";
    QTest::newRow("no password file") << QStringList { QStringLiteral("--password-file"),
        QStringLiteral("/nonexistent/pw") } << "notify.password-file" << "password-file";
}

void TestCliNotify::settingsRefuseBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, rule);
    QFETCH(QString, named);
    const Run r = cli(QStringList { QStringLiteral("notify"), QStringLiteral("settings") } + args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(rule), qPrintable(r.err));
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    const Run shown = cli({ QStringLiteral("--json"), QStringLiteral("notify"),
        QStringLiteral("settings") });
    QCOMPARE(shown.object().value(QStringLiteral("configured")).toBool(), false);
    QVERIFY(shown.object().value(QStringLiteral("server")).isNull());
}

void TestCliNotify::optOutAndIn()
{
    Run r = cli({ QStringLiteral("notify"), QStringLiteral("opt-out"),
        QStringLiteral("port-out-requested"), QStringLiteral("--email"),
        QStringLiteral("Admin@Example.com") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("notify"), QStringLiteral("opt-out"), QStringLiteral("fax"),
        QStringLiteral("--email"), QStringLiteral("admin@example.com") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("notify.unknown-kind")));
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("opt-outs") });
    QCOMPARE(r.json().array().size(), 1);
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("admin@example.com"));
    QVERIFY(!portOut().isEmpty());
    QCOMPARE(pending().size(), 0); // no support address set, the admin opted out
    r = cli({ QStringLiteral("notify"), QStringLiteral("opt-in"),
        QStringLiteral("port-out-requested"), QStringLiteral("--email"),
        QStringLiteral("admin@example.com") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("opt-outs") });
    QCOMPARE(r.json().array().size(), 0);
}

// Two portdesk-cli notify send at the same moment (a timer and a cron job,
// two machines): every message goes exactly once.
void TestCliNotify::twoSendersNeverSendTheSameMessage()
{
    SmtpSink sink;
    const QString started = sink.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    Run r = cli({ QStringLiteral("notify"), QStringLiteral("settings"), QStringLiteral("--server"),
        sink.url(), QStringLiteral("--sender"), QStringLiteral("portdesk@porting.example"),
        QStringLiteral("--starttls"), QStringLiteral("off"), QStringLiteral("--support-address"),
        QStringLiteral("help@porting.example") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (int n = 1; n <= 6; ++n)
        QVERIFY(!portOut(n).isEmpty());
    QCOMPARE(pending().size(), 12);

    QList<QProcess *> senders;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PORTDESK_DB"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_files->filePath(QStringLiteral("data")));
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_files->filePath(QStringLiteral("config")));
        p->setProcessEnvironment(environment);
        senders << p;
    }
    for (QProcess *p : senders)
        p->start(QStringLiteral(PORTDESK_CLI_PATH),
            { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), kT0,
                QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("send") });
    int sent = 0;
    for (QProcess *p : senders) {
        QVERIFY(p->waitForFinished(120000));
        const QByteArray out = p->readAllStandardOutput();
        QVERIFY2(p->exitCode() == 0, out.constData());
        sent += QJsonDocument::fromJson(out).object().value(QStringLiteral("sent")).toInt();
        delete p;
    }
    QCOMPARE(sent, 12);
    const QStringList messages = sink.messages();
    QCOMPARE(messages.size(), 12);
    QSet<QString> ids;
    static const QRegularExpression messageId(QStringLiteral("\r\nMessage-ID: (<[^>]+>)\r\n"));
    for (const QString &m : messages)
        ids.insert(messageId.match(m).captured(1));
    QCOMPARE(ids.size(), 12);
    QCOMPARE(pending().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliNotify)
#include "tst_clinotify.moc"
