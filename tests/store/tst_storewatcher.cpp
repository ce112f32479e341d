// SPDX-License-Identifier: Apache-2.0
// StoreWatcher: another program's change to the store is heard within
// seconds; this program's own changes and an idle store are not. The other
// program is the real portdesk-cli, on both engines.

#include "StoreTestSupport.h"

#include "store/StoreWatcher.h"

#include <QProcess>
#include <QSignalSpy>

using namespace portdesk;
using namespace storetest;

class TestStoreWatcher : public QObject
{
    Q_OBJECT

    FixedClock m_clock { startTime() };

    // Runs portdesk-cli on the store; its exit code (-1 if it did not run).
    static int cli(const QString &url, const QStringList &arguments, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PORTDESK_CLI_PATH),
                QStringList { QStringLiteral("--db"), url, QStringLiteral("--now"),
                              startTime().toString(Qt::ISODate) }
                    + arguments);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = QString::fromLocal8Bit(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { m_clock.set(startTime()); }

    void otherProgramIsHeardOwnChangesAreNot()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult submitted = service.cases.submitPortIn(portIn(seattleRange(100, 3)));
        QVERIFY2(submitted.ok(), qPrintable(describe(submitted)));

        StoreWatcher watcher(*store);
        QVERIFY(watcher.isWatching());
        watcher.setPollInterval(50);
        QSignalSpy heard(&watcher, &StoreWatcher::changedElsewhere);

        // Idle, then a change of our own: nothing to tell.
        QTest::qWait(300);
        VERIFY_OK(service.cases.advance(submitted.id, CaseEvent::Portable, Role::Support, {}));
        QTest::qWait(400);
        QCOMPARE(heard.count(), 0);

        // Another program moves the case on.
        QString err;
        QCOMPARE(cli(db.url(),
                     { QStringLiteral("case"), QStringLiteral("advance"),
                       QString::number(submitted.id), QStringLiteral("request-loa"),
                       QStringLiteral("--as"), QStringLiteral("support") },
                     &err),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() >= 1, 5000);

        // And what it did is what this program now reads.
        CaseRecord record;
        QVERIFY(service.cases.loadCase(submitted.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::LoaRequested);

        // A refused command writes nothing, so there is nothing to hear.
        const int before = heard.count();
        QCOMPARE(cli(db.url(),
                     { QStringLiteral("case"), QStringLiteral("advance"),
                       QString::number(submitted.id), QStringLiteral("approve"),
                       QStringLiteral("--as"), QStringLiteral("support") }),
                 1);
        QTest::qWait(400);
        QCOMPARE(heard.count(), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreWatcher)
#include "tst_storewatcher.moc"
