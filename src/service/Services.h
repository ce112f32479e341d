#pragma once

#include "CaseService.h"
#include "ClockService.h"
#include "CommentService.h"
#include "DirectoryService.h"
#include "DraftService.h"
#include "InventoryExchange.h"
#include "InventoryService.h"
#include "LoaService.h"

namespace portdesk {

class Store;

// Every service of the flow on one open store: what the GUI's windows and
// the CLI's commands are given. The services hold no state of their own
// beyond the store, so one set serves a whole program.
class Services {
public:
    explicit Services(Store &store);
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    CaseService cases;
    ClockService clock;
    InventoryService inventory;
    InventoryExchange exchange;
    DirectoryService directory;
    DraftService drafts;
    CommentService comments;
    LoaService loas;

    // The store as people read it (its URL without any password).
    QString storeName() const;
    // The store's URL as it was opened, password included: for a second
    // connection of the same store in another thread (NumberCheckWorker).
    // Never show it; storeName() is for people.
    QString storeUrl() const;

private:
    Store &m_store;
};

} // namespace portdesk
