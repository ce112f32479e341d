// SPDX-License-Identifier: Apache-2.0
// Today's numbering plan: every area code 200-999, each of its exchanges
// 200-999, judged by PhoneNumbers exactly as the checked-in data file says.
// The file is read here on its own (QJsonDocument), not through the tables
// under test; the named examples are the area codes opened since the
// system's libphonenumber (2022) and the non-geographic codes.

#include "core/NanpRules.h"
#include "core/NumberingData.h"
#include "core/PhoneNumber.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace portdesk;

namespace {

QJsonObject dataFile()
{
    QFile file(QStringLiteral(PORTDESK_NUMBERING_DATA_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

bool inRanges(const QString &ranges, int nxx)
{
    const QStringList parts = ranges.split(u',');
    for (const QString &part : parts) {
        const QStringList ends = part.split(u'-');
        const int from = ends.first().toInt();
        const int to = ends.last().toInt();
        if (nxx >= from && nxx <= to)
            return true;
    }
    return false;
}

bool unitedStates(const QString &country)
{
    static const QStringList codes = { QStringLiteral("US"), QStringLiteral("PR"),
        QStringLiteral("VI"), QStringLiteral("GU"), QStringLiteral("AS"), QStringLiteral("MP") };
    return codes.contains(country);
}

struct Expected {
    bool ok = false;
    bool tollFree = false;
    QStringList rules; // any of these
    QString region;
};

// What PortDesk must say of NPA-NXX-1234, from the file alone.
Expected expectedFor(int npa, int nxx, const QString &country, const QStringList &areaTypes,
    const QVariantMap &exchanges)
{
    const bool n11Exchange = nanp::isN11(nxx);
    QString exchangeCountry = country;
    QStringList types = areaTypes;
    if (!exchanges.isEmpty()) {
        for (auto it = exchanges.cbegin(); it != exchanges.cend(); ++it) {
            if (!inRanges(it.value().toString(), nxx))
                continue;
            if (it.key() == QLatin1String("unassigned")) {
                exchangeCountry = QStringLiteral("unassigned");
                types.clear();
            } else if (it.key() == QLatin1String("none")) {
                types.clear();
            } else {
                types = it.key().split(u'+');
            }
        }
    }
    Expected e;
    const auto refused = [&e](std::initializer_list<const char *> rules, const QString &region) {
        for (const char *rule : rules)
            e.rules.append(QLatin1String(rule));
        e.region = region;
        return e;
    };
    if (nanp::isN11(npa))
        return refused({ "number.n11-area-code" }, QStringLiteral("ZZ"));
    if (country == QLatin1String("unassigned"))
        return refused({ "number.invalid", "number.reserved-area-code" }, QStringLiteral("ZZ"));
    if (!unitedStates(country))
        return refused({ "number.foreign-country" }, country);
    if (types.contains(QLatin1String("premiumRate")))
        return refused({ "number.premium-rate" }, country);
    if (types.contains(QLatin1String("personalNumber")))
        return refused({ "number.personal" }, country);
    const bool tollFree = types.contains(QLatin1String("tollFree"));
    e.tollFree = tollFree;
    if (n11Exchange && !tollFree)
        return refused({ "number.n11-exchange" }, country);
    const bool local = types.contains(QLatin1String("fixedLine"))
        || types.contains(QLatin1String("mobile"))
        || types.contains(QLatin1String("fixedLineOrMobile"));
    if (exchangeCountry == QLatin1String("unassigned") || !(tollFree || local))
        return refused({ "number.invalid" }, country);
    e.ok = true;
    e.region = country;
    return e;
}

} // namespace

class TestNumberingData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sweep_data();
    void sweep();
    void examples_data();
    void examples();
    void namesItsSource();
    void refusesDamagedData_data();
    void refusesDamagedData();

private:
    QJsonObject m_file;
};

void TestNumberingData::initTestCase()
{
    QVERIFY2(nanp::NumberingData::instance(), qPrintable(nanp::NumberingData::unavailableReason()));
    m_file = dataFile();
    QVERIFY2(!m_file.isEmpty(), PORTDESK_NUMBERING_DATA_FILE);
    QCOMPARE(m_file.value(QLatin1String("areaCodes")).toObject().size(), 800);
}

void TestNumberingData::sweep_data()
{
    QTest::addColumn<int>("npa");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QVariantMap>("exchanges");
    const QJsonObject areaCodes = m_file.value(QLatin1String("areaCodes")).toObject();
    for (int npa = 200; npa <= 999; ++npa) {
        const QJsonObject entry = areaCodes.value(QString::number(npa)).toObject();
        QTest::addRow("%d", npa)
            << npa << entry.value(QLatin1String("country")).toString()
            << strings(entry.value(QLatin1String("types")))
            << entry.value(QLatin1String("exchanges")).toObject().toVariantMap();
    }
}

void TestNumberingData::sweep()
{
    QFETCH(int, npa);
    QFETCH(QString, country);
    QFETCH(QStringList, types);
    QFETCH(QVariantMap, exchanges);
    QVERIFY2(!country.isEmpty(), "the data file has no entry for this area code");

    // Every exchange of the area code, in one batch (the table's path).
    QStringList inputs;
    for (int nxx = 200; nxx <= 999; ++nxx)
        inputs.append(QStringLiteral("+1%1%2 1234").arg(npa).arg(nxx));
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(inputs);
    QStringList wrong;
    for (int nxx = 200; nxx <= 999; ++nxx) {
        const NumberCheck &c = checks.at(nxx - 200);
        const Expected e = expectedFor(npa, nxx, country, types, exchanges);
        const bool right = c.ok == e.ok && c.region == e.region
            && (e.ok ? c.rule.isEmpty() && c.tollFree == e.tollFree : e.rules.contains(c.rule))
            && c.e164 == u"+1" + QString::number(npa) + QString::number(nxx) + u"1234"
            && (c.rule != QLatin1String("number.foreign-country")
                || c.message.contains(PhoneNumbers::regionName(e.region)));
        if (!right && wrong.size() < 5)
            wrong.append(QStringLiteral("%1: ok=%2 rule=%3 region=%4 tollFree=%5, the data says "
                                        "ok=%6 rule=%7 region=%8 tollFree=%9")
                             .arg(inputs.at(nxx - 200))
                             .arg(c.ok)
                             .arg(c.rule, c.region)
                             .arg(c.tollFree)
                             .arg(e.ok)
                             .arg(e.rules.join(u'|'), e.region)
                             .arg(e.tollFree));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    // One number alone (check) agrees with the batch.
    const NumberCheck alone = PhoneNumbers::check(inputs.at(34)); // exchange 234
    QCOMPARE(alone.ok, checks.at(34).ok);
    QCOMPARE(alone.rule, checks.at(34).rule);
    QCOMPARE(alone.region, checks.at(34).region);
}

void TestNumberingData::examples_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *name, const char *input, bool ok, const char *rule,
                   const char *region, const char *mentions = "") {
        QTest::newRow(name) << QString::fromUtf8(input) << ok << QString::fromLatin1(rule)
                            << QString::fromLatin1(region) << QString::fromUtf8(mentions);
    };
    // United States area codes opened since libphonenumber 8.12.57.
    row("227 Maryland", "(227) 234-5678", true, "", "US");
    row("350 California", "+1 350 234 5678", true, "", "US");
    row("369 California", "369-234-5678", true, "", "US");
    row("353 Wisconsin", "353.234.5678", true, "", "US");
    row("445 Pennsylvania", "(445) 234-5678", true, "", "US");
    row("472 North Carolina", "472-234-5678", true, "", "US");
    row("572 Oklahoma", "+15722345678", true, "", "US");
    row("645 Florida", "1-645-234-5678", true, "", "US");
    row("686 Virginia", "(686) 234-5678", true, "", "US");
    row("728 Florida", "728 234 5678", true, "", "US");
    row("835 Pennsylvania", "(835) 234-5678", true, "", "US");
    // Canadian area codes, new and old: refused as Canada.
    row("879 Newfoundland", "(879) 234-5678", false, "number.foreign-country", "CA", "Canada");
    row("942 Ontario", "+1 942 234 5678", false, "number.foreign-country", "CA", "Canada");
    row("368 Alberta", "368-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("382 Ontario", "382-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("584 Manitoba", "584-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("683 Ontario", "683-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("742 Ontario", "742-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("753 Ontario", "753-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("825 Alberta", "825-234-5678", false, "number.foreign-country", "CA", "Canada");
    row("416 Toronto", "(416) 234-5678", false, "number.foreign-country", "CA", "Canada");
    row("622 Canadian personal", "622-234-5678", false, "number.foreign-country", "CA", "Canada");
    // Premium rate and personal communications: refused by name.
    row("900 premium rate", "+1 900 555 0100", false, "number.premium-rate", "US",
        "“+1 900 555 0100” is a premium-rate 900 number: the inventory holds Local and "
        "TollFree numbers only.");
    row("900 other exchange", "(900) 234-5678", false, "number.premium-rate", "US",
        "premium-rate 900");
    row("500 personal", "500-234-5678", false, "number.personal", "US",
        "non-geographic 5XX personal number (area code 500)");
    for (const char *npa : { "521", "522", "523", "524", "525", "526", "527", "528", "529", "533",
             "544", "566", "577", "588" }) {
        const QByteArray name = QByteArray(npa) + " personal";
        const QByteArray input = QByteArray(npa) + "-234-5678";
        QTest::newRow(name.constData())
            << QString::fromLatin1(input) << false << QStringLiteral("number.personal")
            << QStringLiteral("US") << QStringLiteral("non-geographic 5XX personal number");
    }
    // Toll-free stays toll-free; an exchange the data has not opened is refused.
    row("888 toll-free", "888-234-5678", true, "", "US");
    row("983 exchange 6XX", "983-634-5678", false, "number.invalid", "US", "exchange 634");
    row("555 reserved", "555-234-5678", false, "number.invalid", "ZZ", "area code 555");
    row("311 N11", "311-234-5678", false, "number.n11-area-code", "ZZ");
    row("37X reserved", "375-234-5678", false, "number.reserved-area-code", "ZZ");
}

void TestNumberingData::examples()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, rule);
    QFETCH(QString, region);
    QFETCH(QString, mentions);
    const NumberCheck c = PhoneNumbers::check(input);
    QCOMPARE(c.rule, rule);
    QCOMPARE(c.ok, ok);
    QCOMPARE(c.region, region);
    QVERIFY2(c.message.contains(mentions), qPrintable(c.message));
    if (!ok)
        QVERIFY2(c.message.contains(input), qPrintable(c.message));
    QCOMPARE(c.tollFree, input.startsWith(QLatin1String("888")));
}

void TestNumberingData::namesItsSource()
{
    const NumberingDataSource source = PhoneNumbers::numberingData();
    QCOMPARE(source.source, m_file.value(QLatin1String("source")).toString());
    QCOMPARE(source.source, QStringLiteral("libphonenumber-js"));
    QCOMPARE(source.version, m_file.value(QLatin1String("version")).toString());
    QCOMPARE(source.metadataVersion, m_file.value(QLatin1String("metadataVersion")).toString());
    QCOMPARE(source.published, m_file.value(QLatin1String("published")).toString());
    QVERIFY(!source.version.isEmpty() && !source.metadataVersion.isEmpty()
        && !source.published.isEmpty());
    const QString name = PhoneNumbers::numberingDataName();
    QVERIFY2(
        name.contains(source.version) && name.contains(source.metadataVersion), qPrintable(name));
}

void TestNumberingData::refusesDamagedData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QJsonObject good = dataFile();
    auto without = [good](const char *npa) {
        QJsonObject changed = good;
        QJsonObject areaCodes = changed.value(QLatin1String("areaCodes")).toObject();
        areaCodes.remove(QLatin1String(npa));
        changed.insert(QLatin1String("areaCodes"), areaCodes);
        return QJsonDocument(changed).toJson();
    };
    auto withEntry = [good](const char *npa, const char *entry) {
        QJsonObject changed = good;
        QJsonObject areaCodes = changed.value(QLatin1String("areaCodes")).toObject();
        areaCodes.insert(QLatin1String(npa), QJsonDocument::fromJson(entry).object());
        changed.insert(QLatin1String("areaCodes"), areaCodes);
        return QJsonDocument(changed).toJson();
    };
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << QByteArray(R"({"source": "libphonenumber-js"})")
                                << QStringLiteral("no source or version");
    QTest::newRow("area code missing") << without("742") << QStringLiteral("area code 742");
    QTest::newRow("unknown country")
        << withEntry("206", R"({"country": "XX", "types": ["fixedLine"]})")
        << QStringLiteral("unknown country XX");
    QTest::newRow("unknown type") << withEntry(
        "206", R"({"country": "US", "types": ["satellite"]})")
                                  << QStringLiteral("unknown number type");
    QTest::newRow("exchange twice") << withEntry("206",
        R"({"country": "US", "types": ["fixedLine"], "exchanges": {"fixedLine": "200-999", "none": "500"}})")
                                    << QStringLiteral("exchange 500 twice");
    QTest::newRow("exchange missing") << withEntry("206",
        R"({"country": "US", "types": ["fixedLine"], "exchanges": {"fixedLine": "200-299,301-998", "none": "300"}})")
                                      << QStringLiteral("exchange 999 missing");
}

void TestNumberingData::refusesDamagedData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!nanp::NumberingData::fromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The good file reads.
    QFile file(QStringLiteral(PORTDESK_NUMBERING_DATA_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(nanp::NumberingData::fromJson(file.readAll(), &error));
}

QTEST_GUILESS_MAIN(TestNumberingData)
#include "tst_numberingdata.moc"
