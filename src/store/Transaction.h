// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ChangeResult.h"

namespace portdesk {

class Store;

// The store's transactions, as the services use them: every change runs in
// one WriteTransaction; a ReadTransaction shows the store at one moment over
// several reads (an export's pages).

// A write transaction: BEGIN IMMEDIATE on SQLite, BEGIN plus a transaction
// lock on PostgreSQL, so that writers are serialized and a check made inside
// stays true until the commit. Rolled back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(const Store &store);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(StoreStatus *status);
    bool commit(StoreStatus *status);
    void rollback();
    bool active() const { return m_active; }

private:
    const Store &m_store;
    bool m_active = false;
};

// Reads that must agree with each other: on PostgreSQL a REPEATABLE READ
// transaction, on SQLite a deferred one (its snapshot is taken at the first
// read). Ended, never committed, when it goes out of scope. When another
// transaction is already open on the connection, the reads run in that one.
class ReadTransaction {
public:
    explicit ReadTransaction(const Store &store);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Store &m_store;
    bool m_active = false;
};

} // namespace portdesk
