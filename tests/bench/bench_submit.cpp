// bench_submit: a 20,000-number port-in through Services::submitPortIn
// (validation against the store, E.164 form, the write) against the same rows
// inserted with the raw sqlite3 C API (same schema, same pragmas, one BEGIN
// IMMEDIATE transaction). Target: submit at least 0.6x the raw insert's
// throughput. Also prints the store's write alone and the validation alone.
//   bench_submit [ROUNDS]     (PORTDESK_BENCH_DIR: where the store files go)

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/RequestValidator.h"
#include "store/CaseRepository.h"
#include "service/Services.h"
#include "store/SqlSupport.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace portdesk;

namespace {

constexpr int numberCount = 20000;

QDateTime iso(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// 20,000 Seattle numbers in E.164, split into `groups` carrier groups.
PortInRequest bigRequest(int groups)
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = iso("2026-03-30T10:00:00-04:00");
    for (int g = 0; g < groups; ++g) {
        CarrierGroup group;
        group.carrier = QStringLiteral("Example Telecom");
        group.btn = QStringLiteral("+1206999%1").arg(1000 + g);
        group.authorizingPerson = QStringLiteral("Jane Roe");
        group.accountNumber = QStringLiteral("1234567");
        group.pin = QStringLiteral("9876");
        group.customerName = QStringLiteral("Example Corp");
        group.serviceAddress = ServiceAddress { QStringLiteral("1 Main St"),
            QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("98101") };
        r.carriers << group;
    }
    for (int i = 0; i < numberCount; ++i) {
        const QString e164 = QStringLiteral("+1206%1%2")
                                 .arg(444 + i / 10000)
                                 .arg(i % 10000, 4, 10, QLatin1Char('0'));
        r.carriers[i % groups].numbers << e164;
    }
    return r;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The rows submitPortIn writes, with the raw C API: the case row, its first
// event and one case_numbers row per number.
double rawInsert(const QString &path, const PortInRequest &request)
{
    const QByteArray requestJson = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    QJsonObject payloadObject { { QStringLiteral("kind"), QStringLiteral("port-in") },
        { QStringLiteral("request"), request.toJson() } };
    const QByteArray payload = QJsonDocument(payloadObject).toJson(QJsonDocument::Compact);
    // In key order, as the store inserts them: the faster way for both.
    std::vector<QByteArray> numbers;
    for (const QString &n : request.allNumbers())
        numbers.push_back(n.toUtf8());
    std::sort(numbers.begin(), numbers.end());
    const qint64 now = iso("2026-03-02T15:00:00Z").toMSecsSinceEpoch();

    sqlite3 *db = nullptr;
    if (!check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open"))
        return -1;
    check(sqlite3_exec(db,
              "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; "
              "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
              nullptr, nullptr, nullptr),
        db, "pragmas");

    QElapsedTimer timer;
    timer.start();
    bool ok = check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt *stmt = nullptr;
    ok = ok
        && check(
            sqlite3_prepare_v2(db,
                "INSERT INTO cases (kind, state, is_open, product_type, admin_email, "
                "customer_name, "
                "requested_port_at, foc_at, request, port_out_account_id, port_out_pin, last_seq, "
                "number_count, created_at, updated_at) VALUES ('port-in', 'submitted', 1, "
                "'BusinessCalling', ?, ?, ?, NULL, ?, NULL, NULL, 1, ?, ?, ?) RETURNING id",
                -1, &stmt, nullptr),
            db, "prepare case");
    sqlite3_bind_text(stmt, 1, "admin@example.com", -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, "Example Corp", -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 3, request.requestedPortAt.toMSecsSinceEpoch());
    sqlite3_bind_text(stmt, 4, requestJson.constData(), int(requestJson.size()), SQLITE_STATIC);
    sqlite3_bind_int(stmt, 5, numberCount);
    sqlite3_bind_int64(stmt, 6, now);
    sqlite3_bind_int64(stmt, 7, now);
    ok = ok && check(sqlite3_step(stmt), db, "insert case");
    const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);

    ok = ok
        && check(
            sqlite3_prepare_v2(db,
                "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
                "VALUES (?, 1, 'submit', 'admin', ?, 'submitted', ?)",
                -1, &stmt, nullptr),
            db, "prepare event");
    sqlite3_bind_int64(stmt, 1, id);
    sqlite3_bind_int64(stmt, 2, now);
    sqlite3_bind_text(stmt, 3, payload.constData(), int(payload.size()), SQLITE_STATIC);
    ok = ok && check(sqlite3_step(stmt), db, "insert event");
    sqlite3_finalize(stmt);

    ok = ok
        && check(sqlite3_prepare_v2(db,
                     "INSERT INTO case_numbers (case_id, e164, toll_free) VALUES (?, ?, 0)", -1,
                     &stmt, nullptr),
            db, "prepare numbers");
    for (const QByteArray &n : numbers) {
        if (!ok)
            break;
        sqlite3_bind_int64(stmt, 1, id);
        sqlite3_bind_text(stmt, 2, n.constData(), int(n.size()), SQLITE_STATIC);
        ok = check(sqlite3_step(stmt), db, "insert number");
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    ok = ok && check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ok ? ms : -1;
}

std::unique_ptr<Store> freshStore(const QTemporaryDir &dir, int n, QString *path)
{
    *path = dir.filePath(QStringLiteral("submit-%1.sqlite").arg(n));
    StoreStatus status;
    auto store = Store::open(*path, &status);
    if (!store)
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
    return store;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QString base = qEnvironmentVariable("PORTDESK_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_submit-XXXXXX")
                                     : base + QStringLiteral("/bench_submit-XXXXXX"));
    FixedClock clock(iso("2026-03-02T15:00:00Z"));
    Clock::setInstance(&clock);

    std::printf("bench_submit: %d numbers, %d rounds (median), SQLite %s, files in %s\n",
        numberCount, rounds, sqlite3_libversion(), qPrintable(dir.path()));
    int file = 0;
    bool met = true;
    for (int groups : { 1, 4 }) {
        const PortInRequest request = bigRequest(groups);
        std::vector<double> raw, write, submit, validate, checkAll;
        for (int round = 0; round < rounds; ++round) {
            QString path;
            // Raw C API on a store file with the PortDesk schema.
            freshStore(dir, ++file, &path).reset();
            raw.push_back(rawInsert(path, request));

            // The store's part of a submit: the write transaction with the
            // case row, its event (JSON payload built here) and its numbers.
            {
                auto store = freshStore(dir, ++file, &path);
                QElapsedTimer timer;
                timer.start();
                WriteTransaction transaction(*store);
                StoreStatus status;
                StoredEvent submitEvent;
                submitEvent.seq = 1;
                submitEvent.event = CaseEvent::Submit;
                submitEvent.actor = Role::Admin;
                submitEvent.at = Clock::now();
                submitEvent.stateAfter = CaseState::Submitted;
                submitEvent.payload.insert(QStringLiteral("kind"), QStringLiteral("port-in"));
                submitEvent.payload.insert(QStringLiteral("request"), request.toJson());
                CaseRow row;
                if (!transaction.begin(&status)
                    || !CaseRepository(*store).create(submitEvent, &row, &status)
                    || !transaction.commit(&status)) {
                    std::fprintf(stderr, "store write: %s\n", qPrintable(status.message));
                    return 1;
                }
                write.push_back(double(timer.nsecsElapsed()) / 1e6);
            }

            // The whole submit: validation against the store, E.164 form, write.
            {
                auto store = freshStore(dir, ++file, &path);
                Services service(*store);
                QElapsedTimer timer;
                timer.start();
                const ChangeResult r = service.cases.submitPortIn(request);
                submit.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!r.ok()) {
                    std::fprintf(stderr, "submit refused: %s\n",
                        qPrintable(
                            r.status.ok() ? r.violations.value(0).message : r.status.message));
                    return 1;
                }
            }
            {
                QElapsedTimer timer;
                timer.start();
                const Violations v = RequestValidator::validate(request, Clock::now(), nullptr);
                validate.push_back(double(timer.nsecsElapsed()) / 1e6);
                timer.restart();
                const QList<NumberCheck> checks = PhoneNumbers::checkAll(request.allNumbers());
                checkAll.push_back(double(timer.nsecsElapsed()) / 1e6);
                Q_UNUSED(v)
                Q_UNUSED(checks)
            }
        }
        const double rawMs = median(raw), writeMs = median(write), submitMs = median(submit);
        const double writeRatio = rawMs / writeMs, submitRatio = rawMs / submitMs;
        met = met && submitRatio >= 0.6;
        std::printf("\n%d carrier group(s):\n", groups);
        std::printf("  raw sqlite3 insert      %8.1f ms  %8.0f numbers/s\n", rawMs,
            numberCount * 1000.0 / rawMs);
        std::printf(
            "  submitPortIn            %8.1f ms  %8.0f numbers/s  ratio %.2f (target >= 0.60) %s\n",
            submitMs, numberCount * 1000.0 / submitMs, submitRatio,
            submitRatio >= 0.6 ? "OK" : "FAIL");
        std::printf("    its store write alone %8.1f ms  %8.0f numbers/s  ratio %.2f\n", writeMs,
            numberCount * 1000.0 / writeMs, writeRatio);
        std::printf("    RequestValidator::validate (no store) %.1f ms, one PhoneNumbers::checkAll "
                    "%.1f ms\n",
            median(validate), median(checkAll));
    }
    std::printf("\nbench_submit: %s\n", met ? "target met" : "target MISSED");
    return 0;
}
