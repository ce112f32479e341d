// SPDX-License-Identifier: Apache-2.0
// The names of case kinds, states, events and roles: the words the store,
// the CLI and the JSON use ("port-in", "foc-confirmed"), and the ones shown.
#include "CaseStateMachine.h"

#include <iterator>

namespace portdesk {

namespace {


template<typename Enum> struct Name {
    Enum value;
    const char *text;
};

constexpr Name<CaseKind> kindNames[] = {
    { CaseKind::PortIn, "port-in" },
    { CaseKind::PortOut, "port-out" },
};

constexpr Name<CaseState> stateNames[] = {
    { CaseState::Submitted, "submitted" },
    { CaseState::NotPortable, "not-portable" },
    { CaseState::Portable, "portable" },
    { CaseState::LoaRequested, "loa-requested" },
    { CaseState::LoaSubmitted, "loa-submitted" },
    { CaseState::ChangeRequested, "change-requested" },
    { CaseState::CarrierApproved, "carrier-approved" },
    { CaseState::FocReceived, "foc-received" },
    { CaseState::FocConfirmed, "foc-confirmed" },
    { CaseState::InInventory, "in-inventory" },
    { CaseState::Completed, "completed" },
    { CaseState::Cancelled, "cancelled" },
    { CaseState::PinIssued, "pin-issued" },
    { CaseState::PortedOut, "ported-out" },
    { CaseState::Closed, "closed" },
};

constexpr Name<CaseEvent> eventNames[] = {
    { CaseEvent::Submit, "submit" },
    { CaseEvent::Portable, "portable" },
    { CaseEvent::NotPortable, "not-portable" },
    { CaseEvent::RequestLoa, "request-loa" },
    { CaseEvent::SubmitLoa, "submit-loa" },
    { CaseEvent::RequestChange, "request-change" },
    { CaseEvent::Approve, "approve" },
    { CaseEvent::SetFoc, "set-foc" },
    { CaseEvent::ConfirmFoc, "confirm-foc" },
    { CaseEvent::RejectFoc, "reject-foc" },
    { CaseEvent::Cancel, "cancel" },
    { CaseEvent::Inventory, "inventory" },
    { CaseEvent::Activate, "activate" },
    { CaseEvent::IssuePin, "issue-pin" },
    { CaseEvent::PortedOut, "ported-out" },
    { CaseEvent::Close, "close" },
    { CaseEvent::RejectNumbers, "reject-numbers" },
    { CaseEvent::Reveal, "reveal" },
};

constexpr Name<Role> roleNames[] = {
    { Role::Admin, "admin" },
    { Role::Support, "support" },
    { Role::System, "system" },
};

template<typename Enum, std::size_t N> QString nameOf(const Name<Enum> (&table)[N], Enum value)
{
    for (const Name<Enum> &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.text);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const Name<Enum> (&table)[N], const QString &text, Enum *out)
{
    const QString wanted = text.trimmed();
    for (const Name<Enum> &n : table) {
        if (wanted.compare(QLatin1String(n.text), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = n.value;
            return true;
        }
    }
    return false;
}

} // namespace

QString toString(CaseKind kind)
{
    return nameOf(kindNames, kind);
}

bool caseKindFromString(const QString &text, CaseKind *out)
{
    return valueOf(kindNames, text, out);
}

QString toString(CaseState state)
{
    return nameOf(stateNames, state);
}

bool caseStateFromString(const QString &text, CaseState *out)
{
    return valueOf(stateNames, text, out);
}

QString displayName(CaseState state)
{
    switch (state) {
    case CaseState::Submitted:
        return CaseStateMachine::tr("Submitted");
    case CaseState::NotPortable:
        return CaseStateMachine::tr("Not portable");
    case CaseState::Portable:
        return CaseStateMachine::tr("Portable");
    case CaseState::LoaRequested:
        return CaseStateMachine::tr("LOA requested");
    case CaseState::LoaSubmitted:
        return CaseStateMachine::tr("LOA submitted");
    case CaseState::ChangeRequested:
        return CaseStateMachine::tr("Change requested");
    case CaseState::CarrierApproved:
        return CaseStateMachine::tr("Carrier approved");
    case CaseState::FocReceived:
        return CaseStateMachine::tr("FOC received");
    case CaseState::FocConfirmed:
        return CaseStateMachine::tr("FOC confirmed");
    case CaseState::InInventory:
        return CaseStateMachine::tr("In inventory");
    case CaseState::Completed:
        return CaseStateMachine::tr("Completed");
    case CaseState::Cancelled:
        return CaseStateMachine::tr("Cancelled");
    case CaseState::PinIssued:
        return CaseStateMachine::tr("PIN issued");
    case CaseState::PortedOut:
        return CaseStateMachine::tr("Ported out");
    case CaseState::Closed:
        return CaseStateMachine::tr("Closed");
    }
    return {};
}

QString orderStatus(CaseState state)
{
    // The service API's names: not translated.
    switch (state) {
    case CaseState::Submitted:
    case CaseState::Portable:
        return QStringLiteral("Submitted");
    case CaseState::LoaRequested:
        return QStringLiteral("PendingDocuments");
    case CaseState::LoaSubmitted:
    case CaseState::CarrierApproved:
    case CaseState::PinIssued:
        return QStringLiteral("Processing");
    case CaseState::ChangeRequested:
        return QStringLiteral("ChangeRequested");
    case CaseState::FocReceived:
    case CaseState::FocConfirmed:
    case CaseState::InInventory:
        return QStringLiteral("FOC");
    case CaseState::Completed:
    case CaseState::PortedOut:
    case CaseState::Closed:
        return QStringLiteral("Successful");
    case CaseState::NotPortable:
        return QStringLiteral("Failed");
    case CaseState::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString toString(CaseEvent event)
{
    return nameOf(eventNames, event);
}

bool caseEventFromString(const QString &text, CaseEvent *out)
{
    return valueOf(eventNames, text, out);
}

QString displayName(CaseEvent event)
{
    switch (event) {
    case CaseEvent::Submit:
        return CaseStateMachine::tr("Submit");
    case CaseEvent::Portable:
        return CaseStateMachine::tr("Portable");
    case CaseEvent::NotPortable:
        return CaseStateMachine::tr("Not portable");
    case CaseEvent::RequestLoa:
        return CaseStateMachine::tr("Request LOA");
    case CaseEvent::SubmitLoa:
        return CaseStateMachine::tr("Submit LOA");
    case CaseEvent::RequestChange:
        return CaseStateMachine::tr("Request change");
    case CaseEvent::Approve:
        return CaseStateMachine::tr("Approve");
    case CaseEvent::SetFoc:
        return CaseStateMachine::tr("Set FOC");
    case CaseEvent::ConfirmFoc:
        return CaseStateMachine::tr("Confirm FOC");
    case CaseEvent::RejectFoc:
        return CaseStateMachine::tr("Reject FOC");
    case CaseEvent::Cancel:
        return CaseStateMachine::tr("Cancel");
    case CaseEvent::Inventory:
        return CaseStateMachine::tr("Move to inventory");
    case CaseEvent::Activate:
        return CaseStateMachine::tr("Activate");
    case CaseEvent::IssuePin:
        return CaseStateMachine::tr("Issue PIN");
    case CaseEvent::PortedOut:
        return CaseStateMachine::tr("Ported out");
    case CaseEvent::Close:
        return CaseStateMachine::tr("Close");
    case CaseEvent::RejectNumbers:
        return CaseStateMachine::tr("Reject numbers");
    case CaseEvent::Reveal:
        return CaseStateMachine::tr("Secret revealed");
    }
    return {};
}

QString toString(Role role)
{
    return nameOf(roleNames, role);
}

bool roleFromString(const QString &text, Role *out)
{
    return valueOf(roleNames, text, out);
}

} // namespace portdesk
