// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/ChangeResult.h"
#include "service/ChangeBasis.h"

#include <QJsonObject>

namespace portdesk {

class Store;
class WriteTransaction;
struct CaseRow;

// One step of a case, shared by CaseService (a person's step) and
// ClockService (a step come due). Internal to src/service.
namespace service {

// What the state machine needs to know about a case row, read in the caller's
// transaction.
bool factsFor(const Store &store, const CaseRow &row, CaseFacts *facts, StoreStatus *status);
// Appends one event to a locked case and makes its effect on the inventory,
// in the caller's transaction. The one place where a step changes the store.
bool applyEvent(const Store &store, CaseRow *row, CaseEvent event, Role actor,
    const EventArgs &args, CaseState next, const QDateTime &now, const QJsonObject &extra,
    StoreStatus *status);

// The start of a change to one case: begins `transaction` and reads the case
// (locked for the change when `lock`). False when the change stops there,
// with *result saying why: the store failed, or there is no such case
// (case.not-found, result->id = refusedId). Else sets result->state.
bool openCase(const Store &store, WriteTransaction *transaction, qint64 caseId, bool lock,
    qint64 refusedId, CaseRow *row, ChangeResult *result);

// On a team store a member's role is its login's: a change asked in another
// role is refused (team.role-from-login, whatever a caller chose), before the
// database would. True when the role may act.
bool roleOfLogin(const Store &store, Role actor, ChangeResult *result);

// The version check of a person's change (basis names the case's version
// it was based on): true when it names none or the one the case row, read
// in this transaction, has, or when every event since is a reveal (which
// changes nothing a person's step was based on). Else a case.changed refusal saying who changed
// the case, when and how ("Case 12 was changed by LOGIN at TIME (...); your
// change was not applied.") in *result, and false.
bool versionMatches(
    const Store &store, const CaseRow &row, const ChangeBasis &basis, ChangeResult *result);

} // namespace service
} // namespace portdesk
