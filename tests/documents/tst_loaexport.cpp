// SPDX-License-Identifier: Apache-2.0
// `portdesk-cli loa export` end to end: a case in the store, one carrier
// group signed, an attachment; the real binary writes one PDF per group in
// the language asked, each with its own signature state.
#include "ProgramRun.h"
#include "TestDatabase.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "service/Services.h"
#include "store/PersonalKey.h"
#include "store/Store.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portdesk;

namespace {

QDateTime iso(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

PortInRequest twoCarriers()
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = iso("2026-03-30T10:00:00-04:00");
    r.btnOption = BtnOption::None;
    CarrierGroup a;
    a.carrier = QStringLiteral("Example Telecom");
    a.btn = QStringLiteral("+12064440100");
    a.authorizingPerson = QStringLiteral("Jane Roe");
    a.authorizingTitle = QStringLiteral("Office Manager");
    a.authorizingPhone = QStringLiteral("+12064449911");
    a.customerType = CustomerType::Business;
    a.portScope = PortScope::Full;
    a.accountNumber = QStringLiteral("830417992615");
    a.pin = QStringLiteral("46183");
    a.customerName = QStringLiteral("Example Corp");
    a.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    a.numbers = { QStringLiteral("+12064440101"), QStringLiteral("+12064440102") };
    CarrierGroup b = a;
    b.carrier = QStringLiteral("Northwind Wireless");
    b.btn = QStringLiteral("+15032261000");
    b.authorizingPerson = QStringLiteral("Rafael Ortiz");
    b.customerName = QStringLiteral("Contoso LLC");
    b.accountNumber = QStringLiteral("NW-44120");
    b.pin = QStringLiteral("5150");
    b.serviceAddress = { QStringLiteral("88 Harbor Way"), QStringLiteral("Portland"),
        QStringLiteral("OR"), QStringLiteral("97201") };
    b.numbers = { QStringLiteral("+15032261001") };
    r.carriers = { a, b };
    return r;
}

QByteArray drawnSignature()
{
    QImage pad(300, 90, QImage::Format_ARGB32);
    pad.fill(Qt::transparent);
    QPainter p(&pad);
    p.setPen(QPen(Qt::black, 3));
    p.drawLine(20, 70, 140, 20);
    p.drawLine(140, 20, 280, 60);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    pad.save(&buffer, "PNG");
    return png;
}

using Run = ProgramRun;

Run run(const QString &program, const QStringList &args, const QString &home = QString())
{
    QHash<QString, QString> env;
    // The store's key of the test itself (which made the store), wherever
    // the program's settings are.
    env.insert(QStringLiteral("PORTDESK_STORE_KEY"),
        portdesk::PersonalKey::toText(portdesk::PersonalKey::find().bytes));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        // The settings (the gaining provider) of this test, not the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    }
    return runProgram(program, args, env);
}

QString text(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
        .out.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

int images(const QString &pdf)
{
    // Rows of type "image" (a transparent drawing adds an "smask" row).
    const Run r = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    return int(r.out.count(QRegularExpression(
        QStringLiteral("^\\s*\\d+\\s+\\d+\\s+image\\s"), QRegularExpression::MultilineOption)));
}

} // namespace

class TestLoaExport : public QObject {
    Q_OBJECT

private:
    FixedClock m_clock { iso("2026-03-02T15:00:00Z") };
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_files;
    qint64 m_case = 0;

    Run cli(const QStringList &args, const QString &now)
    {
        return run(QStringLiteral(PORTDESK_CLI_PATH),
            QStringList { QStringLiteral("--db"), m_db->url(), QStringLiteral("--now"), now }
                + args,
            m_files.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(PORTDESK_CLI_PATH)));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "poppler-utils is needed");
        Clock::setInstance(&m_clock);
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        StoreStatus status;
        std::unique_ptr<Store> store = Store::open(m_db->url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        Services service(*store);
        const ChangeResult submitted = service.cases.submitPortIn(twoCarriers());
        QVERIFY(submitted.ok());
        m_case = submitted.id;
        QVERIFY(service.cases.advance(m_case, CaseEvent::Portable, Role::Support, {}).ok());
        QVERIFY(service.cases.advance(m_case, CaseEvent::RequestLoa, Role::Support, {}).ok());
        m_clock.set(iso("2026-03-03T19:03:00Z"));
        const ChangeResult signedLoa = service.loas.signLoa(m_case, 0,
            LoaSigner {
                QStringLiteral("Jane Roe"), QStringLiteral("Office Manager"), drawnSignature() });
        QVERIFY(signedLoa.ok());
        const QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
        QVERIFY(service
                    .loas.addAttachment(m_case, AttachmentKind::CarrierInvoice,
                        QStringLiteral("invoice-february.pdf"), pdf)
                    .ok());
    }

    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setInstance(nullptr);
    }

    // The signed group carries its signature, the other blank lines; both
    // name the attachment; each in the language asked.
    void exportsEachGroupWithItsSignature_data()
    {
        QTest::addColumn<QStringList>("lang");
        QTest::addColumn<QString>("signedLine");
        QTest::addColumn<QString>("blankLine");
        QTest::addColumn<QString>("version");
        QTest::newRow("default English")
            << QStringList() << QStringLiteral("Signed electronically by Jane Roe on")
            << QStringLiteral("Signature of the authorizing person") << QStringLiteral("Version 1");
        QTest::newRow("Spanish") << QStringList { QStringLiteral("--lang"), QStringLiteral("es") }
                                 << QStringLiteral("Firmado electr\u00f3nicamente por Jane Roe el")
                                 << QStringLiteral("Firma de la persona que autoriza")
                                 << QStringLiteral("Versi\u00f3n 1");
    }

    void exportsEachGroupWithItsSignature()
    {
        QFETCH(QStringList, lang);
        QFETCH(QString, signedLine);
        QFETCH(QString, blankLine);
        QFETCH(QString, version);
        const QString out = m_files.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                 .replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = cli(QStringList { QStringLiteral("loa"), QStringLiteral("export"),
                              QString::number(m_case), QStringLiteral("--out"), out }
                + lang,
            QStringLiteral("2026-03-04T10:00:00-05:00"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first
            = QDir(out).filePath(QStringLiteral("loa-case-%1-carrier-1.pdf").arg(m_case));
        const QString second
            = QDir(out).filePath(QStringLiteral("loa-case-%1-carrier-2.pdf").arg(m_case));
        QCOMPARE(
            r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), (QStringList { first, second }));

        const QString signedText = text(first);
        QVERIFY2(signedText.contains(signedLine), qPrintable(signedText));
        // Signed at 19:03 UTC on 3 March: shown in the customer's zone as it
        // was then (Eastern standard time, -05:00; the port date is in EDT).
        QVERIFY2(signedText.contains(QStringLiteral("(EST, UTC-05:00)"))
                && !signedText.contains(QStringLiteral("UTC+00:00")),
            qPrintable(signedText));
        QVERIFY2(signedText.contains(lang.isEmpty() ? QStringLiteral("2:03 PM (EST, UTC-05:00)")
                                                    : QStringLiteral("14:03 (EST, UTC-05:00)")),
            qPrintable(signedText));
        QVERIFY(signedText.contains(version));
        QVERIFY(signedText.contains(QStringLiteral("invoice-february.pdf")));
        QVERIFY(signedText.contains(
            QStringLiteral("830417992615"))); // the LOA shows the account number in full
        QCOMPARE(images(first), 1); // the drawn signature
        // It prints the account number and PIN: only its owner may read it.
        QCOMPARE(QFile::permissions(first) & 0x0077,
            QFileDevice::Permissions()); // no group or other bits
        QCOMPARE(QFile::permissions(second) & 0x0077, QFileDevice::Permissions());

        const QString unsignedText = text(second);
        QVERIFY(unsignedText.contains(blankLine));
        QVERIFY(!unsignedText.contains(signedLine));
        QVERIFY(!unsignedText.contains(version));
        QVERIFY(unsignedText.contains(QStringLiteral("invoice-february.pdf")));
        QVERIFY(!unsignedText.contains(QStringLiteral("Example Corp")));
        QCOMPARE(images(second), 0);
    }

    // loa provider sets the gaining provider the letters name; --reset goes
    // back to the default, the cloud calling service.
    void gainingProviderFromSettings()
    {
        const QString now = QStringLiteral("2026-03-04T10:00:00-05:00");
        Run r = cli({ QStringLiteral("loa"), QStringLiteral("provider") }, now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("name\tAmazon Chime\n")), qPrintable(r.out));
        r = cli({ QStringLiteral("loa"), QStringLiteral("provider"), QStringLiteral("--name"),
                    QStringLiteral("Example Cloud Voice"), QStringLiteral("--provider-id"),
                    QStringLiteral("7A21"), QStringLiteral("--contact"),
                    QStringLiteral("porting@example.net") },
            now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("--json"), QStringLiteral("loa"), QStringLiteral("provider") }, now);
        QCOMPARE(r.out.trimmed(),
            QStringLiteral(R"({"contact":"porting@example.net","name":"Example Cloud Voice","providerId":"7A21"})"));

        const QString out = m_files.filePath(QStringLiteral("provider"));
        r = cli({ QStringLiteral("loa"), QStringLiteral("export"), QString::number(m_case),
                    QStringLiteral("--out"), out },
            now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString pdf = QDir(out).filePath(QStringLiteral("loa-case-%1-carrier-1.pdf").arg(m_case));
        QString t = text(pdf);
        QVERIFY2(t.contains(QStringLiteral("authorizes Example Cloud Voice to act as its agent")),
            qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Provider ID 7A21")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Provider contact porting@example.net")), qPrintable(t));
        // A changed provider does not undo the signature.
        QVERIFY2(t.contains(QStringLiteral("Signed electronically by Jane Roe")), qPrintable(t));

        r = cli({ QStringLiteral("loa"), QStringLiteral("provider"), QStringLiteral("--reset"),
                    QStringLiteral("--name"), QStringLiteral("X") },
            now);
        QCOMPARE(r.exitCode, 2);
        r = cli({ QStringLiteral("loa"), QStringLiteral("provider"), QStringLiteral("--reset") }, now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("loa"), QStringLiteral("export"), QString::number(m_case),
                    QStringLiteral("--out"), out },
            now);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        t = text(pdf);
        QVERIFY2(t.contains(QStringLiteral("authorizes Amazon Chime to act as its agent")), qPrintable(t));
        QVERIFY(!t.contains(QStringLiteral("Provider ID")));
    }

    // 91 days after signing the signature has expired: the export no longer
    // prints it.
    void expiredSignatureIsNotPrinted()
    {
        const QString out = m_files.filePath(QStringLiteral("expired"));
        const Run r = cli({ QStringLiteral("loa"), QStringLiteral("export"),
                              QString::number(m_case), QStringLiteral("--out"), out },
            QStringLiteral("2026-06-03T10:00:00-04:00"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString first
            = text(QDir(out).filePath(QStringLiteral("loa-case-%1-carrier-1.pdf").arg(m_case)));
        QVERIFY(!first.contains(QStringLiteral("Signed electronically")));
        QVERIFY(first.contains(QStringLiteral("Signature of the authorizing person")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown language") << QStringList { QStringLiteral("--lang"),
            QStringLiteral("fr") } << 2 << QStringLiteral("fr");
        QTest::newRow("no such case")
            << QStringList { QStringLiteral("--case"), QStringLiteral("999") } << 1
            << QStringLiteral("999");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QString id = QString::number(m_case);
        QStringList extra = args;
        if (args.first() == QLatin1String("--case")) {
            id = args.at(1);
            extra.clear();
        }
        const Run r = cli(QStringList { QStringLiteral("loa"), QStringLiteral("export"), id,
                              QStringLiteral("--out"), m_files.filePath(QStringLiteral("bad")) }
                + extra,
            QStringLiteral("2026-03-04T10:00:00-05:00"));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_MAIN(TestLoaExport)
#include "tst_loaexport.moc"
