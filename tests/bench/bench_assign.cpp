// bench_assign: 10,000 selected numbers assigned in one action (one
// transaction, with the rules checked for each and a history row each)
// through Services::assignSelectedToUser, against the same reads and
// writes through the raw sqlite3 C API (target: at most 3x). Also times the
// other bulk actions on the same selection, and importing and exporting the
// inventory (ListPhoneNumbers JSON) through InventoryExchange.
//   bench_assign [INVENTORY_SIZE]   (default 100,000; PORTDESK_BENCH_DIR: where
//   the store goes; PORTDESK_BENCH_KEEP=1 keeps it)

#include "core/PortRequest.h"
#include "core/Clock.h"
#include "service/InventoryExchange.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

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

// The baseline: what an assignment must do, written by hand. In one
// BEGIN IMMEDIATE transaction: the user looked up, then per number its row
// read by the unique e164 index (the checks need it), updated by id, and a
// history row appended.
bool rawAssign(const QString &path, const QStringList &numbers, double *elapsed)
{
    sqlite3 *db = nullptr;
    if (!ok(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open raw"))
        return false;
    QElapsedTimer timer;
    timer.start();
    bool good = ok(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                       "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE",
                       nullptr, nullptr, nullptr),
        db, "begin");
    good = good
        && ok(sqlite3_exec(db,
                  "INSERT INTO users (email, created_at) VALUES ('raw@example.com', 0) "
                  "ON CONFLICT (email) DO NOTHING",
                  nullptr, nullptr, nullptr),
            db, "user");
    sqlite3_stmt *find = nullptr, *update = nullptr, *event = nullptr;
    good = good
        && ok(sqlite3_prepare_v2(db,
                  "SELECT i.id, i.status, i.product_type, i.toll_free, i.user_id, "
                  "i.voice_connector_id, i.ported_out FROM inventory i WHERE i.e164 = ?",
                  -1, &find, nullptr),
            db, "prepare find")
        && ok(sqlite3_prepare_v2(db,
                  "UPDATE inventory SET user_id = (SELECT id FROM users WHERE email = "
                  "'raw@example.com'), assigned_at = ?, updated_at = ?, status = 'Assigned' "
                  "WHERE id = ?",
                  -1, &update, nullptr),
            db, "prepare update")
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO inventory_events (e164, at, what, detail, case_id) VALUES (?, ?, "
                  "'assigned', 'user:raw@example.com', NULL)",
                  -1, &event, nullptr),
            db, "prepare event");
    const sqlite3_int64 now = 1772463600000;
    for (const QString &number : numbers) {
        if (!good)
            break;
        const QByteArray e164 = number.toUtf8();
        sqlite3_bind_text(find, 1, e164.constData(), int(e164.size()), SQLITE_STATIC);
        good = sqlite3_step(find) == SQLITE_ROW;
        const sqlite3_int64 id = sqlite3_column_int64(find, 0);
        good = good && sqlite3_column_type(find, 4) == SQLITE_NULL; // unassigned
        sqlite3_reset(find);
        sqlite3_bind_int64(update, 1, now);
        sqlite3_bind_int64(update, 2, now);
        sqlite3_bind_int64(update, 3, id);
        good = good && ok(sqlite3_step(update), db, "update");
        sqlite3_reset(update);
        sqlite3_bind_text(event, 1, e164.constData(), int(e164.size()), SQLITE_STATIC);
        sqlite3_bind_int64(event, 2, now);
        good = good && ok(sqlite3_step(event), db, "event");
        sqlite3_reset(event);
    }
    sqlite3_finalize(find);
    sqlite3_finalize(update);
    sqlite3_finalize(event);
    good = good && ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    *elapsed = seconds(timer);
    sqlite3_close(db);
    return good;
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
    std::printf("bench_assign: inventory of %d numbers, selection of %d, SQLite %s\n",
        inventorySize, selectionSize, sqlite3_libversion());
    std::printf("  import JSON (%.1f MB)        %8.2f s  (%.0f rows/s)\n", json.size() / 1e6,
        importSeconds, inventorySize / importSeconds);

    // Every third number of the first 30,000: a selection spread over the index.
    QStringList selection, rawSelection;
    for (int i = 0; i < 3 * selectionSize; i += 3) {
        selection << numberAt(i);
        rawSelection << numberAt(i + 1);
    }

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
                return service.inventory.assignSelectedToUser(selection, QStringLiteral("pat@example.com"),
                    BulkPolicy::ApplyAcceptable, progress);
            } },
        { "unassign",
            [&] {
                return service.inventory.unassignSelected(selection, BulkPolicy::ApplyAcceptable, progress);
            } },
        { "delete",
            [&] {
                return service.inventory.deleteSelected(selection, BulkPolicy::ApplyAcceptable, progress);
            } },
        { "restore",
            [&] {
                return service.inventory.restoreSelected(selection, BulkPolicy::ApplyAcceptable, progress);
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
            return 1;
        }
        if (assignSeconds == 0)
            assignSeconds = s;
        std::printf(
            "  %-27s %8.3f s  (%d progress calls, one transaction)\n", step.name, s, progressCalls);
    }

    double rawSeconds = 0;
    if (!rawAssign(path, rawSelection, &rawSeconds))
        return 1;
    const bool met = assignSeconds <= 3 * rawSeconds;
    std::printf(
        "  assign through the service %8.3f s   raw C API %8.3f s   %.2fx (target <= 3x) %s\n",
        assignSeconds, rawSeconds, assignSeconds / rawSeconds, met ? "OK" : "FAIL");

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
    std::printf("bench_assign: %s\n", met ? "target met" : "target MISSED");
    return 0;
}
