#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

// The verdict on one typed phone number. PortDesk accepts United States NANP
// numbers only (the 50 states, DC and the US territories PR, VI, GU, AS, MP:
// they are in the US numbering plan and under US number portability), stores
// them in E.164 and refuses everything else with a rule code and a sentence.
struct NumberCheck
{
    QString input;      // what was typed, untouched
    QString e164;       // "+12064440100" when the number could be read, else empty
    bool ok = false;    // accepted by every rule
    bool tollFree = false;
    QString region;     // libphonenumber's region code ("US", "PR", "CA", ... or "ZZ")
    QString rule;       // empty when ok, else e.g. "number.foreign-country"
    QString message;    // translated sentence when !ok

    // libphonenumber's own verdicts, kept so that they can be compared with a
    // plain Parse/IsValidNumber/GetNumberType/GetRegionCodeForNumber loop.
    bool libValid = false;
    int libType = -1;   // i18n::phonenumbers::PhoneNumberUtil::PhoneNumberType, -1 if unparsed
};

class PhoneNumbers
{
public:
    // Checks one number, any common US notation: E.164, (206) 444-0100,
    // 206.444.0100, 1-206-444-0100, 206 444 0100, +1 206 444 0100.
    static NumberCheck check(const QString &input);

    // Checks many numbers, using every core; results are in input order.
    static QList<NumberCheck> checkAll(const QStringList &inputs);

    // "+12064440100" -> "(206) 444-0100"; anything else is returned as is.
    static QString formatNational(const QString &e164);
    // "+12064440100" -> "206-444-0100" (the LOA's NPA-NXX-XXXX form).
    static QString formatDashed(const QString &e164);

    // Name of a region code for messages ("CA" -> "Canada").
    static QString regionName(const QString &regionCode);
};

} // namespace portdesk
