// SPDX-License-Identifier: Apache-2.0
// The painted timeline: its milestones for a case in every state (through
// the case view on a real store), two change-request rounds, overdue marks,
// and the text alternative; layout that follows the font and the width,
// tooltips, light and dark palettes. Checked through milestones() and the
// accessible description, not by pixels.

#include "../store/StoreTestSupport.h"

#include "gui/CaseView.h"
#include "gui/TimelineWidget.h"

#include <QHelpEvent>
#include <QImage>
#include <QToolTip>
#include <QtTest>

using namespace portdesk;
using namespace storetest;

namespace {

struct Step {
    CaseEvent event;
    Role role;
};

// "key" for a done milestone, "key?" for a projected one.
QStringList keys(const QList<Milestone> &milestones)
{
    QStringList out;
    for (const Milestone &m : milestones)
        out << m.key + (m.projected ? QStringLiteral("?") : QString());
    return out;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<Milestone> sample(int count, int done, const QDateTime &now)
{
    QList<Milestone> out;
    for (int i = 0; i < count; ++i) {
        Milestone m;
        m.key = QStringLiteral("m%1").arg(i);
        m.label = QStringLiteral("Milestone number %1").arg(i);
        m.at = now.addDays(i - done);
        m.projected = i >= done;
        m.overdue = m.projected && m.at < now;
        out << m;
    }
    return out;
}

} // namespace

class TestTimelineWidget : public QObject, protected StoreFixture {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyState_data();
    void everyState();
    void twoChangeRounds();
    void layoutFollowsFontAndWidth();
    void positionsAndTooltips();
    void lightAndDarkPalettes();
    void emptyTimeline();

private:
    qint64 walk(CaseKind kind, const QList<Step> &steps, bool toClock);

};

void TestTimelineWidget::init()
{
    const QString error = openStore();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTimelineWidget::cleanup()
{
    closeStore();
}

// A case taken through steps, a business day apart; toClock: then the clock
// applies what came due (inventory and activation, or closing a port-out
// once its numbers are deleted).
qint64 TestTimelineWidget::walk(CaseKind kind, const QList<Step> &steps, bool toClock)
{
    qint64 id = 0;
    QStringList portOutNumbers;
    if (kind == CaseKind::PortIn) {
        const ChangeResult in = m_service->cases.submitPortIn(portIn(seattleRange(1, 2)));
        if (!in.ok())
            return 0;
        id = in.id;
    } else {
        // Numbers come in through a completed port-in first.
        const ChangeResult in = m_service->cases.submitPortIn(portIn(seattleRange(60, 2)));
        if (!in.ok())
            return 0;
        for (const CaseEvent e : { CaseEvent::Portable, CaseEvent::RequestLoa, CaseEvent::SubmitLoa,
                 CaseEvent::Approve, CaseEvent::SetFoc, CaseEvent::ConfirmFoc }) {
            EventArgs args;
            args.focAt = focTime();
            if (e == CaseEvent::SubmitLoa && !signAllLoas(*m_service, in.id).ok())
                return 0;
            if (!m_service->cases.advance(in.id, e, CaseStateMachine::roleFor(e), args).ok())
                return 0;
        }
        m_clock.set(focTime().addSecs(60));
        m_service->clock.tick();
        portOutNumbers = { seattle(60) };
        const ChangeResult out = m_service->cases.submitPortOut(portOut(portOutNumbers));
        if (!out.ok())
            return 0;
        id = out.id;
    }
    for (const Step &s : steps) {
        m_clock.advanceDays(1);
        EventArgs args;
        args.reason = QStringLiteral("because");
        args.fields = { QStringLiteral("accountNumber") };
        args.focAt = focTime();
        args.accountId = QStringLiteral("PD-1");
        args.pin = QStringLiteral("482915");
        // The admin signs the LOAs before submitting them (a refusal by role
        // is the step's own to report).
        if (s.event == CaseEvent::SubmitLoa && s.role == Role::Admin) {
            const ChangeResult signed_ = signAllLoas(*m_service, id);
            if (!signed_.ok()) {
                qWarning("%s", qPrintable(describe(signed_)));
                return 0;
            }
        }
        const ChangeResult r = m_service->cases.advance(id, s.event, s.role, args);
        if (!r.ok()) {
            qWarning("%s", qPrintable(describe(r)));
            return 0;
        }
    }
    if (toClock) {
        if (kind == CaseKind::PortIn) {
            m_clock.set(focTime().addSecs(60));
        } else {
            m_clock.advanceDays(1);
            const ChangeResult deleted = m_service->inventory.deleteNumbers(portOutNumbers);
            if (!deleted.ok()) {
                qWarning("%s", qPrintable(describe(deleted)));
                return 0;
            }
        }
        m_service->clock.tick();
    }
    return id;
}

void TestTimelineWidget::everyState_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<QStringList>("events"); // "support:portable", ...
    QTest::addColumn<bool>("toClock");
    QTest::addColumn<QStringList>("expected");

    const char *tail = "carrier-approved? foc-received? foc-confirmed? in-inventory? activated?";
    QTest::newRow("submitted") << CaseKind::PortIn << QStringList() << false
                               << split("submitted portable? loa-requested? loa-submitted?")
            + split(tail);
    QTest::newRow("portable") << CaseKind::PortIn << split("support:portable") << false
                              << split("submitted portable loa-requested? loa-submitted?")
            + split(tail);
    QTest::newRow("not portable") << CaseKind::PortIn << split("support:not-portable") << false
                                  << split("submitted not-portable");
    QTest::newRow("LOA requested")
        << CaseKind::PortIn << split("support:portable support:request-loa") << false
        << split("submitted portable loa-requested loa-submitted?") + split(tail);
    QTest::newRow("LOA submitted")
        << CaseKind::PortIn << split("support:portable support:request-loa admin:submit-loa")
        << false << split("submitted portable loa-requested loa-submitted") + split(tail);
    QTest::newRow("change requested")
        << CaseKind::PortIn
        << split("support:portable support:request-loa admin:submit-loa support:request-change")
        << false
        << split("submitted portable loa-requested loa-submitted change-requested loa-submitted?")
            + split(tail);
    QTest::newRow("carrier approved")
        << CaseKind::PortIn
        << split("support:portable support:request-loa admin:submit-loa support:approve") << false
        << split("submitted portable loa-requested loa-submitted carrier-approved foc-received? "
                 "foc-confirmed? in-inventory? activated?");
    QTest::newRow("FOC received")
        << CaseKind::PortIn
        << split("support:portable support:request-loa admin:submit-loa support:approve "
                 "support:set-foc")
        << false
        << split("submitted portable loa-requested loa-submitted carrier-approved foc-received "
                 "foc-confirmed? in-inventory? activated?");
    const QStringList confirmed = split("support:portable support:request-loa admin:submit-loa "
                                        "support:approve support:set-foc admin:confirm-foc");
    QTest::newRow("FOC confirmed")
        << CaseKind::PortIn << confirmed << false
        << split("submitted portable loa-requested loa-submitted carrier-approved foc-received "
                 "foc-confirmed in-inventory? activated?");
    QTest::newRow("completed")
        << CaseKind::PortIn << confirmed << true
        << split("submitted portable loa-requested loa-submitted carrier-approved foc-received "
                 "foc-confirmed in-inventory activated");
    QTest::newRow("FOC rejected")
        << CaseKind::PortIn
        << split("support:portable support:request-loa admin:submit-loa "
                 "support:approve support:set-foc admin:reject-foc")
        << false
        << split("submitted portable loa-requested loa-submitted carrier-approved foc-received? "
                 "foc-confirmed? in-inventory? activated?");
    QTest::newRow("cancelled") << CaseKind::PortIn
                               << split("support:portable support:request-loa admin:cancel")
                               << false << split("submitted portable loa-requested cancelled");
    QTest::newRow("port-out submitted") << CaseKind::PortOut << QStringList() << false
                                        << split("submitted pin-issued? ported-out? closed?");
    QTest::newRow("PIN issued") << CaseKind::PortOut << split("support:issue-pin") << false
                                << split("submitted pin-issued ported-out? closed?");
    QTest::newRow("ported out") << CaseKind::PortOut
                                << split("support:issue-pin support:ported-out") << false
                                << split("submitted pin-issued ported-out closed?");
    QTest::newRow("closed") << CaseKind::PortOut << split("support:issue-pin support:ported-out")
                            << true << split("submitted pin-issued ported-out closed");
    QTest::newRow("port-out cancelled")
        << CaseKind::PortOut << split("admin:cancel") << false << split("submitted cancelled");
}

void TestTimelineWidget::everyState()
{
    QFETCH(CaseKind, kind);
    QFETCH(QStringList, events);
    QFETCH(bool, toClock);
    QFETCH(QStringList, expected);

    QList<Step> steps;
    for (const QString &e : events) {
        Step s { CaseEvent::Submit, Role::Admin };
        QVERIFY(roleFromString(e.section(QLatin1Char(':'), 0, 0), &s.role));
        QVERIFY(caseEventFromString(e.section(QLatin1Char(':'), 1), &s.event));
        steps << s;
    }
    const qint64 id = walk(kind, steps, toClock);
    QVERIFY(id > 0);

    CaseView view(*m_service);
    view.showCase(id);
    TimelineWidget *timeline = view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"));
    const QList<Milestone> ms = timeline->milestones();
    QCOMPARE(keys(ms), expected);
    QCOMPARE(timeline->now(), Clock::now());

    // Order: every done milestone before every projected one, each kind in
    // time order; nothing ahead is overdue today.
    bool ahead = false;
    for (int i = 0; i < ms.size(); ++i) {
        const Milestone &m = ms.at(i);
        QVERIFY2(!m.label.isEmpty(), qPrintable(m.key));
        QVERIFY(m.at.isValid());
        if (ahead)
            QVERIFY2(m.projected, qPrintable(m.key));
        ahead = ahead || m.projected;
        QVERIFY2(!m.overdue, qPrintable(m.key));
        if (i > 0 && ms.at(i - 1).projected == m.projected)
            QVERIFY2(ms.at(i - 1).at <= m.at, qPrintable(m.key));
    }
    int firstAhead = -1;
    for (int i = int(expected.size()) - 1; i >= 0; --i)
        firstAhead = expected.at(i).endsWith(QLatin1Char('?')) ? i : firstAhead;
    QCOMPARE(timeline->nextIndex(), firstAhead);

    // The text alternative names every milestone, done or projected, in order.
    const QString description = timeline->accessibleDescription();
    qsizetype at = 0;
    for (int i = 0; i < ms.size(); ++i) {
        const QString text = timeline->milestoneText(i);
        QVERIFY(text.startsWith(ms.at(i).label));
        QVERIFY(text.contains(
            ms.at(i).projected ? QStringLiteral("projected for") : QStringLiteral("done")));
        const qsizetype found = description.indexOf(text, at);
        QVERIFY2(found >= at, qPrintable(text + QStringLiteral(" in ") + description));
        at = found + text.size();
    }
    if (timeline->nextIndex() >= 0)
        QVERIFY(description.contains(
            QStringLiteral("Next: %1.").arg(ms.at(timeline->nextIndex()).label)));
    QVERIFY(!description.contains(QStringLiteral("overdue")));

    // Sixty days on, without the clock's steps: what is ahead is overdue.
    m_clock.advanceDays(60);
    view.reload();
    const QList<Milestone> later = view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"))->milestones();
    int projected = 0;
    for (const Milestone &m : later) {
        QCOMPARE(m.overdue, m.projected);
        projected += m.projected ? 1 : 0;
    }
    QCOMPARE(int(view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"))->accessibleDescription().count(QStringLiteral(", overdue"))),
        projected);
}

void TestTimelineWidget::twoChangeRounds()
{
    const qint64 id = walk(CaseKind::PortIn,
        { { CaseEvent::Portable, Role::Support }, { CaseEvent::RequestLoa, Role::Support },
            { CaseEvent::SubmitLoa, Role::Admin }, { CaseEvent::RequestChange, Role::Support },
            { CaseEvent::SubmitLoa, Role::Admin }, { CaseEvent::RequestChange, Role::Support },
            { CaseEvent::SubmitLoa, Role::Admin } },
        false);
    QVERIFY(id > 0);
    CaseView view(*m_service);
    view.showCase(id);
    const QList<Milestone> ms = view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"))->milestones();
    QCOMPARE(keys(ms),
        split("submitted portable loa-requested loa-submitted change-requested loa-submitted "
              "change-requested loa-submitted carrier-approved? foc-received? foc-confirmed? "
              "in-inventory? activated?"));
    QList<int> rounds;
    for (const Milestone &m : ms)
        rounds << m.round;
    QCOMPARE(rounds, (QList<int> { 0, 0, 0, 0, 1, 1, 2, 2, 0, 0, 0, 0, 0 }));
    // Each round has its own label, and the description tells them apart.
    QVERIFY(ms.at(4).label != ms.at(6).label);
    QVERIFY(ms.at(5).label != ms.at(7).label);
    QVERIFY(ms.at(4).label.contains(QLatin1Char('1')));
    QVERIFY(ms.at(6).label.contains(QLatin1Char('2')));
    const QString description = view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"))->accessibleDescription();
    for (int i = 4; i < 8; ++i)
        QVERIFY(description.contains(view.findChild<TimelineWidget *>(QStringLiteral("caseTimeline"))->milestoneText(i)));
    QVERIFY(description.contains(QStringLiteral("Next: %1.").arg(ms.at(8).label)));
}

void TestTimelineWidget::layoutFollowsFontAndWidth()
{
    TimelineWidget w;
    const QDateTime now = startTime();
    w.setMilestones(sample(11, 4, now), now);
    // Short of room, the labels take turns above and below the line.
    QVERIFY(w.staggeredAt(w.fontMetrics().averageCharWidth() * 60));
    QVERIFY(!w.staggeredAt(w.fontMetrics().averageCharWidth() * 400));
    QVERIFY(w.heightForWidth(w.fontMetrics().averageCharWidth() * 60)
        > w.heightForWidth(w.fontMetrics().averageCharWidth() * 400));
    // Everything is measured in the font: twice the font, about twice as tall.
    const int wide = 4000;
    const int before = w.heightForWidth(wide);
    QFont big = w.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    w.setFont(big);
    QVERIFY2(w.heightForWidth(wide) > before * 3 / 2,
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(w.heightForWidth(wide))));
    QVERIFY(w.sizeHint().height() == w.heightForWidth(w.sizeHint().width()));
    QVERIFY(w.minimumSizeHint().width() < w.sizeHint().width());
}

void TestTimelineWidget::positionsAndTooltips()
{
    TimelineWidget w;
    const QDateTime now = startTime();
    w.setMilestones(sample(9, 3, now), now);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (int width : { 360, 800, 1600 }) {
        w.resize(width, w.heightForWidth(width));
        int lastX = -1;
        for (int i = 0; i < w.milestones().size(); ++i) {
            const QPoint p = w.milestonePosition(i);
            QVERIFY(p.x() > lastX);
            QVERIFY(p.x() >= 0 && p.x() < width);
            lastX = p.x();
            QCOMPARE(w.milestoneAt(p), i);
        }
    }
    // The tooltip of a milestone is its text; the next one says so.
    for (int i : { 0, 3, 8 }) {
        QHelpEvent help(
            QEvent::ToolTip, w.milestonePosition(i), w.mapToGlobal(w.milestonePosition(i)));
        QCoreApplication::sendEvent(&w, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().endsWith(w.milestoneText(i)), qPrintable(QToolTip::text()));
        QCOMPARE(QToolTip::text().startsWith(QStringLiteral("Next:")), i == 3);
        QToolTip::hideText();
    }
    QCOMPARE(w.milestoneAt(QPoint(-5, 5)), -1);
    // Overdue ones say so in their text.
    QList<Milestone> late = sample(5, 2, now);
    late[2].at = now.addDays(-1);
    late[2].overdue = true;
    w.setMilestones(late, now);
    QVERIFY(w.milestoneText(2).endsWith(QStringLiteral("overdue")));
    QVERIFY(!w.milestoneText(3).contains(QStringLiteral("overdue")));
}

void TestTimelineWidget::lightAndDarkPalettes()
{
    // Drawn with the palette's colours: the done nodes are in the
    // highlight colour of whichever palette is set.
    const QDateTime now = startTime();
    for (bool dark : { false, true }) {
        TimelineWidget w;
        QPalette pal = w.palette();
        if (dark) {
            pal.setColor(QPalette::Window, QColor(30, 30, 30));
            pal.setColor(QPalette::Base, QColor(20, 20, 20));
            pal.setColor(QPalette::WindowText, QColor(230, 230, 230));
            pal.setColor(QPalette::Highlight, QColor(80, 160, 255));
        } else {
            pal.setColor(QPalette::Highlight, QColor(0, 90, 200));
        }
        w.setPalette(pal);
        w.setAutoFillBackground(true);
        w.setMilestones(sample(6, 3, now), now);
        w.resize(900, w.heightForWidth(900));
        const QImage image = w.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb highlight = pal.color(QPalette::Highlight).rgb();
        int hits = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                hits += image.pixel(x, y) == highlight ? 1 : 0;
        }
        QVERIFY2(hits > 20, dark ? "dark" : "light");
        // The background is the palette's, not a fixed colour.
        QCOMPARE(QColor(image.pixel(1, 1)), pal.color(QPalette::Window));
    }
}

void TestTimelineWidget::emptyTimeline()
{
    TimelineWidget w;
    QVERIFY(w.milestones().isEmpty());
    QCOMPARE(w.nextIndex(), -1);
    QVERIFY(!w.accessibleDescription().isEmpty());
    QCOMPARE(w.milestoneAt(QPoint(10, 10)), -1);
    w.resize(400, 100);
    QVERIFY(!w.grab().isNull()); // painting nothing is fine
    w.setMilestones(sample(3, 1, startTime()), startTime());
    const QString described = w.accessibleDescription();
    QVERIFY(described.contains(QStringLiteral("Milestone number 2")));
    w.clear();
    QVERIFY(w.milestones().isEmpty());
    QVERIFY(!w.accessibleDescription().contains(QStringLiteral("Milestone")));
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
