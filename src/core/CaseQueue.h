// SPDX-License-Identifier: Apache-2.0
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
// FOC (or, by Due, without a next milestone) comes after those with one in
// both directions; customer ignores ASCII case (a port-out, which has no
// customer, sorts by its admin email). Due: the next milestone's projected
// time as the store keeps it (schema 10).
enum class CaseQueueSort { Id, Kind, Customer, Numbers, State, Foc, Updated, Due };

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
    // The first milestone ahead as the store keeps it (schema 10): its key
    // (empty: none, the case ended), change round and projected time.
    QString nextKey;
    int nextRound = 0;
    QDateTime nextAt;
    QByteArray timeZone; // the customer's IANA zone (port-in; schema 11)
    QVariant sortKey; // this row's value of the sort key: the next page starts after it

    bool operator==(const CaseQueueRow &o) const
    {
        return id == o.id && kind == o.kind && state == o.state && productType == o.productType
            && customerName == o.customerName && adminEmail == o.adminEmail
            && numberCount == o.numberCount && requestedPortAt == o.requestedPortAt
            && focAt == o.focAt && updatedAt == o.updatedAt && nextKey == o.nextKey
            && nextRound == o.nextRound && nextAt == o.nextAt && timeZone == o.timeZone;
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

struct CaseQueueQuery {
    CaseQueueFilter filter;
    CaseQueueSort sort = CaseQueueSort::Id;
    Qt::SortOrder order = Qt::DescendingOrder;
};

} // namespace portdesk
