// SPDX-License-Identifier: Apache-2.0
// bench_inventory: one page (256 rows) of a 1,000,000-number inventory,
// filtered by E.164 prefix, by status, and both with keyset paging, through
// Services::listInventory against the same indexed query with the raw
// sqlite3 C API. Target: at most 3x the raw query's time.
// Then the same pages through InventoryModel (the inventory view's model):
// scrolling reads each next page by key (target: under 2x the raw keyset
// query), opening a filter counts and reads the first page (target: under
// 2x the raw COUNT plus first page), and the jumps (end key, scroll bar
// dragged to the middle) for the record.
// Everything runs twice with the same targets: on the 1,000,000-number
// inventory store of InventoryBenchStore.h (no cases), then on the full store
// of FullStore.h (the same numbers, with 100,000 cases; opened read-only).
// Exits 1 when any target is missed on either store.
//   bench_inventory [ITERATIONS]   (PORTDESK_BENCH_DIR: where the stores go,
//   the full store kept there; PORTDESK_BENCH_KEEP=1 keeps the other)

#include "FullStore.h"
#include "InventoryBenchStore.h"

#include "core/Clock.h"
#include "models/InventoryModel.h"
#include "service/Services.h"
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

using inventorybench::inventorySize;
using inventorybench::numberAt;
using inventorybench::ok;
constexpr int pageSize = 256;

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

// The model's page by key through the C API: the statement listInventory
// runs for the next page, the previous page's last number bound each time.
class RawKeyset {
public:
    RawKeyset(sqlite3 *db, const InventoryFilter &f) : m_filter(f)
    {
        QByteArray where = " WHERE 1 = 1";
        if (f.hasStatus)
            where += " AND i.status = ?";
        if (!f.prefix.isEmpty())
            where += " AND i.e164 >= ? AND i.e164 < ?";
        const QByteArray page = "SELECT i.id, i.e164, i.product_type, i.toll_free, i.status, u.email, "
                                "v.name, i.assigned_at, i.case_id, i.port_out_case_id, i.ported_out, "
                                "i.created_at, i.updated_at, i.deleted_at "
                                "FROM inventory i LEFT JOIN users u ON u.id = i.user_id "
                                "LEFT JOIN voice_connectors v ON v.id = i.voice_connector_id"
            + where;
        ok(sqlite3_prepare_v2(db, QByteArray(page + " ORDER BY i.e164 LIMIT ?").constData(), -1, &m_first, nullptr),
            db, "prepare first page");
        ok(sqlite3_prepare_v2(db, QByteArray(page + " AND i.e164 > ? ORDER BY i.e164 LIMIT ?").constData(), -1,
               &m_next, nullptr),
            db, "prepare next page");
        ok(sqlite3_prepare_v2(db, QByteArray("SELECT COUNT(*) FROM inventory i" + where).constData(), -1, &m_count,
               nullptr),
            db, "prepare count");
        m_status = toString(f.status).toUtf8();
        m_prefix = f.prefix.toUtf8();
        m_prefixEnd = m_prefix + '~';
    }
    ~RawKeyset()
    {
        sqlite3_finalize(m_first);
        sqlite3_finalize(m_next);
        sqlite3_finalize(m_count);
    }

    // The page after `after` (empty: the first); its first and last numbers out.
    int page(const QByteArray afterKey, quint64 *checksum, QByteArray *first, QByteArray *last)
    {
        // A copy: the caller may pass the very key this page replaces.
        const QByteArray after = afterKey;
        sqlite3_stmt *stmt = after.isEmpty() ? m_first : m_next;
        int n = bindFilter(stmt);
        if (!after.isEmpty())
            sqlite3_bind_text(stmt, n++, after.constData(), int(after.size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, n, pageSize);
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            if (rows == 0)
                *first = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
            ++rows;
            for (int c = 0; c < 14; ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    *checksum += quint64(sqlite3_column_bytes(stmt, c)) + sqlite3_column_text(stmt, c)[0];
                else
                    *checksum += quint64(sqlite3_column_int64(stmt, c));
            }
            *last = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
        }
        sqlite3_reset(stmt);
        return rows;
    }

    qint64 count()
    {
        bindFilter(m_count);
        qint64 n = -1;
        if (sqlite3_step(m_count) == SQLITE_ROW)
            n = sqlite3_column_int64(m_count, 0);
        sqlite3_reset(m_count);
        return n;
    }

private:
    int bindFilter(sqlite3_stmt *stmt)
    {
        int n = 1;
        if (m_filter.hasStatus)
            sqlite3_bind_text(stmt, n++, m_status.constData(), int(m_status.size()), SQLITE_STATIC);
        if (!m_prefix.isEmpty()) {
            sqlite3_bind_text(stmt, n++, m_prefix.constData(), int(m_prefix.size()), SQLITE_STATIC);
            sqlite3_bind_text(stmt, n++, m_prefixEnd.constData(), int(m_prefixEnd.size()), SQLITE_STATIC);
        }
        return n;
    }

    sqlite3_stmt *m_first = nullptr;
    sqlite3_stmt *m_next = nullptr;
    sqlite3_stmt *m_count = nullptr;
    InventoryFilter m_filter;
    QByteArray m_status, m_prefix, m_prefixEnd;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The figures on one store: 0 when every target is met, 1 when one is
// missed, 2 when the store could not be read or the rows differ.
int runOn(const char *label, const QString &path, StoreAccess access, int iterations)
{
    std::printf("\n  on the %s:\n", label);
    StoreStatus status;
    auto store = Store::open(path, &status, access);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 2;
    }
    Services service(*store);
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
            const QList<InventoryNumber> rows = service.inventory.listInventory(page.filter, &status);
            serviceUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            serviceRows = int(rows.size());
            timer.restart();
            rawRows = query.run(&checksum);
            rawUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        if (!status.ok() || serviceRows != rawRows || serviceRows != pageSize) {
            std::fprintf(stderr, "%s: %d rows through the service, %d raw (%s)\n", page.name,
                serviceRows, rawRows, qPrintable(status.message));
            return 2;
        }
        const double s = median(serviceUs), r = median(rawUs);
        met = met && s <= 3 * r;
        std::printf("  %-26s listInventory %8.1f us   raw %8.1f us   %.2fx (target <= 3x) %s\n",
            QByteArray(QByteArray(page.name) + page.filter.prefix.toUtf8()).constData(), s, r,
            s / r, s <= 3 * r ? "OK" : "FAIL");
    }

    // The same pages through InventoryModel: what the inventory view reads
    // while it scrolls (each next page by the last key of the one before),
    // and what a new filter costs (the count, then the first page).
    std::printf("  through InventoryModel (the inventory view's model, %d pages kept):\n",
        InventoryModel::defaultCachedPages);
    bool modelMet = true;
    quint64 checksum = 0;
    for (const Page &page : pages) {
        if (!page.filter.afterE164.isEmpty())
            continue; // the model pages from the start of its filter
        InventoryModel::Filter mf;
        if (page.filter.hasStatus)
            mf.status = page.filter.status;
        mf.prefix = page.filter.prefix;
        InventoryModel model(service);
        RawKeyset rawPages(raw, page.filter);
        QByteArray rawFirst, rawLast;
        const auto restart = [&] {
            model.setFilter(mf, &status);
            model.numberAt(0);
            rawPages.page(QByteArray(), &checksum, &rawFirst, &rawLast);
        };
        restart();
        const int pageCount = model.rowCount() / pageSize;
        if (!status.ok() || pageCount < 2 || model.rowCount() != rawPages.count()) {
            std::fprintf(stderr, "%s: %d rows through the model (%s), %lld raw\n", page.name, model.rowCount(),
                qPrintable(status.message), rawPages.count());
            return 2;
        }
        std::vector<double> modelUs, rawUs;
        int p = 0;
        for (int i = 0; i < iterations; ++i) {
            if (++p >= pageCount) {
                restart(); // from the top again, untimed
                p = 1;
            }
            QElapsedTimer timer;
            timer.start();
            const InventoryNumber *first = model.numberAt(p * pageSize);
            for (int r = 0; r < pageSize; ++r)
                checksum += quint64(model.numberAt(p * pageSize + r)->e164.size());
            modelUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            timer.restart();
            const int rows = rawPages.page(rawLast, &checksum, &rawFirst, &rawLast);
            rawUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            if (!first || rows != pageSize || first->e164.toLatin1() != rawFirst) {
                std::fprintf(stderr, "%s: page %d differs: %s through the model, %s raw\n", page.name, p,
                    first ? qPrintable(first->e164) : "nothing", rawFirst.constData());
                return 2;
            }
        }
        const double m = median(modelUs), r = median(rawUs);
        modelMet = modelMet && m < 2 * r;
        std::printf("  %-26s next page   %8.1f us   raw keyset %8.1f us   %.2fx (target < 2x) %s\n",
            QByteArray(QByteArray(page.name) + page.filter.prefix.toUtf8()).constData(), m, r, m / r,
            m < 2 * r ? "OK" : "FAIL");

        // A filter chosen: count and first page.
        std::vector<double> openUs, rawOpenUs;
        const int opens = std::max(10, iterations / 10);
        for (int i = 0; i < opens; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(mf, &status);
            checksum += quint64(model.numberAt(0)->e164.size());
            openUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            timer.restart();
            checksum += quint64(rawPages.count());
            rawPages.page(QByteArray(), &checksum, &rawFirst, &rawLast);
            rawOpenUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
        const double o = median(openUs), ro = median(rawOpenUs);
        modelMet = modelMet && o < 2 * ro;
        std::printf("  %-26s open filter %8.1f us   raw count+page %8.1f us   %.2fx (target < 2x) %s  (%d rows)\n",
            "", o, ro, o / ro, o < 2 * ro ? "OK" : "FAIL", model.rowCount());
    }
    {
        // Jumps over the whole inventory: the end key (scrollToBottom), and
        // the scroll bar dragged to the middle with no page read near it.
        InventoryModel model(service);
        model.setFilter({}, &status);
        QElapsedTimer timer;
        timer.start();
        const InventoryNumber *last = model.numberAt(model.rowCount() - 1);
        const double endMs = double(timer.nsecsElapsed()) / 1e6;
        InventoryModel jumping(service);
        jumping.setFilter({}, &status);
        timer.restart();
        const InventoryNumber *middleRow = jumping.numberAt(jumping.rowCount() / 2);
        const double middleMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        jumping.numberAt(jumping.rowCount() / 2 + pageSize);
        const double afterMs = double(timer.nsecsElapsed()) / 1e6;
        if (!last || !middleRow || last->e164.toLatin1() != numberAt(inventorySize - 1)
            || middleRow->e164.toLatin1() != numberAt(inventorySize / 2)) {
            std::fprintf(stderr, "jumps: wrong rows\n");
            return 2;
        }
        std::printf("  jumps over %d rows: to the end %.2f ms (%d query), to the middle %.1f ms (%d query, "
                    "an offset from the nearer end), the next page after it %.2f ms\n",
            model.rowCount(), endMs, model.queryCount(), middleMs, jumping.queryCount() - 1, afterMs);
    }
    met = met && modelMet;
    if (checksum == 42)
        std::printf(" "); // keeps the reads from being optimised away
    sqlite3_close(raw);
    return met ? 0 : 1;
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

    double loadSeconds = 0;
    if (!inventorybench::bulkLoad(path, &loadSeconds))
        return 1;
    std::printf("bench_inventory: %d numbers bulk-loaded in %.1f s (%.0f rows/s), pages of %d, "
                "%d iterations (median), SQLite %s\n",
        inventorySize, loadSeconds, inventorySize / loadSeconds, pageSize, iterations,
        sqlite3_libversion());

    // The same pages on the full store: the same 1,000,000 numbers, with
    // 100,000 cases and their 1,000,000 case numbers beside them. Read-only:
    // the file is shared and never written.
    const QString full = fullstore::ensure(base.isEmpty() ? QDir::tempPath() : base);
    if (full.isEmpty())
        return 1;
    const int onInventory
        = runOn("inventory store (1,000,000 numbers, no cases)", path, StoreAccess::ReadWrite,
            iterations);
    const int onFull = runOn("full store (1,000,000 numbers, 100,000 cases)", full,
        StoreAccess::ReadOnly, iterations);
    if (onInventory == 2 || onFull == 2)
        return 1;
    const bool met = onInventory == 0 && onFull == 0;
    std::printf("bench_inventory: %s\n", met ? "target met (both stores)" : "target MISSED");
    return met ? 0 : 1;
}
