// The inventory's counts per status and of ported-out numbers (schema 8:
// a table kept by triggers) equal a count of the rows themselves after every
// kind of change, made by any SQL: insert, a status change, a port-out's
// flags, a purge. On the engine named by PORTDESK_TEST_ENGINE.

#include "StoreTestSupport.h"

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
};

QTEST_GUILESS_MAIN(TestInventoryCounts)
#include "tst_inventorycounts.moc"
