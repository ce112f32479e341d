// SPDX-License-Identifier: Apache-2.0
// The counts kept by triggers equal a count of the rows themselves after
// every kind of change, made by any SQL: the inventory's per status and of
// ported-out numbers (schema 8: insert, a status change, a port-out's flags,
// a purge), and the cases' per kind and state that the queue shows
// (schema 9: insert, a step, a kind changed, a delete). On the engine named
// by PORTDESK_TEST_ENGINE.

#include "StoreTestSupport.h"

#include "store/CaseQueueRepository.h"
#include "store/InventoryRepository.h"

#include <QtTest>

using namespace portdesk;
using namespace storetest;

class TestInventoryCounts : public QObject, public StoreFixture {
    Q_OBJECT

    bool exec(const QString &text)
    {
        QSqlQuery q(m_store->database());
        if (q.exec(text))
            return true;
        qWarning("%s: %s", qPrintable(text.left(80)), qPrintable(q.lastError().text()));
        return false;
    }

    // The counts as the rows give them (what schema 7 read every time).
    InventoryCounts oracle()
    {
        InventoryCounts out;
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT status, COUNT(*) FROM inventory GROUP BY status"));
        while (q.next()) {
            NumberStatus s = NumberStatus::Unassigned;
            if (numberStatusFromString(q.value(0).toString(), &s)) {
                out.byStatus.insert(s, q.value(1).toInt());
                out.total += q.value(1).toInt();
            }
        }
        q.exec(QStringLiteral("SELECT COUNT(*) FROM inventory WHERE port_out_case_id IS NOT NULL "
                              "AND ported_out = 1 AND status <> 'DeleteInProgress'"));
        if (q.next())
            out.portedOut = q.value(0).toInt();
        return out;
    }

    void compare(const char *step)
    {
        InventoryCounts kept;
        StoreStatus status;
        QVERIFY2(InventoryRepository(*m_store).counts(&kept, &status), qPrintable(status.message));
        const InventoryCounts rows = oracle();
        QVERIFY2(kept.total == rows.total, step);
        QVERIFY2(kept.portedOut == rows.portedOut, step);
        for (NumberStatus s : { NumberStatus::Unassigned, NumberStatus::Assigned,
                 NumberStatus::DeleteInProgress, NumberStatus::PortoutInProgress })
            QVERIFY2(kept.byStatus.value(s) == rows.byStatus.value(s),
                qPrintable(QStringLiteral("%1: %2 %3 kept, %4 in the rows")
                               .arg(QLatin1String(step), toString(s))
                               .arg(kept.byStatus.value(s))
                               .arg(rows.byStatus.value(s))));
        int all = 0;
        InventoryFilter none;
        QVERIFY(InventoryRepository(*m_store).count(none, &all, &status));
        QVERIFY2(all == rows.total, step);
    }

    // The queue's counts as the cases give them (what schema 8 read every time).
    CaseStateCounts caseOracle(const QString &kind)
    {
        CaseStateCounts out;
        QSqlQuery q(m_store->database());
        q.prepare(kind.isEmpty()
                ? QStringLiteral("SELECT state, COUNT(*) FROM cases GROUP BY state")
                : QStringLiteral("SELECT state, COUNT(*) FROM cases WHERE kind = ? GROUP BY state"));
        if (!kind.isEmpty())
            q.addBindValue(kind);
        q.exec();
        while (q.next()) {
            CaseState s = CaseState::Submitted;
            if (caseStateFromString(q.value(0).toString(), &s))
                out.byState[int(s)] = q.value(1).toInt();
        }
        return out;
    }

    void compareCases(const char *step)
    {
        const CaseQueueRepository queue(*m_store);
        for (const QString &kind : { QString(), QStringLiteral("port-in"), QStringLiteral("port-out") }) {
            CaseQueueFilter filter;
            if (!kind.isEmpty()) {
                filter.hasKind = true;
                QVERIFY(caseKindFromString(kind, &filter.kind));
            }
            CaseStateCounts kept;
            StoreStatus status;
            QVERIFY2(queue.stateCounts(filter, &kept, &status), qPrintable(status.message));
            const CaseStateCounts rows = caseOracle(kind);
            QVERIFY2(kept.byState == rows.byState,
                qPrintable(QStringLiteral("%1 (%2): %3 kept in all, %4 in the rows")
                               .arg(QLatin1String(step), kind.isEmpty() ? QStringLiteral("any kind") : kind)
                               .arg(kept.total())
                               .arg(rows.total())));
        }
    }

private Q_SLOTS:
    void init() { QVERIFY2(openStore().isEmpty(), "store"); }
    void cleanup() { closeStore(); }

    void countsFollowEveryChange()
    {
        compare("empty");
        QVERIFY(exec(QStringLiteral(
            "WITH RECURSIVE g (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < 299) "
            "INSERT INTO inventory (e164, product_type, status, created_at, updated_at) "
            "SELECT '+1206555' || CAST(1000 + n AS TEXT), 'BusinessCalling', "
            "CASE WHEN n % 3 = 0 THEN 'Assigned' ELSE 'Unassigned' END, 0, 0 FROM g")));
        compare("inserted");
        QVERIFY(exec(QStringLiteral("UPDATE inventory SET status = 'DeleteInProgress' "
                                    "WHERE e164 < '+12065551050'")));
        compare("deleted");
        QVERIFY(exec(QStringLiteral("UPDATE inventory SET updated_at = 5")));
        compare("a change that moves no count");
        // A port-out: in progress, then done (flag set), then deleted.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO cases (id, kind, state, product_type, admin_email, "
            "request, last_seq, created_at, updated_at) VALUES (900, "
            "'port-out', 'pin-issued', 'BusinessCalling', 'a@b.c', '{}', 1, 0, 0)")));
        QVERIFY(exec(QStringLiteral("UPDATE inventory SET status = 'PortoutInProgress', "
                                    "port_out_case_id = 900 WHERE e164 BETWEEN '+12065551100' AND "
                                    "'+12065551119'")));
        compare("port-out in progress");
        QVERIFY(exec(
            QStringLiteral("UPDATE inventory SET ported_out = 1 WHERE port_out_case_id = 900")));
        compare("ported out");
        QVERIFY(exec(QStringLiteral("UPDATE inventory SET status = 'DeleteInProgress' "
                                    "WHERE port_out_case_id = 900 AND e164 < '+12065551110'")));
        compare("ported out, half deleted");
        QVERIFY(exec(QStringLiteral("DELETE FROM inventory WHERE status = 'DeleteInProgress'")));
        compare("purged");
        QVERIFY(exec(QStringLiteral("DELETE FROM inventory")));
        compare("emptied");
    }

    void caseCountsFollowEveryChange()
    {
        compareCases("empty");
        QVERIFY(exec(QStringLiteral(
            "WITH RECURSIVE g (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 120) "
            "INSERT INTO cases (id, kind, state, product_type, admin_email, request, last_seq, "
            "created_at, updated_at) SELECT n, CASE WHEN n % 4 = 0 THEN 'port-out' ELSE "
            "'port-in' END, CASE WHEN n % 3 = 0 THEN 'submitted' WHEN n % 3 = 1 THEN "
            "'foc-received' ELSE 'completed' END, 'BusinessCalling', 'a@b.c', '{}', 1, 0, 0 "
            "FROM g")));
        compareCases("inserted");
        QVERIFY(exec(QStringLiteral("UPDATE cases SET state = 'portable' WHERE state = "
                                    "'submitted' AND id < 60")));
        compareCases("a step");
        QVERIFY(exec(QStringLiteral("UPDATE cases SET updated_at = 7, state = state")));
        compareCases("a change that moves no count");
        QVERIFY(exec(QStringLiteral("UPDATE cases SET kind = 'port-in' WHERE id BETWEEN 8 AND 40")));
        compareCases("kind changed");
        QVERIFY(exec(QStringLiteral("UPDATE cases SET kind = 'port-out', state = 'cancelled' "
                                    "WHERE id BETWEEN 41 AND 50")));
        compareCases("kind and state changed at once");
        QVERIFY(exec(QStringLiteral("DELETE FROM cases WHERE id > 100")));
        compareCases("deleted");
        QVERIFY(exec(QStringLiteral("DELETE FROM cases")));
        compareCases("emptied");
    }
};

QTEST_GUILESS_MAIN(TestInventoryCounts)
#include "tst_inventorycounts.moc"
