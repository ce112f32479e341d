// The demo store: cases in every state, made through the real rules, with
// dates relative to "now".

#include "StoreTestSupport.h"

#include "store/SampleStore.h"

#include <QtTest>

using namespace portdesk;
using namespace storetest;

class TestSampleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateAndRounds();
};

void TestSampleStore::everyStateAndRounds()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    PortingService service(*store);
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    QString error;
    const int made = SampleStore::populate(service, now, &error);
    QVERIFY2(made >= 25, qPrintable(QStringLiteral("%1 cases: %2").arg(made).arg(error)));
    QCOMPARE(Clock::now().isValid(), true);   // the real clock is back

    QSet<QString> states;
    int twoRounds = 0;
    for (const CaseSummary &c : service.listCases()) {
        states.insert(toString(c.kind) + QLatin1Char(':') + toString(c.state));
        CaseRecord record;
        QVERIFY(service.loadCase(c.id, &record));
        int rounds = 0;
        for (const CaseEventRecord &e : record.events) {
            QVERIFY2(e.event.at <= now, "no event in the future");
            if (e.event.event == CaseEvent::RequestChange)
                ++rounds;
        }
        twoRounds += rounds >= 2 ? 1 : 0;
    }
    for (const char *expected : {"port-in:submitted", "port-in:portable", "port-in:not-portable", "port-in:loa-requested",
                                 "port-in:loa-submitted", "port-in:change-requested", "port-in:carrier-approved",
                                 "port-in:foc-received", "port-in:foc-confirmed", "port-in:completed",
                                 "port-in:cancelled", "port-out:submitted", "port-out:pin-issued",
                                 "port-out:ported-out", "port-out:closed"})
        QVERIFY2(states.contains(QLatin1String(expected)), expected);
    QVERIFY(twoRounds >= 1);
    // Never into a store that already holds cases.
    QCOMPARE(SampleStore::populate(service, now, &error), -1);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
