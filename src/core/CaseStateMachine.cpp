// SPDX-License-Identifier: Apache-2.0
#include "CaseStateMachine.h"

#include "TextLimits.h"

#include "PhoneNumber.h"
#include "PortNumberStatus.h"
#include "PortOutPin.h"
#include "PortRequest.h"
#include "RequestValidator.h"

#include <QJsonArray>

#include <iterator>

namespace portdesk {

namespace {

// ISO 8601 with the time's own offset (a UTC time gets "+00:00", not "Z").
QString isoWithOffset(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    QString text = at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QLatin1String("+00:00");
    }
    return text;
}

QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

Decision refuse(const CaseFacts &facts, const char *rule, const QString &reason)
{
    Decision d;
    d.allowed = false;
    d.next = facts.state;
    d.rule = QString::fromLatin1(rule);
    d.reason = reason;
    return d;
}

bool isPortInEvent(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Portable:
    case CaseEvent::NotPortable:
    case CaseEvent::RequestLoa:
    case CaseEvent::SubmitLoa:
    case CaseEvent::RequestChange:
    case CaseEvent::Approve:
    case CaseEvent::SetFoc:
    case CaseEvent::ConfirmFoc:
    case CaseEvent::RejectFoc:
    case CaseEvent::Inventory:
    case CaseEvent::Activate:
    case CaseEvent::RejectNumbers:
        return true;
    default:
        return false;
    }
}

bool isPortOutEvent(CaseEvent event)
{
    switch (event) {
    case CaseEvent::IssuePin:
    case CaseEvent::PortedOut:
    case CaseEvent::Close:
        return true;
    default:
        return false;
    }
}

bool belongsTo(CaseKind kind, CaseEvent event)
{
    if (event == CaseEvent::Submit || event == CaseEvent::Cancel)
        return true;
    return kind == CaseKind::PortIn ? isPortInEvent(event) : isPortOutEvent(event);
}

// A FOC is in force (and bounds cancelling) from set-foc until it is rejected.
bool focInForce(CaseState state)
{
    return state == CaseState::FocReceived || state == CaseState::FocConfirmed
        || state == CaseState::InInventory;
}

QString wrongRoleReason(CaseEvent event, Role role)
{
    const QString step = quoted(displayName(event));
    switch (role) {
    case Role::Admin:
        return CaseStateMachine::tr("Only the admin may take the step %1.").arg(step);
    case Role::Support:
        return CaseStateMachine::tr("Only support may take the step %1.").arg(step);
    case Role::System:
        break;
    }
    return CaseStateMachine::tr("The step %1 is taken by the clock, not by hand.").arg(step);
}

QString illegalStateReason(const CaseFacts &facts, CaseEvent event)
{
    const QString step = quoted(displayName(event));
    const QString state = quoted(displayName(facts.state));
    if (event == CaseEvent::Submit)
        return CaseStateMachine::tr("The case is already submitted.");
    if (CaseStateMachine::isTerminal(facts.state))
        return CaseStateMachine::tr("%1 is not possible: the case is %2, a final state.")
            .arg(step, state);
    return CaseStateMachine::tr("%1 is not possible while the case is %2: it waits for %3.")
        .arg(step, state, CaseStateMachine::waitingFor(facts.kind, facts.state));
}

// reject-numbers' own rules; allowed with the state it leads to.
Decision decideRejection(const CaseFacts &facts, const EventArgs &args)
{
    const auto refuseField = [&facts](const char *rule, const char *field, const QString &reason) {
        Decision d = refuse(facts, rule, reason);
        d.field = QString::fromLatin1(field);
        return d;
    };
    QStringList wanted;
    for (const QString &n : args.numbers) {
        if (!n.trimmed().isEmpty())
            wanted << n.trimmed();
    }
    if (wanted.isEmpty())
        return refuseField("reject.missing-numbers", "numbers",
            CaseStateMachine::tr("Name the numbers the carrier rejected."));
    const QList<NumberCheck> checks = PhoneNumbers::checkAll(wanted);
    QStringList notInCase;
    QStringList already;
    QSet<QString> rejecting;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString e164 = checks.at(i).e164.isEmpty() ? wanted.at(i) : checks.at(i).e164;
        if (!facts.numbers.contains(e164))
            notInCase << quoted(wanted.at(i));
        else if (facts.rejected.contains(e164))
            already << e164;
        else
            rejecting.insert(e164);
    }
    if (!notInCase.isEmpty())
        return refuseField("reject.not-in-case", "numbers",
            CaseStateMachine::tr("Not a number of this case: %1.")
                .arg(notInCase.join(QStringLiteral(", "))));
    if (!already.isEmpty())
        return refuseField("reject.already-rejected", "numbers",
            CaseStateMachine::tr("Already rejected: %1.")
                .arg(already.join(QStringLiteral(", "))));
    if (!args.reasonCode.isEmpty() && !NumberRejectionReasons::isKnown(args.reasonCode))
        return refuseField("reject.unknown-reason-code", "reasonCode",
            CaseStateMachine::tr("%1 is not a rejection reason code. The codes are: %2.")
                .arg(quoted(args.reasonCode),
                    NumberRejectionReasons::codes().join(QStringLiteral(", "))));
    if (args.reason.trimmed().isEmpty())
        return refuseField("reject.missing-reason", "reason",
            CaseStateMachine::tr("Say why the carrier rejected the numbers."));
    // The last numbers still porting: the case ends as not portable.
    qsizetype left = 0;
    for (const QString &n : facts.numbers) {
        if (!facts.rejected.contains(n) && !rejecting.contains(n))
            ++left;
    }
    Decision d;
    d.allowed = true;
    d.next = left == 0 ? CaseState::NotPortable : facts.state;
    return d;
}

} // namespace

QJsonObject EventArgs::toJson() const
{
    QJsonObject json;
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    if (!fields.isEmpty())
        json.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    if (focAt.isValid())
        json.insert(QStringLiteral("focAt"), isoWithOffset(focAt));
    if (!accountId.isEmpty())
        json.insert(QStringLiteral("accountId"), accountId);
    if (!pin.isEmpty())
        json.insert(QStringLiteral("pin"), pin);
    if (!numbers.isEmpty())
        json.insert(QStringLiteral("numbers"), QJsonArray::fromStringList(numbers));
    if (!reasonCode.isEmpty())
        json.insert(QStringLiteral("reasonCode"), reasonCode);
    if (endsCase)
        json.insert(QStringLiteral("endsCase"), true);
    if (!revealed.isEmpty())
        json.insert(QStringLiteral("revealed"), revealed);
    return json;
}

EventArgs EventArgs::fromJson(const QJsonObject &json)
{
    EventArgs args;
    args.reason = json.value(QStringLiteral("reason")).toString();
    const QJsonValue fields = json.value(QStringLiteral("fields"));
    if (fields.isArray()) {
        const QJsonArray list = fields.toArray();
        for (const QJsonValue &field : list)
            args.fields.append(field.toString());
    } else if (fields.isString()) {
        // The CLI's form, "accountNumber,serviceAddress".
        const QStringList parts = fields.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            args.fields.append(part.trimmed());
    }
    const QString focAt = json.value(QStringLiteral("focAt")).toString();
    if (!focAt.isEmpty())
        args.focAt = QDateTime::fromString(focAt, Qt::ISODate);
    args.accountId = json.value(QStringLiteral("accountId")).toString();
    args.pin = json.value(QStringLiteral("pin")).toString();
    const QJsonValue numbers = json.value(QStringLiteral("numbers"));
    if (numbers.isArray()) {
        const QJsonArray list = numbers.toArray();
        for (const QJsonValue &number : list)
            args.numbers.append(number.toString());
    } else if (numbers.isString()) {
        const QStringList parts = numbers.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            args.numbers.append(part.trimmed());
    }
    args.reasonCode = json.value(QStringLiteral("reasonCode")).toString();
    args.endsCase = json.value(QStringLiteral("endsCase")).toBool();
    args.revealed = json.value(QStringLiteral("revealed")).toArray();
    return args;
}

Role CaseStateMachine::roleFor(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Submit:
    case CaseEvent::SubmitLoa:
    case CaseEvent::ConfirmFoc:
    case CaseEvent::RejectFoc:
    case CaseEvent::Cancel:
        return Role::Admin;
    case CaseEvent::Portable:
    case CaseEvent::NotPortable:
    case CaseEvent::RequestLoa:
    case CaseEvent::RequestChange:
    case CaseEvent::Approve:
    case CaseEvent::SetFoc:
    case CaseEvent::IssuePin:
    case CaseEvent::PortedOut:
    case CaseEvent::RejectNumbers:
        return Role::Support;
    case CaseEvent::Inventory:
    case CaseEvent::Activate:
    case CaseEvent::Close:
    // Not a step of one role: a person of either records it, through
    // CaseService::reveal, never through decide().
    case CaseEvent::Reveal:
        return Role::System;
    }
    return Role::System;
}

QList<CaseEvent> CaseStateMachine::events(CaseKind kind)
{
    if (kind == CaseKind::PortOut)
        return { CaseEvent::IssuePin, CaseEvent::PortedOut, CaseEvent::Cancel, CaseEvent::Close };
    return { CaseEvent::Portable, CaseEvent::NotPortable, CaseEvent::RequestLoa,
        CaseEvent::SubmitLoa, CaseEvent::RequestChange, CaseEvent::Approve, CaseEvent::SetFoc,
        CaseEvent::ConfirmFoc, CaseEvent::RejectFoc, CaseEvent::Cancel, CaseEvent::Inventory,
        CaseEvent::Activate, CaseEvent::RejectNumbers };
}

bool CaseStateMachine::isTerminal(CaseState state)
{
    return state == CaseState::NotPortable || state == CaseState::Completed
        || state == CaseState::Cancelled || state == CaseState::Closed;
}

bool CaseStateMachine::transition(CaseKind kind, CaseState from, CaseEvent event, CaseState *to)
{
    if (!belongsTo(kind, event) || event == CaseEvent::Submit || isTerminal(from))
        return false;
    CaseState next = from;
    bool ok = false;
    if (kind == CaseKind::PortIn) {
        switch (event) {
        case CaseEvent::Portable:
            ok = from == CaseState::Submitted;
            next = CaseState::Portable;
            break;
        case CaseEvent::NotPortable:
            ok = from == CaseState::Submitted;
            next = CaseState::NotPortable;
            break;
        case CaseEvent::RequestLoa:
            ok = from == CaseState::Portable;
            next = CaseState::LoaRequested;
            break;
        case CaseEvent::SubmitLoa:
            ok = from == CaseState::LoaRequested || from == CaseState::ChangeRequested;
            next = CaseState::LoaSubmitted;
            break;
        case CaseEvent::RequestChange:
            ok = from == CaseState::LoaSubmitted;
            next = CaseState::ChangeRequested;
            break;
        case CaseEvent::Approve:
            ok = from == CaseState::LoaSubmitted;
            next = CaseState::CarrierApproved;
            break;
        case CaseEvent::SetFoc:
            ok = from == CaseState::CarrierApproved || from == CaseState::FocReceived;
            next = CaseState::FocReceived;
            break;
        case CaseEvent::ConfirmFoc:
            ok = from == CaseState::FocReceived;
            next = CaseState::FocConfirmed;
            break;
        case CaseEvent::RejectFoc:
            ok = from == CaseState::FocReceived;
            next = CaseState::CarrierApproved;
            break;
        case CaseEvent::Inventory:
            ok = from == CaseState::FocConfirmed;
            next = CaseState::InInventory;
            break;
        case CaseEvent::Activate:
            ok = from == CaseState::InInventory;
            next = CaseState::Completed;
            break;
        case CaseEvent::RejectNumbers:
            // Until the numbers enter the inventory; the case stays where it
            // is (decide() ends it as not portable when none is left).
            ok = from != CaseState::InInventory && from != CaseState::PinIssued
                && from != CaseState::PortedOut;
            next = from;
            break;
        case CaseEvent::Cancel:
            // Every open port-in state; the 48-hour cut-off is decide()'s.
            ok = from != CaseState::PinIssued && from != CaseState::PortedOut;
            next = CaseState::Cancelled;
            break;
        default:
            break;
        }
    } else {
        switch (event) {
        case CaseEvent::IssuePin:
            ok = from == CaseState::Submitted;
            next = CaseState::PinIssued;
            break;
        case CaseEvent::PortedOut:
            ok = from == CaseState::PinIssued;
            next = CaseState::PortedOut;
            break;
        case CaseEvent::Close:
            ok = from == CaseState::PortedOut;
            next = CaseState::Closed;
            break;
        case CaseEvent::Cancel:
            ok = from == CaseState::Submitted || from == CaseState::PinIssued;
            next = CaseState::Cancelled;
            break;
        default:
            break;
        }
    }
    if (ok && to)
        *to = next;
    return ok;
}

QString CaseStateMachine::waitingFor(CaseKind kind, CaseState state)
{
    switch (state) {
    case CaseState::Submitted:
        return kind == CaseKind::PortIn
            ? CaseStateMachine::tr("support's answer: portable or not portable")
            : CaseStateMachine::tr("support to issue an account ID and PIN for the new carrier");
    case CaseState::Portable:
        return CaseStateMachine::tr("support to request the LOA");
    case CaseState::LoaRequested:
        return CaseStateMachine::tr("the admin to sign and submit the LOA");
    case CaseState::LoaSubmitted:
        return CaseStateMachine::tr("support to record the carrier's approval or a change request");
    case CaseState::ChangeRequested:
        return CaseStateMachine::tr("the admin to correct the request and resubmit the LOA");
    case CaseState::CarrierApproved:
        return CaseStateMachine::tr("support to record the FOC date");
    case CaseState::FocReceived:
        return CaseStateMachine::tr("the admin to confirm the FOC date or ask for another");
    case CaseState::FocConfirmed:
        return CaseStateMachine::tr(
            "the clock: the numbers enter the inventory one day before the FOC");
    case CaseState::InInventory:
        return CaseStateMachine::tr("the clock: the numbers are activated at the FOC");
    case CaseState::PinIssued:
        return CaseStateMachine::tr("support to record that the numbers have ported out");
    case CaseState::PortedOut:
        return CaseStateMachine::tr("the admin to unassign and delete the ported-out numbers");
    case CaseState::NotPortable:
    case CaseState::Completed:
    case CaseState::Cancelled:
    case CaseState::Closed:
        break;
    }
    return CaseStateMachine::tr("nothing: the case is finished");
}

Decision CaseStateMachine::decide(
    const CaseFacts &facts, CaseEvent event, Role role, const EventArgs &args, const QDateTime &now)
{
    if (!belongsTo(facts.kind, event)) {
        return refuse(facts, "event.wrong-kind",
            facts.kind == CaseKind::PortIn
                ? CaseStateMachine::tr("%1 is a port-out step; this case is a port-in.")
                      .arg(quoted(displayName(event)))
                : CaseStateMachine::tr("%1 is a port-in step; this case is a port-out.")
                      .arg(quoted(displayName(event))));
    }
    const Role owner = roleFor(event);
    if (role != owner)
        return refuse(facts, "event.wrong-role", wrongRoleReason(event, owner));

    CaseState next = facts.state;
    if (!transition(facts.kind, facts.state, event, &next))
        return refuse(facts, "event.illegal-state", illegalStateReason(facts, event));

    // A reason is free text a person reads in the history: within its limit,
    // line breaks allowed, no other control character.
    Violations reasonLimits;
    if (!textlimits::checkText(reasonLimits, args.reason, QStringLiteral("reason"),
            QStringLiteral("reason"), CaseStateMachine::tr("The reason"), textlimits::maxReason,
            true)) {
        Decision d = refuse(facts, "", reasonLimits.constFirst().message);
        d.rule = reasonLimits.constFirst().rule;
        d.field = reasonLimits.constFirst().field;
        return d;
    }

    switch (event) {
    case CaseEvent::ConfirmFoc:
        if (facts.focAt.isValid() && now >= facts.focAt)
            return refuse(facts, "foc.past",
                CaseStateMachine::tr("The FOC %1 has already passed: ask the carrier for a new "
                                     "date instead (reject-foc).")
                    .arg(isoWithOffset(facts.focAt)));
        break;
    case CaseEvent::Cancel:
        if (facts.kind == CaseKind::PortIn && focInForce(facts.state)) {
            // In inventory means within a day of the FOC, whatever the facts say.
            const bool tooLate = facts.state == CaseState::InInventory
                || (facts.focAt.isValid() && now.secsTo(facts.focAt) < cancelCutoffSecs);
            if (tooLate && !facts.focAt.isValid()) {
                return refuse(facts, "cancel.too-late",
                    CaseStateMachine::tr("The numbers are already in the inventory, less "
                                         "than 48 hours before the FOC: the port can no "
                                         "longer be cancelled."));
            }
            if (tooLate) {
                return refuse(facts, "cancel.too-late",
                    CaseStateMachine::tr("The FOC is %1, less than 48 hours away: the "
                                         "port can no longer be cancelled.")
                        .arg(isoWithOffset(facts.focAt)));
            }
        }
        break;
    case CaseEvent::NotPortable:
        if (args.reason.trimmed().isEmpty())
            return refuse(facts, "event.missing-reason",
                CaseStateMachine::tr("Say why the numbers are not portable."));
        break;
    case CaseEvent::RequestChange: {
        if (args.fields.isEmpty())
            return refuse(facts, "event.missing-fields",
                CaseStateMachine::tr("Name the fields that differ from the carrier's records."));
        const QStringList known = changeableFieldNames();
        QStringList unknown;
        for (const QString &field : args.fields) {
            if (!known.contains(field.trimmed()))
                unknown.append(quoted(field));
        }
        if (!unknown.isEmpty()) {
            return refuse(facts, "event.unknown-field",
                CaseStateMachine::tr("Not a field of the request: %1. The fields are: %2.")
                    .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
        }
        break;
    }
    case CaseEvent::SetFoc: {
        const Violations violations
            = RequestValidator::checkFocDate(args.focAt, now, QStringLiteral("focAt"));
        for (const Violation &v : violations) {
            if (v.isError()) {
                Decision d = refuse(facts, "", v.message);
                d.rule = v.rule;
                return d;
            }
        }
        break;
    }
    case CaseEvent::IssuePin:
        if (args.accountId.trimmed().isEmpty())
            return refuse(facts, "event.missing-account-id",
                CaseStateMachine::tr("Give the account ID that the new carrier will quote."));
        if (args.pin.trimmed().isEmpty())
            return refuse(facts, "event.missing-pin",
                CaseStateMachine::tr("Give the PIN that the new carrier will quote."));
        // A weak PIN is refused here, so that no way in (GUI, CLI, service)
        // can issue one.
        for (const Violation &v : PortOutPin::check(args.pin, QStringLiteral("pin"))) {
            Decision d = refuse(facts, "", v.message);
            d.rule = v.rule;
            d.field = v.field;
            return d;
        }
        break;
    case CaseEvent::RejectNumbers: {
        Decision d = decideRejection(facts, args);
        if (!d.allowed)
            return d;
        next = d.next;
        break;
    }
    case CaseEvent::Inventory:
    case CaseEvent::Activate:
    case CaseEvent::Close:
        if (!dueEvents(facts, now).contains(event)) {
            QString reason;
            if (event == CaseEvent::Close)
                reason = CaseStateMachine::tr(
                    "The port-out closes once its numbers are deleted; still to delete: %n.",
                    nullptr, facts.numbersLeft);
            else if (!facts.focAt.isValid())
                reason = CaseStateMachine::tr("The FOC date is not set.");
            else if (event == CaseEvent::Inventory)
                reason = CaseStateMachine::tr(
                    "The numbers enter the inventory one day before the FOC, at %1.")
                             .arg(isoWithOffset(facts.focAt.addDays(-1)));
            else
                reason = CaseStateMachine::tr("The numbers are activated at the FOC, %1.")
                             .arg(isoWithOffset(facts.focAt));
            return refuse(facts, "event.not-due", reason);
        }
        break;
    default:
        break;
    }

    Decision d;
    d.allowed = true;
    d.next = next;
    return d;
}

QList<CaseEvent> CaseStateMachine::dueEvents(const CaseFacts &facts, const QDateTime &now)
{
    QList<CaseEvent> due;
    if (facts.kind == CaseKind::PortIn && facts.focAt.isValid() && now.isValid()) {
        if (facts.state == CaseState::FocConfirmed && now >= facts.focAt.addDays(-1)) {
            due.append(CaseEvent::Inventory);
            if (now >= facts.focAt)
                due.append(CaseEvent::Activate);
        } else if (facts.state == CaseState::InInventory && now >= facts.focAt) {
            due.append(CaseEvent::Activate);
        }
    } else if (facts.kind == CaseKind::PortOut && facts.state == CaseState::PortedOut
        && facts.numbersLeft <= 0) {
        due.append(CaseEvent::Close);
    }
    return due;
}

} // namespace portdesk
