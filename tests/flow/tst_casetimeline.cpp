// SPDX-License-Identifier: Apache-2.0
#include "core/BusinessCalendar.h"
#include "core/CaseTimeline.h"

#include <QTest>

#include <algorithm>

using namespace portdesk;

namespace {

QDateTime t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The customer is in New York; the requested port date is five weeks out.
const QDateTime submittedAt = t("2026-03-02T15:00:00Z"); // Monday 10:00 EST
const QDateTime requestedAt = t("2026-04-07T10:00:00-04:00");
const QDateTime focAt = t("2026-03-25T10:00:00-04:00");

// One recorded step per business day after the submission (14:00 or 15:00
// UTC), the clock steps at FOC - 1 day and at the FOC.
class HistoryBuilder {
public:
    explicit HistoryBuilder(CaseKind kind) : m_kind(kind) { add(CaseEvent::Submit, Role::Admin); }

    HistoryBuilder &add(CaseEvent event, Role role, const EventArgs &args = EventArgs())
    {
        RecordedEvent e;
        e.event = event;
        e.actor = role;
        e.args = args;
        if (event == CaseEvent::Inventory)
            e.at = focAt.addDays(-1).toUTC();
        else if (event == CaseEvent::Activate)
            e.at = focAt.toUTC();
        else {
            e.at = submittedAt;
            e.at.setDate(BusinessCalendar::addBusinessDays(submittedAt.date(), m_history.size()));
        }
        m_history.append(e);
        return *this;
    }

    // The path of DESIGN.md "The flow" to state.
    HistoryBuilder &to(CaseState state)
    {
        const auto args = [](CaseEvent ev) {
            EventArgs a;
            if (ev == CaseEvent::SetFoc)
                a.focAt = focAt;
            if (ev == CaseEvent::RequestChange)
                a.fields = { QStringLiteral("accountNumber") };
            if (ev == CaseEvent::NotPortable)
                a.reason = QStringLiteral("Wireless numbers");
            return a;
        };
        const auto step = [&](CaseEvent ev, Role role) { add(ev, role, args(ev)); };
        if (m_kind == CaseKind::PortOut) {
            const QList<CaseState> order
                = { CaseState::PinIssued, CaseState::PortedOut, CaseState::Closed };
            const QList<CaseEvent> events
                = { CaseEvent::IssuePin, CaseEvent::PortedOut, CaseEvent::Close };
            for (int i = 0; i < order.size() && state != CaseState::Submitted; ++i) {
                step(events[i], i == 2 ? Role::System : Role::Support);
                if (order[i] == state)
                    break;
            }
            return *this;
        }
        if (state == CaseState::NotPortable) {
            step(CaseEvent::NotPortable, Role::Support);
            return *this;
        }
        const QList<QPair<CaseState, QPair<CaseEvent, Role>>> path = {
            { CaseState::Portable, { CaseEvent::Portable, Role::Support } },
            { CaseState::LoaRequested, { CaseEvent::RequestLoa, Role::Support } },
            { CaseState::LoaSubmitted, { CaseEvent::SubmitLoa, Role::Admin } },
            { CaseState::CarrierApproved, { CaseEvent::Approve, Role::Support } },
            { CaseState::FocReceived, { CaseEvent::SetFoc, Role::Support } },
            { CaseState::FocConfirmed, { CaseEvent::ConfirmFoc, Role::Admin } },
            { CaseState::InInventory, { CaseEvent::Inventory, Role::System } },
            { CaseState::Completed, { CaseEvent::Activate, Role::System } },
        };
        if (state == CaseState::Submitted)
            return *this;
        for (const auto &p : path) {
            step(p.second.first, p.second.second);
            if (p.first == state)
                break;
        }
        return *this;
    }

    QList<RecordedEvent> history() const { return m_history; }
    QDateTime last() const { return m_history.last().at; }
    QDateTime at(CaseEvent event) const
    {
        for (const RecordedEvent &e : m_history) {
            if (e.event == event)
                return e.at;
        }
        return {};
    }

private:
    CaseKind m_kind;
    QList<RecordedEvent> m_history;
};

QString keys(const QList<Milestone> &milestones)
{
    QStringList out;
    for (const Milestone &m : milestones)
        out.append(m.round > 0 ? m.key + QString::number(m.round) : m.key);
    return out.join(QLatin1Char(','));
}

int doneCount(const QList<Milestone> &milestones)
{
    int n = 0;
    for (const Milestone &m : milestones) {
        if (!m.projected)
            ++n;
    }
    return n;
}

const Milestone *find(const QList<Milestone> &milestones, const char *key, int round = 0)
{
    for (const Milestone &m : milestones) {
        if (m.key == QLatin1String(key) && m.round == round)
            return &m;
    }
    return nullptr;
}

const QString portInKeys
    = QStringLiteral("submitted,portable,loa-requested,loa-submitted,carrier-approved,foc-received,"
                     "foc-confirmed,in-inventory,activated");

// The projected step keys, in order, with their estimate (the fixed FOC steps
// are checked on their own).
int estimateFor(const QString &key)
{
    using E = CaseTimeline::Estimate;
    if (key == QLatin1String("portable"))
        return E::portable;
    if (key == QLatin1String("loa-requested"))
        return E::loaRequested;
    if (key == QLatin1String("loa-submitted"))
        return E::loaSubmitted;
    if (key == QLatin1String("carrier-approved"))
        return E::carrierApproved;
    if (key == QLatin1String("foc-received"))
        return E::focReceived;
    if (key == QLatin1String("foc-confirmed"))
        return E::focConfirmed;
    if (key == QLatin1String("pin-issued"))
        return E::pinIssued;
    if (key == QLatin1String("ported-out"))
        return E::portedOut;
    if (key == QLatin1String("closed"))
        return E::closed;
    return -1;
}

bool isFocStep(const QString &key)
{
    return key == QLatin1String("in-inventory") || key == QLatin1String("activated");
}

} // namespace

class TestCaseTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portInStates_data();
    void portInStates();
    void portOutStates_data();
    void portOutStates();
    void labels();
    void doneMilestonesAtEventTimes();
    void projectionsAreBusinessDays_data();
    void projectionsAreBusinessDays();
    void focFollowsRequestedDate();
    void focMovesLaterWhenRequestedTooSoon();
    void focFromSetFoc();
    void totalWithinTwoToFourWeeks();
    void overdue_data();
    void overdue();
    void twoChangeRounds();
    void openChangeRound();
    void rejectedFocIsAheadAgain();
    void terminalPortIn_data();
    void terminalPortIn();
    void outOfOrderHistory();
};

void TestCaseTimeline::portInStates_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<int>("done");
    const QList<QPair<CaseState, int>> rows = {
        { CaseState::Submitted, 1 },
        { CaseState::Portable, 2 },
        { CaseState::LoaRequested, 3 },
        { CaseState::LoaSubmitted, 4 },
        { CaseState::CarrierApproved, 5 },
        { CaseState::FocReceived, 6 },
        { CaseState::FocConfirmed, 7 },
        { CaseState::InInventory, 8 },
        { CaseState::Completed, 9 },
    };
    for (const auto &r : rows)
        QTest::newRow(toString(r.first).toUtf8().constData()) << r.first << r.second;
}

void TestCaseTimeline::portInStates()
{
    QFETCH(CaseState, state);
    QFETCH(int, done);
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(state);
    const QDateTime now = b.last().addSecs(3600);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, now);
    QCOMPARE(keys(tl), portInKeys);
    QCOMPARE(doneCount(tl), done);
    for (int i = 0; i < tl.size(); ++i) {
        // The done ones first, then the projections; nothing overdue an hour
        // after the last step.
        QCOMPARE(tl[i].projected, i >= done);
        QVERIFY2(!tl[i].overdue, qPrintable(tl[i].key));
        QVERIFY(tl[i].at.isValid());
        QVERIFY(!tl[i].label.isEmpty());
        if (i > 0)
            QVERIFY2(tl[i].at >= tl[i - 1].at, qPrintable(tl[i].key));
    }
}

void TestCaseTimeline::portOutStates_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<int>("done");
    QTest::newRow("submitted") << CaseState::Submitted << 1;
    QTest::newRow("pin-issued") << CaseState::PinIssued << 2;
    QTest::newRow("ported-out") << CaseState::PortedOut << 3;
    QTest::newRow("closed") << CaseState::Closed << 4;
}

void TestCaseTimeline::portOutStates()
{
    QFETCH(CaseState, state);
    QFETCH(int, done);
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortOut).to(state);
    const QDateTime now = b.last().addSecs(3600);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortOut, b.history(), QDateTime(), now);
    QCOMPARE(keys(tl), QStringLiteral("submitted,pin-issued,ported-out,closed"));
    QCOMPARE(doneCount(tl), done);
    QStringList labels;
    for (int i = 0; i < tl.size(); ++i) {
        QCOMPARE(tl[i].projected, i >= done);
        QVERIFY(!tl[i].overdue);
        labels.append(tl[i].label);
        if (tl[i].projected) {
            QVERIFY(BusinessCalendar::isBusinessDay(tl[i].at.date()));
            QCOMPARE(BusinessCalendar::businessDaysBetween(tl[i - 1].at.date(), tl[i].at.date()),
                estimateFor(tl[i].key));
        }
    }
    QCOMPARE(labels,
        (QStringList { QStringLiteral("Submitted"), QStringLiteral("PIN issued"),
            QStringLiteral("Ported out"), QStringLiteral("Closed") }));
}

void TestCaseTimeline::labels()
{
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::LoaSubmitted);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    QStringList labels;
    for (const Milestone &m : tl)
        labels.append(m.label);
    QCOMPARE(labels,
        (QStringList { QStringLiteral("Submitted"), QStringLiteral("Portable"),
            QStringLiteral("LOA requested"), QStringLiteral("LOA submitted"),
            QStringLiteral("Carrier approved"), QStringLiteral("FOC received"),
            QStringLiteral("FOC confirmed"), QStringLiteral("In inventory"),
            QStringLiteral("Activated") }));
}

void TestCaseTimeline::doneMilestonesAtEventTimes()
{
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::Completed);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    const QList<QPair<const char *, CaseEvent>> pairs = {
        { "submitted", CaseEvent::Submit },
        { "portable", CaseEvent::Portable },
        { "loa-requested", CaseEvent::RequestLoa },
        { "loa-submitted", CaseEvent::SubmitLoa },
        { "carrier-approved", CaseEvent::Approve },
        { "foc-received", CaseEvent::SetFoc },
        { "foc-confirmed", CaseEvent::ConfirmFoc },
        { "in-inventory", CaseEvent::Inventory },
        { "activated", CaseEvent::Activate },
    };
    for (const auto &p : pairs) {
        const Milestone *m = find(tl, p.first);
        QVERIFY2(m, p.first);
        QVERIFY(!m->projected);
        QVERIFY(!m->overdue);
        QCOMPARE(m->at, b.at(p.second));
    }
}

void TestCaseTimeline::projectionsAreBusinessDays_data()
{
    QTest::addColumn<CaseState>("state");
    for (CaseState s : { CaseState::Submitted, CaseState::Portable, CaseState::LoaRequested,
             CaseState::LoaSubmitted, CaseState::CarrierApproved, CaseState::FocReceived })
        QTest::newRow(toString(s).toUtf8().constData()) << s;
}

void TestCaseTimeline::projectionsAreBusinessDays()
{
    QFETCH(CaseState, state);
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(state);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    for (int i = 1; i < tl.size(); ++i) {
        const Milestone &m = tl[i];
        if (!m.projected || isFocStep(m.key))
            continue;
        // In the customer's offset, on a business day, the estimate after the
        // step before it (the first one: after the last thing done).
        QCOMPARE(m.at.offsetFromUtc(), requestedAt.offsetFromUtc());
        QVERIFY2(BusinessCalendar::isBusinessDay(m.at.date()), qPrintable(m.key));
        const QDateTime before = tl[i - 1].at.toOffsetFromUtc(requestedAt.offsetFromUtc());
        QCOMPARE(
            BusinessCalendar::businessDaysBetween(before.date(), m.at.date()), estimateFor(m.key));
        QCOMPARE(m.at.time(), before.time());
    }
    const Milestone *activated = find(tl, "activated");
    QVERIFY(activated);
    QVERIFY(BusinessCalendar::isBusinessDay(activated->at.date()));
}

void TestCaseTimeline::focFollowsRequestedDate()
{
    // Requested five weeks out: more than the estimates need, so the FOC is
    // projected on the requested date and the numbers arrive the day before.
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::Portable);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    const Milestone *confirmed = find(tl, "foc-confirmed");
    const Milestone *inventory = find(tl, "in-inventory");
    const Milestone *activated = find(tl, "activated");
    QVERIFY(confirmed && inventory && activated);
    QVERIFY(confirmed->at < requestedAt);
    QCOMPARE(activated->at, requestedAt);
    QCOMPARE(inventory->at, requestedAt.addDays(-1));
    QVERIFY(activated->projected && inventory->projected);
}

void TestCaseTimeline::focMovesLaterWhenRequestedTooSoon()
{
    // Requested a week after submission: the FOC becomes the business day
    // after the projected confirmation, at the requested time of day.
    const QDateTime soon = t("2026-03-09T09:30:00-04:00");
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::Submitted);
    const QList<Milestone> tl = CaseTimeline::build(CaseKind::PortIn, b.history(), soon, b.last());
    const Milestone *confirmed = find(tl, "foc-confirmed");
    const Milestone *activated = find(tl, "activated");
    const Milestone *inventory = find(tl, "in-inventory");
    QVERIFY(confirmed && activated && inventory);
    QVERIFY(activated->at > soon);
    QCOMPARE(activated->at.date(),
        BusinessCalendar::addBusinessDays(
            confirmed->at.date(), CaseTimeline::Estimate::focAfterConfirmed));
    QCOMPARE(activated->at.time(), soon.time());
    QCOMPARE(activated->at.offsetFromUtc(), soon.offsetFromUtc());
    QCOMPARE(inventory->at, activated->at.addDays(-1));
}

void TestCaseTimeline::focFromSetFoc()
{
    for (CaseState s : { CaseState::FocReceived, CaseState::FocConfirmed }) {
        const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(s);
        const QList<Milestone> tl
            = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
        const Milestone *inventory = find(tl, "in-inventory");
        const Milestone *activated = find(tl, "activated");
        QVERIFY(inventory && activated);
        QCOMPARE(activated->at, focAt); // the recorded FOC, not the requested date
        QCOMPARE(inventory->at, focAt.addDays(-1));
        QVERIFY(activated->projected);
    }
}

void TestCaseTimeline::totalWithinTwoToFourWeeks()
{
    // With no date pressure (requested tomorrow), the estimates alone decide:
    // the seed's 2-4 weeks from submission to the numbers going live.
    const QDateTime tomorrow = submittedAt.addDays(1).toOffsetFromUtc(-5 * 3600);
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), tomorrow, submittedAt);
    const Milestone *activated = find(tl, "activated");
    QVERIFY(activated);
    const qint64 days = submittedAt.daysTo(activated->at);
    QVERIFY2(days >= 14 && days <= 28, qPrintable(QString::number(days)));
}

void TestCaseTimeline::overdue_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<int>("businessDaysLater"); // now, after the last step
    QTest::addColumn<QString>("firstOverdue"); // empty: none
    QTest::newRow("LOA requested, on time") << CaseState::LoaRequested << 0 << QString();
    QTest::newRow("LOA requested, LOA late")
        << CaseState::LoaRequested << 3 << QStringLiteral("loa-submitted");
    QTest::newRow("LOA submitted, carrier slow")
        << CaseState::LoaSubmitted << 6 << QStringLiteral("carrier-approved");
    QTest::newRow("FOC confirmed, clock not run")
        << CaseState::FocConfirmed << 20 << QStringLiteral("in-inventory");
    QTest::newRow("completed, nothing projected") << CaseState::Completed << 30 << QString();
}

void TestCaseTimeline::overdue()
{
    QFETCH(CaseState, state);
    QFETCH(int, businessDaysLater);
    QFETCH(QString, firstOverdue);
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(state);
    QDateTime now = b.last().addSecs(60);
    now.setDate(BusinessCalendar::addBusinessDays(now.date(), businessDaysLater));
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, now);
    QString first;
    for (const Milestone &m : tl) {
        QCOMPARE(m.overdue, m.projected && m.at < now);
        if (m.overdue && first.isEmpty())
            first = m.key;
    }
    QCOMPARE(first, firstOverdue);
}

void TestCaseTimeline::twoChangeRounds()
{
    HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::LoaSubmitted);
    EventArgs change;
    change.fields = { QStringLiteral("serviceAddress") };
    b.add(CaseEvent::RequestChange, Role::Support, change)
        .add(CaseEvent::SubmitLoa, Role::Admin)
        .add(CaseEvent::RequestChange, Role::Support, change)
        .add(CaseEvent::SubmitLoa, Role::Admin)
        .add(CaseEvent::Approve, Role::Support);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    QCOMPARE(keys(tl),
        QStringLiteral("submitted,portable,loa-requested,loa-submitted,change-requested1,"
                       "loa-submitted1,change-requested2,loa-submitted2,carrier-approved,"
                       "foc-received,foc-confirmed,in-inventory,activated"));
    QCOMPARE(doneCount(tl), 9);
    QCOMPARE(find(tl, "change-requested", 1)->label, QStringLiteral("Change requested 1"));
    QCOMPARE(find(tl, "loa-submitted", 1)->label, QStringLiteral("LOA resubmitted 1"));
    QCOMPARE(find(tl, "change-requested", 2)->label, QStringLiteral("Change requested 2"));
    QCOMPARE(find(tl, "loa-submitted", 2)->label, QStringLiteral("LOA resubmitted 2"));
    QCOMPARE(find(tl, "loa-submitted")->label, QStringLiteral("LOA submitted"));
    // Every round at its own event time, in order.
    const QList<RecordedEvent> h = b.history();
    QCOMPARE(find(tl, "change-requested", 1)->at, h[4].at);
    QCOMPARE(find(tl, "loa-submitted", 1)->at, h[5].at);
    QCOMPARE(find(tl, "change-requested", 2)->at, h[6].at);
    QCOMPARE(find(tl, "loa-submitted", 2)->at, h[7].at);
    QCOMPARE(find(tl, "carrier-approved")->at, h[8].at);
    QCOMPARE(find(tl, "foc-received")->projected, true);
}

void TestCaseTimeline::openChangeRound()
{
    HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::LoaSubmitted);
    EventArgs change;
    change.fields = { QStringLiteral("pin") };
    b.add(CaseEvent::RequestChange, Role::Support, change)
        .add(CaseEvent::SubmitLoa, Role::Admin)
        .add(CaseEvent::RequestChange, Role::Support, change);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    QCOMPARE(keys(tl),
        QStringLiteral("submitted,portable,loa-requested,loa-submitted,change-requested1,"
                       "loa-submitted1,change-requested2,loa-submitted2,carrier-approved,"
                       "foc-received,foc-confirmed,in-inventory,activated"));
    QCOMPARE(doneCount(tl), 7);
    const Milestone *resubmit = find(tl, "loa-submitted", 2);
    QVERIFY(resubmit->projected);
    QCOMPARE(BusinessCalendar::businessDaysBetween(
                 b.last().toOffsetFromUtc(-4 * 3600).date(), resubmit->at.date()),
        CaseTimeline::Estimate::loaSubmitted);
}

void TestCaseTimeline::rejectedFocIsAheadAgain()
{
    HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::FocReceived);
    b.add(CaseEvent::RejectFoc, Role::Admin);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    QCOMPARE(keys(tl), portInKeys);
    QCOMPARE(doneCount(tl), 5); // up to carrier approved
    const Milestone *received = find(tl, "foc-received");
    QVERIFY(received->projected);
    // Counted from the rejection, not from the approval.
    QCOMPARE(BusinessCalendar::businessDaysBetween(
                 b.last().toOffsetFromUtc(requestedAt.offsetFromUtc()).date(), received->at.date()),
        CaseTimeline::Estimate::focReceived);
    // The rejected date no longer fixes the FOC.
    QVERIFY(find(tl, "activated")->at != focAt);
}

void TestCaseTimeline::terminalPortIn_data()
{
    QTest::addColumn<int>("cancelAfter"); // -1: not portable; else cancel in that state
    QTest::addColumn<QString>("expected");
    QTest::newRow("not portable") << -1 << QStringLiteral("submitted,not-portable");
    QTest::newRow("cancelled when submitted")
        << int(CaseState::Submitted) << QStringLiteral("submitted,cancelled");
    QTest::newRow("cancelled with LOA requested") << int(
        CaseState::LoaRequested) << QStringLiteral("submitted,portable,loa-requested,cancelled");
    QTest::newRow("cancelled with FOC confirmed")
        << int(CaseState::FocConfirmed)
        << QStringLiteral("submitted,portable,loa-requested,loa-submitted,carrier-approved,"
                          "foc-received,foc-confirmed,cancelled");
}

void TestCaseTimeline::terminalPortIn()
{
    QFETCH(int, cancelAfter);
    QFETCH(QString, expected);
    HistoryBuilder b(CaseKind::PortIn);
    if (cancelAfter < 0) {
        b.to(CaseState::NotPortable);
    } else {
        b.to(static_cast<CaseState>(cancelAfter));
        b.add(CaseEvent::Cancel, Role::Admin);
    }
    const QDateTime now = b.last().addDays(40);
    const QList<Milestone> tl
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, now);
    QCOMPARE(keys(tl), expected);
    QCOMPARE(doneCount(tl), tl.size()); // no projections
    for (const Milestone &m : tl)
        QVERIFY(!m.overdue);
    QCOMPARE(tl.last().at, b.last());
    QCOMPARE(tl.last().label,
        cancelAfter < 0 ? QStringLiteral("Not portable") : QStringLiteral("Cancelled"));
}

void TestCaseTimeline::outOfOrderHistory()
{
    // The same events given out of order give the same timeline.
    const HistoryBuilder b = HistoryBuilder(CaseKind::PortIn).to(CaseState::CarrierApproved);
    QList<RecordedEvent> shuffled = b.history();
    std::reverse(shuffled.begin(), shuffled.end());
    const QList<Milestone> a
        = CaseTimeline::build(CaseKind::PortIn, b.history(), requestedAt, b.last());
    const QList<Milestone> c
        = CaseTimeline::build(CaseKind::PortIn, shuffled, requestedAt, b.last());
    QCOMPARE(keys(a), keys(c));
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a[i].at, c[i].at);
}

QTEST_GUILESS_MAIN(TestCaseTimeline)
#include "tst_casetimeline.moc"
