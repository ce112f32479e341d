// SPDX-License-Identifier: Apache-2.0
// What makes an LOA one a losing carrier accepts, read back from the PDF
// with pdftotext: the gaining provider named, business or residential, the
// authorizing person's title (once), phone and email, full or partial port
// with the numbers that stay, "Local" or "Toll-free", a toll-free letter
// worded as a RespOrg change, and the signing time in the port date's
// offset; for a local and a toll-free group, in English and Spanish. Set
// PORTDESK_KEEP_LOA_DIR to keep the PDFs.
#include "documents/LoaDocument.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portdesk;

namespace {

// Group 0: a business's local numbers, a partial port. Group 1: its
// toll-free number, a RespOrg change.
PortInRequest request()
{
    PortInRequest r;
    r.productType = ProductType::VoiceConnector;
    r.voiceConnector = QStringLiteral("pbx-east");
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::OffsetFromUTC, -8 * 3600);

    CarrierGroup local;
    local.carrier = QStringLiteral("Example Telecom");
    local.btn = QStringLiteral("+12064440100");
    local.authorizingPerson = QStringLiteral("Jane Roe");
    local.authorizingTitle = QStringLiteral("Office Manager");
    local.authorizingPhone = QStringLiteral("+12064449911");
    local.authorizingEmail = QStringLiteral("jane.roe@example.com");
    local.customerType = CustomerType::Business;
    local.customerName = QStringLiteral("Example Corp");
    local.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("San Francisco"),
        QStringLiteral("CA"), QStringLiteral("94105") };
    local.numbers = { QStringLiteral("+12064440101"), QStringLiteral("+12064440102") };
    local.portScope = PortScope::Partial;
    local.remainingNumbers = { QStringLiteral("+12064440150"), QStringLiteral("+12064440151") };

    CarrierGroup tollFree = local;
    tollFree.carrier = QStringLiteral("Toll-Free Carrier Inc");
    tollFree.customerType = CustomerType::Residential;
    tollFree.authorizingTitle.clear();
    tollFree.numbers = { QStringLiteral("+18002223333") };
    tollFree.portScope = PortScope::Full;
    tollFree.remainingNumbers.clear();
    tollFree.currentRespOrg = QStringLiteral("TFR01");
    tollFree.targetRespOrgId = QStringLiteral("JYT01");

    r.carriers = { local, tollFree };
    return r;
}

LoaSignature janeSigns()
{
    LoaSignature s;
    s.name = QStringLiteral("Jane Roe");
    s.title = QStringLiteral("Boss"); // typed at signing; the request's title stands
    s.signedAt = QDateTime(QDate(2026, 11, 20), QTime(18, 30), Qt::UTC);
    return s;
}

QString collapsed(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestLoaComplete : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    // The PDF's text, whitespace collapsed.
    QString text(const PortInRequest &r, int group, const LoaOptions &options, const QString &tag)
    {
        const QString keep = qEnvironmentVariable("PORTDESK_KEEP_LOA_DIR");
        const QString dir = keep.isEmpty() ? m_tmp.path() : keep;
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(tag + QStringLiteral(".pdf"));
        QString error;
        if (!LoaDocument::writePdf(r, group, 12, options, path, &error)) {
            qWarning("writePdf: %s", qPrintable(error));
            return {};
        }
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                QStringLiteral("-") });
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return collapsed(QString::fromUtf8(p.readAllStandardOutput()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
            "pdftotext is missing: install poppler-utils");
    }

    void fields_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("local, English")
            << 0 << QStringLiteral("en")
            << QStringList {
                   QStringLiteral("Authorization to port telephone numbers"),
                   QStringLiteral("authorizes Example Cloud Voice to act as its agent"),
                   QStringLiteral("release these numbers to Example Cloud Voice."),
                   QStringLiteral("Account type Business"),
                   QStringLiteral("Authorizing person Jane Roe"),
                   QStringLiteral("Title Office Manager"),
                   QStringLiteral("Phone 206-444-9911"),
                   QStringLiteral("Email jane.roe@example.com"),
                   QStringLiteral("New service provider Example Cloud Voice"),
                   QStringLiteral("Provider ID SPID 7A21"),
                   QStringLiteral("Provider contact porting@example.net"),
                   QStringLiteral("Number type Local"),
                   QStringLiteral("Port type Partial port: the numbers listed below stay on "
                                  "this account with the current carrier."),
                   QStringLiteral("Numbers that stay (2) 206-444-0150, 206-444-0151"),
                   // Signed at 18:30 UTC: shown in the port date's offset.
                   QStringLiteral("Friday, November 20, 2026, 10:30 AM (PST, UTC-08:00)"),
                   QStringLiteral("Office Manager Printed name Title"),
               }
            << QStringList { QStringLiteral("the new service provider"),
                   QStringLiteral("Not provided Title"), QStringLiteral("Title Not provided"),
                   QStringLiteral("Boss"), QStringLiteral("UTC+00:00"),
                   QStringLiteral("Voice Connector"), QStringLiteral("RespOrg") };
        QTest::newRow("toll-free, English")
            << 1 << QStringLiteral("en")
            << QStringList {
                   QStringLiteral("Authorization to change the Responsible Organization "
                                  "(RespOrg) of toll-free numbers"),
                   QStringLiteral("authorizes Example Cloud Voice to act as its agent for the "
                                  "change of Responsible Organization (RespOrg) of the toll-free "
                                  "numbers"),
                   QStringLiteral("authorizes TFR01, their current RespOrg, to release these "
                                  "numbers to the RespOrg with ID JYT01."),
                   QStringLiteral("Account type Residential"),
                   QStringLiteral("Current RespOrg TFR01"),
                   QStringLiteral("Target RespOrg ID JYT01"),
                   QStringLiteral("Number type Toll-free"),
                   QStringLiteral("Port type Full port: every number on this account is ported."),
                   QStringLiteral("Phone 206-444-9911"),
                   QStringLiteral("Friday, November 20, 2026, 10:30 AM (PST, UTC-08:00)"),
               }
            << QStringList { QStringLiteral("Numbers that stay"),
                   QStringLiteral("authorizes Toll-Free Carrier Inc, its current carrier"),
                   QStringLiteral("Title Not provided"), QStringLiteral("Number type Local") };
        QTest::newRow("local, Spanish")
            << 0 << QStringLiteral("es")
            << QStringList {
                   QStringLiteral("autoriza a Example Cloud Voice a actuar como su agente"),
                   QStringLiteral("liberar dichos n\u00fameros a favor de Example Cloud Voice."),
                   QStringLiteral("Tipo de cuenta Empresa"),
                   QStringLiteral("Cargo Office Manager"),
                   QStringLiteral("Tel\u00e9fono 206-444-9911"),
                   QStringLiteral("Correo electr\u00f3nico jane.roe@example.com"),
                   QStringLiteral("Nuevo proveedor de servicio Example Cloud Voice"),
                   QStringLiteral("ID del proveedor SPID 7A21"),
                   QStringLiteral("Contacto del proveedor porting@example.net"),
                   QStringLiteral("Tipo de n\u00famero Local"),
                   QStringLiteral("Tipo de portabilidad Portabilidad parcial"),
                   QStringLiteral("N\u00fameros que permanecen (2) 206-444-0150, 206-444-0151"),
                   QStringLiteral("viernes, 20 de noviembre de 2026, 10:30 (PST, UTC-08:00)"),
               }
            << QStringList { QStringLiteral("nuevo proveedor de servicio a liberar"),
                   QStringLiteral("No indicado Cargo"), QStringLiteral("Boss"),
                   QStringLiteral("UTC+00:00"), QStringLiteral("Account type") };
        QTest::newRow("toll-free, Spanish")
            << 1 << QStringLiteral("es")
            << QStringList {
                   QStringLiteral("Autorizaci\u00f3n para cambiar la organizaci\u00f3n "
                                  "responsable (RespOrg) de n\u00fameros gratuitos"),
                   QStringLiteral("cambio de organizaci\u00f3n responsable (RespOrg) de los "
                                  "n\u00fameros gratuitos"),
                   QStringLiteral("autoriza a TFR01, su RespOrg actual, a liberar dichos "
                                  "n\u00fameros a favor de la RespOrg con ID JYT01."),
                   QStringLiteral("Tipo de cuenta Residencial"),
                   QStringLiteral("RespOrg actual TFR01"),
                   QStringLiteral("ID de la RespOrg de destino JYT01"),
                   QStringLiteral("Tipo de n\u00famero Gratuito (toll-free)"),
                   QStringLiteral("Portabilidad total: se portan todos los n\u00fameros de esta "
                                  "cuenta."),
                   QStringLiteral("viernes, 20 de noviembre de 2026, 10:30 (PST, UTC-08:00)"),
               }
            << QStringList { QStringLiteral("N\u00fameros que permanecen ("),
                   QStringLiteral("Tipo de n\u00famero Local") };
    }

    void fields()
    {
        QFETCH(int, group);
        QFETCH(QString, lang);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        LoaOptions options;
        QVERIFY(loaLanguageFromString(lang, &options.language));
        options.signature = janeSigns();
        options.provider = { QStringLiteral("Example Cloud Voice"), QStringLiteral("SPID 7A21"),
            QStringLiteral("porting@example.net") };
        const QString t = text(request(), group, options,
            QStringLiteral("complete-%1-%2").arg(group).arg(lang));
        QVERIFY2(!t.isEmpty(), "no text from the PDF");
        for (const QString &s : present)
            QVERIFY2(t.contains(s), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(s, t)));
        for (const QString &s : absent)
            QVERIFY2(!t.contains(s), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(s, t)));
    }

    // The default names the cloud calling service; an unsigned letter has
    // the request's title under the signature line.
    void defaultProviderUnsigned()
    {
        const QString t = text(request(), 0, LoaOptions(), QStringLiteral("complete-default"));
        QVERIFY2(t.contains(QStringLiteral("authorizes Amazon Chime to act as its agent")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("New service provider Amazon Chime")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("Provider ID")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Jane Roe Office Manager Printed name Title")), qPrintable(t));
    }

    // A request filed before these fields renders without them, and says
    // "not given" only of the optional email.
    void requestFiledBefore()
    {
        PortInRequest r = request();
        CarrierGroup &g = r.carriers[0];
        g.customerType = CustomerType::Unspecified;
        g.authorizingTitle.clear();
        g.authorizingPhone.clear();
        g.authorizingEmail.clear();
        g.portScope = PortScope::Unspecified;
        g.remainingNumbers.clear();
        const QString t = text(r, 0, LoaOptions(), QStringLiteral("complete-old"));
        QVERIFY2(t.contains(QStringLiteral("Customer name Example Corp")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Email Not given")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Number type Local")), qPrintable(t));
        for (const char *absent : { "Account type", "Title Not provided", "Phone", "Port type" })
            QVERIFY2(!t.contains(QLatin1String(absent)), absent);
    }
};

QTEST_MAIN(TestLoaComplete)
#include "tst_loacomplete.moc"
