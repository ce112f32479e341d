// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Violation.h"

#include <QCoreApplication>
#include <QString>

namespace portdesk {

// The PIN that support issues with a port-out: the new carrier quotes it to
// prove that the account holder asked for the port. Guessing it is how a
// stranger ports someone's numbers away, so a weak one is refused wherever
// it comes from (the GUI, the CLI, the service).
//
// Rule codes, each on the given field:
//   pin.not-digits   anything but the digits 0-9
//   pin.too-short    fewer than minimumLength digits
//   pin.repeated     one digit throughout (111111)
//   pin.sequential   digits in a run up or down (123456, 987654), as on a
//                    keypad row where 0 follows 9 (567890, 098765)
// The messages never repeat the PIN.
class PortOutPin
{
    Q_DECLARE_TR_FUNCTIONS(PortOutPin)

public:
    static constexpr int minimumLength = 6;

    // The first rule the PIN breaks (at most one violation), or none. An
    // empty PIN is too short; the state machine reports a missing one first.
    static Violations check(const QString &pin, const QString &field = QStringLiteral("pin"));
    static bool isStrong(const QString &pin) { return check(pin).isEmpty(); }

    // length (at least minimumLength) random digits from the system's
    // cryptographically secure source, drawn again until the PIN passes
    // check(): it may start with 0, so keep it as text.
    static QString generate(int length = minimumLength);
};

} // namespace portdesk
