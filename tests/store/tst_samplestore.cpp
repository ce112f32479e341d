// SPDX-License-Identifier: Apache-2.0
// The demo store: cases in every state, made through the real rules, with
// dates relative to "now" — a realistic queue whatever day and hour now is.

#include "StoreTestSupport.h"

#include "core/CaseStateMachine.h"
#include "core/BusinessCalendar.h"
#include "core/CaseTimeline.h"
#include "sample/SampleStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtTest>

using namespace portdesk;
using namespace storetest;

namespace {

// The sample's business hours are US Eastern (standard time).
QDate easternDate(const QDateTime &at)
{
    return at.toOffsetFromUtc(-5 * 3600).date();
}

// What the queue shows for a case: its next projected milestone.
bool nextMilestone(const CaseRecord &c, const QDateTime &now, Milestone *out)
{
    QList<RecordedEvent> history;
    for (const CaseEventRecord &e : c.events)
        history << e.event;
    const QDateTime requested = c.kind == CaseKind::PortIn ? c.portIn.requestedPortAt : QDateTime();
    for (const Milestone &m : CaseTimeline::build(c.kind, history, requested, now)) {
        if (m.projected) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString describe(const CaseRecord &c)
{
    QStringList events;
    for (const CaseEventRecord &e : c.events)
        events << toString(e.event.event) + QLatin1Char('@')
                + e.event.at.toUTC().toString(Qt::ISODate);
    return QStringLiteral("case %1 %2 %3: %4")
        .arg(c.id)
        .arg(toString(c.kind), toString(c.state), events.join(QLatin1Char(' ')));
}

} // namespace

class TestSampleStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realisticQueue_data();
    void realisticQueue();
    void sameNowSameStore();
};

void TestSampleStore::realisticQueue_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("inInventory"); // a FOC within a day exists on a business day
    QTest::newRow("Monday morning") << iso("2026-03-02T15:00:00Z") << true;
    QTest::newRow("Monday late afternoon") << iso("2026-03-02T22:40:00Z") << true;
    QTest::newRow("Tuesday before opening") << iso("2026-06-16T11:30:00Z") << true;
    QTest::newRow("Wednesday midday") << iso("2026-06-17T18:00:00Z") << true;
    QTest::newRow("Friday evening") << iso("2026-03-06T23:30:00Z") << false;
    QTest::newRow("Saturday") << iso("2026-03-07T16:00:00Z") << false;
    QTest::newRow("Saturday night (Sunday UTC)") << iso("2026-03-08T04:00:00Z") << false;
    QTest::newRow("Thanksgiving") << iso("2026-11-26T12:00:00Z") << false;
    QTest::newRow("day after Thanksgiving") << iso("2026-11-27T14:00:00Z") << false;
    QTest::newRow("Christmas Eve") << iso("2026-12-24T20:00:00Z") << false;
    QTest::newRow("New Year's Day") << iso("2027-01-01T12:00:00Z") << false;
    QTest::newRow("Monday after a Friday holiday") << iso("2026-07-06T14:05:00Z") << false;
}

void TestSampleStore::realisticQueue()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, inInventory);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    StoreStatus status;
    std::unique_ptr<Store> store = Store::open(db.url(), &status);
    QVERIFY2(store, qPrintable(status.message));
    Services service(*store);
    QString error;
    const int made = SampleStore::populate(service, now, &error);
    QVERIFY2(made >= 28, qPrintable(QStringLiteral("%1 cases: %2").arg(made).arg(error)));
    QCOMPARE(Clock::now().isValid(), true); // the real clock is back

    QSet<QString> states;
    int twoRounds = 0, twoCarriers = 0, rejectedFoc = 0;
    int overdue = 0, onSchedule = 0;
    int attached = 0, deleted = 0;
    QByteArray samplePdf;
    QStringList overdueCases;
    for (const CaseSummary &s : service.cases.listCases()) {
        states.insert(toString(s.kind) + QLatin1Char(':') + toString(s.state));
        CaseRecord c;
        QVERIFY(service.cases.loadCase(s.id, &c));
        QVERIFY(!c.events.isEmpty());
        int rounds = 0;
        QDateTime previous;
        for (const CaseEventRecord &e : c.events) {
            const QDateTime at = e.event.at;
            QVERIFY2(at < now, qPrintable(QStringLiteral("in the future: ") + describe(c)));
            QVERIFY2(!previous.isValid() || at > previous,
                qPrintable(QStringLiteral("not one after the other: ") + describe(c)));
            QVERIFY2(BusinessCalendar::isBusinessDay(easternDate(at)),
                qPrintable(QStringLiteral("not on a business day: ") + describe(c)));
            previous = at;
            rounds += e.event.event == CaseEvent::RequestChange ? 1 : 0;
            rejectedFoc += e.event.event == CaseEvent::RejectFoc ? 1 : 0;
        }
        twoRounds += rounds >= 2 ? 1 : 0;
        if (c.kind == CaseKind::PortIn) {
            twoCarriers += c.portIn.carriers.size() >= 2 ? 1 : 0;
            // Every LOA submitted was signed, for each carrier group, before.
            const QList<LoaVersion> versions = service.loas.loaVersions(c.id);
            for (const CaseEventRecord &e : c.events) {
                if (e.event.event != CaseEvent::SubmitLoa)
                    continue;
                for (int group = 0; group < c.portIn.carriers.size(); ++group) {
                    const bool signedBefore
                        = std::any_of(versions.cbegin(), versions.cend(), [&](const LoaVersion &v) {
                              return v.carrierIndex == group && v.signedAt < e.event.at;
                          });
                    QVERIFY2(signedBefore,
                        qPrintable(QStringLiteral("unsigned LOA submitted: ") + describe(c)));
                }
            }
        }
        // Files attached and one deleted by mistake: valid PDFs naming the carrier.
        for (const CaseAttachment &a : service.loas.listAttachments(c.id)) {
            ++attached;
            QVERIFY(a.addedAt < now && a.addedAt > c.events.first().event.at);
            QByteArray pdf;
            QVERIFY(service.loas.loadAttachment(a.id, nullptr, &pdf));
            QVERIFY(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"));
            QVERIFY2(pdf.contains(c.portIn.carriers.first().carrier.toLatin1()), qPrintable(describe(c)));
            samplePdf = pdf;
        }
        for (const CaseAttachment &a : service.loas.listAttachments(c.id, nullptr, AttachmentScope::Deleted)) {
            ++deleted;
            QVERIFY(a.removedAt >= a.addedAt && a.removedAt < now);
        }
        for (const CaseComment &comment : service.comments.listComments(c.id, true)) {
            QVERIFY(comment.createdAt < now);
            QVERIFY(comment.createdAt > c.events.first().event.at);
        }
        Milestone next;
        if (!CaseStateMachine::isOpen(c.state)) {
            QVERIFY(!nextMilestone(c, now, &next));
            continue;
        }
        QVERIFY2(nextMilestone(c, now, &next), qPrintable(describe(c)));
        if (next.overdue) {
            ++overdue;
            overdueCases
                << QStringLiteral("%1 (%2, next %3)").arg(c.id).arg(toString(c.state), next.key);
        } else {
            ++onSchedule;
        }
    }
    qInfo("%s: %d of %d open cases overdue: %s", QTest::currentDataTag(), overdue,
        overdue + onSchedule, qPrintable(overdueCases.join(QStringLiteral(", "))));

    QStringList expected { QStringLiteral("port-in:submitted"), QStringLiteral("port-in:portable"),
        QStringLiteral("port-in:not-portable"), QStringLiteral("port-in:loa-requested"),
        QStringLiteral("port-in:loa-submitted"), QStringLiteral("port-in:change-requested"),
        QStringLiteral("port-in:carrier-approved"), QStringLiteral("port-in:foc-received"),
        QStringLiteral("port-in:foc-confirmed"), QStringLiteral("port-in:completed"),
        QStringLiteral("port-in:cancelled"), QStringLiteral("port-out:submitted"),
        QStringLiteral("port-out:pin-issued"), QStringLiteral("port-out:ported-out"),
        QStringLiteral("port-out:closed"), QStringLiteral("port-out:cancelled") };
    if (inInventory)
        expected << QStringLiteral("port-in:in-inventory");
    for (const QString &state : std::as_const(expected))
        QVERIFY2(states.contains(state), qPrintable(state));
    QVERIFY(twoRounds >= 1);
    QVERIFY(twoCarriers >= 2);
    QVERIFY(rejectedFoc >= 1);
    QVERIFY2(attached >= 2 && deleted >= 1, qPrintable(QStringLiteral("%1 attached, %2 deleted").arg(attached).arg(deleted)));
    // qpdf (a test dependency) finds nothing wrong with the sample's PDF.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
        "qpdf is not installed (tools/quickstart.sh test installs it)");
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(samplePdf);
        file.close();
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), { QStringLiteral("--check"), file.fileName() });
        QVERIFY(qpdf.waitForFinished(30000));
        QVERIFY2(qpdf.exitCode() == 0, qpdf.readAllStandardOutput().constData());
    }
    // A few cases are late on purpose; most are on schedule.
    QVERIFY2(overdue >= 2 && overdue <= 5, qPrintable(overdueCases.join(QStringLiteral(", "))));
    QVERIFY(onSchedule > 2 * overdue);

    // Never into a store that already holds cases.
    QCOMPARE(SampleStore::populate(service, now, &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestSampleStore::sameNowSameStore()
{
    // The same now makes the same cases with the same histories.
    const QDateTime now = iso("2026-11-27T14:00:00Z");
    QList<QStringList> stores;
    for (int i = 0; i < 2; ++i) {
        TestDatabase db(QStringLiteral("same%1").arg(i));
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        StoreStatus status;
        std::unique_ptr<Store> store = Store::open(db.url(), &status);
        QVERIFY2(store, qPrintable(status.message));
        Services service(*store);
        QString error;
        QVERIFY2(SampleStore::populate(service, now, &error) > 0, qPrintable(error));
        QStringList cases;
        for (const CaseSummary &s : service.cases.listCases()) {
            CaseRecord c;
            QVERIFY(service.cases.loadCase(s.id, &c));
            cases << describe(c) + QLatin1Char(' ') + c.numbers.join(QLatin1Char(','));
        }
        stores << cases;
    }
    QCOMPARE(stores.at(0).size(), stores.at(1).size());
    QCOMPARE(stores.at(0), stores.at(1));
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
