// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

// The verdict on one typed phone number. PortDesk accepts United States NANP
// numbers only (the 50 states, DC and the US territories PR, VI, GU, AS, MP:
// they are in the US numbering plan and under US number portability), stores
// them in E.164 and refuses everything else with a rule code and a sentence.
//
// Territories, decided: Puerto Rico (787, 939), the US Virgin Islands (340),
// Guam (671), American Samoa (684) and the Northern Mariana Islands (670) are
// ACCEPTED as United States numbers. libphonenumber gives them their own
// region codes, but they are administered by the FCC, carriers there must
// port numbers under the FCC's local number portability rules, and US calling
// services sell numbers there. `region` keeps the territory's code ("PR").
// The other NANP countries (Canada and the Caribbean nations) are refused by
// name with number.foreign-country.
//
// Which country a +1 number belongs to, and whether its area code and
// exchange are in service, is decided by today's numbering data
// (nanp::NumberingData, resources/nanp-numbering.json), not by the older plan
// compiled into the system's libphonenumber, which still reads the number.
//
// Rule codes (stable): number.empty, number.unreadable, number.not-nanp,
// number.foreign-country, number.n11-area-code, number.n11-exchange,
// number.fictional, number.reserved-area-code, number.invalid,
// number.premium-rate (900), number.personal (non-geographic 5XX): the
// inventory holds Local and TollFree numbers only.
struct NumberCheck {
    QString input; // what was typed, untouched
    QString e164; // "+12064440100" when the number could be read, else empty
    bool ok = false; // accepted by every rule
    bool tollFree = false;
    QString region; // the numbering data's region code ("US", "PR", "CA", ... or "ZZ")
    QString rule; // empty when ok, else e.g. "number.foreign-country"
    QString message; // translated sentence when !ok

    // libphonenumber's own verdicts, kept so that they can be compared with a
    // plain Parse/IsValidNumber/GetNumberType/GetRegionCodeForNumber loop.
    bool libValid = false;
    int libType = -1; // i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType, -1 if unparsed
    QString libRegion; // GetRegionCodeForNumber ("ZZ" when unparsed)
};

// The numbering data the verdicts come from (see NumberingData.h).
struct NumberingDataSource {
    QString source; // "libphonenumber-js", or "libphonenumber" when only the system's is at hand
    QString version; // "1.13.18"
    QString metadataVersion; // Google's metadata version, "9.0.45"
    QString published; // "2026-12-03"
};

class PhoneNumbers {
public:
    // Checks one number, any common US notation: E.164, (206) 444-0100,
    // 206.444.0100, 1-206-444-0100, 206 444 0100, +1 206 444 0100.
    static NumberCheck check(const QString &input);

    // Checks many numbers; results are in input order and equal check()'s.
    // +1 numbers in the everyday notations skip Parse and are judged by
    // NanpVerdicts, a prefix table built once from libphonenumber's own
    // metadata (proven equal to IsValidNumber/GetNumberType/region by
    // tst_nanpverdicts); anything else goes through libphonenumber, once per
    // distinct number.
    static QList<NumberCheck> checkAll(const QStringList &inputs);

    // "+12064440100" -> "(206) 444-0100"; anything else is returned as is.
    static QString formatNational(const QString &e164);
    // "+12064440100" -> "206-444-0100" (the LOA's NPA-NXX-XXXX form).
    static QString formatDashed(const QString &e164);

    // Name of a region code for messages ("CA" -> "Canada"); every NANP
    // region has one, any other code is returned as is.
    static QString regionName(const QString &regionCode);

    // Where today's numbering plan comes from, and a line naming it for people:
    // "libphonenumber-js 1.13.18 (Google's metadata 9.0.45, 2026-12-03)".
    static NumberingDataSource numberingData();
    static QString numberingDataName();

    // True for the region codes PortDesk accepts: US and the territories above.
    static bool isUnitedStatesRegion(const QString &regionCode);
};

} // namespace portdesk
