#pragma once

#include "CaseStateMachine.h"

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
class CaseTimeline
{
public:
    static QList<Milestone> build(CaseKind kind, const QList<RecordedEvent> &history,
                                  const QDateTime &requestedPortAt, const QDateTime &now);
};

} // namespace portdesk
