// SPDX-License-Identifier: Apache-2.0
#include "core/BusinessCalendar.h"
#include "core/CaseStateMachine.h"
#include "core/PortNumberStatus.h"
#include "core/PortRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace portdesk;

// QCOMPARE cannot print these enums: ADL finds portdesk::toString (a QString)
// before QTest's char* one. Their names compare just as well and read better.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(toString(actual), toString(expected))

namespace {

QDateTime t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A case's FOC, a Wednesday business day; "now" is given relative to it.
const QDateTime foc = t("2026-03-18T10:00:00-04:00");
// A business day FOC comfortably ahead of foc - 2 weeks, for set-foc.
const QDateTime newFoc = t("2026-03-25T10:00:00-04:00");

QDateTime hoursBeforeFoc(double hours)
{
    return foc.addSecs(-static_cast<qint64>(hours * 3600));
}

// The legal steps of DESIGN.md "The flow", written out independently of the
// implementation's table: kind, from, event, the role that takes it, to.
struct Step {
    CaseKind kind;
    CaseState from;
    CaseEvent event;
    Role role;
    CaseState to;
};

const Step legalSteps[] = {
    { CaseKind::PortIn, CaseState::Submitted, CaseEvent::Portable, Role::Support,
        CaseState::Portable },
    { CaseKind::PortIn, CaseState::Submitted, CaseEvent::NotPortable, Role::Support,
        CaseState::NotPortable },
    { CaseKind::PortIn, CaseState::Portable, CaseEvent::RequestLoa, Role::Support,
        CaseState::LoaRequested },
    { CaseKind::PortIn, CaseState::LoaRequested, CaseEvent::SubmitLoa, Role::Admin,
        CaseState::LoaSubmitted },
    { CaseKind::PortIn, CaseState::ChangeRequested, CaseEvent::SubmitLoa, Role::Admin,
        CaseState::LoaSubmitted },
    { CaseKind::PortIn, CaseState::LoaSubmitted, CaseEvent::RequestChange, Role::Support,
        CaseState::ChangeRequested },
    { CaseKind::PortIn, CaseState::LoaSubmitted, CaseEvent::Approve, Role::Support,
        CaseState::CarrierApproved },
    { CaseKind::PortIn, CaseState::CarrierApproved, CaseEvent::SetFoc, Role::Support,
        CaseState::FocReceived },
    { CaseKind::PortIn, CaseState::FocReceived, CaseEvent::SetFoc, Role::Support,
        CaseState::FocReceived },
    { CaseKind::PortIn, CaseState::FocReceived, CaseEvent::ConfirmFoc, Role::Admin,
        CaseState::FocConfirmed },
    { CaseKind::PortIn, CaseState::FocReceived, CaseEvent::RejectFoc, Role::Admin,
        CaseState::CarrierApproved },
    { CaseKind::PortIn, CaseState::FocConfirmed, CaseEvent::Inventory, Role::System,
        CaseState::InInventory },
    { CaseKind::PortIn, CaseState::InInventory, CaseEvent::Activate, Role::System,
        CaseState::Completed },
    { CaseKind::PortIn, CaseState::Submitted, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::Portable, CaseEvent::Cancel, Role::Admin, CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::LoaRequested, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::LoaSubmitted, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::ChangeRequested, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::CarrierApproved, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::FocReceived, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortIn, CaseState::FocConfirmed, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    // reject-numbers (one of the case's two numbers): the case stays where it is.
    { CaseKind::PortIn, CaseState::Submitted, CaseEvent::RejectNumbers, Role::Support,
        CaseState::Submitted },
    { CaseKind::PortIn, CaseState::Portable, CaseEvent::RejectNumbers, Role::Support,
        CaseState::Portable },
    { CaseKind::PortIn, CaseState::LoaRequested, CaseEvent::RejectNumbers, Role::Support,
        CaseState::LoaRequested },
    { CaseKind::PortIn, CaseState::LoaSubmitted, CaseEvent::RejectNumbers, Role::Support,
        CaseState::LoaSubmitted },
    { CaseKind::PortIn, CaseState::ChangeRequested, CaseEvent::RejectNumbers, Role::Support,
        CaseState::ChangeRequested },
    { CaseKind::PortIn, CaseState::CarrierApproved, CaseEvent::RejectNumbers, Role::Support,
        CaseState::CarrierApproved },
    { CaseKind::PortIn, CaseState::FocReceived, CaseEvent::RejectNumbers, Role::Support,
        CaseState::FocReceived },
    { CaseKind::PortIn, CaseState::FocConfirmed, CaseEvent::RejectNumbers, Role::Support,
        CaseState::FocConfirmed },
    { CaseKind::PortOut, CaseState::Submitted, CaseEvent::IssuePin, Role::Support,
        CaseState::PinIssued },
    { CaseKind::PortOut, CaseState::PinIssued, CaseEvent::PortedOut, Role::Support,
        CaseState::PortedOut },
    { CaseKind::PortOut, CaseState::PortedOut, CaseEvent::Close, Role::System, CaseState::Closed },
    { CaseKind::PortOut, CaseState::Submitted, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
    { CaseKind::PortOut, CaseState::PinIssued, CaseEvent::Cancel, Role::Admin,
        CaseState::Cancelled },
};

const QList<CaseState> portInStates = {
    CaseState::Submitted,
    CaseState::NotPortable,
    CaseState::Portable,
    CaseState::LoaRequested,
    CaseState::LoaSubmitted,
    CaseState::ChangeRequested,
    CaseState::CarrierApproved,
    CaseState::FocReceived,
    CaseState::FocConfirmed,
    CaseState::InInventory,
    CaseState::Completed,
    CaseState::Cancelled,
};
const QList<CaseState> portOutStates = {
    CaseState::Submitted,
    CaseState::PinIssued,
    CaseState::PortedOut,
    CaseState::Closed,
    CaseState::Cancelled,
};
const QList<CaseEvent> portInEvents = {
    CaseEvent::Portable,
    CaseEvent::NotPortable,
    CaseEvent::RequestLoa,
    CaseEvent::SubmitLoa,
    CaseEvent::RequestChange,
    CaseEvent::Approve,
    CaseEvent::SetFoc,
    CaseEvent::ConfirmFoc,
    CaseEvent::RejectFoc,
    CaseEvent::Cancel,
    CaseEvent::Inventory,
    CaseEvent::Activate,
    CaseEvent::RejectNumbers,
};
const QList<CaseEvent> portOutEvents = {
    CaseEvent::IssuePin,
    CaseEvent::PortedOut,
    CaseEvent::Cancel,
    CaseEvent::Close,
};
const QList<Role> allRoles = { Role::Admin, Role::Support, Role::System };

bool isLegal(CaseKind kind, CaseState from, CaseEvent event)
{
    for (const Step &s : legalSteps) {
        if (s.kind == kind && s.from == from && s.event == event)
            return true;
    }
    return false;
}

// Arguments that satisfy every event's own rules.
EventArgs goodArgs(CaseEvent event)
{
    EventArgs args;
    switch (event) {
    case CaseEvent::NotPortable:
        args.reason = QStringLiteral("The numbers belong to a wireless carrier.");
        break;
    case CaseEvent::RequestChange:
        args.fields = { QStringLiteral("accountNumber"), QStringLiteral("serviceAddress") };
        break;
    case CaseEvent::SetFoc:
        args.focAt = newFoc;
        break;
    case CaseEvent::IssuePin:
        args.accountId = QStringLiteral("ACCT-1001");
        args.pin = QStringLiteral("482915");
        break;
    case CaseEvent::RejectNumbers:
        args.numbers = { QStringLiteral("+12064440102") };
        args.reasonCode = QStringLiteral("other-account");
        args.reason = QStringLiteral("On the customer's other account");
        break;
    default:
        break;
    }
    return args;
}

// A moment at which event is on time: the clock steps when due, the rest two
// weeks before the FOC (so cancel is allowed too).
QDateTime goodNow(CaseEvent event)
{
    if (event == CaseEvent::Inventory)
        return hoursBeforeFoc(24);
    if (event == CaseEvent::Activate)
        return foc;
    return hoursBeforeFoc(14 * 24);
}

CaseFacts facts(CaseKind kind, CaseState state)
{
    CaseFacts f;
    f.kind = kind;
    f.state = state;
    f.focAt = foc;
    f.numbersLeft = 0;
    if (kind == CaseKind::PortIn)
        f.numbers = { QStringLiteral("+12064440101"), QStringLiteral("+12064440102") };
    return f;
}

QString names(const QList<CaseEvent> &events)
{
    QStringList out;
    for (CaseEvent e : events)
        out.append(toString(e));
    return out.join(QLatin1Char(','));
}

QByteArray tag(CaseKind kind, CaseState state, CaseEvent event, const char *more = "")
{
    return (toString(kind) + QLatin1Char(' ') + toString(state) + QLatin1Char(' ') + toString(event)
        + QLatin1String(more))
        .toUtf8();
}

} // namespace

class TestCaseStateMachine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void legalStep_data();
    void legalStep();
    void illegalEvent_data();
    void illegalEvent();
    void wrongRole_data();
    void wrongRole();
    void wrongKind_data();
    void wrongKind();
    void submitIsNotAStep();
    void cancelWindow_data();
    void cancelWindow();
    void confirmFocOnlyBeforeTheFoc_data();
    void confirmFocOnlyBeforeTheFoc();
    void setFoc_data();
    void setFoc();
    void eventArguments_data();
    void eventArguments();
    void everyChangeableFieldAccepted();
    void clockStepNotDue_data();
    void clockStepNotDue();
    void dueEvents_data();
    void dueEvents();
    void dueEventsApplyInOrder();
    void eventsOfKind();
    void terminalStates();
    void stateNames_data();
    void stateNames();
    void eventNames_data();
    void eventNames();
    void kindAndRoleNames();
    void unknownNames();
    void displayNamesDistinct();
    void eventArgsJson();
    void rejectNumbers_data();
    void rejectNumbers();
    void rejectNumberStatus();
};

void TestCaseStateMachine::legalStep_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<Role>("role");
    QTest::addColumn<CaseState>("to");
    for (const Step &s : legalSteps) {
        QTest::newRow(tag(s.kind, s.from, s.event).constData())
            << s.kind << s.from << s.event << s.role << s.to;
    }
}

void TestCaseStateMachine::legalStep()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseEvent, event);
    QFETCH(Role, role);
    QFETCH(CaseState, to);

    QCOMPARE_ENUM(CaseStateMachine::roleFor(event), role);
    const Decision d
        = CaseStateMachine::decide(facts(kind, from), event, role, goodArgs(event), goodNow(event));
    QVERIFY2(d.allowed, qPrintable(d.rule + QLatin1String(": ") + d.reason));
    QCOMPARE_ENUM(d.next, to);
    QVERIFY(d.rule.isEmpty());

    CaseState bare = CaseState::Closed;
    QVERIFY(CaseStateMachine::transition(kind, from, event, &bare));
    QCOMPARE_ENUM(bare, to);
}

void TestCaseStateMachine::illegalEvent_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<QString>("rule");
    const auto add = [](CaseKind kind, const QList<CaseState> &states,
                         const QList<CaseEvent> &events) {
        for (CaseState state : states) {
            for (CaseEvent event : events) {
                if (isLegal(kind, state, event))
                    continue;
                // Cancelling in inventory is in the right state but too late.
                const bool tooLate = kind == CaseKind::PortIn && state == CaseState::InInventory
                    && event == CaseEvent::Cancel;
                QTest::newRow(tag(kind, state, event).constData())
                    << kind << state << event
                    << QString::fromLatin1(tooLate ? "cancel.too-late" : "event.illegal-state");
            }
        }
    };
    add(CaseKind::PortIn, portInStates, portInEvents);
    add(CaseKind::PortOut, portOutStates, portOutEvents);
}

void TestCaseStateMachine::illegalEvent()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    QFETCH(CaseEvent, event);
    QFETCH(QString, rule);

    const CaseFacts f = facts(kind, state);
    const Decision d = CaseStateMachine::decide(
        f, event, CaseStateMachine::roleFor(event), goodArgs(event), goodNow(event));
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, rule);
    QCOMPARE_ENUM(d.next, state);
    QVERIFY(!d.reason.isEmpty());
    QVERIFY(!CaseStateMachine::transition(kind, state, event)
        || rule == QLatin1String("cancel.too-late"));
    if (rule == QLatin1String("event.illegal-state")) {
        // The reason names the state and, for an open case, what it waits for.
        QVERIFY2(d.reason.contains(displayName(state)), qPrintable(d.reason));
        QVERIFY2(d.reason.contains(displayName(event)), qPrintable(d.reason));
        if (!CaseStateMachine::isTerminal(state))
            QVERIFY2(
                d.reason.contains(CaseStateMachine::waitingFor(kind, state)), qPrintable(d.reason));
    }
}

void TestCaseStateMachine::wrongRole_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("from");
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<Role>("owner");
    QTest::addColumn<Role>("role");
    for (const Step &s : legalSteps) {
        for (Role role : allRoles) {
            if (role == s.role)
                continue;
            const QByteArray more = " as " + toString(role).toUtf8();
            QTest::newRow(tag(s.kind, s.from, s.event, more.constData()).constData())
                << s.kind << s.from << s.event << s.role << role;
        }
    }
}

void TestCaseStateMachine::wrongRole()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, from);
    QFETCH(CaseEvent, event);
    QFETCH(Role, owner);
    QFETCH(Role, role);

    const Decision d
        = CaseStateMachine::decide(facts(kind, from), event, role, goodArgs(event), goodNow(event));
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("event.wrong-role"));
    QCOMPARE_ENUM(d.next, from);
    // The reason names who may: the admin, support, or the clock.
    const QString who = owner == Role::System ? QStringLiteral("clock") : toString(owner);
    QVERIFY2(d.reason.contains(who), qPrintable(d.reason));
    QVERIFY2(d.reason.contains(displayName(event)), qPrintable(d.reason));
}

void TestCaseStateMachine::wrongKind_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<CaseEvent>("event");
    for (CaseState state : portInStates) {
        for (CaseEvent event : portOutEvents) {
            if (event != CaseEvent::Cancel)
                QTest::newRow(tag(CaseKind::PortIn, state, event).constData())
                    << CaseKind::PortIn << state << event;
        }
    }
    for (CaseState state : portOutStates) {
        for (CaseEvent event : portInEvents) {
            if (event != CaseEvent::Cancel)
                QTest::newRow(tag(CaseKind::PortOut, state, event).constData())
                    << CaseKind::PortOut << state << event;
        }
    }
}

void TestCaseStateMachine::wrongKind()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    QFETCH(CaseEvent, event);
    // Whoever takes it, whatever the state: the other kind's step is refused.
    for (Role role : allRoles) {
        const Decision d = CaseStateMachine::decide(
            facts(kind, state), event, role, goodArgs(event), goodNow(event));
        QVERIFY(!d.allowed);
        QCOMPARE(d.rule, QStringLiteral("event.wrong-kind"));
        QVERIFY(!d.reason.isEmpty());
    }
    QVERIFY(!CaseStateMachine::transition(kind, state, event));
}

void TestCaseStateMachine::submitIsNotAStep()
{
    for (CaseState state : portInStates) {
        const Decision d = CaseStateMachine::decide(facts(CaseKind::PortIn, state),
            CaseEvent::Submit, Role::Admin, EventArgs(), goodNow(CaseEvent::Submit));
        QVERIFY(!d.allowed);
        QCOMPARE(d.rule, QStringLiteral("event.illegal-state"));
    }
    QCOMPARE_ENUM(CaseStateMachine::roleFor(CaseEvent::Submit), Role::Admin);
    QCOMPARE_ENUM(CaseStateMachine::initialState(CaseKind::PortIn), CaseState::Submitted);
    QCOMPARE_ENUM(CaseStateMachine::initialState(CaseKind::PortOut), CaseState::Submitted);
}

void TestCaseStateMachine::cancelWindow_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<bool>("focSet");
    QTest::addColumn<qint64>("secsBefore");
    QTest::addColumn<QString>("rule"); // empty: allowed
    const qint64 h = 3600;
    const QString tooLate = QStringLiteral("cancel.too-late");
    QTest::newRow("FOC received, 49 h") << CaseState::FocReceived << true << 49 * h << QString();
    QTest::newRow("FOC received, 48 h exactly")
        << CaseState::FocReceived << true << 48 * h << QString();
    QTest::newRow("FOC received, 48 h less a second")
        << CaseState::FocReceived << true << (48 * h - 1) << tooLate;
    QTest::newRow("FOC received, 47 h") << CaseState::FocReceived << true << 47 * h << tooLate;
    QTest::newRow("FOC confirmed, 49 h") << CaseState::FocConfirmed << true << 49 * h << QString();
    QTest::newRow("FOC confirmed, 47 h") << CaseState::FocConfirmed << true << 47 * h << tooLate;
    QTest::newRow("FOC confirmed, 1 h") << CaseState::FocConfirmed << true << 1 * h << tooLate;
    QTest::newRow("FOC confirmed, FOC passed")
        << CaseState::FocConfirmed << true << (-2 * h) << tooLate;
    QTest::newRow("in inventory") << CaseState::InInventory << true << 23 * h << tooLate;
    QTest::newRow("in inventory without FOC")
        << CaseState::InInventory << false << 23 * h << tooLate;
    // A rejected FOC no longer binds: back to carrier approved, cancel is open.
    QTest::newRow("carrier approved, rejected FOC 1 h away")
        << CaseState::CarrierApproved << true << 1 * h << QString();
    QTest::newRow("submitted, no FOC") << CaseState::Submitted << false << 1 * h << QString();
    QTest::newRow("completed") << CaseState::Completed << true << (-30 * h)
                               << QStringLiteral("event.illegal-state");
    QTest::newRow("not portable") << CaseState::NotPortable << false << 100 * h
                                  << QStringLiteral("event.illegal-state");
    QTest::newRow("cancelled") << CaseState::Cancelled << true << 100 * h
                               << QStringLiteral("event.illegal-state");
}

void TestCaseStateMachine::cancelWindow()
{
    QFETCH(CaseState, state);
    QFETCH(bool, focSet);
    QFETCH(qint64, secsBefore);
    QFETCH(QString, rule);

    CaseFacts f = facts(CaseKind::PortIn, state);
    if (!focSet)
        f.focAt = QDateTime();
    EventArgs args;
    args.reason = QStringLiteral("Budget withdrawn.");
    const Decision d = CaseStateMachine::decide(
        f, CaseEvent::Cancel, Role::Admin, args, foc.addSecs(-secsBefore));
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.allowed, rule.isEmpty());
    QCOMPARE_ENUM(d.next, rule.isEmpty() ? CaseState::Cancelled : state);
    if (rule == QLatin1String("cancel.too-late"))
        QVERIFY2(d.reason.contains(QLatin1String("48")), qPrintable(d.reason));
}

void TestCaseStateMachine::confirmFocOnlyBeforeTheFoc_data()
{
    QTest::addColumn<qint64>("secsBefore");
    QTest::addColumn<QString>("rule");   // empty: allowed
    QTest::newRow("a day before") << qint64(24 * 3600) << QString();
    QTest::newRow("a second before") << qint64(1) << QString();
    QTest::newRow("at the FOC") << qint64(0) << QStringLiteral("foc.past");
    QTest::newRow("a day after") << qint64(-24 * 3600) << QStringLiteral("foc.past");
}

void TestCaseStateMachine::confirmFocOnlyBeforeTheFoc()
{
    QFETCH(qint64, secsBefore);
    QFETCH(QString, rule);
    const Decision d = CaseStateMachine::decide(facts(CaseKind::PortIn, CaseState::FocReceived),
        CaseEvent::ConfirmFoc, Role::Admin, EventArgs(), foc.addSecs(-secsBefore));
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.allowed, rule.isEmpty());
    QCOMPARE_ENUM(d.next, rule.isEmpty() ? CaseState::FocConfirmed : CaseState::FocReceived);
}

void TestCaseStateMachine::setFoc_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QDateTime>("focAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("rule"); // empty: allowed
    QTest::addColumn<QString>("mentions"); // a word the reason must contain

    const QDateTime now = t("2026-03-02T15:00:00Z");
    const QString past = QStringLiteral("foc.past");
    const QString notBusiness = QStringLiteral("foc.not-business-day");
    for (CaseState state : { CaseState::CarrierApproved, CaseState::FocReceived }) {
        const QByteArray s = QByteArray(toString(state).toUtf8() + ": ");
        QTest::newRow(QByteArray(s + "business day ahead").constData())
            << state << t("2026-03-16T10:00:00-04:00") << now << QString() << QString();
        QTest::newRow(QByteArray(s + "yesterday").constData())
            << state << t("2026-02-27T10:00:00-05:00") << now << past << QString();
        QTest::newRow(QByteArray(s + "an hour ago").constData())
            << state << now.addSecs(-3600) << now << past << QString();
        QTest::newRow(QByteArray(s + "Saturday").constData())
            << state << t("2026-03-07T10:00:00-05:00") << now << notBusiness << QString();
        QTest::newRow(QByteArray(s + "Sunday").constData())
            << state << t("2026-03-08T10:00:00-05:00") << now << notBusiness << QString();
        QTest::newRow(QByteArray(s + "Memorial Day").constData())
            << state << t("2026-05-25T10:00:00-04:00") << now << notBusiness
            << QStringLiteral("Memorial Day");
        QTest::newRow(QByteArray(s + "observed Independence Day").constData())
            << state << t("2026-07-03T10:00:00-04:00") << now << notBusiness
            << QStringLiteral("Independence Day");
        QTest::newRow(QByteArray(s + "Thanksgiving").constData())
            << state << t("2026-11-26T10:00:00-05:00") << now << notBusiness
            << QStringLiteral("Thanksgiving Day");
        // The business day is the FOC's own: Friday evening in New York is
        // Saturday in UTC, and Sunday evening in New York is Monday in UTC.
        QTest::newRow(QByteArray(s + "Friday evening local, Saturday UTC").constData())
            << state << t("2026-03-13T22:00:00-04:00") << now << QString() << QString();
        QTest::newRow(QByteArray(s + "Sunday evening local, Monday UTC").constData())
            << state << t("2026-03-15T21:00:00-04:00") << now << notBusiness << QString();
        QTest::newRow(QByteArray(s + "missing").constData())
            << state << QDateTime() << now << QStringLiteral("foc.required") << QString();
    }
}

void TestCaseStateMachine::setFoc()
{
    QFETCH(CaseState, state);
    QFETCH(QDateTime, focAt);
    QFETCH(QDateTime, now);
    QFETCH(QString, rule);
    QFETCH(QString, mentions);

    EventArgs args;
    args.focAt = focAt;
    const Decision d = CaseStateMachine::decide(
        facts(CaseKind::PortIn, state), CaseEvent::SetFoc, Role::Support, args, now);
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.allowed, rule.isEmpty());
    QCOMPARE_ENUM(d.next, rule.isEmpty() ? CaseState::FocReceived : state);
    if (!rule.isEmpty())
        QVERIFY(!d.reason.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(d.reason.contains(mentions), qPrintable(d.reason));
}

void TestCaseStateMachine::eventArguments_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("rule"); // empty: allowed

    const QString none;
    const QStringList noFields;
    QTest::newRow("not-portable without reason")
        << CaseKind::PortIn << CaseState::Submitted << CaseEvent::NotPortable << none << noFields
        << none << none << QStringLiteral("event.missing-reason");
    QTest::newRow("not-portable with blank reason")
        << CaseKind::PortIn << CaseState::Submitted << CaseEvent::NotPortable
        << QStringLiteral("   ") << noFields << none << none
        << QStringLiteral("event.missing-reason");
    QTest::newRow("request-change without fields")
        << CaseKind::PortIn << CaseState::LoaSubmitted << CaseEvent::RequestChange
        << QStringLiteral("Mismatch") << noFields << none << none
        << QStringLiteral("event.missing-fields");
    QTest::newRow("request-change with an unknown field")
        << CaseKind::PortIn << CaseState::LoaSubmitted << CaseEvent::RequestChange << none
        << QStringList { QStringLiteral("accountNumber"), QStringLiteral("favouriteColour") }
        << none << none << QStringLiteral("event.unknown-field");
    QTest::newRow("request-change field names are case-sensitive")
        << CaseKind::PortIn << CaseState::LoaSubmitted << CaseEvent::RequestChange << none
        << QStringList { QStringLiteral("AccountNumber") } << none << none
        << QStringLiteral("event.unknown-field");
    QTest::newRow("request-change without reason is fine")
        << CaseKind::PortIn << CaseState::LoaSubmitted << CaseEvent::RequestChange << none
        << QStringList { QStringLiteral("pin") } << none << none << QString();
    QTest::newRow("cancel without reason is fine")
        << CaseKind::PortIn << CaseState::Portable << CaseEvent::Cancel << none << noFields << none
        << none << QString();
    QTest::newRow("issue-pin without account id")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << none << QStringLiteral("482915") << QStringLiteral("event.missing-account-id");
    QTest::newRow("issue-pin without pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << none << QStringLiteral("event.missing-pin");
    QTest::newRow("issue-pin with blank pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral(" ") << QStringLiteral("event.missing-pin");
    // The PIN rule (PortOutPin, its own table in tst_portoutpin) holds here,
    // so that the service refuses a weak PIN whoever sends it.
    QTest::newRow("issue-pin with a short pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("4321") << QStringLiteral("pin.too-short");
    QTest::newRow("issue-pin with a repeated pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("777777") << QStringLiteral("pin.repeated");
    QTest::newRow("issue-pin with a sequential pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("876543") << QStringLiteral("pin.sequential");
    QTest::newRow("issue-pin with a pin of letters")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("ABCDEF") << QStringLiteral("pin.not-digits");
    QTest::newRow("issue-pin with a strong pin")
        << CaseKind::PortOut << CaseState::Submitted << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("112233") << QString();
    QTest::newRow("a weak pin on a case that is not waiting for one: the state first")
        << CaseKind::PortOut << CaseState::PortedOut << CaseEvent::IssuePin << none << noFields
        << QStringLiteral("ACCT-1") << QStringLiteral("1234") << QStringLiteral("event.illegal-state");
}

void TestCaseStateMachine::eventArguments()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    QFETCH(CaseEvent, event);
    QFETCH(QString, reason);
    QFETCH(QStringList, fields);
    QFETCH(QString, accountId);
    QFETCH(QString, pin);
    QFETCH(QString, rule);

    EventArgs args;
    args.reason = reason;
    args.fields = fields;
    args.accountId = accountId;
    args.pin = pin;
    const Decision d = CaseStateMachine::decide(
        facts(kind, state), event, CaseStateMachine::roleFor(event), args, goodNow(event));
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.allowed, rule.isEmpty());
    if (!rule.isEmpty()) {
        QVERIFY(!d.reason.isEmpty());
        QCOMPARE_ENUM(d.next, state);
    }
    if (rule == QLatin1String("event.unknown-field"))
        QVERIFY2(d.reason.contains(fields.last()), qPrintable(d.reason));
    // A value's rule names its field (the dialog shows it there); the
    // others are about the event.
    QCOMPARE(d.field, rule.startsWith(QLatin1String("pin.")) ? QStringLiteral("pin") : QString());
    if (!pin.trimmed().isEmpty())
        QVERIFY2(!d.reason.contains(pin.trimmed()), qPrintable(d.reason));
}

void TestCaseStateMachine::everyChangeableFieldAccepted()
{
    const QStringList all = changeableFieldNames();
    QVERIFY(all.contains(QStringLiteral("accountNumber")));
    QVERIFY(all.contains(QStringLiteral("serviceAddress")));
    for (const QString &field : all) {
        EventArgs args;
        args.fields = { field };
        const Decision d
            = CaseStateMachine::decide(facts(CaseKind::PortIn, CaseState::LoaSubmitted),
                CaseEvent::RequestChange, Role::Support, args, goodNow(CaseEvent::RequestChange));
        QVERIFY2(d.allowed, qPrintable(field + QLatin1String(": ") + d.reason));
    }
    EventArgs args;
    args.fields = all;
    QVERIFY(CaseStateMachine::decide(facts(CaseKind::PortIn, CaseState::LoaSubmitted),
        CaseEvent::RequestChange, Role::Support, args, goodNow(CaseEvent::RequestChange))
                .allowed);
}

void TestCaseStateMachine::clockStepNotDue_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("numbersLeft");
    QTest::addColumn<bool>("focSet");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("inventory a second early")
        << CaseKind::PortIn << CaseState::FocConfirmed << CaseEvent::Inventory
        << hoursBeforeFoc(24).addSecs(-1) << 0 << true << false;
    QTest::newRow("inventory on time")
        << CaseKind::PortIn << CaseState::FocConfirmed << CaseEvent::Inventory << hoursBeforeFoc(24)
        << 0 << true << true;
    QTest::newRow("inventory late")
        << CaseKind::PortIn << CaseState::FocConfirmed << CaseEvent::Inventory << hoursBeforeFoc(-5)
        << 0 << true << true;
    QTest::newRow("inventory without FOC")
        << CaseKind::PortIn << CaseState::FocConfirmed << CaseEvent::Inventory << hoursBeforeFoc(-5)
        << 0 << false << false;
    QTest::newRow("activate a second early")
        << CaseKind::PortIn << CaseState::InInventory << CaseEvent::Activate << foc.addSecs(-1) << 0
        << true << false;
    QTest::newRow("activate at FOC") << CaseKind::PortIn << CaseState::InInventory
                                     << CaseEvent::Activate << foc << 0 << true << true;
    QTest::newRow("close with 2 numbers left") << CaseKind::PortOut << CaseState::PortedOut
                                               << CaseEvent::Close << foc << 2 << false << false;
    QTest::newRow("close with none left") << CaseKind::PortOut << CaseState::PortedOut
                                          << CaseEvent::Close << foc << 0 << false << true;
}

void TestCaseStateMachine::clockStepNotDue()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    QFETCH(CaseEvent, event);
    QFETCH(QDateTime, now);
    QFETCH(int, numbersLeft);
    QFETCH(bool, focSet);
    QFETCH(bool, allowed);

    CaseFacts f = facts(kind, state);
    f.numbersLeft = numbersLeft;
    if (!focSet)
        f.focAt = QDateTime();
    const Decision d = CaseStateMachine::decide(f, event, Role::System, EventArgs(), now);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.rule, allowed ? QString() : QStringLiteral("event.not-due"));
    QCOMPARE(CaseStateMachine::dueEvents(f, now).contains(event), allowed);
    if (!allowed && kind == CaseKind::PortOut)
        QVERIFY2(d.reason.contains(QString::number(numbersLeft)), qPrintable(d.reason));
}

void TestCaseStateMachine::dueEvents_data()
{
    QTest::addColumn<CaseKind>("kind");
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("numbersLeft");
    QTest::addColumn<QString>("due");

    const QString inv = toString(CaseEvent::Inventory);
    const QString both = inv + QLatin1Char(',') + toString(CaseEvent::Activate);
    const QString act = toString(CaseEvent::Activate);
    const QString close = toString(CaseEvent::Close);
    QTest::newRow("confirmed, 25 h before")
        << CaseKind::PortIn << CaseState::FocConfirmed << hoursBeforeFoc(25) << 0 << QString();
    QTest::newRow("confirmed, 24 h before")
        << CaseKind::PortIn << CaseState::FocConfirmed << hoursBeforeFoc(24) << 0 << inv;
    QTest::newRow("confirmed, 1 h before")
        << CaseKind::PortIn << CaseState::FocConfirmed << hoursBeforeFoc(1) << 0 << inv;
    QTest::newRow("confirmed, at FOC")
        << CaseKind::PortIn << CaseState::FocConfirmed << foc << 0 << both;
    QTest::newRow("confirmed, days after FOC")
        << CaseKind::PortIn << CaseState::FocConfirmed << hoursBeforeFoc(-72) << 0 << both;
    QTest::newRow("in inventory, 1 h before")
        << CaseKind::PortIn << CaseState::InInventory << hoursBeforeFoc(1) << 0 << QString();
    QTest::newRow("in inventory, at FOC")
        << CaseKind::PortIn << CaseState::InInventory << foc << 0 << act;
    QTest::newRow("received (not confirmed), after FOC")
        << CaseKind::PortIn << CaseState::FocReceived << hoursBeforeFoc(-1) << 0 << QString();
    QTest::newRow("carrier approved, after FOC")
        << CaseKind::PortIn << CaseState::CarrierApproved << hoursBeforeFoc(-1) << 0 << QString();
    QTest::newRow("completed") << CaseKind::PortIn << CaseState::Completed << hoursBeforeFoc(-1)
                               << 0 << QString();
    QTest::newRow("cancelled") << CaseKind::PortIn << CaseState::Cancelled << hoursBeforeFoc(-1)
                               << 0 << QString();
    QTest::newRow("ported out, 1 left")
        << CaseKind::PortOut << CaseState::PortedOut << foc << 1 << QString();
    QTest::newRow("ported out, none left")
        << CaseKind::PortOut << CaseState::PortedOut << foc << 0 << close;
    QTest::newRow("PIN issued, none left")
        << CaseKind::PortOut << CaseState::PinIssued << foc << 0 << QString();
    QTest::newRow("closed") << CaseKind::PortOut << CaseState::Closed << foc << 0 << QString();
}

void TestCaseStateMachine::dueEvents()
{
    QFETCH(CaseKind, kind);
    QFETCH(CaseState, state);
    QFETCH(QDateTime, now);
    QFETCH(int, numbersLeft);
    QFETCH(QString, due);

    CaseFacts f = facts(kind, state);
    f.numbersLeft = numbersLeft;
    const QList<CaseEvent> events = CaseStateMachine::dueEvents(f, now);
    QCOMPARE(names(events), due);
    for (CaseEvent e : events)
        QCOMPARE_ENUM(CaseStateMachine::roleFor(e), Role::System);
}

void TestCaseStateMachine::dueEventsApplyInOrder()
{
    // A clock that was off for days applies both steps, in order, each allowed.
    CaseFacts f = facts(CaseKind::PortIn, CaseState::FocConfirmed);
    const QDateTime now = hoursBeforeFoc(-30);
    const QList<CaseEvent> due = CaseStateMachine::dueEvents(f, now);
    QCOMPARE(due.size(), 2);
    for (CaseEvent e : due) {
        const Decision d = CaseStateMachine::decide(f, e, Role::System, EventArgs(), now);
        QVERIFY2(d.allowed, qPrintable(d.reason));
        f.state = d.next;
    }
    QCOMPARE_ENUM(f.state, CaseState::Completed);
    QVERIFY(CaseStateMachine::dueEvents(f, now).isEmpty());
}

void TestCaseStateMachine::eventsOfKind()
{
    QCOMPARE(names(CaseStateMachine::events(CaseKind::PortIn)), names(portInEvents));
    QCOMPARE(names(CaseStateMachine::events(CaseKind::PortOut)), names(portOutEvents));
}

void TestCaseStateMachine::terminalStates()
{
    const QList<CaseState> terminal
        = { CaseState::NotPortable, CaseState::Completed, CaseState::Cancelled, CaseState::Closed };
    for (CaseState s : portInStates + portOutStates) {
        QCOMPARE(CaseStateMachine::isTerminal(s), terminal.contains(s));
        QCOMPARE(CaseStateMachine::isOpen(s), !terminal.contains(s));
    }
    // Every open state has a way forward for its kind; no final state does.
    for (const Step &s : legalSteps)
        QVERIFY(!CaseStateMachine::isTerminal(s.from));
}

void TestCaseStateMachine::stateNames_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("orderStatus");
    const auto row = [](CaseState s, const char *name, const char *display, const char *order) {
        QTest::newRow(name) << s << QString::fromLatin1(name) << QString::fromLatin1(display)
                            << QString::fromLatin1(order);
    };
    row(CaseState::Submitted, "submitted", "Submitted", "Submitted");
    row(CaseState::NotPortable, "not-portable", "Not portable", "Failed");
    row(CaseState::Portable, "portable", "Portable", "Submitted");
    row(CaseState::LoaRequested, "loa-requested", "LOA requested", "PendingDocuments");
    row(CaseState::LoaSubmitted, "loa-submitted", "LOA submitted", "Processing");
    row(CaseState::ChangeRequested, "change-requested", "Change requested", "ChangeRequested");
    row(CaseState::CarrierApproved, "carrier-approved", "Carrier approved", "Processing");
    row(CaseState::FocReceived, "foc-received", "FOC received", "FOC");
    row(CaseState::FocConfirmed, "foc-confirmed", "FOC confirmed", "FOC");
    row(CaseState::InInventory, "in-inventory", "In inventory", "FOC");
    row(CaseState::Completed, "completed", "Completed", "Successful");
    row(CaseState::Cancelled, "cancelled", "Cancelled", "Cancelled");
    row(CaseState::PinIssued, "pin-issued", "PIN issued", "Processing");
    row(CaseState::PortedOut, "ported-out", "Ported out", "Successful");
    row(CaseState::Closed, "closed", "Closed", "Successful");
}

void TestCaseStateMachine::stateNames()
{
    QFETCH(CaseState, state);
    QFETCH(QString, name);
    QFETCH(QString, display);
    QFETCH(QString, orderStatus);
    QCOMPARE(toString(state), name);
    QCOMPARE(displayName(state), display);
    QCOMPARE(portdesk::orderStatus(state), orderStatus);
    CaseState back = state == CaseState::Closed ? CaseState::Submitted : CaseState::Closed;
    QVERIFY(caseStateFromString(name, &back));
    QCOMPARE_ENUM(back, state);
}

void TestCaseStateMachine::eventNames_data()
{
    QTest::addColumn<CaseEvent>("event");
    QTest::addColumn<QString>("name");
    const auto row = [](CaseEvent e, const char *name) {
        QTest::newRow(name) << e << QString::fromLatin1(name);
    };
    row(CaseEvent::Submit, "submit");
    row(CaseEvent::Portable, "portable");
    row(CaseEvent::NotPortable, "not-portable");
    row(CaseEvent::RequestLoa, "request-loa");
    row(CaseEvent::SubmitLoa, "submit-loa");
    row(CaseEvent::RequestChange, "request-change");
    row(CaseEvent::Approve, "approve");
    row(CaseEvent::SetFoc, "set-foc");
    row(CaseEvent::ConfirmFoc, "confirm-foc");
    row(CaseEvent::RejectFoc, "reject-foc");
    row(CaseEvent::Cancel, "cancel");
    row(CaseEvent::Inventory, "inventory");
    row(CaseEvent::Activate, "activate");
    row(CaseEvent::IssuePin, "issue-pin");
    row(CaseEvent::PortedOut, "ported-out");
    row(CaseEvent::Close, "close");
    row(CaseEvent::RejectNumbers, "reject-numbers");
}

void TestCaseStateMachine::eventNames()
{
    QFETCH(CaseEvent, event);
    QFETCH(QString, name);
    QCOMPARE(toString(event), name);
    QVERIFY(!displayName(event).isEmpty());
    CaseEvent back = event == CaseEvent::Close ? CaseEvent::Submit : CaseEvent::Close;
    QVERIFY(caseEventFromString(name, &back));
    QCOMPARE_ENUM(back, event);
}

void TestCaseStateMachine::kindAndRoleNames()
{
    const QList<QPair<CaseKind, QString>> kinds = { { CaseKind::PortIn, QStringLiteral("port-in") },
        { CaseKind::PortOut, QStringLiteral("port-out") } };
    for (const auto &k : kinds) {
        QCOMPARE(toString(k.first), k.second);
        CaseKind back = k.first == CaseKind::PortIn ? CaseKind::PortOut : CaseKind::PortIn;
        QVERIFY(caseKindFromString(k.second, &back));
        QCOMPARE_ENUM(back, k.first);
    }
    const QList<QPair<Role, QString>> roles = { { Role::Admin, QStringLiteral("admin") },
        { Role::Support, QStringLiteral("support") }, { Role::System, QStringLiteral("system") } };
    for (const auto &r : roles) {
        QCOMPARE(toString(r.first), r.second);
        Role back = r.first == Role::Admin ? Role::System : Role::Admin;
        QVERIFY(roleFromString(r.second, &back));
        QCOMPARE_ENUM(back, r.first);
    }
}

void TestCaseStateMachine::unknownNames()
{
    CaseState state = CaseState::Portable;
    QVERIFY(!caseStateFromString(QStringLiteral("loa_requested"), &state));
    QVERIFY(!caseStateFromString(QString(), &state));
    QCOMPARE_ENUM(state, CaseState::Portable); // untouched
    CaseEvent event = CaseEvent::Approve;
    QVERIFY(!caseEventFromString(QStringLiteral("approved"), &event));
    QCOMPARE_ENUM(event, CaseEvent::Approve);
    Role role = Role::Support;
    QVERIFY(!roleFromString(QStringLiteral("root"), &role));
    QCOMPARE_ENUM(role, Role::Support);
    CaseKind kind = CaseKind::PortOut;
    QVERIFY(!caseKindFromString(QStringLiteral("portin"), &kind));
    QCOMPARE_ENUM(kind, CaseKind::PortOut);
}

void TestCaseStateMachine::displayNamesDistinct()
{
    QSet<QString> seen;
    for (CaseState s : portInStates
            + QList<CaseState> { CaseState::PinIssued, CaseState::PortedOut, CaseState::Closed })
        seen.insert(displayName(s));
    QCOMPARE(seen.size(), 15);
}

void TestCaseStateMachine::eventArgsJson()
{
    QVERIFY(EventArgs().toJson().isEmpty()); // nothing empty is written

    EventArgs full;
    full.reason = QStringLiteral("Records differ");
    full.fields = { QStringLiteral("accountNumber"), QStringLiteral("serviceAddress") };
    full.focAt = t("2026-03-18T10:00:00-04:00");
    full.accountId = QStringLiteral("ACCT-7");
    full.pin = QStringLiteral("0042");
    const QJsonObject json = full.toJson();
    QCOMPARE(json.value(QStringLiteral("focAt")).toString(),
        QStringLiteral("2026-03-18T10:00:00-04:00"));
    QCOMPARE(json.value(QStringLiteral("fields")).toArray().size(), 2);
    QCOMPARE(json.keys().size(), 5);

    // Through text and back, every member survives, the offset included.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const EventArgs back = EventArgs::fromJson(reread);
    QCOMPARE(back.reason, full.reason);
    QCOMPARE(back.fields, full.fields);
    QCOMPARE(back.focAt, full.focAt);
    QCOMPARE(back.focAt.offsetFromUtc(), -4 * 3600);
    QCOMPARE(back.accountId, full.accountId);
    QCOMPARE(back.pin, full.pin);

    // A UTC time is written with an explicit offset.
    EventArgs utc;
    utc.focAt = t("2026-03-18T14:00:00Z");
    const QString text = utc.toJson().value(QStringLiteral("focAt")).toString();
    QCOMPARE(text, QStringLiteral("2026-03-18T14:00:00+00:00"));
    QCOMPARE(EventArgs::fromJson(utc.toJson()).focAt, utc.focAt);

    // Only some members: the rest stay out.
    EventArgs some;
    some.fields = { QStringLiteral("pin") };
    const QJsonObject partial = some.toJson();
    QCOMPARE(partial.keys(), QStringList { QStringLiteral("fields") });

    // The CLI's comma-separated form is read too.
    QJsonObject cli;
    cli.insert(QStringLiteral("fields"), QStringLiteral("accountNumber, pin"));
    QCOMPARE(EventArgs::fromJson(cli).fields,
        (QStringList { QStringLiteral("accountNumber"), QStringLiteral("pin") }));
}

// reject-numbers' own rules, on a port-in of five numbers of which one is
// already rejected: each refusal names its field and rule; rejecting the
// last numbers still porting ends the case as not portable.
void TestCaseStateMachine::rejectNumbers_data()
{
    QTest::addColumn<CaseState>("state");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("rule"); // empty: allowed
    QTest::addColumn<QString>("field");
    QTest::addColumn<CaseState>("next");

    const QString why = QStringLiteral("The carrier says: on another account");
    const QString code = QStringLiteral("other-account");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromLatin1(i);
        return out;
    };
    const CaseState s = CaseState::LoaSubmitted;
    QTest::newRow("two of five") << s << list({ "+12064440102", "+12064440104" }) << code << why
                                 << QString() << QString() << s;
    QTest::newRow("any notation") << s << list({ "(206) 444-0102", "206.444.0104" }) << code
                                  << why << QString() << QString() << s;
    QTest::newRow("no reason code: other") << s << list({ "+12064440102" }) << QString() << why
                                           << QString() << QString() << s;
    QTest::newRow("the last four: not portable")
        << s << list({ "+12064440101", "+12064440102", "+12064440104", "+12064440105" }) << code
        << why << QString() << QString() << CaseState::NotPortable;
    QTest::newRow("before the FOC is confirmed")
        << CaseState::FocConfirmed << list({ "+12064440101" }) << code << why << QString()
        << QString() << CaseState::FocConfirmed;
    QTest::newRow("no numbers") << s << QStringList() << code << why
                                << QStringLiteral("reject.missing-numbers")
                                << QStringLiteral("numbers") << s;
    QTest::newRow("blank numbers") << s << list({ " ", "" }) << code << why
                                   << QStringLiteral("reject.missing-numbers")
                                   << QStringLiteral("numbers") << s;
    QTest::newRow("not of the case") << s << list({ "+12064440102", "+12064449999" }) << code
                                     << why << QStringLiteral("reject.not-in-case")
                                     << QStringLiteral("numbers") << s;
    QTest::newRow("not a number") << s << list({ "banana" }) << code << why
                                  << QStringLiteral("reject.not-in-case")
                                  << QStringLiteral("numbers") << s;
    QTest::newRow("already rejected") << s << list({ "+12064440103" }) << code << why
                                      << QStringLiteral("reject.already-rejected")
                                      << QStringLiteral("numbers") << s;
    QTest::newRow("unknown reason code") << s << list({ "+12064440102" })
                                         << QStringLiteral("wrong-colour") << why
                                         << QStringLiteral("reject.unknown-reason-code")
                                         << QStringLiteral("reasonCode") << s;
    QTest::newRow("no reason") << s << list({ "+12064440102" }) << code << QString()
                               << QStringLiteral("reject.missing-reason")
                               << QStringLiteral("reason") << s;
    QTest::newRow("blank reason") << s << list({ "+12064440102" }) << code << QStringLiteral("  ")
                                  << QStringLiteral("reject.missing-reason")
                                  << QStringLiteral("reason") << s;
    QTest::newRow("in inventory: too late") << CaseState::InInventory << list({ "+12064440102" })
                                            << code << why << QStringLiteral("event.illegal-state")
                                            << QString() << CaseState::InInventory;
    QTest::newRow("completed") << CaseState::Completed << list({ "+12064440102" }) << code << why
                               << QStringLiteral("event.illegal-state") << QString()
                               << CaseState::Completed;
}

void TestCaseStateMachine::rejectNumbers()
{
    QFETCH(CaseState, state);
    QFETCH(QStringList, numbers);
    QFETCH(QString, reasonCode);
    QFETCH(QString, reason);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(CaseState, next);

    CaseFacts f = facts(CaseKind::PortIn, state);
    f.numbers = { QStringLiteral("+12064440101"), QStringLiteral("+12064440102"),
        QStringLiteral("+12064440103"), QStringLiteral("+12064440104"),
        QStringLiteral("+12064440105") };
    f.rejected = { QStringLiteral("+12064440103") };
    EventArgs args;
    args.numbers = numbers;
    args.reasonCode = reasonCode;
    args.reason = reason;
    const Decision d = CaseStateMachine::decide(
        f, CaseEvent::RejectNumbers, Role::Support, args, hoursBeforeFoc(14 * 24));
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.allowed, rule.isEmpty());
    QCOMPARE(d.field, field);
    QCOMPARE_ENUM(d.next, next);
    if (!rule.isEmpty())
        QVERIFY(!d.reason.isEmpty());
    if (rule == QLatin1String("reject.not-in-case"))
        QVERIFY2(d.reason.contains(numbers.last()), qPrintable(d.reason));
    if (rule == QLatin1String("reject.already-rejected"))
        QVERIFY2(d.reason.contains(QLatin1String("+12064440103")), qPrintable(d.reason));
    if (rule == QLatin1String("reject.unknown-reason-code"))
        QVERIFY2(d.reason.contains(QLatin1String("btn-mismatch")), qPrintable(d.reason));
    // Only support records what the carrier said.
    QCOMPARE(CaseStateMachine::decide(
                 f, CaseEvent::RejectNumbers, Role::Admin, args, hoursBeforeFoc(14 * 24))
                 .rule,
        QStringLiteral("event.wrong-role"));
}

void TestCaseStateMachine::rejectNumberStatus()
{
    const QStringList numbers { QStringLiteral("+12064440101"), QStringLiteral("+12064440102") };
    const QHash<QString, NumberRejection> rejected {
        { QStringLiteral("+12064440102"),
            NumberRejection { QStringLiteral("disconnected"), QStringLiteral("No service") } }
    };
    const auto states = [&](CaseState state) {
        QStringList out;
        for (const PortNumber &n : portNumbers(numbers, rejected, state))
            out << toString(n.state);
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(states(CaseState::LoaSubmitted), QStringLiteral("pending,rejected"));
    QCOMPARE(states(CaseState::InInventory), QStringLiteral("pending,rejected"));
    QCOMPARE(states(CaseState::Completed), QStringLiteral("ported,rejected"));
    QCOMPARE(states(CaseState::Cancelled), QStringLiteral("not-ported,rejected"));
    QCOMPARE(portNumbers(numbers, rejected, CaseState::Completed).at(1).reasonCode,
        QStringLiteral("disconnected"));

    // The arguments survive the event log, the CLI's comma form too.
    EventArgs args;
    args.numbers = numbers;
    args.reasonCode = QStringLiteral("btn-mismatch");
    args.reason = QStringLiteral("BTN of another account");
    args.endsCase = true;
    const EventArgs back = EventArgs::fromJson(args.toJson());
    QCOMPARE(back.numbers, numbers);
    QCOMPARE(back.reasonCode, args.reasonCode);
    QVERIFY(back.endsCase);
    QJsonObject cli;
    cli.insert(QStringLiteral("numbers"), QStringLiteral("+12064440101, +12064440102"));
    QCOMPARE(EventArgs::fromJson(cli).numbers, numbers);

    // A later round's LOA: the rejected number is gone, typed numbers too.
    PortInRequest request;
    CarrierGroup group;
    group.numbers = { QStringLiteral("(206) 444-0101"), QStringLiteral("206.444.0102") };
    request.carriers = { group };
    const PortInRequest shown
        = withoutRejected(request, { QStringLiteral("+12064440102") });
    QCOMPARE(shown.carriers.first().numbers, QStringList { QStringLiteral("(206) 444-0101") });
}

QTEST_GUILESS_MAIN(TestCaseStateMachine)
#include "tst_casestatemachine.moc"
