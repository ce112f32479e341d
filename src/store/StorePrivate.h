// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a Store holds, shared by Store.cpp (opening, versions, identity) and
// StoreStatements.cpp (the prepared-statement caches).

#include "Store.h"
#include "SecretBox.h"
#include "SqlDialect.h"
#include "StoreSession.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace portdesk {

struct Store::Private {
    QString connectionName;
    QString display;
    QString url;
    QString sqlitePath;
    bool postgres = false;
    int version = 0;
    std::unique_ptr<SqlDialect> dialect;
    StoreStatus damage;
    QString readOnlyReason; // empty: read-write
    std::unique_ptr<StoreSession> session; // SQLite
    // Prepared statements not in use, by text (see takeStatement).
    std::unordered_map<QString, std::vector<QSqlQuery>> statements;
    int cachedStatements = 0;
    // Runs so far of the texts returned with a maxRuns (returnStatement).
    std::unordered_map<QString, int> statementRuns;
    // SQLite: the connection's handle, and its native statements not in use.
    sqlite3 *handle = nullptr;
    bool handleChecked = false;
    std::unordered_map<QString, std::vector<sqlite3_stmt *>> nativeStatements;
    int cachedNative = 0;
    bool writing = false;
    QString login;
    bool connectionLost = false;
    QString requestKey;
    TeamIdentity team;
    SecretBox secrets;
    QString secretsProblem;

    void finalizeNative()
    {
        for (auto &entry : nativeStatements)
            for (sqlite3_stmt *statement : entry.second)
                sqlite3_finalize(statement);
        nativeStatements.clear();
        cachedNative = 0;
    }
};

} // namespace portdesk
