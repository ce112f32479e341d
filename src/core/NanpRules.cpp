// SPDX-License-Identifier: Apache-2.0
#include "NanpRules.h"

namespace portdesk::nanp {

quint64 readStrictNotation(QStringView input)
{
    bool plus = false;
    bool seenDigit = false;
    int digits = 0;
    quint64 value = 0;
    char first = 0;
    char second = 0;
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        if (c >= u'0' && c <= u'9') {
            if (++digits > 11)
                return 0;
            if (digits == 1)
                first = char(c);
            else if (digits == 2)
                second = char(c);
            value = value * 10 + (c - u'0');
            seenDigit = true;
        } else if (c == u'+') {
            // Only a leading "+1": anything else (a plus later on, "+ 1") is
            // left to Parse, which knows every quirk of those.
            if (plus || seenDigit)
                return 0;
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')') {
            if (plus && !seenDigit)
                return 0;
        } else {
            return 0;
        }
    }
    if (digits == 11 && first == '1' && second >= '2')
        return value - 10000000000ULL;
    if (digits == 10 && !plus && first >= '2')
        return value;
    return 0;
}

bool isUnitedStatesRegion(QStringView regionCode)
{
    return regionCode == u"US" || regionCode == u"PR" || regionCode == u"VI" || regionCode == u"GU"
        || regionCode == u"AS" || regionCode == u"MP";
}

} // namespace portdesk::nanp
