// SPDX-License-Identifier: Apache-2.0
// Two people, one case (issue 14 items 3 and 5), on SQLite and PostgreSQL:
// every event and number change records who wrote it; a change names the
// version it was based on and one based on an older version is refused
// (case.changed, number.changed) with who, when and what, never applied;
// two processes changing one case 1,000 times each lose nothing and meet no
// lock error; on PostgreSQL a connection killed before the commit, or after
// it with the answer lost, leaves the change applied exactly once.

#include "StoreTestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

using namespace portdesk;
using namespace storetest;

namespace {

#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

const Violation *violation(const ChangeResult &result, const QString &rule)
{
    for (const Violation &v : result.violations) {
        if (v.rule == rule)
            return &v;
    }
    return nullptr;
}

// Runs one statement on the store's connection and gives its first value.
QVariant scalar(const Store &store, const QString &text, const QVariantList &values = {})
{
    const QVariantList rows = column(store, text, values);
    return rows.isEmpty() ? QVariant() : rows.first();
}

} // namespace

class TestVersions : public QObject, private StoreFixture {
    Q_OBJECT

private:
    // A port-in walked to foc-received; *id its case.
    void toFocReceived(Services &service, qint64 *id)
    {
        const ChangeResult submitted = service.cases.submitPortIn(portIn({ seattle(101) }));
        VERIFY_OK(submitted);
        *id = submitted.id;
        for (CaseEvent event : { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                 CaseEvent::Approve }) {
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(service, *id));
            VERIFY_OK(
                service.cases.advance(*id, event, CaseStateMachine::roleFor(event), EventArgs()));
        }
        EventArgs foc;
        foc.focAt = focTime();
        VERIFY_OK(service.cases.advance(*id, CaseEvent::SetFoc, Role::Support, foc));
    }

    // A number in the inventory, Unassigned (a port-in completed).
    void numberInInventory(Services &service, const QString &e164)
    {
        const ChangeResult submitted = service.cases.submitPortIn(portIn({ e164 }));
        VERIFY_OK(submitted);
        const qint64 id = submitted.id;
        for (CaseEvent event : { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                 CaseEvent::Approve }) {
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(service, id));
            VERIFY_OK(
                service.cases.advance(id, event, CaseStateMachine::roleFor(event), EventArgs()));
        }
        EventArgs foc;
        foc.focAt = focTime();
        VERIFY_OK(service.cases.advance(id, CaseEvent::SetFoc, Role::Support, foc));
        VERIFY_OK(service.cases.advance(id, CaseEvent::ConfirmFoc, Role::Admin, {}));
        m_clock.set(focTime().addSecs(60));
        StoreStatus status;
        service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        m_clock.set(startTime());
        InventoryNumber n;
        QVERIFY(service.inventory.findNumber(e164, &n));
        QCOMPARE_ENUM(n.status, NumberStatus::Unassigned);
    }

    // A second person: another connection to the same store, with its services.
    std::unique_ptr<Store> secondStore()
    {
        StoreStatus status;
        auto store = Store::open(m_db->url(), &status);
        if (!store)
            qWarning("second store: %s", qPrintable(status.message));
        return store;
    }

private Q_SLOTS:
    void init() { QVERIFY2(openStore().isEmpty(), "the store did not open"); }
    void cleanup()
    {
        Store::setTestHooks({});
        closeStore();
    }

    void loginIsRecorded()
    {
        const QString login = m_store->login();
        QVERIFY(!login.isEmpty());
        if (TestDatabase::isPostgres()) {
            QCOMPARE(login, scalar(*m_store, QStringLiteral("SELECT session_user")).toString());
        } else {
            QString user;
            for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
                if (user.isEmpty())
                    user = qEnvironmentVariable(name).trimmed();
            }
            QCOMPARE(login, user.isEmpty() ? QStringLiteral("local") : user);
        }
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        // Every event of the case names the login; none is left empty.
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = ? AND "
                                    "login <> ?"),
                     { id, login })
                     .toInt(),
            0);
        QVERIFY(count(*m_store, QStringLiteral("case_events")) >= 6);
        // A change of one person: a key of its own on its one event.
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(DISTINCT request_key) FROM case_events WHERE "
                                    "case_id = ? AND event <> 'submit'"),
                     { id })
                     .toInt(),
            5);

        CHECKED(numberInInventory(*m_service, seattle(202)));
        InventoryNumber before;
        QVERIFY(m_service->inventory.findNumber(seattle(202), &before));
        VERIFY_OK(m_service->inventory.assignToUser(seattle(202), QStringLiteral("a@example.com")));
        InventoryNumber after;
        QVERIFY(m_service->inventory.findNumber(seattle(202), &after));
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.updatedBy, login);
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT login FROM inventory_events WHERE e164 = ? AND "
                                    "what = 'assigned'"),
                     { seattle(202) })
                     .toString(),
            login);
        QVERIFY(!scalar(*m_store,
            QStringLiteral("SELECT request_key FROM inventory_events WHERE e164 = ? AND "
                           "what = 'assigned'"),
            { seattle(202) })
                     .toString()
                     .isEmpty());
    }

    void caseChangedIsRefused()
    {
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        CaseRecord seen;
        QVERIFY(m_service->cases.loadCase(id, &seen));
        QCOMPARE(seen.version, 6); // submit and five steps
        QCOMPARE(seen.version, seen.events.last().seq);

        // The other person records a new FOC meanwhile.
        auto other = secondStore();
        QVERIFY(other);
        Services otherService(*other);
        EventArgs theirs;
        theirs.focAt = focTime().addSecs(3600);
        VERIFY_OK(otherService.cases.advance(
            id, CaseEvent::SetFoc, Role::Support, theirs, ChangeBasis::atVersion(6)));

        // Ours, based on version 6: refused, nothing written.
        EventArgs mine;
        mine.focAt = focTime().addSecs(7200);
        const ChangeResult refused = m_service->cases.advance(
            id, CaseEvent::SetFoc, Role::Support, mine, ChangeBasis::atVersion(seen.version));
        QVERIFY(refused.refused());
        const Violation *v = violation(refused, QStringLiteral("case.changed"));
        QVERIFY2(v, qPrintable(describe(refused)));
        QCOMPARE(v->field, QStringLiteral("version"));
        const QString expected = QStringLiteral("Case %1 was changed by %2 at 2026-03-02 15:00:00 "
                                                "UTC (Set FOC; now version 7, yours was 6); your "
                                                "change was not applied.")
                                     .arg(id)
                                     .arg(other->login());
        QCOMPARE(v->message, expected);
        CaseRecord now;
        QVERIFY(m_service->cases.loadCase(id, &now));
        QCOMPARE(now.version, 7);
        QCOMPARE(now.focAt, theirs.focAt);

        // A version from the future is no basis either.
        QVERIFY(violation(m_service->cases.advance(id, CaseEvent::SetFoc, Role::Support, mine,
                              ChangeBasis::atVersion(99)),
            QStringLiteral("case.changed")));
        // The same step on the version now shown is applied.
        VERIFY_OK(m_service->cases.advance(
            id, CaseEvent::SetFoc, Role::Support, mine, ChangeBasis::atVersion(7)));
        // No version named (scripts, internal steps): judged by the rules alone.
        VERIFY_OK(m_service->cases.advance(id, CaseEvent::ConfirmFoc, Role::Admin, {}));
        QVERIFY(m_service->cases.loadCase(id, &now));
        QCOMPARE(now.version, 9);
        QCOMPARE_ENUM(now.state, CaseState::FocConfirmed);
    }

    void correctionNamesTheVersion()
    {
        const ChangeResult submitted = m_service->cases.submitPortIn(portIn({ seattle(303) }));
        VERIFY_OK(submitted);
        const qint64 id = submitted.id;
        for (CaseEvent event :
            { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa }) {
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(*m_service, id));
            VERIFY_OK(
                m_service->cases.advance(id, event, CaseStateMachine::roleFor(event), EventArgs()));
        }
        EventArgs change;
        change.fields = QStringList { QStringLiteral("customerName") };
        change.reason = QStringLiteral("Name differs");
        VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));
        CaseRecord seen;
        QVERIFY(m_service->cases.loadCase(id, &seen));
        PortInRequest corrected = seen.portIn;
        corrected.carriers[0].customerName = QStringLiteral("Example Corporation");
        // Another admin (or the same one in another window) resubmits first.
        auto other = secondStore();
        QVERIFY(other);
        Services otherService(*other);
        VERIFY_OK(signAllLoas(otherService, id, &corrected));
        VERIFY_OK(otherService.cases.correctPortIn(
            id, corrected, Role::Admin, ChangeBasis::atVersion(seen.version)));
        const ChangeResult check = m_service->cases.checkCorrection(
            id, corrected, Role::Admin, ChangeBasis::atVersion(seen.version));
        QVERIFY(violation(check, QStringLiteral("case.changed")));
        const ChangeResult refused = m_service->cases.correctPortIn(
            id, corrected, Role::Admin, ChangeBasis::atVersion(seen.version));
        const Violation *v = violation(refused, QStringLiteral("case.changed"));
        QVERIFY2(v, qPrintable(describe(refused)));
        QVERIFY(v->message.contains(QStringLiteral("(Submit LOA;")));
        QCOMPARE(count(*m_store, QStringLiteral("case_events")), qint64(seen.version + 1));
    }

    void numberChangedIsRefused()
    {
        CHECKED(numberInInventory(*m_service, seattle(404)));
        CHECKED(numberInInventory(*m_service, seattle(405)));
        InventoryNumber seen;
        QVERIFY(m_service->inventory.findNumber(seattle(404), &seen));
        auto other = secondStore();
        QVERIFY(other);
        Services otherService(*other);
        VERIFY_OK(otherService.inventory.assignToUser(
            seattle(404), QStringLiteral("b@example.com"), ChangeBasis::atVersion(seen.version)));

        const ChangeResult refused = m_service->inventory.assignToUser(
            seattle(404), QStringLiteral("a@example.com"), ChangeBasis::atVersion(seen.version));
        const Violation *v = violation(refused, QStringLiteral("number.changed"));
        QVERIFY2(v, qPrintable(describe(refused)));
        QCOMPARE(v->field, QStringLiteral("number"));
        QCOMPARE(v->message,
            QStringLiteral("Number (206) 444-0404 was changed by %1 at 2026-03-02 15:00:00 UTC "
                           "(Assigned to user b@example.com; now version %2, yours was %3); your "
                           "change was not applied.")
                .arg(other->login())
                .arg(seen.version + 1)
                .arg(seen.version));
        InventoryNumber now;
        QVERIFY(m_service->inventory.findNumber(seattle(404), &now));
        QCOMPARE(now.assignedUser, QStringLiteral("b@example.com"));

        // Unassign on the version now shown: done; on the old one: refused.
        QVERIFY(violation(
            m_service->inventory.unassign(seattle(404), ChangeBasis::atVersion(seen.version)),
            QStringLiteral("number.changed")));
        VERIFY_OK(m_service->inventory.unassign(seattle(404), ChangeBasis::atVersion(now.version)));

        // Several numbers, one version each: all or nothing.
        InventoryNumber a, b;
        QVERIFY(m_service->inventory.findNumber(seattle(404), &a));
        QVERIFY(m_service->inventory.findNumber(seattle(405), &b));
        ChangeBasis stale;
        stale.expectedVersions = { a.version, b.version - 1 };
        const ChangeResult deleteRefused
            = m_service->inventory.deleteNumbers({ seattle(404), seattle(405) }, stale);
        QVERIFY2(
            hasRule(deleteRefused, QStringLiteral("numbers[1]"), QStringLiteral("number.changed")),
            qPrintable(describe(deleteRefused)));
        QVERIFY(m_service->inventory.findNumber(seattle(404), &a));
        QCOMPARE_ENUM(a.status, NumberStatus::Unassigned);
        ChangeBasis miscounted;
        miscounted.expectedVersions = { a.version };
        QVERIFY(
            hasRule(m_service->inventory.deleteNumbers({ seattle(404), seattle(405) }, miscounted),
                QStringLiteral("versions"), QStringLiteral("versions.count")));
        ChangeBasis current;
        current.expectedVersions = { a.version, b.version };
        VERIFY_OK(m_service->inventory.deleteNumbers({ seattle(404), seattle(405) }, current));
        ChangeBasis restoreOld;
        restoreOld.expectedVersions = { a.version, b.version };
        QVERIFY(violation(
            m_service->inventory.restoreNumbers({ seattle(404), seattle(405) }, restoreOld),
            QStringLiteral("number.changed")));
    }

    // Two processes, each with its own connection, change the same case
    // 1,000 times, each change naming the version it read.
    void twoWritersLoseNothing()
    {
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        CaseRecord start;
        QVERIFY(m_service->cases.loadCase(id, &start));
        const int rounds = 1000;
        QElapsedTimer timer;
        timer.start();
        QProcess a, b;
        const QString writer = QStringLiteral(PORTDESK_VERSION_WRITER);
        a.start(writer,
            { m_db->url(), QString::number(id), QStringLiteral("a"), QString::number(rounds),
                QStringLiteral("0") });
        b.start(writer,
            { m_db->url(), QString::number(id), QStringLiteral("b"), QString::number(rounds),
                QStringLiteral("5000") });
        QVERIFY(a.waitForFinished(240000));
        QVERIFY(b.waitForFinished(240000));
        const qint64 ms = timer.elapsed();
        QCOMPARE(a.exitStatus(), QProcess::NormalExit);
        QCOMPARE(b.exitStatus(), QProcess::NormalExit);

        // What each writer was told: applied (with the version it read) or
        // conflict; never an error (no lock or busy message).
        QHash<QString, int> appliedAt; // the FOC of an applied change -> the version read
        int applied = 0, conflicts = 0;
        for (QProcess *p : { &a, &b }) {
            const int offset = p == &a ? 0 : 5000;
            const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
            int seen = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                QVERIFY2(parts.first() != "error", line.constData());
                QCOMPARE(parts.size(), 3);
                const int round = parts.at(1).toInt();
                QCOMPARE(round, seen++);
                if (parts.first() == "applied") {
                    ++applied;
                    appliedAt.insert(focTime().addSecs(offset + round).toString(Qt::ISODate),
                        parts.at(2).toInt());
                } else {
                    QCOMPARE(parts.first(), QByteArray("conflict"));
                    ++conflicts;
                }
            }
            QCOMPARE(seen, rounds);
            QCOMPARE(p->exitCode(), 0);
        }
        QCOMPARE(applied + conflicts, 2 * rounds);

        // The log holds exactly the applied changes, each with its payload,
        // on the version it read + 1; seqs strictly increasing by one.
        QList<StoredEventRow> rows;
        CHECKED(readEvents(id, start.version, &rows));
        QCOMPARE(rows.size(), applied);
        int expectedSeq = start.version + 1;
        for (const StoredEventRow &row : std::as_const(rows)) {
            QCOMPARE(row.seq, expectedSeq++);
            QCOMPARE(row.event, QStringLiteral("set-foc"));
            QVERIFY2(appliedAt.contains(row.focAt), qPrintable(row.focAt));
            QCOMPARE(row.seq, appliedAt.take(row.focAt) + 1);
        }
        QVERIFY(appliedAt.isEmpty());
        CaseRecord end;
        QVERIFY(m_service->cases.loadCase(id, &end));
        QCOMPARE(end.version, start.version + applied);
        qInfo("%s: 2 x %d changes in %lld ms: %d applied, %d refused as conflicts",
            qPrintable(TestDatabase::engine()), rounds, ms, applied, conflicts);
    }

    // PostgreSQL: the server ends the connection just before the commit.
    // The store reconnects, finds no trace of the change (its key), and
    // writes it again: applied once, reported done.
    void killedBeforeCommitIsAppliedOnce()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("a lost connection is PostgreSQL's");
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        auto killer = secondStore();
        QVERIFY(killer);
        const qint64 before = count(*m_store, QStringLiteral("case_events"));
        int kills = 0;
        Store::TestHooks hooks;
        hooks.beforeCommit = [&](const Store &store) {
            if (kills++ > 0)
                return;
            const qint64 pid
                = scalar(store, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            QVERIFY(scalar(*killer, QStringLiteral("SELECT pg_terminate_backend(?)"), { pid })
                        .toBool());
        };
        Store::setTestHooks(hooks);
        EventArgs foc;
        foc.focAt = focTime().addSecs(120);
        const ChangeResult result = m_service->cases.advance(
            id, CaseEvent::SetFoc, Role::Support, foc, ChangeBasis::atVersion(6));
        Store::setTestHooks({});
        QCOMPARE(kills, 2); // the first try, and the retry's commit
        VERIFY_OK(result);
        QCOMPARE_ENUM(result.state, CaseState::FocReceived);
        QCOMPARE(count(*m_store, QStringLiteral("case_events")), before + 1);
        CaseRecord now;
        QVERIFY(m_service->cases.loadCase(id, &now));
        QCOMPARE(now.version, 7);
        QCOMPARE(now.focAt, foc.focAt);
    }

    // PostgreSQL: the commit went through but its answer was lost with the
    // connection. The retry finds the change's key: done, not applied twice.
    void answerLostAfterCommitIsNotAppliedTwice()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("a lost connection is PostgreSQL's");
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        CHECKED(numberInInventory(*m_service, seattle(505)));
        auto killer = secondStore();
        QVERIFY(killer);
        int kills = 0;
        Store::TestHooks hooks;
        hooks.afterCommit = [&](const Store &store) {
            if (kills++ > 0)
                return false;
            const qint64 pid
                = scalar(store, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            scalar(*killer, QStringLiteral("SELECT pg_terminate_backend(?)"), { pid });
            return true; // as if COMMIT's answer never came
        };
        Store::setTestHooks(hooks);
        const qint64 before = count(*m_store, QStringLiteral("case_events"));
        EventArgs foc;
        foc.focAt = focTime().addSecs(180);
        const ChangeResult result = m_service->cases.advance(
            id, CaseEvent::SetFoc, Role::Support, foc, ChangeBasis::atVersion(6));
        Store::setTestHooks({});
        QCOMPARE(kills, 1);
        VERIFY_OK(result);
        QCOMPARE_ENUM(result.state, CaseState::FocReceived);
        QCOMPARE(count(*m_store, QStringLiteral("case_events")), before + 1);

        // The same for a number: one assignment, one history line.
        kills = 0;
        Store::setTestHooks(hooks);
        const ChangeResult assigned
            = m_service->inventory.assignToUser(seattle(505), QStringLiteral("c@example.com"));
        Store::setTestHooks({});
        QCOMPARE(kills, 1);
        VERIFY_OK(assigned);
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(*) FROM inventory_events WHERE e164 = ? AND "
                                    "what = 'assigned'"),
                     { seattle(505) })
                     .toInt(),
            1);
    }

    // PostgreSQL: a server that stays unreachable is the store unavailable
    // (the CLI's exit 3), and the change is not applied.
    void unreachableStaysUnavailable()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("a lost connection is PostgreSQL's");
        qint64 id = 0;
        CHECKED(toFocReceived(*m_service, &id));
        // A database cannot refuse connections while it is the current one:
        // the test's superuser speaks from the server's "postgres" database.
        const QUrl url(m_db->url());
        const QString database = url.path().mid(1);
        QSqlDatabase admin = QSqlDatabase::addDatabase(
            QStringLiteral("QPSQL"), QStringLiteral("tst_versions_admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        const auto run = [&admin](const QString &text) {
            QSqlQuery q(admin);
            const bool ok = q.exec(text);
            if (!ok)
                qWarning("%s: %s", qPrintable(text), qPrintable(q.lastError().text()));
            return ok;
        };
        Store::TestHooks hooks;
        hooks.beforeCommit = [&](const Store &store) {
            const qint64 pid
                = scalar(store, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            // No new connection either (superusers included), then the cut.
            QVERIFY(
                run(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(database)));
            QVERIFY(run(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        };
        Store::setTestHooks(hooks);
        EventArgs foc;
        foc.focAt = focTime().addSecs(240);
        const ChangeResult result = m_service->cases.advance(
            id, CaseEvent::SetFoc, Role::Support, foc, ChangeBasis::atVersion(6));
        Store::setTestHooks({});
        const bool allowed
            = run(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(database));
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_versions_admin"));
        QVERIFY(allowed);
        QVERIFY(!result.ok());
        QVERIFY(result.status.code == StoreStatus::Code::Unavailable);
        QVERIFY2(result.status.message.contains(QStringLiteral("cannot be reached")),
            qPrintable(result.status.message));
        // Back again: nothing was applied.
        StoreStatus status;
        QVERIFY2(m_store->reconnect(&status), qPrintable(status.message));
        CaseRecord now;
        QVERIFY(m_service->cases.loadCase(id, &now));
        QCOMPARE(now.version, 6);
    }

private:
    struct StoredEventRow {
        int seq = 0;
        QString event;
        QString focAt;
    };

    void readEvents(qint64 id, int after, QList<StoredEventRow> *out)
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.prepare(QStringLiteral("SELECT seq, event, payload FROM case_events WHERE "
                                         "case_id = ? AND seq > ? ORDER BY seq")));
        q.addBindValue(id);
        q.addBindValue(after);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next()) {
            StoredEventRow row;
            row.seq = q.value(0).toInt();
            row.event = q.value(1).toString();
            const QJsonObject payload
                = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            row.focAt = QDateTime::fromString(
                payload.value(QStringLiteral("focAt")).toString(), Qt::ISODate)
                            .toUTC()
                            .toString(Qt::ISODate);
            out->append(row);
        }
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
