// SPDX-License-Identifier: Apache-2.0
#include "PhoneNumber.h"

#include "TextLimits.h"

#include "NanpRules.h"
#include "NanpVerdicts.h"
#include "NumberingData.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace portdesk {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// What reading one input gave, before any verdict: the fields of
// libphonenumber's PhoneNumber that its verdicts and E.164 depend on.
struct Reading {
    enum class Kind : quint8 { Empty, Unreadable, TooLong, ControlCharacter, Number };
    Kind kind = Kind::Empty;
    bool hasExtension = false;
    int countryCode = 0;
    quint64 national = 0;
    int leadingZeros = 0; // zeros before `national` in the significant number (Italian style)
    int parsed = -1; // index of the number Parse gave, -1 for the strict notations
    int distinct = -1; // index of its libphonenumber verdict, -1 when the NANP table judged it
};

// A +1 number of ten digits: the NANP table knows libphonenumber's verdicts.
bool tenDigitNanp(const Reading &reading)
{
    return reading.countryCode == 1 && reading.leadingZeros == 0
        && reading.national >= 1000000000ULL && reading.national <= 9999999999ULL;
}

// libphonenumber's verdicts depend on the country code and the national
// significant number only (not on the notation, nor on an extension): equal
// keys get equal verdicts, so each distinct number is judged once.
struct NumberKey {
    int countryCode = 0;
    quint64 national = 0;
    int leadingZeros = 0;

    bool operator==(const NumberKey &other) const
    {
        return countryCode == other.countryCode && national == other.national
            && leadingZeros == other.leadingZeros;
    }
};

struct NumberKeyHash {
    size_t operator()(const NumberKey &key) const
    {
        return std::hash<quint64>()(key.national) ^ (size_t(key.countryCode) << 40)
            ^ (size_t(key.leadingZeros) << 56);
    }
};

// The verdicts on one number, from libphonenumber or from the NANP table.
struct Verdict {
    bool valid = false;
    int type = PhoneNumberUtil::UNKNOWN;
    QString region;
    QString e164;
};

// A distinct number that libphonenumber itself judges.
struct LibVerdict {
    LibNumber number;
    Verdict verdict;
};

Reading read(const QString &input, std::vector<LibNumber> &parsed)
{
    Reading reading;
    // Limits first, before any parsing: libphonenumber takes seconds over a
    // string of thousands of characters.
    if (input.size() > textlimits::maxNumberInput
        && QStringView(input).trimmed().size() > textlimits::maxNumberInput) {
        reading.kind = Reading::Kind::TooLong;
        return reading;
    }
    const QStringView trimmed = QStringView(input).trimmed();
    if (trimmed.isEmpty())
        return reading;
    if (textlimits::controlCharacterAt(trimmed) >= 0) {
        reading.kind = Reading::Kind::ControlCharacter;
        return reading;
    }
    if (const quint64 national = nanp::readStrictNotation(input)) {
        // What Parse would give for these notations, without its regular
        // expressions (a third of the plain loop's time).
        reading.kind = Reading::Kind::Number;
        reading.countryCode = 1;
        reading.national = national;
        return reading;
    }
    LibNumber number;
    const auto error = util().Parse(input.toStdString(), "US", &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        reading.kind = Reading::Kind::Unreadable;
        return reading;
    }
    reading.kind = Reading::Kind::Number;
    reading.hasExtension = !number.extension().empty();
    reading.countryCode = number.country_code();
    reading.national = number.national_number();
    if (number.italian_leading_zero())
        reading.leadingZeros = number.number_of_leading_zeros();
    reading.parsed = int(parsed.size());
    parsed.push_back(std::move(number));
    return reading;
}

// The same three verdicts as IsValidNumber, GetNumberType and
// GetRegionCodeForNumber, with less work. In libphonenumber both
// IsValidNumber and GetNumberType first look up the region (which for NANP
// numbers means matching the number against each region's patterns) and then
// run the region's number-type patterns; IsValidNumber is exactly
// "that type is not UNKNOWN", and without a region (ZZ) the type is UNKNOWN.
// So one region look-up plus, when there is a region, one GetNumberType.
void judge(LibVerdict &judged)
{
    const PhoneNumberUtil &u = util();
    Verdict &verdict = judged.verdict;
    std::string region;
    u.GetRegionCodeForNumber(judged.number, &region);
    verdict.region = QString::fromStdString(region);
    if (region != "ZZ") {
        verdict.type = u.GetNumberType(judged.number);
        verdict.valid = verdict.type != PhoneNumberUtil::UNKNOWN;
    }
    std::string e164;
    u.Format(judged.number, PhoneNumberUtil::E164, &e164);
    verdict.e164 = QString::fromStdString(e164);
}

// The table's verdicts on a ten-digit +1 number (see NanpVerdicts.h).
Verdict tableVerdict(const nanp::NanpVerdicts &table, quint64 national)
{
    const nanp::NanpVerdicts::Verdict found = table.lookup(national);
    Verdict verdict;
    verdict.valid = found.valid;
    verdict.type = found.type;
    verdict.region = found.region;
    // What Format(E164) gives: "+1" and the ten digits.
    verdict.e164 = QStringLiteral("+1") + QString::number(national);
    return verdict;
}

// How a message shows what was typed.
QString shownInput(const QString &input)
{
    return input.trimmed();
}

using PlanKind = nanp::NumberingData::Kind;

// What today's numbering plan says of a ten-digit +1 number: from the
// numbering data when it is at hand, else libphonenumber's own verdict read
// the same way.
struct Plan {
    PlanKind kind = PlanKind::Unassigned;
    QString region = QStringLiteral("ZZ");
    bool areaCodeAssigned = false;
};

Plan planOf(const nanp::NumberingData *data, quint64 national, const Verdict &lib)
{
    const int npa = nanp::areaCode(national);
    Plan plan;
    if (data) {
        const nanp::NumberingData::Verdict verdict
            = data->lookup(npa, nanp::exchangeCode(national));
        // An exchange out of service is still in its area code's country.
        const nanp::NumberingData::Verdict area = data->areaCode(npa);
        plan.kind = verdict.kind;
        plan.region = data->regionCode(verdict.region ? verdict : area);
        plan.areaCodeAssigned = area.region != 0;
        return plan;
    }
    plan.region = lib.region;
    plan.areaCodeAssigned = lib.region != QLatin1String("ZZ");
    switch (lib.type) {
    case PhoneNumberUtil::TOLL_FREE:
        plan.kind = PlanKind::TollFree;
        break;
    case PhoneNumberUtil::PREMIUM_RATE:
        plan.kind = PlanKind::PremiumRate;
        break;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        plan.kind = PlanKind::Personal;
        break;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        plan.kind = PlanKind::Local;
        break;
    case PhoneNumberUtil::UNKNOWN:
        plan.kind = plan.areaCodeAssigned ? PlanKind::NoType : PlanKind::Unassigned;
        break;
    default:
        plan.kind = PlanKind::Other;
        break;
    }
    return plan;
}

// Applies PortDesk's rules to one reading whose number has been judged by
// libphonenumber (kept in the lib* fields) and, for a ten-digit +1 number, by
// today's numbering plan (which decides).
void conclude(NumberCheck &check, const Reading &reading, const Verdict &verdict,
    const nanp::NumberingData *data)
{
    check.libValid = verdict.valid;
    check.libType = verdict.type;
    check.libRegion = verdict.region;
    check.region = verdict.region;
    check.e164 = verdict.e164;
    check.tollFree = verdict.type == PhoneNumberUtil::TOLL_FREE;

    const QString shown = shownInput(check.input);
    auto refuse = [&check](const char *rule, const QString &message) {
        check.ok = false;
        check.rule = QLatin1String(rule);
        check.message = message;
    };

    if (reading.countryCode != 1) {
        refuse("number.not-nanp",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is not a North American number (country code +%2); only United States "
                "numbers can be ported.")
                .arg(shown, QString::number(reading.countryCode)));
        return;
    }

    const quint64 national = reading.national;
    if (!tenDigitNanp(reading)) {
        if (reading.leadingZeros == 0 && national >= 1000000 && national <= 9999999)
            refuse("number.invalid",
                QCoreApplication::translate("PhoneNumbers",
                    "“%1” has no area code; enter all ten digits, for example (206) 444-0100.")
                    .arg(shown));
        else
            refuse("number.invalid",
                QCoreApplication::translate("PhoneNumbers",
                    "“%1” is not a valid number: a North American number has ten digits.")
                    .arg(shown));
        return;
    }

    const int npa = nanp::areaCode(national);
    const int nxx = nanp::exchangeCode(national);
    const QString npaText = QString::number(npa);
    if (nanp::isN11(npa)) {
        check.region = QStringLiteral("ZZ");
        refuse("number.n11-area-code",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” starts with %2, a service code like 411 or 911, not an area code.")
                .arg(shown, npaText));
        return;
    }
    if (npa < 200) {
        check.region = QStringLiteral("ZZ");
        refuse("number.invalid",
            QCoreApplication::translate(
                "PhoneNumbers", "“%1” is not a valid number: area codes never start with 0 or 1.")
                .arg(shown));
        return;
    }

    const Plan plan = planOf(data, national, verdict);
    check.region = plan.region;
    check.tollFree = plan.kind == PlanKind::TollFree;
    if (!plan.areaCodeAssigned && nanp::isReservedAreaCode(npa)) {
        refuse("number.reserved-area-code",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” has area code %2, which is not in service: area codes 37X and 96X are "
                "reserved for the future.")
                .arg(shown, npaText));
        return;
    }
    if (!plan.areaCodeAssigned) {
        refuse("number.invalid",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is not a valid North American number: area code %2 is not in service.")
                .arg(shown, npaText));
        return;
    }
    if (plan.region != QLatin1String("ZZ") && !nanp::isUnitedStatesRegion(plan.region)) {
        refuse("number.foreign-country",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is not a United States number (area code %2: %3); only United "
                "States numbers can be ported.")
                .arg(shown, npaText, PhoneNumbers::regionName(plan.region)));
        return;
    }
    if (plan.kind == PlanKind::PremiumRate) {
        refuse("number.premium-rate",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is a premium-rate %2 number: the inventory holds Local and TollFree "
                "numbers only.")
                .arg(shown, npaText));
        return;
    }
    if (plan.kind == PlanKind::Personal) {
        refuse("number.personal",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is a non-geographic 5XX personal number (area code %2): the inventory "
                "holds Local and TollFree numbers only.")
                .arg(shown, npaText));
        return;
    }
    if (nanp::isFictional(national)) {
        refuse("number.fictional",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is a fictional number: 555-0100 through 555-0199 are reserved for films, "
                "books and examples.")
                .arg(shown));
        return;
    }
    if (nanp::isN11(nxx) && plan.kind != PlanKind::TollFree) {
        refuse("number.n11-exchange",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” has exchange %2, a service code like 411 or 911, which does not start "
                "telephone numbers in area code %3.")
                .arg(shown, QString::number(nxx), npaText));
        return;
    }
    if (plan.kind == PlanKind::Unassigned || plan.kind == PlanKind::NoType) {
        refuse("number.invalid",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is not a valid North American number: exchange %2 is not in service in "
                "area code %3.")
                .arg(shown, QStringLiteral("%1").arg(nxx, 3, 10, QLatin1Char('0')), npaText));
        return;
    }
    if (plan.kind != PlanKind::Local && plan.kind != PlanKind::TollFree) {
        refuse("number.invalid",
            QCoreApplication::translate("PhoneNumbers",
                "“%1” is neither a local nor a toll-free number: the inventory holds Local and "
                "TollFree numbers only.")
                .arg(shown));
        return;
    }
    if (reading.hasExtension) {
        refuse("number.invalid",
            QCoreApplication::translate(
                "PhoneNumbers", "“%1” has an extension; enter the phone number without it.")
                .arg(shown));
        return;
    }
    check.ok = true;
}

void concludeUnread(NumberCheck &check, const Reading &reading)
{
    check.ok = false;
    if (reading.kind == Reading::Kind::Empty) {
        check.rule = QStringLiteral("number.empty");
        check.message = QCoreApplication::translate("PhoneNumbers", "Enter a phone number.");
    } else if (reading.kind == Reading::Kind::TooLong) {
        check.rule = QStringLiteral("number.too-long");
        check.message = QCoreApplication::translate("PhoneNumbers",
            "“%1…” is %2 characters long: a phone number has at most %3.")
                            .arg(check.input.trimmed().left(12))
                            .arg(check.input.trimmed().size())
                            .arg(textlimits::maxNumberInput);
    } else if (reading.kind == Reading::Kind::ControlCharacter) {
        check.rule = QStringLiteral("number.control-character");
        check.message = QCoreApplication::translate("PhoneNumbers",
            "The number holds a control character (such as NUL): type or paste it again.");
    } else {
        check.rule = QStringLiteral("number.unreadable");
        check.message = QCoreApplication::translate("PhoneNumbers", "“%1” is not a phone number.")
                            .arg(shownInput(check.input));
    }
    check.region = QStringLiteral("ZZ");
    check.libRegion = check.region;
}

} // namespace

NumberCheck PhoneNumbers::check(const QString &input)
{
    return checkAll(QStringList { input }).constFirst();
}

QList<NumberCheck> PhoneNumbers::checkAll(const QStringList &inputs)
{
    // Ten-digit +1 numbers (nearly every input) are judged by the NANP table,
    // built once from libphonenumber's own metadata and exactly equal to its
    // verdicts; without the table, libphonenumber judges them as it judges
    // the rest.
    const nanp::NanpVerdicts *table = nanp::NanpVerdicts::instance();
    // Today's numbering plan decides which country a number belongs to and
    // whether it is in service.
    const nanp::NumberingData *data = nanp::NumberingData::instance();

    const qsizetype count = inputs.size();
    std::vector<LibNumber> parsed;
    std::vector<Reading> readings(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        readings[size_t(i)] = read(inputs.at(i), parsed);

    std::vector<LibVerdict> judged;
    {
        std::unordered_map<NumberKey, int, NumberKeyHash> seen;
        for (Reading &reading : readings) {
            if (reading.kind != Reading::Kind::Number || (table && tenDigitNanp(reading)))
                continue;
            const NumberKey key { reading.countryCode, reading.national, reading.leadingZeros };
            const auto inserted = seen.emplace(key, int(judged.size()));
            if (inserted.second) {
                LibVerdict distinct;
                if (reading.parsed >= 0) {
                    distinct.number = parsed[size_t(reading.parsed)];
                } else {
                    distinct.number.set_country_code(reading.countryCode);
                    distinct.number.set_national_number(reading.national);
                }
                judged.push_back(std::move(distinct));
            }
            reading.distinct = inserted.first->second;
        }
    }
    // One thread on purpose: libphonenumber's RegExpCache takes a mutex
    // around every pattern look-up (and hashes the whole pattern under it);
    // two threads ran slower than one on this machine. With the table only
    // the few numbers it does not cover get here.
    for (LibVerdict &distinct : judged)
        judge(distinct);

    QList<NumberCheck> results(count);
    for (qsizetype i = 0; i < count; ++i) {
        NumberCheck &result = results[i];
        const Reading &reading = readings[size_t(i)];
        result.input = inputs.at(i);
        if (reading.kind != Reading::Kind::Number)
            concludeUnread(result, reading);
        else if (table && reading.distinct < 0)
            conclude(result, reading, tableVerdict(*table, reading.national), data);
        else
            conclude(result, reading, judged[size_t(reading.distinct)].verdict, data);
    }
    return results;
}

QString PhoneNumbers::formatNational(const QString &e164)
{
    if (nanp::readStrictNotation(e164) == 0 || e164.size() != 12 || !e164.startsWith(u"+1"))
        return e164;
    return u'(' + e164.mid(2, 3) + u") " + e164.mid(5, 3) + u'-' + e164.mid(8, 4);
}

QString PhoneNumbers::formatDashed(const QString &e164)
{
    if (nanp::readStrictNotation(e164) == 0 || e164.size() != 12 || !e164.startsWith(u"+1"))
        return e164;
    return e164.mid(2, 3) + u'-' + e164.mid(5, 3) + u'-' + e164.mid(8, 4);
}

QString PhoneNumbers::regionName(const QString &regionCode)
{
    struct Name {
        const char16_t *code;
        const char *name;
    };
    // Every region libphonenumber files under +1, in its own order.
    static const Name names[] = {
        { u"US", QT_TRANSLATE_NOOP("PhoneNumbers", "United States") },
        { u"AG", QT_TRANSLATE_NOOP("PhoneNumbers", "Antigua and Barbuda") },
        { u"AI", QT_TRANSLATE_NOOP("PhoneNumbers", "Anguilla") },
        { u"AS", QT_TRANSLATE_NOOP("PhoneNumbers", "American Samoa") },
        { u"BB", QT_TRANSLATE_NOOP("PhoneNumbers", "Barbados") },
        { u"BM", QT_TRANSLATE_NOOP("PhoneNumbers", "Bermuda") },
        { u"BS", QT_TRANSLATE_NOOP("PhoneNumbers", "Bahamas") },
        { u"CA", QT_TRANSLATE_NOOP("PhoneNumbers", "Canada") },
        { u"DM", QT_TRANSLATE_NOOP("PhoneNumbers", "Dominica") },
        { u"DO", QT_TRANSLATE_NOOP("PhoneNumbers", "Dominican Republic") },
        { u"GD", QT_TRANSLATE_NOOP("PhoneNumbers", "Grenada") },
        { u"GU", QT_TRANSLATE_NOOP("PhoneNumbers", "Guam") },
        { u"JM", QT_TRANSLATE_NOOP("PhoneNumbers", "Jamaica") },
        { u"KN", QT_TRANSLATE_NOOP("PhoneNumbers", "Saint Kitts and Nevis") },
        { u"KY", QT_TRANSLATE_NOOP("PhoneNumbers", "Cayman Islands") },
        { u"LC", QT_TRANSLATE_NOOP("PhoneNumbers", "Saint Lucia") },
        { u"MP", QT_TRANSLATE_NOOP("PhoneNumbers", "Northern Mariana Islands") },
        { u"MS", QT_TRANSLATE_NOOP("PhoneNumbers", "Montserrat") },
        { u"PR", QT_TRANSLATE_NOOP("PhoneNumbers", "Puerto Rico") },
        { u"SX", QT_TRANSLATE_NOOP("PhoneNumbers", "Sint Maarten") },
        { u"TC", QT_TRANSLATE_NOOP("PhoneNumbers", "Turks and Caicos Islands") },
        { u"TT", QT_TRANSLATE_NOOP("PhoneNumbers", "Trinidad and Tobago") },
        { u"VC", QT_TRANSLATE_NOOP("PhoneNumbers", "Saint Vincent and the Grenadines") },
        { u"VG", QT_TRANSLATE_NOOP("PhoneNumbers", "British Virgin Islands") },
        { u"VI", QT_TRANSLATE_NOOP("PhoneNumbers", "U.S. Virgin Islands") },
    };
    for (const Name &entry : names) {
        if (regionCode == QStringView(entry.code))
            return QCoreApplication::translate("PhoneNumbers", entry.name);
    }
    return regionCode;
}

NumberingDataSource PhoneNumbers::numberingData()
{
    NumberingDataSource result;
    if (const nanp::NumberingData *data = nanp::NumberingData::instance()) {
        const nanp::NumberingData::Source &source = data->source();
        result.source = source.source;
        result.version = source.version;
        result.metadataVersion = source.metadataVersion;
        result.published = source.published;
    } else {
        result.source = QStringLiteral("libphonenumber");
    }
    return result;
}

QString PhoneNumbers::numberingDataName()
{
    const NumberingDataSource data = numberingData();
    if (data.version.isEmpty())
        return QCoreApplication::translate("PhoneNumbers", "the system's libphonenumber");
    return QCoreApplication::translate("PhoneNumbers", "%1 %2 (Google's metadata %3, %4)")
        .arg(data.source, data.version, data.metadataVersion, data.published);
}

bool PhoneNumbers::isUnitedStatesRegion(const QString &regionCode)
{
    return nanp::isUnitedStatesRegion(regionCode);
}

} // namespace portdesk
