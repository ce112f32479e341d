// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/PortRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace portdesk {

// Where one number of a case stands. Support rejects single numbers of a
// port-in (the carrier refused them); the others follow the case: pending
// while it is open, ported once it completes (a port-out: once the numbers
// left), not-ported when it ended otherwise (cancelled, not portable).
enum class PortNumberState { Pending, Rejected, Ported, NotPorted };

QString toString(PortNumberState state); // "pending", "rejected", "ported", "not-ported"
bool portNumberStateFromString(const QString &text, PortNumberState *out);
QString displayName(PortNumberState state); // translated

// Why a carrier rejected a number: a fixed list modelled on the porting APIs'
// rejection reasons (Telnyx, Twilio, Bandwidth), plus the free text support
// types.
class NumberRejectionReasons {
    Q_DECLARE_TR_FUNCTIONS(NumberRejectionReasons)

public:
    // "other-account", "btn-mismatch", "disconnected", "not-portable",
    // "pending-order", "other": the order of the GUI's list.
    static QStringList codes();
    static bool isKnown(const QString &code);
    static QString defaultCode() { return QStringLiteral("other"); }
    static QString displayName(const QString &code); // translated; the code itself if unknown
};

struct NumberRejection {
    QString reasonCode;
    QString reason;
};

// One number of a case with its status.
struct PortNumber {
    QString e164;
    PortNumberState state = PortNumberState::Pending;
    QString reasonCode; // rejected only
    QString reason; // rejected only
};

// The status of the numbers that are not rejected, from the case's state.
PortNumberState settledState(CaseState caseState);

// Each of numbers (E.164, in order) with its status.
QList<PortNumber> portNumbers(const QStringList &numbers,
    const QHash<QString, NumberRejection> &rejected, CaseState caseState);

// The request as a later round's LOA shows it: every carrier group without
// the rejected numbers (typed numbers compare by their E.164 form).
PortInRequest withoutRejected(const PortInRequest &request, const QSet<QString> &rejected);

} // namespace portdesk
