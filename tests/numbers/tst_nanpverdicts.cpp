// SPDX-License-Identifier: Apache-2.0
// NanpVerdicts: the pattern subset reader, the proof that a +1 number's
// verdicts depend on its first few digits only, and the table built on it,
// compared leaf by leaf with libphonenumber itself.

#include "core/NanpVerdicts.h"

#include <QRegularExpression>
#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <random>
#include <set>
#include <string>

using namespace portdesk::nanp;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// libphonenumber's own verdicts on +1 and ten digits.
NanpVerdicts::Verdict libVerdict(quint64 national)
{
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(1);
    number.set_national_number(national);
    NanpVerdicts::Verdict verdict;
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    verdict.region = QString::fromStdString(region);
    verdict.type = util().GetNumberType(number);
    verdict.valid = util().IsValidNumber(number);
    return verdict;
}

bool sameVerdict(const NanpVerdicts::Verdict &a, const NanpVerdicts::Verdict &b)
{
    return a.region == b.region && a.type == b.type && a.valid == b.valid;
}

QString describe(
    quint64 national, const NanpVerdicts::Verdict &table, const NanpVerdicts::Verdict &lib)
{
    return QStringLiteral("+1%1: table %2/%3/%4, libphonenumber %5/%6/%7")
        .arg(national)
        .arg(table.region)
        .arg(table.type)
        .arg(table.valid)
        .arg(lib.region)
        .arg(lib.type)
        .arg(lib.valid);
}

// Whether `digits` is one of the strings the sequences stand for.
bool expansionMatches(const std::vector<DigitSequence> &sequences, const QString &digits)
{
    for (const DigitSequence &sequence : sequences) {
        if (sequence.length != digits.size())
            continue;
        bool fits = true;
        for (int i = 0; i < sequence.length && fits; ++i)
            fits = sequence.allowed[size_t(i)] & (1U << (digits.at(i).unicode() - u'0'));
        if (fits)
            return true;
    }
    return false;
}

// PCRE2's verdict: the whole string (number types) or its start (leading digits).
bool regexMatches(const QRegularExpression &full, const QRegularExpression &start,
    const QString &digits, bool atStart)
{
    return (atStart ? start : full).match(digits).hasMatch();
}

QString digitsOf(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// A ten-digit string that fits `sequence` (which must be ten long), drawn at random.
QString drawFrom(const DigitSequence &sequence, std::mt19937 &random)
{
    QString digits;
    for (int i = 0; i < sequence.length; ++i) {
        int digit;
        do
            digit = int(random() % 10);
        while (!(sequence.allowed[size_t(i)] & (1U << digit)));
        digits.append(QChar(u'0' + digit));
    }
    return digits;
}

} // namespace

class TestNanpVerdicts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expands_data();
    void expands();
    void expansionEqualsRegexEngine_data();
    void expansionEqualsRegexEngine();
    void refusesOutsideSubset_data();
    void refusesOutsideSubset();
    void everyNanpPatternIsDecidedBySevenDigits();
    void depthHoldsForRegexEngine();
    void regionsInLibphonenumbersOrder();
    void everyLeafAgreesWithLibphonenumber();
    void lookupAgreesOnEveryAreaCode();
    void disabledTableIsNotOffered();
};

void TestNanpVerdicts::initTestCase()
{
    QVERIFY2(NanpVerdicts::instance(), qPrintable(NanpVerdicts::unavailableReason()));
    QVERIFY(NanpVerdicts::unavailableReason().isEmpty());
}

void TestNanpVerdicts::expands_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("atStart");
    QTest::addColumn<int>("sequences"); // in the expansion, of any length up to ten
    QTest::addColumn<int>("depth");

    QTest::newRow("toll-free") << QStringLiteral("8(?:00|33|44|55|66|77|88)[2-9]\\d{6}") << false
                               << 7 << 4;
    QTest::newRow("US general") << QStringLiteral("[2-9]\\d{9}|3\\d{6}") << false << 2 << 1;
    QTest::newRow("CA general") << QStringLiteral("(?:[2-8]\\d|90)\\d{8}|3\\d{6}") << false << 3
                                << 2;
    QTest::newRow("seven digits decide") << QStringLiteral("246521[0369]\\d{3}") << false << 1 << 7;
    QTest::newRow("class of everything") << QStringLiteral("2[0-9][\\d]\\d{7}") << false << 1 << 1;
    QTest::newRow("optional") << QStringLiteral("1?2\\d{8}") << false << 2 << 2;
    QTest::newRow("range of counts") << QStringLiteral("9\\d{7,9}") << false << 3 << 1;
    QTest::newRow("capturing group") << QStringLiteral("(21|3)\\d{8}") << false << 2 << 2;
    QTest::newRow("nested groups")
        << QStringLiteral("8(?:[04]9[2-9]\\d\\d|29(?:2(?:[0-59]\\d|6[04-9])))\\d{4}") << false << 3
        << 6;
    QTest::newRow("leading digits") << QStringLiteral("8001|8[024]9") << true << 2 << 4;
    QTest::newRow("one area code") << QStringLiteral("268") << true << 1 << 3;
    QTest::newRow("empty leading digits") << QString() << true << 1 << 0;
    QTest::newRow("empty pattern") << QString() << false << 1 << 0;
}

void TestNanpVerdicts::expands()
{
    QFETCH(QString, pattern);
    QFETCH(bool, atStart);
    QFETCH(int, sequences);
    QFETCH(int, depth);

    const auto expanded = expandDigitPattern(pattern.toStdString());
    QVERIFY(expanded.has_value());
    QCOMPARE(int(expanded->size()), sequences);
    QCOMPARE(patternDepth(pattern.toStdString(), atStart), depth);
}

void TestNanpVerdicts::expansionEqualsRegexEngine_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("alternatives") << QStringLiteral("1|23|4[5-7]");
    QTest::newRow("classes") << QStringLiteral("[13-5][0-24-69]\\d?");
    QTest::newRow("counts") << QStringLiteral("(?:1[2-3]){1,2}4{0,2}");
    QTest::newRow("nested") << QStringLiteral("2(?:0(?:[1-3]|4\\d)|[5-9]{2})");
    QTest::newRow("empty alternative") << QStringLiteral("1(?:|2)3");
    QTest::newRow("digit class") << QStringLiteral("[\\d]{2}|9");
}

void TestNanpVerdicts::expansionEqualsRegexEngine()
{
    // Every string of up to five digits: the expansion holds exactly the
    // strings that PCRE2 matches whole.
    QFETCH(QString, pattern);
    const auto sequences = expandDigitPattern(pattern.toStdString(), 5);
    QVERIFY(sequences.has_value());
    const QRegularExpression regex(QRegularExpression::anchoredPattern(pattern));
    QVERIFY(regex.isValid());
    int matched = 0;
    quint64 limit = 1;
    for (int length = 0; length <= 5; ++length, limit *= 10) {
        for (quint64 value = 0; value < limit; ++value) {
            const QString digits = length ? digitsOf(value, length) : QString();
            const bool expected = regex.match(digits).hasMatch();
            QVERIFY2(expansionMatches(*sequences, digits) == expected, qPrintable(digits));
            matched += expected;
        }
    }
    QVERIFY(matched > 0);
}

void TestNanpVerdicts::refusesOutsideSubset_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("plus") << QStringLiteral("\\d+");
    QTest::newRow("star") << QStringLiteral("1\\d*");
    QTest::newRow("open count") << QStringLiteral("1\\d{2,}");
    QTest::newRow("negated class") << QStringLiteral("[^0]\\d");
    QTest::newRow("look-ahead") << QStringLiteral("(?=1)\\d");
    QTest::newRow("letter") << QStringLiteral("1a");
    QTest::newRow("letter class") << QStringLiteral("[a-c]");
    QTest::newRow("word class") << QStringLiteral("\\w");
    QTest::newRow("dot") << QStringLiteral("1.");
    QTest::newRow("anchor") << QStringLiteral("^1");
    QTest::newRow("unclosed group") << QStringLiteral("(?:12");
    QTest::newRow("unopened group") << QStringLiteral("12)");
    QTest::newRow("unclosed class") << QStringLiteral("[12");
    QTest::newRow("empty class") << QStringLiteral("[]");
    QTest::newRow("backwards range") << QStringLiteral("[5-2]");
    QTest::newRow("lazy") << QStringLiteral("1??");
    QTest::newRow("count without number") << QStringLiteral("1{}");
    QTest::newRow("trailing backslash") << QStringLiteral("1\\");
}

void TestNanpVerdicts::refusesOutsideSubset()
{
    QFETCH(QString, pattern);
    QVERIFY(!expandDigitPattern(pattern.toStdString()).has_value());
    QCOMPARE(patternDepth(pattern.toStdString(), false), -1);
}

void TestNanpVerdicts::everyNanpPatternIsDecidedBySevenDigits()
{
    // The proof: every pattern libphonenumber consults for a +1 number (all
    // 25 regions' number types and leading digits) decides a ten-digit number
    // by its first seven digits at most, so the table needs no deeper leaf.
    const NanpVerdicts &table = *NanpVerdicts::instance();
    QVERIFY(table.patterns().size() >= 50);
    int deepest = 0;
    int leading = 0;
    for (const NanpVerdicts::Pattern &pattern : table.patterns()) {
        const int depth = patternDepth(pattern.text, pattern.atStart);
        QVERIFY2(depth >= 0, pattern.text.c_str());
        QCOMPARE(pattern.depth, depth);
        QVERIFY2(depth <= 7, pattern.text.c_str());
        deepest = std::max(deepest, depth);
        leading += pattern.atStart;
    }
    QVERIFY(leading >= 20); // every region but US and CA has leading digits
    QCOMPARE(table.provenDepth(), deepest);
    QVERIFY(table.provenDepth() <= NanpVerdicts::maxDepth);
    QVERIFY(table.deepestLeaf() <= table.provenDepth());
    qInfo("%d patterns, determining depth at most %d; %d leaves, the deepest %d digits",
        int(table.patterns().size()), table.provenDepth(), table.leafCount(), table.deepestLeaf());
}

void TestNanpVerdicts::depthHoldsForRegexEngine()
{
    // The proof checked against a real regular-expression engine (PCRE2): for
    // every NANP pattern, ten-digit strings that match (drawn from the
    // pattern) and random ones keep their verdict whatever digits follow the
    // pattern's depth; and the expansion agrees with PCRE2 on all of them.
    const NanpVerdicts &table = *NanpVerdicts::instance();
    std::mt19937 random(4711);
    int matching = 0;
    for (const NanpVerdicts::Pattern &pattern : table.patterns()) {
        const QString text = QString::fromStdString(pattern.text);
        const QRegularExpression full(QRegularExpression::anchoredPattern(text));
        const QRegularExpression start(QStringLiteral("\\A(?:%1)").arg(text));
        QVERIFY(full.isValid() && start.isValid());
        const auto expanded = expandDigitPattern(pattern.text);
        QVERIFY(expanded.has_value());
        std::vector<DigitSequence> tenLong;
        for (const DigitSequence &sequence : *expanded) {
            if (sequence.length == 10)
                tenLong.push_back(sequence);
        }
        QStringList samples;
        for (int i = 0; i < 100; ++i)
            samples.append(digitsOf(((quint64(random()) << 32) | random()) % 10000000000ULL, 10));
        for (int i = 0; i < 100 && !tenLong.empty(); ++i)
            samples.append(drawFrom(tenLong[random() % tenLong.size()], random));
        for (const QString &digits : samples) {
            const bool expected = regexMatches(full, start, digits, pattern.atStart);
            matching += expected;
            if (!pattern.atStart)
                QVERIFY2(expansionMatches(tenLong, digits) == expected, qPrintable(digits));
            QString changed = digits;
            for (int k = pattern.depth; k < 10; ++k)
                changed[k] = QChar(u'0' + int(random() % 10));
            QVERIFY2(regexMatches(full, start, changed, pattern.atStart) == expected,
                qPrintable(QString(text + u' ' + digits + u' ' + changed)));
        }
    }
    QVERIFY(matching >= 5000);
}

void TestNanpVerdicts::regionsInLibphonenumbersOrder()
{
    std::list<std::string> regions;
    util().GetRegionCodesForCountryCallingCode(1, &regions);
    const std::vector<QString> &table = NanpVerdicts::instance()->regions();
    QCOMPARE(table.size(), regions.size());
    size_t i = 0;
    for (const std::string &code : regions)
        QCOMPARE(table[i++], QString::fromStdString(code));
    QCOMPARE(table.front(), QStringLiteral("US"));
}

void TestNanpVerdicts::everyLeafAgreesWithLibphonenumber()
{
    // With the proof, every ten-digit number under a leaf gets that leaf's
    // verdict from libphonenumber: checking one number per leaf checks them
    // all. Three per leaf (zeros, nines, random digits after the prefix) to
    // check the proof itself on the way.
    const NanpVerdicts &table = *NanpVerdicts::instance();
    std::mt19937 random(1999);
    int leaves = 0;
    int checked = 0;
    std::set<QString> regions;
    std::set<int> types;
    bool allAgree = true;
    table.forEachLeaf([&](quint64 prefix, int digits, const NanpVerdicts::Verdict &verdict) {
        ++leaves;
        quint64 scale = 1;
        for (int i = digits; i < 10; ++i)
            scale *= 10;
        if (prefix * scale < 1000000000ULL)
            return; // starts with 0: never a ten-digit national number
        const quint64 tails[] = { 0, scale - 1, quint64(random()) % scale };
        for (const quint64 tail : tails) {
            const quint64 national = prefix * scale + tail;
            const NanpVerdicts::Verdict lib = libVerdict(national);
            const NanpVerdicts::Verdict looked = table.lookup(national);
            if (!sameVerdict(verdict, lib) || !sameVerdict(looked, lib)) {
                if (allAgree)
                    qWarning() << describe(national, verdict, lib);
                allAgree = false;
            }
            ++checked;
        }
        regions.insert(verdict.region);
        types.insert(verdict.type);
    });
    QVERIFY(allAgree);
    QCOMPARE(leaves, table.leafCount());
    QVERIFY(checked >= 3 * 5000);
    // Every region and the types in use are reached, and numbers with no region.
    QCOMPARE(regions.size(), table.regions().size() + 1);
    for (int type : { PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE,
             PhoneNumberUtil::FIXED_LINE_OR_MOBILE, PhoneNumberUtil::TOLL_FREE,
             PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::VOIP, PhoneNumberUtil::PERSONAL_NUMBER,
             PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN, PhoneNumberUtil::UNKNOWN })
        QVERIFY2(types.count(type), qPrintable(QString::number(type)));
}

void TestNanpVerdicts::lookupAgreesOnEveryAreaCode()
{
    // Independently of the leaves: numbers in all 800 area codes 200-999
    // (the US, Canada, the Caribbean, toll-free, 900, 5XX personal numbers,
    // unassigned ones), each with random exchanges and the exchanges that
    // patterns single out, and numbers starting with 1.
    const NanpVerdicts &table = *NanpVerdicts::instance();
    std::mt19937 random(31337);
    int checked = 0;
    int valid = 0;
    auto check = [&](quint64 national) {
        const NanpVerdicts::Verdict lib = libVerdict(national);
        const NanpVerdicts::Verdict looked = table.lookup(national);
        ++checked;
        valid += lib.valid;
        return sameVerdict(looked, lib) ? QString() : describe(national, looked, lib);
    };
    for (quint64 npa = 100; npa <= 999; ++npa) {
        for (int k = 0; k < 6; ++k) {
            const quint64 national = npa * 10000000ULL + quint64(random()) % 10000000ULL;
            const QString difference = check(national);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
        for (quint64 nxx : { 200, 211, 300, 555, 600, 900, 999 }) {
            const QString difference
                = check(npa * 10000000ULL + nxx * 10000 + quint64(random()) % 10000);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
    for (quint64 npa :
        { 500, 521, 522, 523, 524, 525, 526, 527, 533, 544, 566, 577, 588, 622, 900, 800, 833, 844,
            855, 866, 877, 888, 242, 246, 268, 284, 345, 658, 876, 809, 829, 849 }) {
        for (quint64 nxx = 200; nxx <= 999; nxx += 7) {
            const QString difference
                = check(npa * 10000000ULL + nxx * 10000 + quint64(random()) % 10000);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
    QVERIFY(checked >= 10000);
    QVERIFY(valid >= 3000);
    QVERIFY(checked - valid >= 1000);
}

void TestNanpVerdicts::disabledTableIsNotOffered()
{
    NanpVerdicts::setEnabled(false);
    const bool offered = NanpVerdicts::instance() != nullptr;
    const QString reason = NanpVerdicts::unavailableReason();
    NanpVerdicts::setEnabled(true);
    QVERIFY(!offered);
    QVERIFY(!reason.isEmpty());
    QVERIFY(NanpVerdicts::instance());
}

QTEST_GUILESS_MAIN(TestNanpVerdicts)
#include "tst_nanpverdicts.moc"
