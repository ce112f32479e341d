// SPDX-License-Identifier: Apache-2.0
#pragma once

// A 1,000,000-number inventory written straight into a store file with the
// sqlite3 C API (one transaction, the secondary indexes rebuilt once at the
// end): what bench_inventory and bench_inventory_memory read.

#include "FullStoreRows.h"

#include "store/Store.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <sqlite3.h>

#include <cstdio>

namespace inventorybench {

inline bool ok(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// Creates the store (schema) at path and loads `size` numbers into it.
inline bool bulkLoad(const QString &path, double *seconds, int size = inventorySize)
{
    {
        portdesk::StoreStatus status;
        if (!portdesk::Store::open(path, &status)) {
            std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (!ok(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open"))
        return false;
    bool good = ok(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                       "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE",
                       nullptr, nullptr, nullptr),
        db, "begin");
    // The schema's secondary indexes on the inventory, whatever they are now:
    // dropped for the load, made again once at the end.
    QList<QByteArray> names, creates;
    {
        sqlite3_stmt *q = nullptr;
        good = good
            && ok(sqlite3_prepare_v2(db,
                      "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                      "AND tbl_name = 'inventory' AND sql IS NOT NULL",
                      -1, &q, nullptr),
                db, "indexes");
        while (good && sqlite3_step(q) == SQLITE_ROW) {
            names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            creates << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        }
        sqlite3_finalize(q);
    }
    for (const QByteArray &index : std::as_const(names))
        good = good
            && ok(sqlite3_exec(
                      db, QByteArray("DROP INDEX " + index).constData(), nullptr, nullptr, nullptr),
                db, "drop index");
    good = good
        && ok(sqlite3_exec(db,
                  "INSERT INTO users (email, name, created_at) VALUES "
                  "('pat@example.com', 'Pat Doe', 0), ('sam@example.com', 'Sam Roe', 0), "
                  "('lee@example.com', 'Lee Poe', 0)",
                  nullptr, nullptr, nullptr),
            db, "users");
    sqlite3_stmt *stmt = nullptr;
    good = good
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO inventory (e164, product_type, toll_free, status, user_id, "
                  "assigned_at, created_at, updated_at, deleted_at) "
                  "VALUES (?, 'BusinessCalling', 0, ?, ?, ?, ?, ?, ?)",
                  -1, &stmt, nullptr),
            db, "prepare");
    const sqlite3_int64 t0 = benchNow().toMSecsSinceEpoch();
    for (int i = 0; good && i < size; ++i) {
        const QByteArray e164 = numberAt(i);
        const char *status = statusAt(i);
        sqlite3_bind_text(stmt, 1, e164.constData(), int(e164.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, status, -1, SQLITE_STATIC);
        if (status[0] == 'A') {
            sqlite3_bind_int64(stmt, 3, 1 + i % 3);
            sqlite3_bind_int64(stmt, 4, t0);
        } else {
            sqlite3_bind_null(stmt, 3);
            sqlite3_bind_null(stmt, 4);
        }
        sqlite3_bind_int64(stmt, 5, t0);
        sqlite3_bind_int64(stmt, 6, t0);
        if (status[0] == 'D')
            sqlite3_bind_int64(stmt, 7, t0);
        else
            sqlite3_bind_null(stmt, 7);
        good = ok(sqlite3_step(stmt), db, "insert");
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    for (const QByteArray &statement : std::as_const(creates))
        good = good
            && ok(sqlite3_exec(db, statement.constData(), nullptr, nullptr, nullptr), db,
                "create index");
    good = good && ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return good;
}

} // namespace inventorybench
