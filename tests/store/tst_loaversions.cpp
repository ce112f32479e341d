// SPDX-License-Identifier: Apache-2.0
// Signed LOA versions and case attachments, on both engines: unsigned,
// signed, expired after 90 days, re-signed after a change request; the
// difference between two versions names exactly the changed fields; files
// are accepted by their content (PDF, PNG, JPEG) up to 10 MiB, with a
// message naming the file and the rule otherwise.

#include "StoreTestSupport.h"
#include "core/PortRequest.h"
#include "core/Violation.h"
#include "core/CaseStateMachine.h"
#include "core/AttachmentRules.h"
#include "documents/LoaContent.h"
#include "service/Services.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace portdesk;
using namespace storetest;

namespace {

const QByteArray kPdf = QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
// Bytes with NULs in them: the size comes from the literal (less its own NUL),
// never counted by hand (a count one too high read past it).
template<std::size_t N>
QByteArray rawBytes(const char (&bytes)[N])
{
    return QByteArray::fromRawData(bytes, qsizetype(N - 1));
}

const QByteArray kPng = rawBytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\xff");
const QByteArray kJpeg
    = rawBytes("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\xff\xd9");
const QByteArray kGif = QByteArray("GIF89a\x01\x00\x01\x00");
const QByteArray kText = QByteArray("Invoice 2026-02: 3 lines\n");

LoaSigner janeRoe()
{
    return LoaSigner { QStringLiteral("Jane Roe"), QStringLiteral("Office Manager"), QByteArray() };
}

// "field|kind|old|new", kind one of changed/added/removed.
QStringList describe(const QList<LoaFieldChange> &changes)
{
    QStringList out;
    for (const LoaFieldChange &c : changes) {
        const char *kind = c.kind == LoaFieldChange::Kind::Added ? "added"
            : c.kind == LoaFieldChange::Kind::Removed            ? "removed"
                                                                 : "changed";
        out << QStringList { c.field, QLatin1String(kind), c.oldValue, c.newValue }.join(
            QLatin1Char('|'));
    }
    return out;
}

QStringList rules(const Violations &violations)
{
    QStringList out;
    for (const Violation &v : violations)
        out << v.rule;
    return out;
}

} // namespace

class TestLoaVersions : public QObject, protected StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void states_data();
    void states();
    void correctionNeedsNewVersion();
    void correctionWithoutResigning();
    void changedWhileSigningIsRefused();
    void everyGroupMustBeSigned();
    void versionsKeptPerGroup();
    void signRefusals_data();
    void signRefusals();
    void signerOtherThanAuthorizingPersonWarns();
    void submitThroughAdvance();

    void diff_data();
    void diff();
    void diffOfStoredVersions();

    void attachments_data();
    void attachments();
    void sizeLimit_data();
    void sizeLimit();
    void attachFromFile();
    void removeAttachment();
    void fileLogAndPurge();
    void restoreRefusedOnClosedCase();
    void attachmentRoles();

private:
    // A port-in waiting for the admin's LOA; its id.
    qint64 caseAwaitingLoa(const PortInRequest &request);
    qint64 caseAwaitingLoa() { return caseAwaitingLoa(portIn(seattleRange(101, 3))); }

};

void TestLoaVersions::init()
{
    const QString error = openStore();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLoaVersions::cleanup()
{
    closeStore();
}

qint64 TestLoaVersions::caseAwaitingLoa(const PortInRequest &request)
{
    const ChangeResult submitted = m_service->cases.submitPortIn(request);
    if (!submitted.ok()) {
        qWarning("submit refused: %s", qPrintable(storetest::describe(submitted)));
        return 0;
    }
    for (const auto &step : QList<QPair<CaseEvent, Role>> {
             { CaseEvent::Portable, Role::Support }, { CaseEvent::RequestLoa, Role::Support } }) {
        const ChangeResult r = m_service->cases.advance(submitted.id, step.first, step.second, {});
        if (!r.ok()) {
            qWarning("step refused: %s", qPrintable(storetest::describe(r)));
            return 0;
        }
    }
    return submitted.id;
}

// ---------------------------------------------------------------------------
// Signing

void TestLoaVersions::states_data()
{
    QTest::addColumn<QList<int>>("signedDaysAgo"); // one signature each, oldest first
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("version"); // the version the state is about (0: none)
    QTest::addColumn<QString>("rule"); // the blocker, empty: may submit

    QTest::newRow("unsigned") << QList<int>() << "unsigned" << 0 << "loa.unsigned";
    QTest::newRow("signed today") << QList<int> { 0 } << "signed" << 1 << QString();
    QTest::newRow("signed 90 days ago") << QList<int> { 90 } << "signed" << 1 << QString();
    QTest::newRow("signed 91 days ago") << QList<int> { 91 } << "expired" << 1 << "loa.expired";
    QTest::newRow("signed 400 days ago") << QList<int> { 400 } << "expired" << 1 << "loa.expired";
    QTest::newRow("expired, signed again") << QList<int> { 120, 1 } << "signed" << 2 << QString();
    QTest::newRow("signed twice, both current")
        << QList<int> { 10, 2 } << "signed" << 2 << QString();
}

void TestLoaVersions::states()
{
    QFETCH(QList<int>, signedDaysAgo);
    QFETCH(QString, state);
    QFETCH(int, version);
    QFETCH(QString, rule);

    // Signatures are made going forward in time: start far enough back.
    const QDateTime today = startTime().addDays(400);
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    for (int daysAgo : signedDaysAgo) {
        m_clock.set(today.addDays(-daysAgo));
        VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    }
    m_clock.set(today);

    const QList<LoaGroupStatus> groups = m_service->loas.loaStatus(id);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(toString(groups.first().state), state);
    QCOMPARE(groups.first().version.version, version);
    QCOMPARE(groups.first().versions.size(), signedDaysAgo.size());
    if (version > 0) {
        QCOMPARE(groups.first().version.signedAt, today.addDays(-signedDaysAgo.at(version - 1)));
        QCOMPARE(groups.first().version.signer.name, QStringLiteral("Jane Roe"));
        QCOMPARE(groups.first().version.signer.title, QStringLiteral("Office Manager"));
    }

    StoreStatus status;
    const Violations blockers = m_service->loas.loaSubmitBlockers(id, &status);
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(rules(blockers), rule.isEmpty() ? QStringList() : QStringList { rule });
    if (!blockers.isEmpty()) {
        QCOMPARE(blockers.first().field, QStringLiteral("carriers[0]"));
        QVERIFY2(blockers.first().message.contains(QLatin1String("Example Telecom")),
            qPrintable(blockers.first().message));
    }
}

void TestLoaVersions::correctionNeedsNewVersion()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const ChangeResult v1 = m_service->loas.signLoa(id, 0, janeRoe());
    VERIFY_OK(v1);
    QCOMPARE(v1.id, 1);
    QVERIFY(m_service->loas.loaSubmitBlockers(id).isEmpty());
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}));
    EventArgs change;
    change.fields = QStringList { QStringLiteral("accountNumber") };
    change.reason = QStringLiteral("The carrier has another account number.");
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));

    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    PortInRequest corrected = record.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("559900112233");

    // The version signed before no longer shows the request as it will be.
    const Violations blocked = m_service->loas.loaSubmitBlockers(id, corrected);
    QCOMPARE(rules(blocked), QStringList { QStringLiteral("loa.changed") });
    QVERIFY2(blocked.first().message.contains(QLatin1String("accountNumber")),
        qPrintable(blocked.first().message));
    // ... while the stored request is still the one v1 shows.
    QCOMPARE(toString(m_service->loas.loaStatus(id).first().state), QStringLiteral("signed"));

    m_clock.advanceSeconds(3600);
    const ChangeResult v2 = m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, &corrected);
    VERIFY_OK(v2);
    QCOMPARE(v2.id, 2);
    QVERIFY(m_service->loas.loaSubmitBlockers(id, corrected).isEmpty());
    VERIFY_OK(m_service->cases.correctPortIn(id, corrected, Role::Admin));

    const QList<LoaGroupStatus> groups = m_service->loas.loaStatus(id);
    QCOMPARE(toString(groups.first().state), QStringLiteral("signed"));
    QCOMPARE(groups.first().version.version, 2);
    QCOMPARE(groups.first().version.signedAt, Clock::now());
    QVERIFY(m_service->loas.loaSubmitBlockers(id).isEmpty());
    // Both versions are kept.
    const QList<LoaVersion> versions = m_service->loas.loaVersions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(
        versions.at(0).content.value(QLatin1String("accountNumber")).toString(), secretAccount());
    QCOMPARE(versions.at(1).content.value(QLatin1String("accountNumber")).toString(),
        QStringLiteral("559900112233"));
}

void TestLoaVersions::changedWhileSigningIsRefused()
{
    // The signer was shown the LOA as the request stood; another program
    // corrected the case before Sign was pressed: nothing is signed.
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    const QJsonObject shownBefore = LoaContent::forGroup(record.portIn, 0);
    // Shown and stored agree: signed.
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, nullptr, &shownBefore));
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}));
    EventArgs change;
    change.fields = QStringList { QStringLiteral("accountNumber") };
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));
    PortInRequest corrected = record.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("559900112233");
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, &corrected));
    VERIFY_OK(m_service->cases.correctPortIn(id, corrected, Role::Admin));

    // A status read after the correction never signs the letter of the
    // request read before it (signatureFits), and fits the request as it is.
    {
        const LoaGroupStatus now = m_service->loas.loaStatus(id).first();
        QCOMPARE(toString(now.state), QStringLiteral("signed"));
        QVERIFY(!LoaContent::signatureFits(now, record.portIn));
        QVERIFY(LoaContent::signatureFits(now, corrected));
        // The same numbers in another order: the same letter, still signed.
        PortInRequest reordered = corrected;
        std::reverse(reordered.carriers[0].numbers.begin(), reordered.carriers[0].numbers.end());
        QVERIFY(reordered.carriers[0].numbers != corrected.carriers[0].numbers);
        QVERIFY(LoaContent::signatureFits(now, reordered));
        LoaGroupStatus unsignedGroup = now;
        unsignedGroup.state = LoaState::NeedsResigning;
        QVERIFY(!LoaContent::signatureFits(unsignedGroup, corrected));
    }
    // Version 1's content was on screen; the stored request is now v2's.
    const ChangeResult stale = m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, nullptr, &shownBefore);
    QVERIFY(stale.refused());
    QCOMPARE(rules(stale.violations), QStringList { QStringLiteral("loa.changed-while-signing") });
    QCOMPARE(stale.violations.first().field, QStringLiteral("carriers[0]"));
    const QString message = stale.violations.first().message;
    QVERIFY2(message.contains(QLatin1String("accountNumber")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("559900112233")));
    QVERIFY(!message.contains(secretAccount()));
    QCOMPARE(m_service->loas.loaVersions(id).size(), 2);
    // Shown as it is now: signed (version 3).
    QVERIFY(m_service->cases.loadCase(id, &record));
    const QJsonObject shownNow = LoaContent::forGroup(record.portIn, 0);
    const ChangeResult fresh = m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, nullptr, &shownNow);
    VERIFY_OK(fresh);
    QCOMPARE(fresh.id, 3);
}

void TestLoaVersions::correctionWithoutResigning()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}));
    EventArgs change;
    change.fields = QStringList { QStringLiteral("serviceAddress") };
    change.reason = QStringLiteral("Suite number missing.");
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::RequestChange, Role::Support, change));
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    PortInRequest corrected = record.portIn;
    corrected.carriers[0].serviceAddress.street = QStringLiteral("1 Main St, Suite 200");

    const ChangeResult correction = m_service->cases.correctPortIn(id, corrected, Role::Admin);
    if (correction.refused()) {
        // Services::correctPortIn checks the LOAs (the lead's hook).
        QVERIFY2(hasRule(correction, QStringLiteral("carriers[0]"), QStringLiteral("loa.changed")),
            qPrintable(storetest::describe(correction)));
        VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, &corrected));
        VERIFY_OK(m_service->cases.correctPortIn(id, corrected, Role::Admin));
    } else {
        // Without that hook the correction goes through, and the LOA says
        // it needs signing again.
        VERIFY_OK(correction);
        const LoaGroupStatus group = m_service->loas.loaStatus(id).first();
        QCOMPARE(toString(group.state), QStringLiteral("needs-resigning"));
        QCOMPARE(group.version.version, 1);
        const Violations blockers = m_service->loas.loaSubmitBlockers(id);
        QCOMPARE(rules(blockers), QStringList { QStringLiteral("loa.changed") });
        QVERIFY2(blockers.first().message.contains(QLatin1String("serviceAddress.street")),
            qPrintable(blockers.first().message));
        const ChangeResult v2 = m_service->loas.signLoa(id, 0, janeRoe());
        VERIFY_OK(v2);
        QCOMPARE(v2.id, 2);
    }
    const LoaGroupStatus group = m_service->loas.loaStatus(id).first();
    QCOMPARE(toString(group.state), QStringLiteral("signed"));
    QCOMPARE(group.version.version, 2);
    QVERIFY(m_service->loas.loaSubmitBlockers(id).isEmpty());
}

void TestLoaVersions::everyGroupMustBeSigned()
{
    PortInRequest request = portIn(seattleRange(201, 2));
    CarrierGroup second = request.carriers.first();
    second.carrier = QStringLiteral("Other Wireless");
    second.btn = seattle(9901);
    second.numbers = seattleRange(301, 2);
    request.carriers << second;
    const qint64 id = caseAwaitingLoa(request);
    QVERIFY(id > 0);

    QCOMPARE(rules(m_service->loas.loaSubmitBlockers(id)),
        (QStringList { QStringLiteral("loa.unsigned"), QStringLiteral("loa.unsigned") }));
    VERIFY_OK(m_service->loas.signLoa(id, 1, janeRoe()));
    const Violations blockers = m_service->loas.loaSubmitBlockers(id);
    QCOMPARE(rules(blockers), QStringList { QStringLiteral("loa.unsigned") });
    QCOMPARE(blockers.first().field, QStringLiteral("carriers[0]"));
    QVERIFY(blockers.first().message.contains(QLatin1String("Example Telecom")));
    QVERIFY(!blockers.first().message.contains(QLatin1String("Other Wireless")));
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    QVERIFY(m_service->loas.loaSubmitBlockers(id).isEmpty());

    // Each group's content is its own: the other group's numbers are not in it.
    const QList<LoaGroupStatus> groups = m_service->loas.loaStatus(id);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(1).carrier, QStringLiteral("Other Wireless"));
    QCOMPARE(groups.at(1).version.content.value(QLatin1String("numbers")).toArray(),
        QJsonArray::fromStringList(seattleRange(301, 2)));
}

void TestLoaVersions::versionsKeptPerGroup()
{
    PortInRequest request = portIn(seattleRange(401, 1));
    CarrierGroup second = request.carriers.first();
    second.carrier = QStringLiteral("Other Wireless");
    second.btn = seattle(9902);
    second.numbers = seattleRange(501, 1);
    request.carriers << second;
    const qint64 id = caseAwaitingLoa(request);
    QVERIFY(id > 0);

    const QByteArray drawing = kPng + rawBytes("\x00\x01\x02\xfe\xff");
    QCOMPARE(m_service->loas.signLoa(id, 0, janeRoe()).id, 1);
    m_clock.advanceSeconds(60);
    QCOMPARE(m_service->loas.signLoa(id, 1, janeRoe()).id, 1);
    m_clock.advanceSeconds(60);
    LoaSigner drawn = janeRoe();
    drawn.drawing = drawing;
    QCOMPARE(m_service->loas.signLoa(id, 0, drawn).id, 2);

    const QList<LoaVersion> versions = m_service->loas.loaVersions(id);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0).carrierIndex, 0);
    QCOMPARE(versions.at(0).version, 1);
    QVERIFY(versions.at(0).signer.drawing.isEmpty());
    QCOMPARE(versions.at(1).carrierIndex, 0);
    QCOMPARE(versions.at(1).version, 2);
    QCOMPARE(versions.at(1).signer.drawing, drawing); // the bytes, zeros and all
    QCOMPARE(versions.at(1).signedAt, startTime().addSecs(120));
    QCOMPARE(versions.at(2).carrierIndex, 1);
    QCOMPARE(versions.at(2).version, 1);
    QCOMPARE(count(*m_store, QStringLiteral("loa_versions")), 3);
}

void TestLoaVersions::signRefusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("drawing");
    QTest::addColumn<int>("role"); // Role
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("caseKind"); // "loa", "port-out", "cancelled", "none"
    QTest::addColumn<QStringList>("expected");

    const int admin = int(Role::Admin);
    QTest::newRow("no name") << "  "
                             << "CFO" << QByteArray() << admin << 0 << "loa"
                             << QStringList { QStringLiteral("loa.signer-name.required") };
    QTest::newRow("no title") << "Jane Roe"
                              << "" << QByteArray() << admin << 0 << "loa"
                              << QStringList { QStringLiteral("loa.signer-title.required") };
    QTest::newRow("neither") << ""
                             << "" << QByteArray() << admin << 0 << "loa"
                             << QStringList { QStringLiteral("loa.signer-name.required"),
                                    QStringLiteral("loa.signer-title.required") };
    QTest::newRow("drawing not a PNG") << "Jane Roe"
                                       << "CFO" << kJpeg << admin << 0 << "loa"
                                       << QStringList { QStringLiteral("loa.signature.not-png") };
    QTest::newRow("drawing too large")
        << "Jane Roe"
        << "CFO" << (kPng + QByteArray(1024 * 1024, 'x')) << admin << 0 << "loa"
        << QStringList { QStringLiteral("loa.signature.too-large") };
    QTest::newRow("support") << "Jane Roe"
                             << "CFO" << QByteArray() << int(Role::Support) << 0 << "loa"
                             << QStringList { QStringLiteral("loa.wrong-role") };
    QTest::newRow("no such group") << "Jane Roe"
                                   << "CFO" << QByteArray() << admin << 1 << "loa"
                                   << QStringList { QStringLiteral("loa.no-such-group") };
    QTest::newRow("negative group") << "Jane Roe"
                                    << "CFO" << QByteArray() << admin << -1 << "loa"
                                    << QStringList { QStringLiteral("loa.no-such-group") };
    QTest::newRow("port-out") << "Jane Roe"
                              << "CFO" << QByteArray() << admin << 0 << "port-out"
                              << QStringList { QStringLiteral("loa.port-out") };
    QTest::newRow("cancelled") << "Jane Roe"
                               << "CFO" << QByteArray() << admin << 0 << "cancelled"
                               << QStringList { QStringLiteral("loa.case-closed") };
    QTest::newRow("no case") << "Jane Roe"
                             << "CFO" << QByteArray() << admin << 0 << "none"
                             << QStringList { QStringLiteral("case.not-found") };
}

void TestLoaVersions::signRefusals()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(QByteArray, drawing);
    QFETCH(int, role);
    QFETCH(int, group);
    QFETCH(QString, caseKind);
    QFETCH(QStringList, expected);

    qint64 id = 9999;
    if (caseKind == QLatin1String("loa") || caseKind == QLatin1String("cancelled")) {
        id = caseAwaitingLoa();
        QVERIFY(id > 0);
        if (caseKind == QLatin1String("cancelled"))
            VERIFY_OK(m_service->cases.advance(id, CaseEvent::Cancel, Role::Admin, {}));
    } else if (caseKind == QLatin1String("port-out")) {
        // A number in the inventory to port out: one completed port-in.
        const qint64 in = caseAwaitingLoa(portIn({ seattle(601) }));
        QVERIFY(in > 0);
        EventArgs foc;
        foc.focAt = focTime();
        VERIFY_OK(m_service->loas.signLoa(in, 0, janeRoe()));
        VERIFY_OK(m_service->cases.advance(in, CaseEvent::SubmitLoa, Role::Admin, {}));
        VERIFY_OK(m_service->cases.advance(in, CaseEvent::Approve, Role::Support, {}));
        VERIFY_OK(m_service->cases.advance(in, CaseEvent::SetFoc, Role::Support, foc));
        VERIFY_OK(m_service->cases.advance(in, CaseEvent::ConfirmFoc, Role::Admin, {}));
        m_clock.set(focTime().addSecs(60));
        m_service->clock.tick();
        const ChangeResult out = m_service->cases.submitPortOut(portOut({ seattle(601) }));
        VERIFY_OK(out);
        id = out.id;
    }
    const qint64 before = count(*m_store, QStringLiteral("loa_versions"));
    const ChangeResult result
        = m_service->loas.signLoa(id, group, LoaSigner { name, title, drawing }, Role(role));
    QVERIFY(result.refused());
    QCOMPARE(rules(result.violations), expected);
    for (const Violation &v : result.violations)
        QVERIFY2(!v.message.isEmpty(), qPrintable(v.rule));
    QCOMPARE(count(*m_store, QStringLiteral("loa_versions")), before);
}

void TestLoaVersions::signerOtherThanAuthorizingPersonWarns()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const ChangeResult other = m_service->loas.signLoa(
        id, 0, LoaSigner { QStringLiteral("John Doe"), QStringLiteral("CEO"), QByteArray() });
    QVERIFY2(other.ok(), qPrintable(storetest::describe(other)));
    QCOMPARE(rules(other.violations),
        QStringList { QStringLiteral("loa.signer-not-authorizing-person") });
    QVERIFY(!other.violations.first().isError());
    QVERIFY(other.violations.first().message.contains(QLatin1String("Jane Roe")));
    // The same person in other letter case and spacing is no warning.
    const ChangeResult same = m_service->loas.signLoa(
        id, 0, LoaSigner { QStringLiteral("  jane roe "), QStringLiteral("CFO"), QByteArray() });
    QVERIFY(same.ok());
    QVERIFY(same.violations.isEmpty());
    QCOMPARE(m_service->loas.loaVersions(id).constLast().signer.name, QStringLiteral("jane roe"));
}

void TestLoaVersions::submitThroughAdvance()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const ChangeResult unsigned_ = m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {});
    if (unsigned_.ok())
        QSKIP("Services::advance does not check the LOAs yet (the lead's hook).");
    QVERIFY(hasRule(unsigned_, QStringLiteral("carriers[0]"), QStringLiteral("loa.unsigned")));
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    QCOMPARE_ENUM(record.state, CaseState::LoaRequested);

    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    m_clock.advanceDays(LoaVersion::validityDays + 1);
    QVERIFY(hasRule(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}),
        QStringLiteral("carriers[0]"), QStringLiteral("loa.expired")));
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}));
}

// ---------------------------------------------------------------------------
// Differences between versions

void TestLoaVersions::diff_data()
{
    // A change to the request: (what, value) applied to carrier group 0.
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");

    const QString account = secretAccount();
    QTest::newRow("nothing") << ""
                             << "" << QStringList();
    QTest::newRow("account number")
        << "accountNumber"
        << "559900112233"
        << QStringList { QStringLiteral("accountNumber|changed|%1|559900112233").arg(account) };
    QTest::newRow("pin") << "pin"
                         << "1111"
                         << QStringList { QStringLiteral("pin|changed|%1|1111").arg(secretPin()) };
    QTest::newRow("zip") << "serviceAddress.zip"
                         << "98104"
                         << QStringList { QStringLiteral(
                                "serviceAddress.zip|changed|98101|98104") };
    QTest::newRow("street, trailing blanks only") << "serviceAddress.street"
                                                  << "1 Main St  " << QStringList();
    QTest::newRow("customer name")
        << "customerName"
        << "Example Corporation"
        << QStringList { QStringLiteral("customerName|changed|Example Corp|Example Corporation") };
    QTest::newRow("title changed") << "authorizingTitle"
                                   << "CFO"
                                   << QStringList { QStringLiteral(
                                          "authorizingTitle|changed|Office Manager|CFO") };
    QTest::newRow("number added") << "numbers+"
                                  << "(206) 444-0109"
                                  << QStringList { QStringLiteral("numbers|added||+12064440109") };
    QTest::newRow("number removed")
        << "numbers-"
        << "+12064440102" << QStringList { QStringLiteral("numbers|removed|+12064440102|") };
    QTest::newRow("number replaced")
        << "numbers="
        << "+12064440102>+12064440199"
        << QStringList { QStringLiteral("numbers|removed|+12064440102|"),
               QStringLiteral("numbers|added||+12064440199") };
    QTest::newRow("numbers in another order") << "numbers~"
                                              << "" << QStringList();
    QTest::newRow("number in another notation") << "numbers="
                                                << "+12064440102>206.444.0102" << QStringList();
    QTest::newRow("btn") << "btn"
                         << "(206) 444-9800"
                         << QStringList { QStringLiteral("btn|changed|+12064449900|+12064449800") };
    QTest::newRow("requested date")
        << "requestedPortAt"
        << "2026-03-31T10:00:00-04:00"
        << QStringList { QStringLiteral(
               "requestedPortAt|changed|2026-03-30T10:00:00-04:00|2026-03-31T10:00:00-04:00") };
    QTest::newRow("btn replaced") << "btnOption"
                                  << "replace"
                                  << QStringList { QStringLiteral("btnOption|changed|none|replace"),
                                         QStringLiteral("newBtn|changed||+12064449800") };
    QTest::newRow("admin email is not on the LOA") << "adminEmail"
                                                   << "other@example.com" << QStringList();
}

void TestLoaVersions::diff()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);

    const PortInRequest before = portIn(seattleRange(101, 3));
    PortInRequest after = before;
    CarrierGroup &g = after.carriers[0];
    if (what == QLatin1String("accountNumber"))
        g.accountNumber = value;
    else if (what == QLatin1String("pin"))
        g.pin = value;
    else if (what == QLatin1String("serviceAddress.zip"))
        g.serviceAddress.zip = value;
    else if (what == QLatin1String("serviceAddress.street"))
        g.serviceAddress.street = value;
    else if (what == QLatin1String("customerName"))
        g.customerName = value;
    else if (what == QLatin1String("authorizingTitle"))
        g.authorizingTitle = value;
    else if (what == QLatin1String("btn"))
        g.btn = value;
    else if (what == QLatin1String("numbers+"))
        g.numbers << value;
    else if (what == QLatin1String("numbers-"))
        g.numbers.removeAll(value);
    else if (what == QLatin1String("numbers="))
        g.numbers.replace(g.numbers.indexOf(value.section(QLatin1Char('>'), 0, 0)),
            value.section(QLatin1Char('>'), 1));
    else if (what == QLatin1String("numbers~"))
        std::reverse(g.numbers.begin(), g.numbers.end());
    else if (what == QLatin1String("requestedPortAt"))
        after.requestedPortAt = QDateTime::fromString(value, Qt::ISODate);
    else if (what == QLatin1String("btnOption")) {
        after.btnOption = BtnOption::Replace;
        after.newBtn = QStringLiteral("206-444-9800");
    } else if (what == QLatin1String("adminEmail"))
        after.adminEmail = value;
    else
        QVERIFY(what.isEmpty());

    const QList<LoaFieldChange> changes = LoaContent::diff(
        LoaContent::forGroup(before, 0), LoaContent::forGroup(after, 0));
    QCOMPARE(describe(changes), expected);
    for (const LoaFieldChange &c : changes) {
        QCOMPARE(
            c.secret, c.field == QLatin1String("accountNumber") || c.field == QLatin1String("pin"));
    }
    // The other way round: the same fields, old and new swapped.
    const QList<LoaFieldChange> back = LoaContent::diff(
        LoaContent::forGroup(after, 0), LoaContent::forGroup(before, 0));
    QCOMPARE(back.size(), changes.size());
    for (const LoaFieldChange &c : back)
        QVERIFY2(std::any_of(changes.cbegin(), changes.cend(),
                     [&c](const LoaFieldChange &d) {
                         return d.field == c.field && d.oldValue == c.newValue
                             && d.newValue == c.oldValue;
                     }),
            qPrintable(c.field));
}

void TestLoaVersions::diffOfStoredVersions()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe()));
    CaseRecord record;
    QVERIFY(m_service->cases.loadCase(id, &record));
    PortInRequest pending = record.portIn;
    pending.carriers[0].serviceAddress.zip = QStringLiteral("98104");
    pending.carriers[0].customerName = QStringLiteral("Example Corporation");
    pending.carriers[0].numbers.removeLast();
    VERIFY_OK(m_service->loas.signLoa(id, 0, janeRoe(), Role::Admin, &pending));

    const QList<LoaVersion> versions = m_service->loas.loaVersions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(describe(LoaContent::diff(versions.at(0).content, versions.at(1).content)),
        (QStringList { QStringLiteral("customerName|changed|Example Corp|Example Corporation"),
            QStringLiteral("serviceAddress.zip|changed|98101|98104"),
            QStringLiteral("numbers|removed|%1|").arg(seattle(103)) }));
    // The stored request is still what v1 shows: v1 stays the one in force.
    const LoaGroupStatus group = m_service->loas.loaStatus(id).first();
    QCOMPARE(toString(group.state), QStringLiteral("signed"));
    QCOMPARE(group.version.version, 1);
    QCOMPARE(group.versions.size(), 2);
}

// ---------------------------------------------------------------------------
// Attachments

void TestLoaVersions::attachments_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("pdf") << "invoice-2026-02.pdf" << kPdf << QString() << "application/pdf";
    QTest::newRow("PDF upper case") << "INVOICE.PDF" << kPdf << QString() << "application/pdf";
    QTest::newRow("png") << "csr-page1.png" << kPng << QString() << "image/png";
    QTest::newRow("jpg") << "csr.jpg" << kJpeg << QString() << "image/jpeg";
    QTest::newRow("jpeg") << "csr.jpeg" << kJpeg << QString() << "image/jpeg";
    QTest::newRow("folders dropped")
        << "/home/pat/scans/bill.pdf" << kPdf << QString() << "application/pdf";
    QTest::newRow("gif") << "bill.gif" << kGif << "attachment.type" << QString();
    QTest::newRow("text named .pdf") << "bill.pdf" << kText << "attachment.type" << QString();
    QTest::newRow("png named .pdf") << "bill.pdf" << kPng << "attachment.mismatch" << QString();
    QTest::newRow("pdf named .jpg") << "bill.jpg" << kPdf << "attachment.mismatch" << QString();
    QTest::newRow("pdf named .txt") << "bill.txt" << kPdf << "attachment.extension" << QString();
    QTest::newRow("pdf without extension") << "bill" << kPdf << "attachment.extension" << QString();
    QTest::newRow("empty") << "bill.pdf" << QByteArray() << "attachment.empty" << QString();
    QTest::newRow("too large") << "scan.pdf"
                               << (kPdf + QByteArray(int(AttachmentRules::maxBytes), ' '))
                               << "attachment.too-large" << QString();
}

void TestLoaVersions::attachments()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, data);
    QFETCH(QString, rule);
    QFETCH(QString, mimeType);

    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const ChangeResult added
        = m_service->loas.addAttachment(id, AttachmentKind::CustomerServiceRecord, fileName, data);
    const QString shortName = fileName.section(QLatin1Char('/'), -1);
    if (!rule.isEmpty()) {
        QVERIFY(added.refused());
        QCOMPARE(rules(added.violations), QStringList { rule });
        const QString message = added.violations.first().message;
        QVERIFY2(message.contains(shortName), qPrintable(message));
        // The rule in words: the types accepted, or the limit.
        if (rule == QLatin1String("attachment.too-large"))
            QVERIFY2(message.contains(QLatin1String("10 MiB")), qPrintable(message));
        else if (rule != QLatin1String("attachment.empty"))
            QVERIFY2(
                message.contains(QLatin1String("PDF")) || message.contains(QLatin1String(".pdf")),
                qPrintable(message));
        QVERIFY(m_service->loas.listAttachments(id).isEmpty());
        QCOMPARE(count(*m_store, QStringLiteral("case_attachments")), 0);
        return;
    }
    VERIFY_OK(added);
    const QList<CaseAttachment> list = m_service->loas.listAttachments(id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, added.id);
    QCOMPARE(list.first().caseId, id);
    QCOMPARE(list.first().fileName, shortName);
    QCOMPARE(list.first().mimeType, mimeType);
    QCOMPARE(list.first().sizeBytes, qint64(data.size()));
    QCOMPARE(list.first().addedAt, Clock::now());
    QCOMPARE(toString(list.first().kind), QStringLiteral("customer-service-record"));
    CaseAttachment meta;
    QByteArray bytes;
    QVERIFY(m_service->loas.loadAttachment(added.id, &meta, &bytes));
    QCOMPARE(bytes, data);
    QCOMPARE(meta.fileName, shortName);
    QCOMPARE(m_service->loas.attachmentNames(id), QStringList { shortName });
}

void TestLoaVersions::sizeLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");
    const qint64 max = AttachmentRules::maxBytes;
    QTest::newRow("1 byte") << qint64(1) << true;
    QTest::newRow("exactly 10 MiB") << max << true;
    QTest::newRow("10 MiB and 1 byte") << max + 1 << false;
    QTest::newRow("2 GiB") << qint64(2) * 1024 * 1024 * 1024 << false;
}

void TestLoaVersions::sizeLimit()
{
    QFETCH(qint64, size);
    QFETCH(bool, accepted);
    QString mime;
    const Violations v = AttachmentRules::check(
        QStringLiteral("statement.pdf"), size, kPdf.left(16), &mime);
    QCOMPARE(v.isEmpty(), accepted);
    QCOMPARE(mime, accepted ? QStringLiteral("application/pdf") : QString());
    if (!accepted) {
        QCOMPARE(rules(v), QStringList { QStringLiteral("attachment.too-large") });
        // Names the file, its size and the limit.
        QVERIFY2(v.first().message.contains(QLatin1String("statement.pdf")),
            qPrintable(v.first().message));
        QVERIFY2(
            v.first().message.contains(QLatin1String("10 MiB")), qPrintable(v.first().message));
        QVERIFY2(v.first().message.contains(QLatin1String(" MiB")), qPrintable(v.first().message));
    }
}

void TestLoaVersions::attachFromFile()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const QDir dir(m_db->folder());
    const QString good = dir.filePath(QStringLiteral("invoice.pdf"));
    const QString big = dir.filePath(QStringLiteral("huge.pdf"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPdf);
        QFile g(big);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(kPdf);
        // A sparse file: the size check comes before any reading.
        QVERIFY(g.resize(AttachmentRules::maxBytes * 4));
    }
    const ChangeResult added
        = m_service->loas.addAttachmentFile(id, AttachmentKind::CarrierInvoice, good);
    VERIFY_OK(added);
    const QList<CaseAttachment> list = m_service->loas.listAttachments(id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().fileName, QStringLiteral("invoice.pdf"));
    QCOMPARE(toString(list.first().kind), QStringLiteral("carrier-invoice"));

    const ChangeResult tooBig
        = m_service->loas.addAttachmentFile(id, AttachmentKind::CarrierInvoice, big);
    QVERIFY(hasRule(tooBig, QString(), QStringLiteral("attachment.too-large")));
    QVERIFY(tooBig.violations.first().message.contains(QLatin1String("huge.pdf")));
    QVERIFY(tooBig.violations.first().message.contains(QLatin1String("40.0 MiB")));

    const ChangeResult missing = m_service->loas.addAttachmentFile(
        id, AttachmentKind::CarrierInvoice, dir.filePath(QStringLiteral("missing.pdf")));
    QVERIFY(hasRule(missing, QString(), QStringLiteral("attachment.unreadable")));
    QVERIFY(missing.violations.first().message.contains(QLatin1String("missing.pdf")));
    const ChangeResult folder
        = m_service->loas.addAttachmentFile(id, AttachmentKind::CarrierInvoice, dir.path());
    QVERIFY(hasRule(folder, QString(), QStringLiteral("attachment.unreadable")));
    QCOMPARE(m_service->loas.listAttachments(id).size(), 1);
}

void TestLoaVersions::removeAttachment()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const qint64 a
        = m_service->loas.addAttachment(
                       id, AttachmentKind::CarrierInvoice, QStringLiteral("a.pdf"), kPdf)
              .id;
    m_clock.advanceSeconds(1);
    const qint64 b = m_service
                         ->loas.addAttachment(id, AttachmentKind::CustomerServiceRecord,
                             QStringLiteral("b.png"), kPng)
                         .id;
    QVERIFY(a > 0 && b > a);
    QCOMPARE(m_service->loas.attachmentNames(id),
        (QStringList { QStringLiteral("a.pdf"), QStringLiteral("b.png") }));
    // Through another case id: no such case.
    QVERIFY(hasRule(
        m_service->loas.removeAttachment(id + 1, a), QString(), QStringLiteral("case.not-found")));
    VERIFY_OK(m_service->loas.removeAttachment(id, a));
    QCOMPARE(m_service->loas.attachmentNames(id), QStringList { QStringLiteral("b.png") });
    QVERIFY(hasRule(
        m_service->loas.removeAttachment(id, a), QString(), QStringLiteral("attachment.not-found")));
    QVERIFY(!m_service->loas.loadAttachment(a, nullptr, nullptr));

    // Kept, marked removed, and restorable by the admin alone.
    const QList<CaseAttachment> removed = m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().id, a);
    QCOMPARE(removed.first().removedAt, Clock::now());
    QVERIFY(hasRule(m_service->loas.restoreAttachment(id, a, Role::Support), QString(),
        QStringLiteral("attachment.wrong-role")));
    QVERIFY(hasRule(
        m_service->loas.restoreAttachment(id, b), QString(), QStringLiteral("attachment.not-found")));
    QVERIFY(hasRule(
        m_service->loas.restoreAttachment(id + 1, a), QString(), QStringLiteral("case.not-found")));
    VERIFY_OK(m_service->loas.restoreAttachment(id, a));
    QCOMPARE(m_service->loas.attachmentNames(id),
        (QStringList { QStringLiteral("a.pdf"), QStringLiteral("b.png") }));
    QVERIFY(m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted).isEmpty());
    QByteArray data;
    QVERIFY(m_service->loas.loadAttachment(a, nullptr, &data));
    QCOMPARE(data, kPdf);
    QVERIFY(hasRule(
        m_service->loas.restoreAttachment(id, a), QString(), QStringLiteral("attachment.not-found")));
}

void TestLoaVersions::fileLogAndPurge()
{
    // Every change to a file is a line of the case's file log, which stays
    // after the clock purges a file deleted deletionQueueDays ago.
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const QDateTime t0 = Clock::now();
    const qint64 a = m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice, QStringLiteral("a.pdf"), kPdf).id;
    const qint64 b
        = m_service->loas.addAttachment(id, AttachmentKind::CustomerServiceRecord, QStringLiteral("b.png"), kPng).id;
    QVERIFY(a > 0 && b > a);
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.removeAttachment(id, a));
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.restoreAttachment(id, a));
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->loas.removeAttachment(id, a));
    const QDateTime deletedAt = Clock::now();
    VERIFY_OK(m_service->loas.removeAttachment(id, b));

    // Not yet: one second short of the queue's days.
    m_clock.set(deletedAt.addDays(InventoryService::deletionQueueDays).addSecs(-1));
    StoreStatus status;
    QList<AppliedStep> steps = m_service->clock.tick(&status);
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted).size(), 2);
    m_clock.advanceSeconds(1);
    steps = m_service->clock.tick(&status);
    QVERIFY2(status.ok(), qPrintable(status.message));
    QStringList purged;
    for (const AppliedStep &step : steps) {
        if (step.what == QLatin1String("purge-file")) {
            QCOMPARE(step.caseId, id);
            purged << step.detail;
        }
    }
    QCOMPARE(purged, (QStringList { QStringLiteral("a.pdf"), QStringLiteral("b.png") }));
    QVERIFY(m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted).isEmpty());
    QCOMPARE(count(*m_store, QStringLiteral("case_attachments")), 0);
    QVERIFY(hasRule(m_service->loas.restoreAttachment(id, a), QString(), QStringLiteral("attachment.not-found")));
    // A second tick has nothing more to purge.
    steps = m_service->clock.tick(&status);
    QVERIFY(std::none_of(steps.cbegin(), steps.cend(),
        [](const AppliedStep &step) { return step.what == QLatin1String("purge-file"); }));

    QStringList log;
    for (const CaseFileEvent &e : m_service->loas.listFileEvents(id, &status))
        log << QStringLiteral("%1 %2 %3").arg(toString(e.what), e.fileName).arg(t0.secsTo(e.at));
    const qint64 purgeAt = t0.secsTo(Clock::now());
    QCOMPARE(log,
        (QStringList { QStringLiteral("attached a.pdf 0"), QStringLiteral("attached b.png 0"),
            QStringLiteral("deleted a.pdf 60"), QStringLiteral("restored a.pdf 120"),
            QStringLiteral("deleted a.pdf 180"), QStringLiteral("deleted b.png 180"),
            QStringLiteral("purged a.pdf %1").arg(purgeAt), QStringLiteral("purged b.png %1").arg(purgeAt) }));

    // The log is append-only.
    QSqlQuery change(m_store->database());
    QVERIFY(!change.exec(QStringLiteral("UPDATE case_file_events SET file_name = 'x'")));
    QVERIFY(!change.exec(QStringLiteral("DELETE FROM case_file_events")));
    QCOMPARE(count(*m_store, QStringLiteral("case_file_events")), 8);
}

void TestLoaVersions::restoreRefusedOnClosedCase()
{
    // A wrong file can be taken off a closed case, never put back on it.
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    const qint64 a = m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice, QStringLiteral("a.pdf"), kPdf).id;
    const qint64 b = m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice, QStringLiteral("b.pdf"), kPdf).id;
    VERIFY_OK(m_service->loas.removeAttachment(id, a));
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::Cancel, Role::Admin, {}));
    QVERIFY(hasRule(m_service->loas.restoreAttachment(id, a), QStringLiteral("case"),
        QStringLiteral("attachment.case-closed")));
    VERIFY_OK(m_service->loas.removeAttachment(id, b));
    QVERIFY(m_service->loas.listAttachments(id).isEmpty());
    QCOMPARE(m_service->loas.listAttachments(id, nullptr, AttachmentScope::Deleted).size(), 2);
    QVERIFY(hasRule(m_service->loas.removeAttachment(id + 100, b), QString(), QStringLiteral("case.not-found")));
}

void TestLoaVersions::attachmentRoles()
{
    const qint64 id = caseAwaitingLoa();
    QVERIFY(id > 0);
    QVERIFY(hasRule(m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice,
                        QStringLiteral("a.pdf"), kPdf, Role::Support),
        QString(), QStringLiteral("attachment.wrong-role")));
    const qint64 a
        = m_service->loas.addAttachment(
                       id, AttachmentKind::CarrierInvoice, QStringLiteral("a.pdf"), kPdf)
              .id;
    QVERIFY(a > 0);
    QVERIFY(hasRule(m_service->loas.removeAttachment(id, a, Role::Support), QString(),
        QStringLiteral("attachment.wrong-role")));
    QCOMPARE(m_service->loas.listAttachments(id).size(), 1);
    // A closed case takes no more files.
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::Cancel, Role::Admin, {}));
    QVERIFY(hasRule(
        m_service->loas.addAttachment(id, AttachmentKind::CarrierInvoice, QStringLiteral("b.pdf"), kPdf),
        QString(), QStringLiteral("attachment.case-closed")));
    QVERIFY(hasRule(m_service->loas.addAttachment(
                        9999, AttachmentKind::CarrierInvoice, QStringLiteral("b.pdf"), kPdf),
        QString(), QStringLiteral("case.not-found")));
}

QTEST_GUILESS_MAIN(TestLoaVersions)
#include "tst_loaversions.moc"
