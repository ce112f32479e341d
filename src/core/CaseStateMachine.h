// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace portdesk {

enum class CaseKind { PortIn, PortOut };

// Port-in: Submitted -> Portable | NotPortable -> LoaRequested -> LoaSubmitted
//   -> (ChangeRequested -> LoaSubmitted)* -> CarrierApproved -> FocReceived
//   -> FocConfirmed -> InInventory (clock, FOC - 1 day) -> Completed (clock, FOC);
//   Cancelled from any open state up to 48 hours before the FOC.
// Port-out: Submitted -> PinIssued -> PortedOut -> Closed (all numbers deleted).
enum class CaseState {
    Submitted,
    NotPortable,
    Portable,
    LoaRequested,
    LoaSubmitted,
    ChangeRequested,
    CarrierApproved,
    FocReceived,
    FocConfirmed,
    InInventory,
    Completed,
    Cancelled,
    PinIssued,
    PortedOut,
    Closed,
};

enum class Role { Admin, Support, System };

enum class CaseEvent {
    Submit,
    Portable,
    NotPortable,
    RequestLoa,
    SubmitLoa,
    RequestChange,
    Approve,
    SetFoc,
    ConfirmFoc,
    RejectFoc,   // the admin asks for another FOC date (back to waiting for one)
    Cancel,
    Inventory,   // clock: FOC - 1 day
    Activate,    // clock: FOC
    IssuePin,
    PortedOut,
    Close,       // clock: a ported-out case whose numbers are all deleted
    RejectNumbers, // support: the carrier rejected some numbers; the rest go on
    // A person revealed some of the case's secrets (the payload names which,
    // never their values). Not a step: the state stays, either role may
    // record it (CaseSecrets decides who may reveal what), and it is no
    // change a version check refuses another person's step for.
    Reveal,
};

QString toString(CaseKind kind);          // "port-in", "port-out"
bool caseKindFromString(const QString &text, CaseKind *out);
QString toString(CaseState state);        // "submitted", "loa-requested", ...
bool caseStateFromString(const QString &text, CaseState *out);
QString displayName(CaseState state);     // translated, "LOA requested"
QString orderStatus(CaseState state);     // the service API's order status
QString toString(CaseEvent event);        // "request-loa", "set-foc", ...
QString displayName(CaseEvent event);     // translated, "Confirm FOC"
bool caseEventFromString(const QString &text, CaseEvent *out);
QString toString(Role role);              // "admin", "support", "system"
bool roleFromString(const QString &text, Role *out);

// What an event carries besides its name.
struct EventArgs
{
    QString reason;          // not-portable, request-change, cancel
    QStringList fields;      // request-change: request-file field names
    QDateTime focAt;         // set-foc
    QString accountId;       // issue-pin
    QString pin;             // issue-pin (secret)
    QStringList numbers;     // reject-numbers: E.164 (any notation in, E.164 stored)
    QString reasonCode;      // reject-numbers: NumberRejectionReasons::codes()
    bool endsCase = false;   // reject-numbers: it rejected the last numbers still porting
    QJsonArray revealed;     // reveal: which secrets (CaseSecrets::toJson), no values

    QJsonObject toJson() const;
    static EventArgs fromJson(const QJsonObject &json);
};

// What the state machine needs to know about a case.
struct CaseFacts
{
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    QDateTime focAt;         // invalid until set
    int numbersLeft = 0;     // port-out: numbers not yet deleted
    QStringList numbers;     // port-in: every number of the request, E.164
    QSet<QString> rejected;  // port-in: those of numbers already rejected
};

struct Decision
{
    bool allowed = false;
    CaseState next = CaseState::Submitted;
    QString rule;            // when refused: a stable code, e.g. "event.wrong-role"
    QString reason;          // when refused: a translated sentence
    QString field;           // when refused for one argument's value: its field ("pin")
};

// Refusal rule codes (Decision::rule): "event.wrong-kind", "event.wrong-role",
// "event.illegal-state", "event.not-due" (a clock step before its time),
// "cancel.too-late" (within 48 hours of a FOC in force: FOC received,
// confirmed or in inventory), "event.missing-reason", "event.missing-fields",
// "event.unknown-field", "event.missing-account-id", "event.missing-pin",
// set-foc's "foc.required", "foc.past", "foc.not-business-day", and
// issue-pin's PortOutPin rules ("pin.too-short", ...) on the field "pin",
// reject-numbers' "reject.missing-numbers", "reject.not-in-case",
// "reject.already-rejected" (field "numbers"), "reject.unknown-reason-code"
// (field "reasonCode") and "reject.missing-reason" (field "reason").
class CaseStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(CaseStateMachine)

public:
    static CaseState initialState(CaseKind kind) { Q_UNUSED(kind) return CaseState::Submitted; }
    // The one role that may take an event (System for clock-driven steps).
    static Role roleFor(CaseEvent event);
    static QList<CaseEvent> events(CaseKind kind);   // every event of a kind but Submit
    static bool isTerminal(CaseState state);
    static bool isOpen(CaseState state) { return !isTerminal(state); }
    // The bare transition table (no role, arguments or clock): the state event
    // leads to from state, or false when the event does not apply there.
    static bool transition(CaseKind kind, CaseState from, CaseEvent event,
                           CaseState *to = nullptr);
    // Translated: what a case in this state waits for ("support to request the LOA").
    static QString waitingFor(CaseKind kind, CaseState state);
    // How close to the FOC a port-in can still be cancelled.
    static constexpr qint64 cancelCutoffSecs = 48 * 3600;

    // May role take event on this case now? If so, to which state.
    static Decision decide(const CaseFacts &facts, CaseEvent event, Role role,
                           const EventArgs &args, const QDateTime &now);

    // Clock-driven events that have come due, in the order to apply them.
    static QList<CaseEvent> dueEvents(const CaseFacts &facts, const QDateTime &now);
};

} // namespace portdesk
