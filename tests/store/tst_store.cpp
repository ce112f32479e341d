// SPDX-License-Identifier: Apache-2.0
// The store and Services on the engine named by PORTDESK_TEST_ENGINE
// (sqlite or postgresql): the same suite runs on both.

#include "StoreTestSupport.h"
#include "service/Services.h"

#include "core/PortRequest.h"
#include "core/CaseStateMachine.h"
#include "core/PhoneNumber.h"
#include "store/CaseRepository.h"
#include "store/SqlDialect.h"
#include "store/SqlSupport.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <atomic>
#include <thread>
#include <sys/stat.h>

using namespace portdesk;
using namespace storetest;

// Runs a helper that may fail the test, and stops the test if it did.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

// Everything Qt and PortDesk log while a test runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                + message;
    }
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}

QString walkRoleName(Role role)
{
    return toString(role);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

public:
    TestStore() : m_clock(startTime()) { }

private:
    FixedClock m_clock;

    // Submits a port-in and walks it to FOC confirmed.
    void portInToFocConfirmed(
        Services &service, const PortInRequest &request, const QDateTime &foc, qint64 *id)
    {
        const ChangeResult submitted = service.cases.submitPortIn(request);
        VERIFY_OK(submitted);
        *id = submitted.id;
        CHECKED(walk(service, *id,
            { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                CaseEvent::Approve }));
        EventArgs focArgs;
        focArgs.focAt = foc;
        VERIFY_OK(service.cases.advance(*id, CaseEvent::SetFoc, Role::Support, focArgs));
        VERIFY_OK(service.cases.advance(*id, CaseEvent::ConfirmFoc, Role::Admin, {}));
    }

    // Takes each event with its own role and no arguments; the admin signs
    // the LOAs before submitting them.
    void walk(Services &service, qint64 id, const QList<CaseEvent> &events)
    {
        for (CaseEvent event : events) {
            const Role role = CaseStateMachine::roleFor(event);
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(service, id));
            const ChangeResult r = service.cases.advance(id, event, role, {});
            QVERIFY2(r.ok(),
                qPrintable(toString(event) + QLatin1Char('/') + walkRoleName(role)
                    + QLatin1String(": ") + describe(r)));
        }
    }

    // Ports numbers in and lets the clock activate them.
    void portInAndActivate(Services &service, const PortInRequest &request, qint64 *id)
    {
        const QDateTime before = Clock::now();
        CHECKED(portInToFocConfirmed(service, request, focTime(), id));
        m_clock.set(focTime());
        StoreStatus status;
        service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        CaseRecord record;
        QVERIFY(service.cases.loadCase(*id, &record));
        QCOMPARE_ENUM(record.state, CaseState::Completed);
        QVERIFY(before < Clock::now());
    }

    InventoryNumber inventoryNumber(Services &service, const QString &e164)
    {
        InventoryFilter filter;
        filter.prefix = e164;
        const QList<InventoryNumber> found = service.inventory.listInventory(filter);
        for (const InventoryNumber &n : found) {
            if (n.e164 == e164)
                return n;
        }
        return InventoryNumber();
    }

    void compareWithEvents(Services &service, qint64 id)
    {
        CaseRecord row, derived;
        StoreStatus status;
        QVERIFY2(service.cases.loadCase(id, &row, &status), qPrintable(status.message));
        QVERIFY2(service.cases.loadCaseFromEvents(id, &derived, &status), qPrintable(status.message));
        QCOMPARE_ENUM(row.kind, derived.kind);
        QCOMPARE_ENUM(row.state, derived.state);
        QCOMPARE_ENUM(row.productType, derived.productType);
        QCOMPARE(row.adminEmail, derived.adminEmail);
        QCOMPARE(row.customerName, derived.customerName);
        QCOMPARE(row.requestedPortAt, derived.requestedPortAt);
        QCOMPARE(row.focAt, derived.focAt);
        QCOMPARE(row.createdAt, derived.createdAt);
        QCOMPARE(row.updatedAt, derived.updatedAt);
        QCOMPARE(row.numbers, derived.numbers);
        QVERIFY(row.portIn == derived.portIn);
        QCOMPARE(row.portOut.numbers, derived.portOut.numbers);
        QCOMPARE(row.portOutAccountId, derived.portOutAccountId);
        QCOMPARE(row.portOutPin, derived.portOutPin);
        QCOMPARE(row.events.size(), derived.events.size());
        // The event log is contiguous from 1.
        for (qsizetype i = 0; i < row.events.size(); ++i)
            QCOMPARE(row.events.at(i).seq, int(i + 1));
        // The case list shows the same.
        const QList<CaseSummary> list = service.cases.listCases();
        bool listed = false;
        for (const CaseSummary &s : list) {
            if (s.id == id) {
                listed = true;
                QCOMPARE_ENUM(s.state, derived.state);
                QCOMPARE(s.numberCount, int(derived.numbers.size()));
                QCOMPARE(s.focAt, derived.focAt);
                QCOMPARE(s.updatedAt, derived.updatedAt);
            }
        }
        QVERIFY(listed);
    }

    // The fixture of the inventory rule tests, by name:
    //   free, free2  Business Calling, Unassigned
    //   taken        Business Calling, assigned to a user
    //   vc           Voice Connector, Unassigned     tf   toll-free Voice Connector
    //   deleted      in the deletion queue           out  in an open port-out
    //   arriving     PortinInProgress (FOC later)
    void buildInventory(Services &service, QHash<QString, QString> *numbers)
    {
        numbers->insert(QStringLiteral("free"), seattle(1001));
        numbers->insert(QStringLiteral("free2"), seattle(1002));
        numbers->insert(QStringLiteral("taken"), seattle(1003));
        numbers->insert(QStringLiteral("deleted"), seattle(1004));
        numbers->insert(QStringLiteral("out"), seattle(1005));
        numbers->insert(QStringLiteral("vc"), seattle(2001));
        numbers->insert(QStringLiteral("tf"), tollFree(3001));
        numbers->insert(QStringLiteral("arriving"), seattle(4001));
        numbers->insert(QStringLiteral("unknown"), seattle(9999));

        VERIFY_OK(service.directory.createVoiceConnector(
            QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), true));
        qint64 id = 0;
        CHECKED(portInToFocConfirmed(service, portIn(seattleRange(1001, 5)), focTime(), &id));
        CHECKED(portInToFocConfirmed(service,
            portIn({ seattle(2001) }, ProductType::VoiceConnector, QStringLiteral("pbx-east")),
            focTime(), &id));
        CHECKED(portInToFocConfirmed(service,
            portIn({ tollFree(3001) }, ProductType::VoiceConnector, QStringLiteral("pbx-east")),
            focTime(), &id));
        const QDateTime laterFoc = iso("2026-04-01T14:00:00Z");
        CHECKED(portInToFocConfirmed(service, portIn({ seattle(4001) }), laterFoc, &id));
        // Past the first FOC, and within a day of the later one.
        m_clock.set(laterFoc.addSecs(-23 * 3600));
        StoreStatus status;
        service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE_ENUM(
            inventoryNumber(service, seattle(4001)).status, NumberStatus::PortinInProgress);
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1001)).status, NumberStatus::Unassigned);

        VERIFY_OK(service.inventory.assignToUser(
            numbers->value(QStringLiteral("taken")), QStringLiteral("pat@example.com")));
        VERIFY_OK(service.inventory.deleteNumbers({ numbers->value(QStringLiteral("deleted")) }));
        VERIFY_OK(service.cases.submitPortOut(portOut({ numbers->value(QStringLiteral("out")) })));
    }

    // Takes the lock every writer takes, on a connection of its own, so that
    // a second program's write would have to wait for it.
    void holdWriteLock(const Store &other)
    {
        for (const QString &statement : other.dialect().beginWrite()) {
            QSqlQuery q(other.database());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
    }

    void releaseWriteLock(const Store &other)
    {
        QSqlQuery q(other.database());
        QVERIFY2(q.exec(QStringLiteral("ROLLBACK")), qPrintable(q.lastError().text()));
    }

    // A write behind somebody else's lock gives up after a moment instead of
    // waiting the store's full timeout.
    void shortenLockWait(const Store &store)
    {
        QSqlQuery q(store.database());
        QVERIFY2(q.exec(store.isPostgres() ? QStringLiteral("SET lock_timeout = '150ms'")
                                           : QStringLiteral("PRAGMA busy_timeout = 150")),
            qPrintable(q.lastError().text()));
    }

    // The situations in which the clock has nothing to do yet, each with the
    // moment when it will (invalid: none that time alone brings).
    void quietScenario(Services &service, const QString &scenario, QDateTime *due)
    {
        *due = QDateTime();
        qint64 id = 0;
        if (scenario == QLatin1String("empty store")) {
            return;
        } else if (scenario == QLatin1String("port-in submitted")) {
            VERIFY_OK(service.cases.submitPortIn(portIn({ seattle(2201) })));
        } else if (scenario == QLatin1String("FOC in three days")) {
            CHECKED(portInToFocConfirmed(service, portIn({ seattle(2211) }), focTime(), &id));
            m_clock.set(focTime().addDays(-3));
            *due = focTime().addDays(-1);
        } else if (scenario == QLatin1String("in inventory before the FOC")) {
            CHECKED(portInToFocConfirmed(service, portIn({ seattle(2221) }), focTime(), &id));
            m_clock.set(focTime().addDays(-1));
            StoreStatus status;
            QCOMPARE(service.clock.tick(&status).size(), 1);
            QVERIFY2(status.ok(), qPrintable(status.message));
            m_clock.set(focTime().addSecs(-3600));
            *due = focTime();
        } else if (scenario == QLatin1String("FOC rejected")) {
            const ChangeResult r = service.cases.submitPortIn(portIn({ seattle(2231) }));
            VERIFY_OK(r);
            CHECKED(walk(service, r.id,
                { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                    CaseEvent::Approve }));
            EventArgs foc;
            foc.focAt = focTime();
            VERIFY_OK(service.cases.advance(r.id, CaseEvent::SetFoc, Role::Support, foc));
            VERIFY_OK(service.cases.advance(r.id, CaseEvent::RejectFoc, Role::Admin, {}));
            m_clock.set(focTime().addDays(1)); // past the date that was rejected
        } else if (scenario == QLatin1String("port-out submitted")) {
            CHECKED(portInAndActivate(service, portIn(seattleRange(2241, 2)), &id));
            VERIFY_OK(service.cases.submitPortOut(portOut(seattleRange(2241, 2))));
        } else if (scenario == QLatin1String("ported out, a number left")) {
            CHECKED(portInAndActivate(service, portIn(seattleRange(2251, 2)), &id));
            const ChangeResult out = service.cases.submitPortOut(portOut(seattleRange(2251, 2)));
            VERIFY_OK(out);
            EventArgs pin;
            pin.accountId = QStringLiteral("ACC-7");
            pin.pin = secretPortOutPin();
            VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
            VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
            VERIFY_OK(service.inventory.deleteNumbers({ seattle(2251) }));
            // Its deletion comes due a week later.
            *due = Clock::now().addDays(InventoryService::deletionQueueDays);
        } else if (scenario == QLatin1String("number deleted six days ago")) {
            CHECKED(portInAndActivate(service, portIn(seattleRange(2261, 2)), &id));
            VERIFY_OK(service.inventory.deleteNumbers({ seattle(2261) }));
            *due = Clock::now().addDays(InventoryService::deletionQueueDays);
            m_clock.advanceDays(InventoryService::deletionQueueDays - 1);
        } else {
            QFAIL("unknown scenario");
        }
    }

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void init() { m_clock.set(startTime()); }

    // -- Opening ------------------------------------------------------------

    void openCreatesLatestSchema()
    {
        OPEN_FRESH_STORE(db, store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(Store::latestSchemaVersion() >= 3);
        QCOMPARE(store->isPostgres(), TestDatabase::isPostgres());
        QCOMPARE(store->dialect().name(), TestDatabase::engine());
        const QVariantList version
            = column(*store, QStringLiteral("SELECT version FROM schema_version"));
        QCOMPARE(version, QVariantList { Store::latestSchemaVersion() });
        for (const char *table :
            { "cases", "case_events", "case_numbers", "inventory", "users", "voice_connectors" })
            QCOMPARE(count(*store, QLatin1String(table)), 0);
    }

    void sqlitePragmas()
    {
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only");
        OPEN_FRESH_STORE(db, store);
        QCOMPARE(column(*store, QStringLiteral("PRAGMA journal_mode")).value(0).toString(),
            QStringLiteral("wal"));
        QCOMPARE(column(*store, QStringLiteral("PRAGMA synchronous")).value(0).toInt(), 2); // FULL
        QCOMPARE(column(*store, QStringLiteral("PRAGMA foreign_keys")).value(0).toInt(), 1);
        QVERIFY(column(*store, QStringLiteral("PRAGMA busy_timeout")).value(0).toInt() >= 5000);
        QCOMPARE(column(*store, QStringLiteral("PRAGMA cell_size_check")).value(0).toInt(), 1);
        QCOMPARE(store->sqlitePath(), db.sqlitePath());
        QCOMPARE(store->displayName(), QDir::toNativeSeparators(db.sqlitePath()));
    }

    void sqliteUrlForms()
    {
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only");
        TestDatabase db;
        StoreStatus status;
        qint64 id = 0;
        {
            auto store = Store::open(QStringLiteral("sqlite:") + db.sqlitePath(), &status);
            QVERIFY2(store, qPrintable(status.message));
            Services service(*store);
            const ChangeResult r = service.cases.submitPortIn(portIn({ seattle(1) }));
            VERIFY_OK(r);
            id = r.id;
        }
        for (const QString &url :
            QStringList { db.sqlitePath(), QStringLiteral("sqlite://") + db.sqlitePath() }) {
            auto store = Store::open(url, &status);
            QVERIFY2(store, qPrintable(status.message));
            CaseRecord record;
            QVERIFY(Services(*store).cases.loadCase(id, &record));
        }
    }

    // The store holds secrets: a new one is its owner's alone whatever the
    // umask, and one that others could read is made so at its next open
    // (with its log), unless it is opened read-only.
    void sqliteFilesAreOwnerOnly()
    {
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only");
        const mode_t previous = ::umask(022);
        TestDatabase db;
        StoreStatus status;
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup
            | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        const QString path = db.sqlitePath();
        QFile::remove(path);
        {
            auto store = Store::open(path, &status);
            QVERIFY2(store, qPrintable(status.message));
            QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others,
                QFileDevice::Permissions());
        }
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(path, readable));
        {
            auto store = Store::open(path, &status, StoreAccess::ReadOnly);
            QVERIFY2(store, qPrintable(status.message));
        }
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::ReadGroup | QFileDevice::ReadOther);
        {
            auto store = Store::open(path, &status);
            QVERIFY2(store, qPrintable(status.message));
        }
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        ::umask(previous);
    }

    void sqlitePathWithSpecialCharacters()
    {
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only");
        TestDatabase db;
        const QString folder = db.folder() + QStringLiteral("/my stores #1 %20?");
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/port desk.sqlite");
        StoreStatus status;
        qint64 id = 0;
        {
            auto store = Store::open(path, &status);
            QVERIFY2(store, qPrintable(status.message));
            const ChangeResult r = Services(*store).cases.submitPortIn(portIn({ seattle(2) }));
            VERIFY_OK(r);
            id = r.id;
        }
        QVERIFY(QFileInfo::exists(path));
        // Reopened: the read-only look at the file must find the same file.
        auto store = Store::open(QStringLiteral("sqlite:") + path, &status);
        QVERIFY2(store, qPrintable(status.message));
        CaseRecord record;
        QVERIFY(Services(*store).cases.loadCase(id, &record));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3); // the store, -wal and -shm
    }

    void jsonListsRoundTrip()
    {
        // Lists go to SQL as one bound JSON array (numbers as typed included).
        OPEN_FRESH_STORE(db, store);
        const QStringList values
            = { QStringLiteral("+12064440100"), QString(), QStringLiteral("say \"hi\""),
                  QStringLiteral("back\\slash"), QStringLiteral("tab\tnew\nline\x01"),
                  QStringLiteral("caf\u00e9 \u260e"), QStringLiteral("[1, 2]") };
        sql::Query q(*store,
            QStringLiteral("SELECT j.value FROM ")
                + store->dialect().jsonTextArrayTable(QStringLiteral("j")));
        q << sql::jsonArrayText(values);
        StoreStatus status;
        QVERIFY2(q.exec(&status), qPrintable(status.message));
        QStringList back;
        while (q.next())
            back << q.value(0).toString();
        QCOMPARE(back, values);
        QCOMPARE(sql::jsonArrayText({}), QStringLiteral("[]"));
    }

    // sql::Query steps SQLite's own statements (Store::takeNativeStatement)
    // and Qt's driver on PostgreSQL: each bound type comes back unchanged.
    void queryValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("int") << QStringLiteral("i") << QVariant(42);
        QTest::newRow("negative") << QStringLiteral("i") << QVariant(-7);
        QTest::newRow("int64 beyond a double") << QStringLiteral("i")
                                               << QVariant(qlonglong(9007199254740993LL));
        QTest::newRow("null number") << QStringLiteral("i")
                                     << QVariant(QMetaType::fromType<qlonglong>());
        QTest::newRow("double") << QStringLiteral("d") << QVariant(2.5);
        QTest::newRow("text") << QStringLiteral("s") << QVariant(QStringLiteral("+12064440100"));
        QTest::newRow("text beyond ASCII")
            << QStringLiteral("s") << QVariant(QStringLiteral("\u00d1and\u00fa \u2013 \u6771\u4eac \U0001F4DE"));
        QTest::newRow("empty text, not null") << QStringLiteral("s") << sql::text(QString());
        QTest::newRow("null text") << QStringLiteral("s") << QVariant(QMetaType::fromType<QString>());
        // Null values Qt's drivers bind as NULL though QVariant::isNull() is false.
        QTest::newRow("null QString") << QStringLiteral("s") << QVariant(QString());
        QTest::newRow("null QByteArray") << QStringLiteral("b") << QVariant(QByteArray());
        QTest::newRow("invalid QDateTime") << QStringLiteral("s") << QVariant(QDateTime());
        QTest::newRow("bytes with zeros")
            << QStringLiteral("b") << QVariant(QByteArray("%PDF\0\x01\xff end", 11));
        QTest::newRow("big text (not kept prepared)")
            << QStringLiteral("s") << QVariant(QString(5000, QLatin1Char('x')));
    }

    void queryValuesRoundTrip()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        OPEN_FRESH_STORE(db, store);
        // SQLite's statements are stepped by PortDesk itself, not by Qt's driver.
        QCOMPARE(store->hasNativeStatements(), !store->isPostgres());
        const bool isNull = value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())
            || (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            || (value.typeId() == QMetaType::QDateTime && !value.toDateTime().isValid());
        StoreStatus status;
        QVERIFY2(sql::run(*store,
                     store->isPostgres()
                         ? QStringLiteral("CREATE TEMP TABLE t (i BIGINT, d DOUBLE PRECISION, s TEXT, b BYTEA)")
                         : QStringLiteral("CREATE TEMP TABLE t (i INTEGER, d REAL, s TEXT, b BLOB)"),
                     &status),
            qPrintable(status.message));
        {
            sql::Query insert(*store, QStringLiteral("INSERT INTO t (%1) VALUES (?)").arg(column));
            insert << value;
            QVERIFY2(insert.exec(&status), qPrintable(status.message));
            QCOMPARE(insert.numRowsAffected(), 1);
        }
        // Twice: the second read runs on the statement the first gave back.
        for (int round = 0; round < 2; ++round) {
            sql::Query q(*store, QStringLiteral("SELECT %1 FROM t").arg(column));
            QVERIFY2(q.exec(&status), qPrintable(status.message));
            QVERIFY(q.next());
            const QVariant back = q.value(0);
            QCOMPARE(back.isNull(), isNull);
            if (!isNull && !store->isPostgres()) {
                // The types Qt's driver gives.
                const int expected = column == QLatin1String("i") ? QMetaType::LongLong
                    : column == QLatin1String("d")                ? QMetaType::Double
                    : column == QLatin1String("s")                ? QMetaType::QString
                                                                  : QMetaType::QByteArray;
                QCOMPARE(back.typeId(), expected);
            }
            if (column == QLatin1String("i"))
                QCOMPARE(back.toLongLong(), value.toLongLong());
            else if (column == QLatin1String("d"))
                QCOMPARE(back.toDouble(), value.toDouble());
            else if (column == QLatin1String("s") && !isNull)
                QCOMPARE(back.toString(), value.toString());
            else if (column == QLatin1String("s"))
                QVERIFY(back.toString().isEmpty());
            else
                QCOMPARE(back.toByteArray(), value.toByteArray());
            QVERIFY(!q.next());
            QVERIFY(q.done(&status));
            QVERIFY(!q.value(0).isValid()); // past the last row
        }
    }

    void queryErrorsAndReuse()
    {
        OPEN_FRESH_STORE(db, store);
        StoreStatus status;
        QVERIFY2(sql::run(*store,
                     QStringLiteral("CREATE TEMP TABLE u (k TEXT NOT NULL UNIQUE, g INTEGER)"), &status),
            qPrintable(status.message));
        // A text that does not prepare: refused with the store named.
        {
            sql::Query bad(*store, QStringLiteral("SELEC k FROM u"));
            QVERIFY(!bad.exec(&status));
            QCOMPARE(status.code, StoreStatus::Code::Failed);
            QVERIFY2(status.message.contains(store->displayName()), qPrintable(status.message));
            QVERIFY(!bad.next());
        }
        // Several statements in one text: refused, not the first run alone.
        // (SQLite: as Qt's driver. Qt's PostgreSQL driver runs such a text
        // whole; PortDesk never writes one.)
        if (!store->isPostgres()) {
            sql::Query two(*store, QStringLiteral("INSERT INTO u (k, g) VALUES (?, 1); DELETE FROM u"));
            two << QStringLiteral("x");
            status = StoreStatus();
            QVERIFY(!two.exec(&status));
            QCOMPARE(status.code, StoreStatus::Code::Failed);
        }
        QCOMPARE(column(*store, QStringLiteral("SELECT COUNT(*) FROM u")).value(0).toInt(), 0);
        status = StoreStatus();
        const QString insertText = QStringLiteral("INSERT INTO u (k, g) VALUES (?, ?)");
        // A value missing: refused, not bound as NULL; then the same text works.
        {
            sql::Query missing(*store, insertText);
            missing << QStringLiteral("k-missing");
            QVERIFY(!missing.exec(&status));
            QCOMPARE(status.code, StoreStatus::Code::Failed);
        }
        // A null QString into a NOT NULL column: refused, as NULL.
        {
            sql::Query nullKey(*store, insertText);
            nullKey << QString() << 1;
            status = StoreStatus();
            QVERIFY(!nullKey.exec(&status));
        }
        QCOMPARE(column(*store, QStringLiteral("SELECT COUNT(*) FROM u")).value(0).toInt(), 0);
        status = StoreStatus();
        for (int i = 0; i < 5; ++i) {
            sql::Query insert(*store, insertText);
            insert << QStringLiteral("k%1").arg(i) << (i < 3 ? 1 : 2);
            QVERIFY2(insert.exec(&status), qPrintable(status.message));
        }
        // A unique violation is known as one (what a duplicate name reports).
        {
            sql::Query again(*store, insertText);
            again << QStringLiteral("k1") << 9;
            QVERIFY(!again.exec(&status));
            QVERIFY2(sql::isUniqueViolation(again.lastError()),
                qPrintable(again.lastError().nativeErrorCode() + QLatin1Char(' ') + again.lastError().text()));
            QCOMPARE(status.code, StoreStatus::Code::Failed);
        }
        status = StoreStatus();
        // The statement that failed is not reused half-bound: the next insert works.
        {
            sql::Query insert(*store, insertText);
            insert << QStringLiteral("k5") << 2;
            QVERIFY2(insert.exec(&status), qPrintable(status.message));
        }
        {
            sql::Query update(*store, QStringLiteral("UPDATE u SET g = g + 10 WHERE g = ?"));
            update << 1;
            QVERIFY2(update.exec(&status), qPrintable(status.message));
            QCOMPARE(update.numRowsAffected(), 3);
        }
        {
            sql::Query update(*store, QStringLiteral("UPDATE u SET g = g + 10 WHERE g = ?"));
            update << 99;
            QVERIFY2(update.exec(&status), qPrintable(status.message));
            QCOMPARE(update.numRowsAffected(), 0);
        }
        // A read left after its first row, then the same text with another
        // value: the kept statement starts afresh with the new value.
        const QString byGroup = QStringLiteral("SELECT k FROM u WHERE g = ? ORDER BY k");
        {
            sql::Query q(*store, byGroup);
            q << 11;
            QVERIFY2(q.exec(&status), qPrintable(status.message));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("k0"));
        }
        {
            sql::Query q(*store, byGroup);
            q << 2;
            QVERIFY2(q.exec(&status), qPrintable(status.message));
            QStringList keys;
            while (q.next())
                keys << q.value(0).toString();
            QVERIFY(q.done(&status));
            QCOMPARE(keys, (QStringList { QStringLiteral("k3"), QStringLiteral("k4"), QStringLiteral("k5") }));
        }
        // A statement left open does not hold up a write transaction's commit.
        {
            sql::Query open(*store, byGroup);
            open << 11;
            QVERIFY2(open.exec(&status), qPrintable(status.message));
            QVERIFY(open.next());
            WriteTransaction tx(*store);
            QVERIFY2(tx.begin(&status), qPrintable(status.message));
            sql::Query insert(*store, insertText);
            insert << QStringLiteral("k6") << 3;
            QVERIFY2(insert.exec(&status), qPrintable(status.message));
            QVERIFY2(tx.commit(&status), qPrintable(status.message));
        }
        QCOMPARE(column(*store, QStringLiteral("SELECT COUNT(*) FROM u")).value(0).toInt(), 7);
    }

    void storeErrorsQuoteNoData()
    {
        // PostgreSQL's DETAIL lines can quote a whole failing row.
        OPEN_FRESH_STORE(db, store);
        const QSqlError error(QStringLiteral("QPSQL: Unable to create query"),
            QStringLiteral("ERROR:  null value in column \"customer_name\" violates "
                           "not-null constraint\nDETAIL:  Failing row contains (1, %1, %2).")
                .arg(secretAccount(), secretPin()),
            QSqlError::StatementError, QStringLiteral("23502"));
        const StoreStatus status = sql::statusFromError(*store, error);
        QVERIFY(!status.ok());
        QVERIFY(status.message.contains(QLatin1String("not-null constraint")));
        QVERIFY(!status.message.contains(secretAccount()));
        QVERIFY(!status.message.contains(secretPin()));
    }

    void damageErrorsAreDamaged_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // StoreStatus::Code
        const int damaged = int(StoreStatus::Code::Damaged);
        const int unavailable = int(StoreStatus::Code::Unavailable);
        const int failed = int(StoreStatus::Code::Failed);
        QTest::newRow("SQLITE_CORRUPT")
            << QStringLiteral("sqlite") << QStringLiteral("11")
            << QStringLiteral("database disk image is malformed") << damaged;
        QTest::newRow("SQLITE_CORRUPT_INDEX")
            << QStringLiteral("sqlite") << QStringLiteral("779")
            << QStringLiteral("database disk image is malformed") << damaged;
        QTest::newRow("SQLITE_NOTADB") << QStringLiteral("sqlite") << QStringLiteral("26")
                                       << QStringLiteral("file is not a database") << damaged;
        QTest::newRow("malformed, no code")
            << QStringLiteral("sqlite") << QString()
            << QStringLiteral("database disk image is malformed") << damaged;
        QTest::newRow("SQLITE_BUSY") << QStringLiteral("sqlite") << QStringLiteral("5")
                                     << QStringLiteral("database is locked") << unavailable;
        QTest::newRow("SQLITE_CONSTRAINT") << QStringLiteral("sqlite") << QStringLiteral("2067")
                                           << QStringLiteral("UNIQUE constraint failed") << failed;
        QTest::newRow("data_corrupted")
            << QStringLiteral("postgresql") << QStringLiteral("XX001")
            << QStringLiteral("ERROR:  invalid page in block 9") << damaged;
        QTest::newRow("index_corrupted") << QStringLiteral("postgresql") << QStringLiteral("XX002")
                                         << QStringLiteral("ERROR:  index is corrupted") << damaged;
        QTest::newRow("lock_not_available")
            << QStringLiteral("postgresql") << QStringLiteral("55P03")
            << QStringLiteral("ERROR:  canceling statement due to lock timeout") << unavailable;
    }

    void damageErrorsAreDamaged()
    {
        QFETCH(QString, engine);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, expected);
        if (engine != TestDatabase::engine())
            QSKIP("another engine's error");
        OPEN_FRESH_STORE(db, store);
        const QSqlError error(
            QStringLiteral("Unable to fetch row"), text, QSqlError::ConnectionError, code);
        const StoreStatus status = sql::statusFromError(*store, error);
        QCOMPARE(int(status.code), expected);
        QVERIFY2(status.message.contains(store->displayName()), qPrintable(status.message));
    }

    void damageFoundAfterOpenIsDamaged()
    {
        // The check at open cannot see damage done later (a disk going bad,
        // another tool writing into the file): what a statement runs into is
        // reported as damage, not as an empty or shortened answer.
        if (TestDatabase::isPostgres())
            QSKIP("A damaged file is a SQLite matter");
        TestDatabase db;
        StoreStatus status;
        const QStringList numbers = seattleRange(2400, 600);
        {
            auto store = Store::open(db.url(), &status);
            QVERIFY2(store, qPrintable(status.message));
            Services service(*store);
            qint64 id = 0;
            CHECKED(portInAndActivate(service, portIn(numbers), &id));
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        Services service(*store);
        // Where the inventory's pages are, asked on a connection of its own
        // (the store's must not have read them before the damage).
        QVariantList leaves;
        int pageSize = 0;
        {
            auto look = Store::open(db.url(), &status);
            QVERIFY2(look, qPrintable(status.message));
            leaves = column(*look,
                QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'inventory' AND "
                               "pagetype = 'leaf' ORDER BY pageno"));
            pageSize = column(*look, QStringLiteral("PRAGMA page_size")).value(0).toInt();
        }
        if (leaves.size() < 3)
            QSKIP("this SQLite has no dbstat table to find a page of the inventory");
        // A leaf in the middle: a list runs into it after its first rows.
        const qint64 page = leaves.at(leaves.size() / 2).toLongLong();
        {
            QFile file(db.sqlitePath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((page - 1) * pageSize));
            QByteArray garbage(pageSize, '\0');
            QRandomGenerator random(11);
            for (char &c : garbage)
                c = char(random.bounded(256));
            QCOMPARE(file.write(garbage), qint64(pageSize));
        }

        const QList<InventoryNumber> listed = service.inventory.listInventory({}, &status);
        QCOMPARE(status.code, StoreStatus::Code::Damaged);
        QVERIFY2(status.message.contains(store->displayName()), qPrintable(status.message));
        QVERIFY(listed.isEmpty()); // no half list passed off as the inventory
        ChangeResult r = service.inventory.deleteNumbers(numbers);
        QCOMPARE(r.status.code, StoreStatus::Code::Damaged);

        // Once damage is known, nothing more is written, not even where the
        // pages are sound.
        const auto fileBytes = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = fileBytes(db.sqlitePath());
        const QByteArray walBefore = fileBytes(db.sqlitePath() + QStringLiteral("-wal"));
        r = service.directory.createVoiceConnector(QStringLiteral("pbx-late"), QString(), false);
        QCOMPARE(r.status.code, StoreStatus::Code::Damaged);
        QVERIFY2(r.status.message.contains(store->displayName()), qPrintable(r.status.message));
        m_clock.advanceDays(30);
        service.clock.tick(&status);
        QVERIFY(status.code == StoreStatus::Code::Damaged || status.ok());
        QCOMPARE(fileBytes(db.sqlitePath()), before);
        QCOMPARE(fileBytes(db.sqlitePath() + QStringLiteral("-wal")), walBefore);
    }

    void defaultUrlIsPerUserFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString url = Store::defaultUrl();
        QVERIFY(url.endsWith(QLatin1String("/portdesk.sqlite")));
        QVERIFY(QFileInfo(QFileInfo(url).path()).isDir());
        // The folder of the per-user store is its owner's alone.
        QCOMPARE(QFile::permissions(QFileInfo(url).path()) & 0x0077, QFileDevice::Permissions());
        QStandardPaths::setTestModeEnabled(false);
    }

    void unreachableServerIsUnavailable()
    {
        // Port 1 on loopback: nothing listens there.
        StoreStatus status;
        const auto store = Store::open(
            QStringLiteral("postgresql://portdesk:hunter2secret@127.0.0.1:1/nowhere"), &status);
        QVERIFY(!store);
        QCOMPARE(status.code, StoreStatus::Code::Unavailable);
        QVERIFY(status.message.contains(QLatin1String("127.0.0.1")));
        QVERIFY(!status.message.contains(QLatin1String("hunter2secret")));
    }

    void postgresUrlOptions()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("PostgreSQL only");
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        auto store = Store::open(
            db.url() + QStringLiteral("?sslmode=disable&application_name=portdesk-test"), &status);
        QVERIFY2(store, qPrintable(status.message));
        QVERIFY(!store->displayName().contains(QLatin1Char('?')));
        QCOMPARE(column(*store, QStringLiteral("SELECT current_setting('application_name')"))
                     .value(0)
                     .toString(),
            QStringLiteral("portdesk-test"));
    }

    void reopenKeepsData()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        qint64 id = 0;
        {
            auto store = Store::open(db.url(), &status);
            QVERIFY2(store, qPrintable(status.message));
            const ChangeResult r
                = Services(*store).cases.submitPortIn(portIn({ seattle(10), seattle(11) }));
            VERIFY_OK(r);
            id = r.id;
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        CaseRecord record;
        QVERIFY(Services(*store).cases.loadCase(id, &record, &status));
        QCOMPARE(record.numbers, (QStringList { seattle(10), seattle(11) }));
    }

    // -- Cases ---------------------------------------------------------------

    void submitAndLoadPortIn()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        PortInRequest request = portIn({ QStringLiteral("(206) 444-0101"),
            QStringLiteral("206.444.0102"), QStringLiteral("1-206-444-0103") });
        const ChangeResult r = service.cases.submitPortIn(request);
        VERIFY_OK(r);
        QVERIFY(r.id > 0);
        QCOMPARE_ENUM(r.state, CaseState::Submitted);

        CaseRecord record;
        StoreStatus status;
        QVERIFY2(service.cases.loadCase(r.id, &record, &status), qPrintable(status.message));
        QCOMPARE(record.id, r.id);
        QCOMPARE_ENUM(record.kind, CaseKind::PortIn);
        QCOMPARE_ENUM(record.state, CaseState::Submitted);
        QCOMPARE_ENUM(record.productType, ProductType::BusinessCalling);
        QCOMPARE(record.adminEmail, QStringLiteral("admin@example.com"));
        QCOMPARE(record.customerName, QStringLiteral("Example Corp"));
        QCOMPARE(record.requestedPortAt, requestedPortTime());
        QVERIFY(!record.focAt.isValid());
        QCOMPARE(record.createdAt, startTime());
        QCOMPARE(record.updatedAt, startTime());
        // Numbers are stored in E.164, whatever notation came in.
        const QStringList e164 = { seattle(101), seattle(102), seattle(103) };
        QCOMPARE(record.numbers, e164);
        QCOMPARE(record.portIn.carriers.first().numbers, e164);
        QCOMPARE(record.portIn.carriers.first().accountNumber, secretAccount());
        QCOMPARE(record.portIn.carriers.first().pin, secretPin());
        QCOMPARE(record.events.size(), 1);
        QCOMPARE(record.events.first().seq, 1);
        QCOMPARE_ENUM(record.events.first().event.event, CaseEvent::Submit);
        QCOMPARE_ENUM(record.events.first().event.actor, Role::Admin);
        QCOMPARE(record.events.first().event.at, startTime());

        QVariantList stored = column(*store,
            QStringLiteral("SELECT e164 FROM case_numbers WHERE case_id = ? ORDER BY e164"),
            { r.id });
        QStringList storedNumbers;
        for (const QVariant &v : stored)
            storedNumbers << v.toString();
        QCOMPARE(storedNumbers, e164);

        // A second case gets its own id; a missing case is not found.
        const ChangeResult second = service.cases.submitPortIn(portIn({ seattle(201) }));
        VERIFY_OK(second);
        QVERIFY(second.id != r.id);
        QVERIFY(!service.cases.loadCase(second.id + 1000, &record, &status));
        QVERIFY(status.ok());
    }

    void listCasesFiltersByState()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const ChangeResult r = service.cases.submitPortIn(portIn({ seattle(300 + i) }));
            VERIFY_OK(r);
            ids << r.id;
        }
        VERIFY_OK(service.cases.advance(ids.at(1), CaseEvent::Portable, Role::Support, {}));
        const QList<CaseSummary> all = service.cases.listCases();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, ids.at(0));
        QCOMPARE(all.at(0).numberCount, 1);
        QCOMPARE(all.at(0).customerName, QStringLiteral("Example Corp"));
        const CaseState portable = CaseState::Portable;
        const QList<CaseSummary> filtered = service.cases.listCases(&portable);
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().id, ids.at(1));
        const CaseState submitted = CaseState::Submitted;
        QCOMPARE(service.cases.listCases(&submitted).size(), 2);
        const CaseState closed = CaseState::Closed;
        QCOMPARE(service.cases.listCases(&closed).size(), 0);
    }

    void refusedSubmitWritesNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("rules");

        QTest::newRow("several rules at once")
            << QStringLiteral("several")
            << QStringList { QStringLiteral("adminEmail"),
                   QStringLiteral("carriers[0].authorizingPerson"),
                   QStringLiteral("carriers[0].numbers[1]") }
            << QStringList { QStringLiteral("adminEmail.invalid"),
                   QStringLiteral("authorizingPerson.required"),
                   QStringLiteral("number.foreign-country") };
        QTest::newRow("unknown voice connector")
            << QStringLiteral("unknown-vc") << QStringList { QStringLiteral("voiceConnector") }
            << QStringList { QStringLiteral("voiceConnector.unknown") };
        QTest::newRow("number in another open port-in")
            << QStringLiteral("open-port")
            << QStringList { QStringLiteral("carriers[0].numbers[0]") }
            << QStringList { QStringLiteral("number.in-open-port") };
        QTest::newRow("number twice")
            << QStringLiteral("twice") << QStringList { QStringLiteral("carriers[0].numbers[1]") }
            << QStringList { QStringLiteral("number.duplicate") };
        QTest::newRow("requested date in the past")
            << QStringLiteral("past") << QStringList { QStringLiteral("requestedPortAt") }
            << QStringList { QStringLiteral("date.past") };
    }

    void refusedSubmitWritesNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, rules);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);

        PortInRequest request = portIn({ seattle(501), seattle(502) });
        if (mutation == QLatin1String("several")) {
            request.adminEmail = QStringLiteral("not an address");
            request.carriers[0].authorizingPerson.clear();
            request.carriers[0].numbers[1] = QStringLiteral("+14162223333"); // Toronto
        } else if (mutation == QLatin1String("unknown-vc")) {
            request.productType = ProductType::VoiceConnector;
            request.voiceConnector = QStringLiteral("nope");
        } else if (mutation == QLatin1String("open-port")) {
            VERIFY_OK(service.cases.submitPortIn(portIn({ seattle(501) })));
        } else if (mutation == QLatin1String("twice")) {
            request.carriers[0].numbers[1] = QStringLiteral("(206) 444-0501");
        } else if (mutation == QLatin1String("past")) {
            request.requestedPortAt = startTime().addDays(-3);
        }
        const qint64 casesBefore = count(*store, QStringLiteral("cases"));
        const qint64 eventsBefore = count(*store, QStringLiteral("case_events"));
        const qint64 numbersBefore = count(*store, QStringLiteral("case_numbers"));

        const ChangeResult r = service.cases.submitPortIn(request);
        QVERIFY2(r.refused(), qPrintable(describe(r)));
        QCOMPARE(r.id, qint64(0));
        for (qsizetype i = 0; i < rules.size(); ++i)
            QVERIFY2(hasRule(r, fields.at(i), rules.at(i)),
                qPrintable(fields.at(i) + QLatin1Char(' ') + rules.at(i)
                    + QLatin1String(" missing in\n") + describe(r)));
        QCOMPARE(count(*store, QStringLiteral("cases")), casesBefore);
        QCOMPARE(count(*store, QStringLiteral("case_events")), eventsBefore);
        QCOMPARE(count(*store, QStringLiteral("case_numbers")), numbersBefore);
        // checkPortIn gives the same verdict without a transaction.
        QVERIFY(hasErrors(service.cases.checkPortIn(request)));
    }

    void submitWarningsDoNotBlock()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        PortInRequest request = portIn({ seattle(601) });
        request.requestedPortAt = iso("2026-03-06T10:00:00-05:00"); // Friday, in four days
        const ChangeResult r = service.cases.submitPortIn(request);
        VERIFY_OK(r);
        QVERIFY(hasRule(r, QStringLiteral("requestedPortAt"), QStringLiteral("date.too-soon")));
        QCOMPARE(count(*store, QStringLiteral("cases")), 1);
    }

    void advance_data()
    {
        QTest::addColumn<QList<CaseEvent>>("before");
        QTest::addColumn<CaseEvent>("event");
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QDateTime>("focAt");
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<CaseState>("state");
        QTest::addColumn<bool>("signLoas"); // the admin signs the LOAs before the step

        const QList<CaseEvent> none;
        const QList<CaseEvent> toApproved = { CaseEvent::Portable, CaseEvent::RequestLoa,
            CaseEvent::SubmitLoa, CaseEvent::Approve };
        QTest::newRow("portable by support")
            << none << CaseEvent::Portable << Role::Support << QString() << QDateTime() << QString()
            << CaseState::Portable << false;
        QTest::newRow("portable by admin")
            << none << CaseEvent::Portable << Role::Admin << QString() << QDateTime()
            << QStringLiteral("event.wrong-role") << CaseState::Submitted << false;
        QTest::newRow("approve too early")
            << none << CaseEvent::Approve << Role::Support << QString() << QDateTime()
            << QStringLiteral("event.illegal-state") << CaseState::Submitted << false;
        QTest::newRow("not portable without reason")
            << none << CaseEvent::NotPortable << Role::Support << QString() << QDateTime()
            << QStringLiteral("event.missing-reason") << CaseState::Submitted << false;
        QTest::newRow("not portable with reason")
            << none << CaseEvent::NotPortable << Role::Support
            << QStringLiteral("Numbers belong to another customer") << QDateTime() << QString()
            << CaseState::NotPortable << false;
        QTest::newRow("submit LOA")
            << QList<CaseEvent> { CaseEvent::Portable, CaseEvent::RequestLoa }
            << CaseEvent::SubmitLoa << Role::Admin << QString() << QDateTime() << QString()
            << CaseState::LoaSubmitted << true;
        QTest::newRow("submit LOA unsigned")
            << QList<CaseEvent> { CaseEvent::Portable, CaseEvent::RequestLoa }
            << CaseEvent::SubmitLoa << Role::Admin << QString() << QDateTime()
            << QStringLiteral("loa.unsigned") << CaseState::LoaRequested << false;
        QTest::newRow("submit LOA by support, signed")
            << QList<CaseEvent> { CaseEvent::Portable, CaseEvent::RequestLoa }
            << CaseEvent::SubmitLoa << Role::Support << QString() << QDateTime()
            << QStringLiteral("event.wrong-role") << CaseState::LoaRequested << true;
        QTest::newRow("FOC in the past")
            << toApproved << CaseEvent::SetFoc << Role::Support << QString()
            << startTime().addDays(-1) << QStringLiteral("foc.past") << CaseState::CarrierApproved
            << false;
        QTest::newRow("FOC set") << toApproved << CaseEvent::SetFoc << Role::Support << QString()
                                 << focTime() << QString() << CaseState::FocReceived << false;
        QTest::newRow("port-out step on a port-in")
            << none << CaseEvent::IssuePin << Role::Support << QString() << QDateTime()
            << QStringLiteral("event.wrong-kind") << CaseState::Submitted << false;
        QTest::newRow("clock step by hand")
            << none << CaseEvent::Inventory << Role::System << QString() << QDateTime()
            << QStringLiteral("event.illegal-state") << CaseState::Submitted << false;
        QTest::newRow("cancel") << none << CaseEvent::Cancel << Role::Admin << QString()
                                << QDateTime() << QString() << CaseState::Cancelled << false;
        QTest::newRow("submit again")
            << none << CaseEvent::Submit << Role::Admin << QString() << QDateTime()
            << QStringLiteral("event.illegal-state") << CaseState::Submitted << false;
    }

    void advance()
    {
        QFETCH(QList<CaseEvent>, before);
        QFETCH(CaseEvent, event);
        QFETCH(Role, role);
        QFETCH(QString, reason);
        QFETCH(QDateTime, focAt);
        QFETCH(QString, rule);
        QFETCH(CaseState, state);
        QFETCH(bool, signLoas);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult submitted = service.cases.submitPortIn(portIn({ seattle(701) }));
        VERIFY_OK(submitted);
        CHECKED(walk(service, submitted.id, before));
        if (signLoas)
            VERIFY_OK(signAllLoas(service, submitted.id));

        EventArgs args;
        args.reason = reason;
        args.focAt = focAt;
        m_clock.advanceSeconds(60);
        const ChangeResult r = service.cases.advance(submitted.id, event, role, args);
        CaseRecord record;
        QVERIFY(service.cases.loadCase(submitted.id, &record));
        if (rule.isEmpty()) {
            VERIFY_OK(r);
            QCOMPARE(record.events.size(), before.size() + 2);
            QCOMPARE_ENUM(record.events.last().event.event, event);
            QCOMPARE_ENUM(record.events.last().event.actor, role);
            QCOMPARE(record.events.last().event.at, Clock::now());
            QCOMPARE(record.updatedAt, Clock::now());
        } else {
            QVERIFY2(r.refused(), qPrintable(describe(r)));
            QVERIFY2(hasRule(r, QString(), rule), qPrintable(describe(r)));
            QCOMPARE(record.events.size(), before.size() + 1);
        }
        QCOMPARE_ENUM(r.state, state);
        QCOMPARE_ENUM(record.state, state);
        if (event == CaseEvent::SetFoc && rule.isEmpty())
            QCOMPARE(record.focAt, focAt);
        CHECKED(compareWithEvents(service, submitted.id));
    }

    void advanceUnknownCase()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult r = service.cases.advance(42, CaseEvent::Portable, Role::Support, {});
        QVERIFY(r.refused());
        QVERIFY(hasRule(r, QStringLiteral("case"), QStringLiteral("case.not-found")));
    }

    void eventLogIsAppendOnly()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult r = service.cases.submitPortIn(portIn({ seattle(801) }));
        VERIFY_OK(r);
        CHECKED(walk(service, r.id, { CaseEvent::Portable, CaseEvent::RequestLoa }));
        QCOMPARE(count(*store, QStringLiteral("case_events")), 3);

        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE case_events SET event = 'approve'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM case_events")));
        // The same seq twice is refused by the UNIQUE (case_id, seq) guard.
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO case_events (case_id, seq, event, actor, at, "
                           "state_after, payload) VALUES (?, 3, 'submit-loa', 'admin', 0, "
                           "'loa-submitted', '{}')")));
        q.addBindValue(r.id);
        QVERIFY(!q.exec());
        QCOMPARE(count(*store, QStringLiteral("case_events")), 3);
        CaseRecord record;
        QVERIFY(service.cases.loadCase(r.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::LoaRequested);
        QCOMPARE_ENUM(record.events.last().event.event, CaseEvent::RequestLoa);
    }

    void nestedWriteIsRefused()
    {
        // A change begun while another is being written on the same
        // connection (an event loop inside a long change) is refused and
        // leaves the first one whole: PostgreSQL would otherwise let the
        // inner COMMIT end the outer transaction half-way.
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        {
            WriteTransaction outer(*store);
            StoreStatus status;
            QVERIFY2(outer.begin(&status), qPrintable(status.message));
            QVERIFY(sql::run(*store,
                QStringLiteral("INSERT INTO users (email, created_at) VALUES ('a@example.com', 1)"),
                &status));
            const ChangeResult inner = service.cases.submitPortIn(portIn({ seattle(950) }));
            QVERIFY(!inner.ok());
            QCOMPARE(int(inner.status.code), int(StoreStatus::Code::Unavailable));
            QVERIFY(outer.active());
            outer.rollback(); // the outer change goes as a whole
        }
        QCOMPARE(count(*store, QStringLiteral("users")), qint64(0));
        QCOMPARE(count(*store, QStringLiteral("cases")), qint64(0));
        // And the store takes changes again afterwards.
        VERIFY_OK(service.cases.submitPortIn(portIn({ seattle(950) })));
    }

    void correctionAfterChangeRequest()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const PortInRequest original = portIn({ seattle(901), seattle(902) });
        const ChangeResult r = service.cases.submitPortIn(original);
        VERIFY_OK(r);
        CHECKED(walk(
            service, r.id, { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa }));

        // Not before a change request.
        PortInRequest corrected = original;
        corrected.carriers[0].accountNumber = QStringLiteral("55501234");
        ChangeResult c = service.cases.correctPortIn(r.id, corrected, Role::Admin);
        QVERIFY(hasRule(c, QString(), QStringLiteral("case.no-change-requested")));

        EventArgs change;
        change.fields = QStringList { QStringLiteral("accountNumber"), QStringLiteral("numbers") };
        change.reason = QStringLiteral("The carrier has another account number");
        VERIFY_OK(service.cases.advance(r.id, CaseEvent::RequestChange, Role::Support, change));

        // A field the change request did not name must stay as it was.
        PortInRequest tooMuch = corrected;
        tooMuch.carriers[0].customerName = QStringLiteral("Other Corp");
        const qint64 eventsBefore = count(*store, QStringLiteral("case_events"));
        c = service.cases.correctPortIn(r.id, tooMuch, Role::Admin);
        QVERIFY2(c.refused(), qPrintable(describe(c)));
        QVERIFY(hasRule(
            c, QStringLiteral("carriers[0].customerName"), QStringLiteral("change.not-requested")));
        QCOMPARE(count(*store, QStringLiteral("case_events")), eventsBefore);

        // Support cannot correct the admin's request.
        c = service.cases.correctPortIn(r.id, corrected, Role::Support);
        QVERIFY(hasRule(c, QString(), QStringLiteral("event.wrong-role")));

        // The named fields change, numbers included; the rest of the request is validated again.
        corrected.carriers[0].numbers
            = QStringList { seattle(901), QStringLiteral("(206) 444-0903") };
        m_clock.advanceDays(1);
        // Checked before anyone signs it: the same refusals as the
        // correction itself, but no signature needed and nothing written.
        const qint64 versionsBefore = count(*store, QStringLiteral("loa_versions"));
        c = service.cases.checkCorrection(r.id, tooMuch, Role::Admin);
        QVERIFY(hasRule(
            c, QStringLiteral("carriers[0].customerName"), QStringLiteral("change.not-requested")));
        c = service.cases.checkCorrection(r.id, corrected, Role::Support);
        QVERIFY(hasRule(c, QString(), QStringLiteral("event.wrong-role")));
        c = service.cases.checkCorrection(r.id, corrected, Role::Admin);
        VERIFY_OK(c);
        QCOMPARE(count(*store, QStringLiteral("case_events")), eventsBefore);
        QCOMPARE(count(*store, QStringLiteral("loa_versions")), versionsBefore);
        {
            CaseRecord unchanged;
            QVERIFY(service.cases.loadCase(r.id, &unchanged));
            QCOMPARE_ENUM(unchanged.state, CaseState::ChangeRequested);
        }
        // The LOA signed before shows the old account number and numbers: the
        // correction waits for the authorizing person to sign it.
        c = service.cases.correctPortIn(r.id, corrected, Role::Admin);
        QVERIFY2(hasRule(c, QStringLiteral("carriers[0]"), QStringLiteral("loa.changed")),
            qPrintable(describe(c)));
        QCOMPARE(count(*store, QStringLiteral("case_events")), eventsBefore);
        VERIFY_OK(signAllLoas(service, r.id, &corrected));
        c = service.cases.correctPortIn(r.id, corrected, Role::Admin);
        VERIFY_OK(c);
        QCOMPARE_ENUM(c.state, CaseState::LoaSubmitted);
        CaseRecord record;
        QVERIFY(service.cases.loadCase(r.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::LoaSubmitted);
        QCOMPARE(record.portIn.carriers.first().accountNumber, QStringLiteral("55501234"));
        QCOMPARE(record.numbers, (QStringList { seattle(901), seattle(903) }));
        QCOMPARE_ENUM(record.events.last().event.event, CaseEvent::SubmitLoa);
        QCOMPARE(record.events.last().event.args.fields, change.fields);
        QCOMPARE(
            column(*store,
                QStringLiteral("SELECT e164 FROM case_numbers WHERE case_id = ? ORDER BY e164"),
                { r.id }),
            (QVariantList { seattle(901), seattle(903) }));
        // 902 is free again for another port-in; 903 is not.
        QVERIFY(!hasErrors(service.cases.checkPortIn(portIn({ seattle(902) }))));
        QVERIFY(hasErrors(service.cases.checkPortIn(portIn({ seattle(903) }))));
        CHECKED(compareWithEvents(service, r.id));
    }

    void fullPortInFlowWithClock()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const QStringList numbers = { seattle(1101), seattle(1102) };
        qint64 id = 0;
        CHECKED(portInToFocConfirmed(service, portIn(numbers), focTime(), &id));
        CaseRecord record;
        QVERIFY(service.cases.loadCase(id, &record));
        QCOMPARE_ENUM(record.state, CaseState::FocConfirmed);
        QCOMPARE(record.focAt, focTime());

        // Nothing is due before FOC - 1 day.
        m_clock.set(focTime().addDays(-1).addSecs(-1));
        StoreStatus status;
        QCOMPARE(service.clock.tick(&status).size(), 0);
        QVERIFY(status.ok());
        QVERIFY(service.inventory.listInventory({}).isEmpty());

        // FOC - 1 day: the numbers arrive, not live yet.
        m_clock.set(focTime().addDays(-1));
        QList<AppliedStep> steps = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().caseId, id);
        QCOMPARE(steps.first().what, QStringLiteral("inventory"));
        QList<InventoryNumber> inventory = service.inventory.listInventory({});
        QCOMPARE(inventory.size(), 2);
        for (const InventoryNumber &n : inventory) {
            QCOMPARE_ENUM(n.status, NumberStatus::PortinInProgress);
            QCOMPARE(n.caseId, id);
            QCOMPARE_ENUM(n.productType, ProductType::BusinessCalling);
            QVERIFY(!n.tollFree);
            QCOMPARE(n.createdAt, focTime().addDays(-1));
        }
        QVERIFY(service.cases.loadCase(id, &record));
        QCOMPARE_ENUM(record.state, CaseState::InInventory);
        QCOMPARE_ENUM(record.events.last().event.actor, Role::System);
        // Applied once: the next tick finds nothing more.
        QCOMPARE(service.clock.tick(&status).size(), 0);

        // Assignable before activation.
        VERIFY_OK(service.inventory.assignToUser(seattle(1101), QStringLiteral("Pat@Example.com")));
        QCOMPARE_ENUM(
            inventoryNumber(service, seattle(1101)).status, NumberStatus::PortinInProgress);
        QCOMPARE(inventoryNumber(service, seattle(1101)).assignedUser,
            QStringLiteral("pat@example.com"));

        // At the FOC: activated; the assigned number goes live assigned.
        m_clock.set(focTime());
        steps = service.clock.tick(&status);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().what, QStringLiteral("activate"));
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1101)).status, NumberStatus::Assigned);
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1102)).status, NumberStatus::Unassigned);
        QVERIFY(service.cases.loadCase(id, &record));
        QCOMPARE_ENUM(record.state, CaseState::Completed);
        QCOMPARE(service.clock.tick(&status).size(), 0);
        CHECKED(compareWithEvents(service, id));

        // The same numbers cannot be ported in again: they are in the inventory.
        const ChangeResult again = service.cases.submitPortIn(portIn({ seattle(1102) }));
        QVERIFY(hasRule(again, QStringLiteral("carriers[0].numbers[0]"),
            QStringLiteral("number.in-inventory")));
    }

    void lateTickAppliesBothSteps()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        qint64 id = 0;
        CHECKED(portInToFocConfirmed(service, portIn({ seattle(1201) }), focTime(), &id));
        m_clock.set(focTime().addDays(3)); // nobody ran PortDesk for a while
        StoreStatus status;
        const QList<AppliedStep> steps = service.clock.tick(&status);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).what, QStringLiteral("inventory"));
        QCOMPARE(steps.at(1).what, QStringLiteral("activate"));
        CaseRecord record;
        QVERIFY(service.cases.loadCase(id, &record));
        QCOMPARE_ENUM(record.state, CaseState::Completed);
        QCOMPARE(record.events.size(), 9);
    }

    void tickExactlyOnceAcrossConnections()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const int caseCount = 6;
        QList<qint64> ids;
        for (int i = 0; i < caseCount; ++i) {
            qint64 id = 0;
            CHECKED(portInToFocConfirmed(
                service, portIn(seattleRange(1300 + 10 * i, 3)), focTime(), &id));
            ids << id;
        }
        m_clock.set(focTime().addSecs(3600));

        // Two programs on the same store tick at the same moment, several times.
        std::atomic<int> applied { 0 };
        std::atomic<int> failures { 0 };
        QStringList errors;
        QMutex errorMutex;
        auto ticker = [&](int rounds) {
            StoreStatus status;
            auto own = Store::open(db.url(), &status);
            if (!own) {
                ++failures;
                QMutexLocker lock(&errorMutex);
                errors << status.message;
                return;
            }
            Services mine(*own);
            for (int i = 0; i < rounds; ++i) {
                applied += int(mine.clock.tick(&status).size());
                if (!status.ok()) {
                    ++failures;
                    QMutexLocker lock(&errorMutex);
                    errors << status.message;
                }
            }
        };
        std::thread a(ticker, 3);
        std::thread b(ticker, 3);
        a.join();
        b.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(applied.load(), 2 * caseCount);
        for (qint64 id : std::as_const(ids)) {
            CaseRecord record;
            QVERIFY(service.cases.loadCase(id, &record));
            QCOMPARE_ENUM(record.state, CaseState::Completed);
            int inventorySteps = 0, activations = 0;
            for (const CaseEventRecord &e : record.events) {
                inventorySteps += e.event.event == CaseEvent::Inventory;
                activations += e.event.event == CaseEvent::Activate;
            }
            QCOMPARE(inventorySteps, 1);
            QCOMPARE(activations, 1);
        }
        QCOMPARE(count(*store, QStringLiteral("inventory")), qint64(3 * caseCount));
        QCOMPARE(count(*store, QStringLiteral("case_events")), qint64(caseCount * 9));
    }

    void quietTickTakesNoWriteLock_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name : { "empty store", "port-in submitted", "FOC in three days",
                 "in inventory before the FOC", "FOC rejected", "port-out submitted",
                 "ported out, a number left", "number deleted six days ago" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void quietTickTakesNoWriteLock()
    {
        // Every command and every GUI refresh ticks: with nothing due, a tick
        // must not queue behind (or block) another program's write.
        QFETCH(QString, scenario);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QDateTime due;
        CHECKED(quietScenario(service, scenario, &due));
        StoreStatus status;
        auto other = Store::open(db.url(), &status);
        QVERIFY2(other, qPrintable(status.message));
        CHECKED(shortenLockWait(*store));
        const qint64 events = count(*store, QStringLiteral("case_events"));

        CHECKED(holdWriteLock(*other));
        QList<AppliedStep> steps = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(steps.size(), 0);
        if (due.isValid()) {
            // Just before its moment still nothing; at it, the tick needs the
            // lock (and waits for it, as any writer does).
            m_clock.set(due.addSecs(-1));
            QCOMPARE(service.clock.tick(&status).size(), 0);
            QVERIFY2(status.ok(), qPrintable(status.message));
            m_clock.set(due);
            steps = service.clock.tick(&status);
            QCOMPARE(steps.size(), 0);
            QCOMPARE(status.code, StoreStatus::Code::Unavailable);
            CHECKED(releaseWriteLock(*other));
            steps = service.clock.tick(&status);
            QVERIFY2(status.ok(), qPrintable(status.message));
            QVERIFY(!steps.isEmpty());
            QCOMPARE(service.clock.tick(&status).size(), 0);
        } else {
            CHECKED(releaseWriteLock(*other));
            QCOMPARE(count(*store, QStringLiteral("case_events")), events);
        }
    }

    void rejectedFocIsForgotten()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult r = service.cases.submitPortIn(portIn({ seattle(2301) }));
        VERIFY_OK(r);
        CHECKED(walk(service, r.id,
            { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                CaseEvent::Approve }));
        EventArgs first;
        first.focAt = focTime();
        VERIFY_OK(service.cases.advance(r.id, CaseEvent::SetFoc, Role::Support, first));
        CaseRecord record;
        QVERIFY(service.cases.loadCase(r.id, &record));
        QCOMPARE(record.focAt, focTime());

        VERIFY_OK(service.cases.advance(r.id, CaseEvent::RejectFoc, Role::Admin, {}));
        QVERIFY(service.cases.loadCase(r.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::CarrierApproved);
        QVERIFY2(!record.focAt.isValid(), qPrintable(record.focAt.toString(Qt::ISODate)));
        QVERIFY(column(*store, QStringLiteral("SELECT foc_at FROM cases WHERE id = ?"), { r.id })
                    .value(0)
                    .isNull());
        CHECKED(compareWithEvents(service, r.id));

        // Past the rejected date the clock finds nothing to do with the case.
        m_clock.set(focTime().addDays(1));
        QList<qint64> candidates;
        StoreStatus status;
        QVERIFY2(CaseRepository(*store).dueCases(Clock::now(), &candidates, &status),
            qPrintable(status.message));
        QVERIFY(!candidates.contains(r.id));
        QCOMPARE(service.clock.tick(&status).size(), 0);
        QVERIFY(service.inventory.listInventory({}).isEmpty());

        // Another FOC is set and confirmed: that one is in force.
        const QDateTime second = iso("2026-04-01T14:00:00Z");
        EventArgs again;
        again.focAt = second;
        VERIFY_OK(service.cases.advance(r.id, CaseEvent::SetFoc, Role::Support, again));
        VERIFY_OK(service.cases.advance(r.id, CaseEvent::ConfirmFoc, Role::Admin, {}));
        QVERIFY(service.cases.loadCase(r.id, &record));
        QCOMPARE(record.focAt, second);
        CHECKED(compareWithEvents(service, r.id));
        m_clock.set(second.addDays(-1).addSecs(-1));
        QCOMPARE(service.clock.tick(&status).size(), 0);
        m_clock.set(second.addDays(-1));
        const QList<AppliedStep> steps = service.clock.tick(&status);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().what, QStringLiteral("inventory"));
    }

    // -- Inventory -----------------------------------------------------------

    void inventoryRefusals_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("targets"); // fixture names
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::newRow("toll-free to a user")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("tf") }
            << QStringLiteral("pat@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.toll-free-to-user");
        QTest::newRow("Voice Connector number to a user")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("vc") }
            << QStringLiteral("pat@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.product-mismatch");
        QTest::newRow("Business Calling number to a connector")
            << QStringLiteral("assign-vc") << QStringList { QStringLiteral("free") }
            << QStringLiteral("pbx-east") << QStringLiteral("number")
            << QStringLiteral("inventory.product-mismatch");
        QTest::newRow("unknown connector")
            << QStringLiteral("assign-vc") << QStringList { QStringLiteral("vc") }
            << QStringLiteral("nope") << QStringLiteral("voiceConnector")
            << QStringLiteral("voiceConnector.not-found");
        QTest::newRow("invalid email")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("free") }
            << QStringLiteral("not-an-email") << QStringLiteral("email")
            << QStringLiteral("email.invalid");
        QTest::newRow("no email") << QStringLiteral("assign-user")
                                  << QStringList { QStringLiteral("free") } << QString()
                                  << QStringLiteral("email") << QStringLiteral("email.required");
        QTest::newRow("delete nothing")
            << QStringLiteral("delete") << QStringList() << QString() << QStringLiteral("numbers")
            << QStringLiteral("numbers.required");
        QTest::newRow("restore nothing")
            << QStringLiteral("restore") << QStringList() << QString() << QStringLiteral("numbers")
            << QStringLiteral("numbers.required");
        QTest::newRow("already assigned")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("taken") }
            << QStringLiteral("sam@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.already-assigned");
        QTest::newRow("assign a deleted number")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("deleted") }
            << QStringLiteral("pat@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.deleted");
        QTest::newRow("assign a number porting out")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("out") }
            << QStringLiteral("pat@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.porting-out");
        QTest::newRow("assign an unknown number")
            << QStringLiteral("assign-user") << QStringList { QStringLiteral("unknown") }
            << QStringLiteral("pat@example.com") << QStringLiteral("number")
            << QStringLiteral("inventory.not-found");
        QTest::newRow("unassign an unassigned number")
            << QStringLiteral("unassign") << QStringList { QStringLiteral("free") } << QString()
            << QStringLiteral("number") << QStringLiteral("inventory.not-assigned");
        QTest::newRow("unassign a deleted number")
            << QStringLiteral("unassign") << QStringList { QStringLiteral("deleted") } << QString()
            << QStringLiteral("number") << QStringLiteral("inventory.deleted");
        QTest::newRow("delete an assigned number")
            << QStringLiteral("delete") << QStringList { QStringLiteral("taken") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.delete-assigned");
        QTest::newRow("delete twice")
            << QStringLiteral("delete") << QStringList { QStringLiteral("deleted") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.already-deleted");
        QTest::newRow("delete during a port-out")
            << QStringLiteral("delete") << QStringList { QStringLiteral("out") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.delete-porting-out");
        QTest::newRow("delete while porting in")
            << QStringLiteral("delete") << QStringList { QStringLiteral("arriving") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.delete-porting-in");
        QTest::newRow("delete an unknown number")
            << QStringLiteral("delete") << QStringList { QStringLiteral("unknown") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.not-found");
        QTest::newRow("delete all or nothing")
            << QStringLiteral("delete")
            << QStringList { QStringLiteral("free"), QStringLiteral("taken"),
                   QStringLiteral("free2") }
            << QString() << QStringLiteral("numbers[1]")
            << QStringLiteral("inventory.delete-assigned");
        QTest::newRow("restore a number not deleted")
            << QStringLiteral("restore") << QStringList { QStringLiteral("free") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.not-deleted");
        QTest::newRow("restore all or nothing")
            << QStringLiteral("restore")
            << QStringList { QStringLiteral("deleted"), QStringLiteral("free") } << QString()
            << QStringLiteral("numbers[1]") << QStringLiteral("inventory.not-deleted");
        QTest::newRow("restore an unknown number")
            << QStringLiteral("restore") << QStringList { QStringLiteral("unknown") } << QString()
            << QStringLiteral("numbers[0]") << QStringLiteral("inventory.not-found");
    }

    void inventoryRefusals()
    {
        QFETCH(QString, op);
        QFETCH(QStringList, targets);
        QFETCH(QString, arg);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildInventory(service, &fixture));
        QStringList numbers;
        for (const QString &t : targets)
            numbers << fixture.value(t);

        const QList<InventoryNumber> before = service.inventory.listInventory({});
        const qint64 users = count(*store, QStringLiteral("users"));
        m_clock.advanceSeconds(30);
        ChangeResult r;
        if (op == QLatin1String("assign-user"))
            r = service.inventory.assignToUser(numbers.first(), arg);
        else if (op == QLatin1String("assign-vc"))
            r = service.inventory.assignToVoiceConnector(numbers.first(), arg);
        else if (op == QLatin1String("unassign"))
            r = service.inventory.unassign(numbers.first());
        else if (op == QLatin1String("delete"))
            r = service.inventory.deleteNumbers(numbers);
        else if (op == QLatin1String("restore"))
            r = service.inventory.restoreNumbers(numbers);
        QVERIFY2(r.refused(), qPrintable(describe(r)));
        QVERIFY2(hasRule(r, field, rule), qPrintable(describe(r)));

        // A refusal changes nothing.
        const QList<InventoryNumber> after = service.inventory.listInventory({});
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).e164, before.at(i).e164);
            QCOMPARE_ENUM(after.at(i).status, before.at(i).status);
            QCOMPARE(after.at(i).assignedTo(), before.at(i).assignedTo());
            QCOMPARE(after.at(i).updatedAt, before.at(i).updatedAt);
            QCOMPARE(after.at(i).deletedAt, before.at(i).deletedAt);
        }
        QCOMPARE(count(*store, QStringLiteral("users")), users);
    }

    void assignAndUnassign()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildInventory(service, &fixture));
        const QString free = fixture.value(QStringLiteral("free"));

        // Any notation names the number; the user row is created once.
        VERIFY_OK(service.inventory.assignToUser(
            PhoneNumbers::formatNational(free), QStringLiteral("Sam@Example.com")));
        InventoryNumber n = inventoryNumber(service, free);
        QCOMPARE_ENUM(n.status, NumberStatus::Assigned);
        QCOMPARE(n.assignedUser, QStringLiteral("sam@example.com"));
        QCOMPARE(n.assignedTo(), QStringLiteral("user:sam@example.com"));
        QCOMPARE(n.assignedAt, Clock::now());
        VERIFY_OK(service.inventory.assignToUser(
            fixture.value(QStringLiteral("free2")), QStringLiteral("sam@example.com")));
        QCOMPARE(column(*store, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"),
                     { QStringLiteral("sam@example.com") }),
            QVariantList { 1 });

        VERIFY_OK(service.inventory.unassign(free));
        n = inventoryNumber(service, free);
        QCOMPARE_ENUM(n.status, NumberStatus::Unassigned);
        QVERIFY(n.assignedTo().isEmpty());
        QVERIFY(!n.assignedAt.isValid());

        // Voice Connector numbers, toll-free included, go to a connector.
        for (const QString &name : { QStringLiteral("vc"), QStringLiteral("tf") }) {
            VERIFY_OK(
                service.inventory.assignToVoiceConnector(fixture.value(name), QStringLiteral("pbx-east")));
            n = inventoryNumber(service, fixture.value(name));
            QCOMPARE_ENUM(n.status, NumberStatus::Assigned);
            QCOMPARE(n.assignedTo(), QStringLiteral("voice-connector:pbx-east"));
        }
        QVERIFY(inventoryNumber(service, fixture.value(QStringLiteral("tf"))).tollFree);
        QCOMPARE_ENUM(inventoryNumber(service, fixture.value(QStringLiteral("tf"))).productType,
            ProductType::VoiceConnector);

        // A number porting in can be assigned ahead of activation.
        VERIFY_OK(service.inventory.assignToUser(
            fixture.value(QStringLiteral("arriving")), QStringLiteral("lee@example.com")));
        n = inventoryNumber(service, fixture.value(QStringLiteral("arriving")));
        QCOMPARE_ENUM(n.status, NumberStatus::PortinInProgress);
        QCOMPARE(n.assignedUser, QStringLiteral("lee@example.com"));
    }

    void deleteRestorePurge()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildInventory(service, &fixture));
        const QString a = fixture.value(QStringLiteral("free"));
        const QString b = fixture.value(QStringLiteral("free2"));

        VERIFY_OK(service.inventory.deleteNumbers({ a, b }));
        const QDateTime deletedAt = Clock::now();
        InventoryNumber n = inventoryNumber(service, a);
        QCOMPARE_ENUM(n.status, NumberStatus::DeleteInProgress);
        QCOMPARE(n.deletedAt, deletedAt);

        // Restorable for 7 days.
        m_clock.set(deletedAt.addDays(InventoryService::deletionQueueDays).addSecs(-1));
        VERIFY_OK(service.inventory.restoreNumbers({ a }));
        n = inventoryNumber(service, a);
        QCOMPARE_ENUM(n.status, NumberStatus::Unassigned);
        QVERIFY(!n.deletedAt.isValid());

        // Then not any more, even before the clock has purged it.
        m_clock.set(deletedAt.addDays(InventoryService::deletionQueueDays));
        ChangeResult r = service.inventory.restoreNumbers({ b });
        QVERIFY(
            hasRule(r, QStringLiteral("numbers[0]"), QStringLiteral("inventory.restore-expired")));

        StoreStatus status;
        QList<AppliedStep> steps = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QList<AppliedStep> purges;
        for (const AppliedStep &s : steps) {
            if (s.what == QLatin1String("purge"))
                purges << s;
        }
        // b and the fixture's own deleted number, deleted at the same time.
        QCOMPARE(purges.size(), 2);
        QStringList purged;
        for (const AppliedStep &s : purges)
            purged << s.detail;
        QVERIFY(purged.contains(b));
        QVERIFY(purged.contains(fixture.value(QStringLiteral("deleted"))));
        QCOMPARE(inventoryNumber(service, b).e164, QString());
        QCOMPARE_ENUM(inventoryNumber(service, a).status, NumberStatus::Unassigned);
        // Purged once.
        QCOMPARE(service.clock.tick(&status).size(), 0);
        // Gone for good: not restorable, and free to be ported in again.
        r = service.inventory.restoreNumbers({ b });
        QVERIFY(hasRule(r, QStringLiteral("numbers[0]"), QStringLiteral("inventory.not-found")));
        ChangeResult check;
        check.violations = service.cases.checkPortIn(portIn({ b }));
        QVERIFY(!hasRule(check, QString(), QStringLiteral("number.in-inventory")));
    }

    void listInventoryFiltersAndPages()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        qint64 id = 0;
        QStringList numbers = seattleRange(1500, 20);
        for (int i = 0; i < 5; ++i)
            numbers << QStringLiteral("+1425454%1").arg(2000 + i); // Bellevue
        CHECKED(portInAndActivate(service, portIn(numbers), &id));
        for (int i = 0; i < 4; ++i)
            VERIFY_OK(service.inventory.assignToUser(seattle(1500 + i), QStringLiteral("pat@example.com")));

        QList<InventoryNumber> all = service.inventory.listInventory({});
        QCOMPARE(all.size(), numbers.size());
        QStringList sorted = numbers;
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).e164, sorted.at(i));

        InventoryFilter filter;
        filter.prefix = QStringLiteral("+1425");
        QCOMPARE(service.inventory.listInventory(filter).size(), 5);
        filter.prefix = QStringLiteral("1 (206)"); // any notation of a prefix
        QCOMPARE(service.inventory.listInventory(filter).size(), 20);
        filter.hasStatus = true;
        filter.status = NumberStatus::Assigned;
        QCOMPARE(service.inventory.listInventory(filter).size(), 4);
        filter.prefix.clear();
        filter.status = NumberStatus::Unassigned;
        QCOMPARE(service.inventory.listInventory(filter).size(), 21);

        // Keyset paging visits every number once, in order.
        InventoryFilter page;
        page.limit = 7;
        QStringList seen;
        for (int guard = 0; guard < 10; ++guard) {
            const QList<InventoryNumber> rows = service.inventory.listInventory(page);
            QVERIFY(rows.size() <= 7);
            for (const InventoryNumber &n : rows)
                seen << n.e164;
            if (rows.size() < page.limit)
                break;
            page.afterE164 = rows.last().e164;
        }
        QCOMPARE(seen, sorted);
        // Paging combined with a filter.
        page.afterE164 = seattle(1510);
        page.prefix = QStringLiteral("+1206");
        page.limit = 100;
        QCOMPARE(service.inventory.listInventory(page).size(), 9);
    }

    // -- Port-out ------------------------------------------------------------

    void portOutFlow()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        qint64 portInId = 0;
        CHECKED(portInAndActivate(service, portIn(seattleRange(1601, 3)), &portInId));
        VERIFY_OK(service.inventory.assignToUser(seattle(1601), QStringLiteral("pat@example.com")));

        const ChangeResult out
            = service.cases.submitPortOut(portOut({ QStringLiteral("(206) 444-1601"), seattle(1602) }));
        VERIFY_OK(out);
        CaseRecord record;
        QVERIFY(service.cases.loadCase(out.id, &record));
        QCOMPARE_ENUM(record.kind, CaseKind::PortOut);
        QCOMPARE_ENUM(record.state, CaseState::Submitted);
        QCOMPARE(record.numbers, (QStringList { seattle(1601), seattle(1602) }));
        // In the port-out, keeping their assignment.
        InventoryNumber n = inventoryNumber(service, seattle(1601));
        QCOMPARE_ENUM(n.status, NumberStatus::PortoutInProgress);
        QCOMPARE(n.assignedUser, QStringLiteral("pat@example.com"));
        QCOMPARE(n.portOutCaseId, out.id);
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1603)).status, NumberStatus::Unassigned);

        // Not twice.
        ChangeResult again = service.cases.submitPortOut(portOut({ seattle(1602) }));
        QVERIFY(hasRule(
            again, QStringLiteral("numbers[0]"), QStringLiteral("number.in-open-port-out")));

        EventArgs pin;
        pin.accountId = QStringLiteral("ACC-1");
        pin.pin = secretPortOutPin();
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
        QVERIFY(service.cases.loadCase(out.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::PinIssued);
        QCOMPARE(record.portOutAccountId, QStringLiteral("ACC-1"));
        QCOMPARE(record.portOutPin, secretPortOutPin());

        ChangeResult del = service.inventory.deleteNumbers({ seattle(1602) });
        QVERIFY(hasRule(
            del, QStringLiteral("numbers[0]"), QStringLiteral("inventory.delete-porting-out")));

        VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
        QVERIFY(inventoryNumber(service, seattle(1601)).portedOut);
        QVERIFY(inventoryNumber(service, seattle(1602)).portedOut);
        QVERIFY(!inventoryNumber(service, seattle(1603)).portedOut);

        // Unassign and delete them; the case closes by the clock once none is left.
        del = service.inventory.deleteNumbers({ seattle(1601) });
        QVERIFY(hasRule(
            del, QStringLiteral("numbers[0]"), QStringLiteral("inventory.delete-assigned")));
        VERIFY_OK(service.inventory.unassign(seattle(1601)));
        QCOMPARE_ENUM(
            inventoryNumber(service, seattle(1601)).status, NumberStatus::PortoutInProgress);
        VERIFY_OK(service.inventory.deleteNumbers({ seattle(1601) }));
        StoreStatus status;
        QCOMPARE(service.clock.tick(&status).size(), 0); // one number left
        QVERIFY(service.cases.loadCase(out.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::PortedOut);
        VERIFY_OK(service.inventory.deleteNumbers({ seattle(1602) }));
        m_clock.advanceSeconds(60);
        QList<AppliedStep> steps = service.clock.tick(&status);
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().caseId, out.id);
        QCOMPARE(steps.first().what, QStringLiteral("close"));
        QVERIFY(service.cases.loadCase(out.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::Closed);
        QCOMPARE_ENUM(record.events.last().event.actor, Role::System);
        QCOMPARE(service.clock.tick(&status).size(), 0);
        CHECKED(compareWithEvents(service, out.id));

        // A week later the deletion queue is purged.
        m_clock.advanceDays(InventoryService::deletionQueueDays);
        steps = service.clock.tick(&status);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(service.inventory.listInventory({}).size(), 1);
    }

    void portedOutNumberCannotBeRestored()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        qint64 portInId = 0;
        CHECKED(portInAndActivate(service, portIn(seattleRange(2101, 3)), &portInId));
        const QString gone = seattle(2101);
        const QString kept = seattle(2102);
        const ChangeResult out = service.cases.submitPortOut(portOut({ gone }));
        VERIFY_OK(out);
        EventArgs pin;
        pin.accountId = QStringLiteral("ACC-3");
        pin.pin = secretPortOutPin();
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
        ChangeResult r = service.inventory.assignToUser(gone, QStringLiteral("pat@example.com"));
        QVERIFY2(hasRule(r, QStringLiteral("number"), QStringLiteral("inventory.ported-out")),
            qPrintable(describe(r)));
        VERIFY_OK(service.inventory.deleteNumbers({ gone, kept }));

        // Not while the port-out is open, and not once it has closed.
        r = service.inventory.restoreNumbers({ gone });
        QVERIFY2(hasRule(r, QStringLiteral("numbers[0]"), QStringLiteral("inventory.ported-out")),
            qPrintable(describe(r)));
        m_clock.advanceSeconds(60);
        StoreStatus status;
        const QList<AppliedStep> steps = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().what, QStringLiteral("close"));
        CaseRecord record;
        QVERIFY(service.cases.loadCase(out.id, &record));
        QCOMPARE_ENUM(record.state, CaseState::Closed);

        r = service.inventory.restoreNumbers({ kept, gone });
        QVERIFY(r.refused());
        QVERIFY2(hasRule(r, QStringLiteral("numbers[1]"), QStringLiteral("inventory.ported-out")),
            qPrintable(describe(r)));
        QCOMPARE(r.violations.size(), 1);
        QVERIFY2(r.violations.first().message.contains(PhoneNumbers::formatNational(gone)),
            qPrintable(r.violations.first().message));
        // All or nothing: the other number is still in the queue.
        QCOMPARE_ENUM(inventoryNumber(service, kept).status, NumberStatus::DeleteInProgress);
        InventoryNumber n = inventoryNumber(service, gone);
        QCOMPARE_ENUM(n.status, NumberStatus::DeleteInProgress);
        QVERIFY(n.portedOut);
        r = service.inventory.assignToUser(gone, QStringLiteral("pat@example.com"));
        QVERIFY2(hasRule(r, QStringLiteral("number"), QStringLiteral("inventory.ported-out")),
            qPrintable(describe(r)));

        VERIFY_OK(service.inventory.restoreNumbers({ kept }));
        VERIFY_OK(service.inventory.assignToUser(kept, QStringLiteral("pat@example.com")));

        // The queue lets it go for good; then it may come back by a port-in.
        m_clock.advanceDays(InventoryService::deletionQueueDays);
        service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(inventoryNumber(service, gone).e164, QString());
        ChangeResult check;
        check.violations = service.cases.checkPortIn(portIn({ gone }));
        QVERIFY(!hasRule(check, QString(), QStringLiteral("number.in-inventory")));
    }

    void portOutRefusals()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildInventory(service, &fixture));
        const qint64 cases = count(*store, QStringLiteral("cases"));

        ChangeResult r = service.cases.submitPortOut(portOut({ fixture.value(QStringLiteral("unknown")),
            fixture.value(QStringLiteral("vc")), fixture.value(QStringLiteral("deleted")),
            fixture.value(QStringLiteral("arriving")), fixture.value(QStringLiteral("free")) }));
        QVERIFY(r.refused());
        QVERIFY(
            hasRule(r, QStringLiteral("numbers[0]"), QStringLiteral("number.not-in-inventory")));
        QVERIFY(
            hasRule(r, QStringLiteral("numbers[1]"), QStringLiteral("number.wrong-product-type")));
        QVERIFY(hasRule(r, QStringLiteral("numbers[2]"), QStringLiteral("number.deleted")));
        QVERIFY(hasRule(r, QStringLiteral("numbers[3]"), QStringLiteral("number.not-active")));
        QCOMPARE(count(*store, QStringLiteral("cases")), cases);
        // The valid number in the refused request was left alone.
        QCOMPARE_ENUM(inventoryNumber(service, fixture.value(QStringLiteral("free"))).status,
            NumberStatus::Unassigned);

        // Only an admin submits.
        r = service.cases.submitPortOut(
            portOut({ fixture.value(QStringLiteral("vc")) }, ProductType::VoiceConnector),
            Role::Support);
        QVERIFY(hasRule(r, QString(), QStringLiteral("event.wrong-role")));
        QCOMPARE(count(*store, QStringLiteral("cases")), cases);

        r = service.cases.submitPortOut(
            portOut({ fixture.value(QStringLiteral("vc")) }, ProductType::VoiceConnector));
        VERIFY_OK(r);
    }

    void portOutCancelReleasesNumbers()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        qint64 portInId = 0;
        CHECKED(portInAndActivate(service, portIn(seattleRange(1701, 2)), &portInId));
        VERIFY_OK(service.inventory.assignToUser(seattle(1701), QStringLiteral("pat@example.com")));
        const ChangeResult out = service.cases.submitPortOut(portOut(seattleRange(1701, 2)));
        VERIFY_OK(out);
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::Cancel, Role::Admin, {}));
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1701)).status, NumberStatus::Assigned);
        QCOMPARE_ENUM(inventoryNumber(service, seattle(1702)).status, NumberStatus::Unassigned);
        QCOMPARE(inventoryNumber(service, seattle(1702)).portOutCaseId, qint64(0));
        VERIFY_OK(service.cases.submitPortOut(portOut({ seattle(1702) })));
    }

    // -- Voice Connectors ----------------------------------------------------

    void createVoiceConnector_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule"); // empty: created
        QTest::newRow("plain") << QStringLiteral("pbx-west") << QStringLiteral("us-west-2")
                               << QString() << QString();
        QTest::newRow("default region")
            << QStringLiteral("pbx-2") << QString() << QString() << QString();
        QTest::newRow("name taken")
            << QStringLiteral("pbx-east") << QStringLiteral("us-west-2") << QStringLiteral("name")
            << QStringLiteral("voiceConnector.name-taken");
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("us-east-1")
                                 << QStringLiteral("name")
                                 << QStringLiteral("voiceConnector.name-required");
        QTest::newRow("bad name") << QStringLiteral("pbx/east;") << QStringLiteral("us-east-1")
                                  << QStringLiteral("name")
                                  << QStringLiteral("voiceConnector.name-invalid");
        QTest::newRow("unknown region")
            << QStringLiteral("pbx-mars") << QStringLiteral("mars-north-1")
            << QStringLiteral("region") << QStringLiteral("voiceConnector.region-unknown");
    }

    void createVoiceConnector()
    {
        QFETCH(QString, name);
        QFETCH(QString, region);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        VERIFY_OK(service.directory.createVoiceConnector(
            QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), false));
        const ChangeResult r = service.directory.createVoiceConnector(name, region, true);
        const QList<VoiceConnector> list = service.directory.listVoiceConnectors();
        if (rule.isEmpty()) {
            VERIFY_OK(r);
            QVERIFY(r.id > 0);
            QCOMPARE(list.size(), 2);
            const VoiceConnector &created = list.at(0).name == name ? list.at(0) : list.at(1);
            QCOMPARE(created.name, name);
            QCOMPARE(created.region,
                region.isEmpty() ? DirectoryService::voiceConnectorRegions().first() : region);
            QVERIFY(created.encryption);
            QCOMPARE(created.createdAt, Clock::now());
        } else {
            QVERIFY2(r.refused(), qPrintable(describe(r)));
            QVERIFY2(hasRule(r, field, rule), qPrintable(describe(r)));
            QCOMPARE(list.size(), 1);
            QVERIFY(!list.first().encryption);
        }
    }

    void voiceConnectorsListedByName()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        for (const char *name : { "zeta", "alpha", "mid" })
            VERIFY_OK(service.directory.createVoiceConnector(
                QLatin1String(name), QStringLiteral("us-west-2"), false));
        const QList<VoiceConnector> list = service.directory.listVoiceConnectors();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("alpha"));
        QCOMPARE(list.at(2).name, QStringLiteral("zeta"));
        // A Voice Connector port names one that exists.
        VERIFY_OK(service.cases.submitPortIn(
            portIn({ seattle(1801) }, ProductType::VoiceConnector, QStringLiteral("mid"))));
    }

    // -- Secrets -------------------------------------------------------------

    void secretsNeverLogged()
    {
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);

        qint64 portInId = 0;
        CaseRecord record;
        {
            OPEN_FRESH_STORE(db, store);
            Services service(*store);
            // Everything that handles a request, an event or a case, refusals and failures too.
            PortInRequest bad = portIn({ seattle(1901) });
            bad.adminEmail = QStringLiteral("nope");
            QVERIFY(service.cases.submitPortIn(bad).refused());
            service.cases.checkPortIn(portIn({ seattle(1901) }));
            CHECKED(
                portInAndActivate(service, portIn({ seattle(1901), seattle(1902) }), &portInId));
            const ChangeResult second = service.cases.submitPortIn(portIn({ seattle(1903) }));
            VERIFY_OK(second);
            CHECKED(walk(service, second.id,
                { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa }));
            EventArgs change;
            change.fields = QStringList { QStringLiteral("pin") };
            VERIFY_OK(service.cases.advance(second.id, CaseEvent::RequestChange, Role::Support, change));
            PortInRequest corrected = portIn({ seattle(1903) });
            corrected.carriers[0].pin = secretPin() + QStringLiteral("7");
            VERIFY_OK(signAllLoas(service, second.id, &corrected));
            VERIFY_OK(service.cases.correctPortIn(second.id, corrected, Role::Admin));
            const ChangeResult out = service.cases.submitPortOut(portOut({ seattle(1901) }));
            VERIFY_OK(out);
            EventArgs pin;
            pin.accountId = QStringLiteral("ACC-9");
            pin.pin = secretPortOutPin();
            QVERIFY(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Admin, pin).refused());
            VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
            QVERIFY(service.cases.loadCase(out.id, &record));
            QVERIFY(service.cases.loadCase(second.id, &record));
            service.clock.tick();
            service.cases.listCases();
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());

        // The secrets are in the store (the test would prove nothing otherwise)...
        QCOMPARE(record.portIn.carriers.first().accountNumber, secretAccount());
        QCOMPARE(record.portIn.carriers.first().pin, secretPin() + QStringLiteral("7"));
        // ...and in no log line.
        QMutexLocker lock(&g_logMutex);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(secretAccount()), qPrintable(line));
            QVERIFY2(!line.contains(secretPin()), qPrintable(line));
            QVERIFY2(!line.contains(secretPortOutPin()), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
