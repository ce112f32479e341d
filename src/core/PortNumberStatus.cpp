// SPDX-License-Identifier: Apache-2.0
#include "PortNumberStatus.h"

#include "PhoneNumber.h"

#include <iterator>

namespace portdesk {

namespace {

struct StateName {
    PortNumberState state;
    const char *text;
};

constexpr StateName stateNames[] = {
    { PortNumberState::Pending, "pending" },
    { PortNumberState::Rejected, "rejected" },
    { PortNumberState::Ported, "ported" },
    { PortNumberState::NotPorted, "not-ported" },
};

struct ReasonName {
    const char *code;
    const char *label;
};

const ReasonName reasonNames[] = {
    { "other-account",
        QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "On another account") },
    { "btn-mismatch",
        QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "BTN of another account") },
    { "disconnected", QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "Disconnected") },
    { "not-portable",
        QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "Not portable (e.g. wireless)") },
    { "pending-order",
        QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "Another order pending") },
    { "other", QT_TRANSLATE_NOOP("portdesk::NumberRejectionReasons", "Other") },
};

} // namespace

QString toString(PortNumberState state)
{
    for (const StateName &n : stateNames) {
        if (n.state == state)
            return QString::fromLatin1(n.text);
    }
    return {};
}

bool portNumberStateFromString(const QString &text, PortNumberState *out)
{
    for (const StateName &n : stateNames) {
        if (text.trimmed() == QLatin1String(n.text)) {
            if (out)
                *out = n.state;
            return true;
        }
    }
    return false;
}

QString displayName(PortNumberState state)
{
    switch (state) {
    case PortNumberState::Pending:
        return NumberRejectionReasons::tr("Porting");
    case PortNumberState::Rejected:
        return NumberRejectionReasons::tr("Rejected");
    case PortNumberState::Ported:
        return NumberRejectionReasons::tr("Ported");
    case PortNumberState::NotPorted:
        return NumberRejectionReasons::tr("Not ported");
    }
    return {};
}

QStringList NumberRejectionReasons::codes()
{
    QStringList out;
    for (const ReasonName &r : reasonNames)
        out << QString::fromLatin1(r.code);
    return out;
}

bool NumberRejectionReasons::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString NumberRejectionReasons::displayName(const QString &code)
{
    for (const ReasonName &r : reasonNames) {
        if (code == QLatin1String(r.code))
            return tr(r.label);
    }
    return code;
}

PortNumberState settledState(CaseState caseState)
{
    switch (caseState) {
    case CaseState::Completed:
    case CaseState::PortedOut:
    case CaseState::Closed:
        return PortNumberState::Ported;
    case CaseState::NotPortable:
    case CaseState::Cancelled:
        return PortNumberState::NotPorted;
    default:
        return PortNumberState::Pending;
    }
}

QList<PortNumber> portNumbers(const QStringList &numbers,
    const QHash<QString, NumberRejection> &rejected, CaseState caseState)
{
    const PortNumberState settled = settledState(caseState);
    QList<PortNumber> out;
    out.reserve(numbers.size());
    for (const QString &e164 : numbers) {
        PortNumber n { e164, settled, {}, {} };
        const auto it = rejected.constFind(e164);
        if (it != rejected.cend()) {
            n.state = PortNumberState::Rejected;
            n.reasonCode = it->reasonCode;
            n.reason = it->reason;
        }
        out.append(n);
    }
    return out;
}

PortInRequest withoutRejected(const PortInRequest &request, const QSet<QString> &rejected)
{
    if (rejected.isEmpty())
        return request;
    PortInRequest out = request;
    for (CarrierGroup &group : out.carriers) {
        const QList<NumberCheck> checks = PhoneNumbers::checkAll(group.numbers);
        QStringList kept;
        for (qsizetype i = 0; i < group.numbers.size(); ++i) {
            const QString key
                = checks.at(i).e164.isEmpty() ? group.numbers.at(i).trimmed() : checks.at(i).e164;
            if (!rejected.contains(key))
                kept << group.numbers.at(i);
        }
        group.numbers = kept;
    }
    return out;
}

} // namespace portdesk
