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

#include "InventoryBenchStore.h"

#include "core/CaseStateMachine.h"
#include "core/PortRequest.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fullstore {

constexpr int caseCount = 100000;
constexpr int numbersPerCase = 10;
// 2: varied customer names, carriers and emails (bench_queue searches them).
constexpr int version = 2;

// The numbers of case i (1-based): 20 area codes x 5 exchanges x 10,000
// lines, none of them in the inventory (whose exchange is 444).
inline QString caseNumber(int i, int k)
{
    static const char *const areaCodes[] = { "206", "503", "512", "312", "404", "415", "303", "617",
        "212", "305", "713", "602", "615", "919", "801", "702", "214", "651", "720", "971" };
    const int n = (i - 1) * numbersPerCase + k;
    return QStringLiteral("+1%1%2%3")
        .arg(QLatin1String(areaCodes[n / 50000 % 20]))
        .arg(300 + (n / 10000) % 5)
        .arg(n % 10000, 4, 10, QLatin1Char('0'));
}

// Names that look like a real customer list: 40 x 25 x 8 combinations, so
// that the queue's text search finds common words ("harbor"), rare ones
// ("wingtip roofing pllc") and an apostrophe ("margie's").
inline QString customerName(int i)
{
    static const char *const words[] = { "Northwind", "Contoso", "Fabrikam", "Tailspin",
        "Adatum", "Litware", "Wingtip", "Proseware", "Lucerne", "Margie's", "Alpine",
        "Blue Yonder", "Coho", "Fourth Coffee", "Graphic Design", "Humongous", "Lamna", "Liberty",
        "Southridge", "Trey", "VanArsdel", "Wide World", "Woodgrove", "Relecloud", "Bellows",
        "Boulder", "Cedar", "Harbor", "Juniper", "Maple", "Meridian", "Pioneer", "Redwood",
        "Summit", "Tidewater", "Union", "Valley", "Willow", "Keystone", "Granite" };
    static const char *const trades[] = { "Dental", "Legal", "Clinics", "Books", "Toys",
        "Traders", "Bakery", "Builders", "Realty", "Insurance", "Logistics", "Pharmacy",
        "Veterinary", "Motors", "Florist", "Plumbing", "Roofing", "Accounting", "Studio", "Fitness",
        "Hotel", "Grill", "Academy", "Labs", "Outfitters" };
    static const char *const forms[] = { "LLC", "Inc", "Corp", "Co", "Group", "Partners", "Ltd",
        "PLLC" };
    return QLatin1String(words[i % 40]) + QLatin1Char(' ') + QLatin1String(trades[(i / 40) % 25])
        + QLatin1Char(' ') + QLatin1String(forms[(i / 1000) % 8]);
}

inline QString carrierName(int i)
{
    static const char *const carriers[] = { "Example Telecom", "Cascade Fiber", "Lone Star Voice",
        "Great Lakes Tel", "Peachtree Comm", "Bay Area Lines", "Rocky Mountain Tel", "Bayou Telco",
        "Prairie Wireless", "Atlantic Voice", "Desert Sky Comm", "Evergreen Lines",
        "Gulf Coast Tel", "Hudson Valley Voice", "Ozark Telephone", "Sierra Link" };
    return QLatin1String(carriers[i % 16]);
}

// it@<the customer's first word>.example.com
inline QString adminEmail(int i)
{
    return QStringLiteral("it@")
        + customerName(i).section(QLatin1Char(' '), 0, 0).toLower().remove(QLatin1Char('\''))
        + QStringLiteral(".example.com");
}

// Open cases spread over the states a port-in waits in; closed ones finished.
inline portdesk::CaseState stateOf(int i)
{
    using portdesk::CaseState;
    static const CaseState open[] = { CaseState::Submitted, CaseState::Portable,
        CaseState::LoaRequested, CaseState::LoaSubmitted, CaseState::ChangeRequested,
        CaseState::CarrierApproved, CaseState::FocReceived, CaseState::FocConfirmed };
    if (i % 2 == 0)
        return open[(i / 2) % 8];
    return i % 11 == 1 ? CaseState::Cancelled : CaseState::Completed;
}

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
                  "created_at, updated_at, search_text) "
                  "VALUES (?, 'port-in', ?, ?, 'BusinessCalling', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  -1, &insertCase, nullptr),
            db, "prepare cases")
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  -1, &insertEvent, nullptr),
            db, "prepare events")
        && ok(sqlite3_prepare_v2(db,
                  "INSERT INTO case_numbers (case_id, e164, toll_free) VALUES (?, ?, 0)", -1,
                  &insertNumber, nullptr),
            db, "prepare numbers");
    const auto text = [](sqlite3_stmt *stmt, int column, const QByteArray &value) {
        sqlite3_bind_text(stmt, column, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    };
    const QDateTime now = inventorybench::benchNow();
    for (int i = 1; good && i <= caseCount; ++i) {
        const CaseState state = stateOf(i);
        const bool open = CaseStateMachine::isOpen(state);
        // A year: the oldest first, about 274 a day.
        const QDateTime created = now.addSecs(-qint64(caseCount - i) * 315);
        PortInRequest r;
        r.productType = ProductType::BusinessCalling;
        r.adminEmail = adminEmail(i);
        r.requestedPortAt = QDateTime(
            created.date().addDays(21), QTime(10, 0), Qt::OffsetFromUTC, -(5 + i % 3) * 3600);
        CarrierGroup g;
        g.carrier = carrierName(i);
        g.authorizingPerson = QStringLiteral("Alex Rivera");
        g.accountNumber = QString::number(40000000 + i);
        g.pin = QString::number(1000 + i % 9000);
        g.customerName = customerName(i);
        g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
            QStringLiteral("WA"), QStringLiteral("98101") };
        for (int k = 0; k < numbersPerCase; ++k)
            g.numbers << caseNumber(i, k);
        g.btn = g.numbers.first();
        r.carriers << g;
        const QJsonObject request = r.toJson();
        const QByteArray requestText = QJsonDocument(request).toJson(QJsonDocument::Compact);
        const QByteArray submitPayload = QJsonDocument(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("port-in") },
                { QStringLiteral("request"),
                    request } }).toJson(QJsonDocument::Compact);
        // FOC weeks ahead for the open cases, so that no clock step is due.
        const bool hasFoc = state == CaseState::FocReceived || state == CaseState::FocConfirmed
            || state == CaseState::Completed;
        const QDateTime foc = open ? now.addDays(30 + i % 20) : created.addDays(20);
        const QDateTime updated = created.addSecs(3600);
        sqlite3_bind_int64(insertCase, 1, i);
        text(insertCase, 2, toString(state).toUtf8());
        sqlite3_bind_int(insertCase, 3, open ? 1 : 0);
        text(insertCase, 4, r.adminEmail.toUtf8());
        text(insertCase, 5, g.customerName.toUtf8());
        sqlite3_bind_int64(insertCase, 6, r.requestedPortAt.toMSecsSinceEpoch());
        if (hasFoc)
            sqlite3_bind_int64(insertCase, 7, foc.toMSecsSinceEpoch());
        else
            sqlite3_bind_null(insertCase, 7);
        text(insertCase, 8, requestText);
        sqlite3_bind_int(insertCase, 9, 2);
        sqlite3_bind_int(insertCase, 10, numbersPerCase);
        sqlite3_bind_int64(insertCase, 11, created.toMSecsSinceEpoch());
        sqlite3_bind_int64(insertCase, 12, updated.toMSecsSinceEpoch());
        text(insertCase, 13,
            (r.adminEmail + QLatin1Char('\n') + g.customerName + QLatin1Char('\n') + g.carrier)
                .toLower()
                .toUtf8());
        good = ok(sqlite3_step(insertCase), db, "insert case");
        sqlite3_reset(insertCase);
        // Two events: the submit, and one that stands for the steps since.
        for (int seq = 1; good && seq <= 2; ++seq) {
            sqlite3_bind_int64(insertEvent, 1, i);
            sqlite3_bind_int(insertEvent, 2, seq);
            text(insertEvent, 3, seq == 1 ? QByteArray("submit") : QByteArray("portable"));
            text(insertEvent, 4, seq == 1 ? QByteArray("admin") : QByteArray("support"));
            sqlite3_bind_int64(insertEvent, 5, (seq == 1 ? created : updated).toMSecsSinceEpoch());
            text(insertEvent, 6, seq == 1 ? QByteArray("submitted") : toString(state).toUtf8());
            text(insertEvent, 7, seq == 1 ? submitPayload : QByteArray("{}"));
            good = ok(sqlite3_step(insertEvent), db, "insert event");
            sqlite3_reset(insertEvent);
        }
        for (const QString &n : std::as_const(g.numbers)) {
            sqlite3_bind_int64(insertNumber, 1, i);
            text(insertNumber, 2, n.toUtf8());
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
