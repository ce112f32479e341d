// SPDX-License-Identifier: Apache-2.0
// A lost PostgreSQL connection for the writes beyond case steps and number
// changes (issue 14, gap 2): a port-in submitted, a port-out filed and an
// inventory import, each with the connection killed (pg_terminate_backend)
// just before its commit, or just after it with the answer lost. The
// service reconnects and retries once under the write's idempotency key
// (case_events.request_key, inventory_events.request_key; for a comment, an
// LOA signature and a file, schema 16's request_key on their own tables):
// applied exactly once, and the caller sees success.
#include "../models/InventoryFixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace portdesk;
using namespace storetest;

namespace {

QVariant scalar(const Store &store, const QString &text, const QVariantList &values = {})
{
    const QVariantList rows = column(store, text, values);
    return rows.isEmpty() ? QVariant() : rows.first();
}

// Three Unassigned Business Calling numbers, +12064447001 to +12064447003,
// as a ListPhoneNumbers file.
QByteArray importFile(int first)
{
    QJsonArray rows;
    const QDateTime at = startTime().addDays(-3);
    for (int i = 0; i < 3; ++i)
        rows.append(apiRow(seattle(first + i), QStringLiteral("BusinessCalling"),
            QStringLiteral("Unassigned"), {}, {}, at, at));
    return QJsonDocument(QJsonObject { { QStringLiteral("PhoneNumbers"), rows } }).toJson();
}

ImportResult import(Store &store, const QByteArray &file)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    return InventoryExchange(store).importJson(&buffer);
}

// What is written, and when its connection is cut.
enum class Write { PortIn, PortOut, Import, Comment, LoaSignature, Attachment, BulkDelete };
enum class Cut { BeforeCommit, AnswerLost };

} // namespace

Q_DECLARE_METATYPE(Write)
Q_DECLARE_METATYPE(Cut)

class TestLostWrites : public QObject, private StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("a lost connection is PostgreSQL's");
        QVERIFY2(openStore().isEmpty(), "the store did not open");
        m_killer = Store::open(m_db->url(), nullptr);
        QVERIFY(m_killer);
        // Numbers for the port-outs, imported before any connection is cut.
        const ImportResult seeded = import(*m_store, importFile(7101));
        QVERIFY2(seeded.ok(), qPrintable(seeded.status.message));
    }
    void cleanup()
    {
        Store::setTestHooks({});
        m_killer.reset();
        closeStore();
    }

    void appliedOnce_data();
    void appliedOnce();

private:
    // Cuts this store's own connection from the server (the killer's).
    void cut(const Store &store)
    {
        const qint64 pid = scalar(store, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(scalar(*m_killer, QStringLiteral("SELECT pg_terminate_backend(?)"), { pid })
                    .toBool());
    }

    std::unique_ptr<Store> m_killer;
};


void TestLostWrites::appliedOnce_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<Cut>("cut");
    QTest::newRow("port-in, killed before commit") << Write::PortIn << Cut::BeforeCommit;
    QTest::newRow("port-in, answer lost") << Write::PortIn << Cut::AnswerLost;
    QTest::newRow("port-out, killed before commit") << Write::PortOut << Cut::BeforeCommit;
    QTest::newRow("port-out, answer lost") << Write::PortOut << Cut::AnswerLost;
    QTest::newRow("import, killed before commit") << Write::Import << Cut::BeforeCommit;
    QTest::newRow("import, answer lost") << Write::Import << Cut::AnswerLost;
    // Writes that record no case event (schema 16's request_key).
    QTest::newRow("comment, killed before commit") << Write::Comment << Cut::BeforeCommit;
    QTest::newRow("comment, answer lost") << Write::Comment << Cut::AnswerLost;
    QTest::newRow("LOA signature, killed before commit") << Write::LoaSignature << Cut::BeforeCommit;
    QTest::newRow("LOA signature, answer lost") << Write::LoaSignature << Cut::AnswerLost;
    QTest::newRow("attachment, killed before commit") << Write::Attachment << Cut::BeforeCommit;
    QTest::newRow("attachment, answer lost") << Write::Attachment << Cut::AnswerLost;
    // The inventory window's bulk actions (changeSelected).
    QTest::newRow("bulk delete, killed before commit") << Write::BulkDelete << Cut::BeforeCommit;
    QTest::newRow("bulk delete, answer lost") << Write::BulkDelete << Cut::AnswerLost;
}

void TestLostWrites::appliedOnce()
{
    QFETCH(Write, write);
    QFETCH(Cut, cut);
    // The case the writes without an event of their own are about.
    qint64 caseId = 0;
    if (write == Write::Comment || write == Write::LoaSignature || write == Write::Attachment) {
        const ChangeResult in = m_service->cases.submitPortIn(portIn({ seattle(7401) }));
        VERIFY_OK(in);
        caseId = in.id;
    }
    const QString table = write == Write::Comment ? QStringLiteral("case_comments")
        : write == Write::LoaSignature            ? QStringLiteral("loa_versions")
                                                  : QStringLiteral("case_attachments");
    const qint64 rowsBefore = caseId ? count(*m_store, table) : 0;
    const qint64 casesBefore = count(*m_store, QStringLiteral("cases"));
    const qint64 eventsBefore = count(*m_store, QStringLiteral("case_events"));
    const qint64 numbersBefore = count(*m_store, QStringLiteral("inventory"));

    int commits = 0;
    Store::TestHooks hooks;
    if (cut == Cut::BeforeCommit) {
        hooks.beforeCommit = [&](const Store &store) {
            if (commits++ == 0)
                this->cut(store);
        };
    } else {
        hooks.afterCommit = [&](const Store &store) {
            if (commits++ > 0)
                return false;
            this->cut(store);
            return true; // as if COMMIT's answer never came
        };
    }
    Store::setTestHooks(hooks);
    ChangeResult change;
    ImportResult imported;
    BulkResult bulk;
    switch (write) {
    case Write::PortIn:
        change = m_service->cases.submitPortIn(portIn({ seattle(7201), seattle(7202) }));
        break;
    case Write::PortOut:
        change = m_service->cases.submitPortOut(portOut({ seattle(7101), seattle(7102) }));
        break;
    case Write::Import:
        imported = import(*m_store, importFile(7301));
        break;
    case Write::Comment:
        change = m_service->comments.addComment(
            caseId, Role::Admin, QStringLiteral("Pat"), false, QStringLiteral("Called them."));
        break;
    case Write::LoaSignature:
        change = m_service->loas.signLoa(caseId, 0,
            LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("Owner"), QByteArray() });
        break;
    case Write::Attachment:
        change = m_service->loas.addAttachment(caseId, AttachmentKind::CarrierInvoice,
            QStringLiteral("invoice.pdf"), QByteArray("%PDF-1.4\n%%EOF\n"));
        break;
    case Write::BulkDelete:
        bulk = m_service->inventory.changeSelected(InventoryService::BulkOp::Delete,
            { seattle(7102), seattle(7103) }, QString(), BulkPolicy::ApplyAcceptable, {});
        break;
    }
    Store::setTestHooks({});
    // Killed before the commit: the retry commits (the hook's second call).
    // The answer lost: the key is found, nothing is written again.
    QCOMPARE(commits, cut == Cut::BeforeCommit ? 2 : 1);

    if (write == Write::Import) {
        QVERIFY2(imported.ok(), qPrintable(imported.status.message));
        QCOMPARE(imported.rows, 3);
        QCOMPARE(imported.imported, 3);
        QCOMPARE(count(*m_store, QStringLiteral("inventory")), numbersBefore + 3);
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(*) FROM inventory_events WHERE what = "
                                    "'imported' AND e164 IN (?, ?, ?)"),
                     { seattle(7301), seattle(7302), seattle(7303) })
                     .toInt(),
            3);
        QCOMPARE(count(*m_store, QStringLiteral("cases")), casesBefore);
        return;
    }
    if (write == Write::BulkDelete) {
        QVERIFY2(bulk.complete(), qPrintable(bulk.status.message));
        QCOMPARE(bulk.changed, 2);
        QCOMPARE(bulk.versions.size(), 2); // what an undo names, even when the answer was lost
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(*) FROM inventory_events WHERE what = "
                                    "'deleted' AND e164 IN (?, ?)"),
                     { seattle(7102), seattle(7103) })
                     .toInt(),
            2);
        return;
    }
    if (caseId) {
        // Applied once, and the caller told what the first try would have.
        VERIFY_OK(change);
        QCOMPARE(count(*m_store, table), rowsBefore + 1);
        const qint64 written = scalar(*m_store,
            QStringLiteral("SELECT MAX(%1) FROM %2")
                .arg(write == Write::LoaSignature ? QStringLiteral("version") : QStringLiteral("id"), table))
                                   .toLongLong();
        QCOMPARE(change.id, written);
        if (write == Write::Attachment)
            QCOMPARE(count(*m_store, QStringLiteral("case_file_events")), 1);
        return;
    }
    VERIFY_OK(change);
    QVERIFY(change.id > 0);
    QCOMPARE_ENUM(change.state, CaseState::Submitted);
    QCOMPARE(count(*m_store, QStringLiteral("cases")), casesBefore + 1);
    QCOMPARE(count(*m_store, QStringLiteral("case_events")), eventsBefore + 1);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(change.id, &record));
    QCOMPARE(record.version, 1);
    if (write == Write::PortOut) {
        for (const QString &e164 : { seattle(7101), seattle(7102) }) {
            InventoryNumber n;
            QVERIFY(m_service->inventory.findNumber(e164, &n));
            QCOMPARE_ENUM(n.status, NumberStatus::PortoutInProgress);
            QCOMPARE(n.portOutCaseId, change.id);
        }
        QCOMPARE(scalar(*m_store,
                     QStringLiteral("SELECT COUNT(*) FROM inventory_events WHERE what = "
                                    "'port-out' AND case_id = ?"),
                     { change.id })
                     .toInt(),
            2);
    }
}

QTEST_MAIN(TestLostWrites)
#include "tst_lostwrites.moc"
