// SPDX-License-Identifier: Apache-2.0
// The comments thread of a case: who may write what, who reads what, and
// the refusals, on both engines.

#include "StoreTestSupport.h"
#include "service/Services.h"

#include "sample/SampleStore.h"

#include <QtTest>

using namespace portdesk;
using namespace storetest;

class TestComments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void whoMayWrite_data();
    void whoMayWrite();
    void visibilityByRole();
    void keptAsWritten();
    void secretsRefused_data();
    void secretsRefused();
    void unknownCase();
    void sampleStoreHasBothKinds();

private:
    FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Services> m_service;
    qint64 m_case = 0;
};

void TestComments::init()
{
    m_clock.set(startTime());
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
    const ChangeResult in = m_service->cases.submitPortIn(portIn(seattleRange(1, 2)));
    QVERIFY2(in.ok(), qPrintable(describe(in)));
    m_case = in.id;
}

void TestComments::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

void TestComments::whoMayWrite_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("internal");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("refusedBy"); // empty: accepted

    QTest::newRow("admin public") << "admin" << false << "Mornings suit us."
                                  << "";
    QTest::newRow("support public") << "support" << false << "LOA on its way."
                                    << "";
    QTest::newRow("support internal") << "support" << true << "Carrier is slow."
                                      << "";
    QTest::newRow("admin internal") << "admin" << true << "Sneaky."
                                    << "comment.internal-support-only";
    QTest::newRow("clock writes") << "system" << false << "Tick."
                                  << "comment.wrong-role";
    QTest::newRow("empty") << "support" << false << ""
                           << "comment.empty";
    QTest::newRow("blank") << "admin" << false << "  \n\t "
                           << "comment.empty";
    QTest::newRow("too long") << "admin" << false
                              << QString(CommentService::maxCommentLength + 1, QLatin1Char('x'))
                              << "comment.too-long";
    QTest::newRow("longest") << "admin" << false
                             << QString(CommentService::maxCommentLength, QLatin1Char('x')) << "";
}

void TestComments::whoMayWrite()
{
    QFETCH(QString, role);
    QFETCH(bool, internal);
    QFETCH(QString, body);
    QFETCH(QString, refusedBy);
    Role r = Role::Admin;
    QVERIFY(roleFromString(role, &r));
    const ChangeResult result
        = m_service->comments.addComment(m_case, r, QStringLiteral("Pat"), internal, body);
    if (refusedBy.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result.id > 0);
        QCOMPARE(m_service->comments.listComments(m_case, true).size(), 1);
    } else {
        QVERIFY(result.refused());
        QVERIFY2(hasRule(result, QString(), refusedBy), qPrintable(describe(result)));
        QVERIFY(!result.violations.first().message.isEmpty());
        QCOMPARE(count(*m_store, QStringLiteral("case_comments")), 0);
    }
}

void TestComments::secretsRefused_data()
{
    // The case of init(): one carrier group, account secretAccount(), PIN
    // secretPin(); a port-out case gets account ID ACC-7781 and PIN
    // secretPortOutPin().
    QTest::addColumn<bool>("onPortOut");
    QTest::addColumn<QString>("pin"); // a port-in with this PIN instead of secretPin()
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("named"); // what the refusal names; empty: accepted

    const QString account = secretAccount();
    const QString pin = secretPin();
    QTest::newRow("the PIN") << false << QString() << QStringLiteral("The PIN is %1, right?").arg(pin)
                             << QStringLiteral("the PIN of carrier group 1 (Example Telecom)");
    QTest::newRow("the PIN alone") << false << QString() << pin << QStringLiteral("the PIN of carrier group 1");
    QTest::newRow("the account number")
        << false << QString() << QStringLiteral("acct:%1.").arg(account)
        << QStringLiteral("the account number of carrier group 1");
    QTest::newRow("both: the first named")
        << false << QString() << QStringLiteral("%1 / %2").arg(account, pin) << QStringLiteral("the account number");
    QTest::newRow("the PIN's digits inside a number")
        << false << QString() << QStringLiteral("Call +1206%10 after noon.").arg(pin) << QString();
    QTest::newRow("the PIN inside a longer number")
        << false << QString() << QStringLiteral("Ticket 9%1.").arg(pin) << QString();
    QTest::newRow("a part of the account number")
        << false << QString() << QStringLiteral("Ends in %1.").arg(account.right(4)) << QString();
    QTest::newRow("port-out PIN") << true << QString()
                                  << QStringLiteral("Give them %1.").arg(secretPortOutPin())
                                  << QStringLiteral("the port-out PIN");
    QTest::newRow("port-out account ID, any case")
        << true << QString() << QStringLiteral("account acc-7781 is ready") << QStringLiteral("the port-out account ID");
    QTest::newRow("port-out: the port-in PIN is not this case's")
        << true << QString() << QStringLiteral("old PIN %1").arg(pin) << QString();
    // Numbers however grouped; a number's digits inside a longer one are not it.
    QTest::newRow("the account number grouped")
        << false << QString() << QStringLiteral("It is 8304 1799 2615 on the bill.")
        << QStringLiteral("the account number");
    QTest::newRow("the account number with dashes")
        << false << QString() << QStringLiteral("acct 830-417-992615") << QStringLiteral("the account number");
    QTest::newRow("a 4-digit PIN inside a phone number")
        << false << QStringLiteral("0101") << QStringLiteral("Call (206) 444-0101 after noon.") << QString();
    QTest::newRow("a 4-digit PIN")
        << false << QStringLiteral("0101") << QStringLiteral("PIN: 0101") << QStringLiteral("the PIN of carrier group 1");
    QTest::newRow("the account number next to the PIN")
        << false << QString() << QStringLiteral("Acct/PIN: %1 %2").arg(account, pin) << QStringLiteral("the account number");
    QTest::newRow("the PIN next to another number")
        << false << QString() << QStringLiteral("PIN %1 2 lines").arg(pin) << QStringLiteral("the PIN");
    QTest::newRow("a 4-digit PIN in a phone number with its country code")
        << false << QStringLiteral("0101") << QStringLiteral("Call +1 206 444 0101.") << QString();
    QTest::newRow("a 3-digit PIN is too short to tell")
        << false << QStringLiteral("101") << QStringLiteral("Room 101, PIN 101") << QString();
}

void TestComments::secretsRefused()
{
    QFETCH(bool, onPortOut);
    QFETCH(QString, pin);
    QFETCH(QString, body);
    QFETCH(QString, named);
    qint64 caseId = m_case;
    if (!pin.isEmpty()) {
        PortInRequest request = portIn(seattleRange(501, 2));
        request.carriers[0].pin = pin;
        const ChangeResult other = m_service->cases.submitPortIn(request);
        VERIFY_OK(other);
        caseId = other.id;
    }
    if (onPortOut) {
        // Numbers in the inventory: the case of init() ported in, up to the
        // clock's activation.
        for (const CaseEvent event :
            { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa, CaseEvent::Approve }) {
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(*m_service, m_case));
            VERIFY_OK(m_service->cases.advance(m_case, event, CaseStateMachine::roleFor(event), {}));
        }
        EventArgs foc;
        foc.focAt = focTime();
        VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::SetFoc, Role::Support, foc));
        VERIFY_OK(m_service->cases.advance(m_case, CaseEvent::ConfirmFoc, Role::Admin, {}));
        m_clock.set(focTime());
        StoreStatus status;
        m_service->clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        const ChangeResult out = m_service->cases.submitPortOut(portOut(seattleRange(1, 2)));
        VERIFY_OK(out);
        EventArgs issued;
        issued.accountId = QStringLiteral("ACC-7781");
        issued.pin = secretPortOutPin();
        VERIFY_OK(m_service->cases.advance(out.id, CaseEvent::IssuePin, Role::Support, issued));
        caseId = out.id;
    }
    for (const bool internal : { false, true }) {
        const ChangeResult result = m_service->comments.addComment(caseId, internal ? Role::Support : Role::Admin,
            QStringLiteral("Pat"), internal, body);
        if (named.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            continue;
        }
        QVERIFY(result.refused());
        QVERIFY2(hasRule(result, QStringLiteral("body"), QStringLiteral("comment.contains-secret")),
            qPrintable(describe(result)));
        const QString message = result.violations.first().message;
        QVERIFY2(message.contains(named), qPrintable(message));
        // The refusal never repeats the secret itself.
        QVERIFY(!message.contains(secretAccount()));
        QVERIFY(!message.contains(secretPin()));
        QVERIFY(!message.contains(secretPortOutPin()));
        QVERIFY(!message.contains(QLatin1String("7781")));
        QCOMPARE(m_service->comments.listComments(caseId, true).size(), 0);
    }
}

void TestComments::visibilityByRole()
{
    VERIFY_OK(m_service->comments.addComment(m_case, Role::Admin, QStringLiteral("admin@example.com"), false,
        QStringLiteral("first, public")));
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->comments.addComment(
        m_case, Role::Support, QStringLiteral("Priya"), true, QStringLiteral("second, internal")));
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->comments.addComment(
        m_case, Role::Support, QStringLiteral("Priya"), false, QStringLiteral("third, public")));
    // Another case's notes never show here.
    const ChangeResult other = m_service->cases.submitPortIn(portIn(seattleRange(50, 1)));
    QVERIFY2(other.ok(), qPrintable(describe(other)));
    VERIFY_OK(m_service->comments.addComment(
        other.id, Role::Admin, QString(), false, QStringLiteral("elsewhere")));

    const auto bodies = [](const QList<CaseComment> &comments) {
        QStringList out;
        for (const CaseComment &c : comments)
            out << c.body;
        return out;
    };
    StoreStatus status;
    QCOMPARE(bodies(m_service->comments.listComments(m_case, false, &status)),
        (QStringList { QStringLiteral("first, public"), QStringLiteral("third, public") }));
    QVERIFY(status.ok());
    QCOMPARE(bodies(m_service->comments.listComments(m_case, true, &status)),
        (QStringList { QStringLiteral("first, public"), QStringLiteral("second, internal"),
            QStringLiteral("third, public") }));
    QCOMPARE(bodies(m_service->comments.listComments(other.id, true)),
        QStringList { QStringLiteral("elsewhere") });
}

void TestComments::keptAsWritten()
{
    const QString body = QStringLiteral("  Line one\nLine two — “quoted” ✓  ");
    const ChangeResult r
        = m_service->comments.addComment(m_case, Role::Support, QStringLiteral(" Priya Nair "), true, body);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const QList<CaseComment> comments = m_service->comments.listComments(m_case, true);
    QCOMPARE(comments.size(), 1);
    const CaseComment &c = comments.first();
    QCOMPARE(c.id, r.id);
    QCOMPARE(c.caseId, m_case);
    QCOMPARE_ENUM(c.authorRole, Role::Support);
    QCOMPARE(c.author, QStringLiteral("Priya Nair"));
    QVERIFY(c.internal);
    QCOMPARE(c.body, body.trimmed());
    QCOMPARE(c.createdAt, startTime());
    // A comment is not a step of the case: the event log is untouched.
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(m_case, &record));
    QCOMPARE(record.events.size(), 1);
}

void TestComments::unknownCase()
{
    const ChangeResult r = m_service->comments.addComment(
        m_case + 100, Role::Admin, QString(), false, QStringLiteral("hello"));
    QVERIFY(r.refused());
    QVERIFY(hasRule(r, QStringLiteral("case"), QStringLiteral("case.not-found")));
    QVERIFY(m_service->comments.listComments(m_case + 100, true).isEmpty());
}

void TestComments::sampleStoreHasBothKinds()
{
    // A store of its own: the sample store must start empty.
    TestDatabase db(QStringLiteral("sample"));
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    QString error;
    const int made = SampleStore::populate(service, now, &error);
    QVERIFY2(made >= 28, qPrintable(QStringLiteral("%1 cases: %2").arg(made).arg(error)));
    Clock::setInstance(&m_clock); // populate puts the real clock back

    int publicNotes = 0;
    int internalNotes = 0;
    int casesWithNotes = 0;
    for (const CaseSummary &c : service.cases.listCases()) {
        const QList<CaseComment> all = service.comments.listComments(c.id, true);
        const QList<CaseComment> shown = service.comments.listComments(c.id, false);
        casesWithNotes += all.isEmpty() ? 0 : 1;
        for (const CaseComment &comment : all) {
            QVERIFY(comment.createdAt <= now);
            QVERIFY(!comment.body.isEmpty());
            if (comment.internal) {
                ++internalNotes;
                QCOMPARE_ENUM(comment.authorRole, Role::Support);
            } else {
                ++publicNotes;
            }
        }
        for (const CaseComment &comment : shown)
            QVERIFY(!comment.internal);
    }
    QVERIFY(publicNotes >= 5);
    QVERIFY(internalNotes >= 3);
    QVERIFY(casesWithNotes >= 10);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
