// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaseStateMachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace portdesk {

// One event as recorded in a case's history.
struct RecordedEvent
{
    CaseEvent event = CaseEvent::Submit;
    Role actor = Role::Admin;
    QDateTime at;
    EventArgs args;
};

struct Milestone
{
    QString key;        // "submitted", "portable", "loa-requested", "loa-submitted",
                        // "change-requested", "carrier-approved", "foc-received",
                        // "foc-confirmed", "in-inventory", "activated";
                        // port-out: "submitted", "pin-issued", "ported-out", "closed"
    QString label;      // translated
    QDateTime at;       // actual when !projected, else the projection
    bool projected = false;
    bool overdue = false;   // projected and already in the past
    int round = 0;          // change-request round (1, 2, ...) for change milestones
};

// The past and projected future of a case: done milestones at their actual
// times, the rest projected with business-day estimates that add up to the
// seed's 2-4 weeks; the last milestones follow the FOC once it is known.
//
// Projections chain from the last thing done (the latest recorded event) in
// business days of the requested port date's offset; a rejected FOC is
// forgotten (FOC received and confirmed are ahead again); a case that ended
// (not portable, cancelled) shows what happened and no projections.
class CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)

public:
    // Business-day estimates, each from the milestone before it. From submit
    // to the FOC: 1+1+2+5+2+1+1 = 13 business days, about 2.6 weeks.
    struct Estimate
    {
        static constexpr int portable = 1;
        static constexpr int loaRequested = 1;
        static constexpr int loaSubmitted = 2;       // also each resubmission
        static constexpr int carrierApproved = 5;
        static constexpr int focReceived = 2;
        static constexpr int focConfirmed = 1;
        static constexpr int focAfterConfirmed = 1;  // earliest FOC after confirmation
        static constexpr int pinIssued = 1;
        static constexpr int portedOut = 5;
        static constexpr int closed = 2;
    };

    static QList<Milestone> build(CaseKind kind, const QList<RecordedEvent> &history,
                                  const QDateTime &requestedPortAt, const QDateTime &now);

    // The first milestone ahead (the first projected one), if any. It
    // depends on the history and the requested time alone, never on the
    // time it is asked (only whether it is overdue does): the store keeps
    // it with the case (schema 10), so that the queue need not read every
    // case's history. Its overdue flag is left false.
    static bool next(CaseKind kind, const QList<RecordedEvent> &history,
                     const QDateTime &requestedPortAt, Milestone *out);

    // The translated label of a milestone key ("loa-submitted" in a change
    // round is "LOA resubmitted N"; "change-requested" names its round).
    static QString label(const QString &key, int round);
};

} // namespace portdesk
