// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaseService.h"
#include "ClockService.h"
#include "CommentService.h"
#include "DirectoryService.h"
#include "DraftService.h"
#include "InventoryExchange.h"
#include "InventoryService.h"
#include "LoaService.h"
#include "SecretService.h"
#include "TeamService.h"

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
    SecretService secrets;
    TeamService team;

    // The store as people read it (its URL without any password).
    QString storeName() const;
    // For a second connection to the same store, in a worker thread
    // (password included: never shown).
    QString storeUrl() const;
    // Opened read-only (asked, or the file cannot be written): why, else empty.
    QString readOnlyReason() const;
    // Empty when this person's key reads the store's secrets; else why not
    // (Store::secretsProblem).
    QString secretsProblem() const;
    // A PortDesk ended the last time with this store open (a crash).
    bool previousSessionEndedAbruptly() const;
    // Damage found by a check on another connection: no write starts now.
    void noteDamage(const StoreStatus &status);

private:
    Store &m_store;
};

} // namespace portdesk
