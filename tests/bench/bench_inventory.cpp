// bench_inventory: one page (256 rows) of a 1,000,000-number inventory,
// filtered by E.164 prefix, by status, and both with keyset paging, through
// PortingService::listInventory against the same indexed query with the raw
// sqlite3 C API. Target: at most 3x the raw query's time.
//   bench_inventory [ITERATIONS]   (PORTDESK_BENCH_DIR: where the store goes;
//   PORTDESK_BENCH_KEEP=1 keeps it)

#include "core/Clock.h"
#include "store/PortingService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace portdesk;

namespace {

constexpr int inventorySize = 1000000;
constexpr int pageSize = 256;

bool ok(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The number at position i: 100 area codes x 10,000 lines, in E.164 order.
QByteArray numberAt(int i)
{
    const int npa = 201 + (i / 10000) * 7 % 700; // spread over real-looking area codes
    return QByteArray("+1") + QByteArray::number(npa) + QByteArray("444")
        + QByteArray::number(i % 10000).rightJustified(4, '0');
}

const char *statusAt(int i)
{
    // 70% Unassigned, 25% Assigned, 5% in the deletion queue, mixed through the range.
    const int bucket = (i * 37) % 100;
    return bucket < 70 ? "Unassigned" : bucket < 95 ? "Assigned" : "DeleteInProgress";
}

// Loads the inventory straight into the store file: one transaction, the
// secondary indexes rebuilt once at the end rather than row by row.
bool bulkLoad(const QString &path, double *seconds)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (!ok(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open"))
        return false;
    const char *indexes[] = { "inventory_status_e164", "inventory_case", "inventory_port_out_case",
        "inventory_deleted_at", "inventory_user", "inventory_voice_connector" };
    bool good = ok(sqlite3_exec(db,
                       "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                       "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE",
                       nullptr, nullptr, nullptr),
        db, "begin");
    for (const char *index : indexes)
        good = good
            && ok(sqlite3_exec(db, QByteArray(QByteArray("DROP INDEX ") + index).constData(),
                      nullptr, nullptr, nullptr),
                db, "drop index");
    good = good
        && ok(sqlite3_exec(db,
                  "INSERT INTO users (email, created_at) VALUES "
                  "('pat@example.com', 0), ('sam@example.com', 0), ('lee@example.com', 0)",
                  nullptr, nullptr, nullptr),
            db, "users");
    sqlite3_stmt *stmt = nullptr;
    good = good
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO inventory (e164, product_type, toll_free, status, user_id, "
                  "assigned_at, "
                  "created_at, updated_at, deleted_at) VALUES (?, 'BusinessCalling', 0, ?, ?, ?, "
                  "?, ?, ?)",
                  -1, &stmt, nullptr),
            db, "prepare");
    const sqlite3_int64 t0
        = QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate)
              .toMSecsSinceEpoch();
    for (int i = 0; good && i < inventorySize; ++i) {
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
    const char *create[] = {
        "CREATE INDEX inventory_status_e164 ON inventory (status, e164)",
        "CREATE INDEX inventory_case ON inventory (case_id)",
        "CREATE INDEX inventory_port_out_case ON inventory (port_out_case_id)",
        "CREATE INDEX inventory_deleted_at ON inventory (deleted_at)",
        "CREATE INDEX inventory_user ON inventory (user_id)",
        "CREATE INDEX inventory_voice_connector ON inventory (voice_connector_id)",
    };
    for (const char *statement : create)
        good = good
            && ok(sqlite3_exec(db, statement, nullptr, nullptr, nullptr), db, "create index");
    good = good && ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return good;
}

struct Page {
    const char *name;
    InventoryFilter filter;
};

// The same statement listInventory runs, through the C API: prepared once,
// every column of every row read.
class RawQuery {
public:
    RawQuery(sqlite3 *db, const InventoryFilter &f) : m_db(db), m_filter(f)
    {
        QByteArray text = "SELECT i.id, i.e164, i.product_type, i.toll_free, i.status, u.email, "
                          "v.name, i.assigned_at, "
                          "i.case_id, i.port_out_case_id, i.ported_out, i.created_at, "
                          "i.updated_at, i.deleted_at "
                          "FROM inventory i LEFT JOIN users u ON u.id = i.user_id "
                          "LEFT JOIN voice_connectors v ON v.id = i.voice_connector_id WHERE 1 = 1";
        if (f.hasStatus)
            text += " AND i.status = ?";
        if (!f.prefix.isEmpty())
            text += " AND i.e164 >= ? AND i.e164 < ?";
        if (!f.afterE164.isEmpty())
            text += " AND i.e164 > ?";
        text += " ORDER BY i.e164 LIMIT ?";
        ok(sqlite3_prepare_v2(db, text.constData(), -1, &m_stmt, nullptr), db, "prepare page");
        m_status = toString(f.status).toUtf8();
        m_prefix = f.prefix.toUtf8();
        m_prefixEnd = m_prefix + '~';
        m_after = f.afterE164.toUtf8();
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }

    int run(quint64 *checksum)
    {
        int n = 1;
        if (m_filter.hasStatus)
            sqlite3_bind_text(
                m_stmt, n++, m_status.constData(), int(m_status.size()), SQLITE_STATIC);
        if (!m_prefix.isEmpty()) {
            sqlite3_bind_text(
                m_stmt, n++, m_prefix.constData(), int(m_prefix.size()), SQLITE_STATIC);
            sqlite3_bind_text(
                m_stmt, n++, m_prefixEnd.constData(), int(m_prefixEnd.size()), SQLITE_STATIC);
        }
        if (!m_after.isEmpty())
            sqlite3_bind_text(m_stmt, n++, m_after.constData(), int(m_after.size()), SQLITE_STATIC);
        sqlite3_bind_int(m_stmt, n, m_filter.limit);
        int rows = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < 14; ++c) {
                if (sqlite3_column_type(m_stmt, c) == SQLITE_TEXT)
                    *checksum += quint64(sqlite3_column_bytes(m_stmt, c))
                        + sqlite3_column_text(m_stmt, c)[0];
                else
                    *checksum += quint64(sqlite3_column_int64(m_stmt, c));
            }
        }
        sqlite3_reset(m_stmt);
        return rows;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    InventoryFilter m_filter;
    QByteArray m_status, m_prefix, m_prefixEnd, m_after;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(10, atoi(argv[1])) : 300;
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_inventory-XXXXXX")
                                     : base + QStringLiteral("/bench_inventory-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
    if (qEnvironmentVariableIsSet("PORTDESK_BENCH_KEEP"))
        dir.setAutoRemove(false);   // to look at the store afterwards
    FixedClock clock(QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate));
    Clock::setInstance(&clock);

    {
        StoreStatus status;
        if (!Store::open(path, &status)) {
            std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
            return 1;
        }
    }
    double loadSeconds = 0;
    if (!bulkLoad(path, &loadSeconds))
        return 1;
    std::printf("bench_inventory: %d numbers bulk-loaded in %.1f s (%.0f rows/s), pages of %d, "
                "%d iterations (median), SQLite %s\n",
        inventorySize, loadSeconds, inventorySize / loadSeconds, pageSize, iterations,
        sqlite3_libversion());

    StoreStatus status;
    auto store = Store::open(path, &status);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    PortingService service(*store);
    sqlite3 *raw = nullptr;
    ok(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), raw,
        "open raw");

    const QString middle = QString::fromLatin1(numberAt(inventorySize / 2));
    std::vector<Page> pages;
    {
        Page p { "prefix ", {} };
        p.filter.prefix = middle.left(5); // one area code: 10,000 numbers
        p.filter.limit = pageSize;
        pages.push_back(p);
    }
    {
        Page p { "status Assigned", {} };
        p.filter.hasStatus = true;
        p.filter.status = NumberStatus::Assigned;
        p.filter.limit = pageSize;
        pages.push_back(p);
    }
    {
        Page p { "status + prefix + after", {} };
        p.filter.hasStatus = true;
        p.filter.status = NumberStatus::Unassigned;
        p.filter.prefix = middle.left(5);
        p.filter.afterE164 = middle;
        p.filter.limit = pageSize;
        pages.push_back(p);
    }

    bool met = true;
    for (const Page &page : pages) {
        std::vector<double> serviceUs, rawUs;
        RawQuery query(raw, page.filter);
        quint64 checksum = 0;
        int serviceRows = 0, rawRows = 0;
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QList<InventoryNumber> rows = service.listInventory(page.filter, &status);
            serviceUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            serviceRows = int(rows.size());
            timer.restart();
            rawRows = query.run(&checksum);
            rawUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        if (!status.ok() || serviceRows != rawRows || serviceRows != pageSize) {
            std::fprintf(stderr, "%s: %d rows through the service, %d raw (%s)\n", page.name,
                serviceRows, rawRows, qPrintable(status.message));
            return 1;
        }
        const double s = median(serviceUs), r = median(rawUs);
        met = met && s <= 3 * r;
        std::printf("  %-26s listInventory %8.1f us   raw %8.1f us   %.2fx (target <= 3x) %s\n",
            QByteArray(QByteArray(page.name) + page.filter.prefix.toUtf8()).constData(), s, r,
            s / r, s <= 3 * r ? "OK" : "FAIL");
    }
    sqlite3_close(raw);
    std::printf("bench_inventory: %s\n", met ? "target met" : "target MISSED");
    return 0;
}
