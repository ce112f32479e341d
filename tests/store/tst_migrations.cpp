// SPDX-License-Identifier: Apache-2.0
// The schema ladder on the engine named by PORTDESK_TEST_ENGINE: stores
// written at every earlier version upgrade keeping their data; a store from a
// newer PortDesk, a damaged file or somebody else's database is refused and
// left exactly as it was.

#include "StoreTestSupport.h"

#include "store/CaseRepository.h"
#include "store/SqlSupport.h"
#include "store/StoreCheck.h"

#include "core/CustomerTime.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QtEndian>

#include <thread>

using namespace portdesk;
using namespace storetest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QVariant exec1(const Store &store, const QString &text, const QVariantList &values)
{
    QSqlQuery q(store.database());
    if (!q.prepare(text)) {
        qWarning("prepare: %s", qPrintable(q.lastError().text()));
        return {};
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("exec: %s", qPrintable(q.lastError().text()));
        return {};
    }
    return q.next() ? q.value(0) : QVariant(true);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

// Schema 7's index of cases.search_text: SQLite's FTS5 table, PostgreSQL's
// pg_trgm GIN index.
bool hasSearchIndex(const Store &store)
{
    const QString text = store.isPostgres()
        ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'cases' "
                         "AND indexname = 'cases_search_trgm'")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'case_search'");
    return exec1(store, text, {}).toInt() == 1;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

public:
    TestMigrations() : m_clock(startTime()) { }

private:
    FixedClock m_clock;

    struct OldData {
        qint64 openCase = 0;
        qint64 cancelledCase = 0;
    };

    // Writes cases the way schema v1 held them: the case row and its events,
    // the numbers of each case (no toll-free flag, no open flag, no count yet).
    void writeV1Cases(const Store &store, OldData *data)
    {
        PortInRequest open = portIn(
            { tollFree(11), tollFree(12) }, ProductType::VoiceConnector, QStringLiteral("pbx-old"));
        const QJsonObject request = open.toJson();
        const qint64 t0 = ms(startTime());
        const QString insertCase = QStringLiteral(
            "INSERT INTO cases (kind, state, product_type, admin_email, customer_name, "
            "requested_port_at, foc_at, request, port_out_account_id, port_out_pin, last_seq, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?) "
            "RETURNING id");
        const QVariant id = exec1(store, insertCase,
            { QStringLiteral("port-in"), QStringLiteral("foc-confirmed"),
                QStringLiteral("VoiceConnector"), open.adminEmail, QStringLiteral("Example Corp"),
                ms(requestedPortTime()), ms(focTime()), json(request), 7, t0, t0 + 6000 });
        QVERIFY(id.toLongLong() > 0);
        data->openCase = id.toLongLong();
        const QString insertEvent = QStringLiteral(
            "INSERT INTO case_events (case_id, seq, event, actor, at, state_after, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        struct OldEvent {
            const char *event, *actor, *stateAfter;
        };
        const OldEvent events[] = {
            { "submit", "admin", "submitted" },
            { "portable", "support", "portable" },
            { "request-loa", "support", "loa-requested" },
            { "submit-loa", "admin", "loa-submitted" },
            { "approve", "support", "carrier-approved" },
            { "set-foc", "support", "foc-received" },
            { "confirm-foc", "admin", "foc-confirmed" },
        };
        int seq = 0;
        for (const OldEvent &e : events) {
            QJsonObject payload;
            if (seq == 0) {
                payload.insert(QStringLiteral("kind"), QStringLiteral("port-in"));
                payload.insert(QStringLiteral("request"), request);
            } else if (qstrcmp(e.event, "set-foc") == 0) {
                payload.insert(QStringLiteral("focAt"), focTime().toString(Qt::ISODate));
            }
            QVERIFY(exec1(store, insertEvent,
                { data->openCase, seq + 1, QLatin1String(e.event), QLatin1String(e.actor),
                    t0 + 1000 * seq, QLatin1String(e.stateAfter), json(payload) })
                        .isValid());
            ++seq;
        }
        for (const QString &n : open.allNumbers())
            QVERIFY(exec1(store,
                QStringLiteral("INSERT INTO case_numbers (case_id, e164) VALUES (?, ?)"),
                { data->openCase, n })
                        .isValid());

        // A finished case: its numbers are free again.
        const PortInRequest cancelled = portIn({ seattle(21) });
        const QVariant id2 = exec1(store, insertCase,
            { QStringLiteral("port-in"), QStringLiteral("cancelled"),
                QStringLiteral("BusinessCalling"), cancelled.adminEmail,
                QStringLiteral("Example Corp"), ms(requestedPortTime()), QVariant(),
                json(cancelled.toJson()), 2, t0, t0 + 1000 });
        data->cancelledCase = id2.toLongLong();
        QVERIFY(data->cancelledCase > 0);
        QJsonObject submit { { QStringLiteral("kind"), QStringLiteral("port-in") },
            { QStringLiteral("request"), cancelled.toJson() } };
        QVERIFY(exec1(store, insertEvent,
            { data->cancelledCase, 1, QStringLiteral("submit"), QStringLiteral("admin"), t0,
                QStringLiteral("submitted"), json(submit) })
                    .isValid());
        QVERIFY(exec1(store, insertEvent,
            { data->cancelledCase, 2, QStringLiteral("cancel"), QStringLiteral("admin"), t0 + 1000,
                QStringLiteral("cancelled"), QStringLiteral("{}") })
                    .isValid());
        QVERIFY(
            exec1(store, QStringLiteral("INSERT INTO case_numbers (case_id, e164) VALUES (?, ?)"),
                { data->cancelledCase, seattle(21) })
                .isValid());
    }

    // Schema v2 added the inventory, its users and the Voice Connectors.
    void writeV2Inventory(const Store &store)
    {
        const qint64 t0 = ms(startTime());
        const QVariant vc = exec1(store,
            QStringLiteral("INSERT INTO voice_connectors (name, region, encryption, "
                           "created_at) VALUES (?, ?, ?, ?) RETURNING id"),
            { QStringLiteral("pbx-old"), QStringLiteral("us-west-2"), 1, t0 });
        QVERIFY(vc.toLongLong() > 0);
        const QVariant user = exec1(store,
            QStringLiteral("INSERT INTO users (email, created_at) VALUES (?, ?) RETURNING id"),
            { QStringLiteral("pat@example.com"), t0 });
        QVERIFY(user.toLongLong() > 0);
        QVERIFY(exec1(store,
            QStringLiteral("INSERT INTO inventory (e164, product_type, toll_free, status, user_id, "
                           "assigned_at, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)"),
            { seattle(31), QStringLiteral("BusinessCalling"), QStringLiteral("Assigned"), user, t0,
                t0, t0 })
                    .isValid());
        QVERIFY(exec1(store,
            QStringLiteral("INSERT INTO inventory (e164, product_type, toll_free, status, "
                           "deleted_at, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?)"),
            { seattle(32), QStringLiteral("BusinessCalling"), QStringLiteral("DeleteInProgress"),
                t0, t0, t0 })
                    .isValid());
    }

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void init() { m_clock.set(startTime()); }

    void everyVersionCanBeCreated_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Store::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void everyVersionCanBeCreated()
    {
        QFETCH(int, version);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        auto store = Store::openAtVersion(db.url(), version, &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), version);
        QCOMPARE(column(*store, QStringLiteral("SELECT version FROM schema_version")),
            QVariantList { version });
        QCOMPARE(count(*store, QStringLiteral("cases")), 0);
        // The inventory arrives with v2.
        QCOMPARE(store->database().tables().contains(QStringLiteral("inventory")), version >= 2);
        // The trigram index of the case search with v7.
        QCOMPARE(hasSearchIndex(*store), version >= 7);
        // Asking for less than the store has never goes down.
        store.reset();
        store = Store::openAtVersion(db.url(), 1, &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), version);
    }

    void upgradeKeepsData_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Store::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradeKeepsData()
    {
        QFETCH(int, from);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        OldData data;
        {
            auto old = Store::openAtVersion(db.url(), from, &status);
            QVERIFY2(old, qPrintable(status.message));
            QCOMPARE(old->schemaVersion(), from);
            writeV1Cases(*old, &data);
            if (QTest::currentTestFailed())
                return;
            if (from >= 2) {
                writeV2Inventory(*old);
                if (QTest::currentTestFailed())
                    return;
            }
            if (from >= 3) {
                // A v3 PortDesk keeps these columns itself as it writes.
                for (const char *statement :
                    { "UPDATE cases SET number_count = (SELECT COUNT(*) FROM case_numbers n "
                      "WHERE n.case_id = cases.id)",
                        "UPDATE cases SET is_open = 0 WHERE state IN ('not-portable', "
                        "'completed', 'cancelled', 'closed')",
                        "UPDATE case_numbers SET toll_free = 1 WHERE substr(e164, 1, 5) IN "
                        "('+1800', '+1833', '+1844', '+1855', '+1866', '+1877', '+1888')" })
                    QVERIFY(exec1(*old, QString::fromLatin1(statement), {}).isValid());
            }
            if (from >= 12) {
                // A v12 PortDesk ends a cancelled case's numbers as not ported.
                QVERIFY(exec1(*old,
                    QStringLiteral("UPDATE case_numbers SET status = 'not-ported' WHERE "
                                   "case_id IN (SELECT id FROM cases WHERE state = 'cancelled')"),
                    {})
                            .isValid());
            }
            if (from >= 10) {
                // So does a v10 PortDesk with each case's next milestone.
                QVERIFY2(CaseRepository(*old).refreshNextMilestones(&status),
                    qPrintable(status.message));
            }
        }

        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(column(*store, QStringLiteral("SELECT version FROM schema_version")),
            QVariantList { Store::latestSchemaVersion() });
        Services service(*store);

        // The cases read back whole, with what the new columns derive from them.
        CaseRecord record;
        QVERIFY2(service.cases.loadCase(data.openCase, &record, &status), qPrintable(status.message));
        QCOMPARE_ENUM(record.state, CaseState::FocConfirmed);
        QCOMPARE_ENUM(record.productType, ProductType::VoiceConnector);
        QCOMPARE(record.focAt, focTime());
        QCOMPARE(record.numbers, (QStringList { tollFree(11), tollFree(12) }));
        QCOMPARE(record.portIn.voiceConnector, QStringLiteral("pbx-old"));
        QCOMPARE(record.portIn.carriers.first().accountNumber, secretAccount());
        QCOMPARE(record.events.size(), 7);
        const QList<CaseSummary> cases = service.cases.listCases();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(0).numberCount, 2);
        QCOMPARE(cases.at(1).numberCount, 1);
        const CaseState cancelledState = CaseState::Cancelled;
        QCOMPARE(service.cases.listCases(&cancelledState).size(), 1);

        // Schema 10 wrote each case's next milestone from its history: the
        // open case has its FOC confirmed, so its numbers are due in the
        // inventory the day before it; the cancelled case has none ahead.
        const QString nextOf = QStringLiteral(
            "SELECT COALESCE(next_milestone, '-') || ' ' || CAST(next_round AS TEXT) || ' ' || "
            "COALESCE(CAST(next_at AS TEXT), '-') FROM cases WHERE id = ?");
        QCOMPARE(column(*store, nextOf, { data.openCase }),
            QVariantList { QStringLiteral("in-inventory 0 %1")
                    .arg(ms(focTime().addDays(-1))) });
        QCOMPARE(column(*store, nextOf, { data.cancelledCase }),
            QVariantList { QStringLiteral("- 0 -") });

        // Per-number status (schema 12, the step after 10 on its branch):
        // each number follows its case; none is rejected.
        const QString statusOf = QStringLiteral(
            "SELECT DISTINCT status FROM case_numbers WHERE case_id = ? AND reason_code IS NULL");
        QCOMPARE(column(*store, statusOf, { data.openCase }),
            QVariantList { QStringLiteral("pending") });
        QCOMPARE(column(*store, statusOf, { data.cancelledCase }),
            QVariantList { QStringLiteral("not-ported") });
        QCOMPARE(record.numberStatus.size(), 2);
        QCOMPARE_ENUM(record.numberStatus.first().state, PortNumberState::Pending);

        // Schema 13: every existing row belongs to the one "Default" account,
        // each number starts at row version 0, and the outbox starts empty.
        QCOMPARE(column(*store, QStringLiteral("SELECT id || ' ' || name FROM accounts")),
            QVariantList { QStringLiteral("1 Default") });
        QCOMPARE(column(*store,
                     QStringLiteral("SELECT DISTINCT account_id FROM cases UNION "
                                    "SELECT DISTINCT account_id FROM case_events UNION "
                                    "SELECT DISTINCT account_id FROM inventory")),
            QVariantList { 1 });
        QCOMPARE(column(*store, QStringLiteral("SELECT COUNT(*) FROM notification_outbox")),
            QVariantList { 0 });

        // Schema 14: the case and inventory counts per account, rebuilt from
        // the rows (all of account 1 here), and kept per account from then on.
        const QString caseCounts = QStringLiteral(
            "SELECT account_id || ' ' || state || ' ' || n FROM case_counts WHERE n <> 0 "
            "ORDER BY account_id, state");
        QCOMPARE(column(*store, caseCounts),
            (QVariantList { QStringLiteral("1 cancelled 1"), QStringLiteral("1 foc-confirmed 1") }));
        QCOMPARE(column(*store,
                     QStringLiteral("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM inventory_counts")),
            QVariantList { from >= 2 ? 2 : 0 });
        QVERIFY(sql::run(*store,
            QStringLiteral("UPDATE cases SET account_id = 2 WHERE id = %1").arg(data.openCase),
            &status));
        QCOMPARE(column(*store, caseCounts),
            (QVariantList { QStringLiteral("1 cancelled 1"), QStringLiteral("2 foc-confirmed 1") }));
        QVERIFY(sql::run(*store,
            QStringLiteral("UPDATE cases SET account_id = 1 WHERE id = %1").arg(data.openCase),
            &status));

        // Open and finished cases are told apart: only the open one holds its numbers.
        ChangeResult check;
        check.violations = service.cases.checkPortIn(portIn({ seattle(21) }));
        QVERIFY2(!hasRule(check, QString(), QStringLiteral("number.in-open-port")),
            qPrintable(describe(check)));
        check.violations = service.cases.checkPortIn(
            portIn({ tollFree(11) }, ProductType::VoiceConnector, QStringLiteral("pbx-old")));
        QVERIFY(hasRule(check, QString(), QStringLiteral("number.in-open-port")));

        // The event log became append-only.
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM case_events")));
        QCOMPARE(count(*store, QStringLiteral("case_events")), 9);

        if (from >= 2) {
            const QList<VoiceConnector> connectors = service.directory.listVoiceConnectors();
            QCOMPARE(connectors.size(), 1);
            QCOMPARE(connectors.first().region, QStringLiteral("us-west-2"));
            const QList<InventoryNumber> inventory = service.inventory.listInventory({});
            QCOMPARE(inventory.size(), 2);
            QCOMPARE(inventory.first().assignedUser, QStringLiteral("pat@example.com"));
            QCOMPARE_ENUM(inventory.last().status, NumberStatus::DeleteInProgress);
        }

        // And the old case goes on: the clock brings its numbers in, toll-free
        // as the upgrade found them to be.
        m_clock.set(focTime());
        const QList<AppliedStep> steps = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QVERIFY(steps.size() >= 2);
        QVERIFY(service.cases.loadCase(data.openCase, &record));
        QCOMPARE_ENUM(record.state, CaseState::Completed);
        InventoryFilter filter;
        filter.prefix = QStringLiteral("+1833");
        const QList<InventoryNumber> arrived = service.inventory.listInventory(filter);
        QCOMPARE(arrived.size(), 2);
        for (const InventoryNumber &n : arrived) {
            QVERIFY(n.tollFree);
            QCOMPARE_ENUM(n.productType, ProductType::VoiceConnector);
            QCOMPARE_ENUM(n.status, NumberStatus::Unassigned);
        }
        CaseRecord derived;
        QVERIFY(service.cases.loadCaseFromEvents(data.openCase, &derived));
        QCOMPARE_ENUM(derived.state, record.state);
        QCOMPARE(derived.focAt, record.focAt);
        QCOMPARE(derived.numbers, record.numbers);
        QCOMPARE(column(*store, statusOf, { data.openCase }),
            QVariantList { QStringLiteral("ported") });
    }

    void v3RulesAreItsOwn_data()
    {
        // What v3 derives for the new columns, written out: the step must do
        // this forever, whatever later versions of the rules say.
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("isOpen");
        QTest::addColumn<int>("tollFree");
        const QString local = QStringLiteral("+12064440100");
        const struct {
            const char *state;
            int open;
        } states[] = { { "submitted", 1 }, { "not-portable", 0 }, { "portable", 1 },
            { "loa-requested", 1 }, { "loa-submitted", 1 }, { "change-requested", 1 },
            { "carrier-approved", 1 }, { "foc-received", 1 }, { "foc-confirmed", 1 },
            { "in-inventory", 1 }, { "completed", 0 }, { "cancelled", 0 }, { "pin-issued", 1 },
            { "ported-out", 1 }, { "closed", 0 },
            // A name v3 never knew stays open: the step's list, not today's.
            { "waiting-for-carrier", 1 } };
        for (const auto &row : states)
            QTest::addRow("state %s", row.state)
                << QString::fromLatin1(row.state) << local << row.open << 0;
        const struct {
            const char *e164;
            int tollFree;
        } numbers[] = { { "+18002345678", 1 }, { "+18332345678", 1 }, { "+18442345678", 1 },
            { "+18552345678", 1 }, { "+18662345678", 1 }, { "+18772345678", 1 },
            { "+18882345678", 1 }, { "+18889999999", 1 },
            { "+18222345678", 0 }, // reserved for toll-free, not in service
            { "+18802345678", 0 }, { "+18992345678", 0 }, { "+12062345678", 0 },
            { "+14252345800", 0 }, { "+18001234567", 0 }, // exchange 1xx: no valid number
            { "+1800234567", 0 } }; // too short
        for (const auto &row : numbers)
            QTest::addRow("number %s", row.e164)
                << QStringLiteral("submitted") << QString::fromLatin1(row.e164) << 1
                << row.tollFree;
    }

    void v3RulesAreItsOwn()
    {
        QFETCH(QString, state);
        QFETCH(QString, number);
        QFETCH(int, isOpen);
        QFETCH(int, tollFree);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        qint64 id = 0;
        {
            auto old = Store::openAtVersion(db.url(), 2, &status);
            QVERIFY2(old, qPrintable(status.message));
            const qint64 t0 = ms(startTime());
            const QVariant inserted = exec1(*old,
                QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                               "request, last_seq, created_at, updated_at) "
                               "VALUES ('port-in', ?, 'VoiceConnector', 'a@example.com', '{}', "
                               "1, ?, ?) RETURNING id"),
                { state, t0, t0 });
            id = inserted.toLongLong();
            QVERIFY(id > 0);
            QVERIFY(exec1(*old,
                QStringLiteral("INSERT INTO case_numbers (case_id, e164) VALUES (?, ?)"),
                { id, number })
                        .isValid());
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(column(*store, QStringLiteral("SELECT is_open FROM cases WHERE id = ?"), { id }),
            QVariantList { isOpen });
        QCOMPARE(
            column(*store, QStringLiteral("SELECT number_count FROM cases WHERE id = ?"), { id }),
            QVariantList { 1 });
        QCOMPARE(
            column(*store, QStringLiteral("SELECT toll_free FROM case_numbers WHERE case_id = ?"),
                { id }),
            QVariantList { tollFree });
    }

    void v6AttachmentsStayAttached()
    {
        // v6 keeps removed attachments (removed_at) and logs what happens to
        // files: a file attached before the upgrade is still attached after
        // it, bytes and all, and the log has its "attached" line.
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        qint64 caseId = 0, fileId = 0;
        const QByteArray pdf("%PDF-1.4\n%%EOF\n");
        {
            auto old = Store::openAtVersion(db.url(), 5, &status);
            QVERIFY2(old, qPrintable(status.message));
            const qint64 t0 = ms(startTime());
            caseId = exec1(*old,
                QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                               "request, last_seq, created_at, updated_at) "
                               "VALUES ('port-in', 'loa-requested', 'BusinessCalling', "
                               "'ops@example.com', '{}', 1, ?, ?) RETURNING id"),
                { t0, t0 })
                         .toLongLong();
            fileId = exec1(*old,
                QStringLiteral("INSERT INTO case_attachments (case_id, kind, file_name, mime_type, "
                               "size_bytes, data, added_at) VALUES (?, 'carrier-invoice', 'bill.pdf', "
                               "'application/pdf', ?, ?, ?) RETURNING id"),
                { caseId, qlonglong(pdf.size()), pdf, t0 })
                         .toLongLong();
            QVERIFY(caseId > 0 && fileId > 0);
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        Services service(*store);
        const QList<CaseAttachment> files = service.loas.listAttachments(caseId, &status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().fileName, QStringLiteral("bill.pdf"));
        QVERIFY(!files.first().removedAt.isValid());
        QByteArray data;
        QVERIFY(service.loas.loadAttachment(fileId, nullptr, &data, &status));
        QCOMPARE(data, pdf);
        QVERIFY(service.loas.listAttachments(caseId, &status, AttachmentScope::Deleted).isEmpty());
        // Its "attached" line in the new file log, at the time it was added.
        const QList<CaseFileEvent> log = service.loas.listFileEvents(caseId, &status);
        QCOMPARE(log.size(), 1);
        QCOMPARE(toString(log.first().what), QStringLiteral("attached"));
        QCOMPARE(log.first().attachmentId, fileId);
        QCOMPARE(log.first().fileName, QStringLiteral("bill.pdf"));
        QCOMPARE(log.first().at, startTime());
    }

    void v5SearchTextFromRequest()
    {
        // The case queue's free text: admin email, customers and carriers in
        // lower case, filled in for cases written before v5. Never a secret.
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        qint64 id = 0;
        {
            auto old = Store::openAtVersion(db.url(), 4, &status);
            QVERIFY2(old, qPrintable(status.message));
            const qint64 t0 = ms(startTime());
            const QString request = QStringLiteral(
                "{\"adminEmail\":\"Ops@Example.com\",\"carriers\":["
                "{\"customerName\":\"Acme Corp\",\"carrier\":\"Old Tel\","
                "\"accountNumber\":\"998877\",\"pin\":\"4321\"},"
                "{\"customerName\":\"Acme West\",\"carrier\":\"\"}]}");
            id = exec1(*old,
                QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                               "request, last_seq, created_at, updated_at) "
                               "VALUES ('port-in', 'submitted', 'BusinessCalling', "
                               "'ops@example.com', ?, 1, ?, ?) RETURNING id"),
                { request, t0, t0 })
                     .toLongLong();
            QVERIFY(id > 0);
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        const QVariantList text
            = column(*store, QStringLiteral("SELECT search_text FROM cases WHERE id = ?"), { id });
        QCOMPARE(text,
            QVariantList { QStringLiteral("ops@example.com\nacme corp\nold tel\nacme west\n") });
        QVERIFY(!text.first().toString().contains(QLatin1String("998877")));
        QVERIFY(!text.first().toString().contains(QLatin1String("4321")));
    }

    // Schema 11 gives every port-in filed before it the IANA zone of its
    // service address (and area codes) whose offset at the requested port
    // date is the one the date was given with: every case keeps its offset,
    // and is then shown in that zone.
    void v11CasesKeepTheirOffset_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("requested"); // "" for none
        QTest::addColumn<QString>("zone"); // "" for a bare offset
        QTest::addRow("Seattle, Pacific in winter")
            << "WA" << "+12064440101" << "2026-12-15T10:00:00-08:00" << "America/Los_Angeles";
        QTest::addRow("Chicago, Central in winter")
            << "IL" << "+13124440101" << "2026-12-15T10:00:00-06:00" << "America/Chicago";
        QTest::addRow("Chicago, Central in summer")
            << "IL" << "+13124440101" << "2026-06-15T10:00:00-05:00" << "America/Chicago";
        QTest::addRow("San Francisco given the old Eastern default")
            << "CA" << "+14154440101" << "2026-12-15T10:00:00-05:00" << "America/New_York";
        QTest::addRow("Pensacola, FL 850 Central")
            << "FL" << "+18504440101" << "2026-12-15T10:00:00-06:00" << "America/Chicago";
        QTest::addRow("Miami, FL 305 Eastern")
            << "FL" << "+13054440101" << "2026-12-15T10:00:00-05:00" << "America/New_York";
        QTest::addRow("El Paso, TX 915 Mountain")
            << "TX" << "+19154440101" << "2026-06-15T10:00:00-06:00" << "America/Denver";
        QTest::addRow("Phoenix in summer")
            << "AZ" << "+16024440101" << "2026-06-15T10:00:00-07:00" << "America/Phoenix";
        QTest::addRow("Knoxville, TN 865 Eastern")
            << "TN" << "+18654440101" << "2026-12-15T10:00:00-05:00" << "America/New_York";
        QTest::addRow("Honolulu")
            << "HI" << "+18084440101" << "2026-12-15T10:00:00-10:00" << "Pacific/Honolulu";
        QTest::addRow("an offset no US zone has")
            << "WA" << "+12064440101" << "2026-12-15T10:00:00+02:00" << "";
        QTest::addRow("no requested date yet")
            << "NY" << "+12124440101" << "" << "America/New_York";
    }

    void v11CasesKeepTheirOffset()
    {
        QFETCH(QString, state);
        QFETCH(QString, number);
        QFETCH(QString, requested);
        QFETCH(QString, zone);
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        PortInRequest request = portIn({ number });
        request.carriers.first().serviceAddress.state = state;
        request.requestedPortAt = requested.isEmpty()
            ? QDateTime()
            : QDateTime::fromString(requested, Qt::ISODate);
        qint64 id = 0;
        {
            // Written the way schema 10 held a case: its request as filed,
            // with the offset in the requested date's text.
            auto old = Store::openAtVersion(db.url(), 10, &status);
            QVERIFY2(old, qPrintable(status.message));
            const qint64 t0 = ms(startTime());
            const QJsonObject requestJson = request.toJson();
            QVERIFY(!requestJson.contains(QLatin1String("timeZone")));
            id = exec1(*old,
                QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                               "customer_name, requested_port_at, request, last_seq, "
                               "number_count, created_at, updated_at) "
                               "VALUES ('port-in', 'submitted', 'BusinessCalling', "
                               "'admin@example.com', 'Example Corp', ?, ?, 1, 1, ?, ?) "
                               "RETURNING id"),
                { requested.isEmpty() ? QVariant(QMetaType::fromType<qlonglong>())
                                      : QVariant(ms(request.requestedPortAt)),
                    json(requestJson), t0, t0 })
                     .toLongLong();
            QVERIFY(id > 0);
            QJsonObject submit { { QStringLiteral("kind"), QStringLiteral("port-in") },
                { QStringLiteral("request"), requestJson } };
            QVERIFY(exec1(*old,
                QStringLiteral("INSERT INTO case_events (case_id, seq, event, actor, at, "
                               "state_after, payload) VALUES (?, 1, 'submit', 'admin', ?, "
                               "'submitted', ?)"),
                { id, t0, json(submit) })
                        .isValid());
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        const QVariantList stored
            = column(*store, QStringLiteral("SELECT time_zone FROM cases WHERE id = ?"), { id });
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toString(), zone);

        Services service(*store);
        CaseRecord record;
        QVERIFY2(service.cases.loadCase(id, &record, &status), qPrintable(status.message));
        QCOMPARE(QString::fromLatin1(customerTimeZoneId(record.portIn)), zone);
        if (!requested.isEmpty()) {
            // The same instant, shown with the very offset it was given with.
            const QDateTime shown = inCustomerTime(record.requestedPortAt, record.portIn);
            QCOMPARE(shown, request.requestedPortAt);
            QCOMPARE(shown.offsetFromUtc(), request.requestedPortAt.offsetFromUtc());
            QCOMPARE(shown.toString(Qt::ISODate), requested);
        }
        // Rebuilt from its events alone, the case has the same zone.
        CaseRecord derived;
        QVERIFY(service.cases.loadCaseFromEvents(id, &derived));
        QCOMPARE(customerTimeZoneId(derived.portIn), customerTimeZoneId(record.portIn));
        // The request and its event stay as written: no zone added to them.
        QVERIFY(!column(*store, QStringLiteral("SELECT request FROM cases WHERE id = ?"), { id })
                     .first()
                     .toString()
                     .contains(QLatin1String("timeZone")));
    }

    // Schema 16: a comment, an LOA signature and a file event keep the
    // idempotency key of their change; a comment's and a signature's is
    // unique (one row per change), a file event's is not (a change may purge
    // several files). Rows of before keep a NULL key.
    void v16KeysTheWritesWithoutAnEvent()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        {
            auto old = Store::openAtVersion(db.url(), 15, &status);
            QVERIFY2(old, qPrintable(status.message));
            QVERIFY(exec1(*old,
                QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                               "request, last_seq, created_at, updated_at) VALUES ('port-in', "
                               "'submitted', 'BusinessCalling', 'a@example.com', '{}', 1, 0, 0) "
                               "RETURNING id"), {})
                        .isValid());
            QVERIFY(exec1(*old,
                QStringLiteral("INSERT INTO case_comments (case_id, author_role, author, "
                               "internal, body, created_at) VALUES (1, 'admin', 'Pat', 0, "
                               "'before', 0) RETURNING id"), {})
                        .isValid());
        }
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(column(*store, QStringLiteral("SELECT request_key FROM case_comments"))
                    .first()
                    .isNull());
        const QString comment = QStringLiteral(
            "INSERT INTO case_comments (case_id, author_role, author, internal, body, "
            "created_at, request_key) VALUES (1, 'admin', 'Pat', 0, 'again', 0, 'k1')");
        const QString fileEvent = QStringLiteral(
            "INSERT INTO case_file_events (case_id, attachment_id, what, at, kind, file_name, "
            "request_key) VALUES (1, 1, 'purged', 0, 'invoice', 'a.pdf', 'k2')");
        QSqlQuery q(store->database());
        QVERIFY2(q.exec(comment), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(comment)); // the same key twice: refused
        QVERIFY2(q.exec(fileEvent), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(fileEvent), qPrintable(q.lastError().text()));
    }

    void concurrentOpensUpgradeOnce()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        {
            StoreStatus status;
            QVERIFY2(Store::openAtVersion(db.url(), 1, &status), qPrintable(status.message));
        }
        // Two programs start on the same old store at once.
        QList<int> versions(4, -1);
        QStringList errors(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&, i] {
                StoreStatus status;
                auto store = Store::open(db.url(), &status);
                versions[i] = store ? store->schemaVersion() : -1;
                errors[i] = status.message;
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (int i = 0; i < 4; ++i)
            QVERIFY2(versions.at(i) == Store::latestSchemaVersion(), qPrintable(errors.at(i)));
        StoreStatus status;
        auto store = Store::open(db.url(), &status);
        QVERIFY(store);
        QCOMPARE(column(*store, QStringLiteral("SELECT version FROM schema_version")),
            QVariantList { Store::latestSchemaVersion() });
    }

    void newerStoreRefusedUntouched()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int newer = Store::latestSchemaVersion() + 1;
        qint64 id = 0;
        {
            StoreStatus status;
            auto store = Store::open(db.url(), &status);
            QVERIFY2(store, qPrintable(status.message));
            const ChangeResult r = Services(*store).cases.submitPortIn(portIn({ seattle(41) }));
            VERIFY_OK(r);
            id = r.id;
            QVERIFY(
                exec1(*store, QStringLiteral("UPDATE schema_version SET version = ?"), { newer })
                    .isValid());
        }
        const QByteArray before
            = TestDatabase::isPostgres() ? QByteArray() : readAll(db.sqlitePath());
        const QStringList filesBefore = folderListing(db.folder());

        StoreStatus status;
        const auto store = Store::open(db.url(), &status);
        QVERIFY(!store);
        QCOMPARE(status.code, StoreStatus::Code::TooNew);
        QVERIFY2(status.message.contains(
                     QStringLiteral("newer PortDesk (schema %1; this one knows up to %2)")
                         .arg(newer)
                         .arg(Store::latestSchemaVersion())),
            qPrintable(status.message));
        QVERIFY(!Store::openAtVersion(db.url(), 1, &status));
        QCOMPARE(status.code, StoreStatus::Code::TooNew);

        if (!TestDatabase::isPostgres()) {
            QCOMPARE(readAll(db.sqlitePath()), before);
            QCOMPARE(folderListing(db.folder()), filesBefore);
        } else {
            // Look with a connection of our own: the version and the data are as they were.
            const QString name = QStringLiteral("inspect-newer");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                const QUrl url(db.url());
                raw.setHostName(url.host());
                raw.setPort(url.port(5432));
                raw.setUserName(url.userName());
                raw.setDatabaseName(url.path().mid(1));
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), newer);
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = %1").arg(id))
                    && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void damagedFileRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("a text file") << QStringLiteral("text");
        QTest::newRow("a truncated store") << QStringLiteral("truncated");
        QTest::newRow("a store with its first page overwritten") << QStringLiteral("page1");
        QTest::newRow("a store with its schema pages overwritten") << QStringLiteral("schema");
    }

    void damagedFileRefusedUntouched()
    {
        QFETCH(QString, damage);
        if (TestDatabase::isPostgres())
            QSKIP("A damaged file is a SQLite matter");
        TestDatabase db;
        const QString path = db.sqlitePath();
        QByteArray bytes;
        if (damage == QLatin1String("random")) {
            QRandomGenerator random(20260302);
            bytes.resize(16384);
            for (char &c : bytes)
                c = char(random.bounded(256));
        } else if (damage == QLatin1String("text")) {
            bytes = "Shopping list: milk, eggs, a new phone number.\n";
        } else {
            {
                StoreStatus status;
                auto store = Store::open(db.url(), &status);
                QVERIFY2(store, qPrintable(status.message));
                Services service(*store);
                for (int i = 0; i < 40; ++i)
                    VERIFY_OK(service.cases.submitPortIn(portIn(seattleRange(5000 + 20 * i, 20))));
            }
            bytes = readAll(path);
            QVERIFY(bytes.size() > 16 * 4096);
            if (damage == QLatin1String("truncated")) {
                bytes.truncate(bytes.size() / 2 + 100);
            } else {
                const int from = damage == QLatin1String("page1") ? 100 : 4096;
                QRandomGenerator random(7);
                for (int i = from; i < 4 * 4096; ++i)
                    bytes[i] = char(random.bounded(256));
            }
        }
        QVERIFY(writeAll(path, bytes));
        const QStringList files = folderListing(db.folder());

        StoreStatus status;
        const auto store = Store::open(db.url(), &status);
        QVERIFY(!store);
        QCOMPARE(status.code, StoreStatus::Code::Damaged);
        QVERIFY2(
            status.message.contains(QDir::toNativeSeparators(path)), qPrintable(status.message));
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(folderListing(db.folder()), files);
    }

    // Header, size and schema all fine: opening (which no longer reads every
    // page) lets the store in, and the full check finds the damage; from
    // then on nothing is written to it.
    void interiorDamageFoundByCheck_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("an interior page overwritten") << QStringLiteral("page9");
        QTest::newRow("the last page overwritten") << QStringLiteral("last");
    }

    void interiorDamageFoundByCheck()
    {
        QFETCH(QString, damage);
        if (TestDatabase::isPostgres())
            QSKIP("A damaged file is a SQLite matter");
        TestDatabase db;
        const QString path = db.sqlitePath();
        {
            StoreStatus status;
            auto store = Store::open(db.url(), &status);
            QVERIFY2(store, qPrintable(status.message));
            Services service(*store);
            for (int i = 0; i < 40; ++i)
                VERIFY_OK(service.cases.submitPortIn(portIn(seattleRange(5000 + 20 * i, 20))));
        }
        QByteArray bytes = readAll(path);
        const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        QCOMPARE(bytes.size() % pageSize, 0);
        QVERIFY(bytes.size() / pageSize > 9);
        const qsizetype page = damage == QLatin1String("page9") ? 9 : bytes.size() / pageSize;
        QRandomGenerator random(9);
        for (qsizetype i = (page - 1) * pageSize; i < page * pageSize; ++i)
            bytes[i] = char(random.bounded(256));
        QVERIFY(writeAll(path, bytes));

        StoreStatus status;
        const auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QString summary;
        status = StoreCheck::run(*store, StoreCheck::Depth::Pages, &summary);
        QCOMPARE(status.code, StoreStatus::Code::Damaged);
        QVERIFY2(
            status.message.contains(QDir::toNativeSeparators(path)), qPrintable(status.message));
        // No write starts on a store found damaged.
        Services service(*store);
        const ChangeResult r = service.cases.submitPortIn(portIn(seattleRange(9000, 5)));
        QCOMPARE(r.status.code, StoreStatus::Code::Damaged);
        QCOMPARE(readAll(path), bytes);
    }

    void foreignDatabaseRefused()
    {
        TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString name = QStringLiteral("foreign");
        {
            QSqlDatabase raw;
            if (TestDatabase::isPostgres()) {
                raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                const QUrl url(db.url());
                raw.setHostName(url.host());
                raw.setPort(url.port(5432));
                raw.setUserName(url.userName());
                raw.setDatabaseName(url.path().mid(1));
            } else {
                raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(db.sqlitePath());
            }
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (title TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes (title) VALUES ('bread')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QByteArray before
            = TestDatabase::isPostgres() ? QByteArray() : readAll(db.sqlitePath());

        StoreStatus status;
        const auto store = Store::open(db.url(), &status);
        QVERIFY(!store);
        QCOMPARE(status.code, StoreStatus::Code::Damaged);
        QVERIFY2(status.message.contains(QLatin1String("not a PortDesk store")),
            qPrintable(status.message));
        if (!TestDatabase::isPostgres())
            QCOMPARE(readAll(db.sqlitePath()), before);
    }

    void emptyFileBecomesStore()
    {
        if (TestDatabase::isPostgres())
            QSKIP("SQLite only");
        TestDatabase db;
        QVERIFY(writeAll(db.sqlitePath(), QByteArray()));
        StoreStatus status;
        auto store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
