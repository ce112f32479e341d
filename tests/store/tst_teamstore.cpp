// SPDX-License-Identifier: Apache-2.0
// The team store (issue 14) on a real PostgreSQL: two admin logins of two
// accounts and a support login, made by `portdesk-cli team ...` as the
// owner. Each admin reads none of the other's rows, through the services,
// through portdesk-cli and with hand-written SQL through the raw Qt driver;
// support reads both; an admin cannot take a support step, neither through
// the CLI nor by SQL; support cannot file a port-out; the team commands'
// rules.

#include "ProgramRun.h"
#include "StoreTestSupport.h"
#include "core/CaseSecrets.h"

#include "store/TeamRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

using namespace storetest;

namespace {

// The tables whose rows belong to an account, as an admin might read them.
const QStringList &accountTables()
{
    static const QStringList tables = { QStringLiteral("cases"), QStringLiteral("case_events"),
        QStringLiteral("case_numbers"), QStringLiteral("loa_versions"),
        QStringLiteral("case_comments"), QStringLiteral("case_attachments"),
        QStringLiteral("case_file_events"), QStringLiteral("inventory"),
        QStringLiteral("inventory_events"), QStringLiteral("case_counts"),
        QStringLiteral("inventory_counts") };
    return tables;
}

QString describe(const ProgramRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString withUser(const QString &url, const QString &user, const QString &database = QString())
{
    QUrl u(url);
    u.setUserName(user);
    u.setPassword(QString());
    if (!database.isEmpty())
        u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

const char kSeattle[] = R"({
  "productType": "BusinessCalling", "adminEmail": "%1",
  "requestedPortAt": "2026-03-30T10:00:00-07:00", "btnOption": "none",
  "carriers": [{
    "carrier": "Example Telecom", "btn": "%2", "authorizingPerson": "Jane Roe",
    "authorizingTitle": "Office Manager", "authorizingPhone": "%2",
    "authorizingEmail": "jane@example.com", "customerType": "business", "portType": "full",
    "accountNumber": "12345", "pin": "9876", "customerName": "%3",
    "serviceAddress": {"street": "1 Main St", "city": "Seattle", "state": "WA", "zip": "98101"},
    "numbers": [%4]
  }]
})";

} // namespace

class TestTeamStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void adminsReadOnlyTheirAccount_data();
    void adminsReadOnlyTheirAccount();
    void supportReadsEveryAccount();
    void servicesShowOnlyTheAccount();
    void cliShowsOnlyTheAccount();
    void crossAccountChecksStillWork();
    void adminCannotTakeSupportStepByCli();
    void handWrittenSqlRefused_data();
    void handWrittenSqlRefused();
    void supportCannotFilePortOut();
    void roleComesFromTheLogin();
    void teamCommandRules_data();
    void teamCommandRules();
    void singleUserStoreUnchanged();
    void revealByEitherRole();

private:
    ProgramRun cli(const QString &url, const QStringList &args) const;
    QString url(const QString &login) const { return withUser(m_db->url(), login); }
    // A raw QPSQL connection as login (no PortDesk code in between).
    QSqlDatabase raw(const QString &login) const;
    qint64 scalar(const QString &login, const QString &sql) const;
    QString requestFile(const QString &name, const QString &email, const QString &btn,
        const QString &customer, const QStringList &numbers) const;

    FixedClock m_clock { startTime() };
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_suffix;
    QString m_adminA, m_adminB, m_support;
    qint64 m_accountA = 0, m_accountB = 0;
    qint64 m_caseA = 0, m_caseB = 0;
    QStringList m_connections;
};

ProgramRun TestTeamStore::cli(const QString &dbUrl, const QStringList &args) const
{
    return runProgram(QStringLiteral(PORTDESK_CLI_PATH),
        QStringList { QStringLiteral("--db"), dbUrl, QStringLiteral("--now"),
            startTime().toString(Qt::ISODate) }
            + args,
        { { QStringLiteral("XDG_DATA_HOME"), m_dir.path() },
            { QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() } });
}

QSqlDatabase TestTeamStore::raw(const QString &login) const
{
    const QString name = QStringLiteral("raw-") + login;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl u(m_db->url());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(login);
    db.setDatabaseName(u.path().mid(1));
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    const_cast<QStringList &>(m_connections) << name;
    return db;
}

qint64 TestTeamStore::scalar(const QString &login, const QString &sql) const
{
    QSqlQuery q(raw(login));
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString TestTeamStore::requestFile(const QString &name, const QString &email, const QString &btn,
    const QString &customer, const QStringList &numbers) const
{
    QStringList quoted;
    for (const QString &n : numbers)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QString::fromLatin1(kSeattle)
                    .arg(email, btn, customer, quoted.join(QStringLiteral(", ")))
                    .toUtf8());
    return path;
}

void TestTeamStore::initTestCase()
{
    if (!TestDatabase::isPostgres())
        QSKIP("A team store is a PostgreSQL store.");
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<TestDatabase>(QStringLiteral("team"));
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(m_dir.isValid());
    // Everyone here is one person on one machine as far as the store's key
    // goes (their PortDesk key: see tst_secretsatrest for several).
    qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
    // Logins are per cluster: named for this run, dropped at the end.
    m_suffix = QStringLiteral("%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    m_adminA = QStringLiteral("pdt_a_") + m_suffix;
    m_adminB = QStringLiteral("pdt_b_") + m_suffix;
    m_support = QStringLiteral("pdt_s_") + m_suffix;

    const QString owner = m_db->url();
    ProgramRun r = cli(owner, { QStringLiteral("team"), QStringLiteral("init") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli(owner, { QStringLiteral("team"), QStringLiteral("init") }); // again: fine
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli(owner, { QStringLiteral("team"), QStringLiteral("add-account"), QStringLiteral("Acme") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_accountA = r.out.trimmed().toLongLong();
    r = cli(owner, { QStringLiteral("team"), QStringLiteral("add-account"), QStringLiteral("Beta") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_accountB = r.out.trimmed().toLongLong();
    QVERIFY(m_accountA > 1 && m_accountB > m_accountA);
    r = cli(owner,
        { QStringLiteral("team"), QStringLiteral("add-admin"), m_adminA, QStringLiteral("--account"),
            QStringLiteral("Acme"), QStringLiteral("--email"), QStringLiteral("a@acme.example") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("\\password")), qPrintable(r.err));
    r = cli(owner,
        { QStringLiteral("team"), QStringLiteral("add-admin"), m_adminB, QStringLiteral("--account"),
            QString::number(m_accountB) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = cli(owner, { QStringLiteral("team"), QStringLiteral("add-support"), m_support });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

    // Each admin files a port-in through the CLI, as its own login.
    r = cli(url(m_adminA),
        { QStringLiteral("port-in"), QStringLiteral("submit"),
            requestFile(QStringLiteral("a.json"), QStringLiteral("a@acme.example"), seattle(100),
                QStringLiteral("Acme Corp"), { seattle(101), seattle(102) }) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_caseA = r.out.trimmed().toLongLong();
    r = cli(url(m_adminB),
        { QStringLiteral("port-in"), QStringLiteral("submit"),
            requestFile(QStringLiteral("b.json"), QStringLiteral("b@beta.example"), seattle(200),
                QStringLiteral("Beta Corp"), { seattle(201) }) });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_caseB = r.out.trimmed().toLongLong();

    // Comments, LOA versions and files through the services, as each admin.
    for (const auto &[login, id] : { std::pair { m_adminA, m_caseA }, { m_adminB, m_caseB } }) {
        StoreStatus status;
        auto store = Store::open(url(login), &status);
        QVERIFY2(store, qPrintable(status.message));
        QVERIFY(store->team().roleFromLogin());
        Services service(*store);
        VERIFY_OK(service.comments.addComment(id, Role::Admin, login, false,
            QStringLiteral("A note of ") + login));
        VERIFY_OK(service.loas.signLoa(id, 0, LoaSigner { QStringLiteral("Jane Roe"),
                                                  QStringLiteral("Owner"), QByteArray() }));
        VERIFY_OK(service.loas.addAttachment(id, AttachmentKind::CarrierInvoice,
            QStringLiteral("invoice.pdf"), QByteArray("%PDF-1.4\n%%EOF\n")));
    }
    // Numbers in each account's inventory: one arrived from the case (its
    // account by the case), one imported by hand by the owner.
    for (const auto &[id, number] :
        { std::pair { m_caseA, seattle(111) }, std::pair { m_caseB, seattle(211) } }) {
        QSqlQuery q(raw(QStringLiteral("postgres")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO inventory (e164, product_type, status, case_id, created_at, "
            "updated_at) VALUES (?, 'BusinessCalling', 'Unassigned', ?, 0, 0)")));
        q.addBindValue(number);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO inventory_events (e164, at, what, detail) VALUES (?, 0, 'imported', '')")));
        q.addBindValue(number);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestTeamStore::cleanupTestCase()
{
    if (!m_db)
        return;
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    const QString owner = m_db->url();
    m_db.reset(); // drops the database, and with it the logins' grants in it
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop"));
    const QUrl u(owner);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setDatabaseName(QStringLiteral("postgres"));
    if (db.open()) {
        QSqlQuery q(db);
        for (const QString &login : { m_adminA, m_adminB, m_support })
            q.exec(QStringLiteral("DROP ROLE IF EXISTS ") + login);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    Clock::setInstance(nullptr);
}

void TestTeamStore::adminsReadOnlyTheirAccount_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : accountTables())
        QTest::newRow(qPrintable(table)) << table;
}

void TestTeamStore::adminsReadOnlyTheirAccount()
{
    QFETCH(QString, table);
    const QString ofAccount = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = %2");
    const QString all = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
    // The owner sees both accounts' rows: each account has some.
    const qint64 ownA = scalar(QStringLiteral("postgres"), ofAccount.arg(table).arg(m_accountA));
    const qint64 ownB = scalar(QStringLiteral("postgres"), ofAccount.arg(table).arg(m_accountB));
    QVERIFY2(ownA > 0 && ownB > 0, qPrintable(QStringLiteral("%1 %2").arg(ownA).arg(ownB)));
    // Each admin: zero rows of the other's, all of its own, whatever it asks.
    QCOMPARE(scalar(m_adminA, ofAccount.arg(table).arg(m_accountB)), 0);
    QCOMPARE(scalar(m_adminB, ofAccount.arg(table).arg(m_accountA)), 0);
    QCOMPARE(scalar(m_adminA, all), ownA);
    QCOMPARE(scalar(m_adminB, all), ownB);
    QCOMPARE(scalar(m_adminA, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id <> %2")
                                  .arg(table)
                                  .arg(m_accountA)),
        0);
}

void TestTeamStore::supportReadsEveryAccount()
{
    for (const QString &table : accountTables()) {
        const qint64 owner
            = scalar(QStringLiteral("postgres"), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        QCOMPARE(scalar(m_support, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), owner);
    }
    // A login that is no member reads nothing.
    const QString stranger = QStringLiteral("pdt_x_") + m_suffix;
    QSqlQuery q(raw(QStringLiteral("postgres")));
    QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE portdesk_admin").arg(stranger)));
    QCOMPARE(scalar(stranger, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    QSqlDatabase::database(QStringLiteral("raw-") + stranger).close();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-") + stranger);
    m_connections.removeAll(QStringLiteral("raw-") + stranger);
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(stranger)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(stranger)));
}

void TestTeamStore::servicesShowOnlyTheAccount()
{
    StoreStatus status;
    auto store = Store::open(url(m_adminA), &status);
    QVERIFY2(store, qPrintable(status.message));
    const TeamIdentity &me = store->team();
    QVERIFY(me.teamStore && me.member);
    QCOMPARE_ENUM(me.role, Role::Admin);
    QCOMPARE(me.accountId, m_accountA);
    QCOMPARE(me.accountName, QStringLiteral("Acme"));
    Services service(*store);
    const QList<CaseSummary> cases = service.cases.listCases();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().id, m_caseA);
    CaseRecord record;
    QVERIFY(!service.cases.loadCase(m_caseB, &record, &status));
    QVERIFY(service.comments.listComments(m_caseB, true).isEmpty());
    QCOMPARE(service.comments.listComments(m_caseA, true).size(), 1);
    QVERIFY(service.loas.loaVersions(m_caseB).isEmpty());
    QVERIFY(service.loas.listAttachments(m_caseB).isEmpty());
    QCOMPARE(service.loas.listAttachments(m_caseA).size(), 1);
    const QList<InventoryNumber> numbers = service.inventory.listInventory({});
    QCOMPARE(numbers.size(), 1);
    QCOMPARE(numbers.first().e164, seattle(111));
    QCOMPARE(service.inventory.inventoryCounts().total, 1);
    InventoryNumber other;
    QVERIFY(!service.inventory.findNumber(seattle(211), &other));

    // Support: both, and its role from the login.
    auto supportStore = Store::open(url(m_support), &status);
    QVERIFY2(supportStore, qPrintable(status.message));
    QCOMPARE_ENUM(supportStore->team().role, Role::Support);
    Services support(*supportStore);
    QCOMPARE(support.cases.listCases().size(), 2);
    QCOMPARE(support.inventory.inventoryCounts().total, 2);
}

void TestTeamStore::cliShowsOnlyTheAccount()
{
    ProgramRun r = cli(url(m_adminB), { QStringLiteral("--json"), QStringLiteral("case"),
                                          QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toInteger(), m_caseB);
    r = cli(url(m_adminB), { QStringLiteral("case"), QStringLiteral("show"),
                               QString::number(m_caseA) });
    QCOMPARE(r.exitCode, 1);
    r = cli(url(m_adminB), { QStringLiteral("--json"), QStringLiteral("inventory"),
                               QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(seattle(111)) && r.out.contains(seattle(211)), qPrintable(r.out));
    r = cli(url(m_support), { QStringLiteral("--json"), QStringLiteral("case"),
                                QStringLiteral("list") });
    QCOMPARE(r.json().array().size(), 2);
}

void TestTeamStore::crossAccountChecksStillWork()
{
    // Admin B cannot read A's numbers, yet cannot file them again.
    StoreStatus status;
    auto store = Store::open(url(m_adminB), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    ChangeResult check;
    check.violations = service.cases.checkPortIn(portIn({ seattle(101) }));
    QVERIFY2(hasRule(check, QString(), QStringLiteral("number.in-open-port")),
        qPrintable(describe(check)));
    QVERIFY2(describe(check).contains(QLatin1String("another account")), qPrintable(describe(check)));
    check.violations = service.cases.checkPortIn(portIn({ seattle(111) }));
    QVERIFY2(hasRule(check, QString(), QStringLiteral("number.in-inventory")),
        qPrintable(describe(check)));
    // ... and a number nobody holds is free.
    check.violations = service.cases.checkPortIn(portIn({ seattle(150) }));
    QVERIFY2(!hasRule(check, QString(), QStringLiteral("number.in-open-port"))
            && !hasRule(check, QString(), QStringLiteral("number.in-inventory")),
        qPrintable(describe(check)));
}

void TestTeamStore::adminCannotTakeSupportStepByCli()
{
    ProgramRun r = cli(url(m_adminA), { QStringLiteral("case"), QStringLiteral("advance"),
                                          QString::number(m_caseA), QStringLiteral("portable") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("event.wrong-role")), qPrintable(r.err));
    r = cli(url(m_adminA), { QStringLiteral("case"), QStringLiteral("advance"),
                               QString::number(m_caseA), QStringLiteral("portable"),
                               QStringLiteral("--as"), QStringLiteral("support") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("contradicts the login")), qPrintable(r.err));
    // Support takes it, on either account's case, without --as.
    for (const qint64 id : { m_caseA, m_caseB }) {
        r = cli(url(m_support), { QStringLiteral("case"), QStringLiteral("advance"),
                                    QString::number(id), QStringLiteral("portable") });
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    // Support cannot take the admin's cancel.
    r = cli(url(m_support), { QStringLiteral("case"), QStringLiteral("advance"),
                                QString::number(m_caseA), QStringLiteral("cancel") });
    QCOMPARE(r.exitCode, 1);
}

void TestTeamStore::handWrittenSqlRefused_data()
{
    QTest::addColumn<QString>("login"); // a, b or s
    QTest::addColumn<QString>("sql"); // %A, %B: the cases; %a, %b: the accounts
    QTest::addColumn<QString>("error"); // in the error; empty: 0 rows changed
    const QString event = QStringLiteral(
        "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
        "VALUES (%1, 99, '%2', '%3', 0, '%4', '{}')");
    QTest::newRow("admin inserts a support step as support")
        << "a" << event.arg(QLatin1String("%A"), QLatin1String("request-loa"), QLatin1String("support"), QLatin1String("loa-requested"))
        << "team.wrong-role";
    QTest::newRow("admin inserts a support step as admin")
        << "a" << event.arg(QLatin1String("%A"), QLatin1String("request-loa"), QLatin1String("admin"), QLatin1String("loa-requested"))
        << "team.wrong-role";
    QTest::newRow("admin inserts a step that leads elsewhere")
        << "a" << event.arg(QLatin1String("%A"), QLatin1String("cancel"), QLatin1String("admin"), QLatin1String("completed"))
        << "team.illegal-step";
    QTest::newRow("admin inserts into the other account's case")
        << "a" << event.arg(QLatin1String("%B"), QLatin1String("cancel"), QLatin1String("admin"), QLatin1String("cancelled"))
        << "row-level security";
    QTest::newRow("support inserts an admin step")
        << "s" << event.arg(QLatin1String("%A"), QLatin1String("cancel"), QLatin1String("admin"), QLatin1String("cancelled"))
        << "team.wrong-role";
    QTest::newRow("admin sets a state without an event")
        << "a" << "UPDATE cases SET state = 'loa-requested' WHERE id = %A"
        << "team.state-without-event";
    QTest::newRow("admin moves its case to the other account")
        << "a" << "UPDATE cases SET account_id = %b WHERE id = %A" << "team.case-moved";
    QTest::newRow("admin changes the other account's case")
        << "b" << "UPDATE cases SET state = 'completed' WHERE id = %A" << "";
    QTest::newRow("admin deletes the other account's comments")
        << "b" << "DELETE FROM case_comments WHERE case_id = %A" << "";
    QTest::newRow("admin adds itself to the team")
        << "a" << "UPDATE team_members SET role = 'support'" << "permission denied";
    QTest::newRow("admin files a case into the other account")
        << "a"
        << "INSERT INTO case_comments (case_id, author_role, body, created_at, account_id) "
           "VALUES (%B, 'admin', 'x', 0, %b)"
        << "row-level security";
}

void TestTeamStore::handWrittenSqlRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(QString, error);
    const QString who = login == QLatin1String("a") ? m_adminA
        : login == QLatin1String("b")               ? m_adminB
                                                    : m_support;
    sql.replace(QLatin1String("%A"), QString::number(m_caseA))
        .replace(QLatin1String("%B"), QString::number(m_caseB))
        .replace(QLatin1String("%a"), QString::number(m_accountA))
        .replace(QLatin1String("%b"), QString::number(m_accountB));
    const auto fingerprint = [this] {
        return scalar(QStringLiteral("postgres"),
            QStringLiteral("SELECT (SELECT COUNT(*) FROM case_events) * 1000 + (SELECT COUNT(*) "
                           "FROM case_comments) * 100 + (SELECT COUNT(*) FROM cases WHERE state = "
                           "'portable') * 10 + (SELECT COUNT(*) FROM team_members)"));
    };
    const qint64 before = fingerprint();
    QSqlQuery q(raw(who));
    const bool ran = q.exec(sql);
    if (error.isEmpty()) {
        QVERIFY2(ran, qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 0);
    } else {
        QVERIFY2(!ran, qPrintable(sql));
        QVERIFY2(q.lastError().text().contains(error), qPrintable(q.lastError().text()));
    }
    QCOMPARE(fingerprint(), before);
}

void TestTeamStore::supportCannotFilePortOut()
{
    const QString path = m_dir.filePath(QStringLiteral("out.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(R"({"productType": "BusinessCalling", "adminEmail": "a@acme.example",
 "numbers": ["%1"]})")
                .arg(seattle(111))
                .toUtf8());
    f.close();
    ProgramRun r = cli(url(m_support), { QStringLiteral("port-out"), QStringLiteral("submit"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("team.port-out-admin-only")), qPrintable(r.err));
    // Admin B does not have the number; admin A files it.
    r = cli(url(m_adminB), { QStringLiteral("port-out"), QStringLiteral("submit"), path });
    QCOMPARE(r.exitCode, 1);
    r = cli(url(m_adminA), { QStringLiteral("port-out"), QStringLiteral("submit"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const qint64 portOut = r.out.trimmed().toLongLong();
    QCOMPARE(scalar(QStringLiteral("postgres"),
                 QStringLiteral("SELECT account_id FROM cases WHERE id = %1").arg(portOut)),
        m_accountA);
}

void TestTeamStore::roleComesFromTheLogin()
{
    // The service refuses a role other than the login's, whatever the caller says.
    StoreStatus status;
    auto store = Store::open(url(m_support), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    const ChangeResult r = service.cases.advance(m_caseB, CaseEvent::Cancel, Role::Admin, {});
    QVERIFY2(hasRule(r, QStringLiteral("actor"), QStringLiteral("team.role-from-login")),
        qPrintable(describe(r)));
}

void TestTeamStore::teamCommandRules_data()
{
    QTest::addColumn<QString>("login"); // "" the owner, a: admin A
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const auto team = [](std::initializer_list<const char *> words) {
        QStringList out { QStringLiteral("team") };
        for (const char *w : words)
            out << QString::fromLatin1(w);
        return out;
    };
    QTest::newRow("unknown account") << "" << team({ "add-admin", "pdt_nobody", "--account", "Nope" })
                                     << 1 << "team.unknown-account";
    QTest::newRow("bad login") << "" << team({ "add-admin", "a b", "--account", "Acme" }) << 1
                               << "team.bad-login";
    QTest::newRow("reserved login") << "" << team({ "add-support", "pg_monitor" }) << 1
                                    << "team.bad-login";
    QTest::newRow("bad email") << "" << team({ "add-support", "pdt_nobody", "--email", "x@" }) << 1
                               << "team.bad-email";
    QTest::newRow("admin without account") << "" << team({ "add-admin", "pdt_nobody" }) << 2
                                           << "--account";
    QTest::newRow("support with account")
        << "" << team({ "add-support", "pdt_nobody", "--account", "Acme" }) << 2 << "--account";
    QTest::newRow("empty account name") << "" << team({ "add-account", " " }) << 1
                                        << "team.account-name";
    QTest::newRow("numeric account name") << "" << team({ "add-account", "42" }) << 1
                                          << "team.account-name";
    QTest::newRow("existing account: its id") << "" << team({ "add-account", "Acme" }) << 0
                                              << "exists already";
    QTest::newRow("init by an admin") << "a" << team({ "init" }) << 1 << "team.owner-only";
    QTest::newRow("add-account by an admin") << "a" << team({ "add-account", "Gamma" }) << 1
                                             << "team.owner-only";
    QTest::newRow("unknown sub-command") << "" << team({ "remove" }) << 2 << "team needs";
}

void TestTeamStore::teamCommandRules()
{
    QFETCH(QString, login);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const ProgramRun r = cli(login.isEmpty() ? m_db->url() : url(m_adminA), args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(QString(r.err + r.out).contains(said), qPrintable(describe(r)));
    // Nothing was created by a refusal.
    QCOMPARE(scalar(QStringLiteral("postgres"),
                 QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'pdt_nobody'")),
        0);
    QCOMPARE(scalar(QStringLiteral("postgres"), QStringLiteral("SELECT COUNT(*) FROM accounts")), 3);

    if (QByteArray(QTest::currentDataTag()) == "existing account: its id")
        QCOMPARE(r.out.trimmed().toLongLong(), m_accountA);
}

void TestTeamStore::revealByEitherRole()
{
    // Issue 15 item 3: a reveal is an event of either role's login (the
    // database's check lets it in, the state unchanged); who may reveal
    // what is the service's rule, the same as on a single-user store.
    CaseSecret pin;
    pin.field = CaseSecret::Field::Pin;
    pin.group = 1;
    CaseSecret account;
    account.field = CaseSecret::Field::AccountNumber;
    account.group = 1;
    const qint64 before = scalar(QStringLiteral("postgres"),
        QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = %1").arg(m_caseA));
    {
        StoreStatus status;
        auto store = Store::open(url(m_adminA), &status);
        QVERIFY2(store, qPrintable(status.message));
        Services service(*store);
        QList<CaseSecret> shown;
        VERIFY_OK(service.secrets.reveal(m_caseA, Role::Admin, { pin, account }, &shown));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.first().value, QStringLiteral("9876"));
        // Another account's case is not there to reveal.
        const ChangeResult other = service.secrets.reveal(m_caseB, Role::Admin, { pin });
        QVERIFY2(hasRule(other, QString(), QStringLiteral("case.not-found")), qPrintable(describe(other)));
    }
    {
        StoreStatus status;
        auto store = Store::open(url(m_support), &status);
        QVERIFY2(store, qPrintable(status.message));
        Services service(*store);
        VERIFY_OK(service.secrets.reveal(m_caseA, Role::Support, { account }));
        const ChangeResult refused = service.secrets.reveal(m_caseA, Role::Support, { pin });
        QVERIFY2(hasRule(refused, QStringLiteral("carriers[0].pin"), QStringLiteral("reveal.not-permitted")),
            qPrintable(describe(refused)));
        // The login's role, not a chosen one.
        const ChangeResult asAdmin = service.secrets.reveal(m_caseA, Role::Admin, { pin });
        QVERIFY2(hasRule(asAdmin, QStringLiteral("actor"), QStringLiteral("team.role-from-login")),
            qPrintable(describe(asAdmin)));
    }
    QCOMPARE(scalar(QStringLiteral("postgres"),
                 QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = %1 AND event = 'reveal'")
                     .arg(m_caseA)),
        qint64(2));
    QCOMPARE(scalar(QStringLiteral("postgres"),
                 QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = %1").arg(m_caseA)),
        before + 2);
    // By hand, a "reveal" that moves the case is no reveal.
    QSqlQuery q(raw(m_adminA));
    const bool inserted = q.exec(QStringLiteral(
        "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
        "SELECT id, last_seq + 1, 'reveal', 'admin', 0, 'closed', '{}' FROM cases WHERE id = %1")
                                     .arg(m_caseA));
    QVERIFY(!inserted);
    QVERIFY2(q.lastError().text().contains(QLatin1String("team.illegal-step")), qPrintable(q.lastError().text()));
}

void TestTeamStore::singleUserStoreUnchanged()
{
    // A SQLite store refuses the team commands and keeps --as.
    const QString file = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("one.sqlite"));
    ProgramRun r = cli(file, { QStringLiteral("team"), QStringLiteral("init") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("team.needs-postgresql")), qPrintable(r.err));
    r = cli(file, { QStringLiteral("team"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 1);
    StoreStatus status;
    auto store = Store::open(file, &status);
    QVERIFY2(store, qPrintable(status.message));
    QVERIFY(!store->team().teamStore);
    QVERIFY(!store->team().roleFromLogin());
    // The owner of the team store is no member: its role is its own choice.
    auto owner = Store::open(m_db->url(), &status);
    QVERIFY2(owner, qPrintable(status.message));
    QVERIFY(owner->team().teamStore);
    QVERIFY(!owner->team().member);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
