// SPDX-License-Identifier: Apache-2.0
#include "CaseTimeline.h"

#include "BusinessCalendar.h"

#include <QHash>

#include <algorithm>

namespace portdesk {

namespace {

// One step of the timeline before it is resolved into a Milestone: done when
// actual is valid; otherwise projected days business days after the one
// before it, or at a fixed time (the FOC and the day before it).
struct Step {
    QString key;
    QString label;
    int round = 0;
    QDateTime actual;
    int days = 0;
    QDateTime fixed;
};

struct ChangeRound {
    QDateTime requestedAt;
    QDateTime resubmittedAt;
};

// What a port-in's history says happened, the latest of each.
struct PortInFacts {
    QDateTime submitted, portable, notPortable, loaRequested, loaSubmitted;
    QList<ChangeRound> rounds;
    QDateTime approved, focReceived, focConfirmed, inventory, activated, cancelled;
    QDateTime focAt; // the FOC in force (cleared when rejected)
};

struct PortOutFacts {
    QDateTime submitted, pinIssued, portedOut, closed, cancelled;
};

PortInFacts readPortIn(const QList<RecordedEvent> &history)
{
    PortInFacts f;
    for (const RecordedEvent &e : history) {
        switch (e.event) {
        case CaseEvent::Submit:
            f.submitted = e.at;
            break;
        case CaseEvent::Portable:
            f.portable = e.at;
            break;
        case CaseEvent::NotPortable:
            f.notPortable = e.at;
            break;
        case CaseEvent::RequestLoa:
            f.loaRequested = e.at;
            break;
        case CaseEvent::SubmitLoa:
            if (!f.rounds.isEmpty() && !f.rounds.last().resubmittedAt.isValid())
                f.rounds.last().resubmittedAt = e.at;
            else if (!f.loaSubmitted.isValid())
                f.loaSubmitted = e.at;
            break;
        case CaseEvent::RequestChange:
            f.rounds.append({ e.at, QDateTime() });
            break;
        case CaseEvent::Approve:
            f.approved = e.at;
            break;
        case CaseEvent::SetFoc:
            f.focReceived = e.at;
            f.focAt = e.args.focAt;
            f.focConfirmed = QDateTime();
            break;
        case CaseEvent::ConfirmFoc:
            f.focConfirmed = e.at;
            break;
        case CaseEvent::RejectFoc:
            // The date did not work: waiting for another FOC, as before.
            f.focReceived = QDateTime();
            f.focConfirmed = QDateTime();
            f.focAt = QDateTime();
            break;
        case CaseEvent::Inventory:
            f.inventory = e.at;
            break;
        case CaseEvent::Activate:
            f.activated = e.at;
            break;
        case CaseEvent::Cancel:
            f.cancelled = e.at;
            break;
        case CaseEvent::RejectNumbers:
            // Rejecting the last numbers still porting ends the case.
            if (e.args.endsCase)
                f.notPortable = e.at;
            break;
        default:
            break;
        }
    }
    return f;
}

PortOutFacts readPortOut(const QList<RecordedEvent> &history)
{
    PortOutFacts f;
    for (const RecordedEvent &e : history) {
        switch (e.event) {
        case CaseEvent::Submit:
            f.submitted = e.at;
            break;
        case CaseEvent::IssuePin:
            f.pinIssued = e.at;
            break;
        case CaseEvent::PortedOut:
            f.portedOut = e.at;
            break;
        case CaseEvent::Close:
            f.closed = e.at;
            break;
        case CaseEvent::Cancel:
            f.cancelled = e.at;
            break;
        default:
            break;
        }
    }
    return f;
}

Step step(const char *key, const QDateTime &actual, int days, int round = 0)
{
    Step s;
    s.key = QString::fromLatin1(key);
    s.label = CaseTimeline::label(s.key, round);
    s.round = round;
    s.actual = actual;
    s.days = days;
    return s;
}

// In the zone projections are made in: the requested port date's offset (the
// customer's business days), else the time's own.
QDateTime inZone(const QDateTime &at, const QDateTime &zoneOf)
{
    if (!at.isValid())
        return at;
    const int offset = zoneOf.isValid() ? zoneOf.offsetFromUtc() : at.offsetFromUtc();
    return at.toOffsetFromUtc(offset);
}

QDateTime addBusinessDays(const QDateTime &from, int days)
{
    if (days == 0)
        return from;
    QDateTime out = from;
    out.setDate(BusinessCalendar::addBusinessDays(from.date(), days));
    return out;
}

// The FOC when none is set yet: the requested date, unless the projected
// confirmation leaves too little time for it.
QDateTime projectedFoc(const QDateTime &confirmed, const QDateTime &requestedPortAt)
{
    const int after = CaseTimeline::Estimate::focAfterConfirmed;
    if (!requestedPortAt.isValid())
        return addBusinessDays(confirmed, after);
    QDateTime earliest = requestedPortAt;
    earliest.setDate(
        BusinessCalendar::addBusinessDays(inZone(confirmed, requestedPortAt).date(), after));
    return std::max(earliest, requestedPortAt);
}

QList<Milestone> resolve(const QList<Step> &steps, const QDateTime &lastEventAt,
    const QDateTime &zoneOf, const QDateTime &now, bool project)
{
    QList<Milestone> out;
    QDateTime anchor;
    bool projecting = false;
    for (const Step &s : steps) {
        Milestone m;
        m.key = s.key;
        m.label = s.label;
        m.round = s.round;
        if (!projecting && s.actual.isValid()) {
            m.at = s.actual;
            anchor = anchor.isValid() ? std::max(anchor, s.actual) : s.actual;
            out.append(m);
            continue;
        }
        if (!project)
            break;
        if (!projecting) {
            // The first step ahead counts from the last thing done, which may
            // be later than the last milestone (a rejected FOC).
            projecting = true;
            if (lastEventAt.isValid() && (!anchor.isValid() || lastEventAt > anchor))
                anchor = lastEventAt;
            if (!anchor.isValid())
                anchor = now;
            anchor = inZone(anchor, zoneOf);
        }
        m.projected = true;
        m.at = s.fixed.isValid() ? s.fixed : addBusinessDays(anchor, s.days);
        m.overdue = m.at < now;
        if (!s.fixed.isValid())
            anchor = m.at;
        out.append(m);
    }
    return out;
}

QDateTime lastEventTime(const QList<RecordedEvent> &history)
{
    QDateTime last;
    for (const RecordedEvent &e : history) {
        // A reveal is no step: it moves no projection.
        if (e.event == CaseEvent::Reveal)
            continue;
        if (e.at.isValid() && (!last.isValid() || e.at > last))
            last = e.at;
    }
    return last;
}

QList<Milestone> buildPortIn(
    const QList<RecordedEvent> &history, const QDateTime &requestedPortAt, const QDateTime &now)
{
    using E = CaseTimeline::Estimate;
    const PortInFacts f = readPortIn(history);
    QList<Step> steps;
    steps.append(step("submitted", f.submitted, 0));
    if (f.notPortable.isValid()) {
        steps.append(step("not-portable", f.notPortable, 0));
        return resolve(steps, QDateTime(), requestedPortAt, now, false);
    }
    steps.append(step("portable", f.portable, E::portable));
    steps.append(
        step("loa-requested", f.loaRequested, E::loaRequested));
    steps.append(
        step("loa-submitted", f.loaSubmitted, E::loaSubmitted));
    int round = 0;
    for (const ChangeRound &r : f.rounds) {
        ++round;
        steps.append(step("change-requested", r.requestedAt, 0, round));
        steps.append(step("loa-submitted", r.resubmittedAt, E::loaSubmitted, round));
    }
    steps.append(step("carrier-approved", f.approved, E::carrierApproved));
    steps.append(
        step("foc-received", f.focReceived, E::focReceived));
    steps.append(
        step("foc-confirmed", f.focConfirmed, E::focConfirmed));
    steps.append(step("in-inventory", f.inventory, 0));
    steps.append(step("activated", f.activated, 0));

    if (f.cancelled.isValid()) {
        // What was done, then the cancellation; nothing ahead.
        QList<Milestone> done = resolve(steps, QDateTime(), requestedPortAt, now, false);
        Milestone m;
        m.key = QStringLiteral("cancelled");
        m.label = CaseTimeline::label(m.key, 0);
        m.at = f.cancelled;
        done.append(m);
        return done;
    }

    // The FOC fixes the last two steps: the recorded one, else a projection
    // from the projected confirmation (resolved once to learn it).
    QDateTime foc = f.focAt.isValid() ? f.focAt : QDateTime();
    const QDateTime lastEventAt = lastEventTime(history);
    if (!foc.isValid()) {
        const QList<Milestone> draft = resolve(steps, lastEventAt, requestedPortAt, now, true);
        for (const Milestone &m : draft) {
            if (m.key == QLatin1String("foc-confirmed"))
                foc = projectedFoc(m.at, requestedPortAt);
        }
    }
    Step &inventory = steps[steps.size() - 2];
    Step &activated = steps[steps.size() - 1];
    inventory.fixed = foc.addDays(-1);
    activated.fixed = foc;
    return resolve(steps, lastEventAt, requestedPortAt, now, true);
}

QList<Milestone> buildPortOut(const QList<RecordedEvent> &history, const QDateTime &now)
{
    using E = CaseTimeline::Estimate;
    const PortOutFacts f = readPortOut(history);
    QList<Step> steps;
    steps.append(step("submitted", f.submitted, 0));
    steps.append(step("pin-issued", f.pinIssued, E::pinIssued));
    steps.append(step("ported-out", f.portedOut, E::portedOut));
    steps.append(step("closed", f.closed, E::closed));
    if (f.cancelled.isValid()) {
        QList<Milestone> done = resolve(steps, QDateTime(), QDateTime(), now, false);
        Milestone m;
        m.key = QStringLiteral("cancelled");
        m.label = CaseTimeline::label(m.key, 0);
        m.at = f.cancelled;
        done.append(m);
        return done;
    }
    return resolve(steps, lastEventTime(history), QDateTime(), now, true);
}

} // namespace

QString CaseTimeline::label(const QString &key, int round)
{
    static const QHash<QString, int> keys = {
        { QStringLiteral("submitted"), 0 }, { QStringLiteral("not-portable"), 1 },
        { QStringLiteral("portable"), 2 }, { QStringLiteral("loa-requested"), 3 },
        { QStringLiteral("loa-submitted"), 4 }, { QStringLiteral("change-requested"), 5 },
        { QStringLiteral("carrier-approved"), 6 }, { QStringLiteral("foc-received"), 7 },
        { QStringLiteral("foc-confirmed"), 8 }, { QStringLiteral("in-inventory"), 9 },
        { QStringLiteral("activated"), 10 }, { QStringLiteral("pin-issued"), 11 },
        { QStringLiteral("ported-out"), 12 }, { QStringLiteral("closed"), 13 },
        { QStringLiteral("cancelled"), 14 },
    };
    switch (keys.value(key, -1)) {
    case 0:
        return tr("Submitted");
    case 1:
        return tr("Not portable");
    case 2:
        return tr("Portable");
    case 3:
        return tr("LOA requested");
    case 4:
        return round > 0 ? tr("LOA resubmitted %1").arg(round) : tr("LOA submitted");
    case 5:
        return tr("Change requested %1").arg(round);
    case 6:
        return tr("Carrier approved");
    case 7:
        return tr("FOC received");
    case 8:
        return tr("FOC confirmed");
    case 9:
        return tr("In inventory");
    case 10:
        return tr("Activated");
    case 11:
        return tr("PIN issued");
    case 12:
        return tr("Ported out");
    case 13:
        return tr("Closed");
    case 14:
        return tr("Cancelled");
    default:
        return key; // a key of a later version: shown as stored
    }
}

bool CaseTimeline::next(CaseKind kind, const QList<RecordedEvent> &history,
    const QDateTime &requestedPortAt, Milestone *out)
{
    // No projection reads the time asked for a case with a history (the
    // submit is always there): any time does.
    const QDateTime anyTime = history.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                                                : history.first().at;
    const QList<Milestone> timeline = build(kind, history, requestedPortAt, anyTime);
    for (const Milestone &m : timeline) {
        if (m.projected) {
            *out = m;
            out->overdue = false;
            return true;
        }
    }
    return false;
}

QList<Milestone> CaseTimeline::build(CaseKind kind, const QList<RecordedEvent> &history,
    const QDateTime &requestedPortAt, const QDateTime &now)
{
    // The history is in the store's order (seq), which is authoritative: a
    // clock skewed between machines sharing a store must not reorder it.
    return kind == CaseKind::PortOut ? buildPortOut(history, now)
                                     : buildPortIn(history, requestedPortAt, now);
}

} // namespace portdesk
