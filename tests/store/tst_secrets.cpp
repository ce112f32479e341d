// SPDX-License-Identifier: Apache-2.0
// Issue 15 item 3 in the services, on both engines: who may reveal which
// secret (SecretService, one reveal event, the case otherwise untouched),
// a reveal is no conflict for another person's step, free text that repeats
// a secret refused per field, and text stored before that rule shown masked.

#include "StoreTestSupport.h"

#include "core/CaseSecrets.h"
#include "core/CaseTimeline.h"
#include "core/Secret.h"
#include "store/CaseRepository.h"
#include "store/Transaction.h"

#include <QBuffer>
#include <QtTest>

using namespace portdesk;
using namespace storetest;

class TestSecrets : public QObject, public StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { QCOMPARE(openStore(), QString()); }
    void cleanup() { closeStore(); }
    void whoMayReveal_data();
    void whoMayReveal();
    void revealIsNoConflict();
    void reasonRefusedPerStep_data();
    void reasonRefusedPerStep();
    void oldReasonShownMasked();

private:
    qint64 portInCase();
    qint64 portOutCase();
    ChangeResult step(qint64 id, CaseEvent event, Role role, const EventArgs &args = {})
    {
        return m_service->cases.advance(id, event, role, args);
    }
};

qint64 TestSecrets::portInCase()
{
    const ChangeResult r = m_service->cases.submitPortIn(portIn(seattleRange(1, 2)));
    return r.ok() ? r.id : 0;
}

qint64 TestSecrets::portOutCase()
{
    const QString number = seattle(50);
    QBuffer in;
    in.setData(QStringLiteral(R"({"PhoneNumbers": [{"E164PhoneNumber": "%1", "Type": "Local",
        "ProductType": "BusinessCalling", "Status": "Unassigned"}]})")
                   .arg(number)
                   .toUtf8());
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    m_service->exchange.importJson(&in);
    const ChangeResult r = m_service->cases.submitPortOut(portOut({ number }));
    if (!r.ok())
        return 0;
    EventArgs args;
    args.accountId = QStringLiteral("ACC-7781");
    args.pin = secretPortOutPin();
    return step(r.id, CaseEvent::IssuePin, Role::Support, args).ok() ? r.id : 0;
}

void TestSecrets::whoMayReveal_data()
{
    QTest::addColumn<bool>("portOut");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("secret"); // CaseSecret field name
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("refusedBy"); // empty: revealed

    QTest::newRow("admin, account number") << false << "admin" << "accountNumber" << 1 << "";
    QTest::newRow("admin, PIN") << false << "admin" << "pin" << 1 << "";
    QTest::newRow("support, account number") << false << "support" << "accountNumber" << 1 << "";
    QTest::newRow("support, PIN") << false << "support" << "pin" << 1 << "reveal.not-permitted";
    QTest::newRow("the clock, account number") << false << "system" << "accountNumber" << 1
                                               << "reveal.not-permitted";
    QTest::newRow("no such group") << false << "admin" << "pin" << 2 << "reveal.no-such-secret";
    QTest::newRow("port-out: support, PIN") << true << "support" << "portOutPin" << 0 << "";
    QTest::newRow("port-out: admin, account ID") << true << "admin" << "portOutAccountId" << 0 << "";
    QTest::newRow("port-out: a port-in's PIN") << true << "admin" << "pin" << 1
                                               << "reveal.no-such-secret";
}

void TestSecrets::whoMayReveal()
{
    QFETCH(bool, portOut);
    QFETCH(QString, role);
    QFETCH(QString, secret);
    QFETCH(int, group);
    QFETCH(QString, refusedBy);
    const qint64 id = portOut ? portOutCase() : portInCase();
    QVERIFY(id > 0);
    Role r = Role::Admin;
    QVERIFY(roleFromString(role, &r));
    CaseSecret wanted;
    QVERIFY(CaseSecret::fromJson(QJsonObject { { QStringLiteral("secret"), secret },
                                     { QStringLiteral("group"), group } },
        &wanted));
    CaseRecord before;
    QVERIFY(m_service->cases.loadCase(id, &before));
    const qint64 outbox = count(*m_store, QStringLiteral("notification_outbox"));
    m_clock.set(startTime().addSecs(3600));

    QList<CaseSecret> revealed;
    const ChangeResult result = m_service->secrets.reveal(id, r, { wanted }, &revealed);
    CaseRecord after;
    QVERIFY(m_service->cases.loadCase(id, &after));
    if (!refusedBy.isEmpty()) {
        QVERIFY2(hasRule(result, QString(), refusedBy), qPrintable(describe(result)));
        QVERIFY(revealed.isEmpty());
        QCOMPARE(after.events.size(), before.events.size());
        // The refusal names the secret, never shows it.
        for (const Violation &v : result.violations)
            QVERIFY(!v.message.contains(secretPin()) && !v.message.contains(secretPortOutPin()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(revealed.size(), 1);
    const QString expected = secret == QLatin1String("accountNumber") ? secretAccount()
        : secret == QLatin1String("pin")                              ? secretPin()
        : secret == QLatin1String("portOutPin")                       ? secretPortOutPin()
                                                                      : QStringLiteral("ACC-7781");
    QCOMPARE(revealed.first().value, expected);
    // One event more, the reveal: the role's, naming the secret, no value;
    // the state, the time of the last change and the notifications as they were.
    QCOMPARE(after.events.size(), before.events.size() + 1);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE_ENUM(after.state, before.state);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(count(*m_store, QStringLiteral("notification_outbox")), outbox);
    const CaseEventRecord &e = after.events.last();
    QCOMPARE_ENUM(e.event.event, CaseEvent::Reveal);
    QCOMPARE_ENUM(e.event.actor, r);
    QCOMPARE(e.login, m_store->login());
    const QList<CaseSecret> named = CaseSecrets::fromJson(e.event.args.revealed);
    QCOMPARE(named.size(), 1);
    QVERIFY(named.first().sameAs(wanted));
    QVERIFY(named.first().value.isEmpty());
    const QVariantList payloads = column(*m_store,
        QStringLiteral("SELECT payload FROM case_events WHERE case_id = ? AND event = 'reveal'"),
        { id });
    QCOMPARE(payloads.size(), 1);
    QVERIFY2(!payloads.first().toString().contains(expected), qPrintable(payloads.first().toString()));
    // The timeline projects as before: a reveal is no step.
    const auto projected = [](const CaseRecord &c) {
        QList<RecordedEvent> history;
        for (const CaseEventRecord &step : c.events)
            history << step.event;
        QStringList out;
        for (const Milestone &m : CaseTimeline::build(c.kind, history, c.portIn.requestedPortAt, Clock::now()))
            out << m.key + QLatin1Char('@') + m.at.toString(Qt::ISODate);
        return out;
    };
    QCOMPARE(projected(after), projected(before));
    // The row is still the fold of the events.
    CaseRecord fromEvents;
    QVERIFY(m_service->cases.loadCaseFromEvents(id, &fromEvents));
    QCOMPARE_ENUM(fromEvents.state, after.state);
    QCOMPARE(fromEvents.updatedAt, after.updatedAt);
    QCOMPARE(fromEvents.version, after.version);
}

void TestSecrets::revealIsNoConflict()
{
    const qint64 id = portInCase();
    QVERIFY(id > 0);
    CaseRecord seen;
    QVERIFY(m_service->cases.loadCase(id, &seen));
    // Support reads the account number while the admin looks at version 1.
    CaseSecret account;
    account.field = CaseSecret::Field::AccountNumber;
    account.group = 1;
    VERIFY_OK(m_service->secrets.reveal(id, Role::Support, { account }));
    ChangeBasis basis;
    basis.expectedVersion = seen.version;
    // A step based on the version before the reveal is taken...
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::Portable, Role::Support, {}, basis));
    // ...but not one based on a version before a real step.
    const ChangeResult late = m_service->cases.advance(id, CaseEvent::Cancel, Role::Admin, {}, basis);
    QVERIFY2(hasRule(late, QStringLiteral("version"), QStringLiteral("case.changed")), qPrintable(describe(late)));
    QVERIFY2(!late.violations.first().message.contains(displayName(CaseEvent::Reveal)),
        qPrintable(describe(late)));
}

void TestSecrets::reasonRefusedPerStep_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("named"); // empty: accepted

    const QString pin = secretPin();
    const QString account = secretAccount();
    QTest::newRow("not-portable, PIN") << "not-portable" << QStringLiteral("PIN %1 is wrong").arg(pin)
                                       << "the PIN of carrier group 1 (Example Telecom)";
    QTest::newRow("cancel, account") << "cancel" << QStringLiteral("acct %1").arg(account)
                                     << "the account number of carrier group 1 (Example Telecom)";
    QTest::newRow("reject-numbers, PIN") << "reject-numbers" << QStringLiteral("pin %1").arg(pin)
                                         << "the PIN of carrier group 1";
    QTest::newRow("request-change, account") << "request-change"
                                             << QStringLiteral("they have %1").arg(account.left(6) + QLatin1Char(' ') + account.mid(6))
                                             << "the account number of carrier group 1";
    QTest::newRow("reject-foc, PIN") << "reject-foc" << QStringLiteral("%1?").arg(pin) << "the PIN";
    QTest::newRow("reject-foc, no secret") << "reject-foc" << QStringLiteral("Friday suits us") << "";
}

void TestSecrets::reasonRefusedPerStep()
{
    QFETCH(QString, event);
    QFETCH(QString, reason);
    QFETCH(QString, named);
    const qint64 id = portInCase();
    QVERIFY(id > 0);
    CaseEvent e = CaseEvent::Submit;
    QVERIFY(caseEventFromString(event, &e));
    // To the state the step is taken in.
    if (e == CaseEvent::RequestChange || e == CaseEvent::RejectFoc) {
        VERIFY_OK(step(id, CaseEvent::Portable, Role::Support));
        VERIFY_OK(step(id, CaseEvent::RequestLoa, Role::Support));
        VERIFY_OK(signAllLoas(*m_service, id));
        VERIFY_OK(step(id, CaseEvent::SubmitLoa, Role::Admin));
    }
    if (e == CaseEvent::RejectFoc) {
        VERIFY_OK(step(id, CaseEvent::Approve, Role::Support));
        EventArgs foc;
        foc.focAt = focTime();
        VERIFY_OK(step(id, CaseEvent::SetFoc, Role::Support, foc));
    }
    EventArgs args;
    args.reason = reason;
    if (e == CaseEvent::RequestChange)
        args.fields = QStringList { QStringLiteral("accountNumber") };
    if (e == CaseEvent::RejectNumbers)
        args.numbers = QStringList { seattle(1) };
    CaseRecord before;
    QVERIFY(m_service->cases.loadCase(id, &before));
    const ChangeResult result = step(id, e, CaseStateMachine::roleFor(e), args);
    if (named.isEmpty()) {
        VERIFY_OK(result);
        return;
    }
    QVERIFY2(hasRule(result, QStringLiteral("reason"), QStringLiteral("reason.contains-secret")),
        qPrintable(describe(result)));
    QVERIFY2(result.violations.first().message.contains(named), qPrintable(describe(result)));
    QVERIFY(!result.violations.first().message.contains(secretPin()));
    QVERIFY(!result.violations.first().message.contains(secretAccount()));
    CaseRecord after;
    QVERIFY(m_service->cases.loadCase(id, &after));
    QCOMPARE(after.version, before.version);
}

void TestSecrets::oldReasonShownMasked()
{
    // A reason stored before it was refused: written under the services,
    // as an older PortDesk did.
    const qint64 id = portInCase();
    QVERIFY(id > 0);
    const QString reason = QStringLiteral("Carrier says PIN %1 and account %2 do not match")
                               .arg(secretPin(), secretAccount());
    {
        WriteTransaction transaction(*m_store);
        StoreStatus status;
        QVERIFY2(transaction.begin(&status), qPrintable(status.message));
        CaseRepository cases(*m_store);
        CaseRow row;
        bool found = false;
        QVERIFY2(cases.load(id, true, &row, &found, &status) && found, qPrintable(status.message));
        StoredEvent e;
        e.seq = row.lastSeq + 1;
        e.event = CaseEvent::NotPortable;
        e.actor = Role::Support;
        e.at = startTime();
        e.stateAfter = CaseState::NotPortable;
        EventArgs args;
        args.reason = reason;
        e.payload = args.toJson();
        QVERIFY2(cases.append(e, &row, &status), qPrintable(status.message));
        QVERIFY2(transaction.commit(&status), qPrintable(status.message));
    }
    for (const bool fromEvents : { false, true }) {
        CaseRecord record;
        QVERIFY(fromEvents ? m_service->cases.loadCaseFromEvents(id, &record)
                           : m_service->cases.loadCase(id, &record));
        const QString shown = record.events.last().event.args.reason;
        QVERIFY2(!shown.contains(secretPin()) && !shown.contains(secretAccount()), qPrintable(shown));
        QCOMPARE(shown,
            QStringLiteral("Carrier says PIN %1 and account %2 do not match")
                .arg(Secret::pin(secretPin()).masked(), Secret::accountNumber(secretAccount()).masked()));
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
