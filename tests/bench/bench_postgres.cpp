// SPDX-License-Identifier: Apache-2.0
// bench_postgres: the main figures on PostgreSQL, on an empty store and on
// the full store (1,000,000 inventory numbers, 100,000 cases of 10 numbers,
// half open: the rows of tests/bench/FullStoreRows.h, as on SQLite), each
// against libpq running the same statements on its own connection to the
// same server, round by round in alternating order, medians reported:
//   - a 20,000-number port-in through CaseService::submitPortIn (validation
//     against the store, the open-port-in check, the write) against libpq
//     doing the same work in one transaction (the JSON texts made from the
//     request, the two checks with the repositories' own SQL, the case row
//     and its event, the numbers with one COPY). Target as bench_submit: at
//     least 0.6x the libpq throughput; and the full store at most 1.3x the
//     empty one;
//   - one inventory page (256 rows; no filter, by prefix, by status, and
//     status + prefix + key) through InventoryService::listInventory against
//     the repository's own statement (InventoryRepository::listStatement)
//     through libpq. Target: at most 3x, the same ids in the same order;
//   - the case queue opened through CaseQueueModel (first page with each
//     case's next milestone as stored, counts per state, every cell's text
//     read once) against the repository's own statements through libpq with
//     the same cell texts made directly from the columns; and text searches
//     through CaseQueueRepository (first page, and the counts when another
//     page follows) against the same statements through libpq, a name
//     search planned for its text on every run on both sides (a generic
//     plan walks every case of the full store; libpq's prepared-once
//     figure is printed beside it). Target: under 2x, the same ids in the
//     same order (and, opening, the same cell texts).
// Every line says OK or FAIL; the exit status is 1 when any target is missed.
//
// The server: PORTDESK_BENCH_PG_URL (an admin URL, e.g.
// postgresql://postgres@127.0.0.1:5432/postgres; the full store is kept
// there in the database portdesk_bench_full and reused while its marker
// matches), else a throwaway cluster on 127.0.0.1 started and stopped with
// tests/support/pgcluster.sh, as the test suite does. Each run works on a
// copy of the full store (CREATE DATABASE ... TEMPLATE) and a new empty one.
//   bench_postgres [ROUNDS [ITERATIONS]]   (defaults 5 and 30)

#include "FullStoreRows.h"
#include "QueueCells.h"

#include "core/CaseQueue.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "models/CaseQueueModel.h"
#include "service/Services.h"
#include "store/CaseQueueRepository.h"
#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/SqlDialect.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

using namespace portdesk;

namespace {

constexpr int pageSize = 256;
constexpr int submitCount = 20000;
// What the kept full store holds; a change to its rows or loader bumps it.
const QByteArray fullMarker = "portdesk bench full store, rows 1, schema ";

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// ---- libpq ----------------------------------------------------------------

// One libpq connection. Statements are prepared once (server-side, as Qt's
// driver prepares the store's) and every value of every row is read.
class Pg {
public:
    explicit Pg(const QString &url)
    {
        m_conn = PQconnectdb(url.toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK)
            std::fprintf(stderr, "connect %s: %s", qPrintable(url), PQerrorMessage(m_conn));
    }
    ~Pg() { PQfinish(m_conn); }
    Pg(const Pg &) = delete;
    Pg &operator=(const Pg &) = delete;

    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    PGconn *conn() const { return m_conn; }

    // A statement without parameters; false (and the message on stderr) on failure.
    bool run(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const ExecStatusType s = PQresultStatus(r);
        const bool good = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
        if (!good)
            std::fprintf(stderr, "%s: %s", sql.left(120).constData(), PQerrorMessage(m_conn));
        PQclear(r);
        return good;
    }

    // The first value of the first row, or an empty array.
    QByteArray value(const QByteArray &sql)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        QByteArray out;
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
            out = QByteArray(PQgetvalue(r, 0, 0));
        else if (PQresultStatus(r) != PGRES_TUPLES_OK)
            std::fprintf(stderr, "%s: %s", sql.left(120).constData(), PQerrorMessage(m_conn));
        PQclear(r);
        return out;
    }

    // COPY ... FROM STDIN with the rows in text format.
    bool copy(const QByteArray &sql, const QByteArray &data)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const bool started = PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        if (!started) {
            std::fprintf(stderr, "%s: %s", sql.constData(), PQerrorMessage(m_conn));
            return false;
        }
        bool good = PQputCopyData(m_conn, data.constData(), int(data.size())) == 1;
        good = PQputCopyEnd(m_conn, good ? nullptr : "failed") == 1 && good;
        while ((r = PQgetResult(m_conn)) != nullptr) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                std::fprintf(stderr, "%s: %s", sql.constData(), PQerrorMessage(m_conn));
                good = false;
            }
            PQclear(r);
        }
        return good;
    }

private:
    PGconn *m_conn = nullptr;
};

// The store's "?" placeholders as PostgreSQL's $1, $2, ... (outside quotes).
QByteArray numbered(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    int n = 0;
    char quote = 0;
    for (const char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

// One of the store's statements through libpq: prepared once, its values
// bound as text (the server infers their types, as with Qt's driver); or,
// planned for its values on every run (PQexecParams, unnamed), as the store
// must run a name search: a generic plan of one walks every case of the
// full store (sql::Query::Planning::ForItsValues).
class PgStatement {
public:
    enum class Planning { PreparedOnce, EachRun };
    PgStatement(Pg &pg, const QString &sql, const QVariantList &values,
        Planning planning = Planning::PreparedOnce)
        : m_pg(pg)
    {
        setValues(values);
        if (planning == Planning::EachRun) {
            m_text = numbered(sql);
            m_prepared = true;
            return;
        }
        static int counter = 0;
        m_name = "bench_" + QByteArray::number(++counter);
        PGresult *r = PQprepare(pg.conn(), m_name.constData(), numbered(sql).constData(),
            int(values.size()), nullptr);
        m_prepared = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!m_prepared)
            std::fprintf(stderr, "prepare: %s", PQerrorMessage(pg.conn()));
        PQclear(r);
        setValues(values);
    }
    ~PgStatement()
    {
        // PQclear of DEALLOCATE's result; a failure here changes no figure.
        if (m_text.isEmpty())
            PQclear(PQexec(m_pg.conn(), QByteArray("DEALLOCATE " + m_name).constData()));
    }
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    void setValues(const QVariantList &values)
    {
        m_values.clear();
        m_null.clear();
        for (const QVariant &value : values) {
            m_null.push_back(value.isNull());
            if (value.typeId() == QMetaType::QString)
                m_values.push_back(value.toString().toUtf8());
            else if (value.typeId() == QMetaType::Bool)
                m_values.push_back(value.toBool() ? "1" : "0");
            else
                m_values.push_back(QByteArray::number(value.toLongLong()));
        }
    }

    // Runs it, reads every value of every row; the first column of each row
    // (an id) to *ids if given, and each row to eachRow if given. -1 on
    // failure.
    int run(quint64 *checksum, QList<qint64> *ids = nullptr,
        const std::function<void(PGresult *, int)> &eachRow = {})
    {
        if (!m_prepared)
            return -1;
        std::vector<const char *> params;
        for (size_t i = 0; i < m_values.size(); ++i)
            params.push_back(m_null[i] ? nullptr : m_values[i].constData());
        PGresult *r = m_text.isEmpty()
            ? PQexecPrepared(m_pg.conn(), m_name.constData(), int(params.size()), params.data(),
                  nullptr, nullptr, 0)
            : PQexecParams(m_pg.conn(), m_text.constData(), int(params.size()), nullptr,
                  params.data(), nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            std::fprintf(stderr, "exec: %s", PQerrorMessage(m_pg.conn()));
            PQclear(r);
            return -1;
        }
        const int rows = PQntuples(r), columns = PQnfields(r);
        for (int row = 0; row < rows; ++row) {
            if (ids)
                ids->append(std::strtoll(PQgetvalue(r, row, 0), nullptr, 10));
            if (eachRow) {
                eachRow(r, row);
                continue;
            }
            for (int c = 0; c < columns; ++c) {
                if (!PQgetisnull(r, row, c))
                    *checksum += quint64(PQgetlength(r, row, c)) + quint64(PQgetvalue(r, row, c)[0]);
            }
        }
        PQclear(r);
        return rows;
    }

private:
    Pg &m_pg;
    QByteArray m_name;
    QByteArray m_text; // planned on every run: its text
    bool m_prepared = false;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
};

// A value in COPY's text format.
void copyField(QByteArray *out, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': *out += "\\\\"; break;
        case '\t': *out += "\\t"; break;
        case '\n': *out += "\\n"; break;
        case '\r': *out += "\\r"; break;
        default: *out += c;
        }
    }
}

// ---- the server and its databases -----------------------------------------

// A throwaway cluster through the test suite's script, stopped when it goes.
struct Cluster {
    QString state;
    QString url;
    bool start(const QString &dir)
    {
        state = QDir(dir).filePath(QStringLiteral("pg.state"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(PORTDESK_PGCLUSTER_SCRIPT),
            { QStringLiteral("start"), state, QStringLiteral("auto") });
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "pgcluster.sh start failed\n");
            return false;
        }
        QFile file(state + QStringLiteral(".url"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        url = QString::fromUtf8(file.readAll().trimmed());
        return !url.isEmpty();
    }
    ~Cluster()
    {
        if (state.isEmpty())
            return;
        QProcess p;
        p.start(QStringLiteral(PORTDESK_PGCLUSTER_SCRIPT), { QStringLiteral("stop"), state });
        p.waitForFinished(120000);
    }
};

QString databaseUrl(const QString &adminUrl, const QString &database)
{
    QUrl url(adminUrl);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// The full store's rows into a new PortDesk store (schema by Store::open),
// through COPY, with the secondary indexes made once at the end.
bool loadFullStore(Pg &admin, const QString &adminUrl, const QString &database)
{
    QElapsedTimer timer;
    timer.start();
    if (!admin.run("DROP DATABASE IF EXISTS " + database.toUtf8())
        || !admin.run("CREATE DATABASE " + database.toUtf8()))
        return false;
    const QString url = databaseUrl(adminUrl, database);
    {
        StoreStatus status;
        if (!Store::open(url, &status)) {
            std::fprintf(stderr, "open %s: %s\n", qPrintable(url), qPrintable(status.message));
            return false;
        }
    }
    Pg pg(url);
    if (!pg.ok())
        return false;
    // As pg_restore --disable-triggers does: no per-row foreign key checks
    // or count triggers (superuser only; otherwise the load is slower).
    if (!pg.run("SET session_replication_role = replica"))
        std::fprintf(stderr, "  (triggers stay on during the load)\n");
    const bool replica = pg.value("SHOW session_replication_role") == "replica";
    bool good = pg.run("BEGIN");
    // The schema's secondary indexes (not those of a key or UNIQUE
    // constraint), whatever they are now: dropped, made again at the end.
    QList<QByteArray> names, creates;
    {
        PGresult *r = PQexec(pg.conn(),
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() "
            "AND i.tablename IN ('inventory', 'cases', 'case_events', 'case_numbers') "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)");
        for (int row = 0; row < PQntuples(r); ++row) {
            names << QByteArray(PQgetvalue(r, row, 0));
            creates << QByteArray(PQgetvalue(r, row, 1));
        }
        PQclear(r);
    }
    for (const QByteArray &name : std::as_const(names))
        good = good && pg.run("DROP INDEX " + name);
    good = good
        && pg.run("INSERT INTO users (id, email, name, created_at) VALUES "
                  "(1, 'pat@example.com', 'Pat Doe', 0), (2, 'sam@example.com', 'Sam Roe', 0), "
                  "(3, 'lee@example.com', 'Lee Poe', 0)");
    using inventorybench::inventorySize;
    const QByteArray t0 = QByteArray::number(inventorybench::benchNow().toMSecsSinceEpoch());
    QByteArray data;
    data.reserve(96 * 1000 * 1000);
    for (int i = 0; i < inventorySize; ++i) {
        const char *status = inventorybench::statusAt(i);
        const bool assigned = status[0] == 'A';
        data += QByteArray::number(i + 1) + '\t' + inventorybench::numberAt(i)
            + "\tBusinessCalling\t0\t" + status + '\t'
            + (assigned ? QByteArray::number(1 + i % 3) + '\t' + t0 : QByteArray("\\N\t\\N"))
            + '\t' + t0 + '\t' + t0 + '\t' + (status[0] == 'D' ? t0 : QByteArray("\\N")) + '\n';
    }
    good = good
        && pg.copy("COPY inventory (id, e164, product_type, toll_free, status, user_id, "
                   "assigned_at, created_at, updated_at, deleted_at) FROM STDIN",
            data);
    const double inventorySeconds = double(timer.nsecsElapsed()) / 1e9;

    QByteArray cases, events, numbers;
    const QDateTime now = inventorybench::benchNow();
    for (int i = 1; good && i <= fullstore::caseCount; ++i) {
        const fullstore::CaseRows rows = fullstore::caseRows(i, now);
        const QByteArray id = QByteArray::number(i);
        const QByteArray state = toString(rows.state).toUtf8();
        cases += id + "\tport-in\t" + state + '\t' + (rows.open ? "1" : "0")
            + "\tBusinessCalling\t" + rows.adminEmail + '\t' + rows.customerName + '\t'
            + QByteArray::number(rows.requestedPortAt) + '\t'
            + (rows.hasFoc ? QByteArray::number(rows.focAt) : QByteArray("\\N")) + '\t';
        copyField(&cases, rows.request);
        cases += "\t2\t" + QByteArray::number(fullstore::numbersPerCase) + '\t'
            + QByteArray::number(rows.createdAt) + '\t' + QByteArray::number(rows.updatedAt) + '\t';
        copyField(&cases, rows.searchText);
        cases += '\t' + (rows.hasNext ? rows.next.key.toUtf8() : QByteArray("\\N")) + '\t'
            + QByteArray::number(rows.next.round) + '\t'
            + (rows.hasNext ? QByteArray::number(rows.next.at.toMSecsSinceEpoch())
                            : QByteArray("\\N"))
            + '\t' + (rows.timeZone.isEmpty() ? QByteArray("\\N") : rows.timeZone) + '\n';
        events += id + "\t1\tsubmit\tadmin\t" + QByteArray::number(rows.createdAt)
            + "\tsubmitted\t";
        copyField(&events, rows.submitPayload);
        events += '\n' + id + "\t2\tportable\tsupport\t" + QByteArray::number(rows.updatedAt)
            + '\t' + state + "\t{}\n";
        for (const QString &n : rows.numbers)
            numbers += id + '\t' + n.toUtf8() + "\t0\t" + rows.numberStatus + '\n';
    }
    good = good
        && pg.copy("COPY cases (id, kind, state, is_open, product_type, admin_email, "
                   "customer_name, requested_port_at, foc_at, request, last_seq, number_count, "
                   "created_at, updated_at, search_text, next_milestone, next_round, next_at, "
                   "time_zone) FROM STDIN",
            cases)
        && pg.copy("COPY case_events (case_id, seq, event, actor, at, state_after, payload) "
                   "FROM STDIN",
            events)
        && pg.copy("COPY case_numbers (case_id, e164, toll_free, status) FROM STDIN", numbers);
    for (const QByteArray &create : std::as_const(creates))
        good = good && pg.run(create);
    // The keys' sequences past the rows loaded with their ids.
    for (const char *table : { "users", "inventory", "cases", "case_events" })
        good = good
            && pg.run(QByteArray("SELECT setval(pg_get_serial_sequence('") + table
                + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
    // What the count triggers (schema 8) would have kept, had they run.
    if (replica)
        good = good && pg.run("DELETE FROM inventory_counts")
            && pg.run("INSERT INTO inventory_counts (status, ported_out, n) SELECT status, "
                      "CASE WHEN port_out_case_id IS NOT NULL AND ported_out = 1 THEN 1 ELSE 0 "
                      "END, COUNT(*) FROM inventory GROUP BY 1, 2");
    good = good && pg.run("COMMIT") && pg.run("RESET session_replication_role")
        && pg.run("VACUUM (ANALYZE)");
    const QByteArray version = pg.value("SELECT MAX(version) FROM schema_version");
    good = good
        && pg.run("COMMENT ON DATABASE " + database.toUtf8() + " IS '" + fullMarker + version
            + "'");
    const QByteArray size = pg.value("SELECT pg_size_pretty(pg_database_size(current_database()))");
    std::printf("  full store loaded in %.1f s (inventory %.1f s, cases, indexes and VACUUM "
                "ANALYZE %.1f s), %s\n",
        double(timer.nsecsElapsed()) / 1e9, inventorySeconds,
        double(timer.nsecsElapsed()) / 1e9 - inventorySeconds, size.constData());
    return good;
}

// ---- submit ---------------------------------------------------------------

// 20,000 numbers in a new exchange per round and side: 425-7xx for the
// service, 425-8xx for libpq (no N11 exchange), none in the full store.
PortInRequest submitRequest(int exchange)
{
    return fullstore::bigPortIn(exchange, submitCount);
}

double serviceSubmit(Services &services, const PortInRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const ChangeResult result = services.cases.submitPortIn(request);
    const double ms = msSince(timer);
    if (!result.ok()) {
        std::fprintf(stderr, "submit refused: %s %s\n", qPrintable(result.status.message),
            result.violations.isEmpty() ? "" : qPrintable(result.violations.first().message));
        return -1;
    }
    return ms;
}

// The same work as submitPortIn, through libpq, in one transaction: the
// JSON texts and sorted numbers made from the request, the two checks a
// submit must run (numbers in the inventory, in an open port-in: the
// repositories' own SQL, every row read), the case row, its first event,
// and the numbers in key order with one COPY.
double libpqSubmit(Pg &pg, const PortInRequest &request)
{
    const QByteArray now = QByteArray::number(inventorybench::benchNow().toMSecsSinceEpoch());
    const QByteArray requested = QByteArray::number(request.requestedPortAt.toMSecsSinceEpoch());
    const std::unique_ptr<SqlDialect> dialect = SqlDialect::postgresql();
    const QByteArray inventorySql = numbered(InventoryRepository::existingSql(*dialect));
    const QByteArray openPortInSql = numbered(CaseRepository::openPortInCheckSql(*dialect));

    QElapsedTimer timer;
    timer.start();
    bool good = pg.run("BEGIN");
    const QJsonObject requestObject = request.toJson();
    const QByteArray requestJson = QJsonDocument(requestObject).toJson(QJsonDocument::Compact);
    const QByteArray payload
        = QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("port-in") },
                            { QStringLiteral("request"), requestObject } })
              .toJson(QJsonDocument::Compact);
    const QStringList all = request.allNumbers();
    const QByteArray typed = QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact);
    QStringList sorted = all;
    std::sort(sorted.begin(), sorted.end());
    const QByteArray count = QByteArray::number(sorted.size());
    // The next milestone the case row keeps (schema 10).
    RecordedEvent submit;
    submit.at = inventorybench::benchNow();
    Milestone next;
    const bool hasNext = CaseTimeline::next(CaseKind::PortIn, { submit }, request.requestedPortAt, &next);
    const QByteArray nextKey = next.key.toUtf8();
    const QByteArray nextRound = QByteArray::number(next.round);
    const QByteArray nextAt = QByteArray::number(next.at.toMSecsSinceEpoch());
    int found = 0;
    {
        const char *values[] = { typed.constData() };
        PGresult *r = PQexecParams(
            pg.conn(), inventorySql.constData(), 1, nullptr, values, nullptr, nullptr, 0);
        good = good && PQresultStatus(r) == PGRES_TUPLES_OK;
        found += good ? PQntuples(r) : 0;
        PQclear(r);
        const char *openValues[] = { typed.constData(), "port-in", "0", "rejected" };
        r = PQexecParams(
            pg.conn(), openPortInSql.constData(), 4, nullptr, openValues, nullptr, nullptr, 0);
        good = good && PQresultStatus(r) == PGRES_TUPLES_OK;
        found += good ? PQntuples(r) : 0;
        PQclear(r);
    }
    good = good && found == 0;
    const char *caseValues[] = { "admin@example.com", "Example Corp", requested.constData(),
        requestJson.constData(), count.constData(), now.constData(), now.constData(),
        "admin@example.com\nexample corp\nexample telecom",
        hasNext ? nextKey.constData() : nullptr, nextRound.constData(),
        hasNext ? nextAt.constData() : nullptr };
    PGresult *r = PQexecParams(pg.conn(),
        "INSERT INTO cases (kind, state, is_open, product_type, admin_email, customer_name, "
        "requested_port_at, foc_at, request, port_out_account_id, port_out_pin, last_seq, "
        "number_count, created_at, updated_at, search_text, next_milestone, next_round, "
        "next_at) VALUES ('port-in', 'submitted', 1, 'BusinessCalling', $1, $2, $3, NULL, $4, "
        "NULL, NULL, 1, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        11, nullptr, caseValues, nullptr, nullptr, 0);
    good = good && PQresultStatus(r) == PGRES_TUPLES_OK;
    const QByteArray id = good ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
    PQclear(r);
    const char *eventValues[] = { id.constData(), now.constData(), payload.constData() };
    r = PQexecParams(pg.conn(),
        "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
        "VALUES ($1, 1, 'submit', 'admin', $2, 'submitted', $3)",
        3, nullptr, eventValues, nullptr, nullptr, 0);
    good = good && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    QByteArray rows;
    rows.reserve(sorted.size() * 24);
    for (const QString &n : std::as_const(sorted))
        rows += id + '\t' + n.toUtf8() + "\t0\n";
    good = good && pg.copy("COPY case_numbers (case_id, e164, toll_free) FROM STDIN", rows)
        && pg.run("COMMIT");
    const double ms = msSince(timer);
    if (!good) {
        std::fprintf(stderr, "libpq submit: %s", PQerrorMessage(pg.conn()));
        pg.run("ROLLBACK");
        return -1;
    }
    return ms;
}

// ---- reporting ------------------------------------------------------------

bool g_met = true;

void line(const char *what, const char *ours, double oursValue, const char *base,
    double baseValue, const char *unit, double ratio, const char *target, bool pass,
    const char *extra = "")
{
    g_met = g_met && pass;
    std::printf("  %-40s %s %9.2f %s   %s %9.2f %s   %.2fx (target %s)%s   %s\n", what, ours,
        oursValue, unit, base, baseValue, unit, ratio, target, extra, pass ? "OK" : "FAIL");
}

// ---- the queue ------------------------------------------------------------

// The statements the queue runs for its first page, from the repository.
struct LibpqQueue {
    LibpqQueue(Pg &pg, const CaseQueueRepository &repository, const QString &text,
        PgStatement::Planning planning = PgStatement::Planning::PreparedOnce)
        : m_pg(pg)
    {
        CaseQueueQuery query;
        query.filter.text = text;
        const CaseQueueRepository::Statement pageSql
            = repository.pageStatement(query, nullptr, pageSize);
        const CaseQueueRepository::Statement countSql
            = repository.stateCountsStatement(query.filter);
        page = std::make_unique<PgStatement>(pg, pageSql.text, pageSql.values, planning);
        counts = std::make_unique<PgStatement>(pg, countSql.text, countSql.values, planning);
    }

    // The page and, as the model and the search do, the counts when another page follows.
    int search(quint64 *checksum, QList<qint64> *ids)
    {
        const int rows = page->run(checksum, ids);
        if (rows > pageSize) {
            ids->removeLast(); // the row that tells another page follows
            counts->run(checksum);
        }
        return rows;
    }

    // What opening the queue shows: the page, each cell's text made from
    // its columns as CaseQueueModel shows them (the same QLocale formats and
    // names, looked up before the timer), and the counts when another page
    // follows.
    int open(const queuecells::Names &names, QList<qint64> *ids, QList<QStringList> *cells)
    {
        quint64 checksum = 0;
        const int rows = page->run(&checksum, nullptr, [&](PGresult *r, int row) {
            if (ids->size() == pageSize)
                return; // the row that tells another page follows
            const auto text = [&](int column) {
                return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
            };
            const auto number = [&](int column) {
                return std::strtoll(PQgetvalue(r, row, column), nullptr, 10);
            };
            ids->append(number(0));
            QStringList cell;
            cell.reserve(CaseQueueModel::ColumnCount);
            cell << QString::number(number(0));
            cell << (std::strcmp(PQgetvalue(r, row, 1), "port-out") == 0 ? names.portOut
                                                                          : names.portIn);
            const QString customer = text(4);
            cell << (customer.isEmpty() ? text(5) : customer);
            cell << QString::number(number(6));
            cell << names.states.value(QByteArray(PQgetvalue(r, row, 2)));
            const bool hasNext = !PQgetisnull(r, row, 10) && !PQgetisnull(r, row, 12);
            cell << (hasNext ? CaseTimeline::label(text(10), int(number(11))) : QString());
            const QByteArray zone(PQgetvalue(r, row, 14), PQgetlength(r, row, 14));
            cell << (hasNext ? names.day(number(12), zone) : QString());
            cell << (PQgetisnull(r, row, 8) ? QString() : names.when(number(8), zone));
            cell << names.when(number(9), zone);
            cells->append(cell);
        });
        if (rows > pageSize)
            counts->run(&checksum);
        return std::min(rows, pageSize);
    }

    std::unique_ptr<PgStatement> page, counts;

private:
    Pg &m_pg;
};

// ---- one store ------------------------------------------------------------

bool readFigures(const char *storeName, const QString &url, int iterations)
{
    StoreStatus status;
    auto store = Store::open(url, &status);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return false;
    }
    Services services(*store);
    Pg pg(url);
    if (!pg.ok())
        return false;
    quint64 checksum = 0;

    // Inventory pages.
    std::printf("\n%s store: one inventory page of %d, listInventory vs libpq, %d iterations\n",
        storeName, pageSize, iterations * 10);
    const QString middle = QString::fromLatin1(inventorybench::numberAt(inventorybench::inventorySize / 2));
    struct Page {
        const char *name;
        InventoryFilter filter;
    };
    std::vector<Page> pages(4);
    pages[0].name = "no filter";
    pages[1].name = "prefix";
    pages[1].filter.prefix = middle.left(5);
    pages[2].name = "status Assigned";
    pages[2].filter.hasStatus = true;
    pages[2].filter.status = NumberStatus::Assigned;
    pages[3].name = "status + prefix + after";
    pages[3].filter.hasStatus = true;
    pages[3].filter.status = NumberStatus::Unassigned;
    pages[3].filter.prefix = middle.left(5);
    pages[3].filter.afterE164 = middle;
    const InventoryRepository inventory(*store);
    for (Page &page : pages) {
        page.filter.limit = pageSize;
        const InventoryRepository::Statement sql = inventory.listStatement(page.filter);
        PgStatement raw(pg, sql.text, sql.values);
        std::vector<double> ours, theirs;
        QList<qint64> serviceIds, rawIds;
        for (int i = 0; i < iterations * 10; ++i) {
            const bool serviceFirst = i % 2 == 0;
            for (int side = 0; side < 2; ++side) {
                QElapsedTimer timer;
                timer.start();
                if ((side == 0) == serviceFirst) {
                    const QList<InventoryNumber> rows
                        = services.inventory.listInventory(page.filter, &status);
                    ours.push_back(double(timer.nsecsElapsed()) / 1e3);
                    serviceIds.clear();
                    for (const InventoryNumber &n : rows)
                        serviceIds << n.id;
                } else {
                    rawIds.clear();
                    raw.run(&checksum, &rawIds);
                    theirs.push_back(double(timer.nsecsElapsed()) / 1e3);
                }
            }
        }
        const bool same = status.ok() && serviceIds == rawIds;
        const double s = median(ours), r = median(theirs);
        char extra[64];
        std::snprintf(extra, sizeof extra, "   rows %3lld %s",
            static_cast<long long>(serviceIds.size()), same ? "equal" : "DIFFER");
        const QByteArray name = QByteArray(page.name) + ' ' + page.filter.prefix.toUtf8();
        line(name.constData(), "service", s, "libpq", r, "us", s / r, "<= 3x",
            same && s <= 3 * r, extra);
    }

    // The queue: opened through the model, and text searches through the repository.
    std::printf("%s store: case queue, first page of %d, %d iterations\n", storeName, pageSize,
        iterations);
    const CaseQueueRepository repository(*store);
    struct Text {
        const char *name;
        QString text;
        bool open;
    };
    const std::vector<Text> texts = {
        { "open the queue (model)", QString(), true },
        { "search: customer word \"harbor\"", QStringLiteral("harbor"), false },
        { "search: rare \"wingtip roofing pllc\"", QStringLiteral("wingtip roofing pllc"), false },
        { "search: carrier \"ozark telephone\"", QStringLiteral("ozark telephone"), false },
        { "search: email part \"@contoso.\"", QStringLiteral("@contoso."), false },
        { "search: whole number (512) 302-3443", QStringLiteral("(512) 302-3443"), false },
        { "search: number start +1312", QStringLiteral("+1312"), false },
        { "search: digits inside 4400", QStringLiteral("4400"), false },
        { "search: nothing matches", QStringLiteral("no such customer"), false },
    };
    const queuecells::Names names;
    for (const Text &t : texts) {
        // A name search is planned for its text on both sides (the store
        // must: see PgStatement); libpq's prepared-once figure is printed
        // beside it.
        const bool byName = !CaseQueueRepository::textSearch(t.text).pattern.isEmpty();
        LibpqQueue raw(pg, repository, t.text,
            byName ? PgStatement::Planning::EachRun : PgStatement::Planning::PreparedOnce);
        LibpqQueue prepared(pg, repository, t.text);
        std::vector<double> ours, theirs, preparedOnce;
        QList<qint64> ourIds, rawIds, preparedIds;
        QList<QStringList> ourCells, rawCells;
        for (int i = 0; i < iterations; ++i) {
            const bool oursFirst = i % 2 == 0;
            if (byName) {
                QElapsedTimer timer;
                timer.start();
                preparedIds.clear();
                prepared.search(&checksum, &preparedIds);
                preparedOnce.push_back(msSince(timer));
            }
            for (int side = 0; side < 2; ++side) {
                QElapsedTimer timer;
                timer.start();
                if ((side == 0) == oursFirst) {
                    ourIds.clear();
                    ourCells.clear();
                    timer.restart();
                    if (t.open)
                        queuecells::openQueue(services, t.text, &ourIds, &ourCells);
                    else if (CaseStateCounts counts;
                             !queuecells::search(repository, t.text, &ourIds, &counts))
                        return false;
                    ours.push_back(msSince(timer));
                } else {
                    rawIds.clear();
                    rawCells.clear();
                    timer.restart();
                    if (t.open)
                        raw.open(names, &rawIds, &rawCells);
                    else
                        raw.search(&checksum, &rawIds);
                    theirs.push_back(msSince(timer));
                }
            }
        }
        // The same rows in the same order; opening, every cell's text too.
        const bool same = ourIds == rawIds && ourCells == rawCells
            && (!byName || preparedIds == rawIds);
        const double o = median(ours), r = median(theirs);
        char extra[128];
        if (byName) {
            std::snprintf(extra, sizeof extra,
                "   rows %3lld %s   [libpq planned per run; prepared once: %.2f ms]",
                static_cast<long long>(ourIds.size()), same ? "equal" : "DIFFER",
                median(preparedOnce));
        } else {
            std::snprintf(extra, sizeof extra, "   rows %3lld %s",
                static_cast<long long>(ourIds.size()), same ? "equal" : "DIFFER");
        }
        line(t.name, t.open ? "model  " : "repo   ", o, "libpq", r, "ms", o / r, "< 2x",
            same && o < 2 * r, extra);
    }
    if (checksum == 42)
        std::printf(" "); // keeps the reads from being optimised away
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? std::clamp(atoi(argv[1]), 1, 40) : 5;
    const int iterations = argc > 2 ? std::max(5, atoi(argv[2])) : 30;
    FixedClock clock(inventorybench::benchNow());
    Clock::setInstance(&clock);

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_postgres-XXXXXX"));
    Cluster cluster;
    QString adminUrl = qEnvironmentVariable("PORTDESK_BENCH_PG_URL");
    if (adminUrl.isEmpty()) {
        if (!cluster.start(dir.path()))
            return 1;
        adminUrl = cluster.url;
    }
    Pg admin(adminUrl);
    if (!admin.ok())
        return 1;
    std::printf("bench_postgres: PostgreSQL %s at %s, %d submit rounds, %d iterations "
                "(medians)\n",
        admin.value("SHOW server_version").constData(), qPrintable(QUrl(adminUrl).authority()),
        rounds, iterations);

    // The full store: kept while its marker matches, else loaded again.
    const QString fullDb = QStringLiteral("portdesk_bench_full");
    const QByteArray marker = admin.value(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '"
        + fullDb.toUtf8() + "'");
    if (marker == fullMarker + QByteArray::number(Store::latestSchemaVersion())) {
        std::printf("  full store: reusing the database %s\n", qPrintable(fullDb));
    } else {
        std::printf("  full store: loading %d numbers and %d cases into %s ...\n",
            inventorybench::inventorySize, fullstore::caseCount, qPrintable(fullDb));
        std::fflush(stdout);
        if (!loadFullStore(admin, adminUrl, fullDb))
            return 1;
    }
    // This run's copy of it, and a new empty store.
    const QString fullRun = QStringLiteral("portdesk_bench_full_run");
    const QString emptyRun = QStringLiteral("portdesk_bench_empty_run");
    QElapsedTimer timer;
    timer.start();
    if (!admin.run("DROP DATABASE IF EXISTS " + fullRun.toUtf8())
        || !admin.run("DROP DATABASE IF EXISTS " + emptyRun.toUtf8())
        || !admin.run("CREATE DATABASE " + fullRun.toUtf8() + " TEMPLATE " + fullDb.toUtf8()
            + " STRATEGY FILE_COPY")
        || !admin.run("CREATE DATABASE " + emptyRun.toUtf8()))
        return 1;
    std::printf("  this run's copy of the full store made in %.1f s\n",
        double(timer.nsecsElapsed()) / 1e9);
    const QString fullUrl = databaseUrl(adminUrl, fullRun);
    const QString emptyUrl = databaseUrl(adminUrl, emptyRun);

    // The reads first, on the stores as loaded; then the submits.
    if (!readFigures("empty", emptyUrl, iterations) || !readFigures("full", fullUrl, iterations))
        g_met = false;


    {
        // Submit: on both stores, service and libpq, the order alternated
        // round by round.
        StoreStatus status;
        auto emptyStore = Store::open(emptyUrl, &status);
        auto fullStore = Store::open(fullUrl, &status);
        if (!emptyStore || !fullStore) {
            std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
            return 1;
        }
        Services emptyServices(*emptyStore), fullServices(*fullStore);
        Pg emptyPg(emptyUrl), fullPg(fullUrl);
        std::vector<double> times[2][2]; // [store][service, libpq]
        for (int round = 0; round < rounds; ++round) {
            const PortInRequest ours = submitRequest(720 + 2 * round);
            const PortInRequest theirs = submitRequest(820 + 2 * round);
            for (int s = 0; s < 2; ++s) {
                const int store = round % 2 == 0 ? s : 1 - s;
                Services &services = store == 0 ? emptyServices : fullServices;
                Pg &pg = store == 0 ? emptyPg : fullPg;
                const double a = round % 2 == 0 ? serviceSubmit(services, ours) : libpqSubmit(pg, theirs);
                const double b = round % 2 == 0 ? libpqSubmit(pg, theirs) : serviceSubmit(services, ours);
                if (a < 0 || b < 0)
                    return 1;
                times[store][0].push_back(round % 2 == 0 ? a : b);
                times[store][1].push_back(round % 2 == 0 ? b : a);
            }
        }
        std::printf("\nsubmit a %d-number port-in, %d rounds\n", submitCount, rounds);
        const char *names[] = { "empty store: submitPortIn vs libpq", "full store: submitPortIn vs libpq" };
        for (int store = 0; store < 2; ++store) {
            const double s = median(times[store][0]), r = median(times[store][1]);
            char extra[64];
            std::snprintf(extra, sizeof extra, "   throughput %.2fx", r / s);
            line(names[store], "service", s, "libpq", r, "ms", s / r, "throughput >= 0.6x",
                r / s >= 0.6, extra);
        }
        const double e = median(times[0][0]), f = median(times[1][0]);
        line("submitPortIn, full vs empty store", "full   ", f, "empty", e, "ms", f / e,
            "<= 1.3x", f / e <= 1.3);
    }

    admin.run("DROP DATABASE IF EXISTS " + fullRun.toUtf8());
    admin.run("DROP DATABASE IF EXISTS " + emptyRun.toUtf8());
    std::printf("bench_postgres: %s\n", g_met ? "targets met" : "target MISSED");
    return g_met ? 0 : 1;
}
