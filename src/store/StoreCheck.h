// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

#include <QCoreApplication>

namespace portdesk {

class Store;

// The full check of a store, which opening a store no longer makes (opening
// looks at the header and the schema only, so that it costs the same at 1 MB
// and at 1 GB). Runs on the given store's own connection, inside one read
// transaction: it sees the store at one moment and never races a writer.
//
// SQLite: SQLite's own check of every page (Pages: b-tree structure, page
// links, free list; Everything: also every index against its table, several
// times the cost). PostgreSQL: every row of every table is read, so that the
// server reads (and, with data checksums on, verifies) every page.
class StoreCheck {
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)

public:
    enum class Depth { Pages, Everything };

    // Ok when no damage was found; *summary says what was checked (and what
    // was found). A damaged store is marked as such (no write starts on it).
    static StoreStatus run(const Store &store, Depth depth, QString *summary);
};

} // namespace portdesk
