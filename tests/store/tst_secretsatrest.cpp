// SPDX-License-Identifier: Apache-2.0
// Secrets at rest (issue 15 item 1): account numbers, PINs and port-out
// account IDs are sealed in every table and payload, on both engines; the
// store keeps its data key only sealed to each person's key; without the
// key, or with another, the store opens, lists, says the secrets cannot be
// read, and overwrites nothing.
#include "StoreTestSupport.h"

#include "core/Secret.h"
#include "store/PersonalKey.h"
#include "store/SecretBox.h"
#include "store/SqlSupport.h"
#include "store/StoreSecrets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

using namespace portdesk;
using namespace storetest;

namespace {

// Distinctive values: a leak is one search away.
const QString kAccount = QStringLiteral("9917402283365");
const QString kPin = QStringLiteral("73920518");
const QString kCorrectedPin = QStringLiteral("61840297");
const QString kOutAccount = QStringLiteral("PDX-5573190246");
const QString kOutPin = QStringLiteral("80462931");

QString keyText(char fill)
{
    return PersonalKey::toText(QByteArray(32, fill));
}

// Where a secret is found in these bytes: as UTF-8 or as UTF-16.
bool holds(const QByteArray &bytes, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16);
}

QStringList secrets()
{
    return { kAccount, kPin, kCorrectedPin, kOutAccount, kOutPin };
}

} // namespace

class TestSecretsAtRest : public QObject, protected StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qputenv("PORTDESK_STORE_KEY", keyText('A').toLatin1());
        const QString problem = openStore();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_store->secretsReadable(), qPrintable(m_store->secretsProblem()));
    }
    void cleanup()
    {
        closeStore();
        qunsetenv("PORTDESK_STORE_KEY");
        qunsetenv("XDG_CONFIG_HOME");
    }

    void noSecretInAnyByte();
    void withoutTheKeyOpensListsAndKeeps_data();
    void withoutTheKeyOpensListsAndKeeps();
    void anotherKeyAsksAndIsGranted();
    void keyFileIsMadeOwnerOnly();
    void keyringComesBeforeTheKeyFile();
    void upgradeSealsAnOldStore();

private:
    qint64 runScenario();
    QByteArray storeBytes();
    void reopen();
};

// A full scenario: a port-in with an account number and PIN, saved as a
// draft first, corrected after a change request, its LOA signed, ported in;
// then a port-out with its issued account ID and PIN. Returns the port-out.
qint64 TestSecretsAtRest::runScenario()
{
    PortInRequest request = portIn(seattleRange(1, 3));
    request.carriers[0].accountNumber = kAccount;
    request.carriers[0].pin = kPin;
    const ChangeResult draft = m_service->drafts.saveDraft(
        0, QStringLiteral("port-in"), QStringLiteral("Example, 3 numbers"), request.toJson());
    if (!draft.ok())
        return -1;
    const ChangeResult in = m_service->cases.submitPortIn(request);
    if (!in.ok())
        return -2;
    const auto step = [this, &in](CaseEvent event) {
        if (event == CaseEvent::SubmitLoa && !signAllLoas(*m_service, in.id).ok())
            return false;
        const ChangeResult done
            = m_service->cases.advance(in.id, event, CaseStateMachine::roleFor(event), {});
        if (!done.ok())
            qWarning("%s: %s", qPrintable(toString(event)), qPrintable(describe(done)));
        return done.ok();
    };
    for (const CaseEvent event : { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa }) {
        if (!step(event))
            return -3;
    }
    EventArgs change;
    change.fields = QStringList { QStringLiteral("pin") };
    change.reason = QStringLiteral("The carrier says the PIN differs.");
    if (!m_service->cases.advance(in.id, CaseEvent::RequestChange, Role::Support, change).ok())
        return -4;
    PortInRequest corrected = request;
    corrected.carriers[0].pin = kCorrectedPin;
    if (!signAllLoas(*m_service, in.id, &corrected).ok()
        || !m_service->cases.correctPortIn(in.id, corrected, Role::Admin).ok())
        return -5;
    for (const CaseEvent event : { CaseEvent::Approve }) {
        if (!step(event))
            return -6;
    }
    EventArgs foc;
    foc.focAt = focTime();
    if (!m_service->cases.advance(in.id, CaseEvent::SetFoc, Role::Support, foc).ok()
        || !m_service->cases.advance(in.id, CaseEvent::ConfirmFoc, Role::Admin, {}).ok())
        return -7;
    m_clock.set(focTime());
    StoreStatus status;
    m_service->clock.tick(&status);
    const ChangeResult out = m_service->cases.submitPortOut(portOut(seattleRange(1, 2)));
    if (!out.ok())
        return -8;
    EventArgs issued;
    issued.accountId = kOutAccount;
    issued.pin = kOutPin;
    if (!m_service->cases.advance(out.id, CaseEvent::IssuePin, Role::Support, issued).ok())
        return -9;
    return out.id;
}

// Every byte the store holds: a SQLite store's folder (the file, its log,
// its session mark: every file PortDesk wrote there), or PostgreSQL's
// pg_dump of the database.
QByteArray TestSecretsAtRest::storeBytes()
{
    QByteArray all;
    if (!TestDatabase::isPostgres()) {
        QDirIterator it(QFileInfo(m_db->sqlitePath()).absolutePath(), QDir::Files | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    QProcess dump;
    const QUrl url(m_db->url());
    dump.start(QStringLiteral("pg_dump"),
        { QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port(5432)),
            QStringLiteral("-U"), url.userName(), url.path().mid(1) });
    if (!dump.waitForFinished(60000) || dump.exitCode() != 0) {
        qWarning("pg_dump: %s", dump.readAllStandardError().constData());
        return {};
    }
    return dump.readAllStandardOutput();
}

void TestSecretsAtRest::reopen()
{
    m_service.reset();
    m_store.reset();
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    m_service = std::make_unique<Services>(*m_store);
}

void TestSecretsAtRest::noSecretInAnyByte()
{
    const qint64 portOut = runScenario();
    QVERIFY2(portOut > 0, qPrintable(QString::number(portOut)));

    // Read back through the services: every secret as it was typed.
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(portOut - 1, &record));
    QCOMPARE(record.portIn.carriers.first().accountNumber, kAccount);
    QCOMPARE(record.portIn.carriers.first().pin, kCorrectedPin);
    QVERIFY(m_service->cases.loadCase(portOut, &record));
    QCOMPARE(record.portOutAccountId, kOutAccount);
    QCOMPARE(record.portOutPin, kOutPin);
    const QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
    QCOMPARE(drafts.size(), 1);
    QVERIFY(sql::jsonText(drafts.first().content).contains(kAccount));

    // While open (SQLite: most of it still in the log), and after closing.
    QByteArray bytes = storeBytes();
    QVERIFY(bytes.size() > 10000);
    QVERIFY2(holds(bytes, QStringLiteral("Example Corp")), "the scan must see the store's text");
    for (const QString &secret : secrets())
        QVERIFY2(!holds(bytes, secret), qPrintable(secret + QStringLiteral(" found at rest")));
    QVERIFY(holds(bytes, Secret::sealedPrefix()));
    reopen();
    m_service.reset();
    m_store.reset();
    bytes = storeBytes();
    for (const QString &secret : secrets())
        QVERIFY2(!holds(bytes, secret), qPrintable(secret + QStringLiteral(" found after close")));
    reopen();
}

void TestSecretsAtRest::withoutTheKeyOpensListsAndKeeps_data()
{
    QTest::addColumn<bool>("anotherKey");
    QTest::newRow("no key at all") << false;
    QTest::newRow("another key") << true;
}

void TestSecretsAtRest::withoutTheKeyOpensListsAndKeeps()
{
    QFETCH(bool, anotherKey);
    const qint64 portOut = runScenario();
    QVERIFY2(portOut > 0, qPrintable(QString::number(portOut)));
    const QVariantList before = column(*m_store,
        QStringLiteral("SELECT request || '|' || COALESCE(port_out_account_id, '') || '|' || "
                       "COALESCE(port_out_pin, '') FROM cases ORDER BY id"));

    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    if (anotherKey)
        qputenv("PORTDESK_STORE_KEY", keyText('B').toLatin1());
    else
        qunsetenv("PORTDESK_STORE_KEY");
    reopen();
    QVERIFY(!m_store->secretsReadable());
    QVERIFY2(m_store->secretsProblem().contains(anotherKey ? QStringLiteral("not one this store")
                                                           : QStringLiteral("no key")),
        qPrintable(m_store->secretsProblem()));
    // No key file was made just for opening.
    QVERIFY(!QFileInfo::exists(PersonalKey::keyFilePath()));

    // It lists, and a case loads: its secrets say they cannot be read.
    QCOMPARE(m_service->cases.listCases().size(), 2);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(portOut, &record));
    const Secret pin = Secret::pin(record.portOutPin);
    QVERIFY(!pin.isReadable());
    QCOMPARE(pin.masked(), Secret::dots());
    QCOMPARE(pin.shown(true), Secret::unreadableText());
    QVERIFY(m_service->cases.loadCase(portOut - 1, &record));
    QVERIFY(!Secret::accountNumber(record.portIn.carriers.first().accountNumber).isReadable());

    // A change that brings no secret goes in; one that brings a new secret
    // is refused and says why; nothing sealed is overwritten.
    const ChangeResult portable = m_service->cases.submitPortIn(portIn(seattleRange(50, 1)));
    QVERIFY(portable.refused());
    QVERIFY2(hasRule(portable, QStringLiteral("store"), QStringLiteral("store.key-unavailable")),
        qPrintable(describe(portable)));
    // Below the services too: the store itself refuses to write a new secret.
    {
        Draft draft;
        draft.kind = QStringLiteral("port-in");
        draft.content = portIn(seattleRange(60, 1)).toJson();
        const ChangeResult saved = m_service->drafts.saveDraft(
            0, QStringLiteral("port-in"), QStringLiteral("x"), draft.content);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.status.message.contains(QStringLiteral("cannot seal")),
            qPrintable(saved.status.message));
    }
    const ChangeResult comment = m_service->comments.addComment(
        portOut, Role::Support, QStringLiteral("Pat"), false, QStringLiteral("Called the carrier."));
    QVERIFY2(comment.ok(), qPrintable(describe(comment)));
    VERIFY_OK(m_service->cases.advance(portOut, CaseEvent::PortedOut,
        CaseStateMachine::roleFor(CaseEvent::PortedOut), {}));
    const QVariantList after = column(*m_store,
        QStringLiteral("SELECT request || '|' || COALESCE(port_out_account_id, '') || '|' || "
                       "COALESCE(port_out_pin, '') FROM cases ORDER BY id"));
    QCOMPARE(after, before);

    // With the key again, every secret reads as it was.
    qputenv("PORTDESK_STORE_KEY", keyText('A').toLatin1());
    reopen();
    QVERIFY(m_store->secretsReadable());
    QVERIFY(m_service->cases.loadCase(portOut, &record));
    QCOMPARE(record.portOutPin, kOutPin);
    QCOMPARE(record.portOutAccountId, kOutAccount);
    QVERIFY(m_service->cases.loadCase(portOut - 1, &record));
    QCOMPARE(record.portIn.carriers.first().pin, kCorrectedPin);
}

// A second person's key asks for the store's key on a shared (PostgreSQL)
// store and reads the secrets once someone who can has granted it.
void TestSecretsAtRest::anotherKeyAsksAndIsGranted()
{
    if (!TestDatabase::isPostgres())
        QSKIP("asking for the key is for a store several people share (PostgreSQL)");
    const qint64 portOut = runScenario();
    QVERIFY(portOut > 0);
    qputenv("PORTDESK_STORE_KEY", keyText('B').toLatin1());
    reopen();
    QVERIFY(!m_store->secretsReadable());
    QList<StoreSecrets::Holder> holders;
    StoreStatus status;
    QVERIFY(StoreSecrets::holders(*m_store, &holders, &status));
    QCOMPARE(holders.size(), 2);
    QStringList granted;
    QVERIFY(!StoreSecrets::grantPending(*m_store, &granted, &status)); // cannot read: cannot grant

    qputenv("PORTDESK_STORE_KEY", keyText('A').toLatin1());
    reopen();
    status = StoreStatus();
    QVERIFY2(StoreSecrets::grantPending(*m_store, &granted, &status), qPrintable(status.message));
    QCOMPARE(granted.size(), 1);

    qputenv("PORTDESK_STORE_KEY", keyText('B').toLatin1());
    reopen();
    QVERIFY2(m_store->secretsReadable(), qPrintable(m_store->secretsProblem()));
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(portOut, &record));
    QCOMPARE(record.portOutPin, kOutPin);
}

// With no key anywhere, a new store makes one: in the key file, 0600, in a
// 0700 folder; the next opening reads the secrets with it.
void TestSecretsAtRest::keyFileIsMadeOwnerOnly()
{
    closeStore();
    qunsetenv("PORTDESK_STORE_KEY");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    const QString problem = openStore();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QFileInfo key(PersonalKey::keyFilePath());
    QVERIFY2(key.exists(), qPrintable(key.filePath()));
    QCOMPARE(key.permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(key.absolutePath()).permissions() & 0x0077, QFileDevice::Permissions());
    QVERIFY(m_store->secretsReadable());
    const qint64 portOut = runScenario();
    QVERIFY(portOut > 0);
    reopen();
    QVERIFY(m_store->secretsReadable());
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(portOut, &record));
    QCOMPARE(record.portOutPin, kOutPin);
}

// A desktop keyring, when there is one, keeps a new key (no key file is
// written) and is read before the key file; PORTDESK_STORE_KEY before both.
void TestSecretsAtRest::keyringComesBeforeTheKeyFile()
{
    closeStore();
    qunsetenv("PORTDESK_STORE_KEY");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    static QString kept;
    kept.clear();
    PersonalKey::Keyring keyring;
    keyring.name = QStringLiteral("the test keyring");
    keyring.read = [](QString *text) {
        *text = kept;
        return true;
    };
    keyring.write = [](const QString &text) {
        kept = text;
        return true;
    };
    PersonalKey::setKeyring(keyring);
    const QString problem = openStore();
    PersonalKey::setKeyring({});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!kept.isEmpty());
    QVERIFY(!QFileInfo::exists(PersonalKey::keyFilePath()));
    QVERIFY(m_store->secretsReadable());
    const qint64 portOut = runScenario();
    QVERIFY(portOut > 0);

    // Without the keyring the key file (none) cannot read the store...
    reopen();
    QVERIFY(!m_store->secretsReadable());
    // ...the keyring's key, given in the environment, can; a key file of
    // another key is not looked at then.
    QDir().mkpath(QFileInfo(PersonalKey::keyFilePath()).absolutePath());
    QFile other(PersonalKey::keyFilePath());
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(keyText('C').toLatin1());
    other.close();
    qputenv("PORTDESK_STORE_KEY", kept.toLatin1());
    reopen();
    QVERIFY2(m_store->secretsReadable(), qPrintable(m_store->secretsProblem()));
    qunsetenv("PORTDESK_STORE_KEY");
    reopen();
    QVERIFY(!m_store->secretsReadable());
    QVERIFY2(m_store->secretsProblem().contains(PersonalKey::keyFilePath()),
        qPrintable(m_store->secretsProblem()));
}

// A store of schema 14 holds its secrets in plain text; opening it with this
// PortDesk seals every one of them, and the services read them as before.
void TestSecretsAtRest::upgradeSealsAnOldStore()
{
    closeStore();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    {
        StoreStatus status;
        std::unique_ptr<Store> old = Store::openAtVersion(m_db->url(), 14, &status);
        QVERIFY2(old, qPrintable(status.message));
        QSqlQuery q(old->database());
        const QString request = QStringLiteral(
            "{\"adminEmail\":\"a@example.com\",\"carriers\":[{\"accountNumber\":\"%1\","
            "\"pin\":\"%2\",\"numbers\":[\"+12064440001\"]}],\"productType\":\"business-calling\"}")
                                    .arg(kAccount, kPin);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cases (kind, state, product_type, admin_email, "
                                       "request, port_out_account_id, port_out_pin, last_seq, "
                                       "created_at, updated_at) VALUES ('port-out', 'pin-issued', "
                                       "'business-calling', 'a@example.com', '%1', '%2', '%3', 1, "
                                       "0, 0)")
                             .arg(request, kOutAccount, kOutPin)),
            qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO case_events (case_id, seq, event, actor, at, "
                                       "state_after, payload) VALUES (1, 1, 'submit', 'admin', 0, "
                                       "'submitted', '{\"request\":%1,\"pin\":\"%2\"}')")
                             .arg(request, kOutPin)),
            qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO drafts (kind, title, content, created_at, "
                                       "updated_at) VALUES ('port-in', 'x', '%1', 0, 0)")
                             .arg(request)),
            qPrintable(q.lastError().text()));
    }
    StoreStatus status;
    m_store = Store::open(m_db->url(), &status);
    QVERIFY2(m_store, qPrintable(status.message));
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
    QByteArray raw;
    for (const QString &text :
        { QStringLiteral("SELECT request || port_out_account_id || port_out_pin FROM cases"),
            QStringLiteral("SELECT payload FROM case_events"),
            QStringLiteral("SELECT content FROM drafts") }) {
        const QVariantList rows = column(*m_store, text);
        QCOMPARE(rows.size(), 1);
        raw += rows.first().toString().toUtf8();
    }
    for (const QString &secret : { kAccount, kPin, kOutAccount, kOutPin })
        QVERIFY2(!holds(raw, secret), qPrintable(secret));
    // cases: 2 in the request + 2 port-out columns; the event: 2 + 1; the draft: 2.
    QCOMPARE(raw.count(Secret::sealedPrefix().toLatin1()), 9);
    m_service = std::make_unique<Services>(*m_store);
    const QList<Draft> drafts = m_service->drafts.listDrafts(QStringLiteral("port-in"));
    QCOMPARE(drafts.size(), 1);
    QVERIFY(sql::jsonText(drafts.first().content).contains(kPin));
    // The event log stays append-only after its secrets were sealed.
    QSqlQuery q(m_store->database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE case_events SET payload = '{}'")));
}

QTEST_MAIN(TestSecretsAtRest)
#include "tst_secretsatrest.moc"
