// SPDX-License-Identifier: Apache-2.0
// The inventory on the engine named by PORTDESK_TEST_ENGINE: the rules of
// assigning, unassigning, deleting and restoring (single and bulk, every
// refusal), users, Voice Connectors, the end of a port-out, the history,
// paging by key for every sort, and import/export (JSON round trip, CSV).

#include "StoreTestSupport.h"

#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/PhoneNumber.h"
#include "service/InventoryExchange.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace portdesk;
using namespace storetest;

#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

QString describeBulk(const BulkResult &r)
{
    QStringList lines;
    if (!r.status.ok())
        lines << QStringLiteral("status: ") + r.status.message;
    for (const Violation &v : r.violations)
        lines << v.field + QLatin1Char(' ') + v.rule + QLatin1Char(' ') + v.message;
    for (const NumberRefusal &n : r.refused)
        lines << n.e164 + QLatin1Char(' ') + n.rule + QLatin1Char(' ') + n.reason;
    lines << QStringLiteral("requested %1 changed %2%3")
                 .arg(r.requested)
                 .arg(r.changed)
                 .arg(r.cancelled ? QStringLiteral(" cancelled") : QString());
    return lines.join(QLatin1Char('\n'));
}

QString describeImport(const ImportResult &r)
{
    QStringList lines;
    if (!r.status.ok())
        lines << QStringLiteral("status: ") + r.status.message;
    for (const Violation &v : r.violations)
        lines << v.rule + QLatin1Char(' ') + v.message;
    for (const ImportRefusal &n : r.refused)
        lines << QStringLiteral("row %1 %2 %3 %4").arg(n.row).arg(n.e164, n.rule, n.reason);
    return lines.join(QLatin1Char('\n'));
}

QString refusalRule(const BulkResult &r, const QString &e164)
{
    for (const NumberRefusal &n : r.refused) {
        if (n.e164 == e164)
            return n.rule;
    }
    return QString();
}

QString apiTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// One row of a ListPhoneNumbers response.
QJsonObject apiRow(const QString &e164, const QString &product, const QString &status,
    const QString &assocName = QString(), const QString &assocValue = QString(),
    const QDateTime &created = startTime().addDays(-30))
{
    QJsonObject o;
    o.insert(QStringLiteral("PhoneNumberId"), e164);
    o.insert(QStringLiteral("E164PhoneNumber"), e164);
    o.insert(QStringLiteral("Country"), QStringLiteral("US"));
    o.insert(QStringLiteral("Type"),
        PhoneNumbers::checkAll({ e164 }).constFirst().tollFree ? QStringLiteral("TollFree")
                                                               : QStringLiteral("Local"));
    o.insert(QStringLiteral("ProductType"), product);
    o.insert(QStringLiteral("Status"), status);
    QJsonArray associations;
    if (!assocName.isEmpty()) {
        associations.append(QJsonObject { { QStringLiteral("Name"), assocName },
            { QStringLiteral("Value"), assocValue },
            { QStringLiteral("AssociatedTimestamp"), apiTime(created.addDays(1)) } });
    }
    o.insert(QStringLiteral("Associations"), associations);
    o.insert(QStringLiteral("CreatedTimestamp"), apiTime(created));
    o.insert(QStringLiteral("UpdatedTimestamp"), apiTime(created.addDays(1)));
    if (status == QLatin1String("DeleteInProgress"))
        o.insert(QStringLiteral("DeletionTimestamp"), apiTime(startTime().addDays(-1)));
    return o;
}

QByteArray listResponse(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("PhoneNumbers"), rows } }).toJson();
}

ImportResult importBytes(Store &store, const QByteArray &bytes, bool createConnectors = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    InventoryExchange::ImportOptions options;
    options.createMissingVoiceConnectors = createConnectors;
    return InventoryExchange(store).importJson(&buffer, options);
}

QByteArray exportBytes(Store &store, InventoryExchange::Format format,
    const InventoryFilter &filter = InventoryFilter())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    StoreStatus status;
    if (!InventoryExchange(store).exportTo(&buffer, format, filter, &status))
        qWarning("export failed: %s", qPrintable(status.message));
    return buffer.data();
}

// Everything a refused action must leave as it was.
struct Snapshot {
    QStringList rows;
    qint64 users = 0;
    qint64 events = 0;
    bool operator==(const Snapshot &o) const
    {
        return rows == o.rows && users == o.users && events == o.events;
    }
};

Snapshot snapshot(Services &service, const Store &store)
{
    Snapshot s;
    for (const InventoryNumber &n : service.inventory.listInventory({})) {
        s.rows << QStringList { n.e164, toString(n.status), n.assignedTo(),
            n.updatedAt.toString(Qt::ISODateWithMs), n.deletedAt.toString(Qt::ISODateWithMs) }
                      .join(QLatin1Char('|'));
    }
    s.users = count(store, QStringLiteral("users"));
    s.events = count(store, QStringLiteral("inventory_events"));
    return s;
}

} // namespace

class TestInventory : public QObject {
    Q_OBJECT

public:
    TestInventory() : m_clock(startTime()) { }

private:
    FixedClock m_clock;

    // Each event by its own role; the admin signs the LOAs before submitting them.
    void walk(Services &service, qint64 id, const QList<CaseEvent> &events)
    {
        for (CaseEvent event : events) {
            if (event == CaseEvent::SubmitLoa)
                VERIFY_OK(signAllLoas(service, id));
            const ChangeResult r = service.cases.advance(id, event, CaseStateMachine::roleFor(event), {});
            QVERIFY2(r.ok(), qPrintable(toString(event) + QLatin1String(": ") + describe(r)));
        }
    }

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

    void tickOk(Services &service, QList<AppliedStep> *steps = nullptr)
    {
        StoreStatus status;
        const QList<AppliedStep> applied = service.clock.tick(&status);
        QVERIFY2(status.ok(), qPrintable(status.message));
        if (steps)
            *steps = applied;
    }

    InventoryNumber number(Services &service, const QString &e164)
    {
        InventoryNumber n;
        service.inventory.findNumber(e164, &n);
        return n;
    }

    QStringList historyOf(Services &service, const QString &e164)
    {
        QStringList out;
        for (const InventoryEvent &e : service.inventory.numberHistory(e164))
            out << (e.detail.isEmpty() ? e.what : e.what + QLatin1Char(' ') + e.detail);
        return out;
    }

    // Ports out numbers already in the inventory and lets the carrier take them.
    void portOutAndPortedOut(Services &service, const QStringList &numbers, qint64 *id)
    {
        const ChangeResult out = service.cases.submitPortOut(portOut(numbers));
        VERIFY_OK(out);
        *id = out.id;
        EventArgs pin;
        pin.accountId = QStringLiteral("ACC-9");
        pin.pin = secretPortOutPin();
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));
        VERIFY_OK(service.cases.advance(out.id, CaseEvent::PortedOut, Role::Support, {}));
    }

    // The fixture of the rule tests, by name:
    //   free free2 free3  Business Calling, Unassigned
    //   taken             Business Calling, assigned to pat@example.com
    //   deleted           in the deletion queue
    //   out               in an open port-out (not yet ported out)
    //   gone gone2        ported out (gone assigned, gone2 not)
    //   vc                Voice Connector, Unassigned
    //   vcTaken           Voice Connector, assigned to pbx-east
    //   tf                toll-free Voice Connector, Unassigned
    //   arriving          PortinInProgress (Business Calling)
    //   arrivingVc        PortinInProgress (Voice Connector)
    //   unknown           not in the inventory
    void buildFixture(Services &service, Store &store, QHash<QString, QString> *numbers)
    {
        const QList<QPair<const char *, QString>> names = {
            { "free", seattle(1001) },
            { "free2", seattle(1002) },
            { "free3", seattle(1003) },
            { "taken", seattle(1004) },
            { "deleted", seattle(1005) },
            { "out", seattle(1006) },
            { "gone", seattle(1007) },
            { "gone2", seattle(1008) },
            { "vc", seattle(2001) },
            { "vcTaken", seattle(2002) },
            { "tf", tollFree(3001) },
            { "arriving", seattle(4001) },
            { "arrivingVc", seattle(4002) },
            { "unknown", seattle(9999) },
        };
        for (const auto &[name, e164] : names)
            numbers->insert(QLatin1String(name), e164);
        const auto n = [numbers](const char *name) { return numbers->value(QLatin1String(name)); };

        VERIFY_OK(service.directory.createVoiceConnector(
            QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), true));
        QJsonArray rows;
        for (const char *name : { "free", "free2", "free3", "deleted", "out", "gone", "gone2" })
            rows.append(
                apiRow(n(name), QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned")));
        rows.append(
            apiRow(n("taken"), QStringLiteral("BusinessCalling"), QStringLiteral("Assigned"),
                QStringLiteral("UserId"), QStringLiteral("pat@example.com")));
        rows.append(
            apiRow(n("vc"), QStringLiteral("VoiceConnector"), QStringLiteral("Unassigned")));
        rows.append(
            apiRow(n("vcTaken"), QStringLiteral("VoiceConnector"), QStringLiteral("Assigned"),
                QStringLiteral("VoiceConnectorId"), QStringLiteral("pbx-east")));
        rows.append(
            apiRow(n("tf"), QStringLiteral("VoiceConnector"), QStringLiteral("Unassigned")));
        const ImportResult imported = importBytes(store, listResponse(rows));
        QVERIFY2(imported.ok(), qPrintable(describeImport(imported)));

        // gone (assigned) and gone2 leave with a port-out; out stays in an open one.
        VERIFY_OK(service.inventory.assignToUser(n("gone"), QStringLiteral("pat@example.com")));
        qint64 id = 0;
        CHECKED(portOutAndPortedOut(service, { n("gone"), n("gone2") }, &id));
        VERIFY_OK(service.cases.submitPortOut(portOut({ n("out") })));

        // Two port-ins within a day of their FOC: PortinInProgress.
        CHECKED(portInToFocConfirmed(service, portIn({ n("arriving") }), focTime(), &id));
        CHECKED(portInToFocConfirmed(service,
            portIn({ n("arrivingVc") }, ProductType::VoiceConnector, QStringLiteral("pbx-east")),
            focTime(), &id));
        m_clock.set(focTime().addSecs(-20 * 3600));
        CHECKED(tickOk(service));
        QCOMPARE_ENUM(number(service, n("arriving")).status, NumberStatus::PortinInProgress);
        QCOMPARE_ENUM(number(service, n("arrivingVc")).status, NumberStatus::PortinInProgress);
        QCOMPARE_ENUM(number(service, n("taken")).status, NumberStatus::Assigned);
        QVERIFY(number(service, n("gone")).portedOut);
        // Deleted now, so that the queue keeps it for the whole test.
        VERIFY_OK(service.inventory.deleteNumbers({ n("deleted") }));
        m_clock.advanceSeconds(60);
    }

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }
    void init() { m_clock.set(startTime()); }

    // -- Rules, bulk and single ----------------------------------------------

    void bulkRefusals_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("target"); // fixture name refused
        QTest::addColumn<QString>("partner"); // fixture name accepted by the same action
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("rule");

        const auto row = [](const char *tag, const char *op, const char *target,
                             const char *partner, const char *arg, const char *rule) {
            QTest::newRow(tag) << QString::fromLatin1(op) << QString::fromLatin1(target)
                               << QString::fromLatin1(partner) << QString::fromLatin1(arg)
                               << QString::fromLatin1(rule);
        };
        row("toll-free to a user", "assign-user", "tf", "free", "sam@example.com",
            "inventory.toll-free-to-user");
        row("Voice Connector number to a user", "assign-user", "vc", "free", "sam@example.com",
            "inventory.product-mismatch");
        row("already assigned", "assign-user", "taken", "free", "sam@example.com",
            "inventory.already-assigned");
        row("assign a deleted number", "assign-user", "deleted", "free", "sam@example.com",
            "inventory.deleted");
        row("assign a number porting out", "assign-user", "out", "free", "sam@example.com",
            "inventory.porting-out");
        row("assign a ported-out number", "assign-user", "gone2", "free", "sam@example.com",
            "inventory.ported-out");
        row("assign an unknown number", "assign-user", "unknown", "free", "sam@example.com",
            "inventory.not-found");
        row("Business Calling number to a connector", "assign-vc", "free", "vc", "pbx-east",
            "inventory.product-mismatch");
        row("connector number already assigned", "assign-vc", "vcTaken", "tf", "pbx-east",
            "inventory.already-assigned");
        row("unassign an unassigned number", "unassign", "free", "taken", "",
            "inventory.not-assigned");
        row("unassign a deleted number", "unassign", "deleted", "vcTaken", "", "inventory.deleted");
        row("unassign an unknown number", "unassign", "unknown", "taken", "",
            "inventory.not-found");
        row("delete an assigned number", "delete", "taken", "free", "",
            "inventory.delete-assigned");
        row("delete twice", "delete", "deleted", "free", "", "inventory.already-deleted");
        row("delete during a port-out", "delete", "out", "free", "",
            "inventory.delete-porting-out");
        row("delete while porting in", "delete", "arriving", "free", "",
            "inventory.delete-porting-in");
        row("restore a number not deleted", "restore", "free", "deleted", "",
            "inventory.not-deleted");
        row("restore an unknown number", "restore", "unknown", "deleted", "",
            "inventory.not-found");
        row("unassign-delete while porting in", "unassign-delete", "arriving", "taken", "",
            "inventory.delete-porting-in");
        row("unassign-delete during a port-out", "unassign-delete", "out", "gone", "",
            "inventory.delete-porting-out");
        row("unassign-delete twice", "unassign-delete", "deleted", "gone2", "",
            "inventory.already-deleted");
    }

    void bulkRefusals()
    {
        QFETCH(QString, op);
        QFETCH(QString, target);
        QFETCH(QString, partner);
        QFETCH(QString, arg);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildFixture(service, *store, &fixture));
        const QString bad = fixture.value(target);
        const QString good = fixture.value(partner);

        const auto act = [&](BulkPolicy policy) {
            // The good number in a notation of its own: any notation names it.
            const QStringList selection { PhoneNumbers::formatNational(good), bad, good };
            if (op == QLatin1String("assign-user"))
                return service.inventory.assignSelectedToUser(selection, arg, policy);
            if (op == QLatin1String("assign-vc"))
                return service.inventory.assignSelectedToVoiceConnector(selection, arg, policy);
            if (op == QLatin1String("unassign"))
                return service.inventory.unassignSelected(selection, policy);
            if (op == QLatin1String("delete"))
                return service.inventory.deleteSelected(selection, policy);
            if (op == QLatin1String("restore"))
                return service.inventory.restoreSelected(selection, policy);
            return service.inventory.unassignAndDeleteSelected(selection, policy);
        };

        // All or nothing: refused, and nothing changed.
        const Snapshot before = snapshot(service, *store);
        BulkResult r = act(BulkPolicy::AllOrNothing);
        QVERIFY2(r.status.ok() && r.violations.isEmpty(), qPrintable(describeBulk(r)));
        QCOMPARE(r.requested, 2); // the good number named twice counts once
        QCOMPARE(r.changed, 0);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused.first().e164, bad);
        QCOMPARE(r.refused.first().rule, rule);
        QVERIFY(r.refused.first().reason.contains(PhoneNumbers::formatNational(bad)));
        QVERIFY(!r.ok());
        QVERIFY(snapshot(service, *store) == before);

        // The acceptable ones: the good number changes, the bad one is reported.
        m_clock.advanceSeconds(30);
        const InventoryNumber badBefore = number(service, bad);
        r = act(BulkPolicy::ApplyAcceptable);
        QVERIFY2(r.ok() && !r.complete(), qPrintable(describeBulk(r)));
        QCOMPARE(r.changed, 1);
        QCOMPARE(refusalRule(r, bad), rule);
        const InventoryNumber after = number(service, good);
        QCOMPARE(after.updatedAt, Clock::now());
        QVERIFY(!historyOf(service, good).isEmpty());
        const InventoryNumber badAfter = number(service, bad);
        QCOMPARE(badAfter.updatedAt, badBefore.updatedAt);
        QCOMPARE_ENUM(badAfter.status, badBefore.status);
        if (op == QLatin1String("assign-user")) {
            QCOMPARE(after.assignedTo(), QStringLiteral("user:") + arg);
        } else if (op == QLatin1String("assign-vc")) {
            QCOMPARE(after.assignedTo(), QStringLiteral("voice-connector:") + arg);
        } else if (op == QLatin1String("unassign")) {
            QVERIFY(after.assignedTo().isEmpty());
        } else if (op == QLatin1String("restore")) {
            QCOMPARE_ENUM(after.status, NumberStatus::Unassigned);
        } else {
            QCOMPARE_ENUM(after.status, NumberStatus::DeleteInProgress);
            QVERIFY(after.assignedTo().isEmpty());
        }
    }

    void wholeActionRefusals_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<bool>("select");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("invalid email")
            << QStringLiteral("assign-user") << QStringLiteral("not-an-email") << true
            << QStringLiteral("email") << QStringLiteral("email.invalid");
        QTest::newRow("no email") << QStringLiteral("assign-user") << QString() << true
                                  << QStringLiteral("email") << QStringLiteral("email.required");
        QTest::newRow("unknown connector")
            << QStringLiteral("assign-vc") << QStringLiteral("nope") << true
            << QStringLiteral("voiceConnector") << QStringLiteral("voiceConnector.not-found");
        for (const char *op :
            { "assign-user", "unassign", "delete", "restore", "unassign-delete" }) {
            QTest::newRow(qPrintable(QStringLiteral("nothing selected: ") + QLatin1String(op)))
                << QString::fromLatin1(op) << QStringLiteral("sam@example.com") << false
                << QStringLiteral("numbers") << QStringLiteral("numbers.required");
        }
    }

    void wholeActionRefusals()
    {
        QFETCH(QString, op);
        QFETCH(QString, arg);
        QFETCH(bool, select);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildFixture(service, *store, &fixture));
        const QStringList selection = select ? QStringList { fixture.value(QStringLiteral("free")),
            fixture.value(QStringLiteral("vc")) }
                                             : QStringList();
        const Snapshot before = snapshot(service, *store);
        BulkResult r;
        if (op == QLatin1String("assign-user"))
            r = service.inventory.assignSelectedToUser(selection, arg);
        else if (op == QLatin1String("assign-vc"))
            r = service.inventory.assignSelectedToVoiceConnector(selection, arg);
        else if (op == QLatin1String("unassign"))
            r = service.inventory.unassignSelected(selection);
        else if (op == QLatin1String("delete"))
            r = service.inventory.deleteSelected(selection);
        else if (op == QLatin1String("restore"))
            r = service.inventory.restoreSelected(selection);
        else
            r = service.inventory.unassignAndDeleteSelected(selection);
        QVERIFY(!r.ok());
        QVERIFY2(hasErrors(r.violations), qPrintable(describeBulk(r)));
        QCOMPARE(r.violations.first().field, field);
        QCOMPARE(r.violations.first().rule, rule);
        QCOMPARE(r.changed, 0);
        QVERIFY(snapshot(service, *store) == before);
    }

    void bulkSummaryCountsEveryNumber()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const auto n = [&f](const char *name) { return f.value(QLatin1String(name)); };
        // Five named, three acceptable (one named twice), two refused for different reasons.
        const BulkResult r = service.inventory.assignSelectedToUser(
            { n("free"), n("tf"), n("free2"), n("taken"), n("free"), n("arriving") },
            QStringLiteral("Lee@Example.com"));
        QVERIFY2(r.ok(), qPrintable(describeBulk(r)));
        QCOMPARE(r.requested, 5);
        QCOMPARE(r.changed, 3);
        QCOMPARE(r.refused.size(), 2);
        QCOMPARE(r.refused.at(0).e164, n("tf")); // in the order given
        QCOMPARE(r.refused.at(0).rule, QStringLiteral("inventory.toll-free-to-user"));
        QCOMPARE(r.refused.at(1).rule, QStringLiteral("inventory.already-assigned"));
        for (const char *name : { "free", "free2", "arriving" })
            QCOMPARE(number(service, n(name)).assignedUser, QStringLiteral("lee@example.com"));
        // Every refused reason names its number.
        for (const NumberRefusal &refused : r.refused)
            QVERIFY(refused.reason.contains(PhoneNumbers::formatNational(refused.e164)));
    }

    void singleNumberRefusals_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("rule");
        QTest::newRow("toll-free to a user")
            << QStringLiteral("assign-user") << QStringLiteral("tf")
            << QStringLiteral("pat@example.com") << QStringLiteral("inventory.toll-free-to-user");
        QTest::newRow("ported out")
            << QStringLiteral("assign-user") << QStringLiteral("gone2")
            << QStringLiteral("pat@example.com") << QStringLiteral("inventory.ported-out");
        QTest::newRow("connector number to a user")
            << QStringLiteral("assign-user") << QStringLiteral("arrivingVc")
            << QStringLiteral("pat@example.com") << QStringLiteral("inventory.product-mismatch");
        QTest::newRow("unassign unassigned")
            << QStringLiteral("unassign") << QStringLiteral("vc") << QString()
            << QStringLiteral("inventory.not-assigned");
    }

    void singleNumberRefusals()
    {
        QFETCH(QString, op);
        QFETCH(QString, target);
        QFETCH(QString, arg);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> fixture;
        CHECKED(buildFixture(service, *store, &fixture));
        const Snapshot before = snapshot(service, *store);
        const ChangeResult r = op == QLatin1String("unassign")
            ? service.inventory.unassign(fixture.value(target))
            : service.inventory.assignToUser(fixture.value(target), arg);
        QVERIFY2(hasRule(r, QStringLiteral("number"), rule), qPrintable(describe(r)));
        QVERIFY(snapshot(service, *store) == before);
    }

    // A number arrives the day before its FOC and can be assigned then: it
    // goes live assigned.
    void assignAheadOfActivation()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const QString bc = f.value(QStringLiteral("arriving"));
        const QString vc = f.value(QStringLiteral("arrivingVc"));
        VERIFY_OK(service.inventory.assignToUser(bc, QStringLiteral("lee@example.com")));
        BulkResult r = service.inventory.assignSelectedToVoiceConnector({ vc }, QStringLiteral("pbx-east"));
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        QCOMPARE_ENUM(number(service, bc).status, NumberStatus::PortinInProgress);
        QCOMPARE_ENUM(number(service, vc).status, NumberStatus::PortinInProgress);
        QCOMPARE(number(service, vc).assignedTo(), QStringLiteral("voice-connector:pbx-east"));
        // Unassigned again before activation it stays porting in.
        VERIFY_OK(service.inventory.unassign(vc));
        QCOMPARE_ENUM(number(service, vc).status, NumberStatus::PortinInProgress);

        m_clock.set(focTime());
        CHECKED(tickOk(service));
        QCOMPARE_ENUM(number(service, bc).status, NumberStatus::Assigned);
        QCOMPARE(number(service, bc).assignedUser, QStringLiteral("lee@example.com"));
        QCOMPARE_ENUM(number(service, vc).status, NumberStatus::Unassigned);
        QCOMPARE(historyOf(service, bc),
            (QStringList { QStringLiteral("arrived"),
                QStringLiteral("assigned user:lee@example.com"), QStringLiteral("activated") }));
        QCOMPARE(historyOf(service, vc),
            (QStringList { QStringLiteral("arrived"),
                QStringLiteral("assigned voice-connector:pbx-east"),
                QStringLiteral("unassigned voice-connector:pbx-east"),
                QStringLiteral("activated") }));
    }

    void deleteRestorePurgeWithHistory()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const QString a = f.value(QStringLiteral("free"));
        const QString b = f.value(QStringLiteral("free2"));
        BulkResult r = service.inventory.deleteSelected({ a, b });
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        const QDateTime deletedAt = Clock::now();
        QCOMPARE_ENUM(number(service, a).status, NumberStatus::DeleteInProgress);
        QCOMPARE(number(service, a).deletedAt, deletedAt);

        // The deletion queue is a filter.
        InventoryFilter queue;
        queue.statuses = { NumberStatus::DeleteInProgress };
        QStringList queued;
        for (const InventoryNumber &n : service.inventory.listInventory(queue))
            queued << n.e164;
        QVERIFY(queued.contains(a) && queued.contains(b));
        QCOMPARE(service.inventory.countInventory(queue), int(queued.size()));

        m_clock.set(deletedAt.addDays(InventoryService::deletionQueueDays).addSecs(-1));
        r = service.inventory.restoreSelected({ a });
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        QCOMPARE_ENUM(number(service, a).status, NumberStatus::Unassigned);
        m_clock.set(deletedAt.addDays(InventoryService::deletionQueueDays));
        r = service.inventory.restoreSelected({ b });
        QCOMPARE(refusalRule(r, b), QStringLiteral("inventory.restore-expired"));

        // The clock purges it; the history stays, and it cannot come back.
        QList<AppliedStep> steps;
        CHECKED(tickOk(service, &steps));
        QStringList purged;
        for (const AppliedStep &s : steps) {
            if (s.what == QLatin1String("purge"))
                purged << s.detail;
        }
        QVERIFY(purged.contains(b));
        InventoryNumber purgedNumber;
        QVERIFY(!service.inventory.findNumber(b, &purgedNumber));
        r = service.inventory.restoreSelected({ b });
        QCOMPARE(refusalRule(r, b), QStringLiteral("inventory.not-found"));
        QCOMPARE(historyOf(service, b),
            (QStringList { QStringLiteral("imported Unassigned"), QStringLiteral("deleted"),
                QStringLiteral("purged") }));
        QCOMPARE(historyOf(service, a),
            (QStringList { QStringLiteral("imported Unassigned"), QStringLiteral("deleted"),
                QStringLiteral("restored") }));
        for (const InventoryEvent &e : service.inventory.numberHistory(b))
            QVERIFY(!InventoryService::describe(e).isEmpty());
    }

    // -- Users -------------------------------------------------------------

    void userRules_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("ok") << QStringLiteral(" Kim@Example.com ") << QStringLiteral("Kim Lee")
                            << QString() << QString();
        QTest::newRow("no email") << QString() << QStringLiteral("Kim") << QStringLiteral("email")
                                  << QStringLiteral("email.required");
        QTest::newRow("invalid email")
            << QStringLiteral("kim@") << QStringLiteral("Kim") << QStringLiteral("email")
            << QStringLiteral("email.invalid");
        QTest::newRow("taken, ignoring case")
            << QStringLiteral("PAT@example.com") << QStringLiteral("Pat") << QStringLiteral("email")
            << QStringLiteral("user.email-taken");
        QTest::newRow("name too long")
            << QStringLiteral("kim@example.com") << QString(201, QLatin1Char('x'))
            << QStringLiteral("name") << QStringLiteral("user.name-too-long");
    }

    void userRules()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        VERIFY_OK(service.directory.addUser(QStringLiteral("pat@example.com"), QStringLiteral("Pat Roe")));
        const ChangeResult r = service.directory.addUser(email, name);
        if (rule.isEmpty()) {
            VERIFY_OK(r);
            QVERIFY(r.id > 0);
            const QList<User> users = service.directory.listUsers(QStringLiteral("kim"));
            QCOMPARE(users.size(), 1);
            QCOMPARE(users.first().email, QStringLiteral("kim@example.com"));
            QCOMPARE(users.first().name, QStringLiteral("Kim Lee"));
            QCOMPARE(users.first().id, r.id);
            QCOMPARE(users.first().createdAt, Clock::now());
        } else {
            QVERIFY2(hasRule(r, field, rule), qPrintable(describe(r)));
            QCOMPARE(count(*store, QStringLiteral("users")), qint64(1));
        }
    }

    void editUsers()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult pat = service.directory.addUser(QStringLiteral("pat@example.com"), QString());
        VERIFY_OK(pat);
        VERIFY_OK(service.directory.addUser(QStringLiteral("sam@example.com"), QStringLiteral("Sam")));
        qint64 id = 0;
        CHECKED(portInToFocConfirmed(service, portIn(seattleRange(1201, 2)), focTime(), &id));
        m_clock.set(focTime());
        CHECKED(tickOk(service));
        VERIFY_OK(service.inventory.assignToUser(seattle(1201), QStringLiteral("pat@example.com")));

        // A new email and name; the assignment follows the user.
        VERIFY_OK(service.directory.editUser(
            pat.id, QStringLiteral("Patricia@Example.com"), QStringLiteral("Patricia Roe")));
        QCOMPARE(
            number(service, seattle(1201)).assignedUser, QStringLiteral("patricia@example.com"));
        QList<User> users = service.directory.listUsers();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.first().email, QStringLiteral("patricia@example.com"));
        QCOMPARE(users.first().numberCount, 1);
        QCOMPARE(users.last().numberCount, 0);
        // Found by name too, ignoring case.
        QCOMPARE(service.directory.listUsers(QStringLiteral("ROE")).size(), 1);
        // LIKE's wildcards are plain characters in a search.
        QCOMPARE(service.directory.listUsers(QStringLiteral("%")).size(), 0);
        QCOMPARE(service.directory.listUsers(QStringLiteral("_")).size(), 0);

        ChangeResult r = service.directory.editUser(pat.id, QStringLiteral("sam@example.com"), QString());
        QVERIFY2(hasRule(r, QStringLiteral("email"), QStringLiteral("user.email-taken")),
            qPrintable(describe(r)));
        r = service.directory.editUser(pat.id, QStringLiteral("nope"), QString());
        QVERIFY2(hasRule(r, QStringLiteral("email"), QStringLiteral("email.invalid")),
            qPrintable(describe(r)));
        r = service.directory.editUser(9999, QStringLiteral("x@example.com"), QString());
        QVERIFY2(hasRule(r, QStringLiteral("user"), QStringLiteral("user.not-found")),
            qPrintable(describe(r)));
        QCOMPARE(service.directory.listUsers().first().email, QStringLiteral("patricia@example.com"));
        // Its own email again (any case) is no conflict.
        VERIFY_OK(service.directory.editUser(pat.id, QStringLiteral("PATRICIA@example.com"), QString()));
        QCOMPARE(service.directory.listUsers().first().name, QString());
    }

    // -- Voice Connectors --------------------------------------------------

    void voiceConnectorEditRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("rename") << QStringLiteral("pbx-north") << QStringLiteral("us-west-2")
                                << QString() << QString();
        QTest::newRow("no name") << QStringLiteral(" ") << QStringLiteral("us-east-1")
                                 << QStringLiteral("name")
                                 << QStringLiteral("voiceConnector.name-required");
        QTest::newRow("bad name") << QStringLiteral("-pbx") << QStringLiteral("us-east-1")
                                  << QStringLiteral("name")
                                  << QStringLiteral("voiceConnector.name-invalid");
        QTest::newRow("name taken")
            << QStringLiteral("pbx-west") << QStringLiteral("us-east-1") << QStringLiteral("name")
            << QStringLiteral("voiceConnector.name-taken");
        QTest::newRow("unknown region")
            << QStringLiteral("pbx-east") << QStringLiteral("mars-1") << QStringLiteral("region")
            << QStringLiteral("voiceConnector.region-unknown");
    }

    void voiceConnectorEditRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, region);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        const ChangeResult east = service.directory.createVoiceConnector(
            QStringLiteral("pbx-east"), QStringLiteral("us-east-1"), false);
        VERIFY_OK(east);
        VERIFY_OK(service.directory.createVoiceConnector(
            QStringLiteral("pbx-west"), QStringLiteral("us-west-2"), false));
        const ChangeResult r = service.directory.editVoiceConnector(east.id, name, region, true);
        VoiceConnector c;
        if (rule.isEmpty()) {
            VERIFY_OK(r);
            QVERIFY(service.directory.findVoiceConnector(name, &c));
            QCOMPARE(c.id, east.id);
            QCOMPARE(c.region, region);
            QVERIFY(c.encryption);
            QVERIFY(!service.directory.findVoiceConnector(QStringLiteral("pbx-east"), &c));
        } else {
            QVERIFY2(hasRule(r, field, rule), qPrintable(describe(r)));
            QVERIFY(service.directory.findVoiceConnector(QStringLiteral("pbx-east"), &c));
            QCOMPARE(c.region, QStringLiteral("us-east-1"));
            QVERIFY(!c.encryption);
        }
    }

    void voiceConnectorInUse()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        VoiceConnector east;
        QVERIFY(service.directory.findVoiceConnector(QStringLiteral("pbx-east"), &east));
        QCOMPARE(east.numberCount, 1); // vcTaken
        BulkResult bulk = service.inventory.assignSelectedToVoiceConnector(
            { f.value(QStringLiteral("vc")), f.value(QStringLiteral("tf")) },
            QStringLiteral("pbx-east"));
        QVERIFY2(bulk.complete(), qPrintable(describeBulk(bulk)));
        QVERIFY(service.directory.findVoiceConnector(QStringLiteral("pbx-east"), &east));
        QCOMPARE(east.numberCount, 3);
        QCOMPARE(service.directory.listVoiceConnectors().first().numberCount, 3);

        // Refused with the count while numbers are assigned, and while an
        // open port-in (arrivingVc's) names it.
        ChangeResult r = service.directory.deleteVoiceConnector(east.id);
        QVERIFY2(
            hasRule(r, QStringLiteral("voiceConnector"), QStringLiteral("voiceConnector.in-use")),
            qPrintable(describe(r)));
        QVERIFY2(r.violations.first().message.contains(QLatin1String("3")),
            qPrintable(r.violations.first().message));
        QVERIFY(hasRule(
            r, QStringLiteral("voiceConnector"), QStringLiteral("voiceConnector.in-port-in")));
        r = service.directory.editVoiceConnector(east.id, QStringLiteral("pbx-renamed"), east.region, false);
        QVERIFY2(hasRule(r, QStringLiteral("name"), QStringLiteral("voiceConnector.in-port-in")),
            qPrintable(describe(r)));
        // Region and encryption may change meanwhile.
        VERIFY_OK(
            service.directory.editVoiceConnector(east.id, east.name, QStringLiteral("us-west-2"), false));

        bulk = service.inventory.unassignSelected({ f.value(QStringLiteral("vc")),
            f.value(QStringLiteral("tf")), f.value(QStringLiteral("vcTaken")) });
        QVERIFY2(bulk.complete(), qPrintable(describeBulk(bulk)));
        m_clock.set(focTime()); // the port-in completes: no open port-in names it
        CHECKED(tickOk(service));
        VERIFY_OK(service.directory.deleteVoiceConnector(east.id));
        QVERIFY(!service.directory.findVoiceConnector(QStringLiteral("pbx-east"), &east));
        r = service.directory.deleteVoiceConnector(east.id);
        QVERIFY(hasRule(
            r, QStringLiteral("voiceConnector"), QStringLiteral("voiceConnector.not-found")));
    }

    // -- The end of a port-out ---------------------------------------------

    void finishPortOut()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const QString gone = f.value(QStringLiteral("gone"));
        const QString gone2 = f.value(QStringLiteral("gone2"));
        const qint64 caseId = number(service, gone).portOutCaseId;
        QVERIFY(caseId > 0);

        // The view's "ported out" filter and the case's numbers.
        InventoryFilter portedOut;
        portedOut.portedOutOnly = true;
        QCOMPARE(service.inventory.countInventory(portedOut), 2);
        InventoryFilter ofCase;
        ofCase.caseId = caseId;
        QCOMPARE(service.inventory.listInventory(ofCase).size(), 2);
        QCOMPARE(service.inventory.inventoryCounts().portedOut, 2);

        // Not for a port-in, nor for a port-out still open.
        const qint64 openOut = number(service, f.value(QStringLiteral("out"))).portOutCaseId;
        BulkResult r = service.inventory.finishPortOut(openOut);
        QVERIFY(hasErrors(r.violations));
        QCOMPARE(r.violations.first().rule, QStringLiteral("case.not-ported-out"));
        r = service.inventory.finishPortOut(number(service, f.value(QStringLiteral("arriving"))).caseId);
        QCOMPARE(r.violations.first().rule, QStringLiteral("case.not-ported-out"));
        r = service.inventory.finishPortOut(9999);
        QCOMPARE(r.violations.first().rule, QStringLiteral("case.not-found"));

        m_clock.advanceSeconds(60);
        r = service.inventory.finishPortOut(caseId);
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        QCOMPARE(r.changed, 2);
        for (const QString &e164 : { gone, gone2 }) {
            const InventoryNumber n = number(service, e164);
            QCOMPARE_ENUM(n.status, NumberStatus::DeleteInProgress);
            QVERIFY(n.assignedTo().isEmpty());
        }
        QCOMPARE(historyOf(service, gone).mid(1),
            (QStringList { QStringLiteral("assigned user:pat@example.com"),
                QStringLiteral("port-out"), QStringLiteral("ported-out"),
                QStringLiteral("unassigned user:pat@example.com"), QStringLiteral("deleted") }));
        // The clock closes the case; the numbers cannot come back.
        QList<AppliedStep> steps;
        CHECKED(tickOk(service, &steps));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().what, QStringLiteral("close"));
        QCOMPARE(steps.first().caseId, caseId);
        r = service.inventory.restoreSelected({ gone });
        QCOMPARE(refusalRule(r, gone), QStringLiteral("inventory.ported-out"));
        // A closed case has nothing left to finish.
        r = service.inventory.finishPortOut(caseId);
        QCOMPARE(r.violations.first().rule, QStringLiteral("case.not-ported-out"));
    }

    void unassignAndDeleteSelectedNumbersOfAPortOut()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const QString gone = f.value(QStringLiteral("gone"));
        const qint64 caseId = number(service, gone).portOutCaseId;
        BulkResult r = service.inventory.unassignAndDeleteSelected({ gone });
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        QList<AppliedStep> steps;
        CHECKED(tickOk(service, &steps));
        QVERIFY(steps.isEmpty()); // one number still to delete
        CaseRecord record;
        QVERIFY(service.cases.loadCase(caseId, &record));
        QCOMPARE_ENUM(record.state, CaseState::PortedOut);
        r = service.inventory.unassignAndDeleteSelected({ f.value(QStringLiteral("gone2")) });
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        CHECKED(tickOk(service, &steps));
        QVERIFY(service.cases.loadCase(caseId, &record));
        QCOMPARE_ENUM(record.state, CaseState::Closed);
    }

    // -- Progress ----------------------------------------------------------

    void bulkProgressAndCancel()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        constexpr int size = 2500;
        QJsonArray rows;
        QStringList numbers;
        for (int i = 0; i < size; ++i) {
            const QString e164
                = QStringLiteral("+1509444%1").arg(2000 + i, 4, 10, QLatin1Char('0'));
            numbers << e164;
            rows.append(
                apiRow(e164, QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned")));
        }
        const ImportResult imported = importBytes(*store, listResponse(rows));
        QVERIFY2(imported.ok(), qPrintable(describeImport(imported)));
        QCOMPARE(imported.imported, size);

        // Cancelled half-way: nothing changes.
        const Snapshot before = snapshot(service, *store);
        QList<QPair<int, int>> calls;
        BulkResult r = service.inventory.assignSelectedToUser(numbers, QStringLiteral("pat@example.com"),
            BulkPolicy::ApplyAcceptable, [&calls](int done, int total) {
                calls.append({ done, total });
                return calls.size() < 2;
            });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.changed, 0);
        QCOMPARE(calls.size(), 2);
        QVERIFY(snapshot(service, *store) == before);

        // Done: progress rises to the total, one transaction.
        calls.clear();
        r = service.inventory.assignSelectedToUser(numbers, QStringLiteral("pat@example.com"),
            BulkPolicy::ApplyAcceptable, [&calls](int done, int total) {
                calls.append({ done, total });
                return true;
            });
        QVERIFY2(r.complete(), qPrintable(describeBulk(r)));
        QCOMPARE(r.changed, size);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.first().first, 0);
        QCOMPARE(calls.last().first, size);
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
            QCOMPARE(calls.at(i).second, size);
        }
        InventoryFilter assigned;
        assigned.hasStatus = true;
        assigned.status = NumberStatus::Assigned;
        QCOMPARE(service.inventory.countInventory(assigned), size);
        QCOMPARE(count(*store, QStringLiteral("inventory_events")), qint64(2 * size));
    }

    // -- Paging ------------------------------------------------------------

    void pagingByKey_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        const QList<QPair<const char *, InventorySort>> sorts
            = { { "number", InventorySort::Number }, { "status", InventorySort::Status },
                  { "product type", InventorySort::ProductType },
                  { "created", InventorySort::Created }, { "updated", InventorySort::Updated },
                  { "case", InventorySort::Case } };
        for (const auto &[name, sort] : sorts) {
            for (bool desc : { false, true }) {
                for (const char *filter :
                    { "none", "prefix", "statuses", "assignee", "user", "product" }) {
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1 %2 %3")
                                       .arg(QLatin1String(name),
                                           desc ? QStringLiteral("desc") : QStringLiteral("asc"),
                                           QLatin1String(filter))))
                        << int(sort) << desc << QString::fromLatin1(filter);
                }
            }
        }
    }

    void pagingByKey()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        if (!m_pagingStore) {
            // One store for every row of the table: built once.
            m_pagingDb = std::make_unique<TestDatabase>(QStringLiteral("paging"));
            QVERIFY2(m_pagingDb->isValid(), qPrintable(m_pagingDb->error()));
            StoreStatus status;
            m_pagingStore = Store::open(m_pagingDb->url(), &status);
            QVERIFY2(m_pagingStore, qPrintable(status.message));
            CHECKED(buildPagingStore(*m_pagingStore));
        }
        Services service(*m_pagingStore);

        InventoryFilter f;
        if (filter == QLatin1String("prefix"))
            f.prefix = QStringLiteral("(425)");
        else if (filter == QLatin1String("statuses"))
            f.statuses = { NumberStatus::Assigned, NumberStatus::DeleteInProgress };
        else if (filter == QLatin1String("assignee"))
            f.assignee = QStringLiteral("PBX"); // connectors pbx-east, pbx_west; not users
        else if (filter == QLatin1String("user"))
            f.assignee = QStringLiteral("EXAMPLE.com"); // users' emails
        else if (filter == QLatin1String("product"))
            f.hasProductType = true;
        f.productType = ProductType::VoiceConnector;
        f.sort = InventorySort(sort);
        f.descending = descending;

        // What the page must show: every matching number, ordered in C++.
        QList<InventoryNumber> expected;
        for (const InventoryNumber &n : service.inventory.listInventory({})) {
            bool match = true;
            if (filter == QLatin1String("prefix"))
                match = n.e164.startsWith(QLatin1String("+1425"));
            else if (filter == QLatin1String("statuses"))
                match = n.status == NumberStatus::Assigned
                    || n.status == NumberStatus::DeleteInProgress;
            else if (filter == QLatin1String("assignee"))
                match
                    = n.assignedVoiceConnector.contains(QLatin1String("pbx"), Qt::CaseInsensitive);
            else if (filter == QLatin1String("user"))
                match = n.assignedUser.contains(QLatin1String("example.com"));
            else if (filter == QLatin1String("product"))
                match = n.productType == ProductType::VoiceConnector;
            if (match)
                expected << n;
        }
        QVERIFY(expected.size() > 10);
        std::stable_sort(expected.begin(), expected.end(),
            [&f, descending](const InventoryNumber &a, const InventoryNumber &b) {
                const QVariant ka = f.sortKey(a), kb = f.sortKey(b);
                int c = 0;
                if (ka.typeId() == QMetaType::QString)
                    c = ka.toString().compare(kb.toString());
                else
                    c = ka.toLongLong() < kb.toLongLong()   ? -1
                        : ka.toLongLong() > kb.toLongLong() ? 1
                                                            : 0;
                if (c == 0)
                    c = a.e164.compare(b.e164);
                return descending ? c > 0 : c < 0;
            });
        QStringList want;
        for (const InventoryNumber &n : expected)
            want << n.e164;
        QCOMPARE(service.inventory.countInventory(f), int(want.size()));

        // Forward, page by page.
        InventoryFilter page = f;
        page.limit = 17;
        QStringList seen;
        QList<InventoryNumber> firstPage;
        for (int guard = 0; guard < 100; ++guard) {
            StoreStatus status;
            const QList<InventoryNumber> rows = service.inventory.listInventory(page, &status);
            QVERIFY2(status.ok(), qPrintable(status.message));
            if (guard == 0)
                firstPage = rows;
            for (const InventoryNumber &n : rows)
                seen << n.e164;
            if (rows.size() < page.limit)
                break;
            page.startAfter(rows.last());
        }
        QCOMPARE(seen, want);

        // Back, from past the last row to the start.
        page = f;
        page.limit = 17;
        page.before = true;
        page.startAfter(expected.last());
        QStringList back { expected.last().e164 };
        for (int guard = 0; guard < 100; ++guard) {
            const QList<InventoryNumber> rows = service.inventory.listInventory(page);
            QStringList chunk;
            for (const InventoryNumber &n : rows)
                chunk << n.e164;
            back = chunk + back;
            if (rows.size() < page.limit)
                break;
            page.startAfter(rows.first());
        }
        QCOMPARE(back, want);

        // Jumps: an offset from the start, and back from the last row.
        const int n = int(want.size());
        for (int k : { 1, 5, 16, 17, n / 2, n - 17, n - 1, n, n + 3 }) {
            InventoryFilter jump = f;
            jump.limit = 17;
            jump.offset = k;
            QStringList got;
            for (const InventoryNumber &row : service.inventory.listInventory(jump))
                got << row.e164;
            QVERIFY2(
                got == want.mid(k, 17), qPrintable(QStringLiteral("forward offset %1").arg(k)));
            jump.before = true;
            jump.startAfter(expected.last());
            got.clear();
            for (const InventoryNumber &row : service.inventory.listInventory(jump))
                got << row.e164;
            const int end = std::max(0, n - 1 - k);
            QVERIFY2(got == want.mid(std::max(0, end - 17), end - std::max(0, end - 17)),
                qPrintable(QStringLiteral("back offset %1").arg(k)));
        }
    }

    void countsByStatus()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const InventoryCounts counts = service.inventory.inventoryCounts();
        QCOMPARE(counts.total, int(service.inventory.listInventory({}).size()));
        int sum = 0;
        for (NumberStatus s :
            { NumberStatus::PortinInProgress, NumberStatus::Unassigned, NumberStatus::Assigned,
                NumberStatus::PortoutInProgress, NumberStatus::DeleteInProgress }) {
            InventoryFilter one;
            one.hasStatus = true;
            one.status = s;
            QCOMPARE(counts.byStatus.value(s), service.inventory.countInventory(one));
            sum += counts.byStatus.value(s);
        }
        QCOMPARE(sum, counts.total);
        QCOMPARE(counts.byStatus.value(NumberStatus::PortoutInProgress), 3);
        // The area code alone is a prefix.
        InventoryFilter area;
        area.prefix = QStringLiteral("206");
        QCOMPARE(service.inventory.countInventory(area), 12);
        area.prefix = QStringLiteral("+1 833");
        QCOMPARE(service.inventory.countInventory(area), 1);
    }

    // -- Import and export -------------------------------------------------

    void jsonRoundTrip()
    {
        TestDatabase firstDb(QStringLiteral("first"));
        TestDatabase secondDb(QStringLiteral("second"));
        QVERIFY2(firstDb.isValid() && secondDb.isValid(), qPrintable(firstDb.error()));
        StoreStatus status;
        std::unique_ptr<Store> first = Store::open(firstDb.url(), &status);
        QVERIFY2(first, qPrintable(status.message));
        std::unique_ptr<Store> second = Store::open(secondDb.url(), &status);
        QVERIFY2(second, qPrintable(status.message));
        Services service(*first);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *first, &f));
        // Numbers porting in belong to their case: the file leaves them out.
        m_clock.set(focTime());
        CHECKED(tickOk(service));
        VERIFY_OK(service.inventory.assignToVoiceConnector(
            f.value(QStringLiteral("tf")), QStringLiteral("pbx-east")));

        const QByteArray exported = exportBytes(*first, InventoryExchange::Format::Json);
        const QJsonObject doc = QJsonDocument::fromJson(exported).object();
        QCOMPARE(doc.keys(), QStringList { QStringLiteral("PhoneNumbers") });
        const QJsonArray rows = doc.value(QStringLiteral("PhoneNumbers")).toArray();
        QCOMPARE(rows.size(), service.inventory.listInventory({}).size());
        const QStringList members { QStringLiteral("Associations"), QStringLiteral("Country"),
            QStringLiteral("CreatedTimestamp"), QStringLiteral("E164PhoneNumber"),
            QStringLiteral("PhoneNumberId"), QStringLiteral("ProductType"),
            QStringLiteral("Status"), QStringLiteral("Type"), QStringLiteral("UpdatedTimestamp") };
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QStringList keys = row.keys();
            keys.removeAll(QStringLiteral("DeletionTimestamp"));
            QCOMPARE(keys, members);
            const QString st = row.value(QStringLiteral("Status")).toString();
            QVERIFY2(QStringList({ QStringLiteral("Unassigned"), QStringLiteral("Assigned"),
                                     QStringLiteral("DeleteInProgress") })
                         .contains(st),
                qPrintable(st));
            QCOMPARE(row.contains(QStringLiteral("DeletionTimestamp")),
                st == QLatin1String("DeleteInProgress"));
            const QJsonArray associations = row.value(QStringLiteral("Associations")).toArray();
            QCOMPARE(associations.size(), st == QLatin1String("Assigned") ? 1 : 0);
        }
        // PortoutInProgress shows as the number's Assigned/Unassigned.
        const auto rowOf = [&rows](const QString &e164) {
            for (const QJsonValue &v : rows) {
                if (v.toObject().value(QStringLiteral("E164PhoneNumber")).toString() == e164)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(rowOf(f.value(QStringLiteral("out"))).value(QStringLiteral("Status")).toString(),
            QStringLiteral("Unassigned"));
        const QJsonObject tf = rowOf(f.value(QStringLiteral("tf")));
        QCOMPARE(tf.value(QStringLiteral("Type")).toString(), QStringLiteral("TollFree"));
        QCOMPARE(
            tf.value(QStringLiteral("ProductType")).toString(), QStringLiteral("VoiceConnector"));
        const QJsonObject assoc
            = tf.value(QStringLiteral("Associations")).toArray().first().toObject();
        QCOMPARE(
            assoc.value(QStringLiteral("Name")).toString(), QStringLiteral("VoiceConnectorId"));
        QCOMPARE(assoc.value(QStringLiteral("Value")).toString(), QStringLiteral("pbx-east"));
        QCOMPARE(
            assoc.value(QStringLiteral("AssociatedTimestamp")).toString(), apiTime(Clock::now()));
        const QJsonObject taken = rowOf(f.value(QStringLiteral("taken")));
        QCOMPARE(taken.value(QStringLiteral("Associations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
            QStringLiteral("UserId"));

        // Into an empty store: the connector must exist, or be asked for.
        ImportResult r = importBytes(*second, exported);
        QVERIFY(!r.ok());
        QCOMPARE(r.refused.size(), 2); // vcTaken and tf
        for (const ImportRefusal &refused : r.refused)
            QCOMPARE(refused.rule, QStringLiteral("import.voice-connector-missing"));
        QCOMPARE(count(*second, QStringLiteral("inventory")), qint64(0));
        QCOMPARE(count(*second, QStringLiteral("users")), qint64(0));
        m_clock.advanceSeconds(3600);
        r = importBytes(*second, exported, true);
        QVERIFY2(r.ok(), qPrintable(describeImport(r)));
        QCOMPARE(r.imported, int(rows.size()));
        QCOMPARE(r.voiceConnectorsCreated, QStringList { QStringLiteral("pbx-east") });
        QCOMPARE(r.usersCreated, QStringList { QStringLiteral("pat@example.com") });

        // Exported again: the same file, byte for byte.
        const QByteArray again = exportBytes(*second, InventoryExchange::Format::Json);
        QCOMPARE(QString::fromUtf8(again), QString::fromUtf8(exported));
        // Each number's history says it was imported.
        QCOMPARE(Services(*second).inventory.numberHistory(f.value(QStringLiteral("taken"))).size(), 1);
        // Imported again: every row is already there.
        r = importBytes(*second, exported, true);
        QCOMPARE(r.refused.size(), rows.size());
        QCOMPARE(r.refused.first().rule, QStringLiteral("import.in-inventory"));
    }

    void importRefusals_data()
    {
        QTest::addColumn<QString>("change"); // a JSON object merged into the middle row
        QTest::addColumn<QString>("rule");
        const auto row = [](const char *tag, const char *change, const char *rule) {
            QTest::newRow(tag) << QString::fromUtf8(change) << QString::fromLatin1(rule);
        };
        row("no number", R"({"E164PhoneNumber": ""})", "import.number-required");
        row("not a number", R"({"E164PhoneNumber": "hello"})", "import.number-invalid");
        row("Canadian number", R"({"E164PhoneNumber": "+14165550123"})", "import.number-invalid");
        row("duplicate", R"({"E164PhoneNumber": "+12064445001"})", "import.duplicate");
        row("in the inventory", R"({"E164PhoneNumber": "+12064449001"})", "import.in-inventory");
        row("in an open port-in", R"({"E164PhoneNumber": "+12064449101"})",
            "import.in-open-port-in");
        row("other country", R"({"Country": "CA"})", "import.country");
        row("unknown type", R"({"Type": "Mobile"})", "import.type-invalid");
        row("type mismatch", R"({"Type": "TollFree"})", "import.type-mismatch");
        row("unknown product", R"({"ProductType": "SipMediaApplicationDialIn"})",
            "import.product-type-invalid");
        row("toll-free Business Calling",
            R"({"E164PhoneNumber": "+18332345002", "Type": "TollFree"})",
            "import.toll-free-business-calling");
        row("porting in", R"({"Status": "PortinInProgress"})", "import.status-porting-in");
        row("API status PortDesk has not", R"({"Status": "AcquireInProgress"})",
            "import.status-unsupported");
        row("PortDesk's own status", R"({"Status": "PortoutInProgress"})",
            "import.status-unsupported");
        row("assigned without an assignee", R"({"Status": "Assigned"})",
            "import.association-required");
        row("assignee of an unassigned number",
            R"({"Associations": [{"Name": "UserId", "Value": "pat@example.com"}]})",
            "import.association-unexpected");
        row("connector of a Business Calling number",
            R"({"Status": "Assigned", "Associations": [{"Name": "VoiceConnectorId", "Value": "pbx-east"}]})",
            "import.association-name");
        row("assignee without a value",
            R"({"Status": "Assigned", "Associations": [{"Name": "UserId", "Value": ""}]})",
            "import.association-value");
        row("user that is no email",
            R"({"Status": "Assigned", "Associations": [{"Name": "UserId", "Value": "pat"}]})",
            "import.user-email-invalid");
        row("missing connector",
            R"({"ProductType": "VoiceConnector", "Status": "Assigned", "Associations": [{"Name": "VoiceConnectorId", "Value": "pbx-nowhere"}]})",
            "import.voice-connector-missing");
        row("bad time", R"({"CreatedTimestamp": "yesterday"})", "import.time-invalid");
        row("deleted time on a live number", R"({"DeletionTimestamp": "2026-03-01T00:00:00Z"})",
            "import.deletion-unexpected");
        row("associations not a list", R"({"Associations": {"Name": "UserId"}})",
            "import.associations-invalid");
        row("not an object", R"(42)", "import.row-not-object");
    }

    void importRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, rule);
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        VERIFY_OK(service.directory.createVoiceConnector(QStringLiteral("pbx-east"), QString(), false));
        QJsonArray existing { apiRow(
            seattle(9001), QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned")) };
        QVERIFY(importBytes(*store, listResponse(existing)).ok());
        VERIFY_OK(service.cases.submitPortIn(portIn({ seattle(9101) })));

        QJsonArray rows;
        rows.append(
            apiRow(seattle(5001), QStringLiteral("BusinessCalling"), QStringLiteral("Assigned"),
                QStringLiteral("UserId"), QStringLiteral("new@example.com")));
        QJsonValue middle = apiRow(
            seattle(5002), QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned"));
        const QJsonDocument changeDoc = QJsonDocument::fromJson("[" + change.toUtf8() + "]");
        const QJsonValue changeValue = changeDoc.array().first();
        if (changeValue.isObject()) {
            QJsonObject merged = middle.toObject();
            const QJsonObject c = changeValue.toObject();
            for (auto it = c.begin(); it != c.end(); ++it)
                merged.insert(it.key(), it.value());
            middle = merged;
        } else {
            middle = changeValue;
        }
        rows.append(middle);
        rows.append(
            apiRow(seattle(5003), QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned")));

        const Snapshot before = snapshot(service, *store);
        const ImportResult r = importBytes(*store, listResponse(rows));
        QVERIFY(!r.ok());
        QVERIFY2(r.status.ok() && r.violations.isEmpty(), qPrintable(describeImport(r)));
        QCOMPARE(r.rows, 3);
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused.first().row, 1);
        QCOMPARE(r.refused.first().rule, rule);
        QVERIFY(!r.refused.first().reason.isEmpty());
        // Nothing else changes: not the good rows, not the new user.
        QVERIFY(snapshot(service, *store) == before);
    }

    void importReportsEveryRefusedRow()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QJsonArray rows;
        for (int i = 0; i < 2 * 2000 + 10; ++i) {
            // Every 1000th row is toll-free Business Calling: refused in every batch.
            const QString e164 = i % 1000 == 7 ? tollFree(i) : seattle(i);
            QJsonObject row
                = apiRow(e164, QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned"));
            rows.append(row);
        }
        const ImportResult r = importBytes(*store, listResponse(rows));
        QCOMPARE(r.rows, int(rows.size()));
        QCOMPARE(r.refused.size(), 5);
        QList<int> at;
        for (const ImportRefusal &refused : r.refused)
            at << refused.row;
        QCOMPARE(at, (QList<int> { 7, 1007, 2007, 3007, 4007 }));
        QCOMPARE(count(*store, QStringLiteral("inventory")), qint64(0));
        QCOMPARE(count(*store, QStringLiteral("inventory_events")), qint64(0));
    }

    void importFileShapes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("rule"); // empty: imported
        QTest::addColumn<int>("imported");
        // Plain literals: moc misreads braces and escaped quotes in raw strings.
        QTest::newRow("not JSON") << QByteArray("PhoneNumbers: none")
                                  << QStringLiteral("import.unreadable") << 0;
        QTest::newRow("cut short")
            << QByteArray("{\"PhoneNumbers\": [{\"E164PhoneNumber\": \"+1206")
            << QStringLiteral("import.unreadable") << 0;
        QTest::newRow("no list") << QByteArray("{\"NextToken\": null}")
                                 << QStringLiteral("import.no-phone-numbers") << 0;
        QTest::newRow("empty list") << QByteArray("{\"PhoneNumbers\": []}") << QString() << 0;
        QTest::newRow("other members first")
            << QByteArray("{\"Note\": \"a \\\"quoted\\\" } ] text\", "
                          "\"Nested\": {\"a\": [1, {\"b\": \"}\"}]}, "
                          "\"PhoneNumbers\": [{\"E164PhoneNumber\": \"+12064447001\", "
                          "\"Type\": \"Local\", \"ProductType\": \"BusinessCalling\", "
                          "\"Status\": \"Unassigned\"}], \"NextToken\": null}")
            << QString() << 1;
    }

    void importFileShapes()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, rule);
        QFETCH(int, imported);
        OPEN_FRESH_STORE(db, store);
        const ImportResult r = importBytes(*store, file);
        if (rule.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(describeImport(r)));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.violations.size(), 1);
            QCOMPARE(r.violations.first().rule, rule);
        }
        QCOMPARE(r.imported, imported);
        QCOMPARE(count(*store, QStringLiteral("inventory")), qint64(imported));
        if (imported > 0) {
            // Times left out are the import's own.
            InventoryNumber n;
            QVERIFY(Services(*store).inventory.findNumber(QStringLiteral("+12064447001"), &n));
            QCOMPARE(n.createdAt, Clock::now());
        }
    }

    void csvExport()
    {
        OPEN_FRESH_STORE(db, store);
        Services service(*store);
        QHash<QString, QString> f;
        CHECKED(buildFixture(service, *store, &f));
        const QString csv = QString::fromUtf8(exportBytes(*store, InventoryExchange::Format::Csv));
        QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.last(), QString()); // every line ends
        lines.removeLast();
        QCOMPARE(lines.first(), InventoryExchange::csvHeader());
        const QList<InventoryNumber> all = service.inventory.listInventory({});
        QCOMPARE(lines.size(), all.size() + 1);
        const int columns = int(InventoryExchange::csvHeader().count(QLatin1Char(',')));
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(lines.at(i + 1), InventoryExchange::csvRow(all.at(i)));
            QVERIFY(lines.at(i + 1).startsWith(all.at(i).e164 + QLatin1Char(',')));
            QCOMPARE(int(lines.at(i + 1).count(QLatin1Char(','))), columns);
        }
        // CSV keeps PortDesk's own status; JSON does not.
        QVERIFY(csv.contains(QLatin1String(",PortoutInProgress,")));
        // A filter narrows the export.
        InventoryFilter deleted;
        deleted.statuses = { NumberStatus::DeleteInProgress };
        const QString queue
            = QString::fromUtf8(exportBytes(*store, InventoryExchange::Format::Csv, deleted));
        QCOMPARE(queue.count(QStringLiteral("\r\n")), 2);
        QVERIFY(queue.contains(f.value(QStringLiteral("deleted"))));

        // Quoting: a value with a comma or a quote.
        InventoryNumber odd;
        odd.e164 = seattle(1);
        odd.productType = ProductType::VoiceConnector;
        odd.assignedVoiceConnector = QStringLiteral("a \"b\", c");
        QVERIFY(InventoryExchange::csvRow(odd).contains(QLatin1String(",\"a \"\"b\"\", c\",")));
    }

    void exportToFile()
    {
        OPEN_FRESH_STORE(db, store);
        QJsonArray rows { apiRow(
            seattle(8001), QStringLiteral("BusinessCalling"), QStringLiteral("Unassigned")) };
        QVERIFY(importBytes(*store, listResponse(rows)).ok());
        const QString path = db.folder() + QStringLiteral("/inventory.json");
        StoreStatus status;
        QVERIFY2(InventoryExchange(*store).exportToFile(
                     path, InventoryExchange::Format::Json, {}, &status),
            qPrintable(status.message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exportBytes(*store, InventoryExchange::Format::Json));
        // A folder that does not exist: a failure, no file.
        QVERIFY(!InventoryExchange(*store).exportToFile(
            db.folder() + QStringLiteral("/no/such/dir/x.json"), InventoryExchange::Format::Json,
            {}, &status));
        QVERIFY(!status.ok());
    }

private:
    // ~300 numbers for the paging table: two area codes, every status but
    // porting in, both product types, users and connectors (one with an
    // underscore), spread creation and update times, and a few from port-ins.
    void buildPagingStore(Store &store)
    {
        Services service(store);
        VERIFY_OK(service.directory.createVoiceConnector(QStringLiteral("pbx-east"), QString(), false));
        VERIFY_OK(service.directory.createVoiceConnector(QStringLiteral("pbx_west"), QString(), false));
        VERIFY_OK(service.directory.createVoiceConnector(QStringLiteral("trunk"), QString(), false));
        QJsonArray rows;
        for (int i = 0; i < 300; ++i) {
            const QString e164
                = (i % 3 == 0 ? QStringLiteral("+1425333") : QStringLiteral("+1206333"))
                + QStringLiteral("%1").arg(1000 + (i * 7919) % 9000, 4, 10, QLatin1Char('0'));
            const bool vc = i % 4 == 0;
            const QString product
                = vc ? QStringLiteral("VoiceConnector") : QStringLiteral("BusinessCalling");
            // Creation times collide often, so that the number breaks ties.
            const QDateTime created = startTime().addDays(-100 + (i % 13));
            const int kind = (i * 31) % 10;
            QJsonObject row;
            if (kind < 4) {
                row = apiRow(
                    e164, product, QStringLiteral("Unassigned"), QString(), QString(), created);
            } else if (kind < 8) {
                const QString name
                    = vc ? QStringLiteral("VoiceConnectorId") : QStringLiteral("UserId");
                const QString value = vc ? (i % 3 == 0     ? QStringLiteral("pbx-east")
                                              : i % 3 == 1 ? QStringLiteral("pbx_west")
                                                           : QStringLiteral("trunk"))
                                         : (i % 2 ? QStringLiteral("pat@example.com")
                                                  : QStringLiteral("sam@example.com"));
                row = apiRow(e164, product, QStringLiteral("Assigned"), name, value, created);
            } else {
                row = apiRow(e164, product, QStringLiteral("DeleteInProgress"), QString(),
                    QString(), created);
                // Still in the queue when the clock runs at the FOC below.
                row.insert(QStringLiteral("DeletionTimestamp"), apiTime(focTime().addDays(-1)));
            }
            row.insert(
                QStringLiteral("UpdatedTimestamp"), apiTime(created.addSecs((i % 7) * 3600)));
            rows.append(row);
        }
        const ImportResult r = importBytes(store, listResponse(rows));
        QVERIFY2(r.ok(), qPrintable(describeImport(r)));
        // Some with a case id (a port-in that completed).
        qint64 id = 0;
        CHECKED(portInToFocConfirmed(service, portIn(seattleRange(6001, 12)), focTime(), &id));
        CHECKED(portInToFocConfirmed(service,
            portIn({ QStringLiteral("+14254446001"), QStringLiteral("+14254446002") }), focTime(),
            &id));
        m_clock.set(focTime());
        CHECKED(tickOk(service));
        m_clock.set(startTime());
    }

    std::unique_ptr<TestDatabase> m_pagingDb;
    std::unique_ptr<Store> m_pagingStore;
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
