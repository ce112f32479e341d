// SPDX-License-Identifier: Apache-2.0
// bench_submit: a 20,000-number port-in through Services::submitPortIn
// (validation against the store, E.164 form, the write) against the raw
// sqlite3 C API doing the same work (same schema, same pragmas, the
// repositories' own SQL text, one BEGIN IMMEDIATE transaction, the WAL open
// before the timer starts): inside its timer it makes the JSON text, search
// text and sorted numbers from the request, runs the two checks a submit
// must run (numbers in the inventory, in an open port-in) and the three
// inserts. Target: submit at least 0.6x that baseline's throughput. Also
// printed: the inserts alone with their values made before the timer (the
// floor, no target: a submit's checks and JSON are real work), the store's
// write alone and the validation alone.
// Twice, same target: into an empty store (a fresh file for each side of
// each round), and into a copy of the full store of FullStore.h (1,000,000
// inventory numbers, 100,000 cases; one copy, every submit with numbers of
// its own). Exits 1 when the target is missed on either.
//   bench_submit [ROUNDS]     (PORTDESK_BENCH_DIR: where the store files go,
//   the full store kept there)

#include "FullStore.h"

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"
#include "core/PortRequest.h"
#include "core/RequestValidator.h"
#include "core/Violation.h"
#include "service/Services.h"
#include "store/CaseRepository.h"
#include "store/InventoryRepository.h"
#include "store/SqlDialect.h"
#include "store/SqlSupport.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// 20,000 Seattle numbers in E.164, split into `groups` carrier groups; each
// block its own numbers (exchanges 444 + 2 * block and the next), so that
// submits into one store never meet a number already there.
PortInRequest bigRequest(int groups, int block)
{
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = iso("2026-03-30T10:00:00-04:00");
    for (int g = 0; g < groups; ++g) {
        CarrierGroup group = fullstore::exampleGroup();
        group.btn = QStringLiteral("+1206999%1").arg(1000 + g);
        r.carriers << group;
    }
    for (int i = 0; i < numberCount; ++i) {
        const QString e164 = QStringLiteral("+1206%1%2")
                                 .arg(444 + 2 * block + i / 10000)
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

// What the raw baseline does inside its timer.
enum class RawWork {
    // The three inserts alone, their values (JSON text, search text, the
    // sorted numbers) made before the timer starts: the floor.
    InsertsAlone,
    // The same work as a submit of numbers already in E.164 form: the
    // values made from the request, the two checks a submit must run (in
    // the inventory? in an open port-in? the repositories' own SQL, every
    // row read), then the inserts. The target is held against this one.
    SameWork,
};

// The rows submitPortIn writes, with the raw C API and the repository's own
// SQL (CaseRepository::insertCaseSql and the rest): the case row with its
// search text, its first event, and the numbers as one JSON array in key
// order. The file's WAL is open (and exists) before the timer starts.
double rawInsert(const QString &path, const PortInRequest &request, const SqlDialect &dialect,
    RawWork work)
{
    QByteArray requestJson, payload, searchText, numbers, typedNumbers;
    Milestone next;
    bool hasNext = false;
    const qint64 now = iso("2026-03-02T15:00:00Z").toMSecsSinceEpoch();
    const auto makeValues = [&] {
        RecordedEvent submit;
        submit.at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        hasNext = CaseTimeline::next(CaseKind::PortIn, { submit }, request.requestedPortAt, &next);
        const QJsonObject requestObject = request.toJson();
        requestJson = QJsonDocument(requestObject).toJson(QJsonDocument::Compact);
        const QJsonObject payloadObject { { QStringLiteral("kind"), QStringLiteral("port-in") },
            { QStringLiteral("request"), requestObject } };
        payload = QJsonDocument(payloadObject).toJson(QJsonDocument::Compact);
        searchText = CaseRepository::searchTextOf(requestObject).toUtf8();
        const QStringList all = request.allNumbers();
        typedNumbers
            = QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact);
        QStringList sorted = all;
        std::sort(sorted.begin(), sorted.end());
        numbers = QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact);
    };
    if (work == RawWork::InsertsAlone)
        makeValues();
    const QByteArray inventorySql = InventoryRepository::existingSql(dialect).toUtf8();
    const QByteArray openPortInSql = CaseRepository::openPortInCheckSql(dialect).toUtf8();
    const QByteArray caseSql = CaseRepository::insertCaseSql().toUtf8();
    const QByteArray eventSql = CaseRepository::insertEventSql().toUtf8();
    const QByteArray numbersSql = CaseRepository::insertNumbersSql(dialect).toUtf8();

    sqlite3 *db = nullptr;
    if (!check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
            "open"))
        return -1;
    // A read opens the WAL (the file is made if missing) and the schema.
    bool ok = check(sqlite3_exec(db,
                        "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; "
                        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                        "PRAGMA cache_size = -16384; " // the store's own page cache
                        "SELECT COUNT(*) FROM sqlite_master",
                        nullptr, nullptr, nullptr),
        db, "pragmas");
    if (!QFileInfo::exists(path + QStringLiteral("-wal"))) {
        std::fprintf(stderr, "raw: no WAL before the timer\n");
        sqlite3_close(db);
        return -1;
    }
    const auto text = [](sqlite3_stmt *stmt, int column, const QByteArray &value) {
        sqlite3_bind_text(stmt, column, value.constData(), int(value.size()), SQLITE_STATIC);
    };

    QElapsedTimer timer;
    timer.start();
    ok = ok && check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt *stmt = nullptr;
    if (work == RawWork::SameWork) {
        makeValues();
        // The checks: each reads every row it finds (none here).
        int found = 0;
        for (const QByteArray &sql : { inventorySql, openPortInSql }) {
            ok = ok && check(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr), db,
                      "prepare check");
            text(stmt, 1, typedNumbers);
            if (&sql == &openPortInSql) {
                text(stmt, 2, QByteArray("port-in"));
                sqlite3_bind_int64(stmt, 3, 0);
                text(stmt, 4, QByteArray("rejected"));
            }
            int rc = SQLITE_ROW;
            while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
                ++found;
            ok = ok && check(rc, db, "check");
            sqlite3_finalize(stmt);
        }
        ok = ok && found == 0;
    }
    ok = ok
        && check(
            sqlite3_prepare_v2(db, caseSql.constData(), -1, &stmt, nullptr), db, "prepare case");
    text(stmt, 1, QByteArray("port-in"));
    text(stmt, 2, QByteArray("submitted"));
    sqlite3_bind_int(stmt, 3, 1);
    text(stmt, 4, QByteArray("BusinessCalling"));
    text(stmt, 5, QByteArray("admin@example.com"));
    text(stmt, 6, QByteArray("Example Corp"));
    sqlite3_bind_int64(stmt, 7, request.requestedPortAt.toMSecsSinceEpoch());
    sqlite3_bind_null(stmt, 8);
    text(stmt, 9, requestJson);
    sqlite3_bind_null(stmt, 10);
    sqlite3_bind_null(stmt, 11);
    sqlite3_bind_int(stmt, 12, 1);
    sqlite3_bind_int(stmt, 13, numberCount);
    sqlite3_bind_int64(stmt, 14, now);
    sqlite3_bind_int64(stmt, 15, now);
    text(stmt, 16, searchText);
    const QByteArray nextKey = next.key.toUtf8();
    if (hasNext)
        text(stmt, 17, nextKey);
    else
        sqlite3_bind_null(stmt, 17);
    sqlite3_bind_int(stmt, 18, next.round);
    sqlite3_bind_int64(stmt, 19, next.at.toMSecsSinceEpoch());
    ok = ok && check(sqlite3_step(stmt), db, "insert case");
    const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);

    ok = ok
        && check(
            sqlite3_prepare_v2(db, eventSql.constData(), -1, &stmt, nullptr), db, "prepare event");
    sqlite3_bind_int64(stmt, 1, id);
    sqlite3_bind_int(stmt, 2, 1);
    text(stmt, 3, QByteArray("submit"));
    text(stmt, 4, QByteArray("admin"));
    sqlite3_bind_int64(stmt, 5, now);
    text(stmt, 6, QByteArray("submitted"));
    text(stmt, 7, payload);
    text(stmt, 8, QByteArray("bench")); // login; request_key (9) stays NULL
    ok = ok && check(sqlite3_step(stmt), db, "insert event");
    sqlite3_finalize(stmt);

    ok = ok
        && check(sqlite3_prepare_v2(db, numbersSql.constData(), -1, &stmt, nullptr), db,
            "prepare numbers");
    sqlite3_bind_int64(stmt, 1, id);
    text(stmt, 2, numbers);
    ok = ok && check(sqlite3_step(stmt), db, "insert numbers")
        && sqlite3_changes(db) == numberCount;
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

    // The full store: one copy, opened once, every submit of every round into
    // it (each with numbers of its own); the raw side opens it beside.
    const QString full = fullstore::ensure(base.isEmpty() ? QDir::tempPath() : base);
    const QString fullCopy = dir.filePath(QStringLiteral("full.sqlite"));
    if (!fullstore::copyTo(full, fullCopy))
        return 1;
    StoreStatus status;
    const std::unique_ptr<Store> fullStore = Store::open(fullCopy, &status);
    if (!fullStore) {
        std::fprintf(stderr, "open: %s\n", qPrintable(status.message));
        return 1;
    }
    const SqlDialect &dialect = fullStore->dialect();

    std::printf("bench_submit: %d numbers, %d rounds (median), SQLite %s, files in %s\n",
        numberCount, rounds, sqlite3_libversion(), qPrintable(dir.path()));
    int file = 0;
    bool met = true;
    for (const bool onFull : { false, true }) {
        std::printf("\n== %s\n",
            onFull ? "full store (a copy: 1,000,000 numbers, 100,000 cases)"
                   : "empty store (a fresh file for each side of each round)");
        int block = 0;
        // Where one side of a round writes.
        const auto target = [&](QString *path, std::unique_ptr<Store> *fresh) -> Store * {
            if (onFull) {
                *path = fullCopy;
                return fullStore.get();
            }
            *fresh = freshStore(dir, ++file, path);
            return fresh->get();
        };
        for (int groups : { 1, 4 }) {
            std::vector<double> raw, rawAlone, write, submit, validate, checkAll;
            for (int round = 0; round < rounds; ++round) {
                QString path;
                std::unique_ptr<Store> fresh;
                // Raw C API on a store file with the PortDesk schema: the
                // same work, then the inserts alone.
                for (const RawWork work : { RawWork::SameWork, RawWork::InsertsAlone }) {
                    const PortInRequest request = bigRequest(groups, block++);
                    if (!target(&path, &fresh))
                        return 1;
                    fresh.reset();
                    const double ms = rawInsert(path, request, dialect, work);
                    if (ms < 0)
                        return 1;
                    (work == RawWork::SameWork ? raw : rawAlone).push_back(ms);
                }

                // The store's part of a submit: the write transaction with the
                // case row, its event (JSON payload built here) and its numbers.
                {
                    const PortInRequest request = bigRequest(groups, block++);
                    Store *store = target(&path, &fresh);
                    if (!store)
                        return 1;
                    QElapsedTimer timer;
                    timer.start();
                    WriteTransaction transaction(*store);
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
                const PortInRequest request = bigRequest(groups, block++);
                {
                    Store *store = target(&path, &fresh);
                    if (!store)
                        return 1;
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
            std::printf("%d carrier group(s):\n", groups);
            std::printf("  raw sqlite3, inserts alone %8.1f ms  %8.0f numbers/s  (submit: ratio %.2f)\n",
                median(rawAlone), numberCount * 1000.0 / median(rawAlone),
                median(rawAlone) / submitMs);
            std::printf("  raw sqlite3, same work %8.1f ms  %8.0f numbers/s\n", rawMs,
                numberCount * 1000.0 / rawMs);
            std::printf("  submitPortIn            %8.1f ms  %8.0f numbers/s  ratio %.2f (target "
                        ">= 0.60) %s\n",
                submitMs, numberCount * 1000.0 / submitMs, submitRatio,
                submitRatio >= 0.6 ? "OK" : "FAIL");
            std::printf("    its store write alone %8.1f ms  %8.0f numbers/s  ratio %.2f\n",
                writeMs, numberCount * 1000.0 / writeMs, writeRatio);
            std::printf(
                "    RequestValidator::validate (no store) %.1f ms, one PhoneNumbers::checkAll "
                "%.1f ms\n",
                median(validate), median(checkAll));
        }
    }
    std::printf("\nbench_submit: %s\n", met ? "target met (both stores)" : "target MISSED");
    return met ? 0 : 1;
}
