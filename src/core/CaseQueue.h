#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/PortRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>

namespace portdesk {

// What the case queue shows: filtered and sorted in SQL, read a page at a time.
struct CaseQueueFilter {
    QList<CaseState> states; // empty: every state
    bool hasKind = false;
    CaseKind kind = CaseKind::PortIn;
    // A number in any notation (a whole one, its start, or 3+ digits of it),
    // a customer, carrier or admin email (part of it, any case), or a case id.
    // Never an account number or PIN: those are not searched.
    QString text;
    bool openOnly = false;

    bool operator==(const CaseQueueFilter &o) const
    {
        return states == o.states && hasKind == o.hasKind && (!hasKind || kind == o.kind)
            && text == o.text && openOnly == o.openOnly;
    }
    bool operator!=(const CaseQueueFilter &o) const { return !(*this == o); }
};

// The columns the queue sorts by, in SQL; ties go by case id, same direction.
// State sorts in the order of the flow (CaseState's order); a case without a
// FOC comes after those with one in both directions; customer ignores ASCII
// case (a port-out, which has no customer, sorts by its admin email).
enum class CaseQueueSort { Id, Kind, Customer, Numbers, State, Foc, Updated };

struct CaseQueueRow {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString customerName; // first carrier group's (port-in), else empty
    QString adminEmail;
    int numberCount = 0;
    QDateTime requestedPortAt; // port-in
    QDateTime focAt; // invalid until set
    QDateTime updatedAt;
    QVariant sortKey; // this row's value of the sort key: the next page starts after it

    bool operator==(const CaseQueueRow &o) const
    {
        return id == o.id && kind == o.kind && state == o.state && productType == o.productType
            && customerName == o.customerName && adminEmail == o.adminEmail
            && numberCount == o.numberCount && requestedPortAt == o.requestedPortAt
            && focAt == o.focAt && updatedAt == o.updatedAt;
    }
};

// Cases per state (CaseQueueFilter's kind and text applied).
struct CaseStateCounts {
    QList<int> byState = QList<int>(int(CaseState::Closed) + 1, 0);

    int count(CaseState state) const { return byState.value(int(state)); }
    int total() const
    {
        int sum = 0;
        for (const int n : byState)
            sum += n;
        return sum;
    }
};

// What the queue's next-milestone column needs of a case: its history (the
// event, actor and time, and the FOC a set-foc names; no request, no secrets)
// and the requested port time with the offset the admin gave (the timeline
// counts business days in that zone).
struct CaseQueueHistory {
    QList<RecordedEvent> events;
    QDateTime requestedPortAt; // port-in
};

struct CaseQueueQuery {
    CaseQueueFilter filter;
    CaseQueueSort sort = CaseQueueSort::Id;
    Qt::SortOrder order = Qt::DescendingOrder;
};

} // namespace portdesk
