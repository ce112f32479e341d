// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Violation.h"
#include "core/CaseStateMachine.h"

#include <QString>

namespace portdesk {

// Why a store could not be used. Maps to the CLI's exit status 3.
struct StoreStatus {
    // ReadOnly: a change asked of a store opened read-only.
    enum class Code { Ok, Unavailable, Damaged, TooNew, Failed, ReadOnly };
    Code code = Code::Ok;
    QString message; // translated, names the store (never a secret)

    bool ok() const { return code == Code::Ok; }
};

// The outcome of a change: done, refused by a rule (violations), or the store
// failed (status). A refused change leaves the store as it was.
struct ChangeResult {
    StoreStatus status;
    Violations violations;
    qint64 id = 0; // the new case id for a submit
    CaseState state = CaseState::Submitted; // the case's state afterwards

    bool ok() const { return status.ok() && !hasErrors(violations); }
    bool refused() const { return status.ok() && hasErrors(violations); }
};

} // namespace portdesk
