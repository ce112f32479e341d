// SPDX-License-Identifier: Apache-2.0
#pragma once

// The rows of the benchmarks' stores, engine-free: the 1,000,000-number
// inventory (InventoryBenchStore.h) and the 100,000 cases of the full store
// (FullStore.h). SQLite's loaders bind them with the sqlite3 C API,
// bench_postgres copies them into PostgreSQL; both get the same rows.

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/CustomerTime.h"
#include "core/PortRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace inventorybench {

constexpr int inventorySize = 1000000;

// The number at position i: 100 area codes x 10,000 lines, in E.164 order.
inline QByteArray numberAt(int i)
{
    const int npa = 201 + (i / 10000) * 7 % 700; // spread over real-looking area codes
    return QByteArray("+1") + QByteArray::number(npa) + QByteArray("444")
        + QByteArray::number(i % 10000).rightJustified(4, '0');
}

inline const char *statusAt(int i)
{
    // 70% Unassigned, 25% Assigned, 5% in the deletion queue, mixed through the range.
    const int bucket = (i * 37) % 100;
    return bucket < 70 ? "Unassigned" : bucket < 95 ? "Assigned" : "DeleteInProgress";
}

inline QDateTime benchNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-02T15:00:00Z"), Qt::ISODate);
}

} // namespace inventorybench

namespace fullstore {

constexpr int caseCount = 100000;
constexpr int numbersPerCase = 10;

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

// Case i (1-based) of the full store: its row, its two events (the submit,
// and one that stands for the steps since) and its numbers.
struct CaseRows {
    portdesk::CaseState state;
    bool open = false;
    QByteArray adminEmail;
    QByteArray customerName;
    qint64 requestedPortAt = 0;
    bool hasFoc = false;
    qint64 focAt = 0;
    QByteArray request; // compact JSON
    QByteArray submitPayload; // compact JSON
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QByteArray searchText;
    QStringList numbers;
    // The customer's zone (schema 11: the request names it, as the wizard
    // does) and the numbers' status (schema 12: follows the case's state).
    QByteArray timeZone;
    QByteArray numberStatus;
    // The next milestone the store keeps (schema 10): CaseTimeline::next of
    // the two events the loader writes.
    bool hasNext = false;
    portdesk::Milestone next;
};

inline CaseRows caseRows(int i, const QDateTime &now)
{
    using namespace portdesk;
    CaseRows rows;
    rows.state = stateOf(i);
    rows.open = CaseStateMachine::isOpen(rows.state);
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
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = QString::number(40000000 + i);
    g.pin = QString::number(1000 + i % 9000);
    g.customerName = customerName(i);
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    for (int k = 0; k < numbersPerCase; ++k)
        g.numbers << caseNumber(i, k);
    g.btn = g.numbers.first();
    r.carriers << g;
    r.timeZone = customerTimeZoneId(r);
    rows.timeZone = r.timeZone;
    rows.numberStatus = rows.state == CaseState::Completed ? QByteArray("ported")
        : rows.state == CaseState::NotPortable || rows.state == CaseState::Cancelled
        ? QByteArray("not-ported")
        : QByteArray("pending");
    const QJsonObject request = r.toJson();
    rows.request = QJsonDocument(request).toJson(QJsonDocument::Compact);
    rows.submitPayload
        = QJsonDocument(QJsonObject { { QStringLiteral("kind"), QStringLiteral("port-in") },
                            { QStringLiteral("request"), request } })
              .toJson(QJsonDocument::Compact);
    // FOC weeks ahead for the open cases, so that no clock step is due.
    rows.hasFoc = rows.state == CaseState::FocReceived || rows.state == CaseState::FocConfirmed
        || rows.state == CaseState::Completed;
    rows.focAt = (rows.open ? now.addDays(30 + i % 20) : created.addDays(20)).toMSecsSinceEpoch();
    rows.adminEmail = r.adminEmail.toUtf8();
    rows.customerName = g.customerName.toUtf8();
    rows.requestedPortAt = r.requestedPortAt.toMSecsSinceEpoch();
    rows.createdAt = created.toMSecsSinceEpoch();
    rows.updatedAt = created.addSecs(3600).toMSecsSinceEpoch();
    rows.searchText
        = (r.adminEmail + QLatin1Char('\n') + g.customerName + QLatin1Char('\n') + g.carrier)
              .toLower()
              .toUtf8();
    rows.numbers = g.numbers;
    RecordedEvent submit, portable;
    submit.event = CaseEvent::Submit;
    submit.actor = Role::Admin;
    submit.at = QDateTime::fromMSecsSinceEpoch(rows.createdAt, Qt::UTC);
    portable.event = CaseEvent::Portable;
    portable.actor = Role::Support;
    portable.at = QDateTime::fromMSecsSinceEpoch(rows.updatedAt, Qt::UTC);
    rows.hasNext = CaseTimeline::next(
        CaseKind::PortIn, { submit, portable }, r.requestedPortAt, &rows.next);
    return rows;
}

// The carrier group of the benchmarks' big port-ins: every field a submit
// requires; the numbers and BTN are the caller's.
inline portdesk::CarrierGroup exampleGroup()
{
    using namespace portdesk;
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = QStringLiteral("1234567");
    g.pin = QStringLiteral("9876");
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    return g;
}

// A port-in of `count` numbers (10,000 an exchange) in +1425 exchanges from
// `exchange` on, each number its own BTN; the full store holds none of
// them for exchanges 700 and up.
inline portdesk::PortInRequest bigPortIn(int exchange, int count = 20000)
{
    using namespace portdesk;
    PortInRequest r;
    r.productType = ProductType::BusinessCalling;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt
        = QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00-04:00"), Qt::ISODate);
    r.btnOption = BtnOption::EachNumberOwnBtn;
    CarrierGroup g = exampleGroup();
    for (int i = 0; i < count; ++i)
        g.numbers << QStringLiteral("+1425%1%2")
                         .arg(exchange + i / 10000)
                         .arg(i % 10000, 4, 10, QLatin1Char('0'));
    g.btn = g.numbers.first();
    r.carriers << g;
    return r;
}

} // namespace fullstore
