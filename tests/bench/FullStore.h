// SPDX-License-Identifier: Apache-2.0
#pragma once

// A year of a busy porting team's work, written straight into a SQLite store
// file with the sqlite3 C API: 1,000,000 inventory numbers (InventoryBenchStore)
// and 100,000 cases of 10 numbers each, half of them open. Every benchmark
// also runs against this store, so that a query whose plan walks the cases
// or the numbers shows up as what it is.
//
// The store is built once per folder and kept (it takes about a minute):
// fullstore::path(dir) names it, fullstore::ensure(dir) builds it if missing.
// The file name carries fullstore::version and the schema version: a change
// to what is generated bumps the first, a new schema step the second, so that
// ensure builds a new file next to an old one instead of reusing (or
// overwriting) it; the loaders write the current schema's tables directly.

#include "FullStoreRows.h"
#include "InventoryBenchStore.h"

#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <unistd.h>

namespace fullstore {

// 2: varied customer names, carriers and emails (bench_queue searches them).
constexpr int version = 2;

inline QString path(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("full-store-v%1-schema%2.sqlite")
                                  .arg(version)
                                  .arg(portdesk::migrations::latestVersion()));
}

inline bool loadCases(const QString &file, double *seconds)
{
    using namespace portdesk;
    using inventorybench::ok;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (!ok(sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open"))
        return false;
    bool good = ok(
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
        db, "begin");
    sqlite3_stmt *insertCase = nullptr, *insertEvent = nullptr, *insertNumber = nullptr;
    good = good
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO cases (id, kind, state, is_open, product_type, admin_email, "
                  "customer_name, requested_port_at, foc_at, request, last_seq, number_count, "
                  "created_at, updated_at, search_text, next_milestone, next_round, next_at, "
                  "time_zone) "
                  "VALUES (?, 'port-in', ?, ?, 'BusinessCalling', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?)",
                  -1, &insertCase, nullptr),
            db, "prepare cases")
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  -1, &insertEvent, nullptr),
            db, "prepare events")
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO case_numbers (case_id, e164, toll_free, status) VALUES (?, ?, 0, ?)",
                  -1,
                  &insertNumber, nullptr),
            db, "prepare numbers");
    const auto text = [](sqlite3_stmt *stmt, int column, const QByteArray &value) {
        sqlite3_bind_text(stmt, column, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    };
    const QDateTime now = inventorybench::benchNow();
    for (int i = 1; good && i <= caseCount; ++i) {
        const CaseRows rows = caseRows(i, now);
        sqlite3_bind_int64(insertCase, 1, i);
        text(insertCase, 2, toString(rows.state).toUtf8());
        sqlite3_bind_int(insertCase, 3, rows.open ? 1 : 0);
        text(insertCase, 4, rows.adminEmail);
        text(insertCase, 5, rows.customerName);
        sqlite3_bind_int64(insertCase, 6, rows.requestedPortAt);
        if (rows.hasFoc)
            sqlite3_bind_int64(insertCase, 7, rows.focAt);
        else
            sqlite3_bind_null(insertCase, 7);
        text(insertCase, 8, rows.request);
        sqlite3_bind_int(insertCase, 9, 2);
        sqlite3_bind_int(insertCase, 10, numbersPerCase);
        sqlite3_bind_int64(insertCase, 11, rows.createdAt);
        sqlite3_bind_int64(insertCase, 12, rows.updatedAt);
        text(insertCase, 13, rows.searchText);
        if (rows.hasNext) {
            text(insertCase, 14, rows.next.key.toUtf8());
            sqlite3_bind_int(insertCase, 15, rows.next.round);
            sqlite3_bind_int64(insertCase, 16, rows.next.at.toMSecsSinceEpoch());
        } else {
            sqlite3_bind_null(insertCase, 14);
            sqlite3_bind_int(insertCase, 15, 0);
            sqlite3_bind_null(insertCase, 16);
        }
        text(insertCase, 17, rows.timeZone);
        good = ok(sqlite3_step(insertCase), db, "insert case");
        sqlite3_reset(insertCase);
        // Two events: the submit, and one that stands for the steps since.
        for (int seq = 1; good && seq <= 2; ++seq) {
            sqlite3_bind_int64(insertEvent, 1, i);
            sqlite3_bind_int(insertEvent, 2, seq);
            text(insertEvent, 3, seq == 1 ? QByteArray("submit") : QByteArray("portable"));
            text(insertEvent, 4, seq == 1 ? QByteArray("admin") : QByteArray("support"));
            sqlite3_bind_int64(insertEvent, 5, seq == 1 ? rows.createdAt : rows.updatedAt);
            text(insertEvent, 6, seq == 1 ? QByteArray("submitted") : toString(rows.state).toUtf8());
            text(insertEvent, 7, seq == 1 ? rows.submitPayload : QByteArray("{}"));
            good = ok(sqlite3_step(insertEvent), db, "insert event");
            sqlite3_reset(insertEvent);
        }
        for (const QString &n : rows.numbers) {
            sqlite3_bind_int64(insertNumber, 1, i);
            text(insertNumber, 2, n.toUtf8());
            text(insertNumber, 3, rows.numberStatus);
            good = good && ok(sqlite3_step(insertNumber), db, "insert number");
            sqlite3_reset(insertNumber);
        }
    }
    sqlite3_finalize(insertCase);
    sqlite3_finalize(insertEvent);
    sqlite3_finalize(insertNumber);
    // No ANALYZE: a real store has no statistics either, and the plans must be
    // good without them.
    good = good
        && ok(
            sqlite3_exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr),
            db, "commit");
    sqlite3_close(db);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return good;
}

// A copy of the full store at dest, for a benchmark that writes, on disk
// before any timer starts: else the copy's write-back (580 MB) lands in the
// timed writes, throttled by the kernel, as if PortDesk did it.
inline bool copyTo(const QString &full, const QString &dest)
{
    QFile copy(dest);
    if (full.isEmpty() || !QFile::copy(full, dest) || !copy.open(QIODevice::ReadWrite)
        || ::fsync(copy.handle()) != 0) {
        std::fprintf(stderr, "no copy of the full store at %s\n", qPrintable(dest));
        return false;
    }
    return true;
}

// The full store in dir, built if it is not there yet. Returns its path, or
// an empty string when the build failed.
inline QString ensure(const QString &dir)
{
    const QString file = path(dir);
    if (QFileInfo::exists(file))
        return file;
    const QString partial = file + QStringLiteral(".part");
    QFile::remove(partial);
    double inventorySeconds = 0, caseSeconds = 0;
    std::printf("building the full store (1,000,000 numbers, %d cases) in %s ...\n", caseCount,
        qPrintable(dir));
    std::fflush(stdout);
    if (!inventorybench::bulkLoad(partial, &inventorySeconds) || !loadCases(partial, &caseSeconds)
        || !QFile::rename(partial, file))
        return QString();
    std::printf("  built in %.1f s (inventory %.1f s, cases %.1f s), %.0f MB\n",
        inventorySeconds + caseSeconds, inventorySeconds, caseSeconds,
        double(QFileInfo(file).size()) / 1e6);
    return file;
}

} // namespace fullstore
