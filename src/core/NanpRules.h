// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>
#include <QtGlobal>

// The North American Numbering Plan rules that libphonenumber does not apply,
// and a reader for the everyday US notations. No libphonenumber here: these
// work on the ten digits NPA-NXX-XXXX held as one number (2064440100).
namespace portdesk::nanp {

// Reads the strict everyday notations of a ten-digit NANP number: digits with
// spaces, dashes, dots and parentheses between them, optionally led by "1" or
// "+1" (+12064440100, (206) 444-0100, 206.444.0100, 1-206-444-0100). The area
// code must start with 2-9. Returns the ten digits, or 0 when the input is
// anything else; libphonenumber's Parse must then read it. For every input it
// accepts, the result equals what Parse(input, "US") gives (tested).
quint64 readStrictNotation(QStringView input);

constexpr int areaCode(quint64 national)
{
    return int(national / 10000000);
}
constexpr int exchangeCode(quint64 national)
{
    return int(national / 10000 % 1000);
}
constexpr int lineNumber(quint64 national)
{
    return int(national % 10000);
}

// N11: 211, 311, ... 911 are service codes (information, emergency, ...).
constexpr bool isN11(int code)
{
    return code >= 211 && code <= 911 && code % 100 == 11;
}

// 37X and 96X are held back by the NANPA for a future expansion of the plan.
constexpr bool isReservedAreaCode(int npa)
{
    return npa / 10 == 37 || npa / 10 == 96;
}

// 555-0100 through 555-0199 are set aside for fiction, in every area code.
constexpr bool isFictional(quint64 national)
{
    return exchangeCode(national) == 555 && lineNumber(national) >= 100
        && lineNumber(national) <= 199;
}

// The toll-free area codes in service. In them an N11 exchange is a normal
// number (800-211-xxxx), unlike in a geographic area code.
constexpr bool isTollFreeAreaCode(int npa)
{
    return npa == 800 || npa == 833 || npa == 844 || npa == 855 || npa == 866 || npa == 877
        || npa == 888;
}

// Region codes whose numbers PortDesk accepts: the United States and its
// territories in the plan (see PhoneNumber.h for why the territories count).
bool isUnitedStatesRegion(QStringView regionCode);

} // namespace portdesk::nanp
