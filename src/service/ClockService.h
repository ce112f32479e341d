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
    // programs tick at the same time.
    QList<AppliedStep> tick(StoreStatus *status = nullptr);

private:
    Store &m_store;
};

} // namespace portdesk
