// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseRecord.h"
#include "core/ChangeResult.h"

namespace portdesk {

class Store;

// The clock: steps of the flow that come due by time, not by a click
// (numbers into the inventory the day before the FOC, activation at the FOC,
// closing a finished port-out), and the purges (the deletion queue, deleted
// attachments, drafts left untouched). Every command and every refresh ticks.
class ClockService {
public:
    explicit ClockService(Store &store) : m_store(store) { }

    // Every transition that has come due, applied once, however many
    // programs tick at the same time. On a store open read-only nothing is
    // applied (due() says what waits).
    QList<AppliedStep> tick(StoreStatus *status = nullptr);

    // What a tick would apply now, found by reading alone: the cases with a
    // step due, and whether numbers, files or drafts are due to be purged.
    struct Due {
        int cases = 0;
        bool purges = false;
        bool any() const { return cases > 0 || purges; }
    };
    Due due(StoreStatus *status = nullptr) const;

private:
    Store &m_store;
};

} // namespace portdesk
