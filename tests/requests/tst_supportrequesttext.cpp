// SPDX-License-Identifier: Apache-2.0
#include "core/PhoneNumber.h"
#include "core/PortRequest.h"
#include "core/SupportRequestText.h"

#include <QtTest>

#include <functional>

using namespace portdesk;

using Mutation = std::function<void(PortInRequest &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// The seed's three BTN options, word for word: the console request must carry
// them exactly.
const char *const kSeedReplace
    = "I am porting my BTN and I want to replace it with a new BTN that I am providing. I can "
      "confirm that this new BTN is on the same account with the current carrier.";
const char *const kSeedClose
    = "I am porting my BTN and I want to close out my account with my current carrier.";
const char *const kSeedEach
    = "I am porting my BTN because my account is currently set up so that each phone number is "
      "its own BTN.";

CarrierGroup group(const QString &carrier, const QString &btn, const QStringList &numbers)
{
    CarrierGroup g;
    g.carrier = carrier;
    g.btn = btn;
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.accountNumber = QStringLiteral("12345");
    g.pin = QStringLiteral("9876");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    g.numbers = numbers;
    return g;
}

PortInRequest baseRequest()
{
    PortInRequest r;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-12-15T10:00:00-05:00"), Qt::ISODate);
    r.carriers = { group(QStringLiteral("Example Telecom"), QStringLiteral("+12064440100"),
        { QStringLiteral("+12064440101"), QStringLiteral("(206) 444-0102") }) };
    return r;
}

QString e164(const QString &typed)
{
    return PhoneNumbers::check(typed).e164;
}

} // namespace

class TestSupportRequestText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portIn_data();
    void portIn();
    void portOut_data();
    void portOut();
};

void TestSupportRequestText::portIn_data()
{
    QTest::addColumn<Mutation>("mutate");
    // Per carrier group: whether its block must end with the BTN option sentence.
    QTest::addColumn<QList<bool>>("sentenceInGroup");

    QTest::newRow("one group, BTN stays")
        << Mutation([](PortInRequest &) {}) << QList<bool> { false };
    QTest::newRow("Voice Connector, two groups, second BTN closed") << Mutation(
        [](PortInRequest &r) {
            r.productType = ProductType::VoiceConnector;
            r.voiceConnector = QStringLiteral("pbx-east");
            r.carriers.append(group(QStringLiteral("Other Tel"), QStringLiteral("503.444.0200"),
                { QStringLiteral("1-503-444-0200"), QStringLiteral("+15034440201") }));
            r.btnOption = BtnOption::Close;
        }) << QList<bool> { false, true };
    QTest::newRow("replace, first BTN ported") << Mutation([](PortInRequest &r) {
        r.carriers[0].numbers.append(QStringLiteral("206 444 0100"));
        r.btnOption = BtnOption::Replace;
        r.newBtn = QStringLiteral("(206) 444-0199");
    }) << QList<bool> { true };
    QTest::newRow("each number its own BTN, three groups") << Mutation([](PortInRequest &r) {
        r.btnOption = BtnOption::EachNumberOwnBtn;
        r.carriers[0].numbers.append(QStringLiteral("+12064440100"));
        r.carriers.append(
            group(QString(), QStringLiteral("+15034440200"), { QStringLiteral("+15034440201") }));
        r.carriers.append(group(QStringLiteral("Third Tel"), QStringLiteral("+13124440300"),
            { QStringLiteral("+13124440300") }));
    }) << QList<bool> { true, false, true };
    QTest::newRow("option chosen but no BTN ported: no sentence") << Mutation(
        [](PortInRequest &r) { r.btnOption = BtnOption::Close; }) << QList<bool> { false };
    QTest::newRow("carrier, account and PIN unknown") << Mutation([](PortInRequest &r) {
        r.carriers[0].carrier.clear();
        r.carriers[0].accountNumber.clear();
        r.carriers[0].pin.clear();
        r.carriers[0].authorizingTitle = QStringLiteral("Office Manager");
    }) << QList<bool> { false };
}

void TestSupportRequestText::portIn()
{
    QFETCH(Mutation, mutate);
    QFETCH(QList<bool>, sentenceInGroup);
    PortInRequest r = baseRequest();
    mutate(r);
    QCOMPARE(sentenceInGroup.size(), r.carriers.size());

    const QString text = SupportRequestText::portIn(r);
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The console form's fields: Category, Subject, Issue ... Email.
    QCOMPARE(lines.value(0), QStringLiteral("Category: Other"));
    QCOMPARE(lines.value(1), QStringLiteral("Subject: Porting phone numbers in"));
    QCOMPARE(lines.value(2), QStringLiteral("Issue:"));
    QVERIFY(text.endsWith(QStringLiteral("\nEmail: admin@example.com\n")));
    QCOMPARE(text.count(QStringLiteral("Email:")), 1);

    const QString type = r.productType == ProductType::VoiceConnector
        ? QStringLiteral("Voice Connector (Voice Connector name: pbx-east)")
        : QStringLiteral("Business Calling");
    const QString seedSentence = QString::fromUtf8(r.btnOption == BtnOption::Replace ? kSeedReplace
            : r.btnOption == BtnOption::Close                                        ? kSeedClose
                                                                                     : kSeedEach);

    int at = 3;
    for (qsizetype i = 0; i < r.carriers.size(); ++i) {
        const CarrierGroup &g = r.carriers.at(i);
        // Each block: its numbers, then every field in the seed's order and words.
        int start = at;
        while (start < lines.size()
            && !lines.at(start).startsWith(QLatin1String("Existing phone numbers to port in")))
            ++start;
        QVERIFY2(
            start < lines.size(), qPrintable(QStringLiteral("no block for group %1").arg(i + 1)));
        QCOMPARE(lines.at(start),
            QStringLiteral("Existing phone numbers to port in (%1):").arg(g.numbers.size()));
        if (r.carriers.size() > 1)
            QCOMPARE(lines.at(start - 1),
                QStringLiteral("Carrier %1 of %2 (LOA %1)").arg(i + 1).arg(r.carriers.size()));
        int k = start + 1;
        for (const QString &n : g.numbers)
            QCOMPARE(lines.at(k++), QStringLiteral("  ") + e164(n));
        QCOMPARE(lines.at(k++), QStringLiteral("Phone number type: ") + type);
        QCOMPARE(lines.at(k++), QStringLiteral("Billing Telephone Number (BTN): ") + e164(g.btn));
        QCOMPARE(lines.at(k++),
            QStringLiteral("Authorizing person’s name: ") + g.authorizingPerson
                + (g.authorizingTitle.isEmpty() ? QString()
                                                : QStringLiteral(", ") + g.authorizingTitle));
        QCOMPARE(lines.at(k++),
            QStringLiteral("Current carrier: ")
                + (g.carrier.isEmpty() ? QStringLiteral("not known") : g.carrier));
        // In clear on purpose: the admin pastes this into the real console.
        QCOMPARE(lines.at(k++),
            QStringLiteral("Service account number: ")
                + (g.accountNumber.isEmpty() ? QStringLiteral("none") : g.accountNumber));
        QCOMPARE(lines.at(k++),
            QStringLiteral("Service PIN: ") + (g.pin.isEmpty() ? QStringLiteral("none") : g.pin));
        QCOMPARE(lines.at(k++),
            QStringLiteral(
                "Service address and customer name: Example Corp, 1 Main St, Seattle, WA 98101"));
        QCOMPARE(lines.at(k++),
            QStringLiteral("Requested date and time for the port: 2026-12-15 10:00 UTC-05:00"));
        if (sentenceInGroup.at(i)) {
            QCOMPARE(lines.at(k++), seedSentence);
            if (r.btnOption == BtnOption::Replace)
                QCOMPARE(lines.at(k++), QStringLiteral("New BTN: ") + e164(r.newBtn));
        }
        QCOMPARE(lines.at(k), QString()); // a blank line ends the block
        at = k;
    }
    const int sentences = int(text.count(seedSentence));
    QCOMPARE(sentences, int(sentenceInGroup.count(true)));
    QCOMPARE(int(text.count(QStringLiteral("Existing phone numbers to port in"))),
        int(r.carriers.size()));
}

void TestSupportRequestText::portOut_data()
{
    QTest::addColumn<int>("productType");
    QTest::addColumn<QStringList>("numbers");
    QTest::newRow("Business Calling, two notations")
        << int(ProductType::BusinessCalling)
        << QStringList { QStringLiteral("+12064440101"), QStringLiteral("206.444.0102") };
    QTest::newRow("Voice Connector, toll-free")
        << int(ProductType::VoiceConnector) << QStringList { QStringLiteral("1-800-444-0100") };
}

void TestSupportRequestText::portOut()
{
    QFETCH(int, productType);
    QFETCH(QStringList, numbers);
    PortOutRequest r;
    r.productType = ProductType(productType);
    r.adminEmail = QStringLiteral("ops@example.org");
    r.numbers = numbers;
    const QString text = SupportRequestText::portOut(r);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("Category: Other"));
    QCOMPARE(lines.value(1), QStringLiteral("Subject: Porting phone numbers out"));
    QCOMPARE(lines.value(2), QStringLiteral("Issue:"));
    const int start
        = int(lines.indexOf(QStringLiteral("Phone numbers to port out (%1):").arg(numbers.size())));
    QVERIFY(start > 2);
    for (int j = 0; j < numbers.size(); ++j)
        QCOMPARE(lines.at(start + 1 + j), QStringLiteral("  ") + e164(numbers.at(j)));
    QCOMPARE(lines.at(start + 1 + int(numbers.size())),
        QStringLiteral("Phone number type: ")
            + (r.productType == ProductType::VoiceConnector ? QStringLiteral("Voice Connector")
                                                            : QStringLiteral("Business Calling")));
    QVERIFY(text.endsWith(QStringLiteral("\nEmail: ops@example.org\n")));
    QVERIFY(!text.contains(QStringLiteral("port in")));
}

QTEST_APPLESS_MAIN(TestSupportRequestText)
#include "tst_supportrequesttext.moc"
