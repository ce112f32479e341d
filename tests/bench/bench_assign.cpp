// SPDX-License-Identifier: Apache-2.0
// bench_assign: 10,000 selected numbers assigned in one action (one
// transaction, with the rules checked for each and a history row each)
// through Services::assignSelectedToUser, against the set-based statements
// that do the same writes through the raw sqlite3 C API, run paired round by
// round (target: at most 3x). Also times the
// other bulk actions on the same selection, and importing and exporting the
// inventory (ListPhoneNumbers JSON) through InventoryExchange.
// Twice, same target: on a store of INVENTORY_SIZE imported numbers (no
// cases; import and export timed there), then on a copy of the full store of
// FullStore.h (1,000,000 numbers, 100,000 cases; no import or export).
// Exits 1 when the target is missed on either.
//   bench_assign [INVENTORY_SIZE]   (default 100,000; PORTDESK_BENCH_DIR: where
//   the stores go, the full store kept there; PORTDESK_BENCH_KEEP=1 keeps them)

#include "FullStore.h"

#include "core/Clock.h"
#include "core/PortRequest.h"
#include "service/InventoryExchange.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>


#include <algorithm>
#include <cstdio>
#include <vector>

using namespace portdesk;

namespace {

constexpr int selectionSize = 10000;

// The number at position i: 10,000 lines per US area code (an import
// checks every number: the codes must be real US ones).
QString numberAt(int i)
{
    static const int npas[] = { 206, 253, 360, 425, 509, 503, 541, 971, 415, 510, 213, 310, 312,
        773, 212, 718, 617, 305, 404, 713, 214, 602, 702, 303, 612, 314, 816, 412, 215, 202 };
    const int npa = npas[(i / 10000) % int(sizeof(npas) / sizeof(npas[0]))];
    return QStringLiteral("+1") + QString::number(npa) + QStringLiteral("444")
        + QStringLiteral("%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
}

QByteArray inventoryJson(int size)
{
    QByteArray out = "{\"PhoneNumbers\": [";
    out.reserve(size * 330);
    for (int i = 0; i < size; ++i) {
        const QString e164 = numberAt(i);
        QJsonObject row { { QStringLiteral("PhoneNumberId"), e164 },
            { QStringLiteral("E164PhoneNumber"), e164 },
            { QStringLiteral("Country"), QStringLiteral("US") },
            { QStringLiteral("Type"), QStringLiteral("Local") },
            { QStringLiteral("ProductType"), QStringLiteral("BusinessCalling") },
            { QStringLiteral("Status"), QStringLiteral("Unassigned") },
            { QStringLiteral("CreatedTimestamp"), QStringLiteral("2026-01-05T12:00:00.000Z") },
            { QStringLiteral("UpdatedTimestamp"), QStringLiteral("2026-01-05T12:00:00.000Z") } };
        if (i > 0)
            out += ',';
        out += QJsonDocument(row).toJson(QJsonDocument::Compact);
    }
    out += "]}";
    return out;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

bool ok(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The baseline: the strongest simple way to do an assignment by hand, set
// based, with the raw C API. In one BEGIN IMMEDIATE transaction: the user
// made if missing, one INSERT ... SELECT writing a history row for every
// listed number that is unassigned, one UPDATE assigning them all (the
// numbers bound as one JSON array). `undo` takes the assignment back (not
// timed), so that the next round starts from the same store.
bool rawAssign(const QString &path, const QStringList &numbers, double *elapsed, bool undo)
{
    sqlite3 *db = nullptr;
    if (!ok(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open raw"))
        return false;
    QJsonArray list;
    for (const QString &n : numbers)
        list.append(n);
    const QByteArray json = QJsonDocument(list).toJson(QJsonDocument::Compact);
    const sqlite3_int64 now = 1772463600000;
    bool good = ok(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                       "PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384",
                       nullptr, nullptr, nullptr),
        db, "pragmas");
    QElapsedTimer timer;
    timer.start();
    good = good
        && ok(sqlite3_exec(db,
                  "BEGIN IMMEDIATE; INSERT INTO users (email, created_at) VALUES "
                  "('raw@example.com', 0) ON CONFLICT (email) DO NOTHING",
                  nullptr, nullptr, nullptr),
            db, "user");
    const char *const statements[] = {
        "INSERT INTO inventory_events (e164, at, what, detail, case_id) SELECT i.e164, ?, "
        "'assigned', 'user:raw@example.com', NULL FROM json_each(?) AS j CROSS JOIN inventory i "
        "ON i.e164 = j.value WHERE i.user_id IS NULL AND i.voice_connector_id IS NULL "
        "AND i.status = 'Unassigned'",
        "UPDATE inventory SET user_id = (SELECT id FROM users WHERE email = 'raw@example.com'), "
        "assigned_at = ?, updated_at = ?, status = 'Assigned' WHERE e164 IN (SELECT value FROM "
        "json_each(?)) AND user_id IS NULL AND voice_connector_id IS NULL "
        "AND status = 'Unassigned'",
    };
    for (int k = 0; good && k < 2; ++k) {
        sqlite3_stmt *stmt = nullptr;
        good = ok(sqlite3_prepare_v2(db, statements[k], -1, &stmt, nullptr), db, "prepare");
        int column = 1;
        sqlite3_bind_int64(stmt, column++, now);
        if (k == 1)
            sqlite3_bind_int64(stmt, column++, now);
        sqlite3_bind_text(stmt, column, json.constData(), int(json.size()), SQLITE_STATIC);
        good = good && ok(sqlite3_step(stmt), db, "step");
        good = good && (k == 0 || sqlite3_changes(db) == numbers.size());
        sqlite3_finalize(stmt);
    }
    good = good && ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    *elapsed = seconds(timer);
    if (good && undo) {
        sqlite3_stmt *stmt = nullptr;
        good = ok(sqlite3_prepare_v2(db,
                      "UPDATE inventory SET user_id = NULL, assigned_at = NULL, status = "
                      "'Unassigned' WHERE e164 IN (SELECT value FROM json_each(?))",
                      -1, &stmt, nullptr),
            db, "prepare undo");
        sqlite3_bind_text(stmt, 1, json.constData(), int(json.size()), SQLITE_STATIC);
        good = good && ok(sqlite3_step(stmt), db, "undo");
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return good;
}

// The bulk actions on `selection`, then the service's assignment paired with
// the raw one on `rawSelection` (both lists of unassigned numbers of the
// store at path): 0 when the target is met, 1 when missed, 2 on a failure.
int actions(Services &service, FixedClock &clock, const QString &path, const QStringList &selection,
    const QStringList &rawSelection)
{
    QElapsedTimer timer;
    int progressCalls = 0;
    const BulkProgress progress = [&progressCalls](int, int) {
        ++progressCalls;
        return true;
    };
    struct Step {
        const char *name;
        std::function<BulkResult()> run;
    };
    const QList<Step> steps = {
        { "assign to a user",
            [&] {
                return service.inventory.assignSelectedToUser(selection,
                    QStringLiteral("pat@example.com"), BulkPolicy::ApplyAcceptable, progress);
            } },
        { "unassign",
            [&] {
                return service.inventory.unassignSelected(
                    selection, BulkPolicy::ApplyAcceptable, progress);
            } },
        { "delete",
            [&] {
                return service.inventory.deleteSelected(
                    selection, BulkPolicy::ApplyAcceptable, progress);
            } },
        { "restore",
            [&] {
                return service.inventory.restoreSelected(
                    selection, BulkPolicy::ApplyAcceptable, progress);
            } },
    };
    double assignSeconds = 0;
    for (const Step &step : steps) {
        clock.advanceSeconds(60);
        progressCalls = 0;
        timer.restart();
        const BulkResult r = step.run();
        const double s = seconds(timer);
        if (!r.complete() || r.changed != selectionSize) {
            std::fprintf(stderr, "%s: %d changed, %d refused (%s)\n", step.name, r.changed,
                int(r.refused.size()), qPrintable(r.status.message));
            return 2;
        }
        if (assignSeconds == 0)
            assignSeconds = s;
        std::printf(
            "  %-27s %8.3f s  (%d progress calls, one transaction)\n", step.name, s, progressCalls);
    }

    // Paired, round by round: the service's assignment of one selection and
    // the set-based raw statements on another (each taken back untimed).
    constexpr int rounds = 5;
    std::vector<double> serviceTimes, rawTimes;
    for (int round = 0; round < rounds; ++round) {
        clock.advanceSeconds(60);
        timer.restart();
        const BulkResult r = service.inventory.assignSelectedToUser(
            selection, QStringLiteral("pat@example.com"), BulkPolicy::ApplyAcceptable, progress);
        serviceTimes.push_back(seconds(timer));
        if (!r.complete() || r.changed != selectionSize) {
            std::fprintf(stderr, "paired assign: %d changed\n", r.changed);
            return 2;
        }
        clock.advanceSeconds(60);
        service.inventory.unassignSelected(selection, BulkPolicy::ApplyAcceptable, progress);
        double raw = 0;
        if (!rawAssign(path, rawSelection, &raw, true))
            return 2;
        rawTimes.push_back(raw);
    }
    std::sort(serviceTimes.begin(), serviceTimes.end());
    std::sort(rawTimes.begin(), rawTimes.end());
    const double assignMedian = serviceTimes[rounds / 2], rawSeconds = rawTimes[rounds / 2];
    const bool met = assignMedian <= 3 * rawSeconds;
    std::printf("  assign through the service %8.3f s   set-based raw C API %8.3f s   %.2fx "
                "(median of %d paired rounds; target <= 3x) %s\n",
        assignMedian, rawSeconds, assignMedian / rawSeconds, rounds, met ? "OK" : "FAIL");
    Q_UNUSED(assignSeconds);
    return met ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // At most 300,000: 30 area codes of 10,000 numbers.
    const int inventorySize
        = argc > 1 ? std::clamp(atoi(argv[1]), 3 * selectionSize, 300000) : 100000;
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_assign-XXXXXX")
                                     : base + QStringLiteral("/bench_assign-XXXXXX"));
    if (qEnvironmentVariableIsSet("PORTDESK_BENCH_KEEP"))
        dir.setAutoRemove(false);
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    FixedClock clock(QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate));
    Clock::setInstance(&clock);

    StoreStatus status;
    auto store = Store::open(path, &status);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    Services service(*store);
    InventoryExchange exchange(*store);

    // Import: the whole inventory in one transaction, streamed row by row.
    const QByteArray json = inventoryJson(inventorySize);
    QBuffer in;
    in.setData(json);
    in.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const ImportResult imported = exchange.importJson(&in);
    const double importSeconds = seconds(timer);
    if (!imported.ok() || imported.imported != inventorySize) {
        std::fprintf(stderr, "import: %d of %d (%s%s)\n", imported.imported, inventorySize,
            qPrintable(imported.status.message),
            imported.refused.isEmpty() ? "" : qPrintable(imported.refused.first().reason));
        return 1;
    }
    std::printf("bench_assign: selection of %d, SQLite %s\n", selectionSize, sqlite3_libversion());
    std::printf("\n  on the imported store (%d numbers, no cases):\n", inventorySize);
    std::printf("  import JSON (%.1f MB)        %8.2f s  (%.0f rows/s)\n", json.size() / 1e6,
        importSeconds, inventorySize / importSeconds);

    // Every third number of the first 30,000: a selection spread over the index.
    QStringList selection, rawSelection;
    for (int i = 0; i < 3 * selectionSize; i += 3) {
        selection << numberAt(i);
        rawSelection << numberAt(i + 1);
    }

    const int onImported = actions(service, clock, path, selection, rawSelection);
    if (onImported == 2)
        return 1;

    // Export: the whole inventory, page by page.
    for (const auto format : { InventoryExchange::Format::Json, InventoryExchange::Format::Csv }) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        timer.restart();
        if (!exchange.exportTo(&out, format, {}, &status)) {
            std::fprintf(stderr, "export: %s\n", qPrintable(status.message));
            return 1;
        }
        const double s = seconds(timer);
        std::printf("  export %-4s (%.1f MB)         %8.2f s  (%.0f rows/s)\n",
            format == InventoryExchange::Format::Json ? "JSON" : "CSV", out.size() / 1e6, s,
            inventorySize / s);
    }

    // The same on a copy of the full store: 1,000,000 numbers (70% of them
    // unassigned, in InventoryBenchStore's order) beside 100,000 cases. Two
    // selections of unassigned numbers taken in turn from the start of the
    // index, as spread as the imported store's.
    const QString full = fullstore::ensure(base.isEmpty() ? QDir::tempPath() : base);
    const QString fullCopy = dir.filePath(QStringLiteral("full.sqlite"));
    if (!fullstore::copyTo(full, fullCopy))
        return 1;
    auto fullStore = Store::open(fullCopy, &status);
    if (!fullStore) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    Services fullService(*fullStore);
    QStringList fullSelection, fullRawSelection;
    for (int i = 0; fullRawSelection.size() < selectionSize; ++i) {
        if (qstrcmp(inventorybench::statusAt(i), "Unassigned") != 0)
            continue;
        QStringList &to
            = fullSelection.size() == fullRawSelection.size() ? fullSelection : fullRawSelection;
        to << QString::fromLatin1(inventorybench::numberAt(i));
    }
    std::printf("\n  on the full store (a copy: %d numbers, %d cases):\n",
        inventorybench::inventorySize, fullstore::caseCount);
    const int onFull = actions(fullService, clock, fullCopy, fullSelection, fullRawSelection);
    if (onFull == 2)
        return 1;
    const bool met = onImported == 0 && onFull == 0;
    std::printf("bench_assign: %s\n", met ? "target met (both stores)" : "target MISSED");
    return met ? 0 : 1;
}
