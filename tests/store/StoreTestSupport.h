// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the store tests: a fixed clock, valid requests, and walking a
// case through the flow. Everything goes through Services; raw SQL is
// used only to look at what the store holds.

#include "TestDatabase.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/Clock.h"
#include "service/Services.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace storetest {

using namespace portdesk;

inline QDateTime iso(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

// Monday 2 March 2026, 15:00 UTC: the tests' "now" unless they move it.
inline QDateTime startTime()
{
    return iso("2026-03-02T15:00:00Z");
}

// A Monday four weeks later (no holiday), and a FOC three days before it.
inline QDateTime requestedPortTime()
{
    return iso("2026-03-30T10:00:00-04:00");
}

inline QDateTime focTime()
{
    return iso("2026-03-27T14:00:00Z");
}

// Seattle numbers +1206444NNNN.
inline QString seattle(int n)
{
    return QStringLiteral("+1206444%1").arg(n, 4, 10, QLatin1Char('0'));
}

inline QStringList seattleRange(int first, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << seattle(first + i);
    return out;
}

// Toll-free numbers +1833234NNNN.
inline QString tollFree(int n)
{
    return QStringLiteral("+1833234%1").arg(n, 4, 10, QLatin1Char('0'));
}

// Distinctive secrets, so that a leak is found by a plain text search.
inline QString secretAccount()
{
    return QStringLiteral("830417992615");
}
inline QString secretPin()
{
    return QStringLiteral("46183");
}
inline QString secretPortOutPin()
{
    return QStringLiteral("772913");
}

inline PortInRequest portIn(const QStringList &numbers,
    ProductType type = ProductType::BusinessCalling, const QString &voiceConnector = QString())
{
    PortInRequest r;
    r.productType = type;
    r.voiceConnector = voiceConnector;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.requestedPortAt = requestedPortTime();
    r.btnOption = BtnOption::None;
    CarrierGroup g;
    g.carrier = QStringLiteral("Example Telecom");
    g.btn = QStringLiteral("+12064449900");
    g.authorizingPerson = QStringLiteral("Jane Roe");
    g.authorizingTitle = QStringLiteral("Office Manager");
    g.authorizingPhone = QStringLiteral("+12064449911");
    g.customerType = CustomerType::Business;
    g.portScope = PortScope::Full;
    g.accountNumber = secretAccount();
    g.pin = secretPin();
    g.customerName = QStringLiteral("Example Corp");
    g.serviceAddress = ServiceAddress { QStringLiteral("1 Main St"), QStringLiteral("Seattle"),
        QStringLiteral("WA"), QStringLiteral("98101") };
    g.numbers = numbers;
    if (g.isTollFree())
        g.targetRespOrgId = QStringLiteral("JYT01");
    r.carriers << g;
    return r;
}

inline PortOutRequest portOut(
    const QStringList &numbers, ProductType type = ProductType::BusinessCalling)
{
    PortOutRequest r;
    r.productType = type;
    r.adminEmail = QStringLiteral("admin@example.com");
    r.numbers = numbers;
    return r;
}

inline QString describe(const ChangeResult &result)
{
    QStringList lines;
    if (!result.status.ok())
        lines << QStringLiteral("status: ") + result.status.message;
    for (const Violation &v : result.violations)
        lines << v.field + QLatin1Char(' ') + v.rule + QLatin1Char(' ') + v.message;
    return lines.join(QLatin1Char('\n'));
}

inline bool hasRule(const ChangeResult &result, const QString &field, const QString &rule)
{
    for (const Violation &v : result.violations) {
        if (v.rule == rule && (field.isEmpty() || v.field == field))
            return true;
    }
    return false;
}

// Signs every carrier group's LOA that submit-loa would refuse (unsigned,
// expired, or signed for an older request) by the group's authorizing
// person, as the request stands or as `pending` (a correction about to be
// submitted) will make it: what an admin does before submitting the LOAs.
// The first refusal or failure, else an ok result.
inline ChangeResult signAllLoas(
    Services &service, qint64 caseId, const PortInRequest *pending = nullptr)
{
    ChangeResult out;
    out.id = caseId;
    CaseRecord record;
    if (!service.cases.loadCase(caseId, &record, &out.status)) {
        if (out.status.ok())
            out.violations.append(
                Violation { QStringLiteral("case"), QStringLiteral("case.not-found"),
                    QStringLiteral("no case %1").arg(caseId), Violation::Severity::Error });
        return out;
    }
    const PortInRequest &request = pending ? *pending : record.portIn;
    const Violations blockers = pending ? service.loas.loaSubmitBlockers(caseId, *pending, &out.status)
                                        : service.loas.loaSubmitBlockers(caseId, &out.status);
    if (!out.status.ok())
        return out;
    static const QRegularExpression groupField(QStringLiteral("^carriers\\[(\\d+)\\]$"));
    for (const Violation &blocker : blockers) {
        const QRegularExpressionMatch m = groupField.match(blocker.field);
        if (!m.hasMatch()) {
            out.violations.append(blocker);
            return out;
        }
        const int group = m.captured(1).toInt();
        const CarrierGroup &g = request.carriers.at(group);
        const LoaSigner signer { g.authorizingPerson,
            g.authorizingTitle.isEmpty() ? QStringLiteral("Office Manager") : g.authorizingTitle,
            QByteArray() };
        const ChangeResult signed_ = service.loas.signLoa(caseId, group, signer, Role::Admin, pending);
        if (!signed_.ok())
            return signed_;
    }
    return out;
}

// Rows of one query's first column, for looking at what the store holds.
inline QVariantList column(
    const Store &store, const QString &text, const QVariantList &values = QVariantList())
{
    QSqlQuery q(store.database());
    QVariantList out;
    if (!q.prepare(text)) {
        qWarning("prepare failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("query failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out << q.value(0);
    return out;
}

inline qint64 count(const Store &store, const QString &table)
{
    const QVariantList rows = column(store, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return rows.isEmpty() ? -1 : rows.first().toLongLong();
}

// A fresh store per test on the engine PORTDESK_TEST_ENGINE names, its
// services, and the test clock installed. A test class inherits it (after
// QObject), calls openStore() in init() and closeStore() in cleanup().
class StoreFixture {
protected:
    // Empty when the store is open; else why not.
    QString openStore()
    {
        m_clock.set(startTime());
        portdesk::Clock::setInstance(&m_clock);
        m_db = std::make_unique<TestDatabase>();
        if (!m_db->isValid())
            return m_db->error();
        portdesk::StoreStatus status;
        m_store = portdesk::Store::open(m_db->url(), &status);
        if (!m_store)
            return status.message;
        m_service = std::make_unique<portdesk::Services>(*m_store);
        return QString();
    }

    void closeStore()
    {
        m_service.reset();
        m_store.reset();
        m_db.reset();
        portdesk::Clock::setInstance(nullptr);
    }

    portdesk::FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<portdesk::Store> m_store;
    std::unique_ptr<portdesk::Services> m_service;
};

} // namespace storetest

// Opens a fresh store on the engine under test into `store` (and its
// database into `dbvar`), or fails the test.
#define OPEN_FRESH_STORE(dbvar, store)                                                             \
    TestDatabase dbvar;                                                                            \
    QVERIFY2(dbvar.isValid(), qPrintable(dbvar.error()));                                          \
    std::unique_ptr<portdesk::Store> store;                                                        \
    {                                                                                              \
        portdesk::StoreStatus openStatus_;                                                         \
        store = portdesk::Store::open(dbvar.url(), &openStatus_);                                  \
        QVERIFY2(store, qPrintable(openStatus_.message));                                          \
    }

// QCOMPARE cannot print PortDesk's enums: ADL finds portdesk::toString (a
// QString), so compare their names.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))

// Evaluates the change once and fails the test with its reasons if refused.
#define VERIFY_OK(change)                                                                          \
    do {                                                                                           \
        const portdesk::ChangeResult verifyResult_ = (change);                                     \
        QVERIFY2(verifyResult_.ok(), qPrintable(storetest::describe(verifyResult_)));              \
    } while (false)
