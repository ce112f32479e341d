// SPDX-License-Identifier: Apache-2.0
// Email notifications (issue 14 item 4), on SQLite and PostgreSQL: each
// event writes its outbox rows in its own transaction, to the right people
// (the case's admin and the account's admins, every admin on a port-out,
// support or the configured support address), skipping opt-outs, never
// with a secret; then a real SMTP server on loopback (aiosmtpd) receives
// each one with its recipient, subject and body.

#include "SmtpSink.h"
#include "StoreTestSupport.h"

#include "core/Notification.h"
#include "notify/NotifySettings.h"
#include "notify/SmtpMailer.h"
#include "service/NotificationService.h"

#include <QSqlQuery>
#include <QtTest>

#include <algorithm>

using namespace portdesk;
using namespace storetest;

namespace {

struct Row {
    QString kind;
    QString recipient;
    QString subject;
    QString body;
};

// What the other accounts' admin and the support agent are called.
const QString kAdmin = QStringLiteral("admin@example.com");
const QString kTeamAdmin1 = QStringLiteral("ana@acme.example");
const QString kTeamAdmin2 = QStringLiteral("ben@acme.example");
const QString kOtherAdmin = QStringLiteral("zed@other.example");
const QString kSupport = QStringLiteral("sam@support.example");
const QString kPortOutAccountId = QStringLiteral("PO-ACCT-5518230977");

} // namespace

class TestNotifications : public QObject, public StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void portInEvents_data();
    void portInEvents();
    void portOutEvents_data();
    void portOutEvents();
    void optOutSkipsThatKindOnly();
    void supportAddressWithoutSupportMembers();
    void refusedStepWritesNothing();
    void noSecretInAnyMessage();
    void deliveredOverSmtp();

private:
    void addTeam(bool withSupport);
    // Walks a new port-in through the first `steps` of the flow; its id.
    qint64 walkPortIn(int steps);
    QList<Row> rowsOf(qint64 caseId, int seq) const;
    QList<Row> allRows() const;
    int lastSeq(qint64 caseId) const;

    int m_walks = 0;
};

void TestNotifications::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("PortDesk-test-notifications"));
}

void TestNotifications::init()
{
    const QString error = openStore();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    NotificationService::setSupportFallback(QString());
}

void TestNotifications::cleanup()
{
    NotificationService::setSupportFallback(QString());
    closeStore();
    m_walks = 0;
}

void TestNotifications::addTeam(bool withSupport)
{
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (name, created_at) VALUES ('Other', 0)")));
    const auto add = [&](const char *login, const char *role, const QVariant &account,
                         const QString &email) {
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO team_members (login, role, account_id, "
                                         "email, display_name, created_at) VALUES (?, ?, ?, ?, "
                                         "'', 0)")));
        q.addBindValue(QLatin1String(login));
        q.addBindValue(QLatin1String(role));
        q.addBindValue(account);
        q.addBindValue(email);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    };
    add("ana", "admin", 1, kTeamAdmin1);
    add("ben", "admin", 1, kTeamAdmin2);
    add("zed", "admin", 2, kOtherAdmin);
    // A member without an email gets nothing, and breaks nothing.
    add("noemail", "admin", 1, QStringLiteral(""));
    if (withSupport)
        add("sam", "support", QVariant(QMetaType::fromType<qlonglong>()), kSupport);
}

// The flow's steps in order; walkPortIn(n) takes the first n.
qint64 TestNotifications::walkPortIn(int steps)
{
    // Each walk of a test its own numbers: the first one +12064440100.
    PortInRequest request = portIn(seattleRange(100 + 10 * m_walks++, 7));
    request.timeZone = "America/Los_Angeles";
    request.requestedPortAt = iso("2026-03-30T10:00:00-07:00");
    const ChangeResult submitted = m_service->cases.submitPortIn(request);
    if (!submitted.ok()) {
        qWarning("%s", qPrintable(describe(submitted)));
        return 0;
    }
    const qint64 id = submitted.id;
    EventArgs foc;
    foc.focAt = focTime();
    EventArgs change;
    change.fields = QStringList { QStringLiteral("accountNumber") };
    change.reason = QStringLiteral("The account number differs");
    const QList<std::function<ChangeResult()>> flow {
        [&] { return m_service->cases.advance(id, CaseEvent::Portable, Role::Support, {}); },
        [&] { return m_service->cases.advance(id, CaseEvent::RequestLoa, Role::Support, {}); },
        [&] {
            const ChangeResult signed_ = signAllLoas(*m_service, id);
            return signed_.ok() ? m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {})
                                : signed_;
        },
        [&] { return m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change); },
        [&] {
            CaseRecord record;
            m_service->cases.loadCase(id, &record);
            PortInRequest corrected = record.portIn;
            corrected.carriers[0].accountNumber = QStringLiteral("930417992688");
            const ChangeResult signed_ = signAllLoas(*m_service, id, &corrected);
            return signed_.ok() ? m_service->cases.correctPortIn(id, corrected, Role::Admin)
                                : signed_;
        },
        [&] { return m_service->cases.advance(id, CaseEvent::Approve, Role::Support, {}); },
        [&] { return m_service->cases.advance(id, CaseEvent::SetFoc, Role::Support, foc); },
        [&] { return m_service->cases.advance(id, CaseEvent::ConfirmFoc, Role::Admin, {}); },
        [&] {
            m_clock.set(focTime().addDays(-1).addSecs(60));
            StoreStatus status;
            m_service->clock.tick(&status);
            ChangeResult r;
            r.status = status;
            return r;
        },
        [&] {
            m_clock.set(focTime().addSecs(60));
            StoreStatus status;
            m_service->clock.tick(&status);
            ChangeResult r;
            r.status = status;
            return r;
        },
    };
    for (int i = 0; i < steps && i < flow.size(); ++i) {
        const ChangeResult r = flow.at(i)();
        if (!r.ok()) {
            qWarning("step %d: %s", i + 1, qPrintable(describe(r)));
            return 0;
        }
    }
    return id;
}

int TestNotifications::lastSeq(qint64 caseId) const
{
    const QVariantList v = column(*m_store,
        QStringLiteral("SELECT MAX(seq) FROM case_events WHERE case_id = ?"), { caseId });
    return v.isEmpty() ? 0 : v.first().toInt();
}

QList<Row> TestNotifications::rowsOf(qint64 caseId, int seq) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT kind, recipient, subject, body FROM notification_outbox "
                             "WHERE case_id = ? AND event_seq = ? ORDER BY kind, recipient"));
    q.addBindValue(caseId);
    q.addBindValue(seq);
    QList<Row> out;
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out << Row { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() };
    return out;
}

QList<Row> TestNotifications::allRows() const
{
    QSqlQuery q(m_store->database());
    QList<Row> out;
    if (!q.exec(QStringLiteral("SELECT kind, recipient, subject, body FROM notification_outbox "
                               "ORDER BY id")))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out << Row { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() };
    return out;
}

void TestNotifications::portInEvents_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("kind"); // empty: the step raises nothing
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QStringList>("bodyHas");

    const QStringList admins { kAdmin, kTeamAdmin1, kTeamAdmin2 }; // sorted
    const QStringList support { kSupport };
    const QString numbers = QStringLiteral("Numbers: 7 (+12064440100, +12064440101, +12064440102, "
                                           "+12064440103, +12064440104 and 2 more).");
    QTest::newRow("submitted") << 0 << "submitted" << support
                               << "[PortDesk] Case 1 (port-in): a new request"
                               << QStringList { QStringLiteral("State: Submitted."), numbers,
                                      QStringLiteral("What to do next: Answer the request") };
    QTest::newRow("portable") << 1 << "portable" << admins
                              << "[PortDesk] Case 1 (port-in): the numbers are portable"
                              << QStringList { QStringLiteral("State: Portable."), numbers };
    QTest::newRow("loa-requested") << 2 << "loa-requested" << admins
                                   << "[PortDesk] Case 1 (port-in): please sign the LOA"
                                   << QStringList { QStringLiteral("sign the Letter of "
                                                                   "Authorization") };
    QTest::newRow("loa-submitted") << 3 << "loa-submitted" << support
                                   << "[PortDesk] Case 1 (port-in): the LOA is submitted"
                                   << QStringList { QStringLiteral("State: LOA submitted.") };
    QTest::newRow("change-requested")
        << 4 << "change-requested" << admins
        << "[PortDesk] Case 1 (port-in): the carrier asks for a change"
        << QStringList { QStringLiteral("correct the fields it names") };
    QTest::newRow("resubmitted") << 5 << "loa-submitted" << support
                                 << "[PortDesk] Case 1 (port-in): the LOA is submitted"
                                 << QStringList {};
    QTest::newRow("approve raises nothing") << 6 << "" << QStringList {} << "" << QStringList {};
    // The FOC, 14:00 UTC, in the customer's zone (Pacific, daylight time).
    QTest::newRow("foc-set") << 7 << "foc-set" << admins
                             << "[PortDesk] Case 1 (port-in): the FOC date is set"
                             << QStringList { QStringLiteral("FOC: 2026-03-27 07:00 PDT (the "
                                                             "customer's time)."),
                                    QStringLiteral("Confirm the FOC date") };
    QTest::newRow("foc-confirmed") << 8 << "foc-confirmed" << support
                                   << "[PortDesk] Case 1 (port-in): the admin confirmed the FOC "
                                      "date"
                                   << QStringList { QStringLiteral("FOC: 2026-03-27 07:00 PDT") };
    QTest::newRow("in-inventory") << 9 << "in-inventory" << admins
                                  << "[PortDesk] Case 1 (port-in): the numbers are in the "
                                     "inventory"
                                  << QStringList { QStringLiteral("Assign the numbers") };
    QTest::newRow("completed") << 10 << "completed" << admins
                               << "[PortDesk] Case 1 (port-in): the port is completed"
                               << QStringList { QStringLiteral("State: Completed.") };
}

void TestNotifications::portInEvents()
{
    QFETCH(int, steps);
    QFETCH(QString, kind);
    QFETCH(QStringList, recipients);
    QFETCH(QString, subject);
    QFETCH(QStringList, bodyHas);
    addTeam(true);
    const qint64 id = walkPortIn(steps);
    QVERIFY(id > 0);
    const QList<Row> rows = rowsOf(id, lastSeq(id));
    if (kind.isEmpty()) {
        QCOMPARE(rows.size(), 0);
        return;
    }
    QStringList got;
    for (const Row &r : rows) {
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.subject, subject.replace(QLatin1String("Case 1"),
                                QStringLiteral("Case %1").arg(id)));
        for (const QString &part : bodyHas)
            QVERIFY2(r.body.contains(part), qPrintable(r.body));
        got << r.recipient;
    }
    std::sort(got.begin(), got.end());
    QCOMPARE(got, recipients);
    QVERIFY(!got.contains(kOtherAdmin));
}

void TestNotifications::portOutEvents_data()
{
    QTest::addColumn<bool>("issuePin");
    QTest::addColumn<QStringList>("expected"); // kind:recipient, sorted
    QTest::newRow("port-out requested")
        << false
        << QStringList { QStringLiteral("port-out-requested:") + kAdmin,
               QStringLiteral("port-out-requested:") + kTeamAdmin1,
               QStringLiteral("port-out-requested:") + kTeamAdmin2,
               QStringLiteral("submitted:") + kSupport };
    QTest::newRow("pin issued") << true
                                << QStringList { QStringLiteral("pin-issued:") + kAdmin,
                                       QStringLiteral("pin-issued:") + kTeamAdmin1,
                                       QStringLiteral("pin-issued:") + kTeamAdmin2 };
}

void TestNotifications::portOutEvents()
{
    QFETCH(bool, issuePin);
    QFETCH(QStringList, expected);
    addTeam(true);
    // A port-out needs numbers in the inventory: a port-in brings them.
    QVERIFY(walkPortIn(10) > 0);
    const ChangeResult out = m_service->cases.submitPortOut(portOut({ seattle(100) }));
    VERIFY_OK(out);
    if (issuePin) {
        EventArgs pin;
        pin.accountId = kPortOutAccountId;
        pin.pin = secretPortOutPin();
        VERIFY_OK(m_service->cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
    }
    QStringList got;
    for (const Row &r : rowsOf(out.id, lastSeq(out.id))) {
        got << r.kind + QLatin1Char(':') + r.recipient;
        QVERIFY(r.subject.contains(QStringLiteral("(port-out)")));
        QVERIFY2(r.body.contains(QStringLiteral("Numbers: 1 (+12064440100).")), qPrintable(r.body));
    }
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
}

void TestNotifications::optOutSkipsThatKindOnly()
{
    addTeam(true);
    NotificationService notifications(*m_store);
    // Any case of the address; a kind it does not know is refused by name.
    VERIFY_OK(notifications.optOut(QStringLiteral("foc-set"), QStringLiteral("BEN@acme.example")));
    const ChangeResult unknown = notifications.optOut(QStringLiteral("foc"), kTeamAdmin2);
    QVERIFY(hasRule(unknown, QStringLiteral("kind"), QStringLiteral("notify.unknown-kind")));
    const ChangeResult badEmail = notifications.optOut(QStringLiteral("foc-set"), QStringLiteral("ben"));
    QVERIFY(hasRule(badEmail, QStringLiteral("email"), QStringLiteral("notify.bad-email")));
    QCOMPARE(notifications.optOuts().size(), 1);

    const qint64 id = walkPortIn(7); // up to set-foc
    QVERIFY(id > 0);
    QStringList focSet;
    for (const Row &r : rowsOf(id, lastSeq(id)))
        focSet << r.recipient;
    std::sort(focSet.begin(), focSet.end());
    QCOMPARE(focSet, (QStringList { kAdmin, kTeamAdmin1 }));
    // Ben still hears of the other kinds.
    const QVariantList portable = column(*m_store,
        QStringLiteral("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'portable' AND "
                       "recipient = ?"),
        { kTeamAdmin2 });
    QCOMPARE(portable.value(0).toInt(), 1);

    // Opted in again: the next FOC set reaches him.
    VERIFY_OK(notifications.optIn(QStringLiteral("foc-set"), kTeamAdmin2));
    QCOMPARE(notifications.optOuts().size(), 0);
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RejectFoc, Role::Admin, {}));
    EventArgs foc;
    foc.focAt = focTime().addDays(3); // Monday 30 March
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SetFoc, Role::Support, foc));
    QCOMPARE(rowsOf(id, lastSeq(id)).size(), 3);
}

void TestNotifications::supportAddressWithoutSupportMembers()
{
    // No team at all (a single-user store): support kinds go to the
    // configured address, or to nobody; the admin kinds to the case's admin.
    qint64 id = walkPortIn(0);
    QCOMPARE(rowsOf(id, 1).size(), 0);
    NotificationService::setSupportFallback(QStringLiteral("help@porting.example"));
    id = walkPortIn(1);
    const QList<Row> submitted = rowsOf(id, 1);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.first().recipient, QStringLiteral("help@porting.example"));
    const QList<Row> portable = rowsOf(id, 2);
    QCOMPARE(portable.size(), 1);
    QCOMPARE(portable.first().recipient, kAdmin);
    // Support members, once there, take the address's place.
    addTeam(true);
    id = walkPortIn(0);
    const QList<Row> team = rowsOf(id, 1);
    QCOMPARE(team.size(), 1);
    QCOMPARE(team.first().recipient, kSupport);
}

void TestNotifications::refusedStepWritesNothing()
{
    addTeam(true);
    const qint64 id = walkPortIn(1);
    const qint64 before = count(*m_store, QStringLiteral("notification_outbox"));
    QVERIFY(before > 0);
    // Wrong role, then an event the state does not allow: refused, no mail.
    QVERIFY(m_service->cases.advance(id, CaseEvent::RequestLoa, Role::Admin, {}).refused());
    EventArgs foc;
    foc.focAt = focTime();
    QVERIFY(m_service->cases.advance(id, CaseEvent::SetFoc, Role::Support, foc).refused());
    QCOMPARE(count(*m_store, QStringLiteral("notification_outbox")), before);
}

void TestNotifications::noSecretInAnyMessage()
{
    addTeam(true);
    QVERIFY(walkPortIn(10) > 0);
    const ChangeResult out = m_service->cases.submitPortOut(portOut({ seattle(101) }));
    VERIFY_OK(out);
    EventArgs pin;
    pin.accountId = kPortOutAccountId;
    pin.pin = secretPortOutPin();
    VERIFY_OK(m_service->cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
    const QList<Row> rows = allRows();
    QVERIFY(rows.size() >= 25);
    QSet<QString> kinds;
    for (const Row &r : rows) {
        kinds.insert(r.kind);
        for (const QString &secret : { secretAccount(), secretPin(), secretPortOutPin(),
                 kPortOutAccountId, QStringLiteral("930417992688") }) {
            QVERIFY2(!r.subject.contains(secret), qPrintable(r.subject));
            QVERIFY2(!r.body.contains(secret), qPrintable(r.kind + QLatin1Char('\n') + r.body));
        }
    }
    // Every kind was written at least once on the way.
    const QStringList all = Notifications::kinds();
    for (const QString &kind : all) {
        if (kind != QLatin1String("not-portable"))
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
    }
    // not-portable, on a case of its own.
    const ChangeResult other = m_service->cases.submitPortIn(portIn({ seattle(300) }));
    VERIFY_OK(other);
    EventArgs no;
    no.reason = QStringLiteral("The numbers belong to a wireless carrier");
    VERIFY_OK(m_service->cases.advance(other.id, CaseEvent::NotPortable, Role::Support, no));
    const QList<Row> notPortable = rowsOf(other.id, 2);
    QCOMPARE(notPortable.size(), 3);
    QCOMPARE(notPortable.first().kind, QStringLiteral("not-portable"));
    QVERIFY(!notPortable.first().body.contains(secretAccount()));
}

// Each kind's message through a real SMTP server: the envelope's
// recipient, the headers and the body as the outbox has them; then nothing
// is due any more.
void TestNotifications::deliveredOverSmtp()
{
    addTeam(true);
    SmtpSink sink;
    const QString started = sink.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    NotifySettings settings;
    settings.url = sink.url();
    settings.sender = QStringLiteral("portdesk@porting.example");
    settings.startTls = NotifySettings::StartTls::Off;
    settings.timeoutSeconds = 10;
    SmtpMailer mailer(settings, QString());
    NotificationService notifications(*m_store);

    QVERIFY(walkPortIn(10) > 0);
    const QList<OutboxMessage> queued = notifications.list(true, 0);
    QVERIFY(queued.size() >= 20);
    const SendReport report = notifications.sendDue(mailer, m_clock.now());
    QVERIFY2(report.status.ok(), qPrintable(report.status.message));
    QCOMPARE(report.sent, int(queued.size()));
    QCOMPARE(report.failed, 0);
    QCOMPARE(report.pending, 0);

    const QStringList messages = sink.messages();
    QCOMPARE(messages.size(), queued.size());
    // Oldest first: the outbox order.
    QList<OutboxMessage> sent = queued;
    std::reverse(sent.begin(), sent.end());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const OutboxMessage &m = sent.at(i);
        const QString &got = messages.at(i);
        QVERIFY2(got.contains(QStringLiteral("X-Envelope-To: ") + m.recipient + QStringLiteral("\r\n")),
            qPrintable(got));
        QVERIFY(got.contains(QStringLiteral("X-Envelope-From: portdesk@porting.example\r\n")));
        QVERIFY(got.contains(QStringLiteral("\r\nTo: <") + m.recipient + QStringLiteral(">\r\n")));
        QVERIFY(got.contains(QStringLiteral("\r\nSubject: ") + m.subject + QStringLiteral("\r\n")));
        QVERIFY(got.contains(QStringLiteral("\r\nMessage-ID: <portdesk.outbox.%1@porting.example>\r\n").arg(m.id)));
        QString body = m.body;
        body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QVERIFY2(got.endsWith(body), qPrintable(got));
        QVERIFY(!got.contains(secretAccount()));
        QVERIFY(!got.contains(secretPin()));
    }
    // Sent rows are marked: a second send has nothing to do.
    const SendReport again = notifications.sendDue(mailer, m_clock.now().addSecs(3600));
    QCOMPARE(again.sent, 0);
    QCOMPARE(sink.messages().size(), messages.size());
    for (const OutboxMessage &m : notifications.list(false, 0))
        QVERIFY(m.sentAt.isValid());
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
