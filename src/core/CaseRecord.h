// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/CaseStateMachine.h"
#include "core/CaseTimeline.h"
#include "core/PortNumberStatus.h"
#include "core/PortRequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace portdesk {

struct CaseEventRecord {
    int seq = 0;
    RecordedEvent event;
    QString login; // the store's login that wrote it (empty before schema 13)
};

// A case as the store holds it: the row derived from its events.
struct CaseRecord {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString adminEmail;
    QString customerName; // first carrier group's customer (port-in)
    QDateTime requestedPortAt; // port-in
    QDateTime focAt; // invalid until set
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList numbers; // E.164, every number of the case
    QList<PortNumber> numberStatus; // each of numbers with its status (rejected: why)
    PortInRequest portIn; // valid for kind == PortIn (request as corrected so far)
    PortOutRequest portOut; // valid for kind == PortOut
    QString portOutAccountId; // after issue-pin
    QString portOutPin; // after issue-pin (secret)
    QList<CaseEventRecord> events;
    // The case's version (cases.last_seq, the seq of its last event): a
    // change names the one it was based on (CaseService's ChangeBasis).
    int version = 0;

    // The numbers support rejected.
    QSet<QString> rejectedNumbers() const
    {
        QSet<QString> out;
        for (const PortNumber &n : numberStatus) {
            if (n.state == PortNumberState::Rejected)
                out.insert(n.e164);
        }
        return out;
    }
    // The request as the LOA shows it: without the rejected numbers.
    PortInRequest loaRequest() const { return withoutRejected(portIn, rejectedNumbers()); }
};

// One line of the case list.
struct CaseSummary {
    qint64 id = 0;
    CaseKind kind = CaseKind::PortIn;
    CaseState state = CaseState::Submitted;
    ProductType productType = ProductType::BusinessCalling;
    QString customerName;
    int numberCount = 0;
    QDateTime focAt;
    QDateTime updatedAt;
    QByteArray timeZone; // the customer's IANA zone (a port-in; schema 11), or empty
    int version = 0; // cases.last_seq: every event of the case adds one
};

// Inventory number statuses: the service API's names, plus PortoutInProgress.

// One step applied by the clock.
struct AppliedStep {
    qint64 caseId = 0; // 0 for inventory purges
    QString what; // "inventory", "activate", "close", "purge", "purge-file" (a deleted attachment)
    QString detail; // e.g. the purged number
};

} // namespace portdesk
