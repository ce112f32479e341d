// SPDX-License-Identifier: Apache-2.0
#include "PortOutPin.h"

#include <QRandomGenerator>

#include <algorithm>

namespace portdesk {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Every digit the one before it plus step, modulo 10 (9 then 0 going up).
bool runs(const QString &digits, int step)
{
    for (qsizetype i = 1; i < digits.size(); ++i) {
        const int previous = digits.at(i - 1).unicode() - u'0';
        const int current = digits.at(i).unicode() - u'0';
        if (current != (previous + step + 10) % 10)
            return false;
    }
    return true;
}

} // namespace

Violations PortOutPin::check(const QString &pin, const QString &field)
{
    if (!std::all_of(pin.cbegin(), pin.cend(), isAsciiDigit))
        return { Violation::error(field, "pin.not-digits",
            tr("The PIN may contain digits only (0-9), no letters, spaces or signs.")) };
    if (pin.size() < minimumLength)
        return { Violation::error(field, "pin.too-short",
            tr("The PIN needs at least %1 digits, so that it cannot be guessed.")
                .arg(minimumLength)) };
    if (runs(pin, 0))
        return { Violation::error(field, "pin.repeated",
            tr("The PIN repeats one digit (such as 111111), which anyone could guess: "
               "generate one, or choose digits that vary.")) };
    if (runs(pin, 1) || runs(pin, -1))
        return { Violation::error(field, "pin.sequential",
            tr("The PIN's digits run in sequence (such as 123456 or 987654), which anyone "
               "could guess: generate one, or choose digits that do not follow each other.")) };
    return {};
}

QString PortOutPin::generate(int length)
{
    length = std::max(length, int(minimumLength));
    QRandomGenerator *random = QRandomGenerator::system();
    QString pin;
    do {
        pin.clear();
        for (int i = 0; i < length; ++i)
            pin += QChar(char16_t(u'0' + random->bounded(10)));
    } while (!isStrong(pin));
    return pin;
}

} // namespace portdesk
