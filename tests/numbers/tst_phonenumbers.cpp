// SPDX-License-Identifier: Apache-2.0
// PhoneNumbers: the US notations, the NANP rules on top of libphonenumber,
// and checkAll's shortcuts giving exactly libphonenumber's own verdicts.

#include "core/NanpRules.h"
#include "core/NanpVerdicts.h"
#include "core/PhoneNumber.h"

#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <list>
#include <random>
#include <string>

using namespace portdesk;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// What a plain loop over libphonenumber says about one input.
struct PlainVerdict {
    bool valid = false;
    int type = -1;
    QString region = QStringLiteral("ZZ");
};

PlainVerdict plainVerdict(const QString &input)
{
    PlainVerdict verdict;
    i18n::phonenumbers::PhoneNumber number;
    if (util().Parse(input.toStdString(), "US", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return verdict;
    verdict.valid = util().IsValidNumber(number);
    verdict.type = util().GetNumberType(number);
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    verdict.region = QString::fromStdString(region);
    return verdict;
}

// The notations PhoneNumbers reads without Parse, for one set of ten digits.
QStringList strictNotations(int npa, int nxx, int line)
{
    const QString a = QString::number(npa);
    const QString b = QStringLiteral("%1").arg(nxx, 3, 10, QLatin1Char('0'));
    const QString c = QStringLiteral("%1").arg(line, 4, 10, QLatin1Char('0'));
    return {
        u"+1" + a + b + c,
        u'(' + a + u") " + b + u'-' + c,
        a + u'.' + b + u'.' + c,
        u"1-" + a + u'-' + b + u'-' + c,
        a + u' ' + b + u' ' + c,
        u"+1 " + a + u' ' + b + u' ' + c,
        a + b + c,
        u'1' + a + b + c,
        u"+1 (" + a + u") " + b + u'-' + c,
        u"1 (" + a + u')' + b + u'-' + c,
        u"  " + a + u'-' + b + u'-' + c + u' ',
    };
}

// A few thousand deterministic inputs over every area code and notation,
// valid and not.
QStringList generatedInputs()
{
    std::mt19937 random(20240611);
    QStringList inputs;
    auto add = [&](int npa, int nxx) {
        const QStringList notations = strictNotations(npa, nxx, int(random() % 10000));
        inputs.append(notations.at(int(random() % notations.size())));
    };
    for (int npa = 200; npa <= 999; ++npa) {
        for (int k = 0; k < 4; ++k)
            add(npa, 200 + int(random() % 800));
    }
    // Where the types differ within an area code: toll-free, 900 premium, 5XX
    // personal numbers (by exchange), Caribbean fixed and mobile exchanges,
    // Canadian and US territories' exchanges; exchanges of every shape.
    for (const int npa : { 800, 833, 844, 855, 866, 877, 888, 900, 500, 521, 522, 523, 524, 525,
             526, 527, 533, 544, 566, 577, 588, 622, 600, 242, 246, 264, 268, 284, 345, 441, 473,
             649, 658, 664, 670, 671, 684, 721, 758, 767, 784, 787, 809, 829, 849, 868, 869, 876,
             939, 340, 204, 416, 604, 867, 505, 310 }) {
        for (int nxx = 0; nxx <= 999; nxx += 13)
            add(npa, nxx);
    }
    // Shapes that must go through Parse.
    inputs << QStringLiteral("(106) 444-0100") << QStringLiteral("(006) 444-0100")
           << QStringLiteral("206-444-010") << QStringLiteral("+ 1 206 444 0100")
           << QStringLiteral("+44 20 7946 0018") << QStringLiteral("hello")
           << QStringLiteral("206-444-0100 ext 12") << QStringLiteral("tel:+1-206-444-0100");
    return inputs;
}

void compareChecks(const NumberCheck &actual, const NumberCheck &expected)
{
    QCOMPARE(actual.input, expected.input);
    QCOMPARE(actual.ok, expected.ok);
    QCOMPARE(actual.rule, expected.rule);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.e164, expected.e164);
    QCOMPARE(actual.tollFree, expected.tollFree);
    QCOMPARE(actual.region, expected.region);
    QCOMPARE(actual.libValid, expected.libValid);
    QCOMPARE(actual.libType, expected.libType);
    QCOMPARE(actual.libRegion, expected.libRegion);
}

struct Row {
    const char *name;
    QString input;
    bool ok;
    QString rule;
    QString e164;
    bool tollFree;
    QString region;
    QString mentions; // words the message must contain besides the input
};

// The rules, one typed number a row.
QList<Row> rows()
{
    QList<Row> table;
    const QString none;
    const QString seattle = QStringLiteral("+12064440100");
    auto row = [&table](const char *name, const QString &input, bool ok, const char *rule,
                   const QString &e164, bool tollFree, const char *region,
                   const QString &mentions = QString()) {
        table.append(Row { name, input, ok, QString::fromLatin1(rule), e164, tollFree,
            QString::fromLatin1(region), mentions });
    };

    // One number in every notation people type.
    row("e164", QStringLiteral("+12064440100"), true, "", seattle, false, "US");
    row("parentheses", QStringLiteral("(206) 444-0100"), true, "", seattle, false, "US");
    row("dots", QStringLiteral("206.444.0100"), true, "", seattle, false, "US");
    row("leading 1 dashes", QStringLiteral("1-206-444-0100"), true, "", seattle, false, "US");
    row("spaces", QStringLiteral("206 444 0100"), true, "", seattle, false, "US");
    row("+1 spaces", QStringLiteral("+1 206 444 0100"), true, "", seattle, false, "US");
    row("ten digits", QStringLiteral("2064440100"), true, "", seattle, false, "US");
    row("eleven digits", QStringLiteral("12064440100"), true, "", seattle, false, "US");
    row("+1 dashes", QStringLiteral("+1-206-444-0100"), true, "", seattle, false, "US");
    row("+1 parentheses", QStringLiteral("+1 (206) 444-0100"), true, "", seattle, false, "US");
    row("1 parentheses", QStringLiteral("1 (206) 444-0100"), true, "", seattle, false, "US");
    row("tight parentheses", QStringLiteral("(206)444-0100"), true, "", seattle, false, "US");
    row("1 dots", QStringLiteral("1.206.444.0100"), true, "", seattle, false, "US");
    row("padded", QStringLiteral("  206-444-0100  "), true, "", seattle, false, "US");
    row("plus space", QStringLiteral("+ 1 206 444 0100"), true, "", seattle, false, "US");
    row("tel URI", QStringLiteral("tel:+1-206-444-0100"), true, "", seattle, false, "US");
    row("vanity letters", QStringLiteral("206-444-CALL"), true, "", QStringLiteral("+12064442255"),
        false, "US");
    row("New York", QStringLiteral("(212) 736-5000"), true, "", QStringLiteral("+12127365000"),
        false, "US");
    row("555 outside fiction", QStringLiteral("206-555-0200"), true, "",
        QStringLiteral("+12065550200"), false, "US");

    // Toll-free: every prefix in service.
    row("toll-free 800", QStringLiteral("800-444-0100"), true, "", QStringLiteral("+18004440100"),
        true, "US");
    row("toll-free 833", QStringLiteral("(833) 444-0100"), true, "", QStringLiteral("+18334440100"),
        true, "US");
    row("toll-free 844", QStringLiteral("+18444440100"), true, "", QStringLiteral("+18444440100"),
        true, "US");
    row("toll-free 855", QStringLiteral("855.444.0100"), true, "", QStringLiteral("+18554440100"),
        true, "US");
    row("toll-free 866", QStringLiteral("1-866-444-0100"), true, "", QStringLiteral("+18664440100"),
        true, "US");
    row("toll-free 877", QStringLiteral("877 444 0100"), true, "", QStringLiteral("+18774440100"),
        true, "US");
    row("toll-free 888", QStringLiteral("+1 888 444 0100"), true, "",
        QStringLiteral("+18884440100"), true, "US");
    // An N11 exchange is an ordinary number in a toll-free area code.
    row("toll-free N11 exchange", QStringLiteral("800-211-1234"), true, "",
        QStringLiteral("+18002111234"), true, "US");
    row("toll-free 411 exchange", QStringLiteral("(800) 411-1234"), true, "",
        QStringLiteral("+18004111234"), true, "US");

    // US territories are United States numbers; the region keeps the territory.
    row("Puerto Rico 787", QStringLiteral("787-234-5678"), true, "", QStringLiteral("+17872345678"),
        false, "PR");
    row("Puerto Rico 939", QStringLiteral("(939) 444-0100"), true, "",
        QStringLiteral("+19394440100"), false, "PR");
    row("US Virgin Islands", QStringLiteral("340-642-1234"), true, "",
        QStringLiteral("+13406421234"), false, "VI");
    row("Guam", QStringLiteral("+1 671 300 1234"), true, "", QStringLiteral("+16713001234"), false,
        "GU");
    row("American Samoa", QStringLiteral("684-622-1234"), true, "", QStringLiteral("+16846221234"),
        false, "AS");
    row("Northern Mariana Islands", QStringLiteral("670-234-5678"), true, "",
        QStringLiteral("+16702345678"), false, "MP");
    row("Guam exchange not in use", QStringLiteral("(671) 444-0100"), false, "number.invalid",
        QStringLiteral("+16714440100"), false, "GU");

    // Other NANP countries, refused by name.
    row("Toronto", QStringLiteral("+1 416 444 0100"), false, "number.foreign-country",
        QStringLiteral("+14164440100"), false, "CA", QStringLiteral("Canada"));
    row("Vancouver", QStringLiteral("(604) 444-0100"), false, "number.foreign-country",
        QStringLiteral("+16044440100"), false, "CA", QStringLiteral("Canada"));
    row("Canada before fiction", QStringLiteral("604-555-0123"), false, "number.foreign-country",
        QStringLiteral("+16045550123"), false, "CA", QStringLiteral("Canada"));
    row("Bahamas", QStringLiteral("242-357-0100"), false, "number.foreign-country",
        QStringLiteral("+12423570100"), false, "BS", QStringLiteral("Bahamas"));
    row("Jamaica", QStringLiteral("876-444-0100"), false, "number.foreign-country",
        QStringLiteral("+18764440100"), false, "JM", QStringLiteral("Jamaica"));
    row("Dominican Republic", QStringLiteral("1-809-444-0100"), false, "number.foreign-country",
        QStringLiteral("+18094440100"), false, "DO", QStringLiteral("Dominican Republic"));
    row("Barbados", QStringLiteral("246.444.0100"), false, "number.foreign-country",
        QStringLiteral("+12464440100"), false, "BB", QStringLiteral("Barbados"));
    row("Bermuda", QStringLiteral("+14412345678"), false, "number.foreign-country",
        QStringLiteral("+14412345678"), false, "BM", QStringLiteral("Bermuda"));
    row("Trinidad and Tobago", QStringLiteral("868 221 1234"), false, "number.foreign-country",
        QStringLiteral("+18682211234"), false, "TT", QStringLiteral("Trinidad and Tobago"));
    row("Cayman Islands", QStringLiteral("(345) 949-1234"), false, "number.foreign-country",
        QStringLiteral("+13459491234"), false, "KY", QStringLiteral("Cayman Islands"));

    // NANP rules libphonenumber does not apply.
    row("N11 area code 211", QStringLiteral("211-444-0100"), false, "number.n11-area-code",
        QStringLiteral("+12114440100"), false, "ZZ");
    row("N11 area code 411", QStringLiteral("(411) 444-0100"), false, "number.n11-area-code",
        QStringLiteral("+14114440100"), false, "ZZ");
    row("N11 area code 911", QStringLiteral("+19114440100"), false, "number.n11-area-code",
        QStringLiteral("+19114440100"), false, "ZZ");
    row("N11 exchange 211", QStringLiteral("206-211-1234"), false, "number.n11-exchange",
        QStringLiteral("+12062111234"), false, "US");
    row("N11 exchange 911", QStringLiteral("(206) 911-4567"), false, "number.n11-exchange",
        QStringLiteral("+12069114567"), false, "US");
    row("fictional first", QStringLiteral("206-555-0100"), false, "number.fictional",
        QStringLiteral("+12065550100"), false, "US");
    row("fictional middle", QStringLiteral("(206) 555-0150"), false, "number.fictional",
        QStringLiteral("+12065550150"), false, "US");
    row("fictional last", QStringLiteral("+1 212 555 0199"), false, "number.fictional",
        QStringLiteral("+12125550199"), false, "US");
    row("fictional toll-free", QStringLiteral("800-555-0199"), false, "number.fictional",
        QStringLiteral("+18005550199"), true, "US");
    row("reserved 370", QStringLiteral("370-444-0100"), false, "number.reserved-area-code",
        QStringLiteral("+13704440100"), false, "ZZ");
    row("reserved 374", QStringLiteral("(374) 444-0100"), false, "number.reserved-area-code",
        QStringLiteral("+13744440100"), false, "ZZ");
    row("reserved 960", QStringLiteral("960.444.0100"), false, "number.reserved-area-code",
        QStringLiteral("+19604440100"), false, "ZZ");
    row("reserved 965", QStringLiteral("+19654440100"), false, "number.reserved-area-code",
        QStringLiteral("+19654440100"), false, "ZZ");

    // Not valid for other reasons.
    row("area code 1XX", QStringLiteral("(106) 444-0100"), false, "number.invalid",
        QStringLiteral("+11064440100"), false, "ZZ");
    row("area code 0XX", QStringLiteral("(006) 444-0100"), false, "number.invalid",
        QStringLiteral("+10064440100"), false, "ZZ");
    // The exchange is out of service, the area code is still the country's.
    row("exchange 0XX", QStringLiteral("206-044-0100"), false, "number.invalid",
        QStringLiteral("+12060440100"), false, "US", QStringLiteral("exchange 044"));
    row("nine digits", QStringLiteral("206-444-010"), false, "number.invalid",
        QStringLiteral("+1206444010"), false, "ZZ");
    row("eleven digits not 1", QStringLiteral("206-444-01000"), false, "number.invalid",
        QStringLiteral("+120644401000"), false, "ZZ");
    row("no area code", QStringLiteral("444-0100"), false, "number.invalid",
        QStringLiteral("+14440100"), false, "ZZ");
    row("extension", QStringLiteral("206-444-0100 ext 12"), false, "number.invalid", seattle, false,
        "US");

    // Not North American at all.
    row("London", QStringLiteral("+44 20 7946 0018"), false, "number.not-nanp",
        QStringLiteral("+442079460018"), false, "GB", QStringLiteral("+44"));
    row("London dialled from the US", QStringLiteral("011 44 20 7946 0018"), false,
        "number.not-nanp", QStringLiteral("+442079460018"), false, "GB", QStringLiteral("+44"));
    row("Paris", QStringLiteral("+33 1 23 45 67 89"), false, "number.not-nanp",
        QStringLiteral("+33123456789"), false, "FR", QStringLiteral("+33"));

    // Not a phone number.
    row("word", QStringLiteral("hello"), false, "number.unreadable", none, false, "ZZ");
    row("dashes", QStringLiteral("--"), false, "number.unreadable", none, false, "ZZ");
    row("plus", QStringLiteral("+"), false, "number.unreadable", none, false, "ZZ");
    row("empty", QString(), false, "number.empty", none, false, "ZZ");
    row("blank", QStringLiteral("   "), false, "number.empty", none, false, "ZZ");
    return table;
}

QStringList rowInputs()
{
    QStringList inputs;
    for (const Row &r : rows())
        inputs.append(r.input);
    return inputs;
}

} // namespace

class TestPhoneNumbers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void checkAllAgreesWithCheck();
    void checkAllAgreesWithPlainLoop();
    void checkAllAgreesWithoutNanpTable();
    void strictNotationsReadAsParseDoes();
    void strictNotationsRefuseOtherShapes_data();
    void strictNotationsRefuseOtherShapes();
    void formats_data();
    void formats();
    void everyNanpRegionHasAName();
    void regionNames_data();
    void regionNames();
};

void TestPhoneNumbers::initTestCase()
{
    // The verdicts below come from the NANP table (else from libphonenumber
    // alone, which would leave the table untested here).
    QVERIFY2(nanp::NanpVerdicts::instance(), qPrintable(nanp::NanpVerdicts::unavailableReason()));
}

void TestPhoneNumbers::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("tollFree");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("mentions");
    for (const Row &r : rows())
        QTest::newRow(r.name) << r.input << r.ok << r.rule << r.e164 << r.tollFree << r.region
                              << r.mentions;
}

void TestPhoneNumbers::check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, rule);
    QFETCH(QString, e164);
    QFETCH(bool, tollFree);
    QFETCH(QString, region);
    QFETCH(QString, mentions);

    const NumberCheck c = PhoneNumbers::check(input);
    QCOMPARE(c.input, input);
    QCOMPARE(c.rule, rule);
    QCOMPARE(c.ok, ok);
    QCOMPARE(c.e164, e164);
    QCOMPARE(c.tollFree, tollFree);
    QCOMPARE(c.region, region);
    if (ok) {
        // (libphonenumber may not know the area code: today's numbering data decides.)
        QVERIFY(c.message.isEmpty());
        QVERIFY(PhoneNumbers::isUnitedStatesRegion(c.region));
    } else {
        QVERIFY(!c.message.isEmpty());
        // The sentence names what was typed, so that a list of refusals reads.
        if (rule != QLatin1String("number.empty"))
            QVERIFY2(c.message.contains(input.trimmed()), qPrintable(c.message));
        if (!mentions.isEmpty())
            QVERIFY2(c.message.contains(mentions), qPrintable(c.message));
    }
    // The NANP rules stand on their own: libphonenumber may call such numbers valid.
    if (rule == QLatin1String("number.fictional") || rule == QLatin1String("number.n11-exchange"))
        QVERIFY(c.libValid);
}

void TestPhoneNumbers::checkAllAgreesWithCheck()
{
    // Repeats in other notations too: one verdict per distinct number inside.
    const QStringList table = rowInputs();
    QStringList inputs = table;
    inputs += table;
    std::reverse(inputs.begin() + table.size(), inputs.end());
    for (int i = 0; i < 3000; ++i)
        inputs.append(table.at(i % table.size()));

    const QList<NumberCheck> all = PhoneNumbers::checkAll(inputs);
    QCOMPARE(all.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        compareChecks(all.at(i), PhoneNumbers::check(inputs.at(i)));
    QVERIFY(PhoneNumbers::checkAll({}).isEmpty());
}

void TestPhoneNumbers::checkAllAgreesWithPlainLoop()
{
    const QStringList inputs = generatedInputs() + rowInputs();
    const QList<NumberCheck> all = PhoneNumbers::checkAll(inputs);
    QCOMPARE(all.size(), inputs.size());
    int valid = 0;
    int invalid = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const PlainVerdict plain = plainVerdict(inputs.at(i));
        const NumberCheck &c = all.at(i);
        QVERIFY2(c.libValid == plain.valid && c.libType == plain.type && c.libRegion == plain.region,
            qPrintable(inputs.at(i)));
        // What checkAll relies on: valid exactly when the type is known.
        if (plain.type >= 0)
            QCOMPARE(plain.valid, plain.type != PhoneNumberUtil::UNKNOWN);
        (plain.valid ? valid : invalid)++;
    }
    // Both kinds must be well represented for the comparison to mean much.
    QVERIFY(valid >= 500);
    QVERIFY(invalid >= 500);
}

void TestPhoneNumbers::checkAllAgreesWithoutNanpTable()
{
    // The way without the table (when it cannot be built) gives the same
    // checks, field for field, including messages and E.164.
    const QStringList inputs = generatedInputs() + rowInputs();
    nanp::NanpVerdicts::setEnabled(false);
    const QList<NumberCheck> without = PhoneNumbers::checkAll(inputs);
    nanp::NanpVerdicts::setEnabled(true);
    QVERIFY(nanp::NanpVerdicts::instance());
    const QList<NumberCheck> with = PhoneNumbers::checkAll(inputs);
    QCOMPARE(with.size(), without.size());
    int ok = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        compareChecks(with.at(i), without.at(i));
        ok += with.at(i).ok;
    }
    QVERIFY(ok >= 500);
}

void TestPhoneNumbers::strictNotationsReadAsParseDoes()
{
    // Whatever the reader accepts, Parse reads the same, field for field:
    // checked on the table's inputs and on every area code in every strict
    // notation. And the reader does take those notations whenever the area
    // code starts with 2-9 (else the shortcut would be worth nothing).
    auto agreesWithParse = [](const QString &input) {
        const quint64 national = nanp::readStrictNotation(input);
        if (national == 0)
            return false;
        i18n::phonenumbers::PhoneNumber parsed;
        const auto error = util().Parse(input.toStdString(), "US", &parsed);
        const bool same = error == PhoneNumberUtil::NO_PARSING_ERROR && parsed.country_code() == 1
            && parsed.national_number() == national && !parsed.has_extension()
            && !parsed.has_italian_leading_zero() && !parsed.has_number_of_leading_zeros()
            && !parsed.has_raw_input() && !parsed.has_country_code_source()
            && !parsed.has_preferred_domestic_carrier_code();
        if (!same)
            qWarning() << "fast path and Parse differ on" << input;
        return same;
    };
    for (const QString &input : rowInputs()) {
        if (nanp::readStrictNotation(input) != 0)
            QVERIFY(agreesWithParse(input));
    }
    std::mt19937 random(7);
    for (int npa = 100; npa <= 999; ++npa) {
        for (int k = 0; k < 2; ++k) {
            const QStringList notations
                = strictNotations(npa, int(random() % 1000), int(random() % 10000));
            for (const QString &input : notations) {
                if (npa >= 200)
                    QVERIFY(agreesWithParse(input));
                else
                    QCOMPARE(nanp::readStrictNotation(input), quint64(0));
            }
        }
    }
}

void TestPhoneNumbers::strictNotationsRefuseOtherShapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("area code 1XX") << QStringLiteral("(106) 444-0100");
    QTest::newRow("area code 0XX") << QStringLiteral("006-444-0100");
    QTest::newRow("plus without 1") << QStringLiteral("+2064440100");
    QTest::newRow("plus then space") << QStringLiteral("+ 1 206 444 0100");
    QTest::newRow("plus inside") << QStringLiteral("206+444-0100");
    QTest::newRow("nine digits") << QStringLiteral("206-444-010");
    QTest::newRow("twelve digits") << QStringLiteral("1-206-444-01000");
    QTest::newRow("eleven without 1") << QStringLiteral("2-206-444-0100");
    QTest::newRow("letters") << QStringLiteral("206-444-CALL");
    QTest::newRow("extension") << QStringLiteral("206-444-0100 x12");
    QTest::newRow("slash") << QStringLiteral("206/444-0100");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("２０６４４４０１００");
    QTest::newRow("empty") << QString();
}

void TestPhoneNumbers::strictNotationsRefuseOtherShapes()
{
    QFETCH(QString, input);
    QCOMPARE(nanp::readStrictNotation(input), quint64(0));
}

void TestPhoneNumbers::formats_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("dashed");
    QTest::newRow("Seattle") << QStringLiteral("+12064440100") << QStringLiteral("(206) 444-0100")
                             << QStringLiteral("206-444-0100");
    QTest::newRow("toll-free") << QStringLiteral("+18005550199") << QStringLiteral("(800) 555-0199")
                               << QStringLiteral("800-555-0199");
    // Anything that is not +1 and ten digits comes back untouched.
    for (const char *other : { "+442079460018", "206-444-0100", "+1206444010", "+120644401000",
             "12064440100", "+1 206 444 0100", "" }) {
        const QString text = QString::fromLatin1(other);
        QTest::newRow(other) << text << text << text;
    }
}

void TestPhoneNumbers::formats()
{
    QFETCH(QString, e164);
    QFETCH(QString, national);
    QFETCH(QString, dashed);
    QCOMPARE(PhoneNumbers::formatNational(e164), national);
    QCOMPARE(PhoneNumbers::formatDashed(e164), dashed);
    // What a check stores formats back to what was meant.
    const NumberCheck c = PhoneNumbers::check(national);
    if (national != e164)
        QCOMPARE(c.e164, e164);
}

void TestPhoneNumbers::everyNanpRegionHasAName()
{
    std::list<std::string> regions;
    util().GetRegionCodesForCountryCallingCode(1, &regions);
    QVERIFY(regions.size() >= 25);
    for (const std::string &code : regions) {
        const QString region = QString::fromStdString(code);
        const QString name = PhoneNumbers::regionName(region);
        QVERIFY2(!name.isEmpty() && name != region, code.c_str());
        const bool territory = code == "US" || code == "PR" || code == "VI" || code == "GU"
            || code == "AS" || code == "MP";
        QCOMPARE(PhoneNumbers::isUnitedStatesRegion(region), territory);
    }
    QCOMPARE(PhoneNumbers::regionName(QStringLiteral("GB")), QStringLiteral("GB"));
    QVERIFY(!PhoneNumbers::isUnitedStatesRegion(QStringLiteral("ZZ")));
}

void TestPhoneNumbers::regionNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("CA") << QStringLiteral("CA") << QStringLiteral("Canada");
    QTest::newRow("BS") << QStringLiteral("BS") << QStringLiteral("Bahamas");
    QTest::newRow("JM") << QStringLiteral("JM") << QStringLiteral("Jamaica");
    QTest::newRow("DO") << QStringLiteral("DO") << QStringLiteral("Dominican Republic");
    QTest::newRow("BB") << QStringLiteral("BB") << QStringLiteral("Barbados");
    QTest::newRow("BM") << QStringLiteral("BM") << QStringLiteral("Bermuda");
    QTest::newRow("TT") << QStringLiteral("TT") << QStringLiteral("Trinidad and Tobago");
    QTest::newRow("PR") << QStringLiteral("PR") << QStringLiteral("Puerto Rico");
    QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("United States");
}

void TestPhoneNumbers::regionNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(PhoneNumbers::regionName(code), name);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
