// SPDX-License-Identifier: Apache-2.0
// bench_queue: the case queue on the full store (tests/bench/FullStore.h:
// 100,000 cases of 10 numbers, half open, varied customers and carriers,
// next to 1,000,000 inventory numbers). Opening the queue (the model's
// first page of 256 rows: the page with each case's next milestone as the
// store keeps it, the counts per state, every cell's text read once) and
// filtering it by text, against the strongest simple way to do the same
// work: the same statements through the raw sqlite3 C API (the page and
// counts SQL taken from CaseQueueRepository itself, prepared once) and the
// same cell texts made directly from its columns (the same QLocale date
// formats and names, with the locale, zone and state names looked up once
// before the timer). Target: under 2x, with the same rows in the same
// order and every cell's text equal. The statements alone (no text made)
// are printed too, without a target.
// Then the text search through the trigram index against the LIKE scan it
// replaced, on the same cases. Target: at least 3x faster, same rows.
// Only the full store: an empty queue has nothing to page or search (this
// bench used to load a store of its own of the same size; the full store
// replaces it). The store is opened read-only, by the model and by the raw
// side alike, and never written.
//   bench_queue [ITERATIONS]   (PORTDESK_BENCH_DIR: where the full store is
//   kept, built there once if missing)

#include "FullStore.h"
#include "QueueCells.h"

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/PortRequest.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "store/CaseQueueRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace portdesk;

namespace {

constexpr int pageSize = CaseQueueModel::defaultPageSize;

using inventorybench::benchNow;
using inventorybench::ok;

// One statement through the C API: prepared once, every column of every row read.
class RawStatement {
public:
    RawStatement(sqlite3 *db, const QByteArray &sql) : m_db(db)
    {
        ok(sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr), db, "prepare raw");
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    void bind(int column, const QByteArray &value)
    {
        sqlite3_bind_text(m_stmt, column, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_stmt, column, value); }
    sqlite3_stmt *statement() const { return m_stmt; }
    // Runs it; the first column of every row goes to *firstColumn if given.
    int run(quint64 *checksum, QList<qint64> *firstColumn = nullptr)
    {
        int rows = 0;
        const int columns = sqlite3_column_count(m_stmt);
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            ++rows;
            if (firstColumn)
                firstColumn->append(sqlite3_column_int64(m_stmt, 0));
            for (int c = 0; c < columns; ++c) {
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
};

// Binds a statement's values as the store does: text as UTF-8, numbers as
// 64-bit integers.
void bindAll(RawStatement &s, const QVariantList &values)
{
    int n = 1;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            s.bind(n++, value.toString().toUtf8());
        else
            s.bind(n++, value.toLongLong());
    }
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
        sqlite3_column_bytes(stmt, column));
}

// The statements CaseQueueRepository runs for the first page, sorted by id
// (newest first), with a text filter (empty: none): the page and the counts
// as the repository writes them (its own SQL text, not a copy).
struct RawQueue {
    RawQueue(sqlite3 *db, const CaseQueueRepository &repository, const QString &textFilter)
    {
        CaseQueueQuery query;
        query.filter.text = textFilter;
        const CaseQueueRepository::Statement pageSql
            = repository.pageStatement(query, nullptr, pageSize);
        const CaseQueueRepository::Statement countSql
            = repository.stateCountsStatement(query.filter);
        m_pageValues = pageSql.values;
        m_countValues = countSql.values;
        page = std::make_unique<RawStatement>(db, pageSql.text.toUtf8());
        counts = std::make_unique<RawStatement>(db, countSql.text.toUtf8());
    }

    // The page alone.
    int runPage(quint64 *checksum, QList<qint64> *ids)
    {
        bindAll(*page, m_pageValues);
        return page->run(checksum, ids);
    }

    // The page and, as the model, the counts when another page follows.
    int runSearch(quint64 *checksum, QList<qint64> *ids)
    {
        const int rows = runPage(checksum, ids);
        if (rows > pageSize) {
            ids->removeLast(); // the row that tells another page follows
            bindAll(*counts, m_countValues);
            counts->run(checksum);
        }
        return rows;
    }

    // What opening the queue shows: the page's rows, each cell's text made
    // from the columns (CaseQueueModel's columns, in order), and the counts
    // when another page follows.
    int runCells(const queuecells::Names &names, QList<qint64> *ids, QList<QStringList> *cells)
    {
        bindAll(*page, m_pageValues);
        sqlite3_stmt *stmt = page->statement();
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            if (++rows > pageSize)
                break; // another page follows
            ids->append(sqlite3_column_int64(stmt, 0));
            QStringList row;
            row.reserve(CaseQueueModel::ColumnCount);
            row << QString::number(sqlite3_column_int64(stmt, 0));
            row << (std::strcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)),
                        "port-out")
                               == 0
                        ? names.portOut
                        : names.portIn);
            const QString customer = columnText(stmt, 4);
            row << (customer.isEmpty() ? columnText(stmt, 5) : customer);
            row << QString::number(sqlite3_column_int(stmt, 6));
            row << names.states.value(QByteArray(
                reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)),
                sqlite3_column_bytes(stmt, 2)));
            const bool hasNext = sqlite3_column_type(stmt, 10) != SQLITE_NULL
                && sqlite3_column_type(stmt, 12) != SQLITE_NULL;
            row << (hasNext ? CaseTimeline::label(columnText(stmt, 10), sqlite3_column_int(stmt, 11))
                            : QString());
            const QByteArray zone(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 14)),
                sqlite3_column_bytes(stmt, 14));
            row << (hasNext ? names.day(sqlite3_column_int64(stmt, 12), zone) : QString());
            row << (sqlite3_column_type(stmt, 8) == SQLITE_NULL
                        ? QString()
                        : names.when(sqlite3_column_int64(stmt, 8), zone));
            row << names.when(sqlite3_column_int64(stmt, 9), zone);
            cells->append(row);
        }
        sqlite3_reset(stmt);
        if (rows > pageSize) {
            quint64 checksum = 0;
            bindAll(*counts, m_countValues);
            counts->run(&checksum);
        }
        return std::min(rows, pageSize);
    }

    std::unique_ptr<RawStatement> page, counts;

private:
    QVariantList m_pageValues, m_countValues;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(5, atoi(argv[1])) : 30;
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    const QString dir = base.isEmpty() ? QDir::tempPath() : base;
    const QString path = fullstore::ensure(dir);
    if (path.isEmpty())
        return 1;
    FixedClock clock(benchNow());
    Clock::setInstance(&clock);

    StoreStatus status;
    auto store = Store::open(path, &status, StoreAccess::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    std::printf("bench_queue: the full store %s (%d cases of %d numbers, half open), first page "
                "of %d, %d iterations (median), SQLite %s\n",
        qPrintable(path), fullstore::caseCount, fullstore::numbersPerCase, pageSize, iterations,
        sqlite3_libversion());
    Services service(*store);
    sqlite3 *raw = nullptr;
    ok(sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), raw,
        "open raw");

    struct Case {
        const char *name;
        QString text;
    };
    const std::vector<Case> cases = {
        { "open the queue (no filter)", QString() },
        { "text: customer word \"harbor\"", QStringLiteral("harbor") },
        { "text: carrier \"ozark telephone\"", QStringLiteral("ozark telephone") },
        { "text: whole number (512) 302-0042", QStringLiteral("(512) 302-0042") },
        { "text: number start +1312", QStringLiteral("+1312") },
        { "text: digits inside 4400", QStringLiteral("4400") },
        { "text: nothing matches", QStringLiteral("no such customer") },
    };
    bool met = true;
    const CaseQueueRepository indexed(*store, CaseQueueRepository::TextMatch::Indexed);
    const queuecells::Names names;
    for (const Case &c : cases) {
        RawQueue rawQueue(raw, indexed, c.text);
        std::vector<double> modelMs, rawMs, statementsMs;
        quint64 checksum = 0;
        int modelRows = 0;
        QList<qint64> modelIds, rawIds;
        QList<QStringList> modelCells, rawCells;
        for (int i = 0; i < iterations; ++i) {
            modelIds.clear();
            modelCells.clear();
            rawIds.clear();
            rawCells.clear();
            QElapsedTimer timer;
            timer.start();
            modelRows = queuecells::openQueue(service, c.text, &modelIds, &modelCells);
            modelMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            rawQueue.runCells(names, &rawIds, &rawCells);
            rawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            QList<qint64> ids;
            rawQueue.runSearch(&checksum, &ids);
            statementsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        // The same rows, in the same order, every cell's text the same.
        const bool same = modelIds == rawIds && modelCells == rawCells;
        if (!same && !modelCells.isEmpty() && !rawCells.isEmpty()) {
            std::printf("    first row, model: %s\n    first row, raw:   %s\n",
                qPrintable(modelCells.first().join(QStringLiteral(" | "))),
                qPrintable(rawCells.first().join(QStringLiteral(" | "))));
        }
        const double m = median(modelMs), r = median(rawMs), p = median(statementsMs);
        const bool pass = same && m < 2 * r;
        met = met && pass;
        std::printf("  %-36s rows %3d   model %8.2f ms   raw %8.2f ms   %.2fx (target < 2x)"
                    "   rows and cells %s   %s   [raw statements alone, no text: %.2f ms]\n",
            c.name, modelRows, m, r, m / r, same ? "equal" : "DIFFER", pass ? "PASS" : "FAIL", p);
    }

    // The text search through the trigram index against the LIKE scan it
    // replaced (CaseQueueRepository::TextMatch::Scan: the SQL of schema 6),
    // the same first page and counts, run alternately round by round.
    std::printf("  text search, indexed vs the LIKE scan (page of %d and, when more follow, the "
                "counts), target >= 3x faster with the same rows:\n",
        pageSize);
    const CaseQueueRepository scan(*store, CaseQueueRepository::TextMatch::Scan);
    const std::vector<Case> searches = {
        { "customer word \"harbor\"", QStringLiteral("harbor") },
        { "two words \"Harbor Dental\"", QStringLiteral("Harbor Dental") },
        { "carrier \"ozark telephone\"", QStringLiteral("ozark telephone") },
        { "email part \"@contoso.\"", QStringLiteral("@contoso.") },
        { "rare \"wingtip roofing pllc\"", QStringLiteral("wingtip roofing pllc") },
        { "apostrophe \"margie's\"", QStringLiteral("margie's") },
        { "mixed case \"CeDaR\"", QStringLiteral("CeDaR") },
        { "LIKE specials \"50%_off!\"", QStringLiteral("50%_off!") },
        { "nothing matches", QStringLiteral("no such customer") },
        { "short \"ha\" (scan by design)", QStringLiteral("ha") },
    };
    for (const Case &c : searches) {
        std::vector<double> indexMs, scanMs;
        QList<qint64> indexIds, scanIds;
        CaseStateCounts indexCounts, scanCounts;
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!queuecells::search(indexed, c.text, &indexIds, &indexCounts))
                return 1;
            indexMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            if (!queuecells::search(scan, c.text, &scanIds, &scanCounts))
                return 1;
            scanMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const bool same = indexIds == scanIds && indexCounts.byState == scanCounts.byState;
        const double x = median(indexMs), l = median(scanMs);
        // Text under 3 characters cannot be found through trigrams: it is
        // scanned on both sides, and only the rows are held against it.
        const bool shortText = c.text.trimmed().toUcs4().size() < 3;
        const bool pass = same && (shortText || l >= 3 * x);
        met = met && pass;
        std::printf("    %-36s rows %3lld   LIKE %8.2f ms   indexed %8.2f ms   %5.1fx   rows %s"
                    "   %s\n",
            c.name, static_cast<long long>(indexIds.size()), l, x, l / x,
            same ? "equal" : "DIFFER",
            pass ? (shortText ? "PASS (rows only)" : "PASS") : "FAIL");
    }
    // Where the unfiltered first page's time goes, step by step.
    {
        std::vector<double> pageMs, countMs, cellMs;
        quint64 checksum = 0;
        for (int i = 0; i < iterations; ++i) {
            QElapsedTimer timer;
            timer.start();
            QList<CaseQueueRow> rows;
            bool more = false;
            service.cases.queuePage(CaseQueueQuery(), nullptr, pageSize, &rows, &more);
            pageMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            CaseStateCounts counts;
            service.cases.queueStateCounts(CaseQueueFilter(), &counts);
            countMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            CaseQueueModel model(service);
            model.reload();
            timer.restart();
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < CaseQueueModel::ColumnCount; ++column)
                    checksum += quint64(model.index(row, column).data().toString().size());
            }
            cellMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  first page, step by step: page with next milestones %.2f ms, counts %.2f "
                    "ms, every cell read once %.2f ms\n",
            median(pageMs), median(countMs), median(cellMs));
    }
    sqlite3_close(raw);
    std::printf("bench_queue: %s\n", met ? "target met" : "target MISSED");
    return met ? 0 : 1;
}
