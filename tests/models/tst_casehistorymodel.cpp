// SPDX-License-Identifier: Apache-2.0
// The case history model on the engine of PORTDESK_TEST_ENGINE: under
// QAbstractItemModelTester, what each kind of line says and who it names, where
// signatures and file events go among the steps, that no secret shows, and
// that reading a case again keeps the rows in place.

#include "../store/StoreTestSupport.h"
#include "core/CustomerTime.h"

#include "core/CaseAttachment.h"
#include "models/CaseHistoryModel.h"
#include "sample/SampleStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

using namespace portdesk;
using namespace storetest;

// Builds a case on the services and the test's clock; returns its id (0: failed).
using Script = std::function<qint64(Services &, FixedClock &)>;
Q_DECLARE_METATYPE(Script)

namespace {

struct Step {
    CaseEvent event;
    Role role;
};

const QByteArray kPdf("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

// A port-in of two numbers no other case has, taken through these steps
// (the LOAs signed before they are submitted, the FOC focTime()), each a
// minute after the last when spaced.
qint64 walk(Services &service, FixedClock &clock, const QList<Step> &steps, bool spaced = true)
{
    static int next = 1;
    const ChangeResult in = service.cases.submitPortIn(portIn(seattleRange(next, 2)));
    next += 2;
    if (!in.ok())
        return 0;
    for (const Step &s : steps) {
        if (spaced)
            clock.advanceSeconds(60);
        EventArgs args;
        if (s.event == CaseEvent::SetFoc)
            args.focAt = focTime();
        if (s.event == CaseEvent::RequestChange) {
            args.fields = { QStringLiteral("accountNumber") };
            args.reason = QStringLiteral("account-number: carrier has another");
        }
        if (s.event == CaseEvent::SubmitLoa && !signAllLoas(service, in.id).ok())
            return 0;
        if (!service.cases.advance(in.id, s.event, s.role, args).ok())
            return 0;
    }
    return in.id;
}

const QList<Step> kToLoaRequested
    = { { CaseEvent::Portable, Role::Support }, { CaseEvent::RequestLoa, Role::Support } };

QList<Step> toFocConfirmed()
{
    return kToLoaRequested
        + QList<Step> { { CaseEvent::SubmitLoa, Role::Admin },
              { CaseEvent::Approve, Role::Support }, { CaseEvent::SetFoc, Role::Support },
              { CaseEvent::ConfirmFoc, Role::Admin } };
}

// The correction of a change request on the account number, signed first.
bool correct(Services &service, qint64 id)
{
    CaseRecord r;
    if (!service.cases.loadCase(id, &r))
        return false;
    PortInRequest corrected = r.portIn;
    corrected.carriers[0].accountNumber = QStringLiteral("830417992699");
    return signAllLoas(service, id, &corrected).ok()
        && service.cases.correctPortIn(id, corrected, Role::Admin).ok();
}

QString cell(const CaseHistoryModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList column(const CaseHistoryModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << cell(model, row, column);
    return out;
}

QString step(CaseEvent event)
{
    return displayName(event);
}

} // namespace

class TestCaseHistoryModel : public QObject, protected StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void passesTheModelTester();
    void headersAndTooltips();
    void eachStepsLine_data();
    void eachStepsLine();
    void signaturesAndFilesInPlace_data();
    void signaturesAndFilesInPlace();
    void noSecretShows();
    void readingAgainKeepsRowsInPlace();

private:
    CaseRecord record(qint64 id);

};

void TestCaseHistoryModel::init()
{
    const QString error = openStore();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCaseHistoryModel::cleanup()
{
    closeStore();
}

CaseRecord TestCaseHistoryModel::record(qint64 id)
{
    CaseRecord r;
    if (!m_service->cases.loadCase(id, &r))
        qWarning("case %lld not found", id);
    return r;
}

void TestCaseHistoryModel::passesTheModelTester()
{
    // Every case of the sample store, one after the other in one model: rows
    // come and go at the end, the rest change in place.
    QString error;
    QVERIFY2(SampleStore::populate(*m_service, startTime(), &error) > 0, qPrintable(error));
    Clock::setInstance(&m_clock); // the sample store puts the system clock back
    CaseHistoryModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    int lines = 0;
    for (const CaseSummary &c : m_service->cases.listCases()) {
        const CaseRecord r = record(c.id);
        model.showCase(r);
        QVERIFY(model.rowCount() >= r.events.size());
        QCOMPARE(model.columnCount(), int(CaseHistoryModel::ColumnCount));
        lines += model.rowCount();
    }
    QVERIFY(lines > 50);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCaseHistoryModel::headersAndTooltips()
{
    const qint64 id = walk(*m_service, m_clock, kToLoaRequested);
    QVERIFY(id > 0);
    CaseHistoryModel model(*m_service);
    model.showCase(record(id));
    QCOMPARE(model.rowCount(), 3);
    const QStringList headers = { QStringLiteral("When"), QStringLiteral("Who"),
        QStringLiteral("Step"), QStringLiteral("Details") };
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), headers.at(c));
    // The time as the locale writes it short; the tooltip in full, in the
    // customer's zone.
    const QDateTime at = record(id).events.last().event.at;
    QCOMPARE(
        model.index(2, CaseHistoryModel::When).data(CaseHistoryModel::AtRole).toDateTime(), at);
    QCOMPARE(model.index(2, CaseHistoryModel::When).data(Qt::ToolTipRole).toString(),
        inCustomerTime(at, record(id).portIn).toString(Qt::ISODate));
    QVERIFY(!cell(model, 2, CaseHistoryModel::When).isEmpty());
    QVERIFY(!model.index(2, CaseHistoryModel::Details).data(Qt::ToolTipRole).isValid());
    QVERIFY(!(model.index(0, 0).flags() & Qt::ItemIsEditable));
}

void TestCaseHistoryModel::eachStepsLine_data()
{
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("details"); // exactly, or its start when it ends with "…"

    QTest::newRow("submitted") << CaseEvent::Submit << "Admin"
                               << "Request submitted.";
    QTest::newRow("portable") << CaseEvent::Portable << "Support"
                              << "";
    QTest::newRow("LOA requested") << CaseEvent::RequestLoa << "Support"
                                   << "";
    QTest::newRow("change requested")
        << CaseEvent::RequestChange << "Support"
        << "Fields: Account number. Reason: Account number differs — carrier has another";
    QTest::newRow("FOC") << CaseEvent::SetFoc << "Support"
                         << "FOC: …";
    QTest::newRow("FOC confirmed") << CaseEvent::ConfirmFoc << "Admin"
                                   << "";
    QTest::newRow("in inventory")
        << CaseEvent::Inventory << "Clock"
        << "The numbers are in the inventory, assignable but not live yet.";
    QTest::newRow("live") << CaseEvent::Activate << "Clock"
                          << "The numbers are live.";
}

void TestCaseHistoryModel::eachStepsLine()
{
    QFETCH(CaseEvent, event);
    QFETCH(QString, who);
    QFETCH(QString, details);
    // One case through a change round to live.
    const qint64 id = walk(*m_service, m_clock,
        kToLoaRequested
            + QList<Step> { { CaseEvent::SubmitLoa, Role::Admin },
                { CaseEvent::RequestChange, Role::Support } });
    QVERIFY(id > 0);
    QVERIFY(correct(*m_service, id));
    for (const Step &s :
        { Step { CaseEvent::Approve, Role::Support }, Step { CaseEvent::SetFoc, Role::Support },
            Step { CaseEvent::ConfirmFoc, Role::Admin } }) {
        EventArgs args;
        if (s.event == CaseEvent::SetFoc)
            args.focAt = focTime();
        VERIFY_OK(m_service->cases.advance(id, s.event, s.role, args));
    }
    m_clock.set(focTime().addSecs(60));
    m_service->clock.tick();

    CaseHistoryModel model(*m_service);
    model.showCase(record(id));
    const int row = int(column(model, CaseHistoryModel::Step).indexOf(step(event)));
    QVERIFY2(row >= 0, qPrintable(column(model, CaseHistoryModel::Step).join(QLatin1Char('\n'))));
    QCOMPARE(cell(model, row, CaseHistoryModel::Who), who);
    const QString shown = cell(model, row, CaseHistoryModel::Details);
    if (details.endsWith(QChar(0x2026)))
        QVERIFY2(shown.startsWith(details.chopped(1)), qPrintable(shown));
    else
        QCOMPARE(shown, details);
    // The correction says what it corrected.
    QVERIFY(column(model, CaseHistoryModel::Details)
                .contains(QStringLiteral("Corrected Account number and resubmitted.")));
}

void TestCaseHistoryModel::signaturesAndFilesInPlace_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QStringList>("steps"); // Step, then ":" and the version for a signature

    const QString sign = QStringLiteral("LOA signed");
    QTest::newRow("a signature before the submission it allowed, at one moment")
        << Script([](Services &s, FixedClock &c) {
               return walk(s, c,
                   kToLoaRequested + QList<Step> { { CaseEvent::SubmitLoa, Role::Admin } }, false);
           })
        << QStringList { step(CaseEvent::Submit), step(CaseEvent::Portable),
               step(CaseEvent::RequestLoa), sign + QStringLiteral(":1"),
               step(CaseEvent::SubmitLoa) };
    QTest::newRow("signed twice at one moment: both before the submission")
        << Script([](Services &s, FixedClock &c) {
               const qint64 id = walk(s, c, kToLoaRequested, false);
               const LoaSigner jane { QStringLiteral("Jane Roe"), QStringLiteral("CFO"), {} };
               if (!s.loas.signLoa(id, 0, jane).ok() || !s.loas.signLoa(id, 0, jane).ok()
                   || !s.cases.advance(id, CaseEvent::SubmitLoa, Role::Admin, {}).ok())
                   return qint64(0);
               return id;
           })
        << QStringList { step(CaseEvent::Submit), step(CaseEvent::Portable),
               step(CaseEvent::RequestLoa), sign + QStringLiteral(":1"),
               sign + QStringLiteral(":2"), step(CaseEvent::SubmitLoa) };
    QTest::newRow("a correction signed after the change request, at one moment")
        << Script([](Services &s, FixedClock &c) {
               const qint64 id = walk(s, c,
                   kToLoaRequested
                       + QList<Step> { { CaseEvent::SubmitLoa, Role::Admin },
                           { CaseEvent::RequestChange, Role::Support } },
                   false);
               return correct(s, id) ? id : qint64(0);
           })
        << QStringList { step(CaseEvent::Submit), step(CaseEvent::Portable),
               step(CaseEvent::RequestLoa), sign + QStringLiteral(":1"), step(CaseEvent::SubmitLoa),
               step(CaseEvent::RequestChange), sign + QStringLiteral(":2"),
               step(CaseEvent::SubmitLoa) };
    QTest::newRow("files at their times; a purge is the clock's")
        << Script([](Services &s, FixedClock &c) {
               const qint64 id = walk(s, c, kToLoaRequested);
               c.advanceSeconds(60);
               const ChangeResult file = s.loas.addAttachment(
                   id, AttachmentKind::CarrierInvoice, QStringLiteral("invoice.pdf"), kPdf);
               c.advanceSeconds(60);
               if (!file.ok() || !s.loas.removeAttachment(id, file.id).ok())
                   return qint64(0);
               c.advanceSeconds(60);
               if (!s.loas.restoreAttachment(id, file.id).ok())
                   return qint64(0);
               c.advanceSeconds(60);
               if (!s.loas.removeAttachment(id, file.id).ok())
                   return qint64(0);
               c.advanceSeconds(60);
               if (!s.cases
                        .advance(id, CaseEvent::Cancel, Role::Admin,
                            [] {
                                EventArgs a;
                                a.reason = QStringLiteral("Office moves");
                                return a;
                            }())
                        .ok())
                   return qint64(0);
               c.advanceDays(InventoryService::deletionQueueDays + 1);
               StoreStatus status;
               s.clock.tick(&status);
               return status.ok() ? id : qint64(0);
           })
        << QStringList { step(CaseEvent::Submit), step(CaseEvent::Portable),
               step(CaseEvent::RequestLoa), QStringLiteral("File attached"),
               QStringLiteral("File deleted"), QStringLiteral("File restored"),
               QStringLiteral("File deleted"), step(CaseEvent::Cancel),
               QStringLiteral("File purged") };
}

void TestCaseHistoryModel::signaturesAndFilesInPlace()
{
    QFETCH(Script, script);
    QFETCH(QStringList, steps);
    const qint64 id = script(*m_service, m_clock);
    QVERIFY(id > 0);
    CaseHistoryModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showCase(record(id));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        QString s = cell(model, row, CaseHistoryModel::Step);
        const QString details = cell(model, row, CaseHistoryModel::Details);
        if (s == QLatin1String("LOA signed")) {
            QVERIFY2(
                details.startsWith(QStringLiteral("Carrier group 1 (Example Telecom), version ")),
                qPrintable(details));
            QCOMPARE(cell(model, row, CaseHistoryModel::Who), QStringLiteral("Admin"));
            s += QLatin1Char(':')
                + details.section(QStringLiteral("version "), 1).section(QLatin1Char(','), 0, 0);
        }
        if (s.startsWith(QLatin1String("File "))) {
            const bool purged = s == QLatin1String("File purged");
            QCOMPARE(cell(model, row, CaseHistoryModel::Who),
                purged ? QStringLiteral("Clock") : QStringLiteral("Admin"));
            QVERIFY2(details.startsWith(QStringLiteral("Carrier invoice: invoice.pdf")),
                qPrintable(details));
            QCOMPARE(details.contains(QStringLiteral("gone for good")), purged);
        }
        shown << s;
    }
    QCOMPARE(shown, steps);
}

void TestCaseHistoryModel::noSecretShows()
{
    // A port-in corrected (old and new account numbers) and completed, and a
    // port-out with its account ID and PIN.
    const qint64 in = walk(*m_service, m_clock, toFocConfirmed());
    QVERIFY(in > 0);
    m_clock.set(focTime().addSecs(60));
    m_service->clock.tick();
    const ChangeResult out
        = m_service->cases.submitPortOut(portOut({ record(in).numbers.first() }));
    VERIFY_OK(out);
    EventArgs pin;
    pin.accountId = QStringLiteral("PD-4242");
    pin.pin = secretPortOutPin();
    VERIFY_OK(m_service->cases.advance(out.id, CaseEvent::IssuePin, Role::Support, pin));

    CaseHistoryModel model(*m_service);
    for (const qint64 id : { in, out.id }) {
        model.showCase(record(id));
        QVERIFY(model.rowCount() > 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int c = 0; c < model.columnCount(); ++c) {
                for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                    const QString text = model.index(row, c).data(role).toString();
                    for (const QString &secret : { secretAccount(), secretPin(), secretPortOutPin(),
                             QStringLiteral("PD-4242") })
                        QVERIFY2(!text.contains(secret), qPrintable(text));
                }
            }
        }
    }
    QVERIFY(
        column(model, CaseHistoryModel::Details)
            .contains(QStringLiteral("Account ID and PIN issued (shown masked under Request).")));
}

void TestCaseHistoryModel::readingAgainKeepsRowsInPlace()
{
    const qint64 id = walk(*m_service, m_clock, kToLoaRequested);
    const qint64 other = walk(*m_service, m_clock, {});
    QVERIFY(id > 0 && other > 0);
    CaseHistoryModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.showCase(record(id));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0); // nothing was there to change
    // One more step: one row more at the end, the others updated in place.
    m_clock.advanceSeconds(60);
    VERIFY_OK(m_service->cases.advance(id, CaseEvent::Cancel, Role::Admin, [] {
        EventArgs a;
        a.reason = QStringLiteral("Office moves");
        return a;
    }()));
    model.showCase(record(id));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    QCOMPARE(inserted.last().at(2).toInt(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 3, CaseHistoryModel::Step), step(CaseEvent::Cancel));
    // The same again: in place only.
    model.showCase(record(id));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 2);
    // A shorter story: rows go from the end.
    model.showCase(record(other));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 1);
    QCOMPARE(removed.last().at(2).toInt(), 3);
    QCOMPARE(cell(model, 0, CaseHistoryModel::Step), step(CaseEvent::Submit));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestCaseHistoryModel)
#include "tst_casehistorymodel.moc"
